#include "compose/ComposeNode.h"

namespace blihops {

const ComposeNode *ComposeNode::get(const QString &key) const
{
    const qsizetype index = keys.indexOf(key);
    return index < 0 ? nullptr : &children.at(size_t(index));
}

ComposeNode *ComposeNode::get(const QString &key)
{
    const qsizetype index = keys.indexOf(key);
    return index < 0 ? nullptr : &children.at(size_t(index));
}

const ComposeNode *ComposeNode::at(const QStringList &path) const
{
    const ComposeNode *node = this;
    for (const QString &key : path) {
        node = node->get(key);
        if (!node)
            return nullptr;
    }
    return node;
}

QString ComposeNode::scalar(const QString &key) const
{
    const ComposeNode *node = get(key);
    return node && node->isScalar() ? node->text : QString();
}

void ComposeNode::set(const QString &key, const ComposeNode &value)
{
    if (ComposeNode *existing = get(key)) {
        *existing = value;
        return;
    }
    keys.append(key);
    children.push_back(value);
}

void ComposeNode::remove(const QString &key)
{
    const qsizetype index = keys.indexOf(key);
    if (index < 0)
        return;
    keys.removeAt(index);
    children.erase(children.begin() + index);
}

bool ComposeNode::isTrue() const
{
    const QString value = text.toLower();
    return isScalar() && (value == QLatin1String("true") || value == QLatin1String("yes") ||
                          value == QLatin1String("on"));
}

} // namespace blihops
