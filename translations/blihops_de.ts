<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>ArchiveReader</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>unknown libarchive error</source>
        <translation>unbekannter Fehler von libarchive</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Das Lesen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 is truncated: it ends inside %2 (%3).</source>
        <translation>%1 ist abgeschnitten: Es endet mitten in %2 (%3).</translation>
    </message>
    <message>
        <source>%1 cannot be read at %2: %3.</source>
        <translation>%1 kann bei %2 nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <source>%1 is not a tar archive (%2): choose a storage backup.</source>
        <translation>%1 ist kein tar-Archiv (%2): Wählen Sie eine Speichersicherung.</translation>
    </message>
    <message>
        <source>its start</source>
        <translation>seinem Anfang</translation>
    </message>
    <message>
        <source>the header after %1</source>
        <translation>dem Kopf nach %1</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 holds no file %2.</source>
        <translation>%1 enthält keine Datei %2.</translation>
    </message>
    <message>
        <source>%1 is truncated (%2).</source>
        <translation>%1 ist abgeschnitten (%2).</translation>
    </message>
    <message>
        <source>%1 in %2 is not a regular file.</source>
        <translation>%1 in %2 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>%1 in %2 is a chain of hard links that does not end.</source>
        <translation>%1 in %2 ist eine Kette harter Links ohne Ende.</translation>
    </message>
</context>
<context>
    <name>BackupAlerts</name>
    <message>
        <source>The newest good backup of %1 is %2 hours old; the schedule &quot;%3&quot; should give one at least every %4 hours.</source>
        <translation>Die neueste gute Sicherung von %1 ist %2 Stunden alt; der Zeitplan „%3“ sollte mindestens alle %4 Stunden eine liefern.</translation>
    </message>
    <message>
        <source>%1 has no good backup, %2 hours after it was installed.</source>
        <translation>%1 hat %2 Stunden nach der Einrichtung keine gute Sicherung.</translation>
    </message>
    <message>
        <source>The last run of %1 (%2) failed: %3</source>
        <translation>Der letzte Lauf von %1 (%2) ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The destination of %1 has %2 free, less than twice its last backup (%3).</source>
        <translation>Das Ziel von %1 hat %2 frei, weniger als das Doppelte der letzten Sicherung (%3).</translation>
    </message>
    <message>
        <source>The scheduled verification of %1 (%2) failed: %3</source>
        <translation>Die geplante Prüfung von %1 (%2) ist fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>BackupCatalog</name>
    <message>
        <source>list the backups in %1</source>
        <translation>die Sicherungen in %1 auflisten</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>%1 lesen</translation>
    </message>
</context>
<context>
    <name>BackupDownload</name>
    <message>
        <source>Backup %1 is a failed run: it has no file to download.</source>
        <translation>Sicherung %1 ist ein fehlgeschlagener Lauf: Es gibt keine Datei zum Herunterladen.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written: choose another one.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden: Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Copying %1 from %2 failed: %3.</source>
        <translation>Das Kopieren von %1 von %2 ist fehlgeschlagen: %3.</translation>
    </message>
    <message>
        <source>%1 cannot be read back: %2.</source>
        <translation>%1 kann nicht zurückgelesen werden: %2.</translation>
    </message>
    <message>
        <source>The copy of %1 is not the backup: SHA-256 %2 and %3 bytes arrived, the manifest gives %4 and %5 bytes. It was removed.</source>
        <translation>Die Kopie von %1 ist nicht die Sicherung: Angekommen sind SHA-256 %2 und %3 Bytes, das Manifest nennt %4 und %5 Bytes. Sie wurde entfernt.</translation>
    </message>
    <message>
        <source>%1 cannot be renamed to %2: %3.</source>
        <translation>%1 kann nicht in %2 umbenannt werden: %3.</translation>
    </message>
    <message>
        <source>Cancelled: the copy of %1 was stopped and removed.</source>
        <translation>Abgebrochen: Die Kopie von %1 wurde angehalten und entfernt.</translation>
    </message>
</context>
<context>
    <name>BackupHost</name>
    <message>
        <source>%1 has no engine address yet: set one before scheduling backups.</source>
        <translation>%1 hat noch keine Engine-Adresse: Legen Sie eine fest, bevor Sie Sicherungen planen.</translation>
    </message>
    <message>
        <source>%1 is reached over tcp://, where no backup job can be installed: give it an ssh:// engine address (or unix:// on this machine).</source>
        <translation>%1 wird über tcp:// erreicht, wo kein Sicherungsauftrag installiert werden kann: Geben Sie ihm eine ssh://-Engine-Adresse (oder unix:// auf diesem Rechner).</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>dieser Rechner</translation>
    </message>
    <message>
        <source>Cannot %1 on %2: %3.</source>
        <translation>Auf %2 nicht möglich: %1: %3.</translation>
    </message>
</context>
<context>
    <name>BackupInstaller</name>
    <message>
        <source>write %1</source>
        <translation>%1 schreiben</translation>
    </message>
    <message>
        <source>write the systemd unit %1</source>
        <translation>die systemd-Unit %1 schreiben</translation>
    </message>
    <message>
        <source>install the crontab</source>
        <translation>die Crontab installieren</translation>
    </message>
    <message>
        <source>systemd is not running on %1: schedule the job with cron instead.</source>
        <translation>Auf %1 läuft kein systemd: Planen Sie den Auftrag stattdessen mit cron.</translation>
    </message>
    <message>
        <source>remove the systemd units of %1</source>
        <translation>die systemd-Units von %1 entfernen</translation>
    </message>
    <message>
        <source>Cannot read the crontab on %1: %2. Is cron installed there?</source>
        <translation>Die Crontab auf %1 kann nicht gelesen werden: %2. Ist cron dort installiert?</translation>
    </message>
    <message>
        <source>make the folder %1</source>
        <translation>den Ordner %1 anlegen</translation>
    </message>
    <message>
        <source>check the script %1 with sh -n</source>
        <translation>das Skript %1 mit sh -n prüfen</translation>
    </message>
    <message>
        <source>reload systemd&apos;s units</source>
        <translation>die Units von systemd neu laden</translation>
    </message>
    <message>
        <source>start the timer %1</source>
        <translation>den Timer %1 starten</translation>
    </message>
    <message>
        <source>remove the script of %1</source>
        <translation>das Skript von %1 entfernen</translation>
    </message>
    <message>
        <source>delete the backups in %1</source>
        <translation>die Sicherungen in %1 löschen</translation>
    </message>
    <message>
        <source>remove the crontab</source>
        <translation>die Crontab entfernen</translation>
    </message>
</context>
<context>
    <name>BackupJob</name>
    <message>
        <source>Unknown scheduler &quot;%1&quot;: use cron, systemd-user or systemd-system.</source>
        <translation>Unbekannter Planer „%1“: Verwenden Sie cron, systemd-user oder systemd-system.</translation>
    </message>
    <message>
        <source>Backup job %1: %2</source>
        <translation>Sicherungsauftrag %1: %2</translation>
    </message>
    <message>
        <source>the name must be 1–64 letters, digits, dots, dashes or underscores, starting with a letter or digit (it names files and units).</source>
        <translation>der Name muss aus 1–64 Buchstaben, Ziffern, Punkten, Bindestrichen oder Unterstrichen bestehen und mit einem Buchstaben oder einer Ziffer beginnen (er benennt Dateien und Units).</translation>
    </message>
    <message>
        <source>it needs an environment.</source>
        <translation>er braucht eine Umgebung.</translation>
    </message>
    <message>
        <source>it backs up nothing: name a database service or a volume or path.</source>
        <translation>er sichert nichts: Nennen Sie einen Datenbankdienst oder ein Volume oder einen Pfad.</translation>
    </message>
    <message>
        <source>the database service %1 needs at least one database name.</source>
        <translation>der Datenbankdienst %1 braucht mindestens einen Datenbanknamen.</translation>
    </message>
    <message>
        <source>databases are named but no database service.</source>
        <translation>Datenbanken sind genannt, aber kein Datenbankdienst.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a line break.</source>
        <translation>„%1“ enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <source>a database or volume name is empty.</source>
        <translation>ein Datenbank- oder Volume-Name ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute path on the host.</source>
        <translation>„%1“ ist kein absoluter Pfad auf dem Host.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone name (such as Europe/Berlin).</source>
        <translation>„%1“ ist kein Zeitzonenname (wie Europe/Berlin).</translation>
    </message>
    <message>
        <source>keep at least 1 day and at least 1 backup.</source>
        <translation>bewahren Sie mindestens 1 Tag und mindestens 1 Sicherung auf.</translation>
    </message>
    <message>
        <source>the second copy &quot;%1&quot; must be ssh://[user@]host[:port]/directory.</source>
        <translation>die zweite Kopie „%1“ muss ssh://[benutzer@]host[:port]/verzeichnis sein.</translation>
    </message>
    <message>
        <source>the webhook &quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>der Webhook „%1“ ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>the verification schedule: %1</source>
        <translation>der Zeitplan der Prüfung: %1</translation>
    </message>
</context>
<context>
    <name>BackupJobRepository</name>
    <message>
        <source>Environment %1 has no backup job &quot;%2&quot;: `blihopsctl backup schedule list %1` shows its jobs.</source>
        <translation>Die Umgebung %1 hat keinen Sicherungsauftrag „%2“: `blihopsctl backup schedule list %1` zeigt ihre Aufträge.</translation>
    </message>
    <message>
        <source>Environment %1 has a backup job &quot;%2&quot; already.</source>
        <translation>Die Umgebung %1 hat bereits einen Sicherungsauftrag „%2“.</translation>
    </message>
    <message>
        <source>A backup job cannot move from %1 to %2: add it there and remove it here.</source>
        <translation>Ein Sicherungsauftrag kann nicht von %1 nach %2 umziehen: Legen Sie ihn dort an und entfernen Sie ihn hier.</translation>
    </message>
</context>
<context>
    <name>BackupManifest</name>
    <message>
        <source>line %1 is not a JSON object (%2)</source>
        <translation>Zeile %1 ist kein JSON-Objekt (%2)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>repeats the id %1 of an earlier line</source>
        <translation>wiederholt die ID %1 einer früheren Zeile</translation>
    </message>
</context>
<context>
    <name>BackupPruner</name>
    <message>
        <source>delete old backups in %1</source>
        <translation>alte Sicherungen in %1 löschen</translation>
    </message>
    <message>
        <source>Backup %1 is a failed run: it has no file to delete.</source>
        <translation>Sicherung %1 ist ein fehlgeschlagener Lauf: Sie hat keine Datei zum Löschen.</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>BackupRecord</name>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>„%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number of at least 0</source>
        <translation>„%1“ muss eine Zahl von mindestens 0 sein</translation>
    </message>
    <message>
        <source>&quot;id&quot; and &quot;job&quot; must not be empty</source>
        <translation>„id“ und „job“ dürfen nicht leer sein</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be database or storage, not &quot;%1&quot;</source>
        <translation>„kind“ muss database oder storage sein, nicht „%1“</translation>
    </message>
    <message>
        <source>&quot;file&quot; must be a plain file name beside the manifest, not &quot;%1&quot;</source>
        <translation>„file“ muss ein einfacher Dateiname neben dem Manifest sein, nicht „%1“</translation>
    </message>
    <message>
        <source>&quot;started&quot; must be an ISO-8601 time</source>
        <translation>„started“ muss eine ISO-8601-Zeit sein</translation>
    </message>
    <message>
        <source>&quot;result&quot; must be ok or failed, not &quot;%1&quot;</source>
        <translation>„result“ muss ok oder failed sein, nicht „%1“</translation>
    </message>
    <message>
        <source>a successful run needs &quot;file&quot; and a &quot;sha256&quot; of 64 hex digits</source>
        <translation>ein erfolgreicher Lauf braucht „file“ und eine „sha256“ aus 64 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>&quot;sha256&quot; must be 64 hex digits</source>
        <translation>„sha256“ muss aus 64 Hexadezimalziffern bestehen</translation>
    </message>
    <message>
        <source>file %1 of the archive needs a path, a size and a sha256</source>
        <translation>Datei %1 des Archivs braucht einen Pfad, eine Größe und eine sha256</translation>
    </message>
</context>
<context>
    <name>BackupRunNow</name>
    <message>
        <source>The script of %1 is not on %2 (%3): install the job&apos;s schedule again.</source>
        <translation>Das Skript von %1 ist nicht auf %2 (%3): Installieren Sie den Zeitplan des Auftrags erneut.</translation>
    </message>
    <message>
        <source>Another run of %1 is under way: this one did not start.</source>
        <translation>Ein anderer Lauf von %1 ist im Gange: Dieser hat nicht begonnen.</translation>
    </message>
    <message>
        <source>start the backup %1</source>
        <translation>die Sicherung %1 starten</translation>
    </message>
    <message>
        <source>Cancelled: the run of %1 was stopped.</source>
        <translation>Abgebrochen: Der Lauf von %1 wurde angehalten.</translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <source>The compose files of %1 declare no volume &quot;%2&quot; (they declare: %3). Give a declared name or a host path.</source>
        <translation>Die Compose-Dateien von %1 deklarieren kein Volume „%2“ (sie deklarieren: %3). Geben Sie einen deklarierten Namen oder einen Host-Pfad an.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>%1/%2, line %3: %4</source>
        <translation>%1/%2, Zeile %3: %4</translation>
    </message>
</context>
<context>
    <name>BuiltinProfile</name>
    <message>
        <source>Cannot create %1 for the built-in profile&apos;s compose files: check its permissions.</source>
        <translation>%1 für die Compose-Dateien des integrierten Profils kann nicht angelegt werden: Prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <source>Cannot write %1: check that the disk has space and the folder is writable.</source>
        <translation>%1 kann nicht geschrieben werden: Prüfen Sie, ob auf dem Datenträger genug Platz frei und der Ordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>CheckTie</name>
    <message>
        <source>Not tied to a check</source>
        <translation>Mit keiner Prüfung verbunden</translation>
    </message>
    <message>
        <source>The whole smoke suite</source>
        <translation>Die ganze Smoke-Test-Reihe</translation>
    </message>
    <message>
        <source>Smoke check %1</source>
        <translation>Smoke-Test %1</translation>
    </message>
    <message>
        <source>Health of all services</source>
        <translation>Zustand aller Dienste</translation>
    </message>
    <message>
        <source>Runs beside %1 on one host</source>
        <translation>Läuft neben %1 auf einem Host</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a check an item can be tied to: use smoke:CHECK (a smoke check of the run&apos;s environment), smoke (its whole suite), health (its health rollup) or pair:ENVIRONMENT (whether both run on one host).</source>
        <translation>„%1“ ist keine Prüfung, mit der ein Punkt verbunden werden kann: Nehmen Sie smoke:PRÜFUNG (einen Smoke-Test der Umgebung des Durchlaufs), smoke (ihre ganze Reihe), health (ihren Gesamtzustand) oder pair:UMGEBUNG (ob beide auf einem Host laufen können).</translation>
    </message>
</context>
<context>
    <name>ChecklistExport</name>
    <message>
        <source>%1: %2, release %3</source>
        <translation>%1: %2, Release %3</translation>
    </message>
    <message>
        <source>Checklist run %1, revision %2 of %3, %4. Started %5 by %6 from %7.</source>
        <translation>Checklisten-Durchlauf %1, Revision %2 von %3, %4. Begonnen %5 von %6 aus %7.</translation>
    </message>
    <message>
        <source>signed off</source>
        <translation>abgezeichnet</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>the built-in template %1</source>
        <translation>der eingebauten Vorlage %1</translation>
    </message>
    <message>
        <source>%1 of %2 items decided, %3 in the way of a sign-off.</source>
        <translation>%1 von %2 Punkten entschieden, %3 stehen der Abzeichnung im Weg.</translation>
    </message>
    <message>
        <source>Signed off by %1 (%2) on %3, as %4.</source>
        <translation>Abgezeichnet von %1 (%2) am %3, als %4.</translation>
    </message>
    <message>
        <source>Revision %1, opened %2 by %3</source>
        <translation>Revision %1, eröffnet %2 von %3</translation>
    </message>
    <message>
        <source>Item %1, %2: %3 (waived by %4, %5)</source>
        <translation>Punkt %1, %2: %3 (erlassen von %4, %5)</translation>
    </message>
    <message>
        <source>Export format &quot;%1&quot; is not one of md, html, pdf.</source>
        <translation>Das Exportformat „%1“ ist keines von md, html, pdf.</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Abzeichnung</translation>
    </message>
    <message>
        <source>Not signed off.</source>
        <translation>Nicht abgezeichnet.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Nachweis: %1</translation>
    </message>
    <message>
        <source>Waived: %1</source>
        <translation>Erlassen: %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Punkt %1: %2</translation>
    </message>
    <message>
        <source>No evidence was attached.</source>
        <translation>Es wurde kein Nachweis angehängt.</translation>
    </message>
    <message>
        <source>Waivers</source>
        <translation>Erlassene Punkte</translation>
    </message>
    <message>
        <source>No item was waived.</source>
        <translation>Kein Punkt wurde erlassen.</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisionen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Abgezeichnet</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Note, evidence, waiver</source>
        <translation>Notiz, Nachweis, Erlass</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>ChecklistRepository</name>
    <message>
        <source>There is no checklist run %1: `blihopsctl checklist list` shows the runs.</source>
        <translation>Es gibt keinen Checklisten-Durchlauf %1: `blihopsctl checklist list` zeigt die Durchläufe.</translation>
    </message>
    <message>
        <source>A checklist run needs the release it is for (a version or tag), e.g. --release v1.4.0.</source>
        <translation>Ein Checklisten-Durchlauf braucht das Release, für das er ist (eine Version oder ein Tag), z. B. --release v1.4.0.</translation>
    </message>
    <message>
        <source>Checklist run %1 has no revision %2; its latest is %3.</source>
        <translation>Checklisten-Durchlauf %1 hat keine Revision %2; seine neueste ist %3.</translation>
    </message>
    <message>
        <source>Checklist run %1 is signed off (revision %2) and read-only: `blihopsctl checklist reopen %1` starts revision %3 from it.</source>
        <translation>Checklisten-Durchlauf %1 ist abgezeichnet (Revision %2) und schreibgeschützt: `blihopsctl checklist reopen %1` beginnt daraus Revision %3.</translation>
    </message>
    <message>
        <source>Checklist run %1 has no item %2: its items are numbered 1 to %3.</source>
        <translation>Checklisten-Durchlauf %1 hat keinen Punkt %2: Seine Punkte sind von 1 bis %3 nummeriert.</translation>
    </message>
    <message>
        <source>Item %1 of checklist run %2 has no evidence number %3.</source>
        <translation>Punkt %1 von Checklisten-Durchlauf %2 hat keinen Nachweis Nummer %3.</translation>
    </message>
    <message>
        <source>Waiving item %1 of checklist run %2 needs a reason, so that whoever reads the sign-off knows why it was safe.</source>
        <translation>Punkt %1 von Checklisten-Durchlauf %2 zu erlassen braucht einen Grund, damit jeder, der die Abzeichnung liest, weiß, warum es unbedenklich war.</translation>
    </message>
    <message>
        <source>Item %1 of checklist run %2 is not waived.</source>
        <translation>Punkt %1 von Checklisten-Durchlauf %2 ist nicht erlassen.</translation>
    </message>
    <message>
        <source>A sign-off needs the name and the role of who signs, e.g. --name &quot;Ada Lovelace&quot; --role &quot;QA lead&quot;.</source>
        <translation>Eine Abzeichnung braucht Namen und Rolle dessen, der abzeichnet, z. B. --name &quot;Ada Lovelace&quot; --role &quot;QA-Leitung&quot;.</translation>
    </message>
    <message>
        <source>Checklist run %1 is not signed off (revision %2 is open): there is nothing to reopen.</source>
        <translation>Checklisten-Durchlauf %1 ist nicht abgezeichnet (Revision %2 ist offen): Es gibt nichts wieder zu öffnen.</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplate</name>
    <message>
        <source>%1, item &quot;%2&quot;: %3</source>
        <translation>%1, Punkt „%2“: %3</translation>
    </message>
    <message>
        <source>%1 has no task-list items (&quot;- [ ] ...&quot; or &quot;- [x] ...&quot; outside code and quotes): a checklist needs at least one.</source>
        <translation>%1 hat keine Aufgabenlisten-Punkte („- [ ] …“ oder „- [x] …“ außerhalb von Code und Zitaten): Eine Checkliste braucht mindestens einen.</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplateRepository</name>
    <message>
        <source>There is no checklist template &quot;%1&quot;: give a Markdown file or one of %2.</source>
        <translation>Es gibt keine Checklisten-Vorlage „%1“: Geben Sie eine Markdown-Datei an oder eine von %2.</translation>
    </message>
</context>
<context>
    <name>ComposeCommand</name>
    <message>
        <source>Two files of %1 are named %2: on the host they would be one. Rename one of them.</source>
        <translation>Zwei Dateien von %1 heißen %2: auf dem Host wären sie eine. Benennen Sie eine davon um.</translation>
    </message>
    <message>
        <source>Down takes the whole project %1 down; to stop single services, stop their containers.</source>
        <translation>Down fährt das ganze Projekt %1 herunter; um einzelne Dienste anzuhalten, stoppen Sie deren Container.</translation>
    </message>
    <message>
        <source>Only Down removes volumes; the other actions keep them.</source>
        <translation>Nur Down entfernt Volumes; die anderen Aktionen behalten sie.</translation>
    </message>
</context>
<context>
    <name>ComposeFile</name>
    <message>
        <source>Compose file %1 cannot be read: %2. Check the path and its permissions.</source>
        <translation>Die Compose-Datei %1 kann nicht gelesen werden: %2. Prüfen Sie den Pfad und die Berechtigungen.</translation>
    </message>
    <message>
        <source>Compose file %1 is not valid YAML at line %2, column %3: %4.</source>
        <translation>Die Compose-Datei %1 ist in Zeile %2, Spalte %3 kein gültiges YAML: %4.</translation>
    </message>
    <message>
        <source>Compose file %1 is not a compose file: its top level must be a mapping with a &quot;services&quot; key.</source>
        <translation>Die Datei %1 ist keine Compose-Datei: Die oberste Ebene muss ein Mapping mit dem Schlüssel „services“ sein.</translation>
    </message>
    <message>
        <source>Compose file %1, line %2: &quot;services&quot; must be a mapping of service names to definitions.</source>
        <translation>Compose-Datei %1, Zeile %2: „services“ muss ein Mapping von Dienstnamen auf Definitionen sein.</translation>
    </message>
    <message>
        <source>Compose file %1, line %2: nested too deeply; a YAML alias probably refers to itself.</source>
        <translation>Compose-Datei %1, Zeile %2: zu tief verschachtelt; ein YAML-Alias verweist wahrscheinlich auf sich selbst.</translation>
    </message>
    <message>
        <source>Compose file %1 expands into more than %2 YAML nodes through its aliases (line %3): no compose file is that large. Write the repeated parts out, or use fewer nested aliases.</source>
        <translation>Die Compose-Datei %1 wächst über ihre Aliase auf mehr als %2 YAML-Knoten an (Zeile %3): So groß ist keine Compose-Datei. Schreiben Sie die wiederholten Teile aus oder verwenden Sie weniger verschachtelte Aliase.</translation>
    </message>
    <message>
        <source>Compose file %1 is not on this machine. Put it there, or edit the environment to name where it is.</source>
        <translation>Die Compose-Datei %1 ist nicht auf diesem Rechner. Legen Sie sie hier ab oder bearbeiten Sie die Umgebung, damit sie nennt, wo die Datei liegt.</translation>
    </message>
</context>
<context>
    <name>ComposeProgram</name>
    <message>
        <source>Neither `docker compose` nor `docker-compose` runs on %1: install the Docker Compose plugin (docker-compose-plugin) or docker-compose there.</source>
        <translation>Weder `docker compose` noch `docker-compose` läuft auf %1: installieren Sie dort das Docker-Compose-Plugin (docker-compose-plugin) oder docker-compose.</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>diesem Rechner</translation>
    </message>
</context>
<context>
    <name>ComposeProject</name>
    <message>
        <source>Compose file %1, line %2: %3</source>
        <translation>Compose-Datei %1, Zeile %2: %3</translation>
    </message>
</context>
<context>
    <name>ControlDirectory</name>
    <message>
        <source>Cannot read the SSH control folder %1: %2.</source>
        <translation>Der SSH-Steuerordner %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The SSH control folder %1 is not a folder (a link or a file is there). Remove it; the console makes its own.</source>
        <translation>Der SSH-Steuerordner %1 ist kein Ordner (dort liegt ein Link oder eine Datei). Entfernen Sie ihn; die Konsole legt einen eigenen an.</translation>
    </message>
    <message>
        <source>The SSH control folder %1 belongs to another user (uid %2): its owner could use your SSH connections. Remove it, or set XDG_RUNTIME_DIR to a folder of your own.</source>
        <translation>Der SSH-Steuerordner %1 gehört einem anderen Benutzer (UID %2): Dieser könnte Ihre SSH-Verbindungen benutzen. Entfernen Sie ihn oder setzen Sie XDG_RUNTIME_DIR auf einen eigenen Ordner.</translation>
    </message>
    <message>
        <source>The SSH control folder %1 is open to other users (mode %2): they could use your SSH connections. Run chmod 700 on it, or remove it.</source>
        <translation>Der SSH-Steuerordner %1 ist für andere Benutzer offen (Modus %2): Sie könnten Ihre SSH-Verbindungen benutzen. Führen Sie chmod 700 darauf aus oder entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>Cannot make the SSH control folder %1: %2.</source>
        <translation>Der SSH-Steuerordner %1 kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Cannot make an SSH control folder in %1: %2.</source>
        <translation>In %1 kann kein SSH-Steuerordner angelegt werden: %2.</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>its compose files (no env file)</source>
        <translation>ihren Compose-Dateien (keine Env-Datei)</translation>
    </message>
    <message>
        <source>the env file %1 or the compose files</source>
        <translation>der Env-Datei %1 oder den Compose-Dateien</translation>
    </message>
    <message>
        <source>the keychain has no &quot;%1&quot;</source>
        <translation>der Schlüsselbund enthält kein „%1“</translation>
    </message>
    <message>
        <source>the keychain could not be read: %1</source>
        <translation>der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No password %1 for %2: it is not in %3, and %4. Add it to the env file, or store it with `blihopsctl smoke secret %2 %1`.</source>
        <translation>Kein Passwort %1 für %2: Es steht nicht in %3, und %4. Tragen Sie es in die Env-Datei ein oder speichern Sie es mit `blihopsctl smoke secret %2 %1`.</translation>
    </message>
    <message>
        <source>The keychain did not take the password %1 of %2: %3. Put it in the environment&apos;s env file instead.</source>
        <translation>Der Schlüsselbund hat das Passwort %1 von %2 nicht angenommen: %3. Tragen Sie es stattdessen in die Env-Datei der Umgebung ein.</translation>
    </message>
    <message>
        <source>The keychain did not remove the password %1 of %2: %3.</source>
        <translation>Der Schlüsselbund hat das Passwort %1 von %2 nicht entfernt: %3.</translation>
    </message>
</context>
<context>
    <name>CronExpression</name>
    <message>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>day of month</source>
        <translation>Tag des Monats</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>day of week</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>Cron schedule &quot;%1&quot;: unknown nickname; cron knows @yearly, @annually, @monthly, @weekly, @daily, @midnight and @hourly (@reboot has no schedule to compute).</source>
        <translation>Cron-Zeitplan „%1“: unbekannter Kurzname; cron kennt @yearly, @annually, @monthly, @weekly, @daily, @midnight und @hourly (@reboot hat keinen berechenbaren Zeitplan).</translation>
    </message>
    <message>
        <source>Cron schedule &quot;%1&quot; has %2 fields; it needs five: minute, hour, day of month, month, day of week (e.g. &quot;0 2 * * *&quot;), or a nickname such as @daily.</source>
        <translation>Der Cron-Zeitplan „%1“ hat %2 Felder; er braucht fünf: Minute, Stunde, Tag des Monats, Monat, Wochentag (z. B. „0 2 * * *“), oder einen Kurznamen wie @daily.</translation>
    </message>
    <message>
        <source>values %1–%2</source>
        <translation>Werte %1–%2</translation>
    </message>
    <message>
        <source> or names %1–%2</source>
        <translation> oder Namen %1–%2</translation>
    </message>
    <message>
        <source>Cron schedule &quot;%1&quot;, field %2 (%3) &quot;%4&quot;: %5. It allows %6, ranges a-b, steps */n or a-b/n, and lists a,b,c.</source>
        <translation>Cron-Zeitplan „%1“, Feld %2 (%3) „%4“: %5. Erlaubt sind %6, Bereiche a-b, Schritte */n oder a-b/n und Listen a,b,c.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>an empty list item</source>
        <translation>ein leerer Listeneintrag</translation>
    </message>
    <message>
        <source>the range %1 runs backwards</source>
        <translation>der Bereich %1 läuft rückwärts</translation>
    </message>
    <message>
        <source>a step needs a range before it (write %1-%2/%3)</source>
        <translation>ein Schritt braucht einen Bereich davor (schreiben Sie %1-%2/%3)</translation>
    </message>
    <message>
        <source>the step must be a whole number of at least 1</source>
        <translation>der Schritt muss eine ganze Zahl von mindestens 1 sein</translation>
    </message>
</context>
<context>
    <name>CrontabBlock</name>
    <message>
        <source>The crontab holds the block &quot;%1&quot; twice: remove one by hand (crontab -e) and try again.</source>
        <translation>Die Crontab enthält den Block „%1“ zweimal: Entfernen Sie einen von Hand (crontab -e) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The crontab opens the block &quot;%1&quot; but never closes it with &quot;%2&quot;: fix it by hand (crontab -e); nothing was changed.</source>
        <translation>Die Crontab öffnet den Block „%1“, schließt ihn aber nie mit „%2“: Korrigieren Sie ihn von Hand (crontab -e); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; holds a line break, which a crontab line cannot.</source>
        <translation>%1 „%2“ enthält einen Zeilenumbruch, den eine Crontab-Zeile nicht enthalten kann.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Der Name</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a crontab block: it must be non-empty and have no slash.</source>
        <translation>„%1“ kann keinen Crontab-Block benennen: Er darf nicht leer sein und keinen Schrägstrich enthalten.</translation>
    </message>
    <message>
        <source>The command word</source>
        <translation>Das Befehlswort</translation>
    </message>
</context>
<context>
    <name>DashboardExport</name>
    <message>
        <source>contradicted</source>
        <translation>widersprüchlich</translation>
    </message>
    <message>
        <source>Stream completion</source>
        <translation>Fortschritt der Streams</translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s), printed %1.</source>
        <translation>
            <numerusform>%n Stream, gedruckt %1.</numerusform>
            <numerusform>%n Streams, gedruckt %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>Angegeben</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <source>Stream %1: %2</source>
        <translation>Stream %1: %2</translation>
    </message>
    <message>
        <source>Stated: %1. Computed from the checkboxes: %2 of %3 items (%4). Source: %5.</source>
        <translation>Angegeben: %1. Aus den Kästchen berechnet: %2 von %3 Punkten (%4). Quelle: %5.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Contradictions</source>
        <translation>Widersprüche</translation>
    </message>
    <message>
        <source>None: what the document states matches its checkboxes.</source>
        <translation>Keine: Was das Dokument angibt, passt zu seinen Kästchen.</translation>
    </message>
    <message>
        <source>None stated.</source>
        <translation>Keine angegeben.</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Blockaden</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>Completion over imports</source>
        <translation>Fortschritt über die Importe</translation>
    </message>
    <message>
        <source>No stream document was imported yet.</source>
        <translation>Es wurde noch kein Stream-Dokument importiert.</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
</context>
<context>
    <name>DumpObjects</name>
    <message>
        <source>The restored database&apos;s object counts lack &quot;%1&quot;: %2</source>
        <translation>Den Objektzahlen der wiederhergestellten Datenbank fehlt „%1“: %2</translation>
    </message>
</context>
<context>
    <name>EngineAddress</name>
    <message>
        <source>Engine address &quot;%1&quot; is not valid: %2. Use unix:///var/run/docker.sock, ssh://user@host[:port] or tcp://host:2376.</source>
        <translation>Die Engine-Adresse „%1“ ist ungültig: %2. Verwenden Sie unix:///var/run/docker.sock, ssh://user@host[:port] oder tcp://host:2376.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>it is not a URL</source>
        <translation>sie ist keine URL</translation>
    </message>
    <message>
        <source>it must not have a query or fragment</source>
        <translation>sie darf weder Query noch Fragment enthalten</translation>
    </message>
    <message>
        <source>a unix address needs an absolute socket path</source>
        <translation>eine unix-Adresse braucht einen absoluten Socket-Pfad</translation>
    </message>
    <message>
        <source>the host is missing</source>
        <translation>der Host fehlt</translation>
    </message>
    <message>
        <source>it must not contain a password; use ssh keys</source>
        <translation>sie darf kein Passwort enthalten; verwenden Sie SSH-Schlüssel</translation>
    </message>
    <message>
        <source>a tcp address needs a port, such as 2376</source>
        <translation>eine tcp-Adresse braucht einen Port, etwa 2376</translation>
    </message>
    <message>
        <source>a tcp address has no user</source>
        <translation>eine tcp-Adresse darf keinen Benutzer enthalten</translation>
    </message>
    <message>
        <source>unknown scheme &quot;%1&quot;</source>
        <translation>unbekanntes Schema „%1“</translation>
    </message>
    <message>
        <source>a tcp address must not have a path</source>
        <translation>eine tcp-Adresse darf keinen Pfad enthalten</translation>
    </message>
    <message>
        <source>the host must not start with &quot;-&quot; or contain spaces or control characters</source>
        <translation>der Host darf nicht mit „-“ beginnen und keine Leer- oder Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>the user must not start with &quot;-&quot; or contain spaces or control characters</source>
        <translation>der Benutzer darf nicht mit „-“ beginnen und keine Leer- oder Steuerzeichen enthalten</translation>
    </message>
</context>
<context>
    <name>EnvFile</name>
    <message>
        <source>Env file %1 cannot be read: %2. Check the path and its permissions.</source>
        <translation>Die Env-Datei %1 kann nicht gelesen werden: %2. Prüfen Sie den Pfad und die Berechtigungen.</translation>
    </message>
    <message>
        <source>Env file %1, line %2: &quot;%3&quot; is not NAME=VALUE; put a # before a comment.</source>
        <translation>Env-Datei %1, Zeile %2: „%3“ hat nicht die Form NAME=WERT; setzen Sie ein # vor einen Kommentar.</translation>
    </message>
    <message>
        <source>Env file %1, line %2: the quote opened here is never closed.</source>
        <translation>Env-Datei %1, Zeile %2: Das hier geöffnete Anführungszeichen wird nie geschlossen.</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>Expected port &quot;%1&quot; is not SERVICE:PORT with a port from 1 to 65535 (for example postgres:5432).</source>
        <translation>Der erwartete Port „%1“ hat nicht die Form DIENST:PORT mit einem Port von 1 bis 65535 (zum Beispiel postgres:5432).</translation>
    </message>
</context>
<context>
    <name>EnvironmentConflicts</name>
    <message>
        <source>Host port %1 is published by %2 and by %3: the stack started second fails to start.</source>
        <translation>Der Host-Port %1 wird von %2 und von %3 veröffentlicht: Der zweite gestartete Stack startet nicht.</translation>
    </message>
    <message>
        <source>Publish another host port in one of the environments, and update its expected ports.</source>
        <translation>Veröffentlichen Sie in einer der Umgebungen einen anderen Host-Port und passen Sie deren erwartete Ports an.</translation>
    </message>
    <message>
        <source>%1 and %2 both use the project name &quot;%3&quot;: starting one replaces the other&apos;s containers.</source>
        <translation>%1 und %2 verwenden beide den Projektnamen „%3“: Das Starten der einen ersetzt die Container der anderen.</translation>
    </message>
    <message>
        <source>Give each environment a project name of its own.</source>
        <translation>Geben Sie jeder Umgebung einen eigenen Projektnamen.</translation>
    </message>
    <message>
        <source>Container name &quot;%1&quot; is set by %2 and by %3: the stack started second cannot create its container.</source>
        <translation>Der Containername „%1“ wird von %2 und von %3 gesetzt: Der zweite gestartete Stack kann seinen Container nicht anlegen.</translation>
    </message>
    <message>
        <source>Change container_name in one of them, or remove it so that compose names the container after the project.</source>
        <translation>Ändern Sie container_name in einer der beiden, oder entfernen Sie es, damit Compose den Container nach dem Projekt benennt.</translation>
    </message>
    <message>
        <source>Volume &quot;%1&quot; is mounted by %2 and by %3: both stacks would write the same data.</source>
        <translation>Das Volume „%1“ wird von %2 und von %3 eingebunden: Beide Stacks würden dieselben Daten schreiben.</translation>
    </message>
    <message>
        <source>Give the volume a name of its own in each environment (volumes: KEY: name: …).</source>
        <translation>Geben Sie dem Volume in jeder Umgebung einen eigenen Namen (volumes: SCHLÜSSEL: name: …).</translation>
    </message>
    <message>
        <source>Database &quot;%1&quot; on PostgreSQL port %2 belongs to %3 and to %4: both stacks would write the same data.</source>
        <translation>Die Datenbank „%1“ auf PostgreSQL-Port %2 gehört zu %3 und zu %4: Beide Stacks würden dieselben Daten schreiben.</translation>
    </message>
    <message>
        <source>Give each environment a database, or a PostgreSQL server, of its own.</source>
        <translation>Geben Sie jeder Umgebung eine eigene Datenbank oder einen eigenen PostgreSQL-Server.</translation>
    </message>
</context>
<context>
    <name>EnvironmentDialog</name>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. staging-eu</source>
        <translation>z. B. staging-eu</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Engine:</translation>
    </message>
    <message>
        <source>unix:///var/run/docker.sock, ssh://deploy@host or tcp://host:2376</source>
        <translation>unix:///var/run/docker.sock, ssh://deploy@host oder tcp://host:2376</translation>
    </message>
    <message>
        <source>&amp;Compose files:</source>
        <translation>&amp;Compose-Dateien:</translation>
    </message>
    <message>
        <source>Compose files in the order docker compose -f takes them: later files override earlier ones.</source>
        <translation>Compose-Dateien in der Reihenfolge, in der docker compose -f sie übernimmt: Spätere Dateien überschreiben frühere.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Project name:</source>
        <translation>&amp;Projektname:</translation>
    </message>
    <message>
        <source>The compose project name (docker compose -p): lowercase letters, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Der Name des Compose-Projekts (docker compose -p): Kleinbuchstaben, Ziffern, &apos;_&apos; und &apos;-&apos;.</translation>
    </message>
    <message>
        <source>En&amp;v file:</source>
        <translation>En&amp;v-Datei:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Expected &amp;ports:</source>
        <translation>Erwartete Por&amp;ts:</translation>
    </message>
    <message>
        <source>postgres:5432, redis:6379</source>
        <translation>postgres:5432, redis:6379</translation>
    </message>
    <message>
        <source>&amp;Databases:</source>
        <translation>Daten&amp;banken:</translation>
    </message>
    <message>
        <source>blihops_db</source>
        <translation>blihops_db</translation>
    </message>
    <message>
        <source>Folder on the &amp;host:</source>
        <translation>Ordner auf dem &amp;Host:</translation>
    </message>
    <message>
        <source>ssh:// engines: where compose runs on the host, with copies of the compose and env files, so that relative paths mean the host&apos;s.</source>
        <translation>ssh://-Engines: wo compose auf dem Host läuft, mit Kopien der Compose- und Env-Dateien, sodass relative Pfade die des Hosts sind.</translation>
    </message>
    <message>
        <source>&amp;Health gate:</source>
        <translation>&amp;Gesundheitsprüfung:</translation>
    </message>
    <message>
        <source>How long Up and Restart wait for every service to be healthy, or running where it has no health check.</source>
        <translation>Wie lange Up und Restart warten, bis jeder Dienst gesund ist, oder läuft, wo er keine Gesundheitsprüfung hat.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>EnvironmentFacts</name>
    <message>
        <source>Last smoke test</source>
        <translation>Letzter Smoke-Test</translation>
    </message>
    <message>
        <source>passed, %1 of %2 checks, %3</source>
        <translation>bestanden, %1 von %2 Prüfungen, %3</translation>
    </message>
    <message>
        <source>failed, %1 of %2 checks passed, %3</source>
        <translation>fehlgeschlagen, %1 von %2 Prüfungen bestanden, %3</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stale</source>
        <translation>%1 veraltet</translation>
    </message>
    <message>
        <source>%1 failing</source>
        <translation>%1 schlägt fehl</translation>
    </message>
    <message>
        <source>%1 short of space</source>
        <translation>%1 hat zu wenig Platz</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s), not checked yet</source>
        <translation>
            <numerusform>%n Auftrag, noch nicht geprüft</numerusform>
            <numerusform>%n Aufträge, noch nicht geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>checked %1 by %2</source>
        <translation>geprüft %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s): %1; %2</source>
        <translation>
            <numerusform>%n Warnung: %1; %2</numerusform>
            <numerusform>%n Warnungen: %1; %2</numerusform>
        </translation>
    </message>
    <message>
        <source>last run %1, ok</source>
        <translation>letzter Lauf %1, ok</translation>
    </message>
    <message>
        <source>last run %1, failed</source>
        <translation>letzter Lauf %1, fehlgeschlagen</translation>
    </message>
    <message>
        <source>no run yet</source>
        <translation>noch kein Lauf</translation>
    </message>
    <message numerus="yes">
        <source>healthy, %n job(s), %1; %2</source>
        <translation>
            <numerusform>gesund, %n Auftrag, %1; %2</numerusform>
            <numerusform>gesund, %n Aufträge, %1; %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Last verified restore</source>
        <translation>Letzte geprüfte Wiederherstellung</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 (backup %2)</source>
        <translation>%1 (Sicherung %2)</translation>
    </message>
    <message>
        <source>%1 failed its verification</source>
        <translation>%1 hat seine Prüfung nicht bestanden</translation>
    </message>
    <message>
        <source>%1 (backup %2, on the host)</source>
        <translation>%1 (Backup %2, auf dem Host)</translation>
    </message>
</context>
<context>
    <name>EnvironmentRepository</name>
    <message>
        <source>No environment is named &quot;%1&quot;: `blihopsctl env list` shows the names.</source>
        <translation>Es gibt keine Umgebung namens „%1“: `blihopsctl env list` zeigt die Namen an.</translation>
    </message>
    <message>
        <source>An environment named &quot;%1&quot; exists already: choose another name.</source>
        <translation>Eine Umgebung namens „%1“ existiert bereits: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Environment &quot;%1&quot; no longer exists: somebody removed it. Reload and add it again.</source>
        <translation>Die Umgebung „%1“ existiert nicht mehr: Jemand hat sie entfernt. Laden Sie neu und fügen Sie sie erneut hinzu.</translation>
    </message>
</context>
<context>
    <name>EnvironmentRollup</name>
    <message>
        <source>connecting…</source>
        <translation>wird verbunden…</translation>
    </message>
    <message>
        <source>no container is running</source>
        <translation>kein Container läuft</translation>
    </message>
    <message>
        <source>every service runs and is healthy</source>
        <translation>alle Dienste laufen und sind gesund</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
</context>
<context>
    <name>EnvironmentValidator</name>
    <message>
        <source>The name &quot;%1&quot; is not valid: use up to 63 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Der Name „%1“ ist ungültig: Verwenden Sie bis zu 63 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>Add at least one compose file.</source>
        <translation>Fügen Sie mindestens eine Compose-Datei hinzu.</translation>
    </message>
    <message>
        <source>Compose file %1 must be an absolute path.</source>
        <translation>Die Compose-Datei %1 muss als absoluter Pfad angegeben werden.</translation>
    </message>
    <message>
        <source>The project name &quot;%1&quot; is not valid for docker compose: use lowercase letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Der Projektname „%1“ ist für docker compose ungültig: Verwenden Sie Kleinbuchstaben, Ziffern, &apos;_&apos; oder &apos;-&apos;, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>Env file %1 cannot be read: check the path and its permissions.</source>
        <translation>Die Env-Datei %1 kann nicht gelesen werden: Prüfen Sie den Pfad und die Berechtigungen.</translation>
    </message>
    <message>
        <source>Expected port %1:%2 is not valid: use SERVICE:PORT with a port from 1 to 65535.</source>
        <translation>Der erwartete Port %1:%2 ist ungültig: Verwenden Sie DIENST:PORT mit einem Port von 1 bis 65535.</translation>
    </message>
    <message>
        <source>The database name &quot;%1&quot; is not valid: use letters, digits and &apos;_&apos;, starting with a letter or &apos;_&apos;.</source>
        <translation>Der Datenbankname „%1“ ist ungültig: Verwenden Sie Buchstaben, Ziffern und &apos;_&apos;, beginnend mit einem Buchstaben oder &apos;_&apos;.</translation>
    </message>
    <message>
        <source>The project folder on the host &quot;%1&quot; is not valid: give a path such as ~/blihops/%2 or /srv/blihops, without line breaks.</source>
        <translation>Der Projektordner auf dem Host „%1“ ist ungültig: geben Sie einen Pfad wie ~/blihops/%2 oder /srv/blihops an, ohne Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>The health gate timeout %1 s is not valid: give 1 to 86400 seconds.</source>
        <translation>Die Wartezeit der Gesundheitsprüfung von %1 s ist ungültig: geben Sie 1 bis 86400 Sekunden an.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Evidence &quot;%1&quot; is not KIND:REF with a kind of %2, e.g. smoke:12 or url:https://ci.example.org/build/7.</source>
        <translation>Der Nachweis „%1“ ist nicht ART:VERWEIS mit einer Art aus %2, z. B. smoke:12 oder url:https://ci.example.org/build/7.</translation>
    </message>
</context>
<context>
    <name>EvidenceValidators</name>
    <message>
        <source>There is no smoke run %1: `blihopsctl smoke history %2` lists the runs and their ids.</source>
        <translation>Es gibt keinen Smoke-Test-Lauf %1: `blihopsctl smoke history %2` listet die Läufe und ihre Nummern.</translation>
    </message>
    <message>
        <source>Smoke run %1 tested %2, not %3, the environment of this checklist.</source>
        <translation>Smoke-Test-Lauf %1 hat %2 geprüft, nicht %3, die Umgebung dieser Checkliste.</translation>
    </message>
    <message>
        <source>Evidence file %1 does not exist or cannot be read.</source>
        <translation>Die Nachweisdatei %1 gibt es nicht, oder sie kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Evidence URL &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>Die Nachweis-URL „%1“ ist keine http://- oder https://-Adresse.</translation>
    </message>
    <message>
        <source>Evidence of kind %1 is recorded by the console itself (an imported tick or an item&apos;s Run); attach one of %2.</source>
        <translation>Nachweise der Art %1 hält die Konsole selbst fest (ein importiertes Häkchen oder das Ausführen eines Punkts); hängen Sie einen aus %2 an.</translation>
    </message>
    <message>
        <source>This BlihOps Console cannot check %1 references yet; attach the %1 as a file: or url: instead.</source>
        <translation>Diese BlihOps Console kann Verweise der Art %1 noch nicht prüfen; hängen Sie %1 stattdessen als file: oder url: an.</translation>
    </message>
    <message>
        <source>There is no backup %1 of %2: `blihopsctl backup list %2` lists the backups and their ids.</source>
        <translation>Es gibt keine Sicherung %1 von %2: `blihopsctl backup list %2` listet die Sicherungen und ihre IDs.</translation>
    </message>
    <message>
        <source>Restore verification %1 checked a backup of %2, not of %3, the environment of this checklist.</source>
        <translation>Die Wiederherstellungsprüfung %1 galt einer Sicherung von %2, nicht von %3, der Umgebung dieser Checkliste.</translation>
    </message>
    <message>
        <source>There is no restore verification %1: `blihopsctl verification list` shows them with their ids.</source>
        <translation>Es gibt keine Wiederherstellungsprüfung %1: `blihopsctl verification list` zeigt sie mit ihren IDs.</translation>
    </message>
</context>
<context>
    <name>HostKeyPrompt</name>
    <message>
        <source>Host Key Changed</source>
        <translation>Host-Schlüssel geändert</translation>
    </message>
    <message>
        <source>Trust %1?</source>
        <translation>%1 vertrauen?</translation>
    </message>
    <message>
        <source>This is the first connection to %1 (environment %2). It offers the host key

%3

Trust it only if the host&apos;s administrator gives you the same fingerprint.</source>
        <translation>Dies ist die erste Verbindung zu %1 (Umgebung %2). Angeboten wird der Host-Schlüssel

%3

Vertrauen Sie ihm nur, wenn Ihnen der Administrator des Hosts denselben Fingerabdruck nennt.</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>Not Trusted</source>
        <translation>Nicht vertraut</translation>
    </message>
</context>
<context>
    <name>HostKeyStore</name>
    <message>
        <source>Cannot read the host key of %1: %2. Check the host name and port, and that sshd runs there.</source>
        <translation>Der Host-Schlüssel von %1 kann nicht gelesen werden: %2. Prüfen Sie Hostnamen und Port und ob dort sshd läuft.</translation>
    </message>
    <message>
        <source>Cannot read the host key of %1: %2.</source>
        <translation>Der Host-Schlüssel von %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 offers the host key %2, not %3: nothing was trusted. Check the fingerprint with the host&apos;s administrator.</source>
        <translation>%1 bietet den Host-Schlüssel %2 an, nicht %3: Es wurde nichts als vertrauenswürdig übernommen. Gleichen Sie den Fingerabdruck mit dem Administrator des Hosts ab.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check its permissions.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <source>Cannot update %1: %2.</source>
        <translation>%1 kann nicht aktualisiert werden: %2.</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder: %1.</source>
        <translation>Es kann kein temporärer Ordner angelegt werden: %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check the free space.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Prüfen Sie den freien Speicherplatz.</translation>
    </message>
</context>
<context>
    <name>HostVerification</name>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>„%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be database or storage</source>
        <translation>„kind“ muss database oder storage sein</translation>
    </message>
    <message>
        <source>&quot;started&quot; must be an ISO 8601 time</source>
        <translation>„started“ muss eine ISO-8601-Zeit sein</translation>
    </message>
    <message>
        <source>&quot;result&quot; must be ok or failed</source>
        <translation>„result“ muss ok oder failed sein</translation>
    </message>
</context>
<context>
    <name>HttpProbe</name>
    <message>
        <source>GET %1 at %2</source>
        <translation>GET %1 unter %2</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 answered %2, expected %3; the body begins &quot;%4&quot;</source>
        <translation>%1 hat mit %2 geantwortet, erwartet war %3; die Antwort beginnt mit „%4“</translation>
    </message>
    <message>
        <source>%1 answered %2, but the body does not contain &quot;%3&quot;; it begins &quot;%4&quot;</source>
        <translation>%1 hat mit %2 geantwortet, aber die Antwort enthält „%3“ nicht; sie beginnt mit „%4“</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 hat mit %2 geantwortet</translation>
    </message>
    <message>
        <source>%1 answered %2; the body contains &quot;%3&quot;</source>
        <translation>%1 hat mit %2 geantwortet; die Antwort enthält „%3“</translation>
    </message>
    <message>
        <source>%1 failed: no complete answer within %2 ms</source>
        <translation>%1 fehlgeschlagen: keine vollständige Antwort innerhalb von %2 ms</translation>
    </message>
</context>
<context>
    <name>Interpolator</name>
    <message>
        <source>&quot;%1&quot; is not a valid substitution at character %2: write ${NAME} or $NAME, and $$ for a literal dollar sign.</source>
        <translation>„%1“ ist bei Zeichen %2 keine gültige Ersetzung: Schreiben Sie ${NAME} oder $NAME, und $$ für ein wörtliches Dollarzeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a ${ at character %2 without its closing brace.</source>
        <translation>„%1“ hat bei Zeichen %2 ein ${ ohne schließende Klammer.</translation>
    </message>
</context>
<context>
    <name>ItemState</name>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
</context>
<context>
    <name>LogFilter</name>
    <message>
        <source>%1 at character %2</source>
        <translation>%1 bei Zeichen %2</translation>
    </message>
</context>
<context>
    <name>LogSince</name>
    <message>
        <source>&quot;%1&quot; is not a time or a duration: give a duration such as 10m, 2h or 1d, an RFC 3339 time such as 2024-05-01T10:00:00Z, or Unix seconds.</source>
        <translation>„%1“ ist weder eine Zeit noch eine Dauer: Geben Sie eine Dauer wie 10m, 2h oder 1d an, eine RFC-3339-Zeit wie 2024-05-01T10:00:00Z oder Unix-Sekunden.</translation>
    </message>
</context>
<context>
    <name>MarkdownReader</name>
    <message>
        <source>The Markdown parser gave up: out of memory?</source>
        <translation>Der Markdown-Parser hat aufgegeben: kein Speicher mehr?</translation>
    </message>
    <message>
        <source>Markdown file %1 does not exist.</source>
        <translation>Die Markdown-Datei %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>Markdown file %1 cannot be read: %2.</source>
        <translation>Die Markdown-Datei %1 kann nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>NameConfirmation</name>
    <message>
        <source>Name Does Not Match</source>
        <translation>Name stimmt nicht überein</translation>
    </message>
    <message>
        <source>The name typed does not match &quot;%1&quot;; %2</source>
        <translation>Der eingegebene Name stimmt nicht mit „%1“ überein; %2</translation>
    </message>
</context>
<context>
    <name>OutputTab</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>Writing PDF needs the console&apos;s graphical libraries, which this program did not start.</source>
        <translation>PDF zu schreiben braucht die grafischen Bibliotheken der Konsole, die dieses Programm nicht gestartet hat.</translation>
    </message>
    <message>
        <source>Cannot write %1: check the folder exists and is writable.</source>
        <translation>%1 kann nicht geschrieben werden: Prüfen Sie, ob es den Ordner gibt und er beschreibbar ist.</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF came out empty.</source>
        <translation>%1 kann nicht geschrieben werden: Das PDF ist leer geblieben.</translation>
    </message>
</context>
<context>
    <name>PostgresContainer</name>
    <message>
        <source>list the containers of %1</source>
        <translation>die Container von %1 auflisten</translation>
    </message>
    <message>
        <source>No container of service %1 in compose project %2 runs on %3: start the stack, then verify again.</source>
        <translation>Auf %3 läuft kein Container des Dienstes %1 im Compose-Projekt %2: Starten Sie den Stack und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The compose files of %1 have no PostgreSQL service to restore into: choose another target.</source>
        <translation>Die Compose-Dateien von %1 haben keinen PostgreSQL-Dienst zum Wiederherstellen: Wählen Sie ein anderes Ziel.</translation>
    </message>
    <message>
        <source>Cannot %1 in the container of %2 on %3: %4.</source>
        <translation>Kann im Container von %2 auf %3 nicht %1: %4.</translation>
    </message>
</context>
<context>
    <name>PostgresProbe</name>
    <message>
        <source>PostgreSQL at %1, database %2 as %3</source>
        <translation>PostgreSQL unter %1, Datenbank %2 als %3</translation>
    </message>
    <message>
        <source>%1: the PostgreSQL driver of Qt (QPSQL) is not installed; install libqt6sql6-psql.</source>
        <translation>%1: Der PostgreSQL-Treiber von Qt (QPSQL) ist nicht installiert; installieren Sie libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>%1 refused the connection: %2</source>
        <translation>%1 hat die Verbindung abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 answered SELECT 1, but pg_database could not be read: %2</source>
        <translation>%1 hat SELECT 1 beantwortet, aber pg_database konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 answered SELECT 1, but these databases are missing: %2</source>
        <translation>%1 hat SELECT 1 beantwortet, aber diese Datenbanken fehlen: %2</translation>
    </message>
    <message>
        <source>%1 answered SELECT 1; databases present: %2</source>
        <translation>%1 hat SELECT 1 beantwortet; vorhandene Datenbanken: %2</translation>
    </message>
    <message>
        <source>%1 connected, but SELECT 1 did not return 1: %2</source>
        <translation>%1 ist verbunden, aber SELECT 1 lieferte nicht 1: %2</translation>
    </message>
</context>
<context>
    <name>ProcessResult</name>
    <message>
        <source>%1 exited with code %2</source>
        <translation>%1 wurde mit Code %2 beendet</translation>
    </message>
    <message>
        <source>%1 could not be started (is it installed?)</source>
        <translation>%1 konnte nicht gestartet werden (ist es installiert?)</translation>
    </message>
    <message>
        <source>%1 did not finish in time</source>
        <translation>%1 wurde nicht rechtzeitig fertig</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 ist abgestürzt</translation>
    </message>
    <message>
        <source>%1 was cancelled</source>
        <translation>%1 wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>ProjectSync</name>
    <message>
        <source>%1 cannot be read: %2. Check the path and its permissions.</source>
        <translation>%1 kann nicht gelesen werden: %2. Prüfen Sie den Pfad und seine Berechtigungen.</translation>
    </message>
    <message>
        <source>(no difference shown: %1)</source>
        <translation>(kein Unterschied angezeigt: %1)</translation>
    </message>
    <message>
        <source>%1 on the host</source>
        <translation>%1 auf dem Host</translation>
    </message>
    <message>
        <source>%1 here</source>
        <translation>%1 hier</translation>
    </message>
    <message>
        <source>Cannot %1 on %2: %3.</source>
        <translation>Auf %2 nicht möglich: %1 (%3).</translation>
    </message>
    <message>
        <source>Cannot read the files in %1 on %2: %3.</source>
        <translation>Die Dateien in %1 auf %2 können nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (geändert)</translation>
    </message>
    <message>
        <source>%1 (not on the host yet)</source>
        <translation>%1 (noch nicht auf dem Host)</translation>
    </message>
    <message>
        <source>make the folder %1</source>
        <translation>den Ordner %1 anlegen</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>%1 schreiben</translation>
    </message>
</context>
<context>
    <name>ProjectVolumes</name>
    <message>
        <source>The Docker Engine of %1 did not list its volumes: %2.</source>
        <translation>Die Docker Engine von %1 hat ihre Volumes nicht aufgelistet: %2.</translation>
    </message>
</context>
<context>
    <name>ReadinessReview</name>
    <message>
        <source>Fix the file at the line named, or edit the environment to name files this machine can read.</source>
        <translation>Korrigieren Sie die Datei in der genannten Zeile oder bearbeiten Sie die Umgebung, damit sie Dateien nennt, die dieser Rechner lesen kann.</translation>
    </message>
</context>
<context>
    <name>ReadinessRule</name>
    <message>
        <source>Add a healthcheck whose test proves the service answers (for example a request to its health endpoint), with interval, timeout and retries.</source>
        <translation>Fügen Sie einen healthcheck hinzu, dessen Test beweist, dass der Dienst antwortet (etwa eine Anfrage an seinen Health-Endpunkt), mit interval, timeout und retries.</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; has no health check, so nothing can tell when it is ready or has hung.</source>
        <translation>Der Dienst „%1“ hat keinen Health-Check; daher kann nichts erkennen, wann er bereit ist oder hängt.</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; turns its health check off, so nothing can tell when it is ready or has hung.</source>
        <translation>Der Dienst „%1“ schaltet seinen Health-Check ab; daher kann nichts erkennen, wann er bereit ist oder hängt.</translation>
    </message>
    <message>
        <source>Add restart: unless-stopped (or on-failure for a job that should end).</source>
        <translation>Fügen Sie restart: unless-stopped hinzu (oder on-failure für einen Job, der enden soll).</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; has no restart policy, so it stays down after a crash or a reboot of the host.</source>
        <translation>Der Dienst „%1“ hat keine Neustartrichtlinie; nach einem Absturz oder Neustart des Hosts bleibt er aus.</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; is never restarted (restart: %2), so it stays down after a crash or a reboot of the host.</source>
        <translation>Der Dienst „%1“ wird nie neu gestartet (restart: %2); nach einem Absturz oder Neustart des Hosts bleibt er aus.</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; has neither a memory nor a CPU limit, so one runaway container can starve the whole host.</source>
        <translation>Der Dienst „%1“ hat weder ein Speicher- noch ein CPU-Limit; ein außer Kontrolle geratener Container kann den ganzen Host lahmlegen.</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; has no memory limit, so a leak can make the kernel kill processes anywhere on the host.</source>
        <translation>Der Dienst „%1“ hat kein Speicherlimit; ein Speicherleck kann den Kernel dazu bringen, beliebige Prozesse auf dem Host zu beenden.</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; has no CPU limit, so a busy loop can slow every other service on the host.</source>
        <translation>Der Dienst „%1“ hat kein CPU-Limit; eine Endlosschleife kann alle anderen Dienste auf dem Host verlangsamen.</translation>
    </message>
    <message>
        <source>Set deploy.resources.limits.memory and .cpus from the service&apos;s measured peak (for example memory: 512M, cpus: &quot;0.5&quot;).</source>
        <translation>Setzen Sie deploy.resources.limits.memory und .cpus nach der gemessenen Spitzenlast des Dienstes (etwa memory: 512M, cpus: &quot;0.5&quot;).</translation>
    </message>
    <message>
        <source>Write ${NAME} instead and put the value in the env file (chmod 600, not committed), or use a compose secret.</source>
        <translation>Schreiben Sie stattdessen ${NAME} und legen Sie den Wert in die Env-Datei (chmod 600, nicht eingecheckt), oder verwenden Sie ein Compose-Secret.</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; sets %2 to a value written in the compose file, so the secret is in every copy of the file and in version control.</source>
        <translation>Der Dienst „%1“ setzt %2 auf einen Wert, der in der Compose-Datei steht; das Geheimnis steht damit in jeder Kopie der Datei und in der Versionsverwaltung.</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; sets %2 to a URL with its password written out, so the secret is in every copy of the file and in version control.</source>
        <translation>Der Dienst „%1“ setzt %2 auf eine URL mit ausgeschriebenem Passwort; das Geheimnis steht damit in jeder Kopie der Datei und in der Versionsverwaltung.</translation>
    </message>
    <message>
        <source>Pin a release tag (for example postgres:16.4-bookworm) or a digest (@sha256:…).</source>
        <translation>Legen Sie ein Release-Tag (etwa postgres:16.4-bookworm) oder einen Digest (@sha256:…) fest.</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; uses image %2 without a tag, so each pull may bring a different release.</source>
        <translation>Der Dienst „%1“ verwendet das Image %2 ohne Tag; jeder Pull kann ein anderes Release bringen.</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; uses image %2 with the moving tag &quot;latest&quot;, so each pull may bring a different release.</source>
        <translation>Der Dienst „%1“ verwendet das Image %2 mit dem wandernden Tag „latest“; jeder Pull kann ein anderes Release bringen.</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; logs to json-file without max-size, so its log grows until the disk is full.</source>
        <translation>Der Dienst „%1“ protokolliert nach json-file ohne max-size; sein Protokoll wächst, bis die Platte voll ist.</translation>
    </message>
    <message>
        <source>Add logging options max-size: &quot;10m&quot; and max-file: &quot;3&quot;, or use the local driver, which rotates.</source>
        <translation>Fügen Sie die logging-Optionen max-size: &quot;10m&quot; und max-file: &quot;3&quot; hinzu, oder verwenden Sie den Treiber local, der rotiert.</translation>
    </message>
    <message>
        <source>${%1} is required but no env file sets it, so docker compose refuses to start.</source>
        <translation>${%1} ist erforderlich, aber keine Env-Datei setzt die Variable; docker compose startet daher nicht.</translation>
    </message>
    <message>
        <source>${%1} is required but %2 does not set it, so docker compose refuses to start.</source>
        <translation>${%1} ist erforderlich, aber %2 setzt die Variable nicht; docker compose startet daher nicht.</translation>
    </message>
    <message>
        <source>${%1} has no default and no env file sets it, so compose puts an empty string in its place.</source>
        <translation>${%1} hat keinen Standardwert und keine Env-Datei setzt die Variable; Compose setzt eine leere Zeichenkette ein.</translation>
    </message>
    <message>
        <source>${%1} has no default and %2 does not set it, so compose puts an empty string in its place.</source>
        <translation>${%1} hat keinen Standardwert und %2 setzt die Variable nicht; Compose setzt eine leere Zeichenkette ein.</translation>
    </message>
    <message>
        <source>Set %1 in the env file, or give it a default with ${%1:-value}.</source>
        <translation>Setzen Sie %1 in der Env-Datei, oder geben Sie mit ${%1:-wert} einen Standardwert an.</translation>
    </message>
    <message>
        <source>The env_file %1 of service &quot;%2&quot; does not exist, so docker compose refuses to start.</source>
        <translation>Die env_file %1 des Dienstes „%2“ existiert nicht; docker compose startet daher nicht.</translation>
    </message>
    <message>
        <source>Create the file, or mark it required: false.</source>
        <translation>Legen Sie die Datei an, oder kennzeichnen Sie sie mit required: false.</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; runs privileged: it has every capability and the host&apos;s devices, so a break-out owns the host.</source>
        <translation>Der Dienst „%1“ läuft privilegiert: Er hat alle Capabilities und die Geräte des Hosts; ein Ausbruch übernimmt den Host.</translation>
    </message>
    <message>
        <source>Remove privileged: true and add only the capabilities it needs with cap_add.</source>
        <translation>Entfernen Sie privileged: true und fügen Sie mit cap_add nur die benötigten Capabilities hinzu.</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; mounts the Docker socket %2: whoever controls the container controls the host.</source>
        <translation>Der Dienst „%1“ bindet den Docker-Socket %2 ein: Wer den Container kontrolliert, kontrolliert den Host.</translation>
    </message>
    <message>
        <source>Remove the mount, or put a socket proxy that allows only the calls it needs in between.</source>
        <translation>Entfernen Sie die Einbindung, oder schalten Sie einen Socket-Proxy dazwischen, der nur die benötigten Aufrufe erlaubt.</translation>
    </message>
</context>
<context>
    <name>RedisProbe</name>
    <message>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>a reply of type %1</source>
        <translation>eine Antwort vom Typ %1</translation>
    </message>
    <message>
        <source>Redis at %1</source>
        <translation>Redis unter %1</translation>
    </message>
    <message>
        <source>%1: out of memory</source>
        <translation>%1: nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 hat nicht geantwortet: %2</translation>
    </message>
    <message>
        <source>%1 refused AUTH: %2</source>
        <translation>%1 hat AUTH abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 did not answer PING: %2</source>
        <translation>%1 hat PING nicht beantwortet: %2</translation>
    </message>
    <message>
        <source>%1 answered PING with &quot;%2&quot; instead of PONG</source>
        <translation>%1 hat PING mit „%2“ statt PONG beantwortet</translation>
    </message>
    <message>
        <source>%1 answered PING, but INFO replication failed: %2</source>
        <translation>%1 hat PING beantwortet, aber INFO replication ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 answered PING, but INFO replication has no role</source>
        <translation>%1 hat PING beantwortet, aber INFO replication nennt keine Rolle</translation>
    </message>
    <message>
        <source>%1 answered PONG; role: %2</source>
        <translation>%1 hat mit PONG geantwortet; Rolle: %2</translation>
    </message>
</context>
<context>
    <name>RestoreVerification</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read on %2: %3.</source>
        <translation>%1 kann auf %2 nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <source>%1 is neither a PostgreSQL custom-format dump (pg_dump -Fc) nor a .tar.zst or .tar.gz archive: nothing to verify.</source>
        <translation>%1 ist weder ein PostgreSQL-Dump im Custom-Format (pg_dump -Fc) noch ein .tar.zst- oder .tar.gz-Archiv: nichts zu prüfen.</translation>
    </message>
    <message>
        <source>%1 is a %2 backup by its manifest, but its file is a %3: nothing was restored.</source>
        <translation>%1 ist laut Manifest eine Sicherung der Art %2, seine Datei aber %3: Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>The SHA-256 of %1 on %2 could not be computed: %3.</source>
        <translation>Die SHA-256 von %1 auf %2 konnte nicht berechnet werden: %3.</translation>
    </message>
    <message>
        <source>SHA-256 mismatch: the file of %1 has SHA-256 %2 and %3 bytes, its manifest gives %4 and %5 bytes. It is not the backup; nothing was restored.</source>
        <translation>SHA-256 stimmt nicht: Die Datei von %1 hat SHA-256 %2 und %3 Bytes, ihr Manifest nennt %4 und %5 Bytes. Sie ist nicht die Sicherung; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>SHA-256 %1 matches the manifest</source>
        <translation>SHA-256 %1 stimmt mit dem Manifest überein</translation>
    </message>
    <message>
        <source>SHA-256 %1 (no manifest to compare with)</source>
        <translation>SHA-256 %1 (kein Manifest zum Vergleich)</translation>
    </message>
    <message>
        <source>Copying the dump into the container of %1 on %2 failed: %3.</source>
        <translation>Das Kopieren des Dumps in den Container von %1 auf %2 ist fehlgeschlagen: %3.</translation>
    </message>
    <message>
        <source>pg_restore cannot read the dump&apos;s table of contents.</source>
        <translation>pg_restore kann das Inhaltsverzeichnis des Dumps nicht lesen.</translation>
    </message>
    <message>
        <source>pg_restore ended with %1: %2</source>
        <translation>pg_restore endete mit %1: %2</translation>
    </message>
    <message>
        <source>%1 restored with %2 jobs</source>
        <translation>%1 mit %2 Jobs wiederhergestellt</translation>
    </message>
    <message>
        <source>compute the table checksums</source>
        <translation>die Tabellenprüfsummen berechnen</translation>
    </message>
    <message>
        <source>count the restored objects</source>
        <translation>die wiederhergestellten Objekte zählen</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) differ: %1</source>
        <translation>
            <numerusform>%n Tabelle weicht ab: %1</numerusform>
            <numerusform>%n Tabellen weichen ab: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>objects restored/in the dump: %1</source>
        <translation>Objekte wiederhergestellt/im Dump: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) equal to the manifest</source>
        <translation>
            <numerusform>%n Tabelle gleich dem Manifest</numerusform>
            <numerusform>%n Tabellen gleich dem Manifest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) counted: no manifest, stored as the baseline</source>
        <translation>
            <numerusform>%n Tabelle gezählt: kein Manifest, als Ausgangswert gespeichert</numerusform>
            <numerusform>%n Tabellen gezählt: kein Manifest, als Ausgangswert gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 missing, %2 extra, %3 changed</source>
        <translation>%1 fehlen, %2 zusätzlich, %3 geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) equal to the manifest</source>
        <translation>
            <numerusform>%n Datei gleich dem Manifest</numerusform>
            <numerusform>%n Dateien gleich dem Manifest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read: no manifest to compare with</source>
        <translation>
            <numerusform>%n Datei gelesen: kein Manifest zum Vergleich</numerusform>
            <numerusform>%n Dateien gelesen: kein Manifest zum Vergleich</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 kept: drop it when done (blihopsctl verify --cleanup)</source>
        <translation>%1 behalten: Löschen Sie sie danach (blihopsctl verify --cleanup)</translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>streamed: nothing is written to disk</source>
        <translation>gestreamt: Es wird nichts auf die Platte geschrieben</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Prüfen Sie den Pfad.</translation>
    </message>
</context>
<context>
    <name>RetentionPlanner</name>
    <message>
        <source>%1 bytes on disk, the manifest says %2: not the backup it describes, kept</source>
        <translation>%1 Bytes auf der Platte, das Manifest nennt %2: nicht die Sicherung, die es beschreibt, aufbewahrt</translation>
    </message>
    <message numerus="yes">
        <source>a failed run from %1, older than %n day(s)</source>
        <translation>
            <numerusform>ein fehlgeschlagener Lauf vom %1, älter als %n Tag</numerusform>
            <numerusform>ein fehlgeschlagener Lauf vom %1, älter als %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a failed run from %1, kept for %n day(s)</source>
        <translation>
            <numerusform>ein fehlgeschlagener Lauf vom %1, aufbewahrt für %n Tag</numerusform>
            <numerusform>ein fehlgeschlagener Lauf vom %1, aufbewahrt für %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>one of the newest %n good backup(s) of %1, kept whatever its age</source>
        <translation>
            <numerusform>die neueste gute Sicherung (%n) von %1, aufbewahrt unabhängig vom Alter</numerusform>
            <numerusform>eine der %n neuesten guten Sicherungen von %1, aufbewahrt unabhängig vom Alter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %1, younger than %n day(s)</source>
        <translation>
            <numerusform>vom %1, jünger als %n Tag</numerusform>
            <numerusform>vom %1, jünger als %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %1, older than %n day(s), and %2 newer good backups of %3 are kept</source>
        <translation>
            <numerusform>vom %1, älter als %n Tag, und %2 neuere gute Sicherungen von %3 bleiben erhalten</numerusform>
            <numerusform>vom %1, älter als %n Tage, und %2 neuere gute Sicherungen von %3 bleiben erhalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleSilenceRepository</name>
    <message>
        <source>There is no readiness rule &quot;%1&quot;: use one of %2.</source>
        <translation>Es gibt keine Bereitschaftsregel „%1“: Verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>Silencing %1 for %2/%3 needs a reason, so that others know why it is safe.</source>
        <translation>Das Stummschalten von %1 für %2/%3 braucht eine Begründung, damit andere wissen, warum es unbedenklich ist.</translation>
    </message>
    <message>
        <source>%1 is silenced for %2/%3 already: unsilence it first to change the reason.</source>
        <translation>%1 ist für %2/%3 bereits stummgeschaltet: Heben Sie das zuerst auf, um die Begründung zu ändern.</translation>
    </message>
    <message>
        <source>%1 is not silenced for %2/%3: `blihopsctl lint --json` lists the silenced findings.</source>
        <translation>%1 ist für %2/%3 nicht stummgeschaltet: `blihopsctl lint --json` listet die stummgeschalteten Befunde.</translation>
    </message>
</context>
<context>
    <name>ScratchDatabase</name>
    <message>
        <source>A database %1 exists already on the server of %2: a verification never restores into an existing database.</source>
        <translation>Auf dem Server von %2 gibt es bereits eine Datenbank %1: Eine Prüfung stellt nie in eine bestehende Datenbank wieder her.</translation>
    </message>
    <message>
        <source>Cannot create the scratch database %1 on %2: %3.</source>
        <translation>Die Prüfdatenbank %1 kann auf %2 nicht angelegt werden: %3.</translation>
    </message>
    <message>
        <source>Dropping %1 failed: %2.</source>
        <translation>Das Löschen von %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>list the scratch databases</source>
        <translation>die Prüfdatenbanken auflisten</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language changes at once; the choice is kept for the next start.</source>
        <translation>Die Sprache wechselt sofort; die Auswahl bleibt für den nächsten Start erhalten.</translation>
    </message>
    <message>
        <source>&amp;Read-only: hide every action that changes something or runs on a host</source>
        <translation>&amp;Nur lesen: jede Aktion ausblenden, die etwas ändert oder auf einem Host läuft</translation>
    </message>
    <message>
        <source>For managers and reviewers: every view stays, nothing can be started, changed or removed.</source>
        <translation>Für Manager und Prüfer: Alle Ansichten bleiben, nichts kann gestartet, geändert oder entfernt werden.</translation>
    </message>
    <message>
        <source>Lines kept per &amp;logs viewer:</source>
        <translation>Zeilen je &amp;Log-Ansicht:</translation>
    </message>
    <message>
        <source> lines</source>
        <translation> Zeilen</translation>
    </message>
    <message>
        <source>A logs viewer opened from now on keeps this many lines and drops the oldest when it is full; its memory grows with the lines it keeps.</source>
        <translation>Eine ab jetzt geöffnete Log-Ansicht behält so viele Zeilen und verwirft die ältesten, wenn sie voll ist; ihr Speicherbedarf wächst mit den Zeilen, die sie behält.</translation>
    </message>
</context>
<context>
    <name>SmokeCheck</name>
    <message>
        <source>container %1</source>
        <translation>Container %1</translation>
    </message>
    <message>
        <source>containers of %1</source>
        <translation>Container von %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of smoke check: use one of %2.</source>
        <translation>„%1“ ist kein Smoke-Check-Typ: Verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Container health</source>
        <translation>Container-Health</translation>
    </message>
    <message>
        <source>Smoke check &quot;%1&quot;: &quot;%2&quot; must be %3.</source>
        <translation>Smoke-Check „%1“: „%2“ muss %3 sein.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a list of names</source>
        <translation>eine Liste von Namen</translation>
    </message>
    <message>
        <source>A smoke check has no name: give each check one.</source>
        <translation>Ein Smoke-Check hat keinen Namen: Geben Sie jedem Check einen Namen.</translation>
    </message>
    <message>
        <source>Smoke check &quot;%1&quot;: %2</source>
        <translation>Smoke-Check „%1“: %2</translation>
    </message>
    <message>
        <source>the timeout must be between 100 ms and 10 minutes.</source>
        <translation>Das Zeitlimit muss zwischen 100 ms und 10 Minuten liegen.</translation>
    </message>
    <message>
        <source>name the service whose containers must be healthy.</source>
        <translation>Nennen Sie den Dienst, dessen Container gesund sein müssen.</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>name the database and the user to connect as.</source>
        <translation>Nennen Sie die Datenbank und den Benutzer für die Verbindung.</translation>
    </message>
    <message>
        <source>the path must start with &quot;/&quot;.</source>
        <translation>Der Pfad muss mit „/“ beginnen.</translation>
    </message>
    <message>
        <source>the expected status must be an HTTP status (100-599).</source>
        <translation>Der erwartete Status muss ein HTTP-Status sein (100-599).</translation>
    </message>
    <message>
        <source>give a host, or a service to reach at its container&apos;s address.</source>
        <translation>geben Sie einen Host an oder einen Dienst, der über die Adresse seines Containers erreicht wird.</translation>
    </message>
    <message>
        <source>Smoke check &quot;%1&quot;: there is no field &quot;%2&quot;; the fields are %3.</source>
        <translation>Smoke-Check „%1“: Es gibt kein Feld „%2“; die Felder sind %3.</translation>
    </message>
</context>
<context>
    <name>SmokeRunner</name>
    <message>
        <source>No running container of %1 has a network address to reach port %2 at: start the service, or set the check&apos;s host.</source>
        <translation>Kein laufender Container von %1 hat eine Netzwerkadresse, unter der Port %2 erreichbar ist: Starten Sie den Dienst oder legen Sie den Host des Checks fest.</translation>
    </message>
    <message>
        <source>%1 on %2 (through an SSH tunnel)</source>
        <translation>%1 auf %2 (über einen SSH-Tunnel)</translation>
    </message>
    <message>
        <source>%1 has no container: the stack is not up.</source>
        <translation>%1 hat keinen Container: Der Stack läuft nicht.</translation>
    </message>
    <message>
        <source>Container %1 is %2, not running.</source>
        <translation>Der Container %1 ist %2 und läuft nicht.</translation>
    </message>
    <message>
        <source>Container %1 runs without a health check: recreate it from the compose file.</source>
        <translation>Der Container %1 läuft ohne Health-Check: Erstellen Sie ihn aus der Compose-Datei neu.</translation>
    </message>
    <message>
        <source>Container %1 is %2.</source>
        <translation>Der Container %1 ist %2.</translation>
    </message>
    <message>
        <source>Container %1 is %2; its last health check said: %3</source>
        <translation>Der Container %1 ist %2; sein letzter Health-Check meldete: %3</translation>
    </message>
    <message>
        <source>Healthy: %1</source>
        <translation>Gesund: %1</translation>
    </message>
    <message>
        <source>%1 has no Docker Engine address yet: set it before running its smoke suite.</source>
        <translation>%1 hat noch keine Engine-Adresse: Legen Sie eine fest, bevor Sie die Smoke-Suite ausführen.</translation>
    </message>
    <message>
        <source>The smoke suite of %1 has no check &quot;%2&quot;; it has: %3.</source>
        <translation>Die Smoke-Suite von %1 hat keinen Check „%2“; vorhanden sind: %3.</translation>
    </message>
    <message>
        <source>The smoke suite of %1 has no enabled checks: add or enable some with Edit Suite… or `blihopsctl smoke suite`.</source>
        <translation>Die Smoke-Suite von %1 hat keine aktivierten Checks: Fügen Sie welche hinzu oder aktivieren Sie welche über „Suite bearbeiten…“ oder `blihopsctl smoke suite`.</translation>
    </message>
    <message>
        <source>%1 is reached at its container&apos;s address, which only its host can reach, and the engine is tcp://: publish the port and set the check&apos;s host, or use an ssh:// engine.</source>
        <translation>%1 wird über die Adresse seines Containers erreicht, die nur sein Host erreichen kann, und die Engine ist tcp://: Veröffentlichen Sie den Port und tragen Sie den Host des Checks ein, oder verwenden Sie eine ssh://-Engine.</translation>
    </message>
</context>
<context>
    <name>SmokeSuite</name>
    <message>
        <source>Smoke check %1 is not an object: each check is a JSON object with &quot;name&quot; and &quot;kind&quot;.</source>
        <translation>Smoke-Check %1 ist kein Objekt: Jeder Check ist ein JSON-Objekt mit „name“ und „kind“.</translation>
    </message>
    <message>
        <source>Two smoke checks are named &quot;%1&quot;: give each a name of its own.</source>
        <translation>Zwei Smoke-Checks heißen „%1“: Geben Sie jedem einen eigenen Namen.</translation>
    </message>
</context>
<context>
    <name>SmokeSuiteRepository</name>
    <message>
        <source>The smoke suite stored for %1 is unreadable (%2): reset it with `blihopsctl smoke suite %1 --reset`.</source>
        <translation>Die für %1 gespeicherte Smoke-Suite ist nicht lesbar (%2): Setzen Sie sie mit `blihopsctl smoke suite %1 --reset` zurück.</translation>
    </message>
    <message>
        <source>The smoke suite of %1 was never edited: it is the one derived from its compose files already.</source>
        <translation>Die Smoke-Suite von %1 wurde nie bearbeitet: Sie ist bereits die aus ihren Compose-Dateien abgeleitete.</translation>
    </message>
</context>
<context>
    <name>SshConnection</name>
    <message>
        <source>%1 is not trusted yet: it offers the host key %2. Compare it with the fingerprint the host&apos;s administrator gives you, then trust it (blihopsctl: --trust-host-key %2).</source>
        <translation>%1 ist noch nicht vertrauenswürdig: Der Host bietet den Host-Schlüssel %2 an. Vergleichen Sie ihn mit dem Fingerabdruck, den Ihnen der Administrator des Hosts nennt, und vertrauen Sie ihm dann (blihopsctl: --trust-host-key %2).</translation>
    </message>
    <message>
        <source>%1 refused the login: %2. Check the user name and that your SSH key (or agent) is accepted there.</source>
        <translation>%1 hat die Anmeldung abgelehnt: %2. Prüfen Sie den Benutzernamen und ob Ihr SSH-Schlüssel (oder Agent) dort akzeptiert wird.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2.</source>
        <translation>%1 ist nicht erreichbar: %2.</translation>
    </message>
    <message>
        <source>Cannot forward %1 from %2: %3.</source>
        <translation>%1 kann nicht von %2 weitergeleitet werden: %3.</translation>
    </message>
    <message>
        <source>No free local port: %1.</source>
        <translation>Kein freier lokaler Port: %1.</translation>
    </message>
    <message>
        <source>The host key of %1 has changed: trusted %2, now offered %3. Every operation on this host is stopped. If the change is expected, ask the host&apos;s administrator for the new fingerprint, remove the old key with `%4` and trust the new one.</source>
        <translation>Der Host-Schlüssel von %1 hat sich geändert: vertrauenswürdig war %2, angeboten wird jetzt %3. Alle Vorgänge auf diesem Host werden angehalten. Ist die Änderung erwartet, fragen Sie den Administrator des Hosts nach dem neuen Fingerabdruck, entfernen Sie den alten Schlüssel mit `%4` und vertrauen Sie dem neuen.</translation>
    </message>
    <message>
        <source>Cannot reach %1: ssh did not accept a host key on the way (%2).</source>
        <translation>%1 ist nicht erreichbar: ssh hat unterwegs einen Host-Schlüssel nicht akzeptiert (%2).</translation>
    </message>
    <message>
        <source>Cannot reach %1 through the jump host %2: %3. Check that `ssh %2` works in a terminal (it must be reachable, and trusted in your own known_hosts).</source>
        <translation>%1 ist über den Jump-Host %2 nicht erreichbar: %3. Prüfen Sie, ob `ssh %2` in einem Terminal funktioniert (er muss erreichbar sein und in Ihrer eigenen known_hosts als vertrauenswürdig gelten).</translation>
    </message>
</context>
<context>
    <name>SshSettings</name>
    <message>
        <source>ssh does not accept %1: %2. Check the host name and your ssh config.</source>
        <translation>ssh akzeptiert %1 nicht: %2. Prüfen Sie den Hostnamen und Ihre SSH-Konfiguration.</translation>
    </message>
    <message>
        <source>ssh -G gave no host name and port for %1.</source>
        <translation>ssh -G lieferte für %1 keinen Hostnamen und Port.</translation>
    </message>
</context>
<context>
    <name>StreamRepository</name>
    <message>
        <source>No stream document was imported yet: `blihopsctl stream import FILE` imports one.</source>
        <translation>Es wurde noch kein Stream-Dokument importiert: `blihopsctl stream import DATEI` importiert eines.</translation>
    </message>
    <message>
        <source>There is no stream &quot;%1&quot;: the streams are %2.</source>
        <translation>Es gibt keinen Stream „%1“: Die Streams sind %2.</translation>
    </message>
</context>
<context>
    <name>StreamReview</name>
    <message>
        <source>Test %1</source>
        <translation>Test %1</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Aufgabe %1</translation>
    </message>
    <message>
        <source>Subtask %1</source>
        <translation>Teilaufgabe %1</translation>
    </message>
    <message>
        <source>%1 of %2 ticked, %3</source>
        <translation>%1 von %2 angehakt, %3</translation>
    </message>
    <message>
        <source>%1 is stated %2 (%3) but not all of its items are ticked (%4).</source>
        <translation>%1 ist als %2 angegeben (%3), aber nicht alle ihre Punkte sind angehakt (%4).</translation>
    </message>
    <message>
        <source>Stream %1</source>
        <translation>Stream %1</translation>
    </message>
    <message>
        <source>Task %1 (%2 of %3)</source>
        <translation>Aufgabe %1 (%2 von %3)</translation>
    </message>
    <message>
        <source>The stream is stated %1 (%2) but %3.</source>
        <translation>Der Stream ist als %1 angegeben (%2), aber %3.</translation>
    </message>
    <message>
        <source>The stream is stated %1 (%2) but these tasks are not done: %3.</source>
        <translation>Der Stream ist als %1 angegeben (%2), aber diese Aufgaben sind nicht erledigt: %3.</translation>
    </message>
    <message>
        <source>The stream is stated %1 (%2) but no item of its tasks is ticked.</source>
        <translation>Der Stream ist als %1 angegeben (%2), aber kein Punkt seiner Aufgaben ist angehakt.</translation>
    </message>
    <message>
        <source>The stream is stated %1 (%2) but every item of its tasks is ticked.</source>
        <translation>Der Stream ist als %1 angegeben (%2), aber jeder Punkt seiner Aufgaben ist angehakt.</translation>
    </message>
    <message>
        <source>%1 is stated %2 (%3) but items are already ticked (%4).</source>
        <translation>%1 ist als %2 angegeben (%3), aber es sind schon Punkte angehakt (%4).</translation>
    </message>
    <message>
        <source>%1 is stated %2 (%3) but none of its items is ticked (%4).</source>
        <translation>%1 ist als %2 angegeben (%3), aber keiner ihrer Punkte ist angehakt (%4).</translation>
    </message>
    <message>
        <source>%1 is stated %2 (%3) but all of its items are ticked (%4).</source>
        <translation>%1 ist als %2 angegeben (%3), aber alle ihre Punkte sind angehakt (%4).</translation>
    </message>
    <message>
        <source>%1 is stated at %2 (%3) but its items show %4.</source>
        <translation>%1 ist mit %2 angegeben (%3), aber ihre Punkte zeigen %4.</translation>
    </message>
    <message>
        <source>table under “%1”</source>
        <translation>Tabelle unter „%1“</translation>
    </message>
    <message>
        <source>summary under “%1”</source>
        <translation>Zusammenfassung unter „%1“</translation>
    </message>
</context>
<context>
    <name>SystemdUnits</name>
    <message>
        <source>A systemd service needs a command to run.</source>
        <translation>Ein systemd-Dienst braucht einen Befehl zum Ausführen.</translation>
    </message>
</context>
<context>
    <name>TableChecksumSql</name>
    <message>
        <source>The table checksums are not a JSON array (%1).</source>
        <translation>Die Tabellenprüfsummen sind kein JSON-Array (%1).</translation>
    </message>
    <message>
        <source>Table entry %1 needs a schema, a name, a row count and a checksum of 32 hex digits: %2</source>
        <translation>Tabelleneintrag %1 braucht ein Schema, einen Namen, eine Zeilenzahl und eine Prüfsumme aus 32 Hexadezimalziffern: %2</translation>
    </message>
</context>
<context>
    <name>TiedCheck</name>
    <message>
        <source>Checklist run %1 has no item %2: its items are numbered 1 to %3.</source>
        <translation>Checklisten-Durchlauf %1 hat keinen Punkt %2: Seine Punkte sind von 1 bis %3 nummeriert.</translation>
    </message>
    <message>
        <source>Item %1 of checklist run %2 is not tied to a check: tie it with `blihopsctl checklist tie %2 %1 smoke:CHECK|health|pair:ENV`, or set its state by hand.</source>
        <translation>Punkt %1 von Checklisten-Durchlauf %2 ist mit keiner Prüfung verbunden: Verbinden Sie ihn mit `blihopsctl checklist tie %2 %1 smoke:PRÜFUNG|health|pair:UMGEBUNG`, oder setzen Sie seinen Stand von Hand.</translation>
    </message>
    <message>
        <source>The item is not tied to a check.</source>
        <translation>Der Punkt ist mit keiner Prüfung verbunden.</translation>
    </message>
</context>
<context>
    <name>TlsMaterial</name>
    <message>
        <source>A tcp:// engine needs ca.pem, cert.pem and key.pem in %1 (set DOCKER_CERT_PATH to their folder): %2 cannot be read: %3.</source>
        <translation>Eine tcp://-Engine braucht ca.pem, cert.pem und key.pem in %1 (setzen Sie DOCKER_CERT_PATH auf ihren Ordner): %2 kann nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <source>The TLS files in %1 are not PEM certificates and an RSA or EC key: check ca.pem, cert.pem and key.pem.</source>
        <translation>Die TLS-Dateien in %1 sind keine PEM-Zertifikate mit einem RSA- oder EC-Schlüssel: Prüfen Sie ca.pem, cert.pem und key.pem.</translation>
    </message>
</context>
<context>
    <name>TrendPicture</name>
    <message numerus="yes">
        <source>%n import(s)</source>
        <translation>
            <numerusform>%n Import</numerusform>
            <numerusform>%n Importe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VariableTable</name>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Set in</source>
        <translation>Gesetzt in</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>VerificationExport</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>Sequenzen</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Constraints</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Sichten</translation>
    </message>
    <message>
        <source>Materialized views</source>
        <translation>Materialisierte Sichten</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>No step was recorded.</source>
        <translation>Kein Schritt wurde aufgezeichnet.</translation>
    </message>
    <message>
        <source>Tables restored: %1. With no manifest there is nothing to compare with: these figures are the baseline.</source>
        <translation>Tabellen wiederhergestellt: %1. Ohne Manifest gibt es nichts zu vergleichen: diese Zahlen sind der Ausgangswert.</translation>
    </message>
    <message>
        <source>Tables compared with the manifest: %1. Differing: %2.</source>
        <translation>Tabellen mit dem Manifest verglichen: %1. Abweichend: %2.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Rows expected</source>
        <translation>Zeilen erwartet</translation>
    </message>
    <message>
        <source>Rows restored</source>
        <translation>Zeilen wiederhergestellt</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Prüfsumme</translation>
    </message>
    <message>
        <source>No table was compared.</source>
        <translation>Keine Tabelle wurde verglichen.</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>match</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>weicht ab</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>In the dump&apos;s table of contents and in the restored database&apos;s catalog.</source>
        <translation>Im Inhaltsverzeichnis des Dumps und im Katalog der wiederhergestellten Datenbank.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>In the dump</source>
        <translation>Im Dump</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>No objects were counted.</source>
        <translation>Es wurden keine Objekte gezählt.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Every file of the archive against the manifest&apos;s list, by size and SHA-256.</source>
        <translation>Jede Datei des Archivs gegen die Liste des Manifests, nach Größe und SHA-256.</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>No file is missing, extra or changed.</source>
        <translation>Keine Datei fehlt, ist zusätzlich oder geändert.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>extra</source>
        <translation>zusätzlich</translation>
    </message>
    <message>
        <source>equality proven against the backup&apos;s manifest</source>
        <translation>Gleichheit gegen das Manifest der Sicherung bewiesen</translation>
    </message>
    <message>
        <source>equality not proven (no manifest: baseline)</source>
        <translation>Gleichheit nicht bewiesen (kein Manifest: Ausgangswert)</translation>
    </message>
    <message>
        <source>Cancelled: nothing was proven.</source>
        <translation>Abgebrochen: nichts wurde bewiesen.</translation>
    </message>
    <message>
        <source>The backup does not restore to what was backed up.</source>
        <translation>Die Sicherung lässt sich nicht zu dem wiederherstellen, was gesichert wurde.</translation>
    </message>
    <message>
        <source>The archive equals the backup, file by file.</source>
        <translation>Das Archiv gleicht der Sicherung, Datei für Datei.</translation>
    </message>
    <message>
        <source>The restore equals the backup, table by table.</source>
        <translation>Die Wiederherstellung gleicht der Sicherung, Tabelle für Tabelle.</translation>
    </message>
    <message>
        <source>Restored without errors, but there is no manifest to compare with: its figures are the baseline.</source>
        <translation>Ohne Fehler wiederhergestellt, aber es gibt kein Manifest zum Vergleich: ihre Zahlen sind der Ausgangswert.</translation>
    </message>
    <message>
        <source> (kept)</source>
        <translation> (behalten)</translation>
    </message>
    <message>
        <source> (dropped afterwards)</source>
        <translation> (danach gelöscht)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Ausgeführt von</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>— (a file on the workstation)</source>
        <translation>— (eine Datei auf diesem Rechner)</translation>
    </message>
    <message>
        <source>storage archive</source>
        <translation>Speicherarchiv</translation>
    </message>
    <message>
        <source>database dump</source>
        <translation>Datenbank-Dump</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Target server</source>
        <translation>Zielserver</translation>
    </message>
    <message>
        <source>— (nothing restored)</source>
        <translation>— (nichts wiederhergestellt)</translation>
    </message>
    <message>
        <source>the PostgreSQL server of %1</source>
        <translation>der PostgreSQL-Server von %1</translation>
    </message>
    <message>
        <source>Scratch database</source>
        <translation>Prüfdatenbank</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Every pg_restore error line, and what else went wrong.</source>
        <translation>Jede Fehlerzeile von pg_restore und was sonst schiefging.</translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation>Keine Fehler.</translation>
    </message>
    <message>
        <source>Export format &quot;%1&quot; is not one of md, pdf.</source>
        <translation>Das Exportformat „%1“ ist weder md noch pdf.</translation>
    </message>
    <message>
        <source>Restore verification of %1, backup %2</source>
        <translation>Wiederherstellungsprüfung von %1, Sicherung %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>VerificationRepository</name>
    <message>
        <source>There is no verification %1: `blihopsctl verification list` shows the verifications.</source>
        <translation>Es gibt keine Prüfung %1: `blihopsctl verification list` zeigt die Prüfungen.</translation>
    </message>
</context>
<context>
    <name>VerificationSetup</name>
    <message>
        <source>%1 cannot be read on %2: %3.</source>
        <translation>%1 kann auf %2 nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Prüfen Sie den Pfad.</translation>
    </message>
</context>
<context>
    <name>VerifyStep</name>
    <message>
        <source>SHA-256 of the file</source>
        <translation>SHA-256 der Datei</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Clean-up</source>
        <translation>Aufräumen</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Workspace URL %1: parameter &quot;%2&quot; is not supported; use sslmode, sslrootcert, sslcert, sslkey, connect_timeout or target_session_attrs.</source>
        <translation>Arbeitsbereichs-URL %1: Der Parameter „%2“ wird nicht unterstützt; verwenden Sie sslmode, sslrootcert, sslcert, sslkey, connect_timeout oder target_session_attrs.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the workspace: check its permissions or choose another workspace with --workspace.</source>
        <translation>Der Ordner %1 für den Arbeitsbereich kann nicht angelegt werden: Prüfen Sie die Berechtigungen oder wählen Sie mit --workspace einen anderen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Workspace file %1 is read-only: make it writable (chmod u+w) or choose another workspace.</source>
        <translation>Die Arbeitsbereichsdatei %1 ist schreibgeschützt: Machen Sie sie beschreibbar (chmod u+w) oder wählen Sie einen anderen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Workspace %1 is a folder, not a file: give the path of a workspace file.</source>
        <translation>Der Arbeitsbereich %1 ist ein Ordner, keine Datei: Geben Sie den Pfad einer Arbeitsbereichsdatei an.</translation>
    </message>
    <message>
        <source>opening the workspace</source>
        <translation>beim Öffnen des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>The Qt SQL driver for %1 is not installed: install libqt6sql6-%2.</source>
        <translation>Der Qt-SQL-Treiber für %1 ist nicht installiert: Installieren Sie libqt6sql6-%2.</translation>
    </message>
    <message>
        <source>running a query</source>
        <translation>beim Ausführen einer Abfrage</translation>
    </message>
    <message>
        <source>preparing a query</source>
        <translation>beim Vorbereiten einer Abfrage</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL workspace %1: %2. Check that the server runs and the host and port are right.</source>
        <translation>Der PostgreSQL-Arbeitsbereich %1 ist nicht erreichbar: %2. Prüfen Sie, ob der Server läuft und Host und Port stimmen.</translation>
    </message>
    <message>
        <source>PostgreSQL refused the workspace connection %1: %2. Check the user, database and password (in ~/.pgpass or PGPASSWORD).</source>
        <translation>PostgreSQL hat die Verbindung zum Arbeitsbereich %1 abgelehnt: %2. Prüfen Sie Benutzer, Datenbank und Passwort (in ~/.pgpass oder PGPASSWORD).</translation>
    </message>
    <message>
        <source>%1 exists already in the workspace.</source>
        <translation>%1 existiert bereits im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Lost the connection to the PostgreSQL workspace %1 while %2: %3.</source>
        <translation>Die Verbindung zum PostgreSQL-Arbeitsbereich %1 ging %2 verloren: %3.</translation>
    </message>
    <message>
        <source>The PostgreSQL workspace %1 failed while %2: %3.</source>
        <translation>Der PostgreSQL-Arbeitsbereich %1 meldete %2 einen Fehler: %3.</translation>
    </message>
    <message>
        <source>Workspace file %1 is locked by another program: close the other BlihOps Console or blihopsctl using it, then try again.</source>
        <translation>Die Arbeitsbereichsdatei %1 ist von einem anderen Programm gesperrt: Schließen Sie die andere BlihOps Console bzw. das blihopsctl, das sie verwendet, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Workspace file %1 is read-only: make it and its folder writable, or choose another workspace.</source>
        <translation>Die Arbeitsbereichsdatei %1 ist schreibgeschützt: Machen Sie die Datei und ihren Ordner beschreibbar oder wählen Sie einen anderen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Workspace file %1 is damaged or is not a BlihOps workspace (%2): restore it from a backup or choose another workspace. It was left as it is.</source>
        <translation>Die Arbeitsbereichsdatei %1 ist beschädigt oder kein BlihOps-Arbeitsbereich (%2): Stellen Sie sie aus einem Backup wieder her oder wählen Sie einen anderen Arbeitsbereich. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The disk holding workspace file %1 is full: free some space and try again. Nothing was changed.</source>
        <translation>Der Datenträger mit der Arbeitsbereichsdatei %1 ist voll: Geben Sie Speicherplatz frei und versuchen Sie es erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot open workspace file %1: check that its folder exists and is writable.</source>
        <translation>Die Arbeitsbereichsdatei %1 kann nicht geöffnet werden: Prüfen Sie, ob ihr Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>Workspace file %1 failed while %2: %3.</source>
        <translation>Die Arbeitsbereichsdatei %1 meldete %2 einen Fehler: %3.</translation>
    </message>
</context>
<context>
    <name>WorkspaceLocation</name>
    <message>
        <source>Workspace URL &quot;%1&quot; is not valid: use postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation>Die Arbeitsbereichs-URL „%1“ ist ungültig: Verwenden Sie postgresql://USER@HOST[:PORT]/DATABASE.</translation>
    </message>
    <message>
        <source>The workspace path is empty: give a file path or a postgresql:// URL.</source>
        <translation>Der Pfad zum Arbeitsbereich ist leer: Geben Sie einen Dateipfad oder eine postgresql://-URL an.</translation>
    </message>
</context>
<context>
    <name>WorkspaceSchema</name>
    <message>
        <source>Workspace %1 has schema version %2, newer than this BlihOps Console knows (%3). Update BlihOps Console; the workspace was not changed.</source>
        <translation>Der Arbeitsbereich %1 hat die Schemaversion %2 und ist damit neuer, als diese BlihOps Console kennt (%3). Aktualisieren Sie BlihOps Console; der Arbeitsbereich wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>blihops::Action</name>
    <message>
        <source>Up %1</source>
        <translation>Up %1</translation>
    </message>
    <message>
        <source>Down %1 (and its volumes)</source>
        <translation>Down %1 (samt Volumes)</translation>
    </message>
    <message>
        <source>Down %1</source>
        <translation>Down %1</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>Restart %1</translation>
    </message>
    <message>
        <source>Pull %1</source>
        <translation>Pull %1</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Start %1</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>Stop %1</translation>
    </message>
    <message>
        <source>Kill %1</source>
        <translation>Kill %1</translation>
    </message>
    <message>
        <source>%1 is a production environment: &quot;%2&quot; needs its name typed to go ahead. Nothing was changed.</source>
        <translation>%1 ist eine Produktionsumgebung: „%2“ verlangt, dass ihr Name eingegeben wird. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Reaching the Docker Engine of %1 at %2…</source>
        <translation>Verbinde mit der Docker Engine von %1 unter %2…</translation>
    </message>
    <message>
        <source>Preparing %1 on %2…</source>
        <translation>Bereite %1 auf %2 vor…</translation>
    </message>
    <message>
        <source>%1 has no engine address yet: edit the environment to set one.</source>
        <translation>%1 hat noch keine Engine-Adresse: bearbeiten Sie die Umgebung, um eine festzulegen.</translation>
    </message>
    <message>
        <source>Cancelled before compose ran.</source>
        <translation>Abgebrochen, bevor compose lief.</translation>
    </message>
    <message>
        <source>Cancelled: compose was stopped.</source>
        <translation>Abgebrochen: compose wurde angehalten.</translation>
    </message>
    <message>
        <source>Compose exited with code %1.</source>
        <translation>Compose endete mit Code %1.</translation>
    </message>
    <message>
        <source>There is no container %1 on the engine of %2: %3.</source>
        <translation>Auf der Engine von %2 gibt es keinen Container %1: %3.</translation>
    </message>
    <message>
        <source>Container %1 is not part of %2 (project %3).</source>
        <translation>Container %1 gehört nicht zu %2 (Projekt %3).</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Starte %1…</translation>
    </message>
    <message>
        <source>Stopping %1 (10 s before it is killed)…</source>
        <translation>Stoppe %1 (10 s, bevor er beendet wird)…</translation>
    </message>
    <message>
        <source>Restarting %1…</source>
        <translation>Starte %1 neu…</translation>
    </message>
    <message>
        <source>Killing %1…</source>
        <translation>Beende %1 hart…</translation>
    </message>
    <message>
        <source>Cancelled before the engine was asked.</source>
        <translation>Abgebrochen, bevor die Engine gefragt wurde.</translation>
    </message>
    <message>
        <source>The engine refused: %1.</source>
        <translation>Die Engine hat abgelehnt: %1.</translation>
    </message>
    <message>
        <source>Nothing to do: it already was.</source>
        <translation>Nichts zu tun: das war schon so.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting up to %n s for %1 to be healthy…</source>
        <translation>
            <numerusform>Warte bis zu %n s, bis %1 gesund ist…</numerusform>
            <numerusform>Warte bis zu %n s, bis %1 gesund ist…</numerusform>
        </translation>
    </message>
    <message>
        <source>The health gate cannot watch %1: %2</source>
        <translation>Die Gesundheitsprüfung kann %1 nicht beobachten: %2</translation>
    </message>
    <message>
        <source>Cancelled while waiting for the services.</source>
        <translation>Abgebrochen beim Warten auf die Dienste.</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source>%1 is %2 (last check: %3)</source>
        <translation>%1 ist %2 (letzte Prüfung: %3)</translation>
    </message>
    <message numerus="yes">
        <source>Not every service came up within %n s: %1.</source>
        <translation>
            <numerusform>Nicht jeder Dienst kam innerhalb von %n s hoch: %1.</numerusform>
            <numerusform>Nicht jeder Dienst kam innerhalb von %n s hoch: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before it started.</source>
        <translation>Abgebrochen, bevor es begann.</translation>
    </message>
    <message>
        <source>Cancelling: compose is interrupted…</source>
        <translation>Breche ab: compose wird unterbrochen…</translation>
    </message>
</context>
<context>
    <name>blihops::ContainerSnapshot</name>
    <message>
        <source>%1 (container %2)</source>
        <translation>%1 (Container %2)</translation>
    </message>
</context>
<context>
    <name>blihops::DockerClient</name>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>the engine speaks API version %1; BlihOps Console needs %2 or newer</source>
        <translation>die Engine spricht API-Version %1; BlihOps Console benötigt %2 oder neuer</translation>
    </message>
    <message>
        <source>the log stream was cut or is not multiplexed</source>
        <translation>der Protokollstrom wurde abgeschnitten oder ist nicht gemultiplext</translation>
    </message>
</context>
<context>
    <name>blihops::EngineConnector</name>
    <message>
        <source>%1 has no engine address yet: edit the environment to set one.</source>
        <translation>%1 hat noch keine Engine-Adresse: Bearbeiten Sie die Umgebung, um eine festzulegen.</translation>
    </message>
    <message>
        <source>Cannot reach the Docker Engine of %1 at %2: %3.</source>
        <translation>Die Docker Engine von %1 unter %2 ist nicht erreichbar: %3.</translation>
    </message>
</context>
<context>
    <name>blihops::EnvironmentMonitor</name>
    <message>
        <source>The Docker Engine of %1 did not list its containers: %2.</source>
        <translation>Die Docker Engine von %1 hat ihre Container nicht aufgelistet: %2.</translation>
    </message>
    <message>
        <source>Lost the connection to the Docker Engine of %1 (%2); reconnecting.</source>
        <translation>Die Verbindung zur Docker Engine von %1 ging verloren (%2); sie wird neu aufgebaut.</translation>
    </message>
    <message>
        <source>the stream was dropped</source>
        <translation>der Datenstrom wurde abgebrochen</translation>
    </message>
    <message>
        <source>The Docker Engine of %1 refused its event stream: %2.</source>
        <translation>Die Docker Engine von %1 hat ihren Ereignisstrom verweigert: %2.</translation>
    </message>
    <message>
        <source>The Docker Engine of %1 did not describe the container %2: %3.</source>
        <translation>Die Docker Engine von %1 hat den Container %2 nicht beschrieben: %3.</translation>
    </message>
</context>
<context>
    <name>blihops::EventStream</name>
    <message>
        <source>the engine ended the stream</source>
        <translation>die Engine hat den Datenstrom beendet</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
</context>
<context>
    <name>blihops::HealthGate</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>exited (%1)</source>
        <translation>beendet (%1)</translation>
    </message>
    <message>
        <source>not created</source>
        <translation>nicht angelegt</translation>
    </message>
</context>
<context>
    <name>blihops::HttpClient</name>
    <message>
        <source>there is no socket at %1 (is the engine running?)</source>
        <translation>unter %1 gibt es keinen Socket (läuft die Engine?)</translation>
    </message>
    <message>
        <source>%1 refused the connection (is the engine running?)</source>
        <translation>%1 hat die Verbindung abgelehnt (läuft die Engine?)</translation>
    </message>
    <message>
        <source>permission denied on %1 (is your user in the docker group?)</source>
        <translation>Zugriff auf %1 verweigert (ist Ihr Benutzer in der Gruppe docker?)</translation>
    </message>
    <message>
        <source>the engine closed the connection</source>
        <translation>die Engine hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>socket error %1 on %2</source>
        <translation>Socket-Fehler %1 bei %2</translation>
    </message>
    <message>
        <source>no answer within the time limit</source>
        <translation>keine Antwort innerhalb des Zeitlimits</translation>
    </message>
    <message>
        <source>malformed HTTP response: %1</source>
        <translation>fehlerhafte HTTP-Antwort: %1</translation>
    </message>
    <message>
        <source>%1 refused the connection (is the engine listening there?)</source>
        <translation>%1 hat die Verbindung abgelehnt (lauscht die Engine dort?)</translation>
    </message>
    <message>
        <source>the host of %1 was not found</source>
        <translation>der Host von %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed: %2 (check the engine&apos;s certificate and your client certificate)</source>
        <translation>der TLS-Handshake mit %1 ist fehlgeschlagen: %2 (prüfen Sie das Zertifikat der Engine und Ihr Client-Zertifikat)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB, more than any engine reply should be</source>
        <translation>die Antwort ist größer als %1 MiB, mehr als jede Antwort der Engine sein sollte</translation>
    </message>
</context>
<context>
    <name>blihops::LogSession</name>
    <message>
        <source>The Docker Engine of %1 did not list its containers: %2.</source>
        <translation>Die Docker Engine von %1 hat ihre Container nicht aufgelistet: %2.</translation>
    </message>
    <message>
        <source>%1 Trying again.</source>
        <translation>%1 Neuer Versuch.</translation>
    </message>
    <message>
        <source>%1 has no service or container named %2 (services: %3).</source>
        <translation>%1 hat keinen Dienst und keinen Container namens %2 (Dienste: %3).</translation>
    </message>
    <message>
        <source>none running</source>
        <translation>keiner läuft</translation>
    </message>
    <message>
        <source>%1 names more than one container of %2: give more of the id, or the name.</source>
        <translation>%1 passt auf mehr als einen Container von %2: Geben Sie mehr von der ID an oder den Namen.</translation>
    </message>
    <message>
        <source>The engine gives no log of %1: %2.</source>
        <translation>Die Engine liefert kein Log von %1: %2.</translation>
    </message>
    <message>
        <source>%1 stopped; its log ends here.</source>
        <translation>%1 wurde beendet; sein Log endet hier.</translation>
    </message>
    <message>
        <source>Lost the log stream of %1 (%2); reconnecting.</source>
        <translation>Der Log-Stream von %1 ist abgerissen (%2); die Verbindung wird neu aufgebaut.</translation>
    </message>
    <message>
        <source>dropped on purpose</source>
        <translation>absichtlich getrennt</translation>
    </message>
    <message>
        <source>The log of %1 was cut off (%2): read it again.</source>
        <translation>Das Log von %1 wurde abgeschnitten (%2): Lesen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>blihops::WebhookNotifier</name>
    <message>
        <source>BlihOps backup alert (%1): %2</source>
        <translation>BlihOps-Sicherungsalarm (%1): %2</translation>
    </message>
    <message>
        <source>A webhook notification is already under way.</source>
        <translation>Eine Webhook-Benachrichtigung ist bereits unterwegs.</translation>
    </message>
    <message>
        <source>The webhook URL &quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>Die Webhook-URL „%1“ ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>The webhook at %1 answered %2 %3: %4</source>
        <translation>Der Webhook auf %1 antwortete %2 %3: %4</translation>
    </message>
    <message>
        <source>The webhook at %1 could not be reached: %2</source>
        <translation>Der Webhook auf %1 war nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>blihops::gui::ActionLauncher</name>
    <message>
        <source>Volumes Not Listed</source>
        <translation>Volumes nicht aufgelistet</translation>
    </message>
    <message>
        <source>The volumes to remove could not be listed, so nothing was changed: %1</source>
        <translation>Die zu entfernenden Volumes konnten nicht aufgelistet werden, daher wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes the stack of %2 down. It has no volumes to remove.</source>
        <translation>„%1“ fährt den Stack von %2 herunter. Er hat keine Volumes zum Entfernen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes the stack of %2 down and deletes these volumes with all their data:

%3</source>
        <translation>„%1“ fährt den Stack von %2 herunter und löscht diese Volumes mit allen ihren Daten:

%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a production environment. Type its name to go ahead with &quot;%2&quot;:</source>
        <translation>„%1“ ist eine Produktionsumgebung. Geben Sie ihren Namen ein, um mit „%2“ fortzufahren:</translation>
    </message>
    <message>
        <source>Production: %1</source>
        <translation>Produktion: %1</translation>
    </message>
    <message>
        <source>Go Ahead</source>
        <translation>Fortfahren</translation>
    </message>
    <message>
        <source>nothing was changed.</source>
        <translation>es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Kill %1? It gets SIGKILL, with no time to shut down cleanly.</source>
        <translation>%1 beenden? Er erhält SIGKILL, ohne Zeit für ein sauberes Herunterfahren.</translation>
    </message>
    <message>
        <source>Take the stack of %1 down? Its containers and networks are removed; its volumes stay.</source>
        <translation>Den Stack von %1 herunterfahren? Seine Container und Netzwerke werden entfernt; seine Volumes bleiben.</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Beenden (SIGKILL)</translation>
    </message>
    <message>
        <source>Down and Remove Volumes</source>
        <translation>Herunterfahren und Volumes entfernen</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Herunterfahren</translation>
    </message>
    <message>
        <source>Comparing the compose and env files with the copies in %1 on the host…</source>
        <translation>Die Compose- und Env-Dateien werden mit den Kopien in %1 auf dem Host verglichen…</translation>
    </message>
    <message>
        <source>Files Not Compared</source>
        <translation>Dateien nicht verglichen</translation>
    </message>
    <message>
        <source>The host&apos;s copies are the same as this machine&apos;s.</source>
        <translation>Die Kopien auf dem Host sind dieselben wie auf diesem Rechner.</translation>
    </message>
    <message>
        <source>Not uploaded: the action did not run.</source>
        <translation>Nicht hochgeladen: die Aktion wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>%1 wird hochgeladen…</translation>
    </message>
    <message>
        <source>Uploaded.</source>
        <translation>Hochgeladen.</translation>
    </message>
    <message>
        <source>Not Recorded</source>
        <translation>Nicht protokolliert</translation>
    </message>
    <message>
        <source>The action ran, but the audit log could not be written: %1</source>
        <translation>Die Aktion lief, aber das Audit-Protokoll konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>blihops::gui::BackupCatalogModel</name>
    <message>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>ok, file gone</source>
        <translation>ok, Datei weg</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>%1, id %2</source>
        <translation>%1, ID %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
</context>
<context>
    <name>blihops::gui::BackupJobsModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>no run yet</source>
        <translation>noch kein Lauf</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>webhook failed</source>
        <translation>Webhook fehlgeschlagen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 free at the destination</source>
        <translation>%1 frei am Ziel</translation>
    </message>
    <message>
        <source>The webhook could not be told: %1</source>
        <translation>Der Webhook konnte nicht benachrichtigt werden: %1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Backs up</source>
        <translation>Sichert</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächster Lauf</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
</context>
<context>
    <name>blihops::gui::BackupMonitor</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No restore has proven a backup of %1 yet: verify one (Backups mode, Verify Restore…), or schedule a verification on the host.</source>
        <translation>Noch keine Wiederherstellung hat eine Sicherung von %1 bestätigt: Prüfen Sie eine (Modus Sicherungen, Wiederherstellung prüfen …) oder planen Sie eine Prüfung auf dem Host.</translation>
    </message>
    <message numerus="yes">
        <source>The last proven restore of a backup of %1 is %n day(s) old, more than the %2 days allowed.</source>
        <translation>
            <numerusform>Die letzte bestätigte Wiederherstellung einer Sicherung von %1 ist %n Tag alt, mehr als die erlaubten %2 Tage.</numerusform>
            <numerusform>Die letzte bestätigte Wiederherstellung einer Sicherung von %1 ist %n Tage alt, mehr als die erlaubten %2 Tage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>blihops::gui::BackupPruneDialog</name>
    <message>
        <source>Prune Backups of %1</source>
        <translation>Sicherungen von %1 ausdünnen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>&amp;Prune</source>
        <translation>&amp;Ausdünnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>not in the manifest: never deleted</source>
        <translation>nicht im Manifest: wird nie gelöscht</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>in the manifest, but not on the host</source>
        <translation>im Manifest, aber nicht auf dem Host</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n file(s) of %1, %2 freed.</source>
        <translation>
            <numerusform>%n Datei von %1 gelöscht, %2 frei geworden.</numerusform>
            <numerusform>%n Dateien von %1 gelöscht, %2 frei geworden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing would be deleted: every backup is kept by the retention of its job.</source>
        <translation>Nichts würde gelöscht: Jede Sicherung wird von der Aufbewahrung ihres Auftrags behalten.</translation>
    </message>
    <message numerus="yes">
        <source>A prune deletes exactly the %n file(s) marked &quot;delete&quot; (%1); everything else stays.</source>
        <translation>
            <numerusform>Das Ausdünnen löscht genau die %n mit „löschen“ markierte Datei (%1); alles andere bleibt.</numerusform>
            <numerusform>Das Ausdünnen löscht genau die %n mit „löschen“ markierten Dateien (%1); alles andere bleibt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pruning…</source>
        <translation>Wird ausgedünnt…</translation>
    </message>
    <message>
        <source>The prune stopped: %1</source>
        <translation>Das Ausdünnen wurde angehalten: %1</translation>
    </message>
</context>
<context>
    <name>blihops::gui::BackupTaskTab</name>
    <message>
        <source>The work ended without a result.</source>
        <translation>Die Arbeit endete ohne Ergebnis.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>Wird abgebrochen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Backup Work Still Running</source>
        <translation>Sicherungsarbeit läuft noch</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is still running. Cancel it and close its page?</source>
        <translation>„%1“ läuft noch. Abbrechen und die Seite schließen?</translation>
    </message>
    <message>
        <source>Cancel It</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the work (Esc)</source>
        <translation>Die Arbeit anhalten (Esc)</translation>
    </message>
</context>
<context>
    <name>blihops::gui::BackupWizard</name>
    <message>
        <source>A host path starts with /: &quot;%1&quot; is not one. A volume is chosen from the list.</source>
        <translation>Ein Host-Pfad beginnt mit /: „%1“ ist keiner. Ein Volume wird aus der Liste gewählt.</translation>
    </message>
    <message>
        <source>Path %1</source>
        <translation>Pfad %1</translation>
    </message>
    <message>
        <source>Edit Backup Job %1</source>
        <translation>Sicherungsauftrag %1 bearbeiten</translation>
    </message>
    <message>
        <source>New Backup Job</source>
        <translation>Neuer Sicherungsauftrag</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>The environment whose host runs the job, and the job&apos;s name.</source>
        <translation>Die Umgebung, deren Host den Auftrag ausführt, und der Name des Auftrags.</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Job &amp;name:</source>
        <translation>Auftrags&amp;name:</translation>
    </message>
    <message>
        <source>Letters, digits, dots, dashes and underscores: it names the job&apos;s files and units on the host.</source>
        <translation>Buchstaben, Ziffern, Punkte, Bindestriche und Unterstriche: Er benennt die Dateien und Units des Auftrags auf dem Host.</translation>
    </message>
    <message>
        <source>What to Back Up</source>
        <translation>Was gesichert wird</translation>
    </message>
    <message>
        <source>A PostgreSQL service of the stack and its databases, and volumes or host paths, as the compose files declare them.</source>
        <translation>Ein PostgreSQL-Dienst des Stacks und seine Datenbanken sowie Volumes oder Host-Pfade, wie die Compose-Dateien sie deklarieren.</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Datenbank</translation>
    </message>
    <message>
        <source>PostgreSQL &amp;service:</source>
        <translation>PostgreSQL-&amp;Dienst:</translation>
    </message>
    <message>
        <source>Another database name, then Enter</source>
        <translation>Ein weiterer Datenbankname, dann Eingabe</translation>
    </message>
    <message>
        <source>&amp;Storage</source>
        <translation>&amp;Speicher</translation>
    </message>
    <message>
        <source>Another host path (/…), then Enter</source>
        <translation>Ein weiterer Host-Pfad (/…), dann Eingabe</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>When the host runs the job, in the host&apos;s own time zone.</source>
        <translation>Wann der Host den Auftrag ausführt, in der Zeitzone des Hosts.</translation>
    </message>
    <message>
        <source>&amp;Daily at 02:00</source>
        <translation>&amp;Täglich um 02:00</translation>
    </message>
    <message>
        <source>Every &amp;6 hours</source>
        <translation>Alle &amp;6 Stunden</translation>
    </message>
    <message>
        <source>&amp;Cron expression:</source>
        <translation>&amp;Cron-Ausdruck:</translation>
    </message>
    <message>
        <source>Five fields: minute, hour, day of month, month, day of week, e.g. &quot;30 1 * * 1-5&quot;; or @daily, @hourly, …</source>
        <translation>Fünf Felder: Minute, Stunde, Tag des Monats, Monat, Wochentag, z. B. „30 1 * * 1-5“; oder @daily, @hourly, …</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>How long backups are kept before a prune deletes them.</source>
        <translation>Wie lange Sicherungen bleiben, bevor das Ausdünnen sie löscht.</translation>
    </message>
    <message>
        <source>Keep &amp;days:</source>
        <translation>&amp;Tage behalten:</translation>
    </message>
    <message>
        <source>Always keep the newest:</source>
        <translation>Immer die neuesten behalten:</translation>
    </message>
    <message>
        <source> good backups</source>
        <translation> guten Sicherungen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>The newest good backups of each database and volume stay however old they are, so backups that silently stopped are never pruned away to nothing. Failed runs never count toward them, and a file the manifest does not name is never deleted.</source>
        <translation>Die neuesten guten Sicherungen jeder Datenbank und jedes Volumes bleiben, wie alt sie auch sind; so werden still ausgebliebene Sicherungen nie bis auf nichts ausgedünnt. Fehlgeschlagene Läufe zählen nie dazu, und eine Datei, die das Manifest nicht nennt, wird nie gelöscht.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Folders on the host for the backups (a folder per job is made in each), an optional second copy on another SSH host, and a webhook that hears of failures.</source>
        <translation>Ordner auf dem Host für die Sicherungen (in jedem wird ein Ordner je Auftrag angelegt), eine optionale zweite Kopie auf einem anderen SSH-Host und ein Webhook, der von Fehlern erfährt.</translation>
    </message>
    <message>
        <source>D&amp;atabase backups:</source>
        <translation>D&amp;atenbanksicherungen:</translation>
    </message>
    <message>
        <source>S&amp;torage backups:</source>
        <translation>S&amp;peichersicherungen:</translation>
    </message>
    <message>
        <source>Second &amp;copy:</source>
        <translation>Zweite &amp;Kopie:</translation>
    </message>
    <message>
        <source>&amp;Webhook URL:</source>
        <translation>&amp;Webhook-URL:</translation>
    </message>
    <message>
        <source>Alerts are POSTed here as JSON (Slack-compatible), by the host&apos;s script when a run fails and by this console when a job is stale or short of space. Optional.</source>
        <translation>Warnungen werden hierher als JSON gesendet (POST, Slack-kompatibel): vom Skript des Hosts, wenn ein Lauf fehlschlägt, und von dieser Konsole, wenn ein Auftrag veraltet ist oder der Platz knapp wird. Optional.</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Planer</translation>
    </message>
    <message>
        <source>What starts the job on the host.</source>
        <translation>Was den Auftrag auf dem Host startet.</translation>
    </message>
    <message>
        <source>C&amp;ron: a marked block in the login&apos;s crontab</source>
        <translation>C&amp;ron: ein markierter Block in der Crontab des Logins</translation>
    </message>
    <message>
        <source>systemd &amp;user timer (Persistent=true)</source>
        <translation>systemd-&amp;Benutzer-Timer (Persistent=true)</translation>
    </message>
    <message>
        <source>systemd &amp;system timer (Persistent=true)</source>
        <translation>systemd-&amp;System-Timer (Persistent=true)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>The exact schedule entry and script that are installed on the host.</source>
        <translation>Der genaue Zeitplaneintrag und das Skript, die auf dem Host installiert werden.</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Installieren</translation>
    </message>
    <message>
        <source>&amp;Run the job once right away (its progress shows in the bottom panel)</source>
        <translation>Den Auftrag sofort einmal &amp;ausführen (sein Fortschritt erscheint im unteren Bereich)</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <source>The script and its schedule are put on the host, then the job is saved in the workspace.</source>
        <translation>Das Skript und sein Zeitplan kommen auf den Host, dann wird der Auftrag im Arbeitsbereich gespeichert.</translation>
    </message>
    <message>
        <source>Add an environment first: a job runs on an environment&apos;s host.</source>
        <translation>Legen Sie zuerst eine Umgebung an: Ein Auftrag läuft auf dem Host einer Umgebung.</translation>
    </message>
    <message>
        <source>%1 is reached over tcp:// or has no engine address, where no backup job can be installed: give it an ssh:// engine address (or unix:// on this machine).</source>
        <translation>%1 wird über tcp:// erreicht oder hat keine Engine-Adresse; dort kann kein Sicherungsauftrag installiert werden: Geben Sie ihr eine ssh://-Engine-Adresse (oder unix:// auf diesem Rechner).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a job: use letters, digits, dots, dashes and underscores, not starting with a dot.</source>
        <translation>„%1“ kann keinen Auftrag benennen: Verwenden Sie Buchstaben, Ziffern, Punkte, Bindestriche und Unterstriche, nicht mit einem Punkt am Anfang.</translation>
    </message>
    <message>
        <source>%1 has a job called %2 already: choose another name, or edit that job.</source>
        <translation>%1 hat bereits einen Auftrag namens %2: Wählen Sie einen anderen Namen oder bearbeiten Sie diesen Auftrag.</translation>
    </message>
    <message>
        <source>Choose at least one database or one volume or path to back up.</source>
        <translation>Wählen Sie mindestens eine Datenbank oder ein Volume oder einen Pfad zum Sichern.</translation>
    </message>
    <message>
        <source>Cannot Reach the Host of %1</source>
        <translation>Der Host von %1 ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Reading the time zone of %1&apos;s host…</source>
        <translation>Die Zeitzone des Hosts von %1 wird gelesen…</translation>
    </message>
    <message>
        <source>The host&apos;s time zone could not be read: %1</source>
        <translation>Die Zeitzone des Hosts konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the compose files of %1…</source>
        <translation>Die Compose-Dateien von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>The compose files could not be read (%1): name the database and host paths by hand.</source>
        <translation>Die Compose-Dateien konnten nicht gelesen werden (%1): Nennen Sie die Datenbank und die Host-Pfade von Hand.</translation>
    </message>
    <message>
        <source>Volume %1</source>
        <translation>Volume %1</translation>
    </message>
    <message>
        <source>The engine&apos;s volume %1</source>
        <translation>Das Volume %1 der Engine</translation>
    </message>
    <message>
        <source>The compose files declare no PostgreSQL service the console recognises: type the service&apos;s name if there is one.</source>
        <translation>Die Compose-Dateien deklarieren keinen PostgreSQL-Dienst, den die Konsole erkennt: Geben Sie den Namen des Dienstes ein, falls es einen gibt.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n PostgreSQL service(s) in the compose files.</source>
        <translation>
            <numerusform>%n PostgreSQL-Dienst in den Compose-Dateien gefunden.</numerusform>
            <numerusform>%n PostgreSQL-Dienste in den Compose-Dateien gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The host does not name its time zone: the runs below are in UTC.</source>
        <translation>Der Host nennt seine Zeitzone nicht: Die Läufe unten sind in UTC.</translation>
    </message>
    <message>
        <source>The next five runs, in the host&apos;s time zone %1:</source>
        <translation>Die nächsten fünf Läufe in der Zeitzone %1 des Hosts:</translation>
    </message>
    <message>
        <source>Whether the login is root is not known yet: a system timer needs root.</source>
        <translation>Ob der Login root ist, ist noch nicht bekannt: Ein System-Timer braucht root.</translation>
    </message>
    <message>
        <source>The login is root: a system timer runs whoever is logged in.</source>
        <translation>Der Login ist root: Ein System-Timer läuft, wer auch immer angemeldet ist.</translation>
    </message>
    <message>
        <source>Reading the free space on the host…</source>
        <translation>Der freie Platz auf dem Host wird gelesen…</translation>
    </message>
    <message>
        <source>%1 free at %2</source>
        <translation>%1 frei in %2</translation>
    </message>
    <message>
        <source>The free space at %1 could not be read.</source>
        <translation>Der freie Platz in %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The free space could not be read: %1</source>
        <translation>Der freie Platz konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Installing %1 on the host of %2…</source>
        <translation>%1 wird auf dem Host von %2 installiert…</translation>
    </message>
    <message>
        <source>Not installed: %1

Go back to change the job, or cancel.</source>
        <translation>Nicht installiert: %1

Gehen Sie zurück, um den Auftrag zu ändern, oder brechen Sie ab.</translation>
    </message>
    <message>
        <source>%1 is installed on %2 (%3) and runs &quot;%4&quot;. Its script is %5.</source>
        <translation>%1 ist auf %2 installiert (%3) und läuft nach „%4“. Sein Skript ist %5.</translation>
    </message>
    <message>
        <source>the job is on the host, but the workspace could not save it: %1</source>
        <translation>der Auftrag ist auf dem Host, aber der Arbeitsbereich konnte ihn nicht speichern: %1</translation>
    </message>
    <message>
        <source>Job Not Saved</source>
        <translation>Auftrag nicht gespeichert</translation>
    </message>
    <message>
        <source>&amp;Verify the newest backups on the host too, at:</source>
        <translation>Die neuesten Sicherungen auch auf dem Host &amp;prüfen, um:</translation>
    </message>
    <message>
        <source>The host restores the newest dump into a scratch database and unpacks the newest archive, and compares them with their manifest; a failure is an alert.</source>
        <translation>Der Host stellt den neuesten Dump in einer Wegwerf-Datenbank wieder her, entpackt das neueste Archiv und vergleicht beide mit ihrem Manifest; ein Fehlschlag ist eine Warnung.</translation>
    </message>
    <message>
        <source>Next verification: %1 %2</source>
        <translation>Nächste Prüfung: %1 %2</translation>
    </message>
    <message>
        <source>Verification schedule: %1</source>
        <translation>Zeitplan der Prüfung: %1</translation>
    </message>
    <message>
        <source>systemd does not run on this host: its jobs are scheduled with cron.</source>
        <translation>Auf diesem Host läuft kein systemd: seine Jobs werden mit cron geplant.</translation>
    </message>
    <message>
        <source>The login is not root: a system timer cannot be installed.</source>
        <translation>Die Anmeldung ist nicht root: ein System-Timer kann nicht installiert werden.</translation>
    </message>
    <message>
        <source>Lingering is on for the login: a user timer runs while nobody is logged in.</source>
        <translation>Lingering ist für die Anmeldung an: ein Benutzer-Timer läuft, auch wenn niemand angemeldet ist.</translation>
    </message>
    <message>
        <source>Lingering is off for the login: a user timer runs only while it is logged in. Run `loginctl enable-linger` for it on the host first.</source>
        <translation>Lingering ist für die Anmeldung aus: ein Benutzer-Timer läuft nur, solange sie angemeldet ist. Zuerst auf dem Host `loginctl enable-linger` für sie ausführen.</translation>
    </message>
</context>
<context>
    <name>blihops::gui::BackupsMode</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Backup jobs on the hosts, their catalog, retention and alerts (Ctrl+3)</source>
        <translation>Sicherungsaufträge auf den Hosts, ihr Katalog, Aufbewahrung und Warnungen (Ctrl+3)</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Ctrl+Alt+R</source>
        <translation>Ctrl+Alt+R</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Sicherungen</translation>
    </message>
    <message>
        <source>&amp;New Job…</source>
        <translation>&amp;Neuer Auftrag…</translation>
    </message>
    <message>
        <source>Schedule a new backup job on the environment&apos;s host (Ctrl+Shift+B)</source>
        <translation>Einen neuen Sicherungsauftrag auf dem Host der Umgebung planen (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>&amp;Edit Job…</source>
        <translation>Auftrag &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected job and install it again (Ctrl+Shift+E)</source>
        <translation>Den gewählten Auftrag ändern und neu installieren (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>En&amp;able Job</source>
        <translation>Auftrag akti&amp;vieren</translation>
    </message>
    <message>
        <source>Dis&amp;able Job</source>
        <translation>Auftrag deakti&amp;vieren</translation>
    </message>
    <message>
        <source>Take the selected job&apos;s schedule off the host, or put it back; its backups stay</source>
        <translation>Den Zeitplan des gewählten Auftrags vom Host nehmen oder zurückbringen; seine Sicherungen bleiben</translation>
    </message>
    <message>
        <source>&amp;Remove Job…</source>
        <translation>Auftrag &amp;entfernen…</translation>
    </message>
    <message>
        <source>Take the selected job off its host and out of the workspace, keeping its backups or not (Del)</source>
        <translation>Den gewählten Auftrag von seinem Host und aus dem Arbeitsbereich nehmen, mit oder ohne seine Sicherungen (Del)</translation>
    </message>
    <message>
        <source>Run the selected job on its host now, with its progress in the bottom panel (Ctrl+B)</source>
        <translation>Den gewählten Auftrag jetzt auf seinem Host ausführen, mit Fortschritt im unteren Bereich (Ctrl+B)</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Herunterladen…</translation>
    </message>
    <message>
        <source>Copy the selected backup to this machine and check its SHA-256 (Ctrl+Shift+G)</source>
        <translation>Die gewählte Sicherung auf diesen Rechner kopieren und ihre SHA-256 prüfen (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>De&amp;lete Backup…</source>
        <translation>Sicherung &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the selected backup&apos;s file on the host (Del)</source>
        <translation>Die Datei der gewählten Sicherung auf dem Host löschen (Del)</translation>
    </message>
    <message>
        <source>&amp;Prune…</source>
        <translation>&amp;Ausdünnen…</translation>
    </message>
    <message>
        <source>Show which backups retention lets go, and why, then delete exactly those (Ctrl+Shift+K)</source>
        <translation>Zeigen, welche Sicherungen die Aufbewahrung freigibt und warum, dann genau diese löschen (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>E&amp;xtract File…</source>
        <translation>Datei e&amp;xtrahieren…</translation>
    </message>
    <message>
        <source>Write the selected file of a downloaded storage backup to this machine (Ctrl+Shift+X)</source>
        <translation>Die gewählte Datei einer heruntergeladenen Speichersicherung auf diesen Rechner schreiben (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Read the jobs, the catalog and the hosts&apos; status again (Ctrl+Alt+R)</source>
        <translation>Die Aufträge, den Katalog und den Stand der Hosts erneut lesen (Ctrl+Alt+R)</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message numerus="yes">
        <source>%n backup job(s)</source>
        <translation>
            <numerusform>%n Sicherungsauftrag</numerusform>
            <numerusform>%n Sicherungsaufträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Read the Backup Jobs</source>
        <translation>Die Sicherungsaufträge können nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: the webhook could not be told: %2</source>
        <translation>%1: Der Webhook konnte nicht benachrichtigt werden: %2</translation>
    </message>
    <message>
        <source>Add an environment in the Environments mode first.</source>
        <translation>Legen Sie zuerst im Modus Umgebungen eine Umgebung an.</translation>
    </message>
    <message>
        <source>%1 has no backup jobs yet: New Job schedules one.</source>
        <translation>%1 hat noch keine Sicherungsaufträge: Neuer Auftrag plant einen.</translation>
    </message>
    <message>
        <source>The host could not be asked: %1</source>
        <translation>Der Host konnte nicht gefragt werden: %1</translation>
    </message>
    <message>
        <source>Asking the host…</source>
        <translation>Der Host wird gefragt…</translation>
    </message>
    <message>
        <source>No backups: the environment has no jobs.</source>
        <translation>Keine Sicherungen: Die Umgebung hat keine Aufträge.</translation>
    </message>
    <message>
        <source>Reading the catalog from the host of %1…</source>
        <translation>Der Katalog wird vom Host von %1 gelesen…</translation>
    </message>
    <message>
        <source>%1/%2 line %3 skipped: %4</source>
        <translation>%1/%2 Zeile %3 übersprungen: %4</translation>
    </message>
    <message>
        <source>%1/%2 line %3 was never finished (a run killed while writing it): skipped</source>
        <translation>%1/%2 Zeile %3 wurde nie fertig geschrieben (ein Lauf wurde dabei beendet): übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in the manifests.</source>
        <translation>
            <numerusform>%n Sicherung in den Manifesten.</numerusform>
            <numerusform>%n Sicherungen in den Manifesten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalog of %1 could not be read: %2</source>
        <translation>Der Katalog von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Prüfsumme</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not Recorded</source>
        <translation>Nicht protokolliert</translation>
    </message>
    <message>
        <source>The work was done, but the audit log could not be written: %1</source>
        <translation>Die Arbeit wurde getan, aber das Audit-Protokoll konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 Did Not Start</source>
        <translation>%1 wurde nicht gestartet</translation>
    </message>
    <message>
        <source>Back Up %1</source>
        <translation>%1 sichern</translation>
    </message>
    <message>
        <source>Back up now: %1 of %2</source>
        <translation>Jetzt sichern: %1 von %2</translation>
    </message>
    <message>
        <source>Running the script of %1 on %2…</source>
        <translation>Das Skript von %1 läuft auf %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) written in %1.</source>
        <translation>
            <numerusform>%n Sicherung in %1 geschrieben.</numerusform>
            <numerusform>%n Sicherungen in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The run did not succeed: %1</source>
        <translation>Der Lauf war nicht erfolgreich: %1</translation>
    </message>
    <message>
        <source>Putting the schedule of %1 back on the host…</source>
        <translation>Der Zeitplan von %1 kommt zurück auf den Host…</translation>
    </message>
    <message>
        <source>Taking the schedule of %1 off the host…</source>
        <translation>Der Zeitplan von %1 wird vom Host genommen…</translation>
    </message>
    <message>
        <source>Job Not Saved</source>
        <translation>Auftrag nicht gespeichert</translation>
    </message>
    <message>
        <source>Cannot Change the Job on Its Host</source>
        <translation>Der Auftrag kann auf seinem Host nicht geändert werden</translation>
    </message>
    <message>
        <source>Disable Backup Job</source>
        <translation>Sicherungsauftrag deaktivieren</translation>
    </message>
    <message>
        <source>Disable %1? Its schedule and script are taken off the host, so it stops running; its backups stay. Enable puts it back.</source>
        <translation>%1 deaktivieren? Sein Zeitplan und sein Skript werden vom Host genommen, er läuft also nicht mehr; seine Sicherungen bleiben. Aktivieren bringt ihn zurück.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Remove Backup Job</source>
        <translation>Sicherungsauftrag entfernen</translation>
    </message>
    <message>
        <source>Remove the job %1 of %2? Its schedule entry, script and log are taken off the host and it leaves the workspace.

Keep its backups on the host, or delete them (exactly the files its manifests name)?</source>
        <translation>Den Auftrag %1 von %2 entfernen? Sein Zeitplaneintrag, Skript und Log werden vom Host genommen, und er verlässt den Arbeitsbereich.

Seine Sicherungen auf dem Host behalten oder löschen (genau die Dateien, die seine Manifeste nennen)?</translation>
    </message>
    <message>
        <source>Remove, Keep Backups</source>
        <translation>Entfernen, Sicherungen behalten</translation>
    </message>
    <message>
        <source>Remove and Delete Backups</source>
        <translation>Entfernen und Sicherungen löschen</translation>
    </message>
    <message>
        <source>Remove Production Backup Job</source>
        <translation>Produktions-Sicherungsauftrag entfernen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a production environment. Type its name to remove the job %2 and delete its backups:</source>
        <translation>„%1“ ist eine Produktionsumgebung. Geben Sie ihren Namen ein, um den Auftrag %2 zu entfernen und seine Sicherungen zu löschen:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a production environment. Type its name to remove the job %2 (its backups stay):</source>
        <translation>„%1“ ist eine Produktionsumgebung. Geben Sie ihren Namen ein, um den Auftrag %2 zu entfernen (seine Sicherungen bleiben):</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>nothing was removed.</source>
        <translation>nichts wurde entfernt.</translation>
    </message>
    <message>
        <source>Removing %1 from its host…</source>
        <translation>%1 wird von seinem Host entfernt…</translation>
    </message>
    <message numerus="yes">
        <source>Removed %1; %n file(s) deleted.</source>
        <translation>
            <numerusform>%1 entfernt; %n Datei gelöscht.</numerusform>
            <numerusform>%1 entfernt; %n Dateien gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1; its backups stay on the host.</source>
        <translation>%1 entfernt; seine Sicherungen bleiben auf dem Host.</translation>
    </message>
    <message>
        <source>Files Kept</source>
        <translation>Dateien behalten</translation>
    </message>
    <message>
        <source>These files are not in the manifests and were kept:
%1</source>
        <translation>Diese Dateien stehen nicht in den Manifesten und wurden behalten:
%1</translation>
    </message>
    <message>
        <source>Job Not Removed from the Workspace</source>
        <translation>Auftrag nicht aus dem Arbeitsbereich entfernt</translation>
    </message>
    <message>
        <source>Cannot Remove the Job from Its Host</source>
        <translation>Der Auftrag kann nicht von seinem Host entfernt werden</translation>
    </message>
    <message>
        <source>Download the Backup To</source>
        <translation>Sicherung herunterladen nach</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>%1 herunterladen</translation>
    </message>
    <message>
        <source>Download %1 of %2 into %3</source>
        <translation>%1 von %2 nach %3 herunterladen</translation>
    </message>
    <message>
        <source>Copying %1 (%2) from %3…</source>
        <translation>%1 (%2) wird von %3 kopiert…</translation>
    </message>
    <message>
        <source>%1: SHA-256 %2 matches the manifest.</source>
        <translation>%1: SHA-256 %2 stimmt mit dem Manifest überein.</translation>
    </message>
    <message>
        <source>Extract %1 To</source>
        <translation>%1 extrahieren nach</translation>
    </message>
    <message>
        <source>%1 has not been downloaded to this machine (or the copy there is not it): Download it first, then extract from it.</source>
        <translation>%1 wurde nicht auf diesen Rechner heruntergeladen (oder die Kopie dort ist es nicht): Laden Sie es zuerst herunter, dann extrahieren Sie daraus.</translation>
    </message>
    <message>
        <source>Not Extracted</source>
        <translation>Nicht extrahiert</translation>
    </message>
    <message>
        <source>%1 was written to %2.</source>
        <translation>%1 wurde nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Delete Production Backup</source>
        <translation>Produktionssicherung löschen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a production environment. Type its name to delete the backup %2 from the host:</source>
        <translation>„%1“ ist eine Produktionsumgebung. Geben Sie ihren Namen ein, um die Sicherung %2 vom Host zu löschen:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>nothing was deleted.</source>
        <translation>nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>Delete Backup</source>
        <translation>Sicherung löschen</translation>
    </message>
    <message>
        <source>Delete %1 from the host? The file is gone for good; its manifest line stays, marked as gone.</source>
        <translation>%1 vom Host löschen? Die Datei ist endgültig weg; ihre Manifestzeile bleibt, als weg markiert.</translation>
    </message>
    <message>
        <source>Backup Not Deleted</source>
        <translation>Sicherung nicht gelöscht</translation>
    </message>
    <message>
        <source>Working out what retention lets go…</source>
        <translation>Es wird ermittelt, was die Aufbewahrung freigibt…</translation>
    </message>
    <message>
        <source>Prune Production Backups</source>
        <translation>Produktionssicherungen ausdünnen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a production environment. Type its name to delete the files the preview marks &quot;delete&quot;:</source>
        <translation>„%1“ ist eine Produktionsumgebung. Geben Sie ihren Namen ein, um die Dateien zu löschen, die die Vorschau mit „löschen“ markiert:</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>Ausdünnen</translation>
    </message>
    <message>
        <source>Cannot Preview the Prune</source>
        <translation>Keine Vorschau des Ausdünnens möglich</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>&amp;Verify Restore…</source>
        <translation>Wiederherstellung &amp;prüfen…</translation>
    </message>
    <message>
        <source>Restore the selected backup into a scratch database (or read its archive) and prove it equals what was backed up (Ctrl+Shift+V)</source>
        <translation>Die gewählte Sicherung in eine Wegwerf-Datenbank wiederherstellen (oder ihr Archiv lesen) und nachweisen, dass sie dem Gesicherten entspricht (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+E</source>
        <translation>Ctrl+Alt+E</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Expor&amp;t Verification…</source>
        <translation>Prüfung expor&amp;tieren…</translation>
    </message>
    <message>
        <source>Write the selected backup&apos;s newest restore verification to a PDF or Markdown file (Ctrl+Alt+E)</source>
        <translation>Die neueste Wiederherstellungsprüfung der gewählten Sicherung in eine PDF- oder Markdown-Datei schreiben (Ctrl+Alt+E)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+V</source>
        <translation>Ctrl+Alt+V</translation>
    </message>
    <message>
        <source>Prove that the selected job&apos;s newest good backup restores to what was backed up (Ctrl+Alt+V)</source>
        <translation>Bestätigen, dass sich die neueste gute Sicherung des gewählten Auftrags zu dem wiederherstellen lässt, was gesichert wurde (Ctrl+Alt+V)</translation>
    </message>
    <message>
        <source>Restore a dump or archive file on this machine into a scratch database of the environment and prove it</source>
        <translation>Eine Dump- oder Archivdatei auf diesem Rechner in einer Wegwerf-Datenbank der Umgebung wiederherstellen und bestätigen</translation>
    </message>
    <message>
        <source>Verify a Dump or Archive File</source>
        <translation>Dump- oder Archivdatei prüfen</translation>
    </message>
    <message>
        <source>Dumps and archives (*.dump *.backup *.tar.zst *.tar.gz *.tar)</source>
        <translation>Dumps und Archive (*.dump *.backup *.tar.zst *.tar.gz *.tar)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Verify Ne&amp;west Backup…</source>
        <translation>Neueste Sicherung prü&amp;fen…</translation>
    </message>
    <message>
        <source>Verify a D&amp;ump File…</source>
        <translation>&amp;Dump-Datei prüfen…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>Verify a File on the &amp;Host…</source>
        <translation>Datei auf dem H&amp;ost prüfen…</translation>
    </message>
    <message>
        <source>Restore a dump or archive that no job of the console made, where it lies on the environment&apos;s host, and prove it</source>
        <translation>Einen Dump oder ein Archiv, das kein Auftrag der Konsole erstellt hat, dort auf dem Host der Umgebung wiederherstellen, wo es liegt, und prüfen</translation>
    </message>
    <message>
        <source>Verify a File on the Host</source>
        <translation>Datei auf dem Host prüfen</translation>
    </message>
    <message>
        <source>Path of a dump (pg_dump -Fc) or a .tar.zst/.tar.gz archive on the host of %1:</source>
        <translation>Pfad eines Dumps (pg_dump -Fc) oder eines .tar.zst/.tar.gz-Archivs auf dem Host von %1:</translation>
    </message>
</context>
<context>
    <name>blihops::gui::BottomPanel</name>
    <message>
        <source>&amp;Bottom Panel</source>
        <translation>&amp;Unterer Bereich</translation>
    </message>
    <message>
        <source>Show or hide the panel with the actions&apos; output and the logs (Alt+0)</source>
        <translation>Den Bereich mit der Ausgabe der Aktionen und den Logs zeigen oder verbergen (Alt+0)</translation>
    </message>
</context>
<context>
    <name>blihops::gui::ChecklistAuditModel</name>
    <message>
        <source>Run started</source>
        <translation>Durchlauf begonnen</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Abgezeichnet</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wieder geöffnet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation>Nachweis angehängt</translation>
    </message>
    <message>
        <source>Evidence removed</source>
        <translation>Nachweis entfernt</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Erlassen</translation>
    </message>
    <message>
        <source>Waiver removed</source>
        <translation>Erlass aufgehoben</translation>
    </message>
    <message>
        <source>Check tied</source>
        <translation>Prüfung verbunden</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>blihops::gui::ChecklistItemPanel</name>
    <message>
        <source>Select an item to see and change it.</source>
        <translation>Wählen Sie einen Punkt, um ihn zu sehen und zu ändern.</translation>
    </message>
    <message>
        <source>Ticked in the imported document %1</source>
        <translation>Angehakt im importierten Dokument %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Waived by %1: %2</source>
        <translation>Erlassen von %1: %2</translation>
    </message>
    <message>
        <source>Not waived.</source>
        <translation>Nicht erlassen.</translation>
    </message>
    <message>
        <source>%1: running…</source>
        <translation>%1: läuft …</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
    <message>
        <source>Remove &amp;Waiver</source>
        <translation>Erlass auf&amp;heben</translation>
    </message>
    <message>
        <source>&amp;Waive…</source>
        <translation>&amp;Erlassen …</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>&amp;Pass</source>
        <translation>Bes&amp;tanden</translation>
    </message>
    <message>
        <source>&amp;Fail</source>
        <translation>&amp;Fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Blocked</source>
        <translation>B&amp;lockiert</translation>
    </message>
    <message>
        <source>&amp;N/A</source>
        <translation>&amp;N. z.</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Rücktaste</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Set the item %1 (%2 in the list)</source>
        <translation>Den Punkt auf „%1“ setzen (%2 in der Liste)</translation>
    </message>
    <message>
        <source>Note: what was seen, and where (Ctrl+Enter in the list to edit, Ctrl+Enter here to save)</source>
        <translation>Notiz: was wo zu sehen war (Ctrl+Enter in der Liste zum Bearbeiten, Ctrl+Enter hier zum Speichern)</translation>
    </message>
    <message>
        <source>&amp;Save Note</source>
        <translation>Notiz &amp;speichern</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Nachweise:</translation>
    </message>
    <message>
        <source>Add &amp;Evidence…</source>
        <translation>Nach&amp;weis anhängen …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Run the check this item is tied to and record its result (Ctrl+R)</source>
        <translation>Die Prüfung ausführen, mit der dieser Punkt verbunden ist, und ihr Ergebnis festhalten (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Tie to Check…</source>
        <translation>Mit &amp;Prüfung verbinden …</translation>
    </message>
</context>
<context>
    <name>blihops::gui::ChecklistItemsModel</name>
    <message>
        <source>Items</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>ticked in the document</source>
        <translation>im Dokument angehakt</translation>
    </message>
    <message>
        <source>Waived by %1: %2</source>
        <translation>Erlassen von %1: %2</translation>
    </message>
    <message>
        <source>%1 (waived)</source>
        <translation>%1 (erlassen)</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft …</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>blihops::gui::ChecklistRunView</name>
    <message>
        <source>Revision %1 (signed off)</source>
        <translation>Revision %1 (abgezeichnet)</translation>
    </message>
    <message>
        <source>Revision %1 (open)</source>
        <translation>Revision %1 (offen)</translation>
    </message>
    <message>
        <source>signed off by %1 (%2)</source>
        <translation>abgezeichnet von %1 (%2)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>, an older revision</source>
        <translation>, eine ältere Revision</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, release %3 · revision %4 · %5 · %n item(s) in the way of a sign-off</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, Release %3 · Revision %4 · %5 · %n Punkt steht der Abzeichnung im Weg</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, Release %3 · Revision %4 · %5 · %n Punkte stehen der Abzeichnung im Weg</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 decided</source>
        <translation>%1 von %2 entschieden</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>Ausführen: %1</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Show an earlier revision; only the latest can change</source>
        <translation>Eine frühere Revision zeigen; nur die neueste kann sich ändern</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Not Applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>Back to Pending</source>
        <translation>Zurück auf offen</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
</context>
<context>
    <name>blihops::gui::ChecklistRunsModel</name>
    <message>
        <source>Signed off</source>
        <translation>Abgezeichnet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>%1 of %2, %3 failed</source>
        <translation>%1 von %2, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
</context>
<context>
    <name>blihops::gui::ChecklistsMode</name>
    <message>
        <source>Cannot Set the Item</source>
        <translation>Punkt kann nicht gesetzt werden</translation>
    </message>
    <message>
        <source>Cannot Save the Note</source>
        <translation>Notiz kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot Remove the Evidence</source>
        <translation>Nachweis kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Cannot Remove the Waiver</source>
        <translation>Erlass kann nicht aufgehoben werden</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklisten</translation>
    </message>
    <message>
        <source>Deployment checklists: walk a run, attach evidence, sign it off (Ctrl+4)</source>
        <translation>Deployment-Checklisten: einen Durchlauf abarbeiten, Nachweise anhängen, abzeichnen (Ctrl+4)</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>&amp;Checkliste</translation>
    </message>
    <message>
        <source>&amp;New Run…</source>
        <translation>&amp;Neuer Durchlauf …</translation>
    </message>
    <message>
        <source>Start a checklist run from a template or a Markdown file (Ctrl+Shift+N)</source>
        <translation>Einen Checklisten-Durchlauf aus einer Vorlage oder einer Markdown-Datei beginnen (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Run Check</source>
        <translation>Prüfung &amp;ausführen</translation>
    </message>
    <message>
        <source>Run the check the selected item is tied to and record its result (Ctrl+R)</source>
        <translation>Die Prüfung ausführen, mit der der gewählte Punkt verbunden ist, und ihr Ergebnis festhalten (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Sign Off…</source>
        <translation>A&amp;bzeichnen …</translation>
    </message>
    <message>
        <source>Sign the run off as QA; refused while items are in the way (Ctrl+Shift+S)</source>
        <translation>Den Durchlauf als QA abzeichnen; verweigert, solange Punkte im Weg stehen (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>Reopen the signed run as a new revision; the signed one is kept</source>
        <translation>Den abgezeichneten Durchlauf als neue Revision wieder öffnen; die abgezeichnete bleibt erhalten</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>Write the run as PDF, HTML or Markdown (Ctrl+E)</source>
        <translation>Den Durchlauf als PDF, HTML oder Markdown schreiben (Ctrl+E)</translation>
    </message>
    <message>
        <source>Show the runs of one environment</source>
        <translation>Die Durchläufe einer Umgebung zeigen</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Alle Umgebungen</translation>
    </message>
    <message>
        <source>Select a run on the left, or start one with New Run (Ctrl+Shift+N).</source>
        <translation>Wählen Sie links einen Durchlauf, oder beginnen Sie einen mit „Neuer Durchlauf“ (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <source>No checklist run yet.</source>
        <translation>Noch kein Checklisten-Durchlauf.</translation>
    </message>
    <message>
        <source>No checklist run yet: New Run (Ctrl+Shift+N) starts one from a built-in template or a Markdown file.</source>
        <translation>Noch kein Checklisten-Durchlauf: „Neuer Durchlauf“ (Ctrl+Shift+N) beginnt einen aus einer eingebauten Vorlage oder einer Markdown-Datei.</translation>
    </message>
    <message numerus="yes">
        <source>%n checklist run(s)</source>
        <translation>
            <numerusform>%n Checklisten-Durchlauf</numerusform>
            <numerusform>%n Checklisten-Durchläufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Read the Checklists</source>
        <translation>Checklisten können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot Read the Checklist Run</source>
        <translation>Checklisten-Durchlauf kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot Read the Templates</source>
        <translation>Vorlagen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot Start the Checklist Run</source>
        <translation>Checklisten-Durchlauf kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>Cannot Add the Evidence</source>
        <translation>Nachweis kann nicht angehängt werden</translation>
    </message>
    <message>
        <source>Cannot Read the Smoke History</source>
        <translation>Smoke-Test-Verlauf kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Waive Item %1</source>
        <translation>Punkt %1 erlassen</translation>
    </message>
    <message>
        <source>Why may this item stay undone for the sign-off? The reason is shown with the sign-off and in every export.</source>
        <translation>Warum darf dieser Punkt für die Abzeichnung unerledigt bleiben? Der Grund steht bei der Abzeichnung und in jedem Export.</translation>
    </message>
    <message>
        <source>&amp;Waive</source>
        <translation>&amp;Erlassen</translation>
    </message>
    <message>
        <source>Cannot Waive the Item</source>
        <translation>Punkt kann nicht erlassen werden</translation>
    </message>
    <message>
        <source>Tie Item %1 to a Check</source>
        <translation>Punkt %1 mit einer Prüfung verbinden</translation>
    </message>
    <message>
        <source>Its Run button runs this check and records what it finds:</source>
        <translation>Seine Schaltfläche „Ausführen“ führt diese Prüfung aus und hält fest, was sie findet:</translation>
    </message>
    <message>
        <source>Cannot Tie the Item</source>
        <translation>Punkt kann nicht verbunden werden</translation>
    </message>
    <message>
        <source>Cannot Read the Smoke Suite</source>
        <translation>Smoke-Test-Reihe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Check of Item %1 Not Run</source>
        <translation>Prüfung von Punkt %1 nicht ausgeführt</translation>
    </message>
    <message>
        <source>Cannot Record the Check of Item %1</source>
        <translation>Prüfung von Punkt %1 kann nicht festgehalten werden</translation>
    </message>
    <message>
        <source>Run %1, %2</source>
        <translation>Durchlauf %1, %2</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>Not Signed Off</source>
        <translation>Nicht abgezeichnet</translation>
    </message>
    <message>
        <source>These items are pending, failed or blocked and not waived: %1.</source>
        <translation>Diese Punkte sind offen, fehlgeschlagen oder blockiert und nicht erlassen: %1.</translation>
    </message>
    <message>
        <source>Cannot Reopen the Run</source>
        <translation>Durchlauf kann nicht wieder geöffnet werden</translation>
    </message>
    <message>
        <source>Export Checklist Run</source>
        <translation>Checklisten-Durchlauf exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Cannot Export the Run</source>
        <translation>Durchlauf kann nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>blihops::gui::ComposeFileViewer</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 — line %2</source>
        <translation>%1 — Zeile %2</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
</context>
<context>
    <name>blihops::gui::ConflictsDialog</name>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>%1 and %2 can run at the same time on one host: no port, container name, volume or database collides.</source>
        <translation>%1 und %2 können gleichzeitig auf einem Host laufen: Kein Port, Containername, Volume und keine Datenbank kollidiert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 cannot run at the same time on one host: %n collision(s).</source>
        <translation>
            <numerusform>%1 und %2 können nicht gleichzeitig auf einem Host laufen: %n Kollision.</numerusform>
            <numerusform>%1 und %2 können nicht gleichzeitig auf einem Host laufen: %n Kollisionen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>Can They Run Together?</source>
        <translation>Können sie zusammen laufen?</translation>
    </message>
    <message>
        <source>&amp;First environment:</source>
        <translation>&amp;Erste Umgebung:</translation>
    </message>
    <message>
        <source>&amp;Second environment:</source>
        <translation>&amp;Zweite Umgebung:</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>What collides</source>
        <translation>Was kollidiert</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
</context>
<context>
    <name>blihops::gui::ConnectionIndicators</name>
    <message>
        <source>Connection to %1</source>
        <translation>Verbindung zu %1</translation>
    </message>
    <message>
        <source>%1

Engine: %2
API version: %3</source>
        <translation>%1

Engine: %2
API-Version: %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>blihops::gui::ContainersModel</name>
    <message>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n T</numerusform>
            <numerusform>%n T</numerusform>
        </translation>
    </message>
    <message>
        <source>not created</source>
        <translation>nicht erstellt</translation>
    </message>
    <message>
        <source>no check</source>
        <translation>keine Prüfung</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Last health check:
%1</source>
        <translation>Letzter Health-Check:
%1</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health-Status</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Laufzeit</translation>
    </message>
</context>
<context>
    <name>blihops::gui::ContainersPane</name>
    <message>
        <source>No engine is set for this environment: edit it to name its Docker Engine (unix://, ssh:// or tcp://).</source>
        <translation>Für diese Umgebung ist keine Engine festgelegt: Bearbeiten Sie sie, um ihre Docker Engine anzugeben (unix://, ssh:// oder tcp://).</translation>
    </message>
    <message>
        <source>%1: connecting to %2…</source>
        <translation>%1: Verbindung zu %2 wird hergestellt…</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>Last Health Check</source>
        <translation>Letzter Health-Check</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 has no health check.</source>
        <translation>%1 hat keinen Health-Check.</translation>
    </message>
    <message>
        <source>the last check printed nothing.</source>
        <translation>der letzte Check hat nichts ausgegeben.</translation>
    </message>
</context>
<context>
    <name>blihops::gui::ContradictionsModel</name>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>Angegeben</translation>
    </message>
    <message>
        <source>Checkboxes</source>
        <translation>Kästchen</translation>
    </message>
    <message>
        <source>Contradiction</source>
        <translation>Widerspruch</translation>
    </message>
</context>
<context>
    <name>blihops::gui::DashboardMode</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>How far each work stream really is, from its checkboxes (Ctrl+5)</source>
        <translation>Wie weit jeder Arbeits-Stream wirklich ist, nach seinen Kästchen (Ctrl+5)</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Import Stream Documents…</source>
        <translation>Stream-Dokumente &amp;importieren …</translation>
    </message>
    <message>
        <source>Read stream documents; each import is kept for the trend (Ctrl+I)</source>
        <translation>Stream-Dokumente lesen; jeder Import bleibt für den Verlauf erhalten (Ctrl+I)</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Als &amp;PDF exportieren …</translation>
    </message>
    <message>
        <source>Write the dashboard as a PDF file (Ctrl+P)</source>
        <translation>Die Dashboard als PDF-Datei schreiben (Ctrl+P)</translation>
    </message>
    <message>
        <source>Re&amp;load Dashboard</source>
        <translation>Dashboard neu &amp;laden</translation>
    </message>
    <message>
        <source>Read the streams and environments again (Ctrl+Shift+R)</source>
        <translation>Streams und Umgebungen neu lesen (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Select a stream on the left.</source>
        <translation>Wählen Sie links einen Stream.</translation>
    </message>
    <message>
        <source>No stream document was imported yet.</source>
        <translation>Es wurde noch kein Stream-Dokument importiert.</translation>
    </message>
    <message>
        <source>No stream document was imported yet: Import (Ctrl+I) reads one, such as stream-1-devops.md.</source>
        <translation>Es wurde noch kein Stream-Dokument importiert: „Importieren“ (Ctrl+I) liest eines, etwa stream-1-devops.md.</translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s)</source>
        <translation>
            <numerusform>%n Stream</numerusform>
            <numerusform>%n Streams</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Read the Dashboard</source>
        <translation>Dashboard kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Import Stream Documents</source>
        <translation>Stream-Dokumente importieren</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown);;All files (*)</source>
        <translation>Markdown (*.md *.markdown);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Import the Stream Document</source>
        <translation>Stream-Dokument kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Export Dashboard</source>
        <translation>Dashboard exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot Export the Dashboard</source>
        <translation>Dashboard kann nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>blihops::gui::EnvironmentDetailsPanel</name>
    <message>
        <source>Tier:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation>Engine:</translation>
    </message>
    <message>
        <source>Compose project:</source>
        <translation>Compose-Projekt:</translation>
    </message>
    <message>
        <source>Compose files:</source>
        <translation>Compose-Dateien:</translation>
    </message>
    <message>
        <source>Env file:</source>
        <translation>Env-Datei:</translation>
    </message>
    <message>
        <source>Expected ports:</source>
        <translation>Erwartete Ports:</translation>
    </message>
    <message>
        <source>Databases:</source>
        <translation>Datenbanken:</translation>
    </message>
    <message>
        <source>Services:</source>
        <translation>Dienste:</translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation>Letzte Änderung:</translation>
    </message>
    <message>
        <source>Select an environment to see its details, or add one with Environment → Add (Ctrl+N).</source>
        <translation>Wählen Sie eine Umgebung aus, um ihre Details zu sehen, oder fügen Sie über Umgebung → Hinzufügen (Ctrl+N) eine hinzu.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>not set: edit the environment to name its host</source>
        <translation>nicht festgelegt: Bearbeiten Sie die Umgebung, um ihren Host anzugeben</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>The workspace could not be opened:
%1

Fix the cause, then press Reload (F5).</source>
        <translation>Der Arbeitsbereich konnte nicht geöffnet werden:
%1

Beheben Sie die Ursache und wählen Sie dann Neu laden (F5).</translation>
    </message>
    <message>
        <source>%1 (not on this machine)</source>
        <translation>%1 (nicht auf diesem Rechner)</translation>
    </message>
</context>
<context>
    <name>blihops::gui::EnvironmentDialog</name>
    <message>
        <source>Add Environment</source>
        <translation>Umgebung hinzufügen</translation>
    </message>
    <message>
        <source>Edit Environment</source>
        <translation>Umgebung bearbeiten</translation>
    </message>
    <message>
        <source>Duplicate Environment</source>
        <translation>Umgebung duplizieren</translation>
    </message>
    <message>
        <source>Checking the compose files…</source>
        <translation>Compose-Dateien werden geprüft…</translation>
    </message>
    <message>
        <source>Add Compose Files</source>
        <translation>Compose-Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Compose files (*.yml *.yaml);;All files (*)</source>
        <translation>Compose-Dateien (*.yml *.yaml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose Env File</source>
        <translation>Env-Datei auswählen</translation>
    </message>
    <message>
        <source>only for ssh:// engines</source>
        <translation>nur für ssh://-Engines</translation>
    </message>
</context>
<context>
    <name>blihops::gui::EnvironmentFactsModel</name>
    <message>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
</context>
<context>
    <name>blihops::gui::EnvironmentTreeModel</name>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n service(s)</source>
        <translation>
            <numerusform>%1 (%2): %n Dienst</numerusform>
            <numerusform>%1 (%2): %n Dienste</numerusform>
        </translation>
    </message>
    <message>
        <source>Compose files cannot be read</source>
        <translation>Compose-Dateien können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>wird verbunden…</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>no engine</source>
        <translation>keine Engine</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Compose files not on this machine</source>
        <translation>Compose-Dateien nicht auf diesem Rechner</translation>
    </message>
    <message numerus="yes">
        <source>%n backup alert(s)</source>
        <translation>
            <numerusform>%n Sicherungswarnung</numerusform>
            <numerusform>%n Sicherungswarnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>restore unproven</source>
        <translation>Wiederherstellung unbestätigt</translation>
    </message>
</context>
<context>
    <name>blihops::gui::EnvironmentsMode</name>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Environments and their services (Ctrl+1)</source>
        <translation>Umgebungen und ihre Dienste (Ctrl+1)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>&amp;Umgebung</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add an environment (Ctrl+N)</source>
        <translation>Umgebung hinzufügen (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected environment (F2)</source>
        <translation>Ausgewählte Umgebung bearbeiten (F2)</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <source>Add a copy of the selected environment (Ctrl+D)</source>
        <translation>Kopie der ausgewählten Umgebung hinzufügen (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected environment from the workspace (Del); its stack keeps running</source>
        <translation>Ausgewählte Umgebung aus dem Arbeitsbereich entfernen (Del); ihr Stack läuft weiter</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Read the workspace and compose files again (F5)</source>
        <translation>Arbeitsbereich und Compose-Dateien neu einlesen (F5)</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Smoke Tests</source>
        <translation>Smoke-Tests</translation>
    </message>
    <message>
        <source>Workspace unavailable</source>
        <translation>Arbeitsbereich nicht verfügbar</translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s)</source>
        <translation>
            <numerusform>%n Umgebung</numerusform>
            <numerusform>%n Umgebungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Open the Workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1-copy</source>
        <translation>%1-kopie</translation>
    </message>
    <message>
        <source>Cannot Save the Environment</source>
        <translation>Umgebung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Remove Production Environment</source>
        <translation>Produktionsumgebung entfernen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a production environment. Type its name to remove it from the workspace (its stack keeps running):</source>
        <translation>„%1“ ist eine Produktionsumgebung. Geben Sie ihren Namen ein, um sie aus dem Arbeitsbereich zu entfernen (ihr Stack läuft weiter):</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove Environment</source>
        <translation>Umgebung entfernen</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the workspace? Its stack keeps running; only the console forgets it.</source>
        <translation>„%1“ aus dem Arbeitsbereich entfernen? Ihr Stack läuft weiter; nur die Console vergisst die Umgebung.</translation>
    </message>
    <message>
        <source>Cannot Remove the Environment</source>
        <translation>Umgebung kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Bring the stack (or the selected service) up, then wait until it is healthy (Ctrl+Shift+U)</source>
        <translation>Den Stack (oder den gewählten Dienst) hochfahren und warten, bis er gesund ist (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>Do&amp;wn…</source>
        <translation>He&amp;runterfahren…</translation>
    </message>
    <message>
        <source>Take the whole stack down; its volumes stay (Ctrl+Shift+D)</source>
        <translation>Den ganzen Stack herunterfahren; seine Volumes bleiben (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Down and Remove &amp;Volumes…</source>
        <translation>Herunterfahren und &amp;Volumes entfernen…</translation>
    </message>
    <message>
        <source>Take the stack down and delete its volumes, after showing their names</source>
        <translation>Den Stack herunterfahren und seine Volumes löschen, nachdem ihre Namen gezeigt wurden</translation>
    </message>
    <message>
        <source>Res&amp;tart</source>
        <translation>Neu s&amp;tarten</translation>
    </message>
    <message>
        <source>Restart the stack&apos;s (or the selected service&apos;s) containers, then wait until they are healthy (Ctrl+Shift+R)</source>
        <translation>Die Container des Stacks (oder des gewählten Dienstes) neu starten und warten, bis sie gesund sind (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&amp;Pull</source>
        <translation>Images &amp;ziehen</translation>
    </message>
    <message>
        <source>Pull the images of the stack (or the selected service) (Ctrl+Shift+P)</source>
        <translation>Die Images des Stacks (oder des gewählten Dienstes) ziehen (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Container</source>
        <translation>&amp;Container</translation>
    </message>
    <message>
        <source>Show &amp;Logs</source>
        <translation>&amp;Logs zeigen</translation>
    </message>
    <message>
        <source>Follow the log of the selected container, or of every container of the selected service (Ctrl+Shift+L)</source>
        <translation>Dem Log des gewählten Containers oder aller Container des gewählten Dienstes folgen (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>&amp;Start Container</source>
        <translation>Container &amp;starten</translation>
    </message>
    <message>
        <source>S&amp;top Container</source>
        <translation>Container s&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;Restart Container</source>
        <translation>Container &amp;neu starten</translation>
    </message>
    <message>
        <source>&amp;Kill Container…</source>
        <translation>Container &amp;beenden (SIGKILL)…</translation>
    </message>
    <message>
        <source>nothing was removed.</source>
        <translation>es wurde nichts entfernt.</translation>
    </message>
    <message>
        <source>Schedule &amp;Backups…</source>
        <translation>&amp;Sicherungen planen…</translation>
    </message>
    <message>
        <source>Open the backup scheduler for the selected environment</source>
        <translation>Den Sicherungsplaner für die gewählte Umgebung öffnen</translation>
    </message>
</context>
<context>
    <name>blihops::gui::EvidenceDialog</name>
    <message>
        <source>Add Evidence</source>
        <translation>Nachweis anhängen</translation>
    </message>
    <message>
        <source>#%1, %2: %3 of %4 passed</source>
        <translation>#%1, %2: %3 von %4 bestanden</translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation>&amp;Lauf:</translation>
    </message>
    <message>
        <source>%1 has no smoke runs yet: run its suite in the Environments mode (Ctrl+T) first.</source>
        <translation>%1 hat noch keine Smoke-Test-Läufe: Führen Sie zuerst ihre Reihe im Modus Umgebungen aus (Ctrl+T).</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source>Smoke-test run</source>
        <translation>Smoke-Test-Lauf</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Restore verification</source>
        <translation>Prüfung einer Wiederherstellung</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Evidence File</source>
        <translation>Nachweisdatei</translation>
    </message>
</context>
<context>
    <name>blihops::gui::FindingsModel</name>
    <message>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Ready: no findings</source>
        <translation>Bereit: keine Befunde</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>(project)</source>
        <translation>(Projekt)</translation>
    </message>
    <message>
        <source>%1
Fix: %2</source>
        <translation>%1
Abhilfe: %2</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>File:Line</source>
        <translation>Datei:Zeile</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Abhilfe</translation>
    </message>
</context>
<context>
    <name>blihops::gui::LogListModel</name>
    <message>
        <source> … [%L1 bytes in all: Enter shows the whole line]</source>
        <translation> … [%L1 Bytes insgesamt: Eingabe zeigt die ganze Zeile]</translation>
    </message>
    <message>
        <source>standard error</source>
        <translation>Standardfehler</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
</context>
<context>
    <name>blihops::gui::LogViewer</name>
    <message>
        <source>No line matches &quot;%1&quot;.</source>
        <translation>Keine Zeile passt zu „%1“.</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Ctrl+Alt+T</source>
        <translation>Ctrl+Alt+T</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Follow what the containers write (%1); off: pause</source>
        <translation>Verfolgen, was die Container schreiben (%1); aus: Pause</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>Show the engine&apos;s time of each line (%1)</source>
        <translation>Die Zeit der Engine für jede Zeile zeigen (%1)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Save Visible…</source>
        <translation>Sichtbares speichern…</translation>
    </message>
    <message>
        <source>Save the lines shown, as shown (%1)</source>
        <translation>Die gezeigten Zeilen so speichern, wie sie gezeigt werden (%1)</translation>
    </message>
    <message>
        <source>Save All…</source>
        <translation>Alles speichern…</translation>
    </message>
    <message>
        <source>Save every line kept, whatever the filter (%1)</source>
        <translation>Jede behaltene Zeile speichern, unabhängig vom Filter (%1)</translation>
    </message>
    <message>
        <source>Show Whole Line</source>
        <translation>Ganze Zeile zeigen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Read the log again with this tail and since (%1)</source>
        <translation>Das Log mit diesem Ende und Beginn neu lesen (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Tail:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>The last lines of each container to read first</source>
        <translation>Die letzten Zeilen jedes Containers, die zuerst gelesen werden</translation>
    </message>
    <message>
        <source>S&amp;ince:</source>
        <translation>S&amp;eit:</translation>
    </message>
    <message>
        <source>10m, 2h, 1d or 2024-05-01T10:00:00Z</source>
        <translation>10m, 2h, 1d oder 2024-05-01T10:00:00Z</translation>
    </message>
    <message>
        <source>Filte&amp;r:</source>
        <translation>Filte&amp;r:</translation>
    </message>
    <message>
        <source>show only lines with…</source>
        <translation>nur Zeilen zeigen mit…</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>S&amp;uchen:</translation>
    </message>
    <message>
        <source>Ctrl+F, then F3</source>
        <translation>Strg+F, dann F3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Logs of %1 in %2</source>
        <translation>Logs von %1 in %2</translation>
    </message>
    <message>
        <source>Reconnected: the log goes on from the last line received.</source>
        <translation>Wieder verbunden: Das Log geht ab der zuletzt empfangenen Zeile weiter.</translation>
    </message>
    <message>
        <source>Connecting to the engine…</source>
        <translation>Verbindung zur Engine wird aufgebaut…</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Das Log wird gelesen…</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Folgt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbindung wird neu aufgebaut…</translation>
    </message>
    <message>
        <source>Ended: every container stopped</source>
        <translation>Beendet: Jeder Container ist gestoppt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s)</source>
        <translation>
            <numerusform>%n Container</numerusform>
            <numerusform>%n Container</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n line(s) match</source>
        <translation>
            <numerusform>%1 von %n Zeile passen</numerusform>
            <numerusform>%1 von %n Zeilen passen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n oldest line(s) dropped: the viewer keeps %1</source>
        <translation>
            <numerusform>%n älteste Zeile verworfen: Die Ansicht behält %1</numerusform>
            <numerusform>%n älteste Zeilen verworfen: Die Ansicht behält %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The filter is not a valid regular expression: %1.</source>
        <translation>Der Filter ist kein gültiger regulärer Ausdruck: %1.</translation>
    </message>
    <message>
        <source>The search is not a valid regular expression: %1.</source>
        <translation>Die Suche ist kein gültiger regulärer Ausdruck: %1.</translation>
    </message>
    <message>
        <source>Save the Visible Lines</source>
        <translation>Die sichtbaren Zeilen speichern</translation>
    </message>
    <message>
        <source>Save the Whole Log</source>
        <translation>Das ganze Log speichern</translation>
    </message>
    <message>
        <source>Logs (*.log *.txt);;All files (*)</source>
        <translation>Logs (*.log *.txt);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n line(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile in %1 gespeichert.</numerusform>
            <numerusform>%n Zeilen in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Save the Log</source>
        <translation>Das Log kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Whole Line: %L1 bytes</source>
        <translation>Ganze Zeile: %L1 Bytes</translation>
    </message>
    <message>
        <source>Only the first %L1 bytes of this line are left: the whole texts of long lines are kept within %L2 MiB, and newer ones took its place.</source>
        <translation>Von dieser Zeile sind nur die ersten %L1 Bytes übrig: Die ganzen Texte langer Zeilen werden in höchstens %L2 MiB behalten, und neuere haben ihren Platz eingenommen.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>blihops::gui::MainWindow</name>
    <message>
        <source>Working…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>BlihOps Console — %1</source>
        <translation>BlihOps Console — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Modes</source>
        <translation>Modi</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About BlihOps Console</source>
        <translation>Ü&amp;ber BlihOps Console</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>About BlihOps Console</source>
        <translation>Über BlihOps Console</translation>
    </message>
    <message>
        <source>BlihOps Console — %1 (read-only)</source>
        <translation>BlihOps Console — %1 (nur lesen)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&lt;h3&gt;BlihOps Console %1&lt;/h3&gt;&lt;p&gt;Watches the BlihOps Talent Platform&apos;s Docker Compose stacks live, reviews their compose files, runs their smoke tests, walks deployment checklists to QA sign-off and shows how far each work stream is.&lt;/p&gt;&lt;p&gt;Modes: %2.&lt;/p&gt;&lt;p&gt;Workspace: %3&lt;/p&gt;&lt;p&gt;Log file: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;BlihOps Console %1&lt;/h3&gt;&lt;p&gt;Beobachtet die Docker-Compose-Stacks der BlihOps Talent Platform live, prüft ihre Compose-Dateien, führt ihre Smoke-Tests aus, arbeitet Deployment-Checklisten bis zur QA-Abzeichnung ab und zeigt, wie weit jeder Arbeits-Stream ist.&lt;/p&gt;&lt;p&gt;Modi: %2.&lt;/p&gt;&lt;p&gt;Arbeitsbereich: %3&lt;/p&gt;&lt;p&gt;Protokolldatei: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Backup alert: %1/%2</source>
        <translation>Sicherungswarnung: %1/%2</translation>
    </message>
    <message>
        <source>Webhook not told: %1/%2</source>
        <translation>Webhook nicht benachrichtigt: %1/%2</translation>
    </message>
    <message>
        <source>The backup status could not be read: %1</source>
        <translation>Der Sicherungsstand konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>blihops::gui::NewChecklistRunDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>New Checklist Run</source>
        <translation>Neuer Checklisten-Durchlauf</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n item(s))</source>
        <translation>
            <numerusform>%1 (%n Punkt)</numerusform>
            <numerusform>%1 (%n Punkte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (imported, %n item(s))</source>
        <translation>
            <numerusform>%1 (importiert, %n Punkt)</numerusform>
            <numerusform>%1 (importiert, %n Punkte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Markdown file…</source>
        <translation>Markdown-Datei …</translation>
    </message>
    <message>
        <source>A Markdown file whose - [ ] items become the checklist</source>
        <translation>Eine Markdown-Datei, deren - [ ]-Punkte die Checkliste werden</translation>
    </message>
    <message>
        <source>A version or tag, e.g. v1.4.0</source>
        <translation>Eine Version oder ein Tag, z. B. v1.4.0</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Beginnen</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>&amp;Checkliste:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>&amp;Release:</source>
        <translation>&amp;Release:</translation>
    </message>
    <message>
        <source>Markdown Checklist</source>
        <translation>Markdown-Checkliste</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown);;All files (*)</source>
        <translation>Markdown (*.md *.markdown);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>blihops::gui::OutputTab</name>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 auf %2: %3</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Waiting for the services to be healthy</source>
        <translation>Wartet, bis die Dienste gesund sind</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>nothing ran</source>
        <translation>nichts lief</translation>
    </message>
    <message>
        <source>Succeeded in %1 (%2).</source>
        <translation>Erfolgreich in %1 (%2).</translation>
    </message>
    <message>
        <source>Cancelled after %1 (%2). %3</source>
        <translation>Abgebrochen nach %1 (%2). %3</translation>
    </message>
    <message>
        <source>Failed after %1 (%2): %3</source>
        <translation>Fehlgeschlagen nach %1 (%2): %3</translation>
    </message>
    <message>
        <source>ready (%1)</source>
        <translation>bereit (%1)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the action (Esc): compose is interrupted on the host as Ctrl+C would</source>
        <translation>Die Aktion stoppen (Esc): Compose wird auf dem Host wie mit Ctrl+C unterbrochen</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Last Health Check</source>
        <translation>Letzter Health-Check</translation>
    </message>
    <message>
        <source>Action Still Running</source>
        <translation>Aktion läuft noch</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is still running. Cancel it and close its output?</source>
        <translation>„%1“ läuft noch. Abbrechen und die Ausgabe schließen?</translation>
    </message>
    <message>
        <source>Cancel Action</source>
        <translation>Aktion abbrechen</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
</context>
<context>
    <name>blihops::gui::ReadinessMode</name>
    <message>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Findings of the readiness review for every environment (Ctrl+2)</source>
        <translation>Befunde der Bereitschaftsprüfung für jede Umgebung (Ctrl+2)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
</context>
<context>
    <name>blihops::gui::ReadinessPane</name>
    <message>
        <source>Cannot Review the Environments</source>
        <translation>Umgebungen können nicht geprüft werden</translation>
    </message>
    <message>
        <source>Export Variables of %1</source>
        <translation>Variablen von %1 exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>%1-variables.md</source>
        <translation>%1-variablen.md</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Variables written to %1.</source>
        <translation>Variablen nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Cannot Export the Variables</source>
        <translation>Variablen können nicht exportiert werden</translation>
    </message>
    <message>
        <source>Filter by environment, service, rule or text</source>
        <translation>Nach Umgebung, Dienst, Regel oder Text filtern</translation>
    </message>
    <message>
        <source>Re&amp;check</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Read the compose files again and review them</source>
        <translation>Compose-Dateien neu einlesen und prüfen</translation>
    </message>
    <message>
        <source>Can They Run &amp;Together?…</source>
        <translation>Können sie &amp;zusammen laufen?…</translation>
    </message>
    <message>
        <source>Check whether two environments can run at the same time on one host</source>
        <translation>Prüfen, ob zwei Umgebungen gleichzeitig auf einem Host laufen können</translation>
    </message>
    <message>
        <source>Export Variables as &amp;Markdown…</source>
        <translation>Variablen als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>Write the variable table of the selected environment, for the docs</source>
        <translation>Die Variablentabelle der ausgewählten Umgebung für die Dokumentation schreiben</translation>
    </message>
    <message>
        <source>Reviewing…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n silenced</source>
        <translation>
            <numerusform>%n stummgeschaltet</numerusform>
            <numerusform>%n stummgeschaltet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Double-click a finding to open its file at the line.</source>
        <translation>%1. Doppelklicken Sie auf einen Befund, um seine Datei an der Zeile zu öffnen.</translation>
    </message>
</context>
<context>
    <name>blihops::gui::SignOffDialog</name>
    <message>
        <source>Sign Off</source>
        <translation>Abzeichnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cannot be signed off yet: these items are pending, failed or blocked. Set them, or waive them with a reason.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; kann noch nicht abgezeichnet werden: Diese Punkte sind offen, fehlgeschlagen oder blockiert. Setzen Sie sie, oder erlassen Sie sie mit einem Grund.</translation>
    </message>
    <message>
        <source>Sign off &lt;b&gt;%1&lt;/b&gt;. It becomes read-only; reopening it later makes a new revision and keeps this one.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; abzeichnen. Der Durchlauf wird schreibgeschützt; ihn später wieder zu öffnen ergibt eine neue Revision und behält diese.</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>e.g. QA lead</source>
        <translation>z. B. QA-Leitung</translation>
    </message>
    <message>
        <source>&amp;Sign Off</source>
        <translation>A&amp;bzeichnen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
</context>
<context>
    <name>blihops::gui::SmokePane</name>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>The smoke run ended without a result.</source>
        <translation>Der Smoke-Lauf endete ohne Ergebnis.</translation>
    </message>
    <message>
        <source>Cannot Reach %1</source>
        <translation>%1 ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Smoke Suite of %1 Not Run</source>
        <translation>Smoke-Suite von %1 nicht ausgeführt</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n check(s).</source>
        <translation>
            <numerusform>Nach %n Check abgebrochen.</numerusform>
            <numerusform>Nach %n Checks abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) run again at %1; the other rows are from before.</source>
        <translation>
            <numerusform>%n Check um %1 erneut ausgeführt; die übrigen Zeilen stammen von vorher.</numerusform>
            <numerusform>%n Checks um %1 erneut ausgeführt; die übrigen Zeilen stammen von vorher.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Keep the Smoke Run</source>
        <translation>Smoke-Lauf kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1 — %2 — %3 of %4 passed</source>
        <translation>%1 — %2 — %3 von %4 bestanden</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (abgebrochen)</translation>
    </message>
    <message>
        <source>Select an environment to run its smoke tests.</source>
        <translation>Wählen Sie eine Umgebung aus, um ihre Smoke-Tests auszuführen.</translation>
    </message>
    <message>
        <source>Reading the smoke suite of %1…</source>
        <translation>Smoke-Suite von %1 wird gelesen…</translation>
    </message>
    <message>
        <source>No engine is set for %1: edit the environment (F2) to name its Docker Engine. The smoke tests reach its services through it.</source>
        <translation>Für %1 ist keine Engine festgelegt: Bearbeiten Sie die Umgebung (F2), um ihre Docker Engine anzugeben. Über sie erreichen die Smoke-Tests die Dienste der Umgebung.</translation>
    </message>
    <message>
        <source>The smoke suite of %1 cannot be read:&lt;br&gt;%2</source>
        <translation>Die Smoke-Suite von %1 kann nicht gelesen werden:&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Cancelling: the check under way finishes first…</source>
        <translation>Wird abgebrochen: Der laufende Check wird noch zu Ende geführt…</translation>
    </message>
    <message>
        <source>Running the smoke suite of %1…</source>
        <translation>Smoke-Suite von %1 wird ausgeführt…</translation>
    </message>
    <message>
        <source>Run of %1 by %2 took %3.</source>
        <translation>Der Lauf vom %1 durch %2 dauerte %3.</translation>
    </message>
    <message>
        <source>%1 of %2 checks passed.</source>
        <translation>%1 von %2 Checks bestanden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 in %3: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; in %3 %2: %4</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Run Suite</source>
        <translation>Suite &amp;ausführen</translation>
    </message>
    <message>
        <source>Run the smoke suite of the selected environment (Ctrl+T)</source>
        <translation>Smoke-Suite der ausgewählten Umgebung ausführen (Ctrl+T)</translation>
    </message>
    <message>
        <source>Run &amp;Again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>Run the selected checks again (Ctrl+Shift+T)</source>
        <translation>Ausgewählte Checks erneut ausführen (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop the run after the check under way</source>
        <translation>Lauf nach dem aktuellen Check beenden</translation>
    </message>
    <message>
        <source>Edit &amp;Suite…</source>
        <translation>&amp;Suite bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the checks of the selected environment&apos;s suite</source>
        <translation>Checks der Suite der ausgewählten Umgebung bearbeiten</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>&amp;Verlauf:</translation>
    </message>
    <message>
        <source>%v of %m checks</source>
        <translation>%v von %m Checks</translation>
    </message>
    <message>
        <source>Past runs of this environment, newest first</source>
        <translation>Frühere Läufe dieser Umgebung, neueste zuerst</translation>
    </message>
    <message>
        <source>%1 has no smoke checks: its compose files have no PostgreSQL or Redis service, no HTTP health check and no container health check. Add checks with &lt;b&gt;Edit Suite…&lt;/b&gt;.</source>
        <translation>%1 hat keine Smoke-Checks: Die Compose-Dateien haben keinen PostgreSQL- oder Redis-Dienst, keinen HTTP-Health-Check und keinen Container-Health-Check. Fügen Sie Checks über &lt;b&gt;Suite bearbeiten…&lt;/b&gt; hinzu.</translation>
    </message>
    <message>
        <source>Every check of the suite of %1 is disabled. Enable some with &lt;b&gt;Edit Suite…&lt;/b&gt;.</source>
        <translation>Alle Checks der Suite von %1 sind deaktiviert. Aktivieren Sie welche über &lt;b&gt;Suite bearbeiten…&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>No smoke run of %1 yet. &lt;b&gt;Run Suite&lt;/b&gt; (Ctrl+T) runs its %n check(s); the results are kept.</source>
        <translation>
            <numerusform>Noch kein Smoke-Lauf für %1. &lt;b&gt;Suite ausführen&lt;/b&gt; (Ctrl+T) führt den %n Check aus; das Ergebnis wird aufbewahrt.</numerusform>
            <numerusform>Noch kein Smoke-Lauf für %1. &lt;b&gt;Suite ausführen&lt;/b&gt; (Ctrl+T) führt die %n Checks aus; die Ergebnisse werden aufbewahrt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>blihops::gui::SmokeResultsModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>blihops::gui::SmokeSuiteDialog</name>
    <message>
        <source>Edited by %1 on %2. Reset to Derived puts back the checks of the compose files.</source>
        <translation>Bearbeitet von %1 am %2. „Auf abgeleitete Suite zurücksetzen“ stellt die Checks aus den Compose-Dateien wieder her.</translation>
    </message>
    <message>
        <source>Derived from the compose files of %1. Once saved, the suite keeps your edits and no longer follows them.</source>
        <translation>Abgeleitet aus den Compose-Dateien von %1. Nach dem Speichern behält die Suite Ihre Änderungen und folgt den Dateien nicht mehr.</translation>
    </message>
    <message>
        <source>Ticked checks run with the suite</source>
        <translation>Angehakte Checks werden mit der Suite ausgeführt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>check-%1</source>
        <translation>check-%1</translation>
    </message>
    <message>
        <source>The checks derived from the compose files of %1. OK puts the suite back to following them.</source>
        <translation>Die aus den Compose-Dateien von %1 abgeleiteten Checks. Mit OK folgt die Suite wieder den Dateien.</translation>
    </message>
    <message>
        <source>Store Password</source>
        <translation>Passwort speichern</translation>
    </message>
    <message>
        <source>Password of %1 for %2.
It goes to the system keychain as %3, never into the workspace.</source>
        <translation>Passwort %1 für %2.
Es wird als %3 im System-Schlüsselbund gespeichert, niemals im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cannot Store the Password</source>
        <translation>Passwort kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The password of %1 is in the system keychain.</source>
        <translation>Das Passwort %1 ist im System-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Edit Smoke Suite — %1</source>
        <translation>Smoke-Suite bearbeiten — %1</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a check</source>
        <translation>Check hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected check</source>
        <translation>Ausgewählten Check entfernen</translation>
    </message>
    <message>
        <source>Put back the checks derived from the compose files</source>
        <translation>Die aus den Compose-Dateien abgeleiteten Checks wiederherstellen</translation>
    </message>
    <message>
        <source>No check selected. Add one, or reset the suite to the checks derived from the compose files.</source>
        <translation>Kein Check ausgewählt. Fügen Sie einen hinzu oder setzen Sie die Suite auf die aus den Compose-Dateien abgeleiteten Checks zurück.</translation>
    </message>
    <message>
        <source>container address</source>
        <translation>Container-Adresse</translation>
    </message>
    <message>
        <source>the database to connect to</source>
        <translation>die Datenbank für die Verbindung</translation>
    </message>
    <message>
        <source>comma separated, e.g. blihops_db, blihops_audit</source>
        <translation>durch Kommas getrennt, z. B. blihops_db, blihops_audit</translation>
    </message>
    <message>
        <source>e.g. postgres</source>
        <translation>z. B. postgres</translation>
    </message>
    <message>
        <source>e.g. POSTGRES_PASSWORD</source>
        <translation>z. B. POSTGRES_PASSWORD</translation>
    </message>
    <message>
        <source>The variable that holds the password, read from the service&apos;s environment, the env file or the keychain</source>
        <translation>Die Variable, die das Passwort enthält; gelesen aus den Umgebungsvariablen des Dienstes, der Env-Datei oder dem Schlüsselbund</translation>
    </message>
    <message>
        <source>Store Password…</source>
        <translation>Passwort speichern…</translation>
    </message>
    <message>
        <source>Put this variable&apos;s password into the system keychain</source>
        <translation>Das Passwort dieser Variable im System-Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>/health</source>
        <translation>/health</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Text the response body must contain; empty: any body</source>
        <translation>Text, den die Antwort enthalten muss; leer: beliebige Antwort</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>H&amp;ost:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>Further data&amp;bases:</source>
        <translation>&amp;Weitere Datenbanken:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word variable:</source>
        <translation>Passwort&amp;variable:</translation>
    </message>
    <message>
        <source>Pa&amp;th:</source>
        <translation>Pf&amp;ad:</translation>
    </message>
    <message>
        <source>Scheme:</source>
        <translation>Schema:</translation>
    </message>
    <message>
        <source>Expected b&amp;ody text:</source>
        <translation>Erwarteter Ant&amp;worttext:</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>Zeit&amp;limit:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>No suite can be derived from the compose files: %1</source>
        <translation>Aus den Compose-Dateien lässt sich keine Suite ableiten: %1</translation>
    </message>
    <message>
        <source>Reset to Deri&amp;ved</source>
        <translation>Auf abgeleitete Suite &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>E&amp;xpected status:</source>
        <translation>Erwarteter &amp;Status:</translation>
    </message>
</context>
<context>
    <name>blihops::gui::StreamTrendChart</name>
    <message>
        <source>Completion over imports</source>
        <translation>Fortschritt über die Importe</translation>
    </message>
    <message>
        <source>Items ticked</source>
        <translation>Angehakte Punkte</translation>
    </message>
</context>
<context>
    <name>blihops::gui::StreamUnitsModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>Angegeben</translation>
    </message>
    <message>
        <source>Items ticked</source>
        <translation>Angehakte Punkte</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Berechnet</translation>
    </message>
</context>
<context>
    <name>blihops::gui::StreamView</name>
    <message numerus="yes">
        <source>Imported %1 by %2, %n time(s) in all.</source>
        <translation>
            <numerusform>Importiert %1 von %2, %n Mal insgesamt.</numerusform>
            <numerusform>Importiert %1 von %2, %n Mal insgesamt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;Stream %1: %2&lt;/h3&gt;&lt;p&gt;Stated: %3&lt;/p&gt;&lt;p&gt;Checkboxes: &lt;b&gt;%4 of %5 ticked (%6)&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%n contradiction(s).&lt;/p&gt;&lt;p&gt;&lt;small&gt;%7&lt;br&gt;%8&lt;/small&gt;&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;Stream %1: %2&lt;/h3&gt;&lt;p&gt;Angegeben: %3&lt;/p&gt;&lt;p&gt;Kästchen: &lt;b&gt;%4 von %5 angehakt (%6)&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%n Widerspruch.&lt;/p&gt;&lt;p&gt;&lt;small&gt;%7&lt;br&gt;%8&lt;/small&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;h3&gt;Stream %1: %2&lt;/h3&gt;&lt;p&gt;Angegeben: %3&lt;/p&gt;&lt;p&gt;Kästchen: &lt;b&gt;%4 von %5 angehakt (%6)&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%n Widersprüche.&lt;/p&gt;&lt;p&gt;&lt;small&gt;%7&lt;br&gt;%8&lt;/small&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>None stated.</source>
        <translation>Keine angegeben.</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Blockaden</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>Contradictions (%1)</source>
        <translation>Widersprüche (%1)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Contradictions</source>
        <translation>Widersprüche</translation>
    </message>
    <message>
        <source>Blockers and Dependencies</source>
        <translation>Blockaden und Abhängigkeiten</translation>
    </message>
</context>
<context>
    <name>blihops::gui::StreamsModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>Angegeben</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <source>Items ticked</source>
        <translation>Angehakte Punkte</translation>
    </message>
    <message>
        <source>Contradictions</source>
        <translation>Widersprüche</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
</context>
<context>
    <name>blihops::gui::SyncDialog</name>
    <message>
        <source>Files Differ on %1</source>
        <translation>Dateien auf %1 weichen ab</translation>
    </message>
    <message>
        <source>Compose runs on %1 in the project&apos;s folder there, with the host&apos;s copies of these files, which differ from this machine&apos;s. Upload them before &quot;%2&quot;?</source>
        <translation>Compose läuft auf %1 im dortigen Projektordner, mit den Kopien dieser Dateien auf dem Host, die von denen dieses Rechners abweichen. Vor „%2“ hochladen?</translation>
    </message>
    <message>
        <source>not on the host yet</source>
        <translation>noch nicht auf dem Host</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>&amp;Upload and Continue</source>
        <translation>&amp;Hochladen und fortfahren</translation>
    </message>
    <message>
        <source>The env file holds secrets: its contents are not shown. It is uploaded with mode 0600.</source>
        <translation>Die Env-Datei enthält Geheimnisse: ihr Inhalt wird nicht gezeigt. Sie wird mit Modus 0600 hochgeladen.</translation>
    </message>
    <message>
        <source>The host has no copy yet: this machine&apos;s file is uploaded as it is.</source>
        <translation>Der Host hat noch keine Kopie: die Datei dieses Rechners wird unverändert hochgeladen.</translation>
    </message>
</context>
<context>
    <name>blihops::gui::VerificationExporter</name>
    <message>
        <source>Export Verification</source>
        <translation>Prüfung exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Cannot Export the Verification</source>
        <translation>Prüfung kann nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>blihops::gui::VerifyDialog</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Beginnen</translation>
    </message>
    <message>
        <source>&amp;Cancel Verification</source>
        <translation>Prüfung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>%1 prüfen</translation>
    </message>
    <message>
        <source>Restores %1 into a new scratch database and compares every table with what the backup recorded. The scratch database is dropped afterwards, whatever the result.</source>
        <translation>Stellt %1 in eine neue Prüfdatenbank wieder her und vergleicht jede Tabelle mit dem, was die Sicherung festgehalten hat. Die Prüfdatenbank wird danach gelöscht, wie auch immer das Ergebnis ausfällt.</translation>
    </message>
    <message>
        <source>Scratch database on %1&apos;s own server</source>
        <translation>Prüfdatenbank auf dem eigenen Server von %1</translation>
    </message>
    <message>
        <source>Scratch database on %1&apos;s server</source>
        <translation>Prüfdatenbank auf dem Server von %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>pg_restore&apos;s error lines appear here.</source>
        <translation>Die Fehlerzeilen von pg_restore erscheinen hier.</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not verified&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Nicht geprüft&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>Verify on Production</source>
        <translation>Auf Produktion prüfen</translation>
    </message>
    <message>
        <source>The scratch database is created on the PostgreSQL server of %1, a production environment. Type its name to go on.</source>
        <translation>Die Prüfdatenbank wird auf dem PostgreSQL-Server von %1 angelegt, einer Produktionsumgebung. Geben Sie ihren Namen ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>nothing was restored.</source>
        <translation>es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Cancelling: the scratch database is being dropped…</source>
        <translation>Wird abgebrochen: Die Prüfdatenbank wird gelöscht …</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled&lt;/b&gt;: nothing was proven; no scratch database is left behind.</source>
        <translation>&lt;b&gt;Abgebrochen&lt;/b&gt;: Es wurde nichts bewiesen; keine Prüfdatenbank bleibt zurück.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed&lt;/b&gt;: the backup does not restore to what was backed up.</source>
        <translation>&lt;b&gt;Fehlgeschlagen&lt;/b&gt;: Die Sicherung lässt sich nicht zu dem wiederherstellen, was gesichert wurde.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Passed&lt;/b&gt;: the restore equals the backup, table by table.</source>
        <translation>&lt;b&gt;Bestanden&lt;/b&gt;: Die Wiederherstellung gleicht der Sicherung, Tabelle für Tabelle.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Passed, not proven&lt;/b&gt;: restored without errors, but there is no manifest to compare with; its figures are stored as the baseline.</source>
        <translation>&lt;b&gt;Bestanden, nicht bewiesen&lt;/b&gt;: ohne Fehler wiederhergestellt, aber es gibt kein Manifest zum Vergleich; ihre Zahlen werden als Ausgangswert gespeichert.</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>Objects restored/in the dump: %1</source>
        <translation>Objekte wiederhergestellt/im Dump: %1</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>extra</source>
        <translation>zusätzlich</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Rows expected</source>
        <translation>Zeilen erwartet</translation>
    </message>
    <message>
        <source>Rows restored</source>
        <translation>Zeilen wiederhergestellt</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>baseline stored</source>
        <translation>Ausgangswert gespeichert</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>weicht ab</translation>
    </message>
    <message>
        <source>Scratch Databases Left Behind</source>
        <translation>Zurückgebliebene Prüfdatenbanken</translation>
    </message>
    <message numerus="yes">
        <source>Earlier verifications that did not finish left %n scratch database(s) on the server of %1: %2. Remove them?</source>
        <translation>
            <numerusform>Eine frühere, nicht beendete Prüfung hat %n Prüfdatenbank auf dem Server von %1 hinterlassen: %2. Entfernen?</numerusform>
            <numerusform>Frühere, nicht beendete Prüfungen haben %n Prüfdatenbanken auf dem Server von %1 hinterlassen: %2. Entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Scratch databases left behind could not be looked for: %1</source>
        <translation>Nach zurückgebliebenen Prüfdatenbanken konnte nicht gesucht werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n scratch database(s) left behind.</source>
        <translation>
            <numerusform>%n zurückgebliebene Prüfdatenbank entfernt.</numerusform>
            <numerusform>%n zurückgebliebene Prüfdatenbanken entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Write this verification, as stored, to a PDF or Markdown file (Alt+E)</source>
        <translation>Diese Prüfung, wie gespeichert, in eine PDF- oder Markdown-Datei schreiben (Alt+E)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Not exported.</source>
        <translation>Nicht exportiert.</translation>
    </message>
    <message>
        <source>%1 on the host of %2</source>
        <translation>%1 auf dem Host von %2</translation>
    </message>
    <message>
        <source>Reads %1 and compares every file in it with what the backup recorded. Nothing is restored or written to disk.</source>
        <translation>Liest %1 und vergleicht jede Datei darin mit dem, was die Sicherung aufgezeichnet hat. Nichts wird wiederhergestellt oder auf die Platte geschrieben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed&lt;/b&gt;: the archive does not hold what was backed up.</source>
        <translation>&lt;b&gt;Fehlgeschlagen&lt;/b&gt;: Das Archiv enthält nicht, was gesichert wurde.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Passed&lt;/b&gt;: every file in the archive equals what the backup recorded.</source>
        <translation>&lt;b&gt;Bestanden&lt;/b&gt;: Jede Datei im Archiv stimmt mit dem überein, was die Sicherung festgehalten hat.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Passed, not proven&lt;/b&gt;: the archive reads without errors, but there is no manifest to compare with; its files are stored as the baseline.</source>
        <translation>&lt;b&gt;Bestanden, nicht bewiesen&lt;/b&gt;: Das Archiv lässt sich ohne Fehler lesen, aber es gibt kein Manifest zum Vergleich; seine Dateien werden als Ausgangswert gespeichert.</translation>
    </message>
    <message>
        <source>Errors reading the archive appear here.</source>
        <translation>Fehler beim Lesen des Archivs erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Runs the BlihOps Talent Platform&apos;s Docker Compose stacks.</source>
        <translation>Betreibt die Docker-Compose-Stacks der BlihOps Talent Platform.</translation>
    </message>
    <message>
        <source>Workspace: a SQLite file or a postgresql:// URL.</source>
        <translation>Arbeitsbereich: eine SQLite-Datei oder eine postgresql://-URL.</translation>
    </message>
    <message>
        <source>BlihOps Console</source>
        <translation>BlihOps Console</translation>
    </message>
</context>
</TS>
