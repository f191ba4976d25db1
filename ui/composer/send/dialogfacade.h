#pragma once

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

    // Tests: the next question is answered with `accepted` at once, without a dialog.
    static void preAnswer(bool accepted);
    // Tests: how many questions were asked, and the last one's text.
    static int askedCount();
    static QString lastQuestion();
};
