#pragma once

#include <QByteArray>
#include <QString>

namespace blihops {

// What documents written on one machine and saved on another do to text, undone: a UTF-8
// byte-order mark, and UTF-8 that was read as Mac Roman and saved again as UTF-8, so that
// ✅ reads "‚úÖ" and ❌ "‚ùå" (as in the team's stream documents).
class TextRepair
{
public:
    // The bytes without a leading UTF-8 byte-order mark.
    static QByteArray withoutBom(const QByteArray &utf8);
    // Runs of characters that are the Mac Roman reading of a three- or four-byte UTF-8
    // sequence (symbols and emoji, U+0800 and above) become that character again. Shorter
    // sequences are left alone: "«Ü" is far likelier German than a mis-read "ǆ". On UTF-8
    // bytes, so that a whole document is repaired in one pass before it is parsed (Markdown
    // syntax is ASCII: no repair changes its structure); the bytes come back unchanged, and
    // unshared, when there is nothing to repair.
    static QByteArray macRomanMisreadingRepaired(const QByteArray &utf8);
    static QString macRomanMisreadingRepaired(const QString &text);
};

} // namespace blihops
