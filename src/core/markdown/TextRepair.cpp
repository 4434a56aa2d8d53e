#include "markdown/TextRepair.h"

#include <array>
#include <vector>

namespace blihops {

namespace {

// Mac Roman's upper half: the character each byte 0x80-0xFF stands for.
constexpr std::array<char16_t, 128> kMacRoman = {
    0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1, 0x00E0, 0x00E2, 0x00E4, 0x00E3,
    0x00E5, 0x00E7, 0x00E9, 0x00E8, 0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3,
    0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC, 0x2020, 0x00B0, 0x00A2, 0x00A3,
    0x00A7, 0x2022, 0x00B6, 0x00DF, 0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8,
    0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211, 0x220F, 0x03C0, 0x222B, 0x00AA,
    0x00BA, 0x03A9, 0x00E6, 0x00F8, 0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB,
    0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153, 0x2013, 0x2014, 0x201C, 0x201D,
    0x2018, 0x2019, 0x00F7, 0x25CA, 0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
    0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1, 0x00CB, 0x00C8, 0x00CD, 0x00CE,
    0x00CF, 0x00CC, 0x00D3, 0x00D4, 0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC,
    0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7,
};

// The Mac Roman byte of a character, or 0 when it has none above 0x7F.
uchar macRomanByte(char16_t c)
{
    static const std::vector<uchar> reverse = [] {
        std::vector<uchar> table(0x10000, 0);
        for (std::size_t i = 0; i < kMacRoman.size(); ++i)
            table[kMacRoman[i]] = uchar(0x80 + i);
        return table;
    }();
    return c < 0x80 ? 0 : reverse[c];
}

// The code point of the sequence that starts at text[at], if the characters from there are
// the Mac Roman reading of a well-formed three- or four-byte UTF-8 sequence; 0 otherwise.
char32_t misreadSequenceAt(const QString &text, qsizetype at, qsizetype *length)
{
    const uchar lead = macRomanByte(text.at(at).unicode());
    if (lead < 0xE0 || lead > 0xF4)
        return 0;
    const qsizetype size = lead < 0xF0 ? 3 : 4;
    if (at + size > text.size())
        return 0;
    char32_t codePoint = lead & (size == 3 ? 0x0F : 0x07);
    for (qsizetype i = 1; i < size; ++i) {
        const uchar continuation = macRomanByte(text.at(at + i).unicode());
        if (continuation < 0x80 || continuation > 0xBF)
            return 0;
        codePoint = (codePoint << 6) | (continuation & 0x3F);
    }
    const bool wellFormed = size == 3
                                ? codePoint >= 0x800 && (codePoint < 0xD800 || codePoint > 0xDFFF)
                                : codePoint >= 0x10000 && codePoint <= 0x10FFFF;
    if (!wellFormed)
        return 0;
    *length = size;
    return codePoint;
}

} // namespace

QByteArray TextRepair::withoutBom(const QByteArray &utf8)
{
    return utf8.startsWith("\xEF\xBB\xBF") ? utf8.mid(3) : utf8;
}

QString TextRepair::macRomanMisreadingRepaired(const QString &text)
{
    QString repaired;
    qsizetype copied = 0; // text before this index is in repaired (once a repair was made)
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).unicode() < 0x80)
            continue;
        qsizetype length = 0;
        const char32_t codePoint = misreadSequenceAt(text, i, &length);
        if (!codePoint)
            continue;
        repaired.append(QStringView(text).mid(copied, i - copied));
        repaired.append(QString::fromUcs4(&codePoint, 1));
        i += length - 1;
        copied = i + 1;
    }
    if (copied == 0)
        return text;
    repaired.append(QStringView(text).mid(copied));
    return repaired;
}

} // namespace blihops
