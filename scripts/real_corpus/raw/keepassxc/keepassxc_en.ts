<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About KeePassXC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report bugs at: &lt;a href=&quot;https://github.com/keepassxreboot/keepassxc/issues&quot; style=&quot;text-decoration: underline;&quot;&gt;https://github.com&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeePassXC is distributed under the terms of the GNU General Public License (GPL) version 2 or (at your option) version 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project Maintainers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special thanks from the KeePassXC team go to debfx for creating the original KeePassX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;https://github.com/keepassxreboot/keepassxc/graphs/contributors&quot;&gt;See Contributions on GitHub&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the following information whenever you report a bug:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessControlDialog</name>
    <message>
        <source>KeePassXC -  Access Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-existing/inaccessible executable path. Please double-check the client is legit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;%1 &lt;/span&gt;is requesting access to the following entries:&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your decision will be remembered for the duration while both the requesting client AND KeePassXC are running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny All &amp;&amp; Future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow All &amp;&amp; &amp;Future</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessControlDialog::DenyButton</name>
    <message>
        <source>Deny for this program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentSettingsWidget</name>
    <message>
        <source>Enable SSH Agent integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Pageant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use OpenSSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use both agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH_AUTH_SOCK override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH_AUTH_SOCK value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH_SK_PROVIDER value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH_SK_PROVIDER override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SSH Agent socket available. Either make sure SSH_AUTH_SOCK environment variable exists or set an override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH Agent connection is working!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationSettingsWidget</name>
    <message>
        <source>Application Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This setting cannot be enabled when minimize on unlock is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access error for config file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icon only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text beside icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text under icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monochrome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monochrome (light)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monochrome (dark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colorful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You must restart the application to set the new language. Would you like to restart now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select backup storage directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure you want to reset all settings to default?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import KeePassXC Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to import settings from %1, not a valid settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export KeePassXC Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationSettingsWidgetGeneral</name>
    <message>
        <source>Basic Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start only a single instance of KeePassXC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatically launch KeePassXC at system startup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimize window at application startup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimize window after unlocking database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember previously used databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load previously open databases on startup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember database key files and security dongles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for updates at application startup once per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include beta releases when checking for updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatically save after every change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatically save when locking database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatically save non-data changes when locking database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatically reload the database when modified externally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup database file before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{DB_FILENAME}.old.kdbx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use alternative saving method (may solve problems with Dropbox, Google Drive, GVFS, etc.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary file moved into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directly write to database file (dangerous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use group icon on entry creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimize when opening a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide window when copying to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop to background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favicon download timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website icon download timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> sec</source>
        <comment>Seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar button style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movable toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(restart program to activate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar button style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passwords in color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use monospaced font for notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimize instead of app exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a system tray icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tray icon type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tray icon type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide window to system tray when minimized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset settings to default…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use entry title to match windows for global Auto-Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use entry URL to match windows for global Auto-Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always ask before performing Auto-Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide expired entries from Auto-Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-lock previously locked database after performing Auto-Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-Type start delay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global Auto-Type shortcut:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-type start delay milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <comment>Milliseconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-Type typing delay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global auto-type shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-type character typing delay milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember last typed entry for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On database unlock, show entries that will expire within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On database unlock, show entries that will expire within </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <comment>number of days warning for password expiration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;{DB_FILENAME}&lt;/span&gt; is replaced with the filename of the saved database without extension&lt;/p&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;{TIME:&amp;lt;format&amp;gt;}&lt;/span&gt; is replaced with the specified time format (default: dd_MM_yyyy_hh-mm-ss)&lt;/p&gt;&lt;p&gt;See the User Guide for more details&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show confirmation before moving entries to recycle bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy data on double clicking field in entry view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the menu bar by pressing the Alt key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show menubar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open browser on double clicking URL field in entry view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationSettingsWidgetSecurity</name>
    <message>
        <source>Timeouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database lock timeout seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> sec</source>
        <comment>Seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear clipboard after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search query after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <comment>Minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard clear seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock databases after inactivity of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convenience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable database quick unlock (Touch ID / Windows Hello)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock databases when session is locked or lid is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock databases after minimizing the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide passwords when editing them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use placeholder for empty password fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide passwords in the entry preview panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use DuckDuckGo service to download website icons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide TOTP in the entry preview panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock databases when switching user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide notes in the entry preview panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoType</name>
    <message>
        <source>The requested Auto-Type sequence cannot be used due to an error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-Type Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeePassXC requires the Accessibility permission in order to perform entry level Auto-Type. If you already granted permission, you may have to restart KeePassXC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeePassXC requires the Accessibility and Screen Recorder permission in order to perform global Auto-Type. Screen Recording is necessary to use the window title to find entries. If you already granted permission, you may have to restart KeePassXC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid entry provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bracket imbalance detected, found extra { or }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many repetitions detected, max is %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very slow key press detected, max is %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very long delay detected, max is %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry does not have attribute for PICKCHARS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid conversion type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid conversion syntax: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid regular expression syntax %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid placeholder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoTypeAssociationsModel</name>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default sequence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoTypeMatchModel</name>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoTypePlatformX11</name>
    <message>
        <source>Sequence aborted: Caps Lock is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence aborted: Modifier keys held by user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to get valid keycode for key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying to send invalid keyboard symbol.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoTypeSelectDialog</name>
    <message>
        <source>Auto-Type - KeePassXC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double click a row to perform Auto-Type or find an entry using the search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;You can use advanced search queries to find any entry in your open databases. The following shortcuts are useful:&lt;br/&gt;
Ctrl+F - Toggle database search&lt;br/&gt;
Ctrl+1 - Type username&lt;br/&gt;
Ctrl+2 - Type password&lt;br/&gt;
Ctrl+3 - Type TOTP&lt;br/&gt;
Ctrl+4 - Use Virtual Keyboard (Windows Only)&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all open databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type {USERNAME}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type {PASSWORD}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type {TOTP}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy TOTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Virtual Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserAccessControlDialog</name>
    <message>
        <source>KeePassXC - Browser Access Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is requesting access to the following entries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember access to checked entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow access to entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable for this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserEntrySaveDialog</name>
    <message>
        <source>Ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have multiple databases open.
Please select the correct database for saving credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeePassXC - Select Database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserPasskeysConfirmationDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Timeout in &lt;b&gt;%n&lt;/b&gt; seconds...</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Relying Party: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeePassXC - Passkey credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to existing entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing passkey found.
Do you want to register a new passkey for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the existing passkey and press Update to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticate passkey credentials for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to register a passkey for:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserService</name>
    <message>
        <source>A request for creating a new group &quot;%1&quot; has been received.
Do you want to create this group?
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have received an association request for the following database:
%1

Give the connection a unique name or ID, for example:
chrome-laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and allow access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared encryption key with the name &quot;%1&quot; already exists.
Do you want to overwrite it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to update the information in %1 - %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request for deleting entry &quot;%1&quot; has been received.
Do you want to delete the entry?
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Passkey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeePassXC - Create a new group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeePassXC - Overwrite existing key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeePassXC - Update Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeePassXC - Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeePassXC - New key association request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passkey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeePassXC - Passkey credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a new passkey to this entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeePassXC - Update passkey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry already has a passkey.
Do you want to overwrite the passkey in %1 - %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserSettingsWidget</name>
    <message>
        <source>Dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is required for accessing your databases with KeePassXC-Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable browser integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers installed as snaps are currently not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable integration for these browsers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vivaldi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firefox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tor Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Chrome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chromium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a notification when credentials are requested</source>
        <extracomment>Credentials mean login data requested via browser extension</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to unlock the database if it is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries with the same scheme (http://, https://, …) are returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match URL scheme (e.g., https://example.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only returns the best matches for a specific URL instead of all entries for the whole domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return only best-matching credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns expired credentials. String [expired] is added to the title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow returning expired credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All databases connected to the extension will return matching credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in all opened databases for matching credentials</source>
        <extracomment>Credentials mean login data requested via browser extension</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never ask before accessing credentials</source>
        <extracomment>Credentials mean login data requested via browser extension</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never ask before updating credentials</source>
        <extracomment>Credentials mean login data requested via browser extension</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask permission for HTTP Basic Auth</source>
        <extracomment>An extra HTTP Basic Auth setting</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatically creating or updating string fields is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return advanced string fields which start with &quot;KPH: &quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t display the popup suggesting migration of legacy KeePassHTTP settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not prompt for KeePassHTTP settings migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates KeePassXC or keepassxc-proxy binary path automatically to native messaging scripts on startup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update native messaging manifest files at startup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a custom proxy location if you installed a proxy manually.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a custom proxy location:</source>
        <comment>Meant is the proxy for KeePassXC-Browser</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom proxy location field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser for custom proxy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <extracomment>Button for opening file dialog</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a custom browser configuration location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar button style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom browser location field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for custom browser path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom extension ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom extension ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executable Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select custom proxy location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select native messaging host folder location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow keepassxc-proxy to list all entries with their title, URL and UUID in connected databases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow limited access to all entries in connected databases (ignores site access restrictions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; Only adjust these settings if necessary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom proxy location does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Error:&lt;/b&gt; The custom proxy location does not exist. Correct this in the advanced settings tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Error:&lt;/b&gt; The installed proxy executable is missing from the expected location: %1&lt;br/&gt;Please set a custom proxy location in the advanced settings or reinstall the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows using insecure http://localhost with passkeys for testing purposes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow using localhost with passkeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeePassXC-Browser is needed for the browser integration to work. &lt;br /&gt;Download it for %1 and %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloneDialog</name>
    <message>
        <source>Clone Entry Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append &apos; - Clone&apos; to title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace username and password with references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImportWidget</name>
    <message>
        <source>size, rows, columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column Association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text is qualified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields are separated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field separation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments start with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header lines skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of header lines to discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First line has field names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consider &apos;\&apos; an escape character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV import preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>[%n more message(s) skipped]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Failed to parse CSV file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from CSV file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Title Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No title column was selected, entries will be hard to tell apart.
Are you sure you want to import?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvParserModel</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <comment>CSV row count</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <comment>CSV column count</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Passwords</source>
        <comment>Root group name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to open file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error while reading the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save, database does not point to a valid file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database save is already in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save, database has not been initialized!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file has unmerged changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Backup database located at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key not transformed. This is a bug, please report it to the developers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recycle Bin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseOpenDialog</name>
    <message>
        <source>Unlock Database - KeePassXC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseOpenWidget</name>
    <message>
        <source>Unlock KeePassXC Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware key slot selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file to unlock the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please present or touch your YubiKey to continue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database Version Mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database you are trying to open was most likely
created by a newer version of KeePassXC.

You can try to open it anyway, but it may be incomplete
and saving any changes may incur data loss.

We recommend you update your KeePassXC installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database unlock canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock failed and no password given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking the database failed and you did not enter a password.
Do you want to retry with an &quot;empty&quot; password instead?

To prevent this error from appearing, you must go to &quot;Database Settings / Security&quot; and reset your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry with empty password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to open key file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old key file format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are using an old key file format which KeePassXC may&lt;br&gt;stop supporting in the future.&lt;br&gt;&lt;br&gt;Please consider generating a new key file by going to:&lt;br&gt;&lt;strong&gt;Database &amp;gt; Database Security &amp;gt; Change Key File.&lt;/strong&gt;&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t show this warning again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use database file as key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authenticate to access the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to authenticate with Quick Unlock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select Key File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;In addition to a password, you can use a secret file to enhance the security of your database. This file can be generated in your database&apos;s security settings.&lt;/p&gt;&lt;p&gt;This is &lt;strong&gt;not&lt;/strong&gt; your *.kdbx database file!&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use hardware key [Serial: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use hardware key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database file is NOT a key file!
If you don&apos;t have a key file or don&apos;t know what that is, you don&apos;t have to select one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeePassXC database file selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file you selected looks like a database file.
A database file is NOT a key file!

Are you sure you want to continue with this file?.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hardware keys found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh Hardware Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to add a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;#&quot; style=&quot;text-decoration: underline&quot;&gt;I have a key file&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseSettingWidgetMetaData</name>
    <message>
        <source>Passwords</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsDialog</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeeShare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Service Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database Settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetBrowser</name>
    <message>
        <source>KeePassXC-Browser settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect all browsers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget all site-specific settings on entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh database root group ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored browser keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you really want to delete the selected key?
This may prevent connection to the browser plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable Browser Integration to access these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you really want to disconnect all browsers?
This may prevent connection to the browser plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shared encryption keys found in KeePassXC settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Successfully removed %n encryption key(s) from KeePassXC settings.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Do you really want forget all site-specific settings on every entry?
Permissions to access entries will be revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing stored permissions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Successfully removed permissions from %n entry(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The active database does not contain an entry with permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh database ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you really want refresh the database ID?
This is only necessary if your database is a copy of another and the browser extension cannot connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert legacy KeePassHTTP attributes to KeePassXC-Browser compatible custom data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keys found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed keys from database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry with permissions found!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetDatabaseKey</name>
    <message>
        <source>Add additional protection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING! You have not set a password. Using a database without a password is strongly discouraged!

Are you sure you want to continue without a password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue without password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No encryption key added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You must add at least one encryption key to secure your database!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to change database credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a weak password! For better protection of your secrets, you should choose a stronger password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provided password does not meet the minimum quality requirement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetEncryption</name>
    <message>
        <source>Decryption Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decryption time in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher values offer more protection, but opening the database will take longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format cannot be changed: Your database uses KDBX 4 features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unless you need to open your database with other programs, always use the latest format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption Algorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AES:  256 Bit   (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twofish:  256 Bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Derivation Function:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key derivation function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transform rounds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transform rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallelism:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallelism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KDBX 4 (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KDBX 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of rounds too high</source>
        <comment>Key transformation rounds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are using a very high number of key transform rounds with Argon2.

If you keep this number, your database may take hours, days, or even longer to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understood, keep number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of rounds too low</source>
        <comment>Key transformation rounds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are using a very low number of key transform rounds with AES-KDF.

If you keep this number, your database will not be protected from brute force attacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KDF unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to transform key with new KDF parameters; KDF unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> MiB</source>
        <comment>Abbreviation for Mebibytes (KDF settings)</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> thread(s)</source>
        <comment>Threads for parallel execution (KDF settings)</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Encryption Settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetFdoSecrets</name>
    <message>
        <source>Exposed Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t expose this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expose entries under this group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable Secret Service to access these settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetGeneral</name>
    <message>
        <source>Database Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database name field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database description field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default username field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum number of history items per entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum size of history per entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use recycle bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional Database Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable compression (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Recycle Bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to delete the current recycle bin and all its contents?
This action is not reversible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (old)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When saving this setting or editing an entry
the oldest history items of an entry will be
removed such that only the specified amount
of entries remain at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit the amount of history items per entry to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When saving this setting or editing an entry
the oldest history items of an entry will be
removed such that the remaining history items
add up to the specified amount at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit the total size of history items per entry to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move entries to a recycle bin group
instead of deleting them from the database.
Entries deleted from the recycle bin are
removed from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave delay since last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave delay since last change in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave delay since last change checkbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public Database Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the following settings are not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publically visible display name used on the unlock dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database public display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display color:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publically visible color used on the unlock dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database public display color chooser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display icon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select Database Icon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetKeeShare</name>
    <message>
        <source>Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breadcrumb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &gt; </source>
        <comment>Breadcrumb separator</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetMaintenance</name>
    <message>
        <source>Manage Custom Icons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete selected icon(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all custom icons not in use by any entry or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge unused icons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm Deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one of the selected icons is currently in use by at least one entry or group. The icons of all affected entries and groups will be replaced by the default icon. Are you sure you want to delete icons that are currently in use?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom Icons Are In Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All custom icons are in use by at least one entry or group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged Unused Icons</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Purged %n icon(s) from the database.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetMetaDataSimple</name>
    <message>
        <source>Database Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database name field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database description field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetRemote</name>
    <message>
        <source>Sync Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download command field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g.: &quot;sftp user@hostname&quot; or &quot;scp user@hostname:DatabaseOnRemote.kdbx {TEMP_DATABASE}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download input field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload command field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g.: &quot;sftp user@hostname&quot; or &quot;scp {TEMP_DATABASE} user@hostname:DatabaseOnRemote.kdbx&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload input field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download command cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download failed with error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download finished, but file %1 could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download successful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Remote Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have unsaved changes. Do you want to save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g.:
get DatabaseOnRemote.kdbx {TEMP_DATABASE}
exit
---
{TEMP_DATABASE} is used as placeholder to store the database in a temporary location
The command has to exit. In case of `sftp` as last command `exit` has to be sent
            </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g.:
put {TEMP_DATABASE} DatabaseOnRemote.kdbx
exit
---
{TEMP_DATABASE} is used as placeholder to store the database in a temporary location
The command has to exit. In case of `sftp` as last command `exit` has to be sent
            </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseTabWidget</name>
    <message>
        <source>Database creation error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The created database has no key or KDF, refusing to save it.
This is definitely a bug, please report it to the developers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeePass 2 Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to open %1. It either does not exist or is not accessible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export database to CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the CSV file failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the HTML file failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export database to XML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the XML file failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are about to export your database to an unencrypted file. This will leave your passwords and sensitive information vulnerable! Are you sure you want to continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [Locked]</source>
        <comment>Database tab name modifier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [Temporary]</source>
        <comment>Database tab name modifier</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseWidget</name>
    <message>
        <source>Searches and Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm Auto-Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perform Auto-Type into the previously active window?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execute command?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you really want to execute the following command?&lt;br&gt;&lt;br&gt;%1&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember my choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you really want to delete the group &quot;%1&quot; for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move group to recycle bin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you really want to move the group &quot;%1&quot; to the recycle bin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Entries expiring within %1 day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No current database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source database, nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successfully merged the database files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database was not modified by merge operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Results (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a unique name or overwrite an existing search from the list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Database?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are editing an entry. Discard changes and lock anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was modified.
Save changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database was modified.
Save changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File has changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file has changed. Do you want to load the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file has changed and you have unsaved changes.
Do you want to merge your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the new database file while attempting to autoreload.
Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable safe saves?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeePassXC has failed to save the database multiple times. This is likely caused by file sync services holding a lock on the save file.
Disable safe saves and try again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the database failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save database as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeePass 2 Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save database backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty recycle bin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure you want to permanently delete everything from your recycle bin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find database file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [New Database]</source>
        <comment>Database tab name modifier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote Sync did not contain any download or upload commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote sync &apos;%1&apos; completed successfully!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote sync &apos;%1&apos; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error while saving database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove passkey from entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to remove the passkey from this entry?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditEntryWidget</name>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;empty URL&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm Removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure you want to remove this URL?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some Browser Integration settings are overridden by group settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An external merge operation has invalidated this entry.
Unfortunately, any changes made have been lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-Type Validation Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An error occurred while validating the custom Auto-Type sequence:
%1
Would you like to correct it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An error occurred while validating the Auto-Type sequence for &quot;%1&quot;:
%2
Would you like to correct it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry updated successfully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would you like to save changes to this entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New attribute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure you want to remove this attribute?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[PROTECTED] Press Reveal to view or edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Failed to decrypt SSH key, ensure password is correct.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetAdvanced</name>
    <message>
        <source>Additional attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit attribute name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle attribute protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a protected attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If checked, the entry will not appear in reports like Health Check and HIBP even if it doesn&apos;t match the quality requirements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude from database reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreground Color:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreground color selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background Color:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background color selection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetAutoType</name>
    <message>
        <source>Enable Auto-Type for this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherit default Auto-Type sequence from the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use custom Auto-Type sequence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom Auto-Type sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Auto-Type help webpage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window Associations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing window associations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add new window association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <comment>Add item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected window association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-</source>
        <comment>Remove item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can use an asterisk (*) to match everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the window association title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can use an asterisk to match everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a specific sequence for this association:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom Auto-Type sequence for this window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetBrowser</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this entry from the browser extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip Auto-Submit for this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this entry only with HTTP Basic Auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use this entry with HTTP Basic Auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings affect the entry&apos;s behaviour with the browser extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only send this entry to the browser for HTTP Auth dialogs. If enabled, normal login forms will not show this entry for selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not send this entry to the browser for HTTP Auth dialogs. If enabled, HTTP Auth dialogs will not show this entry for selection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetHistory</name>
    <message>
        <source>Entry history selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entry at selected history state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore entry to selected history state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete selected history state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetMain</name>
    <message>
        <source>Edit Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Url field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download favicon for URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle expiration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UR&amp;L:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle notes visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetSSHAgent</name>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove key from agent when database is closed/locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add key to agent when database is opened/unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser for key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <extracomment>Button for opening file dialog</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select attachment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require user confirmation when this key is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove key from agent after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove key from agent after specified seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditGroupWidget</name>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group has unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherit from parent group (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditGroupWidgetBrowser</name>
    <message>
        <source>These settings affect to the group&apos;s behaviour with the browser extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide entries from browser extension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide entries from browser extension toggle for this and sub groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip Auto-Submit for entries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip Auto-Submit toggle for this and sub groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use entries only with HTTP Basic Auth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only HTTP Auth toggle for this and sub groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use entries with HTTP Basic Auth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use HTTP Auth toggle for this and sub groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omit WWW subdomain from matching:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omit WWW subdomain from matching toggle for this and sub groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict matching to given browser key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict matching to given browser key toggle for this and sub groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditGroupWidgetKeeShare</name>
    <message>
        <source>Sharing mode field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path to share file field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for share file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your KeePassXC version does not support sharing this container type.
Supported extensions are: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already being exported by this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already being imported by this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being imported and exported by different groups in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeeShare is currently disabled. You can enable import/export in the application settings.</source>
        <comment>KeeShare is a proper noun</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database export is currently disabled by application settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database import is currently disabled by application settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeeShare container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeeShare signed container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select import source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select export target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select import/export file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditGroupWidgetMain</name>
    <message>
        <source>Edit Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle expiration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use default Auto-Type sequence of parent group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-Type toggle for this and sub groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default auto-type sequence field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set default Auto-Type sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search toggle for this and sub groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditWidgetIcons</name>
    <message>
        <source>Use default icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use custom icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose icon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the URL to use to search for a favicon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favicon URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download favicon for URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download favicon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply selected icon to subgroups and entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply icon to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to this group only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also apply to child groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also apply to child entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also apply to all children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to fetch favicon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing icon selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select Image(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Successfully loaded %1 of %n icon(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No icons were loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n icon(s) already exist in the database</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The following icon(s) failed:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You can enable the DuckDuckGo website icon service under Application Settings -&gt; Security</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditWidgetProperties</name>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datetime created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datetime modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datetime accessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uuid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugin Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugin data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected plugin data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete plugin data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you really want to delete the selected plugin data?
This may cause the affected plugins to malfunction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>%1 - Clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passkey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryAttachments</name>
    <message>
        <source>Cannot open file &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryAttachmentsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryAttachmentsWidget</name>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add new attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename selected attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open selected attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save selected attachment to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Are you sure you want to remove %n attachment(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to create directory:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure you want to overwrite the existing file &quot;%1&quot; with the attachment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to save attachments:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to open attachment:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to open attachments:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unable to open file(s):
%1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm Overwrite Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a big file (%2 MB).
Your database may get very large and reduce performance.

Are you sure to add this file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment &apos;%1&apos; was modified.
Do you want to save the changes to your database?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving attachment failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving updated attachment failed.
Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment &quot;%1&quot; already exists. 
Would you like to overwrite the existing attachment?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryAttributesModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryHistoryModel</name>
    <message>
        <source>Current (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <source>Ref: </source>
        <comment>Reference abbreviation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry expires at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modification date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last access date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has TOTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background Color</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryPreviewWidget</name>
    <message>
        <source>Display current TOTP value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autotype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double click to copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double click to copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryURLModel</name>
    <message>
        <source>Invalid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <source>Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+ %1 entry(s)...</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort entries by...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are about to export your database to an unencrypted file.
This will leave your passwords and sensitive information vulnerable!
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name (ascending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name (descending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export database to HTML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FdoSecrets::DBusMgr</name>
    <message>
        <source>Failed to deliver message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to send reply on DBus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>Unknown PID</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>Unknown executable path</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;PID: %1, Executable: %2&lt;/i&gt;</source>
        <comment>&lt;i&gt;PID: 1234, Executable: /path/to/exe&lt;/i&gt;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another secret service is running (%1).&lt;br/&gt;Please stop/remove it before re-enabling the Secret Service Integration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to register DBus service at %1.&lt;br/&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to register service on DBus at path &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to register database on DBus under the name &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to register session on DBus at path &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to register item on DBus at path &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to register prompt object on DBus at path &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FdoSecrets::Item</name>
    <message>
        <source>Entry &quot;%1&quot; from database &quot;%2&quot; was used by %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FdoSecrets::Service</name>
    <message numerus="yes">
        <source>%n Entry(s) was used by %1</source>
        <comment>%1 is the name of an application</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FdoSecrets::SettingsClientModel</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-existing/inaccessible executable path. Please double-check the client is legit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FdoSecrets::SettingsDatabaseModel</name>
    <message>
        <source>Unlock to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FdoSecrets::UnlockPrompt</name>
    <message>
        <source>%1 (PID: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FdoSecretsPlugin</name>
    <message>
        <source>&lt;b&gt;Fdo Secret Service:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>[empty]</source>
        <comment>group has no children</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - Clone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HibpDownloader</name>
    <message>
        <source>Online password validation failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IconDownloaderDialog</name>
    <message>
        <source>Download Favicons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Having trouble downloading icons?
You can enable the DuckDuckGo website icon service in the security section of the application settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait, processing entry list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already Exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading favicons (%1/%2)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import Wizard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizardPageReview</name>
    <message>
        <source>WizardPage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry count: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open remote database. Password or key file may be incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizardPageSelect</name>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import File Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unlocked databases available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma Separated Values (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1Password Export (.1pux)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1Password Vault (.opvault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitwarden (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeePass 1 Database (.kdb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open OPVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select import file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma Separated Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1Password Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitwarden JSON Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1Password Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeePass1 Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g.: &quot;sftp user@hostname&quot; or &quot;scp user@hostname:DatabaseOnRemote.kdbx {TEMP_DATABASE}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote Database (.kdbx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g.:
get DatabaseOnRemote.kdbx {TEMP_DATABASE}
exit
---
{TEMP_DATABASE} is used as placeholder to store the database in a temporary location
The command has to exit. In case of `sftp` as last commend `exit` has to be sent
         </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KMessageWidget</name>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kdbx3Reader</name>
    <message>
        <source>Missing database headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to calculate database key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to issue challenge-response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid credentials were provided, please try again.
If this reoccurs, then your database file may be corrupt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header doesn&apos;t match hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid header id size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid header field length: field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid header data length: field %1, %2 expected, %3 found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kdbx3Writer</name>
    <message>
        <source>Invalid symmetric cipher IV size.</source>
        <comment>IV = Initialization Vector for symmetric cipher</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to issue challenge-response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to calculate database key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kdbx4Reader</name>
    <message>
        <source>missing database headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to calculate database key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid header checksum size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header SHA256 mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid credentials were provided, please try again.
If this reoccurs, then your database file may be corrupt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(HMAC mismatch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown cipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid header id size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid header field length: field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid header data length: field %1, %2 expected, %3 found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to open buffer for KDF parameters in header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported key derivation function (KDF) or invalid parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy header fields found in KDBX4 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid inner header id size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid inner header field length: field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid inner header data length: field %1, %2 expected, %3 found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid inner header binary size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported KeePass variant map version.</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid variant map entry name length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid variant map entry name data</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid variant map entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid variant map entry value data</source>
        <extracomment>Translation comment: variant map = data structure for storing meta data</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid variant map Bool entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid variant map Int32 entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid variant map UInt32 entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid variant map Int64 entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid variant map UInt64 entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid variant map entry type</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid variant map field type size</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kdbx4Writer</name>
    <message>
        <source>Invalid symmetric cipher algorithm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid symmetric cipher IV size.</source>
        <comment>IV = Initialization Vector for symmetric cipher</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to calculate database key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to serialize KDF parameters variant map</source>
        <extracomment>Translation comment: variant map = data structure for storing meta data</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KdbxReader</name>
    <message>
        <source>Invalid cipher uuid length: %1 (length=%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to parse UUID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported cipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid compression flags length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported compression algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid master seed size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid transform seed size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid transform rounds size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid start bytes size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid random stream id size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid inner random stream cipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to read database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected file is an old KeePass 1 database (.kdb).

You can import it by clicking on Database &gt; &apos;Import KeePass 1 database…&apos;.
This is a one-way migration. You won&apos;t be able to open the imported database with the old KeePassX 0.4 version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a KeePass database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported KeePass 2 database version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KdbxXmlReader</name>
    <message>
        <source>XML parsing failure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No root group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML error:
%1
Line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing icon uuid or data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing custom data key or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple group elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Null group uuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid group icon number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid EnableAutoType value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid EnableSearching value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group uuid found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Null DeleteObject uuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing DeletedObject uuid or time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Null entry uuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid entry icon number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History element in history entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry uuid found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History element with different uuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate custom attribute found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry string key or value missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry binary key or value missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-type association window or sequence missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid bool value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid date time value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid color value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid color rgb part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid number value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid uuid value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to decompress binary</source>
        <extracomment>Translator meant is a binary data inside an entry</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeeAgentSettings</name>
    <message>
        <source>Invalid KeeAgent settings file structure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key is an attachment but no attachments provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File too large to be a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to open private key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeePass1Reader</name>
    <message>
        <source>Unable to read keyfile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a KeePass database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported encryption algorithm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported KeePass database version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to read encryption IV</source>
        <comment>IV = Initialization Vector for symmetric cipher</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid number of groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid number of entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid content hash size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid transform seed size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid number of transform rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to construct group tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to calculate database key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unable to seek to content position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid credentials were provided, please try again.
If this reoccurs, then your database file may be corrupt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key transformation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid group field type number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid group field size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read group field data doesn&apos;t match size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorrect group id field size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorrect group creation time field size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorrect group modification time field size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorrect group access time field size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorrect group expiry time field size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorrect group icon field size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorrect group level field size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid group field type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing group id or level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing entry field type number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid entry field size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read entry field data doesn&apos;t match size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid entry UUID field size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid entry group id field size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid entry icon field size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid entry creation time field size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid entry modification time field size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid entry expiry time field size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid entry field type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeeShare</name>
    <message>
        <source>Invalid sharing reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive share %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronized with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import is disabled in settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export is disabled in settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronized with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyComponentWidget</name>
    <message>
        <source>Key Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Component Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Component set, click to change or remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyFileEditWidget</name>
    <message>
        <source>Generate a new key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a new key file or choose an existing one to protect your database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: Do NOT use a file that may change as that will prevent you from unlocking your database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old key file format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You selected a key file in an old format which KeePassXC&lt;br&gt;may stop supporting in the future.&lt;br&gt;&lt;br&gt;Please consider generating a new key file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error loading the key file &apos;%1&apos;
Message: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Key File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Key File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Key File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key File set, click to change or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;You can add a key file containing random bytes for additional security.&lt;/p&gt;&lt;p&gt;You must keep it secret and never lose it or you will be locked out.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Key File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error creating key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to create key file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid Key File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot use the current database as its own keyfile. Please choose a different file or generate a new key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspicious Key File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen key file looks like a password database file. A key file must be a static file that never changes or you will lose access to your database forever.
Are you sure you want to continue with this file?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MacUtils</name>
    <message>
        <source>Invalid key code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global shortcut already registered to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not register global shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Att&amp;ribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check for Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge From Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download All &amp;Favicons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort &amp;A-Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort &amp;Z-A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve Database As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;Security…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;Reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clone Entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password Generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perform &amp;Auto-Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download &amp;Favicon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock &amp;All Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTML File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeePass 1 Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1Password Vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show TOTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show QR Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up TOTP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;TOTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Password and TOTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mpty recycle bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Donate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a &amp;Bug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Getting Started Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Online Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Database Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add key to SSH Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove key from SSH Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic (Platform-native)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Menubar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Preview Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always on Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Usernames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone Group...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;XML File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access error for config file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t show again for this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: You are using an unstable build of KeePassXC.
There is a high risk of corruption, maintain a backup of your databases.
This version is not meant for production use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOTE: You are using a pre-release version of KeePassXC.
Expect some bugs and minor issues, this version is meant for testing purposes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restore Entry(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for updates on startup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would you like KeePassXC to check for updates on startup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can always check for updates manually from the application menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit KeePassXC</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 Entry(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Please present or touch your YubiKey to continue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Application?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You must restart the application to apply this setting. Would you like to restart now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow Screen Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1Password 1PUX...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a 1Password 1PUX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passkeys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Passkey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open About Dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge From Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download All Favicons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort Groups A-Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort Groups Z-A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Database As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Database Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Database Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Database Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Passkeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Entry Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Entry Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Application Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Password Generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perform Auto-Type: {USERNAME}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perform Auto-Type: {USERNAME}{ENTER}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perform Auto-Type: {PASSWORD}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perform Auto-Type: {PASSWORD}{ENTER}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perform Auto-Type: {TOTP}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import KeePass1 Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import 1Password Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show TOTP QR Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up TOTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Recycle Bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Donation Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Bug Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Online Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Keyboard Shortcuts Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Database Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH Agent: Add Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH Agent: Remove Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle Compact Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Theme: Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Theme: Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Theme: Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Theme: Classic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle Show Menubar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle Show Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle Show Preview Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle Always on Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle Hide Usernames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle Hide Passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle Allow Screen Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote S&amp;ync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Passkey From Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup Remote Sync…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManageDatabase</name>
    <message>
        <source>Database settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit database settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock database to show more information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManageSession</name>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect this application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset any remembered decisions for this application</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Merger</name>
    <message>
        <source>Creating missing %1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relocating %1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwriting %1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronizing from newer source %1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronizing from older source %1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting child %1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting orphan %1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed deleted objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding missing icon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed custom data %1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding custom data %1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizard</name>
    <message>
        <source>Create a new KeePassXC database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root</source>
        <comment>Root group</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizardPage</name>
    <message>
        <source>WizardPage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here you can adjust the database encryption settings. Don&apos;t worry, you can change them later in the database settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizardPageDatabaseKey</name>
    <message>
        <source>Database Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A set of credentials known only to you that protects your database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizardPageEncryption</name>
    <message>
        <source>Encryption Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here you can adjust the database encryption settings. Don&apos;t worry, you can change them later in the database settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizardPageMetaData</name>
    <message>
        <source>General Database Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in the display name and an optional description for your new database:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NixUtils</name>
    <message>
        <source>Password Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global shortcut already registered to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not register global shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpData01</name>
    <message>
        <source>Invalid OpData01, does not contain header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to read all IV bytes, wanted 16 but got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to init cipher for opdata01: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to read all HMAC signature bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed OpData01 due to a failed HMAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to process clearText in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1 bytes of clear-text, found %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpVaultReader</name>
    <message>
        <source>Directory .opvault must exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory .opvault must be readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory .opvault/default must exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory .opvault/default must be readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to decode masterKey: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to derive master key: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenSSHKey</name>
    <message>
        <source>Invalid key file, expecting an OpenSSH key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM boundary mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base64 decoding failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file way too small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file magic header id invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found zero keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to read public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrupted key file, reading private key failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported key type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No private key payload to decrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown cipher: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AES-256/GCM is currently not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase is required to decrypt this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key derivation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher IV is too short for MD5 kdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown KDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to initialize cipher: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decryption failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decryption failed, wrong passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected EOF while reading key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported key part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected EOF while reading public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected EOF while reading private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t write public key as it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected EOF when writing public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t write private key as it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected EOF when writing private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenSSHKeyGenDialog</name>
    <message>
        <source>SSH Key Generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasskeyExportDialog</name>
    <message>
        <source>KeePassXC - Passkey Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filenames will be generated with title and .passkey file extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the following passkey entries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasskeyExporter</name>
    <message>
        <source>KeePassXC: Passkey Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &quot;%1.passkey&quot; already exists.
Do you want to overwrite it?
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open file &quot;%1&quot; for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasskeyImportDialog</name>
    <message>
        <source>KeePassXC - Passkey Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Passkey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create new entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relying Party: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the following passkey:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the following passkey to this entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default passkeys group (Imported Passkeys)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasskeyImporter</name>
    <message>
        <source>Passkey file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open file &quot;%1&quot; for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open passkey file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import passkey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import passkey file &quot;%1&quot;. Data is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import passkey file &quot;%1&quot;.
The following data is missing:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import passkey file &quot;%1&quot;. Private key is missing or malformed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordEditWidget</name>
    <message>
        <source>Enter password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password set, click to change or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;A password is the primary method for securing your database.&lt;/p&gt;&lt;p&gt;Good passwords are long and unique. KeePassXC can generate one for you.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordGeneratorWidget</name>
    <message>
        <source>Generate Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strength</source>
        <comment>Password strength</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to advanced mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashes and Slashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper-case letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower-case letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Math Symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended ASCII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Braces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not include:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional characters to use for the generated password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add non-hex letters to &quot;do not include&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex Passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character set to exclude from generated password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also choose from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude look-alike characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick characters from every group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word Separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wordlist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word Count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character Count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete selected wordlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add custom wordlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate password (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPPER CASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(SYSTEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entropy: %1 bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password Quality: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor</source>
        <comment>Password quality</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <comment>Password quality</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <comment>Password quality</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excellent</source>
        <comment>Password quality</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm Delete Wordlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you really want to delete the wordlist &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to delete wordlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wordlists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select Custom Wordlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite Wordlist?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wordlist &quot;%1&quot; already exists as a custom wordlist.
Do you want to overwrite it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to add wordlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logograms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passwordLength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded characters: &quot;0&quot;, &quot;1&quot;, &quot;l&quot;, &quot;I&quot;, &quot;O&quot;, &quot;|&quot;, &quot;﹒&quot;, &quot;B&quot;, &quot;8&quot;, &quot;G&quot;, &quot;6&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordWidget</name>
    <message>
        <source>Passwords do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords match so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle Password (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate Password (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: Caps Lock enabled!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor</source>
        <comment>Password quality</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <comment>Password quality</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <comment>Password quality</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excellent</source>
        <comment>Password quality</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle password visibility using Control + H. Open the password generator using Control + G.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickcharsDialog</name>
    <message>
        <source>KeePassXC - Pick Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select characters to type, navigate with arrow keys, Ctrl + S submits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press &amp;Tab between characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with weak password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Database not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database hash not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client public key not received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot decrypt message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action cancelled or denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message encryption failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeePassXC association failed, try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption key is not recognized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorrect action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty message received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No URL provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logins found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No groups found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create new group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid UUID provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser Plugin Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the native messaging script file for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username for the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL for the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt for the entry&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a password for the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new entry to a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the entry to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot generate a password and prompt at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create entry with path %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter password for new entry: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the database failed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successfully added entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a new group to a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the group to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 already exists!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successfully added group %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check if any passwords have been publicly leaked. FILENAME must be the path of a file listing SHA-1 hashes of leaked passwords in HIBP format, as available from https://haveibeenpwned.com/Passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILENAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path to okon-cli to search a formatted HIBP file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>okon-cli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyze passwords for weaknesses and problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find HIBP file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating database entries using okon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to open HIBP file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating database entries against HIBP file, this will take a while…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Password for &apos;%1&apos; has been leaked %2 time(s)!</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Password for &apos;%1&apos; has been leaked!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export an attachment of an entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the entry with the target attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the attachment to be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path to which the attachment should be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find entry with path %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find attachment with name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No export target given. Please use &apos;--stdout&apos; or specify an &apos;export-file&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open output file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successfully exported attachment %1 of entry %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite existing attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports an attachment to an entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the attachment to be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the attachment to be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment %1 already exists for entry %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open attachment file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successfully imported attachment %1 as %2 to entry %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an attachment of an entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the attachment to be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successfully removed attachment %1 from entry %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the given attribute to the clipboard. Defaults to &quot;password&quot; if not specified.</source>
        <comment>Don&apos;t translate &quot;password&quot;, it refers to the attribute.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the current TOTP to the clipboard (equivalent to &quot;-a totp&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must match only one entry, otherwise a list of possible matches is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy an entry&apos;s attribute to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the entry to clip.</source>
        <comment>clip = copy to clipboard</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout before clearing the clipboard (default is %1 seconds, set to 0 for unlimited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid timeout value %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple entries matching:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using matching entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERROR: Please specify one of --attribute or --totp, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry with path %1 has no TOTP set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERROR: attribute %1 is ambiguous, it matches %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute &quot;%1&quot; not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry&apos;s &quot;%1&quot; attribute copied to the clipboard!</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Clearing the clipboard in %1 second(s)...</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Clipboard cleared!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the currently opened database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence password prompt and other secondary outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate password key for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yubikey slot and optional serial used to access the database (e.g., 1:7370001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot[:serial]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing positional argument(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many arguments provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target decryption time in MS for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the key file for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a password for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid decryption time %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target decryption time must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to set database password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the key file failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is set. Aborting database creation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmarking key derivation function for %1ms delay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting %1 rounds for key derivation function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error while setting database key derivation settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to save the database: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successfully created new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unset the password for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unset the key file for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use %1 and %2 at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the database key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database was not modified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the database failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successfully edited the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove password: The database does not have a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove file key: The database does not have a file key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the new key file failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found unexpected Key type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove all the keys from a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a database&apos;s information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KDF: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recycle bin is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recycle bin is not enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
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
    <message>
        <source>Number of groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of expired entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-unique passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum password reuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of short passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of weak passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries excluded from reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average password length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word count for the diceware passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <comment>CLI parameter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wordlist for the diceware generator.
[Default: EFF English]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a new random diceware passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid word count %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title for the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit an entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the entry to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changing any field for entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter new password for entry: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successfully edited entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perform advanced analysis on the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for which to estimate the entropy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate the entropy of a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entropy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log10 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-word extra bits %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: Bruteforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: Dict+Leet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: User Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: User+Leet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: Repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: Spatial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: Bruteforce(Rep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: Dictionary(Rep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: Dict+Leet(Rep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: User Words(Rep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: User+Leet(Rep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: Repeated(Rep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: Sequence(Rep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: Spatial(Rep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: Date(Rep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: Unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entropy %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*** Password length (%1) != sum of length of parts (%2) ***</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit interactive mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format to use when exporting. Available choices are &apos;xml&apos; or &apos;csv&apos;. Defaults to &apos;xml&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports the content of a database to standard output in the specified format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to export database to XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the generated password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use lowercase characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use uppercase characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use special characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use extended ASCII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude character set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use custom character set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude similar looking characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include characters from every selected group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a new random password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid password length %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid password generator after applying all options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display command help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the contents of an XML database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the XML database export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to import XML database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successfully imported database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Available commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the command to execute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays debugging information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid command %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recursively list the elements of the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flattens the output to single lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List database entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the group to list. Default is /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find group %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the same credentials for both database files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file of the database to merge from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate password key for the database to merge from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only print the changes detected by the merge operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yubikey slot for the second database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge two databases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the database to merge from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error reading merge file:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to save database to file : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successfully merged %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database was not modified by merge operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves an entry to a new group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the entry to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the destination group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find group with path %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry is already in group %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successfully moved entry %1 to group %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the entry to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to save database to file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successfully recycled entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successfully deleted entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the group to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove root group from database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successfully recycled group %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successfully deleted group %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find entries quickly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the entry&apos;s current TOTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the protected attributes in clear text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all the attributes of the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the attachments of the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names of the attributes to show. This option can be specified more than once, with each attribute shown one-per-line in the given order. If no attributes are specified, a summary of the default attributes is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show an entry&apos;s information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the entry to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERROR: unknown attribute %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attachments present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to open database file %1: not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to open database file %1: not a plain file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to open database file %1: not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter password to unlock %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to load key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: You are using an old key file format which KeePassXC may
stop supporting in the future.

Please consider generating a new key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid YubiKey slot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid YubiKey serial %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please present or touch your YubiKey to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter password to encrypt database (optional): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to create a database with an empty password? [y/N]: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: Passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program defined for clipboard manipulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clipping programs failed. Tried %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating KeyFile %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading KeyFile %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HIBP file, line %1: parse error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To use okon, you must provide a post-processed file (e.g. file.okon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start okon process: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: okon process did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to load okon processed database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very weak password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password entropy is %1 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used in %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Password is used %1 time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Password has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password expiry was %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password expires on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password is about to expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Password expires in %1 day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Password will expire soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debugging mode is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debugging mode is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system: %1
CPU architecture: %2
Kernel: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeeShare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YubiKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Service Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled extensions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>over %1 year(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %1 month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Botan library must be at least %1, found %2.%3.%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cryptographic libraries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AES (%1 rounds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argon2%1 (%2 rounds, %3 KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SymmetricCipher::init: Invalid cipher mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SymmetricCipher::init: Invalid IV size of %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher not initialized prior to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot process 0 length data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown executable (DBus address %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (invalid executable path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NULL device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error reading from device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: (row, col) %2,%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AES 256-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twofish 256-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChaCha20 256-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argon2d (KDBX 4 – recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argon2id (KDBX 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AES-KDF (KDBX 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AES-KDF (KDBX 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing single-instance lock file is invalid. Launching new instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock file could not be created. Single-instance mode disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Clearing the clipboard in %1 second(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark %1 delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 ms</source>
        <comment>milliseconds</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Do you really want to delete the entry &quot;%1&quot; for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Do you really want to delete %n entry(s) for good?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete entry(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Do you really want to move entry &quot;%1&quot; to the recycle bin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Do you really want to move %n entry(s) to the recycle bin?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move entry(s) to recycle bin?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Replace references to entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Entry &quot;%1&quot; has %2 reference(s). Do you want to overwrite references with values, skip this entry, or delete anyway?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HIBP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported key file version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum mismatch! Key file may be corrupt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected key file data! Key file may be corrupt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeePassXC - cross-platform password manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filenames of the password databases to open (*.kdbx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path to a custom config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path to a custom local config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock all open databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key file of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read password of the database from stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database failed to lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another instance of KeePassXC is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeePassXC is not running. No open database to lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fatal error while testing the cryptographic functions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeePassXC - Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid Settings</source>
        <comment>TOTP</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid Key</source>
        <comment>TOTP</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to create Windows Hello credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to sign challenge using Windows Hello.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: Failed to block screenshot capture on a top-level window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid Cipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid KDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to all entries is denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow screenshots and app recording (Windows/macOS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the key file for the database.
This option is deprecated, use --set-key-file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases have been locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestation not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential is excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passkeys request canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid user verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid URL provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passkeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AES initialization failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AES encrypt failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to store in Linux Keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polkit returned an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not locate key in keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read key in keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AES decrypt failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Polkit authentication agent was available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polkit authorization failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Quick Unlock provider is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to init KeePassXC crypto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to encrypt key data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to get Windows Hello credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to decrypt key data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin is empty or not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective domain is not a valid domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin and RP ID do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No supported algorithms were provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for timer to expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge is shorter than required minimum length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user.id does not match the required length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favorite</source>
        <comment>Tag for favorite entries</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot parse file: %1 at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to decrypt json file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid encKeyValidation field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid cipher list within encKeyValidation field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid encrypted data field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid cipher list within encrypted data field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot initialize cipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot decrypt data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitwarden Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <comment>Tag for archived entries</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid 1PUX file format: Not a valid ZIP file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid 1PUX file format: Missing export.data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1Password Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown passkeys error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid KDF iterations, cannot decrypt json file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported format, ensure your Bitwarden export is password-protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only PBKDF and Argon2 are supported, cannot decrypt json file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double click an action to change its shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut %1 conflicts with &apos;%2&apos;. Overwrite shortcut?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot generate valid passphrases because the wordlist is too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete plugin data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete plugin data from Entry(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QtIOCompressor</name>
    <message>
        <source>Internal zlib error when compressing: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error writing to underlying device: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error opening underlying device: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error reading data from underlying device: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal zlib error when decompressing: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QtIOCompressor::open</name>
    <message>
        <source>The gzip format not supported in this version of zlib.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal zlib error: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteHandler</name>
    <message>
        <source>Command `%1` did not finish in time. Process was killed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to upload merged database. Command `%1` did not finish in time. Process was killed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid download parameters provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command `%1` failed to download database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid database pointer or upload parameters provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command `%1` exited with status code: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to upload merged database. Command `%1` exited with status code: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsWidgetBrowserStatistics</name>
    <message>
        <source>Double-click entries to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of entry URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry has no URLs set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry has no Browser Integration settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Excluded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is being excluded from reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait, browser statistics is being calculated…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries with a URL, or none has browser extension settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete Entry(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exclude from reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only show entries that have a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only show entries that have been explicitly allowed or denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show expired entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete plugin data from Entry(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsWidgetHealthcheck</name>
    <message>
        <source>Hover over reason to show additional details. Double-click entries to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad — password must be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor — password should be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak — consider changing the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Excluded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is being excluded from reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait, health data is being calculated…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congratulations, everything is healthy!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete Entry(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exclude from reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show expired entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries that have been excluded from reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Expired)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsWidgetHibp</name>
    <message>
        <source>CAUTION: This report requires sending information to the Have I Been Pwned online service (https://haveibeenpwned.com). If you proceed, your database passwords will be cryptographically hashed and the first five characters of those hashes will be sent securely to this service. Your database remains secure and cannot be reconstituted from this information. However, the number of passwords you send and your IP address will be exposed to this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perform Online Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also show entries that have been excluded from reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of KeePassXC does not have network functions. Networking is required to check your passwords against Have I Been Pwned databases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congratulations, no exposed passwords!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password exposed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Excluded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is being excluded from reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once</source>
        <comment>Password exposure amount</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to 10 times</source>
        <comment>Password exposure amount</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to 100 times</source>
        <comment>Password exposure amount</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to 1000 times</source>
        <comment>Password exposure amount</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to 10,000 times</source>
        <comment>Password exposure amount</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to 100,000 times</source>
        <comment>Password exposure amount</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to a million times</source>
        <comment>Password exposure amount</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>millions of times</source>
        <comment>Password exposure amount</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete Entry(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exclude from reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsWidgetPasskeys</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of entry URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete Entry(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Relying Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show expired entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passkey file will be vulnerable to theft and unauthorized use, if left unsecured. Are you sure you want to continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait, list of entries with passkeys is being updated…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries with passkeys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsWidgetStatistics</name>
    <message>
        <source>Hover over lines with error icons for further information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait, database statistics are being calculated…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
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
    <message>
        <source>The database was modified, but the changes have not yet been saved to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of expired entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database contains entries that have expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-unique passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 10% of passwords are reused. Use unique passwords when possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum password reuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some passwords are used more than three times. Use unique passwords when possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of short passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended minimum password length is at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of weak passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommend using long, randomized passwords with a rating of &apos;good&apos; or &apos;excellent&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries excluded from reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluding entries from reports, e. g. because they are known to have a poor password, isn&apos;t necessarily a problem but you should keep an eye on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average password length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average password length is less than ten characters. Longer passwords provide more security.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SSHAgent</name>
    <message>
        <source>Agent connection failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent protocol error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent running, cannot add identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key identity ownership conflict. Refusing to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent refused this identity. Possible reasons include:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key has already been added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted lifetime is not supported by the agent (check options).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A confirmation request is not supported by the agent (check options).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security keys are not supported by the agent or the security key provider is unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent running, cannot remove identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent running, cannot list identities.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchHelpWidget</name>
    <message>
        <source>Search Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search terms are as follows: [modifiers][field:][&quot;]term[&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every search term must match (ie, logical AND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exclude term from results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match term exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use regex in term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term Wildcards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logical OR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchWidget</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (%1)…</source>
        <comment>Search placeholder text, %1 is the keyboard shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit search to selected group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsClientModel</name>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBus Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDatabaseModel</name>
    <message>
        <source>File Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsWidgetFdoSecrets</name>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable KeepassXC Freedesktop.org Secret Service integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show notification when passwords are retrieved by clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;If enabled, any attempt to read a password must be confirmed. Otherwise, clients can read passwords without confirmation when the database is unlocked.&lt;/p&gt;&lt;p&gt;This option only covers the access to the password of an entry. Clients can always enumerate the items of exposed databases and query their attributes.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm when passwords are retrieved by clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm when clients request entry deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt to unlock database before searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposed database groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These applications are currently connected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save current changes to activate the plugin and enable editing of this section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This setting does not override disabling recycle bin prompts &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This improves compatibility with certain applications which search for password without unlocking the database first.&lt;/p&gt;&lt;p&gt;But enabling this may also crash the client if the database can not be unlocked within a certain timeout. (Usually 25s, but may be a different value set in applications.) &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsWidgetKeeShare</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow KeeShare imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow KeeShare exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only show warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate new certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer name field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareExport</name>
    <message>
        <source>Could not write export container.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareImport</name>
    <message>
        <source>Successful import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareObserver</name>
    <message>
        <source>Import from %1 failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from %1 successful (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple import source path to %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicting export target path %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to %1 failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to %1 successful (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagModel</name>
    <message>
        <source>Clear Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak Passwords</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagView</name>
    <message>
        <source>Remove Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm Remove Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag &quot;%1&quot; from all entries in this database?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotpDialog</name>
    <message>
        <source>Timed Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expires in &lt;b&gt;%n&lt;/b&gt; second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TotpExportSettingsDialog</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOTE: These TOTP settings are custom and may not work with other authenticators.</source>
        <comment>TOTP QR code dialog warning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was an error creating the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotpSetupDialog</name>
    <message>
        <source>Setup TOTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key must be in Base32 format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default settings (RFC 6238)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steam® settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time step field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> sec</source>
        <comment>Seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid TOTP Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have entered an invalid secret key. The key must be in Base32 format.
Example: JBSWY3DPEHPK3PXP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm Remove TOTP Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure you want to delete TOTP settings for this entry?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>URLEdit</name>
    <message>
        <source>Invalid URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateCheckDialog</name>
    <message>
        <source>Checking for updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An error occurred when trying to retrieve update information, please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;strong&gt;A new version is available.&lt;/strong&gt;&lt;br/&gt;KeePassXC %1 can be &lt;a href=&quot;https://keepassxc.org/download/&quot;&gt;downloaded here&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have the latest version of KeePassXC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeWidget</name>
    <message>
        <source>Start storing your passwords securely in a KeePassXC database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a recent database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to KeePassXC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WinUtils</name>
    <message>
        <source>Invalid key code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global shortcut already registered to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not register global shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YubiKey</name>
    <message>
        <source>General: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find interface for hardware key with serial number %1. Please connect it to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YubiKeyEditWidget</name>
    <message>
        <source>Hardware key slot selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find any hardware keys!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected hardware key slot does not support challenge-response!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge-Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Challenge-Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Challenge-Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Challenge-Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge-Response set, click to change or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detecting hardware keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hardware keys detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh hardware keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;If you own a &lt;a href=&quot;https://www.yubico.com/&quot;&gt;YubiKey&lt;/a&gt; or &lt;a href=&quot;https://onlykey.io&quot;&gt;OnlyKey&lt;/a&gt;, you can use it for additional security.&lt;/p&gt;&lt;p&gt;The key requires one of its slots to be programmed with &lt;a href=&quot;https://keepassxc.org/docs/#faq-yubikey-howto&quot;&gt;Challenge-Response&lt;/a&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YubiKeyInterfacePCSC</name>
    <message>
        <source>The YubiKey PCSC interface has not been initialized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find or access hardware key with serial number %1. Please present it to continue. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware key is locked or timed out. Unlock or re-present it to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware key was not found or is not configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to complete a challenge-response, the PCSC error code was: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(NFC) %1 [%2] - Slot %3, %4</source>
        <comment>YubiKey display fields</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press</source>
        <comment>USB Challenge-Response Key interaction request</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passive</source>
        <comment>USB Challenge-Response Key no interaction required</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YubiKeyInterfaceUSB</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press</source>
        <comment>USB Challenge-Response Key interaction request</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passive</source>
        <comment>USB Challenge-Response Key no interaction required</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The YubiKey USB interface has not been initialized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find hardware key with serial number %1. Please plug it in to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware key timed out waiting for user interaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A USB error occurred when accessing the hardware key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to complete a challenge-response, the specific error was: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2] - Slot %3</source>
        <comment>YubiKey NEO display fields</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2] - Slot %3, %4</source>
        <comment>YubiKey display fields</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
