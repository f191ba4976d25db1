<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BodyFieldEditor</name>
    <message>
        <location filename="../../ui/composer/fields/bodyfieldeditor.cpp" line="+30"/>
        <source>The plain-text body (analytics read this)</source>
        <translation>Der Nur-Text-Inhalt (den liest die Analyse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The HTML body</source>
        <translation>Der HTML-Inhalt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
</context>
<context>
    <name>BoundedReader</name>
    <message>
        <location filename="../../core/io/boundedreader.cpp" line="+17"/>
        <source>%1: more than %2 MiB; this input is too large to read whole (a device or an endless stream?). Save it to a regular file, or split it</source>
        <translation>%1: mehr als %2 MiB; diese Eingabe ist zu groß, um sie ganz zu lesen (ein Gerät oder ein endloser Datenstrom?). Speichern Sie sie in einer normalen Datei oder teilen Sie sie auf</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>CollisionFinder</name>
    <message>
        <location filename="../../ui/composer/collisionfinder.cpp" line="+27"/>
        <source>“%1” (id %2, in the library)</source>
        <translation>„%1“ (ID %2, in der Bibliothek)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” (id %2, in %3)</source>
        <translation>„%1“ (ID %2, in %3)</translation>
    </message>
</context>
<context>
    <name>ComposerActions</name>
    <message>
        <location filename="../../ui/composer/composeractions.cpp" line="+10"/>
        <source>&amp;New event…</source>
        <translation>&amp;Neues Ereignis …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate as a new event</source>
        <translation>Als neues Ereignis &amp;duplizieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen closed &amp;tab</source>
        <translation>Geschlossenen &amp;Tab wieder öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt tab</source>
        <translation>Nä&amp;chster Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous tab</source>
        <translation>&amp;Vorheriger Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+Tab</source>
        <translation>Ctrl+Shift+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format JSON</source>
        <translation>JSON &amp;formatieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eplace…</source>
        <translation>&amp;Ersetzen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
</context>
<context>
    <name>ComposerDocument</name>
    <message>
        <location filename="../../ui/composer/composerdocument.cpp" line="+29"/>
        <source>Typing</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>New event</source>
        <translation>Neues Ereignis</translation>
    </message>
</context>
<context>
    <name>ComposerPage</name>
    <message>
        <location filename="../../ui/composer/composerpage.cpp" line="+66"/>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>Paste event</source>
        <translation>Ereignis einfügen</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Loaded from %1; no family fits it.</source>
        <translation>Aus %1 geladen; keine Familie passt dazu.</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Family:</source>
        <translation>&amp;Familie:</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Format JSON</source>
        <translation>JSON formatieren</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loaded from %1: %2</source>
        <translation>Aus %1 geladen: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pasted; no family fits it.</source>
        <translation>Eingefügt; keine Familie passt dazu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pasted: %1</source>
        <translation>Eingefügt: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The sends made before saving stay apart from the event: %1</source>
        <translation>Die vor dem Speichern gemachten Sendungen bleiben vom Ereignis getrennt: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Applied: %1. Undo with %2.</source>
        <translation>Angewendet: %1. Rückgängig mit %2.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Empty: paste a payload, drop a file or pick one under File &gt; New from example</source>
        <translation>Leer: Fügen Sie eine Payload ein, ziehen Sie eine Datei hierher oder wählen Sie eine unter Datei &gt; Neu aus Beispiel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid %1 event, no findings</source>
        <translation>Gültiges %1-Ereignis, keine Befunde</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n error(s)</source>
        <translation>
            <numerusform>, %n Fehler</numerusform>
            <numerusform>, %n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Copied the dedup ID %1</source>
        <translation>Dedup-ID %1 kopiert</translation>
    </message>
</context>
<context>
    <name>ComposerSession</name>
    <message>
        <location filename="../../ui/composer/composersession.cpp" line="+110"/>
        <source>New %1 · %2</source>
        <translation>Neu: %1 · %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Event %1 could not be opened: %2</source>
        <translation>Ereignis %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1” has unsaved changes. Save them to the library before closing the tab?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Vor dem Schließen des Tabs in der Bibliothek speichern?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No closed tab to reopen.</source>
        <translation>Kein geschlossener Tab zum Wiederöffnen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Unsaved changes are kept as drafts: quit whenever you like, your tabs come back as they were. Save (Ctrl+S) puts an event in the library.</source>
        <translation>Ungespeicherte Änderungen werden als Entwürfe aufbewahrt: Beenden Sie jederzeit, Ihre Tabs kommen so zurück, wie sie waren. Speichern (Strg+S) legt ein Ereignis in der Bibliothek ab.</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <location filename="../../core/io/csvimporter.cpp" line="+16"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: the mapping names columns the header lacks: %2 (header: %3)</source>
        <translation>%1: die Zuordnung nennt Spalten, die die Kopfzeile nicht hat: %2 (Kopfzeile: %3)</translation>
    </message>
</context>
<context>
    <name>CsvMappingEditor</name>
    <message>
        <location filename="../../ui/library/csvmappingeditor.cpp" line="+86"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field path</source>
        <translation>Feldpfad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a fixed value</source>
        <translation>Festen Wert hinzufügen</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Event names, e.g. {{col.Email}}</source>
        <translation>Ereignisnamen, z. B. {{col.Email}}</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first rows through this mapping</source>
        <translation>Die ersten Zeilen durch diese Zuordnung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The JSON of the selected row</source>
        <translation>Das JSON der ausgewählten Zeile</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Family:</source>
        <translation>Familie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A constant (JSON, e.g. &quot;sent&quot;) or a template like {{now}}</source>
        <translation>Eine Konstante (JSON, z. B. &quot;sent&quot;) oder eine Vorlage wie {{now}}</translation>
    </message>
    <message>
        <location line="+166"/>
        <location line="+3"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Required fields nothing fills yet: %1. Map a column or add a fixed value.</source>
        <translation>Pflichtfelder, die noch nichts füllt: %1. Ordnen Sie eine Spalte zu oder fügen Sie einen festen Wert hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns the mapping names that the file lacks: %1</source>
        <translation>Spalten, die die Zuordnung nennt, die Datei aber nicht hat: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
</context>
<context>
    <name>CurlImporter</name>
    <message>
        <location filename="../../core/io/curlimporter.cpp" line="+142"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>DateTimeFieldEditor</name>
    <message>
        <location filename="../../ui/composer/fields/datetimefieldeditor.cpp" line="+26"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set to today&apos;s date (UTC)</source>
        <translation>Auf das heutige Datum setzen (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set to the current time in UTC</source>
        <translation>Auf die aktuelle Zeit in UTC setzen</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UTC%1</source>
        <translation>UTC%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time zone the value is written in; &quot;Now&quot; writes UTC.</source>
        <translation>Die Zeitzone, in der der Wert geschrieben wird; „Jetzt“ schreibt UTC.</translation>
    </message>
</context>
<context>
    <name>DedupPanel</name>
    <message>
        <location filename="../../ui/composer/deduppanel.cpp" line="+37"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the full 64-character ID (Ctrl+Shift+C)</source>
        <translation>Die vollständige 64-stellige ID kopieren (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Component</source>
        <translation>Bestandteil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Dedup ID&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dedup-ID&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Dedup ID</source>
        <translation>Dedup-ID</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dedup ID components</source>
        <translation>Bestandteile der Dedup-ID</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;i&gt;computed with templates resolved&lt;/i&gt;</source>
        <translation>&lt;i&gt;mit aufgelösten Vorlagen berechnet&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payload has template variables such as {{now}}: the ID shown is the one a send made now would carry</source>
        <translation>Die Payload enthält Vorlagenvariablen wie {{now}}: Die angezeigte ID ist die, die ein jetzt ausgeführtes Senden tragen würde</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>eventId</source>
        <translation>eventId</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>from email</source>
        <translation>Absender-E-Mail</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+6"/>
        <source>timestamp (UTC)</source>
        <translation>Zeitstempel (UTC)</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>first to email</source>
        <translation>erste Empfänger-E-Mail</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>first participant</source>
        <translation>erster Teilnehmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transcript (first 100)</source>
        <translation>Transkript (erste 100)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opportunityId</source>
        <translation>opportunityId</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>eventType</source>
        <translation>eventType</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>body (first 100)</source>
        <translation>Inhalt (erste 100)</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>none: not JSON, or no family</source>
        <translation>keine: kein JSON oder keine Familie</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>explicit</source>
        <translation>explizit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The payload&apos;s eventId is the dedup ID</source>
        <translation>Die eventId der Payload ist die Dedup-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Derived from the content: no eventId</source>
        <translation>Aus dem Inhalt abgeleitet: keine eventId</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>component %1</source>
        <translation>Bestandteil %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Same dedup ID as %1. The API would take one of them as a duplicate of the other: change a component or give an explicit eventId.</source>
        <translation>Gleiche Dedup-ID wie %1. Die API würde eines davon als Duplikat des anderen behandeln: Ändern Sie einen Bestandteil oder geben Sie eine explizite eventId an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>DeleteEventsCommand</name>
    <message numerus="yes">
        <location filename="../../ui/library/deleteeventscommand.cpp" line="+14"/>
        <source>Delete %n event(s)</source>
        <translation>
            <numerusform>%n Ereignis löschen</numerusform>
            <numerusform>%n Ereignisse löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialogFacade</name>
    <message>
        <location filename="../../ui/composer/send/dialogfacade.cpp" line="+49"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
</context>
<context>
    <name>DocumentTabs</name>
    <message>
        <location filename="../../ui/composer/documenttabs.cpp" line="+151"/>
        <source>“%1”, stored event %2</source>
        <translation>„%1“, gespeichertes Ereignis %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new event, not in the library yet</source>
        <translation>Ein neues Ereignis, noch nicht in der Bibliothek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (unsaved changes)</source>
        <translation> (ungespeicherte Änderungen)</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../ui/composer/draftkeeper.cpp" line="+28"/>
        <source>The tabs of the last session could not be read: %1</source>
        <translation>Die Tabs der letzten Sitzung konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Unsaved changes could not be kept as a draft: %1</source>
        <translation>Ungespeicherte Änderungen konnten nicht als Entwurf aufbewahrt werden: %1</translation>
    </message>
</context>
<context>
    <name>EndpointPanel</name>
    <message>
        <location filename="../../ui/receiver/endpointpanel.cpp" line="+39"/>
        <source>Endpoint URL</source>
        <translation>Endpunkt-URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Endpoint URL, older form</source>
        <translation>Endpunkt-URL, ältere Form</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready curl command</source>
        <translation>Fertiger curl-Befehl</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Family:</source>
        <translation>&amp;Familie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older form:</source>
        <translation>Ältere Form:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>curl:</source>
        <translation>curl:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy to the clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
</context>
<context>
    <name>EventListModel</name>
    <message>
        <location filename="../../ui/library/eventlistmodel.cpp" line="+102"/>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unchecked</source>
        <translation>ungeprüft</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dedup ID: %1</source>
        <translation>Dedup-ID: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sub-type</source>
        <translation>Untertyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>EventPreview</name>
    <message>
        <location filename="../../ui/library/eventpreview.cpp" line="+24"/>
        <source>Payload of the selected event</source>
        <translation>Nutzdaten des gewählten Ereignisses</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Findings of the selected event</source>
        <translation>Befunde des gewählten Ereignisses</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 at %2, line %3: %4</source>
        <translation>%1 bei %2, Zeile %3: %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No findings</source>
        <translation>Keine Befunde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select an event to see its payload and findings.</source>
        <translation>Wählen Sie ein Ereignis, um seine Nutzdaten und Befunde zu sehen.</translation>
    </message>
</context>
<context>
    <name>EventStore</name>
    <message>
        <location filename="../../core/storage/eventstore.cpp" line="+93"/>
        <source>An event needs a family to be saved.</source>
        <translation>Ein Ereignis braucht eine Familie, um gespeichert zu werden.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Bulk rows without a savepoint need the caller&apos;s transaction.</source>
        <translation>Massenzeilen ohne Savepoint brauchen die Transaktion des Aufrufers.</translation>
    </message>
</context>
<context>
    <name>EventTableView</name>
    <message>
        <location filename="../../ui/library/eventtableview.cpp" line="+12"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/library/exportdialog.cpp" line="+27"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postman collection v2.1 (*.postman_collection.json)</source>
        <translation>Postman-Collection v2.1 (*.postman_collection.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cURL commands (*.sh)</source>
        <translation>cURL-Befehle (*.sh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HAR archive (*.har)</source>
        <translation>HAR-Archiv (*.har)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NDJSON (*.ndjson)</source>
        <translation>NDJSON (*.ndjson)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set file (*.events.json)</source>
        <translation>Set-Datei (*.events.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON Schema of one family</source>
        <translation>JSON Schema einer Familie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenAPI 3.1 of the events API</source>
        <translation>OpenAPI 3.1 der Events-API</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events:</source>
        <translation>Ereignisse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family:</source>
        <translation>Familie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests go to:</source>
        <translation>Anfragen gehen an:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose a file to write first.</source>
        <translation>Wählen Sie zuerst eine Datei zum Schreiben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Eventsmith events</source>
        <translation>Eventsmith-Ereignisse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported %L1 events to %2.</source>
        <translation>%L1 Ereignisse nach %2 exportiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
</context>
<context>
    <name>FieldHelpPanel</name>
    <message>
        <location filename="../../ui/composer/fieldhelppanel.cpp" line="+20"/>
        <source>Assumption</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(the public docs are silent):</source>
        <translation>(die öffentliche Dokumentation schweigt dazu):</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ui/widgets/findbar.cpp" line="+21"/>
        <location line="+1"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message numerus="yes">
        <location line="+156"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../ui/composer/findingspanel.cpp" line="+69"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line:Col</source>
        <translation>Zeile:Spalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Apply quick fix</source>
        <translation>Schnellkorrektur anwenden</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>No findings</source>
        <translation>Keine Befunde</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Findings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Befunde&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>(payload)</source>
        <translation>(Payload)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select a finding that has a quick fix</source>
        <translation>Wählen Sie einen Befund mit Schnellkorrektur</translation>
    </message>
</context>
<context>
    <name>FormColumn</name>
    <message>
        <location filename="../../ui/composer/formcolumn.cpp" line="+88"/>
        <source>The payload is not a JSON object; the form shows the last one that was.</source>
        <translation>Die Payload ist kein JSON-Objekt; das Formular zeigt das letzte, das eines war.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON error at line %1, column %2: %3. The form shows the last valid payload.</source>
        <translation>JSON-Fehler in Zeile %1, Spalte %2: %3. Das Formular zeigt die letzte gültige Payload.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fix the JSON syntax first: quick fixes need a parsed payload.</source>
        <translation>Korrigieren Sie zuerst die JSON-Syntax: Schnellkorrekturen brauchen eine lesbare Payload.</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <location filename="../../ui/composer/formfield.cpp" line="+58"/>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the value with an empty one the form can edit</source>
        <translation>Den Wert durch einen leeren ersetzen, den das Formular bearbeiten kann</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>&lt;span style=&apos;color:%2&apos;&gt;The JSON holds &lt;code&gt;%1&lt;/code&gt;, which this field cannot show.&lt;/span&gt; Edit it in the JSON, apply the quick fix from the findings, or start over.</source>
        <translation>&lt;span style=&apos;color:%2&apos;&gt;Das JSON enthält &lt;code&gt;%1&lt;/code&gt;, was dieses Feld nicht darstellen kann.&lt;/span&gt; Bearbeiten Sie es im JSON, wenden Sie die Schnellkorrektur aus den Befunden an oder beginnen Sie neu.</translation>
    </message>
</context>
<context>
    <name>HarImporter</name>
    <message>
        <location filename="../../core/io/harimporter.cpp" line="+28"/>
        <source>%1: not a HAR file (no log.entries list)</source>
        <translation>%1: keine HAR-Datei (keine Liste log.entries)</translation>
    </message>
</context>
<context>
    <name>HeaderLines</name>
    <message>
        <location filename="../../core/net/headerlines.cpp" line="+20"/>
        <source>Header line %1: %2</source>
        <translation>Header-Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>write it as &quot;Name: value&quot;</source>
        <translation>schreiben Sie sie als „Name: Wert“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is set by the app</source>
        <translation>%1 setzt die App selbst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a credential: set the key in the target&apos;s key settings, which keep it out of the store</source>
        <translation>%1 ist ein Zugangsnachweis: Legen Sie den Schlüssel in den Schlüsseleinstellungen des Ziels fest, die ihn aus dem Speicher heraushalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a value is one line</source>
        <translation>ein Wert ist eine Zeile</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/composer/send/historypanel.cpp" line="+28"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>requestId</source>
        <translation>requestId</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re-send</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the selected request again, exactly as it was sent, to the current target</source>
        <translation>Die gewählte Anfrage noch einmal genau so, wie sie gesendet wurde, an das aktuelle Ziel senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select two sends to compare their responses</source>
        <translation>Wählen Sie zwei Sendungen, um ihre Antworten zu vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select two sends and press Compare to see what changed.</source>
        <translation>Wählen Sie zwei Sendungen und drücken Sie „Vergleichen“, um zu sehen, was sich geändert hat.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>- send %1   + send %2</source>
        <translation>- Sendung %1   + Sendung %2</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/library/importdialog.cpp" line="+42"/>
        <source>Import events</source>
        <translation>Ereignisse importieren</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Events already in the set</source>
        <translation>Ereignisse schon im Set</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Skip those already there</source>
        <translation>Vorhandene ü&amp;berspringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import them &amp;again</source>
        <translation>&amp;Erneut importieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cURL command (pasted)</source>
        <translation>cURL-Befehl (eingefügt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file with a column mapping</source>
        <translation>CSV-Datei mit Spaltenzuordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postman collection (v2.1)</source>
        <translation>Postman-Collection (v2.1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HAR archive</source>
        <translation>HAR-Archiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NDJSON or set file</source>
        <translation>NDJSON- oder Set-Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste a curl command, e.g. curl -X POST https://…/events/emails -H &apos;api_key: …&apos; -d &apos;{…}&apos;</source>
        <translation>Fügen Sie einen curl-Befehl ein, z. B. curl -X POST https://…/events/emails -H &apos;api_key: …&apos; -d &apos;{…}&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A key found goes to the keychain entry of target:</source>
        <translation>Ein gefundener Schlüssel kommt in den Schlüsselbund-Eintrag des Ziels:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none: a command&apos;s $VARIABLE is not used on its own</source>
        <translation>keine: die $VARIABLE eines Befehls wird nicht von selbst verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or the target reads its key from variable:</source>
        <translation>Oder das Ziel liest seinen Schlüssel aus der Variablen:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detect from each payload</source>
        <translation>Aus jeder Payload erkennen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Store nothing until every event is valid</source>
        <translation>Nichts speichern, bis jedes Ereignis gültig ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store the valid events, skip the rest</source>
        <translation>Die gültigen Ereignisse speichern, den Rest überspringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store all events, those with errors marked invalid</source>
        <translation>Alle Ereignisse speichern, die mit Fehlern als ungültig markiert</translation>
    </message>
    <message numerus="yes">
        <location line="+312"/>
        <source>Left out %Ln event(s) with errors, listed below; &quot;Save skipped…&quot; writes them to a file to fix.</source>
        <translation>
            <numerusform>%Ln Ereignis mit Fehlern ausgelassen, unten aufgeführt; „Übersprungene speichern…“ schreibt es zum Beheben in eine Datei.</numerusform>
            <numerusform>%Ln Ereignisse mit Fehlern ausgelassen, unten aufgeführt; „Übersprungene speichern…“ schreibt sie zum Beheben in eine Datei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Left out %Ln event(s) already in the set.</source>
        <translation>
            <numerusform>%Ln Ereignis, das schon im Set war, ausgelassen.</numerusform>
            <numerusform>%Ln Ereignisse, die schon im Set waren, ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln of them were in the set already and are there twice now.</source>
        <translation>
            <numerusform>%Ln davon war schon im Set und ist jetzt doppelt darin.</numerusform>
            <numerusform>%Ln davon waren schon im Set und sind jetzt doppelt darin.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing stored: fix the events with errors, or choose what to do with them under &quot;When events have errors&quot;.</source>
        <translation>Nichts gespeichert: Beheben Sie die Ereignisse mit Fehlern oder wählen Sie unter „Wenn Ereignisse Fehler haben“, was mit ihnen geschehen soll.</translation>
    </message>
    <message>
        <location line="-307"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message numerus="yes">
        <location line="-80"/>
        <source>%Ln of these events are already in set &quot;%1&quot; (the same payload).</source>
        <translation>
            <numerusform>%Ln dieser Ereignisse ist schon im Set „%1“ (gleiche Nutzdaten).</numerusform>
            <numerusform>%Ln dieser Ereignisse sind schon im Set „%1“ (gleiche Nutzdaten).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+83"/>
        <source>&amp;Save skipped…</source>
        <translation>Übersprungene &amp;speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes the events left out for their errors to an NDJSON file, to fix them there and import it again</source>
        <translation>Schreibt die wegen ihrer Fehler ausgelassenen Ereignisse in eine NDJSON-Datei, um sie dort zu beheben und erneut zu importieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stops the import; nothing is stored</source>
        <translation>Bricht den Import ab; nichts wird gespeichert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import:</source>
        <translation>Importieren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into set:</source>
        <translation>In Set:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family:</source>
        <translation>Familie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When events have errors:</source>
        <translation>Wenn Ereignisse Fehler haben:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Load mapping…</source>
        <translation>Zuordnung laden…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save mapping…</source>
        <translation>Zuordnung speichern…</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1: cannot read a CSV header.</source>
        <translation>%1: Keine CSV-Kopfzeile lesbar.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Checking…</source>
        <translation>Prüfe…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing imported: %1</source>
        <translation>Nichts importiert: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Checked; storing…</source>
        <translation>Geprüft; speichern…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking: %L1 events, %L2 events/s</source>
        <translation>Prüfen: %L1 Ereignisse, %L2 Ereignisse/s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Storing: %L1 of %L2 events</source>
        <translation>Speichern: %L1 von %L2 Ereignissen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Storing: %L1 of %L2 events, %L3 events/s, %4</source>
        <translation>Speichern: %L1 von %L2 Ereignissen, %L3 Ereignisse/s, %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>about %1 s left</source>
        <translation>noch etwa %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about %1 min left</source>
        <translation>noch etwa %1 min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%L1 events read: %L2 with errors.</source>
        <translation>%L1 Ereignisse gelesen: %L2 mit Fehlern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported %L1 events into set &quot;%2&quot;.</source>
        <translation>%L1 Ereignisse in das Set „%2“ importiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>Saved %Ln skipped event(s) to %1.</source>
        <translation>
            <numerusform>%Ln übersprungenes Ereignis in %1 gespeichert.</numerusform>
            <numerusform>%Ln übersprungene Ereignisse in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-45"/>
        <source>No events found.</source>
        <translation>Keine Ereignisse gefunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing stored.</source>
        <translation>Nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applied: %1</source>
        <translation>Nicht angewendet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a file to import</source>
        <translation>Datei zum Importieren wählen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event files (*.json *.ndjson *.jsonl *.csv *.har *.txt *.sh)</source>
        <translation>Ereignisdateien (*.json *.ndjson *.jsonl *.csv *.har *.txt *.sh)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the skipped events</source>
        <translation>Die übersprungenen Ereignisse speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NDJSON (*.ndjson);;All files (*)</source>
        <translation>NDJSON (*.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save the mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load a mapping</source>
        <translation>Zuordnung laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapping (*.json);;All files (*)</source>
        <translation>Zuordnung (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mapping saved to %1; the CLI takes it with --map.</source>
        <translation>Zuordnung in %1 gespeichert; die CLI nimmt sie mit --map.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mapping loaded from %1.</source>
        <translation>Zuordnung aus %1 geladen.</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../ui/receiver/inboxmodel.cpp" line="+73"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (injected)</source>
        <translation>%1 (injiziert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Already received with dedup ID %1</source>
        <translation>Bereits empfangen mit Dedup-ID %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sub-type</source>
        <translation>Untertyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
</context>
<context>
    <name>InputReader</name>
    <message>
        <location filename="../../core/io/inputreader.cpp" line="+162"/>
        <source>cannot read standard input</source>
        <translation>die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>JsonEditor</name>
    <message>
        <location filename="../../ui/composer/jsoneditor.cpp" line="+18"/>
        <source>Event payload (JSON)</source>
        <translation>Ereignis-Payload (JSON)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste or type an event payload (JSON), or drop a file here. Findings and the dedup ID update as you type.</source>
        <translation>Fügen Sie eine Ereignis-Payload (JSON) ein, tippen Sie sie oder ziehen Sie eine Datei hierher. Befunde und Dedup-ID folgen beim Tippen.</translation>
    </message>
</context>
<context>
    <name>KeyValueFieldEditor</name>
    <message>
        <location filename="../../ui/composer/fields/keyvaluefieldeditor.cpp" line="+16"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value (JSON)</source>
        <translation>Wert (JSON)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add key</source>
        <translation>Schlüssel hinzufügen</translation>
    </message>
</context>
<context>
    <name>LibraryExporter</name>
    <message>
        <location filename="../../ui/library/libraryexporter.cpp" line="+17"/>
        <location line="+12"/>
        <location line="+9"/>
        <location line="+4"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>LibraryFilterBar</name>
    <message>
        <location filename="../../ui/library/libraryfilterbar.cpp" line="+18"/>
        <source>Search events</source>
        <translation>Ereignisse durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search names and payloads (Ctrl+F)</source>
        <translation>Namen und Payloads durchsuchen (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All families</source>
        <translation>Alle Familien</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+46"/>
        <source>All sub-types</source>
        <translation>Alle Untertypen</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Any validity</source>
        <translation>Jede Gültigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchecked</source>
        <translation>Ungeprüft</translation>
    </message>
</context>
<context>
    <name>LibraryImporter</name>
    <message>
        <location filename="../../ui/library/libraryimporter.cpp" line="+62"/>
        <source>A CSV file needs a column mapping.</source>
        <translation>Eine CSV-Datei braucht eine Spaltenzuordnung.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: Lesen nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>LibraryOperations</name>
    <message>
        <location filename="../../ui/library/libraryoperations.cpp" line="+52"/>
        <source>Rename &quot;%1&quot;</source>
        <translation>„%1“ umbenennen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Duplicate %n event(s)</source>
        <translation>
            <numerusform>%n Ereignis duplizieren</numerusform>
            <numerusform>%n Ereignisse duplizieren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Move an event</source>
        <translation>Ein Ereignis verschieben</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Move %n event(s)</source>
        <translation>
            <numerusform>%n Ereignis verschieben</numerusform>
            <numerusform>%n Ereignisse verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Add %n event(s) to a set</source>
        <translation>
            <numerusform>%n Ereignis zu einem Set hinzufügen</numerusform>
            <numerusform>%n Ereignisse zu einem Set hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Remove %n event(s) from a set</source>
        <translation>
            <numerusform>%n Ereignis aus einem Set entfernen</numerusform>
            <numerusform>%n Ereignisse aus einem Set entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New set &quot;%1&quot;</source>
        <translation>Neues Set „%1“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rename set &quot;%1&quot;</source>
        <translation>Set „%1“ umbenennen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Remove set</source>
        <translation>Set entfernen</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../ui/library/librarypage.cpp" line="+61"/>
        <source>Sets</source>
        <translation>Sets</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Library commands</source>
        <translation>Befehle der Bibliothek</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from set</source>
        <translation>Aus Set entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shift+Del</source>
        <translation>Shift+Del</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add to set…</source>
        <translation>Zu Set &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New set…</source>
        <translation>&amp;Neues Set…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open in Compose</source>
        <translation>In „Verfassen“ ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the current event in the composer (Enter)</source>
        <translation>Das aktuelle Ereignis in „Verfassen“ öffnen (Eingabe)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>The store is not open, so there is nothing to show.</source>
        <translation>Der Datenspeicher ist nicht geöffnet, daher gibt es nichts anzuzeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No events yet.
Import or save from the composer: Import… (Ctrl+I) reads cURL, CSV, Postman, HAR, NDJSON and set files; you can also drop a file here.</source>
        <translation>Noch keine Ereignisse.
Importieren Sie oder speichern Sie aus „Verfassen“: Importieren… (Ctrl+I) liest cURL-, CSV-, Postman-, HAR-, NDJSON- und Set-Dateien; Sie können auch eine Datei hierher ziehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing matches the search or filters.
Try fewer words or clear the filters.</source>
        <translation>Nichts passt zur Suche oder zu den Filtern.
Versuchen Sie weniger Wörter oder setzen Sie die Filter zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This set is empty.
Drag events onto it from All events, or select events and use Add to set (Ctrl+Shift+A).</source>
        <translation>Dieses Set ist leer.
Ziehen Sie Ereignisse aus „Alle Ereignisse“ hierher oder wählen Sie Ereignisse und nutzen Sie „Zu Set hinzufügen“ (Ctrl+Shift+A).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Search results load as you scroll.</source>
        <translation>Suchergebnisse werden beim Scrollen geladen.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%L1 events in this set</source>
        <translation>%L1 Ereignisse in diesem Set</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%L1 events</source>
        <translation>%L1 Ereignisse</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%L1 events match</source>
        <translation>%L1 Ereignisse passen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Choose a set and clear the search and filters to remove events from it.</source>
        <translation>Wählen Sie ein Set und setzen Sie Suche und Filter zurück, um Ereignisse daraus zu entfernen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a set and clear the search and filters to reorder its events.</source>
        <translation>Wählen Sie ein Set und setzen Sie Suche und Filter zurück, um seine Ereignisse umzuordnen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>New set…</source>
        <translation>Neues Set…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New set</source>
        <translation>Neues Set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new set:</source>
        <translation>Name des neuen Sets:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+46"/>
        <source>Eventsmith</source>
        <translation>Eventsmith</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Compose</source>
        <translation>Verfassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiver</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Store: %1</source>
        <translation>Datenspeicher: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store: not open</source>
        <translation>Datenspeicher: nicht geöffnet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Receiver: listening on 127.0.0.1:%1</source>
        <translation>Empfänger: lauscht auf 127.0.0.1:%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiver: stopped</source>
        <translation>Empfänger: gestoppt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Focus the &amp;form</source>
        <translation>Zum &amp;Formular</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus the &amp;JSON editor</source>
        <translation>Zum &amp;JSON-Editor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Eventsmith</source>
        <translation>&amp;Über Eventsmith</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New from e&amp;xample</source>
        <translation>Neu aus &amp;Beispiel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open JSON file…</source>
        <translation>JSON-Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste as new event</source>
        <translation>Als neues Ereignis &amp;einfügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Apply &amp;quick fix</source>
        <translation>&amp;Schnellkorrektur anwenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;dedup ID</source>
        <translation>&amp;Dedup-ID kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Generate variants…</source>
        <translation>&amp;Varianten erzeugen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the event&apos;s family first: variants are stored as events of one family.</source>
        <translation>Wählen Sie zuerst die Familie des Ereignisses: Varianten werden als Ereignisse einer Familie gespeichert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open an event</source>
        <translation>Ein Ereignis öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the clipboard</source>
        <translation>der Zwischenablage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In the JSON editor and find bar</source>
        <translation>Im JSON-Editor und in der Suchleiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indent (two spaces; never a tab character)</source>
        <translation>Einrücken (zwei Leerzeichen, nie ein Tabulatorzeichen)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unindent</source>
        <translation>Ausrücken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shift+Tab</source>
        <translation>Umschalt+Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the editor for the next or previous control</source>
        <translation>Den Editor zum nächsten oder vorherigen Element verlassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc, then Tab or Shift+Tab</source>
        <translation>Esc, dann Tab oder Umschalt+Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next or previous match</source>
        <translation>Nächster oder vorheriger Treffer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter or Shift+Enter</source>
        <translation>Eingabe oder Umschalt+Eingabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the library</source>
        <translation>In der Bibliothek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From the search to the results</source>
        <translation>Von der Suche zu den Ergebnissen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down</source>
        <translation>Pfeil nach unten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About Eventsmith</source>
        <translation>Über Eventsmith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Eventsmith %1&lt;/b&gt;&lt;br&gt;A workbench for the Octave generic events API.&lt;br&gt;Qt %2 (built with %3)</source>
        <translation>&lt;b&gt;Eventsmith %1&lt;/b&gt;&lt;br&gt;Eine Werkbank für die generische Events-API von Octave.&lt;br&gt;Qt %2 (gebaut mit %3)</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../ui/widgets/messagebar.cpp" line="+22"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../ui/composer/neweventdialog.cpp" line="+15"/>
        <source>New event</source>
        <translation>Neues Ereignis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Family:</source>
        <translation>&amp;Familie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sub-type:</source>
        <translation>&amp;Untertyp:</translation>
    </message>
</context>
<context>
    <name>PayloadBuilder</name>
    <message>
        <location filename="../../core/io/payloadbuilder.cpp" line="+79"/>
        <location line="+5"/>
        <source>&quot;%1&quot; clashes with another mapped field</source>
        <translation>„%1“ kollidiert mit einem anderen zugeordneten Feld</translation>
    </message>
</context>
<context>
    <name>PostmanImporter</name>
    <message>
        <location filename="../../core/io/postmanimporter.cpp" line="+33"/>
        <source>%1: not a Postman collection (no &quot;item&quot; list)%2</source>
        <translation>%1: keine Postman-Sammlung (keine Liste „item“)%2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/composer/fieldinfo.cpp" line="+54"/>
        <source> (required)</source>
        <translation> (Pflichtfeld)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;&lt;i&gt;Assumption:&lt;/i&gt; %1</source>
        <translation>&lt;br&gt;&lt;i&gt;Annahme:&lt;/i&gt; %1</translation>
    </message>
    <message>
        <location filename="../../ui/composer/fields/fieldeditorfactory.cpp" line="+28"/>
        <source>stored, not processed</source>
        <translation>gespeichert, nicht verarbeitet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>jane.doe@example.com</source>
        <translation>erika.mustermann@example.com</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
</context>
<context>
    <name>QuickFixer</name>
    <message>
        <location filename="../../core/quickfix/quickfixer.cpp" line="+84"/>
        <source>the value at %1 no longer needs this fix</source>
        <translation>der Wert bei %1 braucht diese Korrektur nicht mehr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not in the payload</source>
        <translation>%1 ist nicht im Payload</translation>
    </message>
</context>
<context>
    <name>ReceivedEventSaver</name>
    <message>
        <location filename="../../core/library/receivedeventsaver.cpp" line="+19"/>
        <source>Request #%1 has no body to keep.</source>
        <translation>Anfrage #%1 hat keinen Body, der sich aufbewahren ließe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>received %1</source>
        <translation>empfangen %1</translation>
    </message>
</context>
<context>
    <name>ReceiverControls</name>
    <message>
        <location filename="../../ui/receiver/receivercontrols.cpp" line="+39"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port on 127.0.0.1; a new port takes effect at the next start.</source>
        <translation>Port auf 127.0.0.1; ein neuer Port gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none: no key required</source>
        <translation>keiner: kein Schlüssel nötig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lenient: accept, report findings</source>
        <translation>Nachsichtig: annehmen, Befunde melden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strict: 400 when a payload has errors</source>
        <translation>Streng: 400, wenn eine Payload Fehler hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fault injection</source>
        <translation>Fehlerinjektion</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The range ends before it starts: “to” must be at least %1 ms.</source>
        <translation>Der Bereich endet, bevor er beginnt: „bis“ muss mindestens %1 ms sein.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>&amp;Latency:</source>
        <translation>&amp;Latenz:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Drop connection:</source>
        <translation>Verbindung &amp;trennen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer &amp;500:</source>
        <translation>Mit &amp;500 antworten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer &amp;429:</source>
        <translation>Mit &amp;429 antworten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry-After:</source>
        <translation>&amp;Retry-After:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of requests; drop, 500 and 429 together are capped at 100 %.</source>
        <translation>Anteil der Anfragen; Trennen, 500 und 429 zusammen sind auf 100 % begrenzt.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Listening on 127.0.0.1:%1</source>
        <translation>Lauscht auf 127.0.0.1:%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop receiver</source>
        <translation>Empfänger stoppen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start receiver</source>
        <translation>Empfänger starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop and start to move to port %1.</source>
        <translation>Stoppen und starten Sie, um auf Port %1 zu wechseln.</translation>
    </message>
</context>
<context>
    <name>ReceiverCountsView</name>
    <message>
        <location filename="../../ui/receiver/receivercountsview.cpp" line="+16"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Faulted</source>
        <translation>Gestört</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>By status: nothing yet</source>
        <translation>Nach Status: noch nichts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By status: %1</source>
        <translation>Nach Status: %1</translation>
    </message>
</context>
<context>
    <name>ReceiverPage</name>
    <message>
        <location filename="../../ui/receiver/receiverpage.cpp" line="+82"/>
        <source>Start/stop the &amp;receiver</source>
        <translation>&amp;Empfänger starten/stoppen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear inbox</source>
        <translation>Posteingang &amp;leeren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save to library</source>
        <translation>In Bibliothek &amp;speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open in composer</source>
        <translation>In „Verfassen“ ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>: also resets the counts and forgets the dedup IDs seen, for a fresh start</source>
        <translation>: setzt auch die Zähler zurück und vergisst die gesehenen Dedup-IDs, für einen Neuanfang</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Counts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zähler&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Select a request to see its headers, body, the answer sent and the findings.</source>
        <translation>Wählen Sie eine Anfrage, um ihre Header, den Body, die gesendete Antwort und die Befunde zu sehen.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The receiver could not start: %1</source>
        <translation>Der Empfänger konnte nicht starten: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port %1 is busy: listening on %2 instead.</source>
        <translation>Port %1 ist belegt: lausche stattdessen auf %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop the &amp;receiver</source>
        <translation>&amp;Empfänger stoppen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the &amp;receiver</source>
        <translation>&amp;Empfänger starten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing received yet — send from the composer or point n8n/curl at %1</source>
        <translation>Noch nichts empfangen – senden Sie aus „Verfassen“ oder richten Sie n8n/curl auf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing received yet — the receiver is stopped; start it (%1) and send from the composer or point n8n/curl at it.</source>
        <translation>Noch nichts empfangen – der Empfänger ist gestoppt; starten Sie ihn (%1) und senden Sie aus „Verfassen“ oder richten Sie n8n/curl darauf.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Request #%1 is already in the library.</source>
        <translation>Anfrage #%1 ist bereits in der Bibliothek.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Saved %n request(s) to the library.</source>
        <translation>
            <numerusform>%n Anfrage in der Bibliothek gespeichert.</numerusform>
            <numerusform>%n Anfragen in der Bibliothek gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiverSettings</name>
    <message>
        <location filename="../../core/receiver/receiversettings.cpp" line="+24"/>
        <source>latency must be milliseconds, &quot;150&quot; or a range &quot;50-200&quot;, got &quot;%1&quot;</source>
        <translation>Die Latenz muss in Millisekunden angegeben werden, „150“ oder ein Bereich „50-200“, erhalten: „%1“</translation>
    </message>
</context>
<context>
    <name>RecipientFieldEditor</name>
    <message>
        <location filename="../../ui/composer/fields/recipientfieldeditor.cpp" line="+13"/>
        <source>email, e.g. jane.doe@example.com</source>
        <translation>E-Mail, z. B. erika.mustermann@example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name (optional)</source>
        <translation>Name (optional)</translation>
    </message>
</context>
<context>
    <name>RecipientListEditor</name>
    <message>
        <location filename="../../ui/composer/fields/recipientlisteditor.cpp" line="+34"/>
        <source>Email or name</source>
        <translation>E-Mail oder Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add participant</source>
        <translation>Teilnehmer hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add recipient</source>
        <translation>Empfänger hinzufügen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(plain string)</source>
        <translation>(einfache Zeichenkette)</translation>
    </message>
</context>
<context>
    <name>RejectedEventsWriter</name>
    <message>
        <location filename="../../core/library/rejectedeventswriter.cpp" line="+25"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>ReplayCharts</name>
    <message>
        <location filename="../../ui/replay/replaycharts.cpp" line="+23"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed event</source>
        <translation>abgeschlossenes Ereignis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second of the run</source>
        <translation>Sekunde des Laufs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>events/s</source>
        <translation>Ereignisse/s</translation>
    </message>
</context>
<context>
    <name>ReplayEngine</name>
    <message>
        <location filename="../../core/replay/replayengine.cpp" line="+32"/>
        <source>A run is in progress.</source>
        <translation>Ein Lauf ist im Gang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A dry run needs the validator.</source>
        <translation>Ein Probelauf braucht den Validator.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Resuming needs the store.</source>
        <translation>Zum Fortsetzen wird der Speicher gebraucht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run %1 replayed another set (or the set changed since); it cannot be resumed with this one.</source>
        <translation>Lauf %1 hat ein anderes Set wiedergegeben (oder das Set hat sich seitdem geändert); er kann mit diesem nicht fortgesetzt werden.</translation>
    </message>
</context>
<context>
    <name>ReplayOptions</name>
    <message>
        <location filename="../../core/replay/replayoptions.cpp" line="+99"/>
        <source>Stored replay options are out of range.</source>
        <translation>Gespeicherte Wiedergabe-Optionen liegen außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored replay options lack the rebase instant.</source>
        <translation>Gespeicherten Wiedergabe-Optionen fehlt der Zeitpunkt für das Verschieben.</translation>
    </message>
</context>
<context>
    <name>ReplayOptionsForm</name>
    <message>
        <location filename="../../ui/replay/replayoptionsform.cpp" line="+34"/>
        <source>Events in progress at once; 1 keeps strict order.</source>
        <translation>Gleichzeitig laufende Ereignisse; 1 hält die Reihenfolge strikt ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most this many requests per second, retries included.</source>
        <translation>Höchstens so viele Anfragen pro Sekunde, Wiederholungen eingeschlossen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retries per event on 429, 5xx and connection errors.</source>
        <translation>Wiederholungen pro Ereignis bei 429, 5xx und Verbindungsfehlern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never stop</source>
        <translation>Nie anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop at first failure</source>
        <translation>Beim ersten Fehlschlag anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after failures:</source>
        <translation>Anhalten nach Fehlschlägen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failures before the run stops</source>
        <translation>Fehlschläge, bevor der Lauf stoppt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebase timestamps</source>
        <translation>Zeitstempel verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move timestamps so the first event is now (gaps kept).</source>
        <translation>Zeitstempel so verschieben, dass das erste Ereignis jetzt liegt (Abstände bleiben).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fresh eventIds</source>
        <translation>Neue eventIds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give every event a run-specific eventId so the server does not deduplicate a re-run.</source>
        <translation>Jedem Ereignis eine eigene eventId für diesen Lauf geben, damit der Server einen erneuten Lauf nicht dedupliziert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validate and plan only; send nothing.</source>
        <translation>Nur prüfen und planen; nichts senden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send events with errors</source>
        <translation>Ereignisse mit Fehlern senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events with error findings are skipped unless this is on.</source>
        <translation>Ereignisse mit Fehlerbefunden werden übersprungen, außer dies ist aktiviert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Concurrency</source>
        <translation>Parallelität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate limit</source>
        <translation>Ratenlimit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop rule</source>
        <translation>Abbruchregel</translation>
    </message>
</context>
<context>
    <name>ReplayPage</name>
    <message>
        <location filename="../../ui/replay/replaypage.cpp" line="+42"/>
        <source>There is no set to replay yet. Create one on the Library page (select events and add them to a new set), or import a set file with &lt;code&gt;eventsmith-cli import&lt;/code&gt;.</source>
        <translation>Es gibt noch kein Set für die Wiedergabe. Legen Sie auf der Seite „Bibliothek“ eines an (Ereignisse wählen und zu einem neuen Set hinzufügen) oder importieren Sie eine Set-Datei mit &lt;code&gt;eventsmith-cli import&lt;/code&gt;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+325"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location line="-323"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No run yet.</source>
        <translation>Noch kein Lauf.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Start replay</source>
        <translation>Wiedergabe starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause or resume replay</source>
        <translation>Wiedergabe pausieren oder fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel replay</source>
        <translation>Wiedergabe abbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start replay (F5)</source>
        <translation>Wiedergabe starten (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause or resume (F6)</source>
        <translation>Pausieren oder fortsetzen (F6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel (Esc, Shift+F5); a cancelled run can be resumed</source>
        <translation>Abbrechen (Esc, Shift+F5); ein abgebrochener Lauf kann fortgesetzt werden</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Starting…</source>
        <translation>Starte…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The replay could not start: %1</source>
        <translation>Die Wiedergabe konnte nicht starten: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Run %1 cannot be resumed: %2</source>
        <translation>Lauf %1 kann nicht fortgesetzt werden: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run %1 (%2): %3 passed, %4 failed, %5 skipped of %6</source>
        <translation>Lauf %1 (%2): %3 bestanden, %4 fehlgeschlagen, %5 übersprungen von %6</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>JUnit XML (*.xml)</source>
        <translation>JUnit-XML (*.xml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON report (*.json)</source>
        <translation>JSON-Bericht (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export run %1</source>
        <translation>Lauf %1 exportieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The report could not be written: %1</source>
        <translation>Der Bericht konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run %1 exported to %2</source>
        <translation>Lauf %1 nach %2 exportiert</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 passed, %2 failed, %3 skipped of %4</source>
        <translation>%1 bestanden, %2 fehlgeschlagen, %3 übersprungen von %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The target is unreachable (nobody answered). Run %1 was stopped; resume it from History once the target is up.</source>
        <translation>Das Ziel ist nicht erreichbar (niemand hat geantwortet). Lauf %1 wurde gestoppt; setzen Sie ihn unter „Verlauf“ fort, sobald das Ziel läuft.</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>The replay failed: %1</source>
        <translation>Die Wiedergabe ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>Dry run: nothing was sent; %1.</source>
        <translation>Probelauf: Nichts wurde gesendet; %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run %1 completed: %2.</source>
        <translation>Lauf %1 abgeschlossen: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run %1 %2: %3. Resume it from History.</source>
        <translation>Lauf %1 %2: %3. Setzen Sie ihn unter „Verlauf“ fort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>ReplayPlanner</name>
    <message>
        <location filename="../../core/replay/replayplanner.cpp" line="+68"/>
        <source>Concurrency and burst must be at least 1 and the rate not negative.</source>
        <translation>Parallelität und Burst müssen mindestens 1 sein und die Rate darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The run suffix may hold only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;.</source>
        <translation>Das Lauf-Suffix darf nur Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; und &apos;-&apos; enthalten.</translation>
    </message>
</context>
<context>
    <name>ReplayProgressText</name>
    <message>
        <location filename="../../ui/replay/replayprogresstext.cpp" line="+15"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 passed, %2 failed, %3 skipped</source>
        <translation>%1 bestanden, %2 fehlgeschlagen, %3 übersprungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1/%2 events · %3 ev/s · ETA %4 · %5</source>
        <translation>%1/%2 Ereignisse · %3 Ereignisse/s · noch %4 · %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2/%3 events · %4</source>
        <translation>%1 · %2/%3 Ereignisse · %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> · p50 %1 ms, p99 %2 ms</source>
        <translation> · p50 %1 ms, p99 %2 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 in flight, %2 waiting to retry</source>
        <translation> · %1 unterwegs, %2 warten auf Wiederholung</translation>
    </message>
</context>
<context>
    <name>ReplayRunner</name>
    <message>
        <location filename="../../ui/replay/replayrunner.cpp" line="+44"/>
        <source>A replay is already running.</source>
        <translation>Eine Wiedergabe läuft bereits.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; sends to the local receiver, which is stopped: start it on the Receiver page, or choose another target.</source>
        <translation>„%1“ sendet an den lokalen Empfänger, der gestoppt ist: Starten Sie ihn auf der Seite „Empfänger“ oder wählen Sie ein anderes Ziel.</translation>
    </message>
</context>
<context>
    <name>ReplaySetReader</name>
    <message>
        <location filename="../../core/replay/replaysetreader.cpp" line="+71"/>
        <source>expect must be an object</source>
        <translation>expect muss ein Objekt sein</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../../core/report/reportwriter.cpp" line="+19"/>
        <source>unknown report format &quot;%1&quot;: use junit, json, html or csv</source>
        <translation>unbekanntes Berichtsformat „%1“: verwenden Sie junit, json, html oder csv</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+3"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RequestFormatter</name>
    <message>
        <location filename="../../ui/receiver/requestformatter.cpp" line="+99"/>
        <source>Received %1, request ID %2, dedup ID %3</source>
        <translation>Empfangen %1, Anfrage-ID %2, Dedup-ID %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 bytes, over the body limit: not kept</source>
        <translation>%1 Bytes, über dem Body-Limit: nicht aufbewahrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No answer: the connection was dropped on purpose (fault injection).</source>
        <translation>Keine Antwort: Die Verbindung wurde absichtlich getrennt (Fehlerinjektion).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, injected fault %1</source>
        <translation>, injizierter Fehler %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, injected delay %1 ms</source>
        <translation>, injizierte Verzögerung %1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, answered in %1 ms</source>
        <translation>, beantwortet in %1 ms</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <location filename="../../ui/composer/send/responseview.cpp" line="+27"/>
        <location line="+102"/>
        <location line="+4"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+77"/>
        <source>No response yet. Pick a target and press Send (Ctrl+Enter).</source>
        <translation>Noch keine Antwort. Wählen Sie ein Ziel und drücken Sie „Senden“ (Ctrl+Enter).</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shouldProcess</source>
        <translation>shouldProcess</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>requestId</source>
        <translation>requestId</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Response body</source>
        <translation>Antwortinhalt</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Sending to %1… (Esc cancels)</source>
        <translation>Sende an %1… (Esc bricht ab)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (first sent as %1)</source>
        <translation> (zuerst gesendet als %1)</translation>
    </message>
</context>
<context>
    <name>ResultDetails</name>
    <message>
        <location filename="../../ui/replay/resultdetails.cpp" line="+33"/>
        <location line="+49"/>
        <source>Select a result to see its request and response.</source>
        <translation>Wählen Sie ein Ergebnis, um Anfrage und Antwort zu sehen.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>#%1 %2 (%3): %4, %n attempt(s)</source>
        <translation>
            <numerusform>#%1 %2 (%3): %4, %n Versuch</numerusform>
            <numerusform>#%1 %2 (%3): %4, %n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (finished before the run was resumed)</source>
        <translation> (abgeschlossen, bevor der Lauf fortgesetzt wurde)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No HTTP answer</source>
        <translation>Keine HTTP-Antwort</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> at %1</source>
        <translation> um %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, Retry-After %1 ms</source>
        <translation>, Retry-After %1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> in %1 ms</source>
        <translation> in %1 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; waited %1 ms before the next attempt</source>
        <translation>; %1 ms bis zum nächsten Versuch gewartet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection dropped</source>
        <translation>Verbindung abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no answer (%1)</source>
        <translation>keine Antwort (%1)</translation>
    </message>
</context>
<context>
    <name>ResultRow</name>
    <message>
        <location filename="../../ui/replay/resultrow.cpp" line="+96"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not finished</source>
        <translation>nicht abgeschlossen</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../ui/replay/resultsmodel.cpp" line="+157"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <location filename="../../ui/widgets/rowtable.cpp" line="+27"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected rows</source>
        <translation>Die gewählten Zeilen entfernen</translation>
    </message>
</context>
<context>
    <name>RunDiff</name>
    <message>
        <location filename="../../core/replay/rundiff.cpp" line="+139"/>
        <source>Runs %1 and %2 replayed different sets.</source>
        <translation>Die Läufe %1 und %2 haben verschiedene Sets wiedergegeben.</translation>
    </message>
</context>
<context>
    <name>RunHistoryPanel</name>
    <message>
        <location filename="../../ui/replay/runhistorypanel.cpp" line="+57"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the start to the finish or the last result, pauses included</source>
        <translation>Vom Start bis zum Ende oder letzten Ergebnis, Pausen eingeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half of the answered events took at most this</source>
        <translation>Die Hälfte der beantworteten Ereignisse brauchte höchstens so lange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>99 in 100 answered events took at most this</source>
        <translation>99 von 100 beantworteten Ereignissen brauchten höchstens so lange</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select two runs of the same set and press Compare.</source>
        <translation>Wählen Sie zwei Läufe desselben Sets und drücken Sie „Vergleichen“.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open results</source>
        <translation>Ergebnisse öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the run&apos;s results</source>
        <translation>Die Ergebnisse des Laufs zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Diff two selected runs</source>
        <translation>Zwei gewählte Läufe vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the events a cancelled, stopped or interrupted run did not finish</source>
        <translation>Die Ereignisse senden, die ein abgebrochener, gestoppter oder unterbrochener Lauf nicht abgeschlossen hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JUnit, HTML, JSON or CSV</source>
        <translation>JUnit, HTML, JSON oder CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the runs again</source>
        <translation>Die Läufe neu einlesen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The run history could not be read: %1</source>
        <translation>Der Laufverlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run timings could not be read: %1</source>
        <translation>Die Zeiten der Läufe konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+3"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Runs %1 and %2 cannot be compared.</source>
        <translation>Die Läufe %1 und %2 lassen sich nicht vergleichen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Runs %1 and %2: no event changed outcome.</source>
        <translation>Läufe %1 und %2: Kein Ereignis hat sein Ergebnis geändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Runs %1 → %2: %n event(s) changed.</source>
        <translation>
            <numerusform>Läufe %1 → %2: %n Ereignis geändert.</numerusform>
            <numerusform>Läufe %1 → %2: %n Ereignisse geändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunSourcePicker</name>
    <message>
        <location filename="../../ui/replay/runsourcepicker.cpp" line="+22"/>
        <source>&amp;Set</source>
        <translation>&amp;Set</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Target</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%1 (%n event(s))</source>
        <translation>
            <numerusform>%1 (%n Ereignis)</numerusform>
            <numerusform>%1 (%n Ereignisse)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <location filename="../../core/storage/runstore.cpp" line="+80"/>
        <source>Position %1 of run %2 already has its final result.</source>
        <translation>Position %1 von Lauf %2 hat bereits ihr endgültiges Ergebnis.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Position %1 of run %2 is not in state %3; record the intent before sending and the result only once.</source>
        <translation>Position %1 von Lauf %2 ist nicht im Zustand %3; die Absicht wird vor dem Senden und das Ergebnis nur einmal festgehalten.</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <location filename="../../core/storage/schemamigrator.cpp" line="+20"/>
        <source>Upgrading the database to version %1 failed; it was left unchanged. %2</source>
        <translation>Das Aktualisieren der Datenbank auf Version %1 ist fehlgeschlagen; sie wurde nicht verändert. %2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The database %1 has schema version %2, but this Eventsmith only knows versions up to %3. Update Eventsmith to open it; the file was not changed.</source>
        <translation>Die Datenbank %1 hat die Schemaversion %2, dieses Eventsmith kennt aber nur Versionen bis %3. Aktualisieren Sie Eventsmith, um sie zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The file %1 is an SQLite database but not an Eventsmith one; it was not changed.</source>
        <translation>Die Datei %1 ist eine SQLite-Datenbank, aber keine von Eventsmith; sie wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>SchemaSet</name>
    <message>
        <location filename="../../core/schema/schemaset.cpp" line="+32"/>
        <source>%1 (a schema file)</source>
        <translation>%1 (eine Schemadatei)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the schema must name its family in &quot;x-family&quot; (one of %2), found &quot;%3&quot;</source>
        <translation>%1: das Schema muss seine Familie in „x-family“ nennen (eine von %2), gefunden: „%3“</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../../core/net/secretstore.cpp" line="+174"/>
        <source>No API key for target &apos;%1&apos;: %2environment variable %3 is not set</source>
        <translation>Kein API-Schlüssel für das Ziel &apos;%1&apos;: %2Umgebungsvariable %3 ist nicht gesetzt</translation>
    </message>
</context>
<context>
    <name>SendAdvice</name>
    <message>
        <location filename="../../ui/composer/send/sendadvice.cpp" line="+19"/>
        <source>Nothing is listening there. Start the receiver (Receiver page) or check the host and port in Edit targets.</source>
        <translation>Dort lauscht niemand. Starten Sie den Empfänger (Seite „Empfänger“) oder prüfen Sie Host und Port unter „Ziele bearbeiten“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The host name does not resolve. Check the target&apos;s URL and the network.</source>
        <translation>Der Hostname lässt sich nicht auflösen. Prüfen Sie die URL des Ziels und das Netzwerk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The target did not answer in time. Try again, or raise the timeout in Edit targets.</source>
        <translation>Das Ziel hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut oder erhöhen Sie das Zeitlimit unter „Ziele bearbeiten“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection failed. Check the URL&apos;s scheme (http/https) and the server&apos;s certificate.</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen. Prüfen Sie das Schema der URL (http/https) und das Zertifikat des Servers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled before an answer arrived; the target may still have received it.</source>
        <translation>Abgebrochen, bevor eine Antwort kam; das Ziel hat es möglicherweise trotzdem erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was sent: fix the target&apos;s URL template in Edit targets.</source>
        <translation>Nichts wurde gesendet: Korrigieren Sie die URL-Vorlage des Ziels unter „Ziele bearbeiten“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection failed. Check the target and try again.</source>
        <translation>Die Verbindung ist fehlgeschlagen. Prüfen Sie das Ziel und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The API key was refused or missing. Store it for this target in Edit targets, or set the environment variable %1.</source>
        <translation>Der API-Schlüssel wurde abgelehnt oder fehlte. Hinterlegen Sie ihn für dieses Ziel unter „Ziele bearbeiten“ oder setzen Sie die Umgebungsvariable %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rate limited: wait for the Retry-After delay, then send again.</source>
        <translation>Ratenlimit erreicht: Warten Sie die Retry-After-Frist ab und senden Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payload was rejected: read the message below and fix the findings.</source>
        <translation>Die Payload wurde abgelehnt: Lesen Sie die Meldung unten und beheben Sie die Befunde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server failed. Try again later; it may already have stored the event.</source>
        <translation>Der Server hat einen Fehler gemeldet. Versuchen Sie es später erneut; möglicherweise hat er das Ereignis bereits gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unexpected status %1.</source>
        <translation>Unerwarteter Status %1.</translation>
    </message>
</context>
<context>
    <name>SendBar</name>
    <message>
        <location filename="../../ui/composer/send/sendbar.cpp" line="+24"/>
        <source>Where Send posts the event</source>
        <translation>Wohin „Senden“ das Ereignis schickt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targets…</source>
        <translation>Ziele…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add or edit targets, their auth mode and API keys</source>
        <translation>Ziele, ihre Authentifizierung und API-Schlüssel hinzufügen oder bearbeiten</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send the event (Ctrl+Enter)</source>
        <translation>Das Ereignis senden (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop waiting (Esc)</source>
        <translation>Nicht mehr warten (Esc)</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+1"/>
        <source>Event name</source>
        <translation>Ereignisname</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also add the event to this set when saving</source>
        <translation>Das Ereignis beim Speichern auch diesem Set hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the event in the library (Ctrl+S)</source>
        <translation>Das Ereignis in der Bibliothek speichern (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Library only</source>
        <translation>Nur Bibliothek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>and set %1</source>
        <translation>und Set %1</translation>
    </message>
</context>
<context>
    <name>SendController</name>
    <message>
        <location filename="../../ui/composer/send/sendcontroller.cpp" line="+32"/>
        <source>Sending without an API key: %1</source>
        <translation>Senden ohne API-Schlüssel: %1</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <location filename="../../ui/composer/send/sendpanel.cpp" line="+40"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Send event</source>
        <translation>Ereignis &amp;senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sa&amp;ve to library</source>
        <translation>In Bibliothek s&amp;peichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as a ne&amp;w event</source>
        <translation>Als ne&amp;ues Ereignis speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit &amp;targets…</source>
        <translation>&amp;Ziele bearbeiten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy as c&amp;URL</source>
        <translation>Als c&amp;URL kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+C</source>
        <translation>Ctrl+Alt+C</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel send</source>
        <translation>Senden abbrechen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nothing to send: the payload must be a JSON object of a known family.</source>
        <translation>Nichts zu senden: Die Payload muss ein JSON-Objekt einer bekannten Familie sein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Send with errors?</source>
        <translation>Mit Fehlern senden?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The event has %n error finding(s). The API may reject it or store it incomplete. Send it anyway?</source>
        <translation>
            <numerusform>Das Ereignis hat %n Fehlerbefund. Die API lehnt es möglicherweise ab oder speichert es unvollständig. Trotzdem senden?</numerusform>
            <numerusform>Das Ereignis hat %n Fehlerbefunde. Die API lehnt es möglicherweise ab oder speichert es unvollständig. Trotzdem senden?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not sent: fix the findings first.</source>
        <translation>Nicht gesendet: Beheben Sie zuerst die Befunde.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Local receiver stopped</source>
        <translation>Lokaler Empfänger gestoppt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; sends to this app&apos;s local receiver, which is stopped. Start it and send?</source>
        <translation>„%1“ sendet an den lokalen Empfänger dieser App, der gestoppt ist. Starten und senden?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start receiver and send</source>
        <translation>Empfänger starten und senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: the local receiver is stopped. Start it on the Receiver page, or choose another target.</source>
        <translation>Nicht gesendet: Der lokale Empfänger ist gestoppt. Starten Sie ihn auf der Seite „Empfänger“ oder wählen Sie ein anderes Ziel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not sent: the local receiver could not start: %1</source>
        <translation>Nicht gesendet: Der lokale Empfänger konnte nicht starten: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot re-send: %1</source>
        <translation>Erneutes Senden nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send failed: %1. %2</source>
        <translation>Senden fehlgeschlagen: %1. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent: %1, requestId %2%3</source>
        <translation>Gesendet: %1, requestId %2%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, a duplicate</source>
        <translation>, ein Duplikat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The send was not recorded in the history: %1</source>
        <translation>Das Senden wurde nicht im Verlauf festgehalten: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved “%1” in the library</source>
        <translation>„%1“ in der Bibliothek gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated “%1”</source>
        <translation>„%1“ aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> and added it to the chosen set</source>
        <translation> und dem gewählten Set hinzugefügt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A new event</source>
        <translation>Ein neues Ereignis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copied a cURL command for %1; it reads the key from $%2.</source>
        <translation>Einen cURL-Befehl für %1 kopiert; er liest den Schlüssel aus $%2.</translation>
    </message>
</context>
<context>
    <name>SetListModel</name>
    <message>
        <location filename="../../ui/library/setlistmodel.cpp" line="+63"/>
        <source>All events (%L1)</source>
        <translation>Alle Ereignisse (%L1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every saved event</source>
        <translation>Jedes gespeicherte Ereignis</translation>
    </message>
</context>
<context>
    <name>SetStore</name>
    <message>
        <location filename="../../core/storage/setstore.cpp" line="+19"/>
        <source>Position %1 is outside the set (it has %2 events).</source>
        <translation>Position %1 liegt außerhalb des Sets (es hat %2 Ereignisse).</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+13"/>
        <source>A set needs a name.</source>
        <translation>Ein Set braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No set named &quot;%1&quot; in the store.</source>
        <translation>Kein Set namens „%1“ im Speicher.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcutsdialog.cpp" line="+15"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by action or key</source>
        <translation>Nach Aktion oder Taste filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>StoreDatabase</name>
    <message>
        <location filename="../../core/storage/storedatabase.cpp" line="+38"/>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>SQLite refused write-ahead logging for %1 (journal mode is &quot;%2&quot;); keep the database on a local disk.</source>
        <translation>SQLite hat das Write-Ahead-Logging für %1 abgelehnt (Journalmodus ist „%2“); legen Sie die Datenbank auf eine lokale Festplatte.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>SQLite kept %1 = %2 instead of %3 for %4.</source>
        <translation>SQLite hat %1 = %2 statt %3 für %4 behalten.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The integrity check of %1 found problems: %2</source>
        <translation>Die Integritätsprüfung von %1 hat Probleme gefunden: %2</translation>
    </message>
</context>
<context>
    <name>StoreSql</name>
    <message>
        <location filename="../../core/storage/storesql.cpp" line="+58"/>
        <source> The database is in use by another Eventsmith window or program; close it or try again.</source>
        <translation> Die Datenbank wird von einem anderen Eventsmith-Fenster oder Programm benutzt; schließen Sie es oder versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> The database file or its folder cannot be written.</source>
        <translation> Die Datenbankdatei oder ihr Ordner ist nicht beschreibbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> The file is not an Eventsmith database or it is damaged; restore a backup or choose another file.</source>
        <translation> Die Datei ist keine Eventsmith-Datenbank oder sie ist beschädigt; stellen Sie eine Sicherung wieder her oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> The disk is full.</source>
        <translation> Die Festplatte ist voll.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 failed: %2.%3</source>
        <translation>%1 ist fehlgeschlagen: %2.%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The store is not open.</source>
        <translation>Der Speicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No %1 with id %2 in the store.</source>
        <translation>Kein %1 mit der ID %2 im Speicher.</translation>
    </message>
</context>
<context>
    <name>TargetConfig</name>
    <message>
        <location filename="../../core/net/targetconfig.cpp" line="+30"/>
        <source>URL template of target &apos;%1&apos; has no {eventType}</source>
        <translation>Die URL-Vorlage des Ziels &apos;%1&apos; enthält kein {eventType}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a family name</source>
        <translation>&apos;%1&apos; ist kein Familienname</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Target &apos;%1&apos; needs the local receiver&apos;s port</source>
        <translation>Das Ziel &apos;%1&apos; braucht den Port des lokalen Empfängers</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation>&apos;%1&apos; ist keine http(s)-URL</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A target needs a name and a URL template</source>
        <translation>Ein Ziel braucht einen Namen und eine URL-Vorlage</translation>
    </message>
</context>
<context>
    <name>TargetResolver</name>
    <message>
        <location filename="../../core/net/targetresolver.cpp" line="+31"/>
        <source>the URL %1 carries a key (api_key); keys never go into a URL, which is stored and printed. Give the URL without it and the key through an environment variable (--api-key-env NAME with --auth query) or a saved target with a key source</source>
        <translation>die URL %1 enthält einen Schlüssel (api_key); Schlüssel gehören nie in eine URL, denn sie wird gespeichert und ausgegeben. Geben Sie die URL ohne ihn an und den Schlüssel über eine Umgebungsvariable (--api-key-env NAME mit --auth query) oder ein gespeichertes Ziel mit Schlüsselquelle</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the URL %1 has a path but no {eventType}; write where the family goes, e.g. %2</source>
        <translation>die URL %1 hat einen Pfad, aber kein {eventType}; schreiben Sie, wo die Familie steht, z. B. %2</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>no target named &quot;%1&quot;; give a URL, &quot;local&quot; (the receiver of &apos;eventsmith-cli serve&apos; on port %2), or add one with &apos;eventsmith-cli targets add&apos;</source>
        <translation>kein Ziel namens „%1“; geben Sie eine URL an, „local“ (den Empfänger von &apos;eventsmith-cli serve&apos; auf Port %2) oder fügen Sie eines mit &apos;eventsmith-cli targets add&apos; hinzu</translation>
    </message>
</context>
<context>
    <name>TargetStore</name>
    <message>
        <location filename="../../core/storage/targetstore.cpp" line="+104"/>
        <location line="+64"/>
        <source>No target named &quot;%1&quot; in the store.</source>
        <translation>Kein Ziel namens „%1“ im Speicher.</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../ui/composer/send/targetsdialog.cpp" line="+30"/>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Custom URL</source>
        <translation>Eigene URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>https://host/path/{eventType}</source>
        <translation>https://host/pfad/{eventType}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{eventType} becomes the family; {port} the local receiver&apos;s port</source>
        <translation>{eventType} wird zur Familie; {port} zum Port des lokalen Empfängers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>api_key header</source>
        <translation>api_key-Header</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>api_key query parameter</source>
        <translation>api_key-Query-Parameter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OS keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment variable</source>
        <translation>Umgebungsvariable</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+113"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>none: {{env.NAME}} reads no variable</source>
        <translation>keine: {{env.NAME}} liest keine Variable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment variables that {{env.NAME}} may read in events sent to this target, separated by commas. Imported events never read others.</source>
        <translation>Umgebungsvariablen, die {{env.NAME}} in Ereignissen an dieses Ziel lesen darf, durch Kommas getrennt. Importierte Ereignisse lesen keine anderen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>X-Team: growth
X-Trace: on</source>
        <translation>X-Team: growth
X-Trace: on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headers sent with every request to this target, one &quot;Name: value&quot; per line. The key has its own settings above.</source>
        <translation>Header, die mit jeder Anfrage an dieses Ziel gehen, einer als „Name: Wert“ pro Zeile. Der Schlüssel hat oben eigene Einstellungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save target</source>
        <translation>Ziel speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preset:</source>
        <translation>Vorgabe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL template:</source>
        <translation>URL-Vorlage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auth:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key from:</source>
        <translation>Schlüssel aus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Env. variable:</source>
        <translation>Umgebungsvariable:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Templates may read:</source>
        <translation>Vorlagen dürfen lesen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Keys typed here go to the OS keychain.</source>
        <translation>Hier eingegebene Schlüssel kommen in den Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the key is read from the environment variable.</source>
        <translation>%1: Der Schlüssel wird aus der Umgebungsvariable gelesen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>kept in the keychain; type to replace</source>
        <translation>im Schlüsselbund hinterlegt; zum Ersetzen tippen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: used for this session only</source>
        <translation>optional: nur für diese Sitzung verwendet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New target</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The key is in the keychain as &quot;%1&quot;.</source>
        <translation>Der Schlüssel liegt im Schlüsselbund als „%1“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key is kept for this session only; set %1 in your environment for next time.</source>
        <translation>Der Schlüssel gilt nur für diese Sitzung; setzen Sie %1 in Ihrer Umgebung für das nächste Mal.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saved %1. %2</source>
        <translation>%1 gespeichert. %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
</context>
<context>
    <name>TranscriptFieldEditor</name>
    <message>
        <location filename="../../ui/composer/fields/transcriptfieldeditor.cpp" line="+48"/>
        <source>Speaker turns</source>
        <translation>Redebeiträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flat text</source>
        <translation>Fließtext</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maria: Thanks for making time.
Daniel: Happy to.</source>
        <translation>Maria: Danke, dass Sie sich Zeit nehmen.
Daniel: Gern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start (s)</source>
        <translation>Beginn (s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End (s)</source>
        <translation>Ende (s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add turn</source>
        <translation>Beitrag hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shape:</source>
        <translation>Form:</translation>
    </message>
</context>
<context>
    <name>VariantSaver</name>
    <message>
        <location filename="../../core/library/variantsaver.cpp" line="+26"/>
        <source>the number of variants must be 1..%1 (got %2)</source>
        <translation>die Anzahl der Varianten muss 1..%1 sein (erhalten: %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the set needs a name</source>
        <translation>das Set braucht einen Namen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the template has %1 problem(s); the first: %2 at %3</source>
        <translation>die Vorlage hat %1 Problem(e); das erste: %2 bei %3</translation>
    </message>
</context>
<context>
    <name>VariantsDialog</name>
    <message>
        <location filename="../../ui/composer/variantsdialog.cpp" line="+27"/>
        <source>Generate variants</source>
        <translation>Varianten erzeugen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes events from this one as a template: {{seq}} runs 1…N, {{uuid}} and {{random.*}} differ per event. Without variables the copies share one dedup ID, which is how to test dedup.</source>
        <translation>Erzeugt Ereignisse mit diesem als Vorlage: {{seq}} läuft von 1 bis N, {{uuid}} und {{random.*}} unterscheiden sich je Ereignis. Ohne Variablen teilen die Kopien eine Dedup-ID – so lässt sich die Deduplizierung testen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 variants</source>
        <translation>%1-Varianten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Number of events:</source>
        <translation>&amp;Anzahl Ereignisse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;set:</source>
        <translation>Neues &amp;Set:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing was stored: %1.</source>
        <translation>Nichts wurde gespeichert: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stored %1 events in the set &quot;%2&quot;: %3 distinct dedup IDs, %4 invalid.</source>
        <translation>%1 Ereignisse im Set „%2“ gespeichert: %3 verschiedene Dedup-IDs, %4 ungültig.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/workspace.cpp" line="+56"/>
        <source>The built-in schemas failed to load: %1</source>
        <translation>Die eingebauten Schemas konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The store %1 could not be opened: %2. Nothing will be saved until this is fixed (check the folder&apos;s permissions or free space).</source>
        <translation>Der Datenspeicher %1 konnte nicht geöffnet werden: %2. Bis das behoben ist, wird nichts gespeichert (prüfen Sie die Rechte des Ordners oder den freien Speicherplatz).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The Samples set could not be created: %1</source>
        <translation>Das Set „Samples“ konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The local receiver target could not be saved: %1</source>
        <translation>Das Ziel für den lokalen Empfänger konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The local receiver could not start: %1</source>
        <translation>Der lokale Empfänger konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/eventsmith/main.cpp" line="+84"/>
        <source>eventsmith: already running on this store; its window was brought to the front.
</source>
        <translation>eventsmith: läuft bereits mit diesem Speicher; sein Fenster wurde nach vorn geholt.
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>eventsmith: another Eventsmith (process %1) holds this store but does not answer. Close it, or start with --store FILE for another store.
</source>
        <translation>eventsmith: Ein anderes Eventsmith (Prozess %1) hält diesen Speicher, antwortet aber nicht. Schließen Sie es oder starten Sie mit --store DATEI für einen anderen Speicher.
</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Eventsmith: compose, send and replay events.</source>
        <translation>Eventsmith: Ereignisse verfassen, senden und wiedergeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SQLite store file (default: the user&apos;s data folder).</source>
        <translation>Die SQLite-Datei des Datenspeichers (Standard: der Datenordner des Benutzers).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local receiver&apos;s port (default %1; a free one if taken).</source>
        <translation>Der Port des lokalen Empfängers (Vorgabe %1; ein freier, falls belegt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>port</source>
        <translation>Port</translation>
    </message>
</context>
</TS>
