#include "ui/composer/send/dialogfacade.h"

#include <QMessageBox>
#include <QPushButton>

#include <optional>

namespace {

std::optional<bool> preAnswered;
std::optional<DialogFacade::Choice> preChosen;
int asked = 0;
QString lastText;

} // namespace

void DialogFacade::confirm(QWidget *parent, const QString &title, const QString &text,
    const QString &acceptText, const Answer &answer)
{
    ++asked;
    lastText = text;
    if (preAnswered) {
        const bool accepted = *preAnswered;
        preAnswered.reset();
        answer(accepted);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("confirmDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(acceptText, QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    QObject::connect(box, &QMessageBox::finished, box,
        [box, yes, answer](int) { answer(box->clickedButton() == yes); });
    box->open();
}

void DialogFacade::askToSave(QWidget *parent, const QString &text, const ChoiceAnswer &answer)
{
    ++asked;
    lastText = text;
    if (preChosen) {
        const Choice choice = *preChosen;
        preChosen.reset();
        answer(choice);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved changes"), text,
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box->setObjectName(QStringLiteral("askToSaveDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Save);
    QObject::connect(box, &QMessageBox::finished, box, [box, answer](int) {
        const auto button = box->standardButton(box->clickedButton());
        answer(button == QMessageBox::Save       ? Choice::Save
                : button == QMessageBox::Discard ? Choice::Discard
                                                 : Choice::Cancel);
    });
    box->open();
}

void DialogFacade::preAnswerChoice(Choice choice)
{
    preChosen = choice;
}

void DialogFacade::preAnswer(bool accepted)
{
    preAnswered = accepted;
}

int DialogFacade::askedCount()
{
    return asked;
}

QString DialogFacade::lastQuestion()
{
    return lastText;
}
