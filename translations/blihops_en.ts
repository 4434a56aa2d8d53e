<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>ArchiveReader</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown libarchive error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated: it ends inside %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read at %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a tar archive (%2): choose a storage backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no file %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 is a chain of hard links that does not end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupAlerts</name>
    <message>
        <source>The newest good backup of %1 is %2 hours old; the schedule &quot;%3&quot; should give one at least every %4 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no good backup, %2 hours after it was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last run of %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination of %1 has %2 free, less than twice its last backup (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled verification of %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCatalog</name>
    <message>
        <source>list the backups in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDownload</name>
    <message>
        <source>Backup %1 is a failed run: it has no file to download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be written: choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 from %2 failed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read back: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of %1 is not the backup: SHA-256 %2 and %3 bytes arrived, the manifest gives %4 and %5 bytes. It was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be renamed to %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the copy of %1 was stopped and removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupHost</name>
    <message>
        <source>%1 has no engine address yet: set one before scheduling backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reached over tcp://, where no backup job can be installed: give it an ssh:// engine address (or unix:// on this machine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot %1 on %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupInstaller</name>
    <message>
        <source>write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the systemd unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the crontab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>install the crontab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd is not running on %1: schedule the job with cron instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the systemd units of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the crontab on %1: %2. Is cron installed there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the script %1 with sh -n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reload systemd&apos;s units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start the timer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the script of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the backups in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupJob</name>
    <message>
        <source>Unknown scheduler &quot;%1&quot;: use cron, systemd-user or systemd-system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name must be 1–64 letters, digits, dots, dashes or underscores, starting with a letter or digit (it names files and units).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs an environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it backs up nothing: name a database service or a volume or path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database service %1 needs at least one database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>databases are named but no database service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a database or volume name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute path on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone name (such as Europe/Berlin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep at least 1 day and at least 1 backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the second copy &quot;%1&quot; must be ssh://[user@]host[:port]/directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook &quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the verification schedule: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupJobRepository</name>
    <message>
        <source>Environment %1 has no backup job &quot;%2&quot;: `blihopsctl backup schedule list %1` shows its jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment %1 has a backup job &quot;%2&quot; already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup job cannot move from %1 to %2: add it there and remove it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupManifest</name>
    <message>
        <source>line %1 is not a JSON object (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats the id %1 of an earlier line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPruner</name>
    <message>
        <source>delete old backups in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 is a failed run: it has no file to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupRecord</name>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number of at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; and &quot;job&quot; must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be database or storage, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;file&quot; must be a plain file name beside the manifest, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;started&quot; must be an ISO-8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;result&quot; must be ok or failed, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a successful run needs &quot;file&quot; and a &quot;sha256&quot; of 64 hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;sha256&quot; must be 64 hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1 of the archive needs a path, a size and a sha256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupRunNow</name>
    <message>
        <source>The script of %1 is not on %2 (%3): install the job&apos;s schedule again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another run of %1 is under way: this one did not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start the backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the run of %1 was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <source>The compose files of %1 declare no volume &quot;%2&quot; (they declare: %3). Give a declared name or a host path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>%1/%2, line %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuiltinProfile</name>
    <message>
        <source>Cannot create %1 for the built-in profile&apos;s compose files: check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: check that the disk has space and the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckTie</name>
    <message>
        <source>Not tied to a check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole smoke suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoke check %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health of all services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs beside %1 on one host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a check an item can be tied to: use smoke:CHECK (a smoke check of the run&apos;s environment), smoke (its whole suite), health (its health rollup) or pair:ENVIRONMENT (whether both run on one host).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistExport</name>
    <message>
        <source>%1: %2, release %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist run %1, revision %2 of %3, %4. Started %5 by %6 from %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items decided, %3 in the way of a sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off by %1 (%2) on %3, as %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1, opened %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1, %2: %3 (waived by %4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format &quot;%1&quot; is not one of md, html, pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item was waived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note, evidence, waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistRepository</name>
    <message>
        <source>There is no checklist run %1: `blihopsctl checklist list` shows the runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checklist run needs the release it is for (a version or tag), e.g. --release v1.4.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist run %1 has no revision %2; its latest is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist run %1 is signed off (revision %2) and read-only: `blihopsctl checklist reopen %1` starts revision %3 from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist run %1 has no item %2: its items are numbered 1 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of checklist run %2 has no evidence number %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiving item %1 of checklist run %2 needs a reason, so that whoever reads the sign-off knows why it was safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of checklist run %2 is not waived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sign-off needs the name and the role of who signs, e.g. --name &quot;Ada Lovelace&quot; --role &quot;QA lead&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist run %1 is not signed off (revision %2 is open): there is nothing to reopen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistTemplate</name>
    <message>
        <source>%1, item &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no task-list items (&quot;- [ ] ...&quot; or &quot;- [x] ...&quot; outside code and quotes): a checklist needs at least one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistTemplateRepository</name>
    <message>
        <source>There is no checklist template &quot;%1&quot;: give a Markdown file or one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeCommand</name>
    <message>
        <source>Two files of %1 are named %2: on the host they would be one. Rename one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down takes the whole project %1 down; to stop single services, stop their containers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Down removes volumes; the other actions keep them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeFile</name>
    <message>
        <source>Compose file %1 cannot be read: %2. Check the path and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose file %1 is not valid YAML at line %2, column %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose file %1 is not a compose file: its top level must be a mapping with a &quot;services&quot; key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose file %1, line %2: &quot;services&quot; must be a mapping of service names to definitions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose file %1, line %2: nested too deeply; a YAML alias probably refers to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose file %1 expands into more than %2 YAML nodes through its aliases (line %3): no compose file is that large. Write the repeated parts out, or use fewer nested aliases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose file %1 is not on this machine. Put it there, or edit the environment to name where it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeProgram</name>
    <message>
        <source>Neither `docker compose` nor `docker-compose` runs on %1: install the Docker Compose plugin (docker-compose-plugin) or docker-compose there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this machine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeProject</name>
    <message>
        <source>Compose file %1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlDirectory</name>
    <message>
        <source>Cannot read the SSH control folder %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH control folder %1 is not a folder (a link or a file is there). Remove it; the console makes its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH control folder %1 belongs to another user (uid %2): its owner could use your SSH connections. Remove it, or set XDG_RUNTIME_DIR to a folder of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH control folder %1 is open to other users (mode %2): they could use your SSH connections. Run chmod 700 on it, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the SSH control folder %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make an SSH control folder in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>its compose files (no env file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the env file %1 or the compose files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain has no &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password %1 for %2: it is not in %3, and %4. Add it to the env file, or store it with `blihopsctl smoke secret %2 %1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not take the password %1 of %2: %3. Put it in the environment&apos;s env file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not remove the password %1 of %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CronExpression</name>
    <message>
        <source>minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day of month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day of week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cron schedule &quot;%1&quot;: unknown nickname; cron knows @yearly, @annually, @monthly, @weekly, @daily, @midnight and @hourly (@reboot has no schedule to compute).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cron schedule &quot;%1&quot; has %2 fields; it needs five: minute, hour, day of month, month, day of week (e.g. &quot;0 2 * * *&quot;), or a nickname such as @daily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or names %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cron schedule &quot;%1&quot;, field %2 (%3) &quot;%4&quot;: %5. It allows %6, ranges a-b, steps */n or a-b/n, and lists a,b,c.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty list item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range %1 runs backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step needs a range before it (write %1-%2/%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step must be a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrontabBlock</name>
    <message>
        <source>The crontab holds the block &quot;%1&quot; twice: remove one by hand (crontab -e) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crontab opens the block &quot;%1&quot; but never closes it with &quot;%2&quot;: fix it by hand (crontab -e); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; holds a line break, which a crontab line cannot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a crontab block: it must be non-empty and have no slash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command word</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardExport</name>
    <message>
        <source>contradicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s), printed %1.</source>
        <translation>
            <numerusform>%n stream, printed %1.</numerusform>
            <numerusform>%n streams, printed %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated: %1. Computed from the checkboxes: %2 of %3 items (%4). Source: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contradictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: what the document states matches its checkboxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion over imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stream document was imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DumpObjects</name>
    <message>
        <source>The restored database&apos;s object counts lack &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineAddress</name>
    <message>
        <source>Engine address &quot;%1&quot; is not valid: %2. Use unix:///var/run/docker.sock, ssh://user@host[:port] or tcp://host:2376.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must not have a query or fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unix address needs an absolute socket path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must not contain a password; use ssh keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tcp address needs a port, such as 2376</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tcp address has no user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scheme &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tcp address must not have a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host must not start with &quot;-&quot; or contain spaces or control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user must not start with &quot;-&quot; or contain spaces or control characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvFile</name>
    <message>
        <source>Env file %1 cannot be read: %2. Check the path and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Env file %1, line %2: &quot;%3&quot; is not NAME=VALUE; put a # before a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Env file %1, line %2: the quote opened here is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>Expected port &quot;%1&quot; is not SERVICE:PORT with a port from 1 to 65535 (for example postgres:5432).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentConflicts</name>
    <message>
        <source>Host port %1 is published by %2 and by %3: the stack started second fails to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish another host port in one of the environments, and update its expected ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 both use the project name &quot;%3&quot;: starting one replaces the other&apos;s containers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each environment a project name of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container name &quot;%1&quot; is set by %2 and by %3: the stack started second cannot create its container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change container_name in one of them, or remove it so that compose names the container after the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume &quot;%1&quot; is mounted by %2 and by %3: both stacks would write the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the volume a name of its own in each environment (volumes: KEY: name: …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &quot;%1&quot; on PostgreSQL port %2 belongs to %3 and to %4: both stacks would write the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each environment a database, or a PostgreSQL server, of its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentDialog</name>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. staging-eu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unix:///var/run/docker.sock, ssh://deploy@host or tcp://host:2376</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compose files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose files in the order docker compose -f takes them: later files override earlier ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compose project name (docker compose -p): lowercase letters, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;v file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &amp;ports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgres:5432, redis:6379</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Databases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blihops_db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder on the &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh:// engines: where compose runs on the host, with copies of the compose and env files, so that relative paths mean the host&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Health gate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long Up and Restart wait for every service to be healthy, or running where it has no health check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentFacts</name>
    <message>
        <source>Last smoke test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed, %1 of %2 checks, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed, %1 of %2 checks passed, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 short of space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s), not checked yet</source>
        <translation>
            <numerusform>%n job, not checked yet</numerusform>
            <numerusform>%n jobs, not checked yet</numerusform>
        </translation>
    </message>
    <message>
        <source>checked %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s): %1; %2</source>
        <translation>
            <numerusform>%n alert: %1; %2</numerusform>
            <numerusform>%n alerts: %1; %2</numerusform>
        </translation>
    </message>
    <message>
        <source>last run %1, ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last run %1, failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>healthy, %n job(s), %1; %2</source>
        <translation>
            <numerusform>healthy, %n job, %1; %2</numerusform>
            <numerusform>healthy, %n jobs, %1; %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Last verified restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (backup %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed its verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (backup %2, on the host)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentRepository</name>
    <message>
        <source>No environment is named &quot;%1&quot;: `blihopsctl env list` shows the names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An environment named &quot;%1&quot; exists already: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment &quot;%1&quot; no longer exists: somebody removed it. Reload and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentRollup</name>
    <message>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no container is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every service runs and is healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentValidator</name>
    <message>
        <source>The name &quot;%1&quot; is not valid: use up to 63 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one compose file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose file %1 must be an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project name &quot;%1&quot; is not valid for docker compose: use lowercase letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Env file %1 cannot be read: check the path and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected port %1:%2 is not valid: use SERVICE:PORT with a port from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database name &quot;%1&quot; is not valid: use letters, digits and &apos;_&apos;, starting with a letter or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project folder on the host &quot;%1&quot; is not valid: give a path such as ~/blihops/%2 or /srv/blihops, without line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health gate timeout %1 s is not valid: give 1 to 86400 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Evidence &quot;%1&quot; is not KIND:REF with a kind of %2, e.g. smoke:12 or url:https://ci.example.org/build/7.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceValidators</name>
    <message>
        <source>There is no smoke run %1: `blihopsctl smoke history %2` lists the runs and their ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoke run %1 tested %2, not %3, the environment of this checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence file %1 does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence URL &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of kind %1 is recorded by the console itself (an imported tick or an item&apos;s Run); attach one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This BlihOps Console cannot check %1 references yet; attach the %1 as a file: or url: instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup %1 of %2: `blihopsctl backup list %2` lists the backups and their ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore verification %1 checked a backup of %2, not of %3, the environment of this checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no restore verification %1: `blihopsctl verification list` shows them with their ids.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostKeyPrompt</name>
    <message>
        <source>Host Key Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first connection to %1 (environment %2). It offers the host key

%3

Trust it only if the host&apos;s administrator gives you the same fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Trusted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostKeyStore</name>
    <message>
        <source>Cannot read the host key of %1: %2. Check the host name and port, and that sshd runs there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the host key of %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers the host key %2, not %3: nothing was trusted. Check the fingerprint with the host&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a temporary folder: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check the free space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostVerification</name>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be database or storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;started&quot; must be an ISO 8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;result&quot; must be ok or failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpProbe</name>
    <message>
        <source>GET %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2, expected %3; the body begins &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2, but the body does not contain &quot;%3&quot;; it begins &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2; the body contains &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: no complete answer within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Interpolator</name>
    <message>
        <source>&quot;%1&quot; is not a valid substitution at character %2: write ${NAME} or $NAME, and $$ for a literal dollar sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a ${ at character %2 without its closing brace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemState</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogFilter</name>
    <message>
        <source>%1 at character %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogSince</name>
    <message>
        <source>&quot;%1&quot; is not a time or a duration: give a duration such as 10m, 2h or 1d, an RFC 3339 time such as 2024-05-01T10:00:00Z, or Unix seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownReader</name>
    <message>
        <source>The Markdown parser gave up: out of memory?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameConfirmation</name>
    <message>
        <source>Name Does Not Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name typed does not match &quot;%1&quot;; %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputTab</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>Writing PDF needs the console&apos;s graphical libraries, which this program did not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: check the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF came out empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresContainer</name>
    <message>
        <source>list the containers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No container of service %1 in compose project %2 runs on %3: start the stack, then verify again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compose files of %1 have no PostgreSQL service to restore into: choose another target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot %1 in the container of %2 on %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresProbe</name>
    <message>
        <source>PostgreSQL at %1, database %2 as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the PostgreSQL driver of Qt (QPSQL) is not installed; install libqt6sql6-psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered SELECT 1, but pg_database could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered SELECT 1, but these databases are missing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered SELECT 1; databases present: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connected, but SELECT 1 did not return 1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessResult</name>
    <message>
        <source>%1 exited with code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be started (is it installed?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectSync</name>
    <message>
        <source>%1 cannot be read: %2. Check the path and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no difference shown: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot %1 on %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the files in %1 on %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not on the host yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectVolumes</name>
    <message>
        <source>The Docker Engine of %1 did not list its volumes: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadinessReview</name>
    <message>
        <source>Fix the file at the line named, or edit the environment to name files this machine can read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadinessRule</name>
    <message>
        <source>Add a healthcheck whose test proves the service answers (for example a request to its health endpoint), with interval, timeout and retries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; has no health check, so nothing can tell when it is ready or has hung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; turns its health check off, so nothing can tell when it is ready or has hung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add restart: unless-stopped (or on-failure for a job that should end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; has no restart policy, so it stays down after a crash or a reboot of the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; is never restarted (restart: %2), so it stays down after a crash or a reboot of the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; has neither a memory nor a CPU limit, so one runaway container can starve the whole host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; has no memory limit, so a leak can make the kernel kill processes anywhere on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; has no CPU limit, so a busy loop can slow every other service on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set deploy.resources.limits.memory and .cpus from the service&apos;s measured peak (for example memory: 512M, cpus: &quot;0.5&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write ${NAME} instead and put the value in the env file (chmod 600, not committed), or use a compose secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; sets %2 to a value written in the compose file, so the secret is in every copy of the file and in version control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; sets %2 to a URL with its password written out, so the secret is in every copy of the file and in version control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin a release tag (for example postgres:16.4-bookworm) or a digest (@sha256:…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; uses image %2 without a tag, so each pull may bring a different release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; uses image %2 with the moving tag &quot;latest&quot;, so each pull may bring a different release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; logs to json-file without max-size, so its log grows until the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add logging options max-size: &quot;10m&quot; and max-file: &quot;3&quot;, or use the local driver, which rotates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>${%1} is required but no env file sets it, so docker compose refuses to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>${%1} is required but %2 does not set it, so docker compose refuses to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>${%1} has no default and no env file sets it, so compose puts an empty string in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>${%1} has no default and %2 does not set it, so compose puts an empty string in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 in the env file, or give it a default with ${%1:-value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The env_file %1 of service &quot;%2&quot; does not exist, so docker compose refuses to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the file, or mark it required: false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; runs privileged: it has every capability and the host&apos;s devices, so a break-out owns the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove privileged: true and add only the capabilities it needs with cap_add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; mounts the Docker socket %2: whoever controls the container controls the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the mount, or put a socket proxy that allows only the calls it needs in between.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedisProbe</name>
    <message>
        <source>no answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reply of type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused AUTH: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer PING: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered PING with &quot;%2&quot; instead of PONG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered PING, but INFO replication failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered PING, but INFO replication has no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered PONG; role: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreVerification</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read on %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a PostgreSQL custom-format dump (pg_dump -Fc) nor a .tar.zst or .tar.gz archive: nothing to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 backup by its manifest, but its file is a %3: nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SHA-256 of %1 on %2 could not be computed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 mismatch: the file of %1 has SHA-256 %2 and %3 bytes, its manifest gives %4 and %5 bytes. It is not the backup; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1 matches the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1 (no manifest to compare with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the dump into the container of %1 on %2 failed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_restore cannot read the dump&apos;s table of contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_restore ended with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored with %2 jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute the table checksums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the restored objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) differ: %1</source>
        <translation>
            <numerusform>%n table differs: %1</numerusform>
            <numerusform>%n tables differ: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>objects restored/in the dump: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) equal to the manifest</source>
        <translation>
            <numerusform>%n table equal to the manifest</numerusform>
            <numerusform>%n tables equal to the manifest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) counted: no manifest, stored as the baseline</source>
        <translation>
            <numerusform>%n table counted: no manifest, stored as the baseline</numerusform>
            <numerusform>%n tables counted: no manifest, stored as the baseline</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 missing, %2 extra, %3 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) equal to the manifest</source>
        <translation>
            <numerusform>%n file equal to the manifest</numerusform>
            <numerusform>%n files equal to the manifest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read: no manifest to compare with</source>
        <translation>
            <numerusform>%n file read: no manifest to compare with</numerusform>
            <numerusform>%n files read: no manifest to compare with</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 kept: drop it when done (blihopsctl verify --cleanup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streamed: nothing is written to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionPlanner</name>
    <message>
        <source>%1 bytes on disk, the manifest says %2: not the backup it describes, kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>a failed run from %1, older than %n day(s)</source>
        <translation>
            <numerusform>a failed run from %1, older than %n day</numerusform>
            <numerusform>a failed run from %1, older than %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a failed run from %1, kept for %n day(s)</source>
        <translation>
            <numerusform>a failed run from %1, kept for %n day</numerusform>
            <numerusform>a failed run from %1, kept for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>one of the newest %n good backup(s) of %1, kept whatever its age</source>
        <translation>
            <numerusform>the %n newest good backup of %1, kept whatever its age</numerusform>
            <numerusform>one of the newest %n good backups of %1, kept whatever its age</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %1, younger than %n day(s)</source>
        <translation>
            <numerusform>from %1, younger than %n day</numerusform>
            <numerusform>from %1, younger than %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %1, older than %n day(s), and %2 newer good backups of %3 are kept</source>
        <translation>
            <numerusform>from %1, older than %n day, and %2 newer good backups of %3 are kept</numerusform>
            <numerusform>from %1, older than %n days, and %2 newer good backups of %3 are kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleSilenceRepository</name>
    <message>
        <source>There is no readiness rule &quot;%1&quot;: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silencing %1 for %2/%3 needs a reason, so that others know why it is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is silenced for %2/%3 already: unsilence it first to change the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not silenced for %2/%3: `blihopsctl lint --json` lists the silenced findings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScratchDatabase</name>
    <message>
        <source>A database %1 exists already on the server of %2: a verification never restores into an existing database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the scratch database %1 on %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropping %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the scratch databases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes at once; the choice is kept for the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read-only: hide every action that changes something or runs on a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For managers and reviewers: every view stays, nothing can be started, changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines kept per &amp;logs viewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A logs viewer opened from now on keeps this many lines and drops the oldest when it is full; its memory grows with the lines it keeps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmokeCheck</name>
    <message>
        <source>container %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>containers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of smoke check: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoke check &quot;%1&quot;: &quot;%2&quot; must be %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A smoke check has no name: give each check one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoke check &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timeout must be between 100 ms and 10 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the service whose containers must be healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the database and the user to connect as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path must start with &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expected status must be an HTTP status (100-599).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a host, or a service to reach at its container&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoke check &quot;%1&quot;: there is no field &quot;%2&quot;; the fields are %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmokeRunner</name>
    <message>
        <source>No running container of %1 has a network address to reach port %2 at: start the service, or set the check&apos;s host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 (through an SSH tunnel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no container: the stack is not up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container %1 is %2, not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container %1 runs without a health check: recreate it from the compose file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container %1 is %2; its last health check said: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Docker Engine address yet: set it before running its smoke suite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smoke suite of %1 has no check &quot;%2&quot;; it has: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smoke suite of %1 has no enabled checks: add or enable some with Edit Suite… or `blihopsctl smoke suite`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reached at its container&apos;s address, which only its host can reach, and the engine is tcp://: publish the port and set the check&apos;s host, or use an ssh:// engine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmokeSuite</name>
    <message>
        <source>Smoke check %1 is not an object: each check is a JSON object with &quot;name&quot; and &quot;kind&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two smoke checks are named &quot;%1&quot;: give each a name of its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmokeSuiteRepository</name>
    <message>
        <source>The smoke suite stored for %1 is unreadable (%2): reset it with `blihopsctl smoke suite %1 --reset`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smoke suite of %1 was never edited: it is the one derived from its compose files already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshConnection</name>
    <message>
        <source>%1 is not trusted yet: it offers the host key %2. Compare it with the fingerprint the host&apos;s administrator gives you, then trust it (blihopsctl: --trust-host-key %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the login: %2. Check the user name and that your SSH key (or agent) is accepted there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot forward %1 from %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free local port: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 has changed: trusted %2, now offered %3. Every operation on this host is stopped. If the change is expected, ask the host&apos;s administrator for the new fingerprint, remove the old key with `%4` and trust the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: ssh did not accept a host key on the way (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1 through the jump host %2: %3. Check that `ssh %2` works in a terminal (it must be reachable, and trusted in your own known_hosts).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshSettings</name>
    <message>
        <source>ssh does not accept %1: %2. Check the host name and your ssh config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh -G gave no host name and port for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StreamRepository</name>
    <message>
        <source>No stream document was imported yet: `blihopsctl stream import FILE` imports one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stream &quot;%1&quot;: the streams are %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StreamReview</name>
    <message>
        <source>Test %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtask %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 ticked, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is stated %2 (%3) but not all of its items are ticked (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream is stated %1 (%2) but %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream is stated %1 (%2) but these tasks are not done: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream is stated %1 (%2) but no item of its tasks is ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream is stated %1 (%2) but every item of its tasks is ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is stated %2 (%3) but items are already ticked (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is stated %2 (%3) but none of its items is ticked (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is stated %2 (%3) but all of its items are ticked (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is stated at %2 (%3) but its items show %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table under “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary under “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemdUnits</name>
    <message>
        <source>A systemd service needs a command to run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableChecksumSql</name>
    <message>
        <source>The table checksums are not a JSON array (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table entry %1 needs a schema, a name, a row count and a checksum of 32 hex digits: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TiedCheck</name>
    <message>
        <source>Checklist run %1 has no item %2: its items are numbered 1 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of checklist run %2 is not tied to a check: tie it with `blihopsctl checklist tie %2 %1 smoke:CHECK|health|pair:ENV`, or set its state by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is not tied to a check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsMaterial</name>
    <message>
        <source>A tcp:// engine needs ca.pem, cert.pem and key.pem in %1 (set DOCKER_CERT_PATH to their folder): %2 cannot be read: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS files in %1 are not PEM certificates and an RSA or EC key: check ca.pem, cert.pem and key.pem.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendPicture</name>
    <message numerus="yes">
        <source>%n import(s)</source>
        <translation>
            <numerusform>%n import</numerusform>
            <numerusform>%n imports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VariableTable</name>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationExport</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materialized views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables restored: %1. With no manifest there is nothing to compare with: these figures are the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables compared with the manifest: %1. Differing: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No table was compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the dump&apos;s table of contents and in the restored database&apos;s catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No objects were counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every file of the archive against the manifest&apos;s list, by size and SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file is missing, extra or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equality proven against the backup&apos;s manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equality not proven (no manifest: baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was proven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup does not restore to what was backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive equals the backup, file by file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore equals the backup, table by table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored without errors, but there is no manifest to compare with: its figures are the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (dropped afterwards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (a file on the workstation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (nothing restored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PostgreSQL server of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scratch database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every pg_restore error line, and what else went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format &quot;%1&quot; is not one of md, pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore verification of %1, backup %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationRepository</name>
    <message>
        <source>There is no verification %1: `blihopsctl verification list` shows the verifications.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationSetup</name>
    <message>
        <source>%1 cannot be read on %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyStep</name>
    <message>
        <source>SHA-256 of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Workspace URL %1: parameter &quot;%2&quot; is not supported; use sslmode, sslrootcert, sslcert, sslkey, connect_timeout or target_session_attrs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the workspace: check its permissions or choose another workspace with --workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file %1 is read-only: make it writable (chmod u+w) or choose another workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1 is a folder, not a file: give the path of a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQL driver for %1 is not installed: install libqt6sql6-%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL workspace %1: %2. Check that the server runs and the host and port are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL refused the workspace connection %1: %2. Check the user, database and password (in ~/.pgpass or PGPASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the connection to the PostgreSQL workspace %1 while %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL workspace %1 failed while %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file %1 is locked by another program: close the other BlihOps Console or blihopsctl using it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file %1 is read-only: make it and its folder writable, or choose another workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file %1 is damaged or is not a BlihOps workspace (%2): restore it from a backup or choose another workspace. It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding workspace file %1 is full: free some space and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace file %1: check that its folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file %1 failed while %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceLocation</name>
    <message>
        <source>Workspace URL &quot;%1&quot; is not valid: use postgresql://USER@HOST[:PORT]/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace path is empty: give a file path or a postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceSchema</name>
    <message>
        <source>Workspace %1 has schema version %2, newer than this BlihOps Console knows (%3). Update BlihOps Console; the workspace was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::Action</name>
    <message>
        <source>Up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down %1 (and its volumes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a production environment: &quot;%2&quot; needs its name typed to go ahead. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaching the Docker Engine of %1 at %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing %1 on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no engine address yet: edit the environment to set one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before compose ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: compose was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose exited with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no container %1 on the engine of %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container %1 is not part of %2 (project %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping %1 (10 s before it is killed)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Killing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before the engine was asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine refused: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: it already was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting up to %n s for %1 to be healthy…</source>
        <translation>
            <numerusform>Waiting up to %n s for %1 to be healthy…</numerusform>
            <numerusform>Waiting up to %n s for %1 to be healthy…</numerusform>
        </translation>
    </message>
    <message>
        <source>The health gate cannot watch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while waiting for the services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 (last check: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not every service came up within %n s: %1.</source>
        <translation>
            <numerusform>Not every service came up within %n s: %1.</numerusform>
            <numerusform>Not every service came up within %n s: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: compose is interrupted…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::ContainerSnapshot</name>
    <message>
        <source>%1 (container %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::DockerClient</name>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine speaks API version %1; BlihOps Console needs %2 or newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log stream was cut or is not multiplexed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::EngineConnector</name>
    <message>
        <source>%1 has no engine address yet: edit the environment to set one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the Docker Engine of %1 at %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::EnvironmentMonitor</name>
    <message>
        <source>The Docker Engine of %1 did not list its containers: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the connection to the Docker Engine of %1 (%2); reconnecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream was dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker Engine of %1 refused its event stream: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker Engine of %1 did not describe the container %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::EventStream</name>
    <message>
        <source>the engine ended the stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::HealthGate</name>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::HttpClient</name>
    <message>
        <source>there is no socket at %1 (is the engine running?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection (is the engine running?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied on %1 (is your user in the docker group?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket error %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within the time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed HTTP response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection (is the engine listening there?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host of %1 was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed: %2 (check the engine&apos;s certificate and your client certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB, more than any engine reply should be</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::LogSession</name>
    <message>
        <source>The Docker Engine of %1 did not list its containers: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no service or container named %2 (services: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names more than one container of %2: give more of the id, or the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine gives no log of %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped; its log ends here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the log stream of %1 (%2); reconnecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped on purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log of %1 was cut off (%2): read it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::WebhookNotifier</name>
    <message>
        <source>BlihOps backup alert (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A webhook notification is already under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook URL &quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook at %1 answered %2 %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook at %1 could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::ActionLauncher</name>
    <message>
        <source>Volumes Not Listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volumes to remove could not be listed, so nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes the stack of %2 down. It has no volumes to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes the stack of %2 down and deletes these volumes with all their data:

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a production environment. Type its name to go ahead with &quot;%2&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go Ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill %1? It gets SIGKILL, with no time to shut down cleanly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the stack of %1 down? Its containers and networks are removed; its volumes stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down and Remove Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the compose and env files with the copies in %1 on the host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files Not Compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s copies are the same as this machine&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not uploaded: the action did not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action ran, but the audit log could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::BackupCatalogModel</name>
    <message>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok, file gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::BackupJobsModel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free at the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook could not be told: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backs up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::BackupMonitor</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No restore has proven a backup of %1 yet: verify one (Backups mode, Verify Restore…), or schedule a verification on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The last proven restore of a backup of %1 is %n day(s) old, more than the %2 days allowed.</source>
        <translation>
            <numerusform>The last proven restore of a backup of %1 is %n day old, more than the %2 days allowed.</numerusform>
            <numerusform>The last proven restore of a backup of %1 is %n days old, more than the %2 days allowed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>blihops::gui::BackupPruneDialog</name>
    <message>
        <source>Prune Backups of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the manifest: never deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the manifest, but not on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n file(s) of %1, %2 freed.</source>
        <translation>
            <numerusform>Deleted %n file of %1, %2 freed.</numerusform>
            <numerusform>Deleted %n files of %1, %2 freed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing would be deleted: every backup is kept by the retention of its job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A prune deletes exactly the %n file(s) marked &quot;delete&quot; (%1); everything else stays.</source>
        <translation>
            <numerusform>A prune deletes exactly the %n file marked &quot;delete&quot; (%1); everything else stays.</numerusform>
            <numerusform>A prune deletes exactly the %n files marked &quot;delete&quot; (%1); everything else stays.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pruning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prune stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::BackupTaskTab</name>
    <message>
        <source>The work ended without a result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Work Still Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is still running. Cancel it and close its page?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the work (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::BackupWizard</name>
    <message>
        <source>A host path starts with /: &quot;%1&quot; is not one. A volume is chosen from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Backup Job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Backup Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment whose host runs the job, and the job&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits, dots, dashes and underscores: it names the job&apos;s files and units on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to Back Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL service of the stack and its databases, and volumes or host paths, as the compose files declare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL &amp;service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another database name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another host path (/…), then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the host runs the job, in the host&apos;s own time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Daily at 02:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every &amp;6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cron expression:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five fields: minute, hour, day of month, month, day of week, e.g. &quot;30 1 * * 1-5&quot;; or @daily, @hourly, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long backups are kept before a prune deletes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always keep the newest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> good backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest good backups of each database and volume stay however old they are, so backups that silently stopped are never pruned away to nothing. Failed runs never count toward them, and a file the manifest does not name is never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders on the host for the backups (a folder per job is made in each), an optional second copy on another SSH host, and a webhook that hears of failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;atabase backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;torage backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second &amp;copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Webhook URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts are POSTed here as JSON (Slack-compatible), by the host&apos;s script when a run fails and by this console when a job is stale or short of space. Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What starts the job on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ron: a marked block in the login&apos;s crontab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd &amp;user timer (Persistent=true)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd &amp;system timer (Persistent=true)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact schedule entry and script that are installed on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run the job once right away (its progress shows in the bottom panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script and its schedule are put on the host, then the job is saved in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an environment first: a job runs on an environment&apos;s host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reached over tcp:// or has no engine address, where no backup job can be installed: give it an ssh:// engine address (or unix:// on this machine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a job: use letters, digits, dots, dashes and underscores, not starting with a dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a job called %2 already: choose another name, or edit that job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one database or one volume or path to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Reach the Host of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the time zone of %1&apos;s host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s time zone could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the compose files of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compose files could not be read (%1): name the database and host paths by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine&apos;s volume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compose files declare no PostgreSQL service the console recognises: type the service&apos;s name if there is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found %n PostgreSQL service(s) in the compose files.</source>
        <translation>
            <numerusform>Found %n PostgreSQL service in the compose files.</numerusform>
            <numerusform>Found %n PostgreSQL services in the compose files.</numerusform>
        </translation>
    </message>
    <message>
        <source>The host does not name its time zone: the runs below are in UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next five runs, in the host&apos;s time zone %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the login is root is not known yet: a system timer needs root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login is root: a system timer runs whoever is logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the free space on the host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The free space at %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The free space could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing %1 on the host of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not installed: %1

Go back to change the job, or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is installed on %2 (%3) and runs &quot;%4&quot;. Its script is %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job is on the host, but the workspace could not save it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the newest backups on the host too, at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host restores the newest dump into a scratch database and unpacks the newest archive, and compares them with their manifest; a failure is an alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next verification: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification schedule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd does not run on this host: its jobs are scheduled with cron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login is not root: a system timer cannot be installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lingering is on for the login: a user timer runs while nobody is logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lingering is off for the login: a user timer runs only while it is logged in. Run `loginctl enable-linger` for it on the host first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::BackupsMode</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup jobs on the hosts, their catalog, retention and alerts (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a new backup job on the environment&apos;s host (Ctrl+Shift+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected job and install it again (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;able Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;able Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected job&apos;s schedule off the host, or put it back; its backups stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected job off its host and out of the workspace, keeping its backups or not (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected job on its host now, with its progress in the bottom panel (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected backup to this machine and check its SHA-256 (Ctrl+Shift+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected backup&apos;s file on the host (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prune…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show which backups retention lets go, and why, then delete exactly those (Ctrl+Shift+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtract File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected file of a downloaded storage backup to this machine (Ctrl+Shift+X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the jobs, the catalog and the hosts&apos; status again (Ctrl+Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup job(s)</source>
        <translation>
            <numerusform>%n backup job</numerusform>
            <numerusform>%n backup jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Read the Backup Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the webhook could not be told: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an environment in the Environments mode first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no backup jobs yet: New Job schedules one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host could not be asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups: the environment has no jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the catalog from the host of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 line %3 skipped: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 line %3 was never finished (a run killed while writing it): skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in the manifests.</source>
        <translation>
            <numerusform>%n backup in the manifests.</numerusform>
            <numerusform>%n backups in the manifests.</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalog of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work was done, but the audit log could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Did Not Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the script of %1 on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) written in %1.</source>
        <translation>
            <numerusform>%n backup written in %1.</numerusform>
            <numerusform>%n backups written in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The run did not succeed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting the schedule of %1 back on the host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the schedule of %1 off the host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Change the Job on Its Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable Backup Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1? Its schedule and script are taken off the host, so it stops running; its backups stay. Enable puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Backup Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the job %1 of %2? Its schedule entry, script and log are taken off the host and it leaves the workspace.

Keep its backups on the host, or delete them (exactly the files its manifests name)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove, Keep Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove and Delete Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Production Backup Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a production environment. Type its name to remove the job %2 and delete its backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a production environment. Type its name to remove the job %2 (its backups stay):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1 from its host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %1; %n file(s) deleted.</source>
        <translation>
            <numerusform>Removed %1; %n file deleted.</numerusform>
            <numerusform>Removed %1; %n files deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1; its backups stay on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files are not in the manifests and were kept:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Not Removed from the Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Remove the Job from Its Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the Backup To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download %1 of %2 into %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 (%2) from %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: SHA-256 %2 matches the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract %1 To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not been downloaded to this machine (or the copy there is not it): Download it first, then extract from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Extracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Production Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a production environment. Type its name to delete the backup %2 from the host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 from the host? The file is gone for good; its manifest line stays, marked as gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Not Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out what retention lets go…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prune Production Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a production environment. Type its name to delete the files the preview marks &quot;delete&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Preview the Prune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected backup into a scratch database (or read its archive) and prove it equals what was backed up (Ctrl+Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expor&amp;t Verification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected backup&apos;s newest restore verification to a PDF or Markdown file (Ctrl+Alt+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prove that the selected job&apos;s newest good backup restores to what was backed up (Ctrl+Alt+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a dump or archive file on this machine into a scratch database of the environment and prove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a Dump or Archive File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dumps and archives (*.dump *.backup *.tar.zst *.tar.gz *.tar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify Ne&amp;west Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a D&amp;ump File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a File on the &amp;Host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a dump or archive that no job of the console made, where it lies on the environment&apos;s host, and prove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a File on the Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a dump (pg_dump -Fc) or a .tar.zst/.tar.gz archive on the host of %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::BottomPanel</name>
    <message>
        <source>&amp;Bottom Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the panel with the actions&apos; output and the logs (Alt+0)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::ChecklistAuditModel</name>
    <message>
        <source>Run started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiver removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check tied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::ChecklistItemPanel</name>
    <message>
        <source>Select an item to see and change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked in the imported document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not waived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;Waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the item %1 (%2 in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: what was seen, and where (Ctrl+Enter in the list to edit, Ctrl+Enter here to save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the check this item is tied to and record its result (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tie to Check…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::ChecklistItemsModel</name>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticked in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (waived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::ChecklistRunView</name>
    <message>
        <source>Revision %1 (signed off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 (open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed off by %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, an older revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, release %3 · revision %4 · %5 · %n item(s) in the way of a sign-off</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, release %3 · revision %4 · %5 · %n item in the way of a sign-off</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, release %3 · revision %4 · %5 · %n items in the way of a sign-off</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show an earlier revision; only the latest can change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::ChecklistRunsModel</name>
    <message>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::ChecklistsMode</name>
    <message>
        <source>Cannot Set the Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save the Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Remove the Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Remove the Waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment checklists: walk a run, attach evidence, sign it off (Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a checklist run from a template or a Markdown file (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the check the selected item is tied to and record its result (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign Off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the run off as QA; refused while items are in the way (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the signed run as a new revision; the signed one is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the run as PDF, HTML or Markdown (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the runs of one environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a run on the left, or start one with New Run (Ctrl+Shift+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist run yet: New Run (Ctrl+Shift+N) starts one from a built-in template or a Markdown file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n checklist run(s)</source>
        <translation>
            <numerusform>%n checklist run</numerusform>
            <numerusform>%n checklist runs</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Read the Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Read the Checklist Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Read the Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Start the Checklist Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Add the Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Read the Smoke History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waive Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why may this item stay undone for the sign-off? The reason is shown with the sign-off and in every export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Waive the Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie Item %1 to a Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its Run button runs this check and records what it finds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Tie the Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Read the Smoke Suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check of Item %1 Not Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Record the Check of Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Signed Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These items are pending, failed or blocked and not waived: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Reopen the Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Checklist Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export the Run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::ComposeFileViewer</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::ConflictsDialog</name>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 can run at the same time on one host: no port, container name, volume or database collides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 cannot run at the same time on one host: %n collision(s).</source>
        <translation>
            <numerusform>%1 and %2 cannot run at the same time on one host: %n collision.</numerusform>
            <numerusform>%1 and %2 cannot run at the same time on one host: %n collisions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can They Run Together?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Second environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What collides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::ConnectionIndicators</name>
    <message>
        <source>Connection to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Engine: %2
API version: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::ContainersModel</name>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
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
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last health check:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::ContainersPane</name>
    <message>
        <source>No engine is set for this environment: edit it to name its Docker Engine (unix://, ssh:// or tcp://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connecting to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Health Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no health check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last check printed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::ContradictionsModel</name>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contradiction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::DashboardMode</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far each work stream really is, from its checkboxes (Ctrl+5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Stream Documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read stream documents; each import is kept for the trend (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the dashboard as a PDF file (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the streams and environments again (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a stream on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stream document was imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stream document was imported yet: Import (Ctrl+I) reads one, such as stream-1-devops.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s)</source>
        <translation>
            <numerusform>%n stream</numerusform>
            <numerusform>%n streams</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Read the Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Stream Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Import the Stream Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export the Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::EnvironmentDetailsPanel</name>
    <message>
        <source>Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Env file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected ports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an environment to see its details, or add one with Environment → Add (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set: edit the environment to name its host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be opened:
%1

Fix the cause, then press Reload (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not on this machine)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::EnvironmentDialog</name>
    <message>
        <source>Add Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the compose files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Compose Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose files (*.yml *.yaml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Env File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for ssh:// engines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::EnvironmentFactsModel</name>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::EnvironmentTreeModel</name>
    <message>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n service(s)</source>
        <translation>
            <numerusform>%1 (%2): %n service</numerusform>
            <numerusform>%1 (%2): %n services</numerusform>
        </translation>
    </message>
    <message>
        <source>Compose files cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose files not on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup alert(s)</source>
        <translation>
            <numerusform>%n backup alert</numerusform>
            <numerusform>%n backup alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore unproven</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::EnvironmentsMode</name>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments and their services (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an environment (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected environment (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a copy of the selected environment (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected environment from the workspace (Del); its stack keeps running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the workspace and compose files again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoke Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s)</source>
        <translation>
            <numerusform>%n environment</numerusform>
            <numerusform>%n environments</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Open the Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save the Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Production Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a production environment. Type its name to remove it from the workspace (its stack keeps running):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the workspace? Its stack keeps running; only the console forgets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Remove the Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the stack (or the selected service) up, then wait until it is healthy (Ctrl+Shift+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the whole stack down; its volumes stay (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down and Remove &amp;Volumes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the stack down and delete its volumes, after showing their names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the stack&apos;s (or the selected service&apos;s) containers, then wait until they are healthy (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull the images of the stack (or the selected service) (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the log of the selected container, or of every container of the selected service (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kill Container…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule &amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the backup scheduler for the selected environment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::EvidenceDialog</name>
    <message>
        <source>Add Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1, %2: %3 of %4 passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no smoke runs yet: run its suite in the Environments mode (Ctrl+T) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoke-test run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::FindingsModel</name>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: no findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message>
        <source>(project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Fix: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::LogListModel</name>
    <message>
        <source> … [%L1 bytes in all: Enter shows the whole line]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::LogViewer</name>
    <message>
        <source>No line matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow what the containers write (%1); off: pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the engine&apos;s time of each line (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Visible…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the lines shown, as shown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every line kept, whatever the filter (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Whole Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the log again with this tail and since (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last lines of each container to read first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ince:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10m, 2h, 1d or 2024-05-01T10:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filte&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show only lines with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F, then F3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected: the log goes on from the last line received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the engine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended: every container stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n container(s)</source>
        <translation>
            <numerusform>%n container</numerusform>
            <numerusform>%n containers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n line(s) match</source>
        <translation>
            <numerusform>%1 of %n line match</numerusform>
            <numerusform>%1 of %n lines match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n oldest line(s) dropped: the viewer keeps %1</source>
        <translation>
            <numerusform>%n oldest line dropped: the viewer keeps %1</numerusform>
            <numerusform>%n oldest lines dropped: the viewer keeps %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The filter is not a valid regular expression: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search is not a valid regular expression: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Visible Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Whole Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs (*.log *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n line(s) to %1.</source>
        <translation>
            <numerusform>Saved %n line to %1.</numerusform>
            <numerusform>Saved %n lines to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Save the Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole Line: %L1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %L1 bytes of this line are left: the whole texts of long lines are kept within %L2 MiB, and newer ones took its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::MainWindow</name>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BlihOps Console — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About BlihOps Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About BlihOps Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BlihOps Console — %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;BlihOps Console %1&lt;/h3&gt;&lt;p&gt;Watches the BlihOps Talent Platform&apos;s Docker Compose stacks live, reviews their compose files, runs their smoke tests, walks deployment checklists to QA sign-off and shows how far each work stream is.&lt;/p&gt;&lt;p&gt;Modes: %2.&lt;/p&gt;&lt;p&gt;Workspace: %3&lt;/p&gt;&lt;p&gt;Log file: %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup alert: %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook not told: %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup status could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::NewChecklistRunDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Checklist Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n item(s))</source>
        <translation>
            <numerusform>%1 (%n item)</numerusform>
            <numerusform>%1 (%n items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (imported, %n item(s))</source>
        <translation>
            <numerusform>%1 (imported, %n item)</numerusform>
            <numerusform>%1 (imported, %n items)</numerusform>
        </translation>
    </message>
    <message>
        <source>Markdown file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Markdown file whose - [ ] items become the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A version or tag, e.g. v1.4.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::OutputTab</name>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the services to be healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded in %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1 (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed after %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the action (Esc): compose is interrupted on the host as Ctrl+C would</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Health Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action Still Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is still running. Cancel it and close its output?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::ReadinessMode</name>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings of the readiness review for every environment (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::ReadinessPane</name>
    <message>
        <source>Cannot Review the Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Variables of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-variables.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export the Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by environment, service, rule or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the compose files again and review them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can They Run &amp;Together?…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether two environments can run at the same time on one host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Variables as &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the variable table of the selected environment, for the docs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n silenced</source>
        <translation>
            <numerusform>%n silenced</numerusform>
            <numerusform>%n silenced</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Double-click a finding to open its file at the line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::SignOffDialog</name>
    <message>
        <source>Sign Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cannot be signed off yet: these items are pending, failed or blocked. Set them, or waive them with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off &lt;b&gt;%1&lt;/b&gt;. It becomes read-only; reopening it later makes a new revision and keeps this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. QA lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::SmokePane</name>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smoke run ended without a result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Reach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoke Suite of %1 Not Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n check(s).</source>
        <translation>
            <numerusform>Cancelled after %n check.</numerusform>
            <numerusform>Cancelled after %n checks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) run again at %1; the other rows are from before.</source>
        <translation>
            <numerusform>%n check run again at %1; the other rows are from before.</numerusform>
            <numerusform>%n checks run again at %1; the other rows are from before.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Keep the Smoke Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — %3 of %4 passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an environment to run its smoke tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the smoke suite of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No engine is set for %1: edit the environment (F2) to name its Docker Engine. The smoke tests reach its services through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smoke suite of %1 cannot be read:&lt;br&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the check under way finishes first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the smoke suite of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run of %1 by %2 took %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 checks passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 in %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the smoke suite of the selected environment (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected checks again (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run after the check under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Suite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the checks of the selected environment&apos;s suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past runs of this environment, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no smoke checks: its compose files have no PostgreSQL or Redis service, no HTTP health check and no container health check. Add checks with &lt;b&gt;Edit Suite…&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check of the suite of %1 is disabled. Enable some with &lt;b&gt;Edit Suite…&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No smoke run of %1 yet. &lt;b&gt;Run Suite&lt;/b&gt; (Ctrl+T) runs its %n check(s); the results are kept.</source>
        <translation>
            <numerusform>No smoke run of %1 yet. &lt;b&gt;Run Suite&lt;/b&gt; (Ctrl+T) runs its %n check; the result is kept.</numerusform>
            <numerusform>No smoke run of %1 yet. &lt;b&gt;Run Suite&lt;/b&gt; (Ctrl+T) runs its %n checks; the results are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>blihops::gui::SmokeResultsModel</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::SmokeSuiteDialog</name>
    <message>
        <source>Edited by %1 on %2. Reset to Derived puts back the checks of the compose files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived from the compose files of %1. Once saved, the suite keeps your edits and no longer follows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked checks run with the suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks derived from the compose files of %1. OK puts the suite back to following them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 for %2.
It goes to the system keychain as %3, never into the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Store the Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Smoke Suite — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the checks derived from the compose files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check selected. Add one, or reset the suite to the checks derived from the compose files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database to connect to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma separated, e.g. blihops_db, blihops_audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. postgres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. POSTGRES_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The variable that holds the password, read from the service&apos;s environment, the env file or the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this variable&apos;s password into the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text the response body must contain; empty: any body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further data&amp;bases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word variable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;th:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected b&amp;ody text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suite can be derived from the compose files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to Deri&amp;ved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpected status:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::StreamTrendChart</name>
    <message>
        <source>Completion over imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items ticked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::StreamUnitsModel</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::StreamView</name>
    <message numerus="yes">
        <source>Imported %1 by %2, %n time(s) in all.</source>
        <translation>
            <numerusform>Imported %1 by %2, once in all.</numerusform>
            <numerusform>Imported %1 by %2, %n times in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;Stream %1: %2&lt;/h3&gt;&lt;p&gt;Stated: %3&lt;/p&gt;&lt;p&gt;Checkboxes: &lt;b&gt;%4 of %5 ticked (%6)&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%n contradiction(s).&lt;/p&gt;&lt;p&gt;&lt;small&gt;%7&lt;br&gt;%8&lt;/small&gt;&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;Stream %1: %2&lt;/h3&gt;&lt;p&gt;Stated: %3&lt;/p&gt;&lt;p&gt;Checkboxes: &lt;b&gt;%4 of %5 ticked (%6)&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%n contradiction.&lt;/p&gt;&lt;p&gt;&lt;small&gt;%7&lt;br&gt;%8&lt;/small&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;h3&gt;Stream %1: %2&lt;/h3&gt;&lt;p&gt;Stated: %3&lt;/p&gt;&lt;p&gt;Checkboxes: &lt;b&gt;%4 of %5 ticked (%6)&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%n contradictions.&lt;/p&gt;&lt;p&gt;&lt;small&gt;%7&lt;br&gt;%8&lt;/small&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contradictions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contradictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blockers and Dependencies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::StreamsModel</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contradictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::SyncDialog</name>
    <message>
        <source>Files Differ on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose runs on %1 in the project&apos;s folder there, with the host&apos;s copies of these files, which differ from this machine&apos;s. Upload them before &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on the host yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload and Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The env file holds secrets: its contents are not shown. It is uploaded with mode 0600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host has no copy yet: this machine&apos;s file is uploaded as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::VerificationExporter</name>
    <message>
        <source>Export Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Export the Verification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>blihops::gui::VerifyDialog</name>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restores %1 into a new scratch database and compares every table with what the backup recorded. The scratch database is dropped afterwards, whatever the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scratch database on %1&apos;s own server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scratch database on %1&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_restore&apos;s error lines appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not verified&lt;/b&gt;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify on Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scratch database is created on the PostgreSQL server of %1, a production environment. Type its name to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the scratch database is being dropped…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed&lt;/b&gt;: the backup does not restore to what was backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Passed&lt;/b&gt;: the restore equals the backup, table by table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Passed, not proven&lt;/b&gt;: restored without errors, but there is no manifest to compare with; its figures are stored as the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects restored/in the dump: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scratch Databases Left Behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Earlier verifications that did not finish left %n scratch database(s) on the server of %1: %2. Remove them?</source>
        <translation>
            <numerusform>An earlier verification that did not finish left %n scratch database on the server of %1: %2. Remove it?</numerusform>
            <numerusform>Earlier verifications that did not finish left %n scratch databases on the server of %1: %2. Remove them?</numerusform>
        </translation>
    </message>
    <message>
        <source>Scratch databases left behind could not be looked for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n scratch database(s) left behind.</source>
        <translation>
            <numerusform>Removed %n scratch database left behind.</numerusform>
            <numerusform>Removed %n scratch databases left behind.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled&lt;/b&gt;: nothing was proven; no scratch database is left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this verification, as stored, to a PDF or Markdown file (Alt+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the host of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads %1 and compares every file in it with what the backup recorded. Nothing is restored or written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed&lt;/b&gt;: the archive does not hold what was backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Passed&lt;/b&gt;: every file in the archive equals what the backup recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Passed, not proven&lt;/b&gt;: the archive reads without errors, but there is no manifest to compare with; its files are stored as the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors reading the archive appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Runs the BlihOps Talent Platform&apos;s Docker Compose stacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: a SQLite file or a postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BlihOps Console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
