#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class SchemaSet;

// Where to point a sender: the endpoint URL of a family in both documented path forms, and a
// ready-to-paste curl command for the current port and key, each with a copy button.
class EndpointPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit EndpointPanel(const SchemaSet &schemas, QWidget *parent = nullptr);

    void setEndpoint(quint16 port, const QString &apiKey);
    QString url(bool legacy = false) const;
    QString curlCommand() const;

private:
    QWidget *copyRow(QWidget *field, const QString &name);
    void update();
    QString examplePayload(const QString &family) const;

    const SchemaSet &m_schemas;
    quint16 m_port = 0;
    QString m_apiKey;
    QComboBox *m_family = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_legacyUrl = nullptr;
    QPlainTextEdit *m_curl = nullptr;
};
