#include "ui/composer/send/dialogfacade.h"

#include <QMessageBox>
#include <QPushButton>

#include <optional>

namespace {

std::optional<bool> preAnswered;
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
