#pragma once

#include <QFrame>

class QLabel;

// A non-blocking message strip above the work area: errors and confirmations without popups.
class MessageBar final : public QFrame
{
    Q_OBJECT

public:
    enum class Level { Info, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Level level = Level::Info);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    QLabel *m_text = nullptr;
    Level m_level = Level::Info;
};
