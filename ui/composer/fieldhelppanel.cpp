#include "ui/composer/fieldhelppanel.h"

#include "ui/widgets/themecolors.h"

#include "ui/composer/fieldinfo.h"

FieldHelpPanel::FieldHelpPanel(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("fieldHelp"));
    setOpenLinks(false);
    showNothing();
}

void FieldHelpPanel::showField(const FieldInfo &info)
{
    QString html = info.toolTip();
    html.replace(QLatin1String("<br><i>Assumption:</i>"),
        QStringLiteral("<p style='%1 padding:4px'><b>%2</b> %3")
            .arg(ThemeColors::bannerStyle(ThemeColors::Tone::Warning, palette()), tr("Assumption"),
                tr("(the public docs are silent):")));
    setHtml(html);
    show();
}

void FieldHelpPanel::showNothing()
{
    clear();
    hide();
}
