#include "util/PdfDocument.h"

#include "util/Error.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace blihops {

void PdfDocument::write(const QString &html, const QString &title, const QString &path,
                        const QHash<QString, QImage> &images)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        throw Error(ErrorKind::BadInput,
                    tr("Writing PDF needs the console's graphical libraries, which this program "
                       "did not start."));
    }
    const QFileInfo target(path);
    const QFileInfo folder(target.absolutePath());
    if (target.exists() ? !target.isWritable() : !folder.isDir() || !folder.isWritable()) {
        throw Error(ErrorKind::BadInput,
                    tr("Cannot write %1: check the folder exists and is writable.")
                        .arg(target.absoluteFilePath()));
    }
    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("BlihOps Console"));
    // No page margins of its own: QTextDocument::print keeps 2 cm on every side, and puts
    // the page number into the bottom one.
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    writer.setResolution(300);

    QTextDocument document;
    QFont font = document.defaultFont();
    font.setPointSizeF(9.5);
    document.setDefaultFont(font);
    for (auto it = images.begin(); it != images.end(); ++it)
        document.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    document.setHtml(html);
    document.print(&writer);
    if (QFileInfo(path).size() == 0) {
        throw Error(ErrorKind::BadInput,
                    tr("Cannot write %1: the PDF came out empty.").arg(target.absoluteFilePath()));
    }
}

} // namespace blihops
