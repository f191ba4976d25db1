#pragma once

#include <QString>
#include <QStringList>

struct SchemaNode;

// Says which ancestors of a payload location sit on a schema combinator (allOf, anyOf, oneOf,
// not): a validator may report a fault below a combinator at the combinator's location, since
// it cannot know which branch the author meant.
class CombinatorAncestors final
{
public:
    // JSON Pointers of the ancestors of `pointer` (the root "" included, `pointer` excluded)
    // whose schema carries a combinator, outermost first.
    static QStringList of(const SchemaNode *root, const QString &pointer);

private:
    static const SchemaNode *child(const SchemaNode *node, const QString &segment, int depth);
    static bool hasCombinator(const SchemaNode *node);
};
