#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

// The one way the UI asks the user a yes/no question: a window-modal box opened with open(),
// which tests pre-answer so no dialog ever blocks them.
class DialogFacade final
{
public:
    using Answer = std::function<void(bool accepted)>;

    // Asks and calls `answer` once the user chose; `acceptText` labels the yes button.
    static void confirm(QWidget *parent, const QString &title, const QString &text,
        const QString &acceptText, const Answer &answer);

    // Save, discard or keep editing, for closing a tab with unsaved changes.
    enum class Choice { Save, Discard, Cancel };
    using ChoiceAnswer = std::function<void(Choice choice)>;
    static void askToSave(QWidget *parent, const QString &text, const ChoiceAnswer &answer);

    // Tests: the next question is answered with `accepted` at once, without a dialog.
    static void preAnswer(bool accepted);
    static void preAnswerChoice(Choice choice);
    // Tests: how many questions were asked, and the last one's text.
    static int askedCount();
    static QString lastQuestion();

    Q_DECLARE_TR_FUNCTIONS(DialogFacade)
};
