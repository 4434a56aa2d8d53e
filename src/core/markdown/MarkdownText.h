#pragma once

#include <QString>

namespace blihops {

// Text that stays text in Markdown, in a paragraph, a list item or a table cell: the markup
// characters (| included, so a cell never splits) escaped with a backslash, line breaks
// joined into spaces.
QString markdownText(QString text);

} // namespace blihops
