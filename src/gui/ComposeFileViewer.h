#pragma once

#include <QDialog>

class QLabel;

namespace blihops::gui {

class LineNumberedView;

// A compose file, read-only, with YAML colours and line numbers, opened at a finding's
// line. The file is read off the GUI thread.
class ComposeFileViewer : public QDialog
{
    Q_OBJECT

public:
    explicit ComposeFileViewer(QWidget *parent = nullptr);

    void open(const QString &path, int line);
    LineNumberedView *view() const { return m_view; }
    QString path() const { return m_path; }

signals:
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    struct Contents
    {
        QString text;
        QString error;
    };

    LineNumberedView *m_view;
    QLabel *m_pathLabel;
    QString m_path;
    int m_line = 0;
};

} // namespace blihops::gui
