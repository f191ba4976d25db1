#include "ui/composer/fields/transcriptfieldeditor.h"

#include "ui/composer/fields/keyvaluefieldeditor.h"
#include "ui/widgets/rowtable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int OriginalRole = Qt::UserRole;
const QStringList turnKeys = {QStringLiteral("speaker"), QStringLiteral("text"),
    QStringLiteral("start"), QStringLiteral("end")};

bool isTurn(const QJsonValue &item)
{
    if (!item.isObject())
        return false;
    const QJsonObject turn = item.toObject();
    for (int k = 0; k < turnKeys.size(); ++k) {
        const QJsonValue v = turn.value(turnKeys.at(k));
        if (!v.isUndefined() && (k < 2 ? !v.isString() : !v.isDouble()))
            return false;
    }
    return true;
}

QString cell(const QJsonValue &v)
{
    return v.isUndefined() ? QString() : KeyValueFieldEditor::cellText(v);
}

} // namespace

TranscriptFieldEditor::TranscriptFieldEditor(QWidget *parent)
    : FieldEditor(parent)
{
    m_mode = new QComboBox;
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    m_mode->addItem(tr("Speaker turns"));
    m_mode->addItem(tr("Flat text"));
    m_flat = new QPlainTextEdit;
    m_flat->setObjectName(QStringLiteral("flatText"));
    m_flat->setPlaceholderText(tr("Maria: Thanks for making time.\nDaniel: Happy to."));
    m_turns
        = new RowTable({tr("Speaker"), tr("Text"), tr("Start (s)"), tr("End (s)")}, tr("Add turn"));
    m_turns->table()->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_turns->table()->horizontalHeader()->setStretchLastSection(false);
    m_turns->table()->setColumnWidth(0, 110);
    m_turns->table()->setColumnWidth(2, 64);
    m_turns->table()->setColumnWidth(3, 64);
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_turns);
    m_stack->addWidget(m_flat);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Shape:")));
    top->addWidget(m_mode);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_stack);
    connect(m_mode, &QComboBox::activated, this, &TranscriptFieldEditor::switchMode);
    connect(m_flat, &QPlainTextEdit::textChanged, this, &FieldEditor::edited);
    connect(m_turns, &RowTable::rowsEdited, this, &FieldEditor::edited);
}

QString TranscriptFieldEditor::turnsToText(const QJsonArray &turns)
{
    QStringList lines;
    for (const QJsonValue &turn : turns) {
        const QString speaker = turn[QLatin1String("speaker")].toString();
        const QString text = turn[QLatin1String("text")].toString();
        lines << (speaker.isEmpty() ? text : speaker + QStringLiteral(": ") + text);
    }
    return lines.join(QLatin1Char('\n'));
}

QJsonArray TranscriptFieldEditor::textToTurns(const QString &text)
{
    QJsonArray turns;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const int colon = line.indexOf(QLatin1Char(':'));
        const bool named = colon > 0 && colon < 60;
        turns.append(QJsonObject {
            {QStringLiteral("speaker"), named ? line.left(colon).trimmed() : QString()},
            {QStringLiteral("text"), named ? line.mid(colon + 1).trimmed() : line.trimmed()}});
    }
    return turns;
}

bool TranscriptFieldEditor::setValue(const QJsonValue &value)
{
    if (value.isString()) {
        setMode(Flat);
        if (m_flat->toPlainText() != value.toString())
            m_flat->setPlainText(value.toString());
        return true;
    }
    if (!value.isArray() && !value.isUndefined())
        return false;
    const QJsonArray turns = value.toArray();
    for (const QJsonValue &turn : turns)
        if (!isTurn(turn))
            return false;
    setMode(Turns);
    if (turns != this->turns() || value.isUndefined())
        showTurns(turns);
    return true;
}

void TranscriptFieldEditor::showTurns(const QJsonArray &turns)
{
    QVector<QStringList> rows;
    rows.reserve(turns.size());
    for (const QJsonValue &turn : turns)
        rows.append(
            {turn[QLatin1String("speaker")].toString(), turn[QLatin1String("text")].toString(),
                cell(turn[QLatin1String("start")]), cell(turn[QLatin1String("end")])});
    m_turns->setRows(rows);
    const QSignalBlocker blocker(m_turns->table());
    for (int r = 0; r < turns.size(); ++r)
        m_turns->table()->item(r, 0)->setData(OriginalRole, turns.at(r).toObject());
}

QJsonArray TranscriptFieldEditor::turns() const
{
    QJsonArray array;
    const QTableWidget *table = m_turns->table();
    for (int r = 0; r < table->rowCount(); ++r) {
        const QTableWidgetItem *first = table->item(r, 0);
        QJsonObject turn = first ? first->data(OriginalRole).toJsonObject() : QJsonObject();
        for (int k = 0; k < turnKeys.size(); ++k) {
            const QString text = m_turns->text(r, k);
            if (k < 2)
                turn.insert(turnKeys.at(k), text);
            else if (text.trimmed().isEmpty())
                turn.remove(turnKeys.at(k));
            else
                turn.insert(turnKeys.at(k), KeyValueFieldEditor::cellValue(text.trimmed()));
        }
        array.append(turn);
    }
    return array;
}

QJsonValue TranscriptFieldEditor::value() const
{
    if (m_mode->currentIndex() == Flat)
        return m_flat->toPlainText();
    return turns();
}

void TranscriptFieldEditor::setMode(Mode mode)
{
    m_mode->setCurrentIndex(mode);
    m_stack->setCurrentIndex(mode);
}

void TranscriptFieldEditor::switchMode(int index)
{
    if (m_stack->currentIndex() == index)
        return;
    if (index == Flat) {
        const QSignalBlocker blocker(m_flat);
        m_flat->setPlainText(turnsToText(turns()));
    } else {
        showTurns(textToTurns(m_flat->toPlainText()));
    }
    m_stack->setCurrentIndex(index);
    emit edited();
}
