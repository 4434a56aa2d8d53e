#pragma once

#include <QProcess>
#include <QStandardPaths>
#include <QString>

namespace blihops::test {

// The words of a PDF, white space folded, as pdftotext reads them in drawing order.
inline QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    process.waitForFinished(30000);
    // NFKC: the PDF's "fi" and "ff" ligatures are letters again.
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

// The PDF's pages as NAME-N.png pictures in BLIHOPS_SCREENSHOT_DIR, to be looked at; nothing
// without that folder or pdftoppm.
inline void pdfPictures(const QString &path, const char *name)
{
    const QString shots = qEnvironmentVariable("BLIHOPS_SCREENSHOT_DIR");
    if (!shots.isEmpty() && !QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
        QProcess::execute(QStringLiteral("pdftoppm"),
                          {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("70"), path,
                           shots + QLatin1Char('/') + QString::fromLatin1(name)});
}

} // namespace blihops::test
