#pragma once

#include "core/schema/schemanode.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include <deque>
#include <memory>

// One family's schema document compiled for validation, plus what forms and docs read from it.
class CompiledSchema final
{
public:
    CompiledSchema();
    ~CompiledSchema();
    CompiledSchema(const CompiledSchema &) = delete;
    CompiledSchema &operator=(const CompiledSchema &) = delete;

    const QString &family() const { return m_family; }
    const QString &title() const { return m_title; }
    const QString &description() const { return m_description; }
    const SchemaNode *root() const { return m_root; }
    // The source document as loaded (for export) and where it came from.
    const QByteArray &document() const { return m_document; }
    const QString &source() const { return m_source; }

    QStringList fieldNames() const; // top-level properties, document order
    QStringList requiredFields() const;
    const SchemaNode *field(const QString &name) const; // resolved node or nullptr
    QStringList subTypes() const; // the eventType enum
    QStringList processedSubTypes() const;
    bool isProcessed(const QString &subType) const;
    // Complete example payloads ("examples"), minified JSON, one per sub-type.
    const QVector<QByteArray> &examples() const { return m_examples; }

private:
    friend class SchemaCompiler;
    void readMetadata(simdjson::dom::element root);

    QString m_family;
    QString m_title;
    QString m_description;
    QString m_source;
    QByteArray m_document;
    QVector<QByteArray> m_examples;
    const SchemaNode *m_root = nullptr;
    std::deque<SchemaNode> m_nodes;
    std::unique_ptr<simdjson::dom::parser> m_parser; // owns the elements of enum/const
    std::unique_ptr<simdjson::padded_string> m_paddedDocument;
};
