#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace blihops {

// One YAML node of a compose file with the place it was written, so that a finding can
// name the file and line. A mapping value carries the line of its key. Scalars keep the
// text as written (raw) beside the text after interpolation (text).
struct ComposeNode
{
    enum class Kind
    {
        Null,
        Scalar,
        Sequence,
        Mapping
    };

    Kind kind = Kind::Null;
    QString text;
    QString raw;
    QString tag;                       // "!reset" and "!override" change how -f files merge
    QStringList keys;                  // a mapping's keys, in file order
    std::vector<ComposeNode> children; // a sequence's items or a mapping's values (as keys)
    QString file;
    int line = 0; // 1-based

    bool isScalar() const { return kind == Kind::Scalar; }
    bool isSequence() const { return kind == Kind::Sequence; }
    bool isMapping() const { return kind == Kind::Mapping; }

    // A mapping's value for key, or nullptr.
    const ComposeNode *get(const QString &key) const;
    ComposeNode *get(const QString &key);
    // Follows a path of mapping keys, e.g. {"deploy", "resources", "limits"}.
    const ComposeNode *at(const QStringList &path) const;
    // The text of a scalar child, or an empty string.
    QString scalar(const QString &key) const;
    // Replaces the value of key, or appends it.
    void set(const QString &key, const ComposeNode &value);
    void remove(const QString &key);
    // "true", "yes" and "on" as YAML 1.1 and compose read them.
    bool isTrue() const;
};

} // namespace blihops
