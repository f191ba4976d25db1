#include "tests/conformance/combinatorancestors.h"

#include "core/json/jsonpointer.h"
#include "core/schema/schemanode.h"

QStringList CombinatorAncestors::of(const SchemaNode *root, const QString &pointer)
{
    QStringList ancestors;
    const QStringList segments = JsonPointer::split(pointer);
    const SchemaNode *node = root;
    QString current;
    for (const QString &segment : segments) {
        if (!node)
            break;
        if (hasCombinator(node))
            ancestors << current;
        node = child(node, segment, 0);
        current = JsonPointer::append(current, segment);
    }
    return ancestors;
}

const SchemaNode *CombinatorAncestors::child(
    const SchemaNode *node, const QString &segment, int depth)
{
    if (!node || depth > 32)
        return nullptr;
    node = node->resolved();
    if (const SchemaNode *p = node->property(segment.toStdString()))
        return p;
    bool isIndex = false;
    segment.toLongLong(&isIndex);
    if (isIndex && node->items)
        return node->items;
    for (const auto *branches : {&node->allOf, &node->anyOf, &node->oneOf}) {
        for (const SchemaNode *branch : *branches) {
            if (const SchemaNode *c = child(branch, segment, depth + 1))
                return c;
        }
    }
    return nullptr;
}

bool CombinatorAncestors::hasCombinator(const SchemaNode *node)
{
    node = node->resolved();
    return !node->allOf.empty() || !node->anyOf.empty() || !node->oneOf.empty()
        || node->notSchema != nullptr;
}
