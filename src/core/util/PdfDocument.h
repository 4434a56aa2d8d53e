#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QString>

namespace blihops {

// HTML laid out by QTextDocument onto A4 pages with QPdfWriter, page numbers at the foot.
// Needs a QGuiApplication (for fonts): blihopsctl makes one, on the offscreen platform, for
// the commands that write PDF.
class PdfDocument
{
    Q_DECLARE_TR_FUNCTIONS(PdfDocument)

public:
    // images: pictures the HTML shows with <img src="NAME">. Throws Error(BadInput) naming
    // the file when it cannot be written.
    static void write(const QString &html, const QString &title, const QString &path,
                      const QHash<QString, QImage> &images = {});
};

} // namespace blihops
