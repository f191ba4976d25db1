#pragma once

class CompiledSchema;
class FieldEditor;
struct FieldInfo;

// Chooses the editor of a field from its x-widget hint (then from its type), so the form
// follows the schema and a user's own schema gets a matching form.
class FieldEditorFactory final
{
public:
    static FieldEditor *create(const FieldInfo &info, const CompiledSchema &schema);
};
