<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
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
        <source>line %1 repeats the id %2 of an earlier line</source>
        <translation>Zeile %1 wiederholt die ID %2 einer früheren Zeile</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>BackupPruner</name>
    <message>
        <source>delete old backups in %1</source>
        <translation>alte Sicherungen in %1 löschen</translation>
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
        <source>The temporary folder %1 is too long a path for SSH control sockets. Set XDG_RUNTIME_DIR or TMPDIR to a short folder of your own.</source>
        <translation>Der temporäre Ordner %1 ist ein zu langer Pfad für SSH-Steuersockets. Setzen Sie XDG_RUNTIME_DIR oder TMPDIR auf einen kurzen eigenen Ordner.</translation>
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
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>The host key of %1 has changed: trusted %2, now offered %3. Every operation on this host is stopped. If the change is expected, ask the host&apos;s administrator for the new fingerprint and trust it again.</source>
        <translation>Der Host-Schlüssel von %1 hat sich geändert: vertrauenswürdig war %2, angeboten wird jetzt %3. Alle Vorgänge auf diesem Host werden angehalten. Ist die Änderung erwartet, fragen Sie den Administrator des Hosts nach dem neuen Fingerabdruck und vertrauen Sie ihm erneut.</translation>
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
        <source>ssh did not accept the trusted host key %1 of %2: %3</source>
        <translation>ssh hat den vertrauenswürdigen Host-Schlüssel %1 von %2 nicht angenommen: %3</translation>
    </message>
    <message>
        <source>No free local port: %1.</source>
        <translation>Kein freier lokaler Port: %1.</translation>
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
</context>
<context>
    <name>blihops::EventStream</name>
    <message>
        <source>the engine ended the stream</source>
        <translation>die Engine hat den Datenstrom beendet</translation>
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
        <source>Not Removed</source>
        <translation>Nicht entfernt</translation>
    </message>
    <message>
        <source>The name typed does not match &quot;%1&quot;; nothing was removed.</source>
        <translation>Der eingegebene Name stimmt nicht mit „%1“ überein; es wurde nichts entfernt.</translation>
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
        <source>&lt;h3&gt;BlihOps Console %1&lt;/h3&gt;&lt;p&gt;Watches the BlihOps Talent Platform&apos;s Docker Compose stacks live, reviews their compose files and runs their smoke tests.&lt;/p&gt;&lt;p&gt;Modes: %2.&lt;/p&gt;&lt;p&gt;Workspace: %3&lt;/p&gt;&lt;p&gt;Log file: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;BlihOps Console %1&lt;/h3&gt;&lt;p&gt;Beobachtet die Docker-Compose-Stacks der BlihOps Talent Platform live, prüft ihre Compose-Dateien und führt ihre Smoke-Tests aus.&lt;/p&gt;&lt;p&gt;Modi: %2.&lt;/p&gt;&lt;p&gt;Arbeitsbereich: %3&lt;/p&gt;&lt;p&gt;Protokolldatei: %4&lt;/p&gt;</translation>
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
