#include "ComposeFileViewer.h"

#include "Background.h"
#include "LineNumberedView.h"
#include "YamlHighlighter.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QVBoxLayout>

namespace blihops::gui {

ComposeFileViewer::ComposeFileViewer(QWidget *parent)
    : QDialog(parent), m_view(new LineNumberedView(this)), m_pathLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("ComposeFileViewer"));
    m_view->setObjectName(QStringLiteral("composeText"));
    new YamlHighlighter(m_view->document());
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pathLabel->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pathLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(820, 640);

    retranslate();
}

void ComposeFileViewer::open(const QString &path, int line)
{
    m_path = path;
    m_line = line;
    retranslate();
    QDialog::open();
    runInBackground(
        this,
        [path]() -> Contents {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return {{}, tr("%1 cannot be read: %2.").arg(path, file.errorString())};
            return {QString::fromUtf8(file.readAll()), {}};
        },
        [this](const Contents &contents) {
            if (contents.error.isEmpty()) {
                m_view->setPlainText(contents.text);
                m_view->goToLine(m_line);
            } else {
                m_view->setPlainText(contents.error);
            }
            emit loaded();
        });
}

void ComposeFileViewer::retranslate()
{
    setWindowTitle(tr("%1 — line %2").arg(QFileInfo(m_path).fileName()).arg(m_line));
    m_pathLabel->setText(tr("%1 (read-only)").arg(QDir::toNativeSeparators(m_path)));
}

void ComposeFileViewer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace blihops::gui
