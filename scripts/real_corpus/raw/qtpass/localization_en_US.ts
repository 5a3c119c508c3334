<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConfigDialog</name>
    <message>
        <location filename="../src/configdialog.ui" line="20"/>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="46"/>
        <source>Settings</source>
        <translation type="unfinished">Settings</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="72"/>
        <source>Clipboard behaviour:</source>
        <translation>Clipboard behavior:</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="91"/>
        <source>Use primary selection</source>
        <translation>Use primary selection</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="98"/>
        <source>Autoclear after:</source>
        <translation>Autoclear after:</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="115"/>
        <location filename="../src/configdialog.ui" line="198"/>
        <source>Seconds</source>
        <translation>Seconds</translation>
    </message>
    <message>
        <source>Password Behaviour:</source>
        <translation type="vanished">Password Behaviour:</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="147"/>
        <source>Content panel behaviour:</source>
        <translation>Content panel behavior:</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="159"/>
        <source>Hide content</source>
        <translation>Hide content</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="166"/>
        <source>Hide password</source>
        <translation>Hide password</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="175"/>
        <source>Autoclear panel after:</source>
        <translation>Autoclear panel after:</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="224"/>
        <source>Use a monospace font</source>
        <translation>Use a monospace font</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="231"/>
        <source>Display the files content as-is</source>
        <translation>Display the files content as-is</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="238"/>
        <source>No line wrapping</source>
        <translation>No line wrapping</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="245"/>
        <source>Show process output</source>
        <translation type="unfinished">Show process output</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="277"/>
        <source>Password Generation:</source>
        <translation>Password Generation:</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="289"/>
        <source>Password Length:</source>
        <translation>Password Length:</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="323"/>
        <source>Characters</source>
        <translation>Characters</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="351"/>
        <source>Use characters:</source>
        <translation>Use characters:</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="369"/>
        <source>Select character set for password generation</source>
        <translation>Select character set for password generation</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="373"/>
        <source>All Characters</source>
        <translation>All characters</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="378"/>
        <source>Alphabetical</source>
        <translation>Alphabetical</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="383"/>
        <source>Alphanumerical</source>
        <translation>Alphanumerical</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="388"/>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="426"/>
        <source>ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789</source>
        <translation>ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="460"/>
        <source>Include special symbols</source>
        <translation>Include special symbols</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="599"/>
        <source>Enable content search (pass grep)</source>
        <translation type="unfinished">Enable content search (pass grep)</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="602"/>
        <source>Allow searching inside password file contents. Requires decrypting every file and can be slow on large stores.</source>
        <translation type="unfinished">Allow searching inside password file contents. Requires decrypting every file and can be slow on large stores.</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="776"/>
        <source>Generate</source>
        <translation>Generate</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="779"/>
        <source>Generate GPG key pair</source>
        <translation type="unfinished">Generate GPG key pair</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="888"/>
        <source>SSH_AUTH_SOCK override:</source>
        <translation type="unfinished">SSH_AUTH_SOCK override:</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="891"/>
        <source>Optional path to override SSH_AUTH_SOCK. Leave empty to auto-probe via gpgconf (issue #543).</source>
        <translation type="unfinished">Optional path to override SSH_AUTH_SOCK. Leave empty to auto-probe via gpgconf (issue #543).</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="898"/>
        <source>(auto-probe via gpgconf)</source>
        <translation type="unfinished">(auto-probe via gpgconf)</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="973"/>
        <source>Profile name, used to identify this configuration profile</source>
        <translation type="unfinished">Profile name, used to identify this configuration profile</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="981"/>
        <source>Path to the password store directory</source>
        <translation type="unfinished">Path to the password store directory</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="986"/>
        <source>Signing Key</source>
        <translation>Signing Key</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="989"/>
        <source>Optional: GPG key to sign .gpg-id files for integrity verification. Leave empty unless you need to protect the user list from tampering.</source>
        <translation type="unfinished">Optional: GPG key to sign .gpg-id files for integrity verification. Leave empty unless you need to protect the user list from tampering.</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="1029"/>
        <source>Current path</source>
        <translation>Current path</translation>
    </message>
    <message>
        <source>Use pwgen</source>
        <translation type="vanished">Use pwgen</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="450"/>
        <source>Exclude capital letters</source>
        <translation>Exclude capital letters</translation>
    </message>
    <message>
        <source>Include special symbols </source>
        <translation type="vanished">Include special symbols </translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="467"/>
        <source>Generate easy to memorize but less secure passwords</source>
        <translation>Generate easy to memorize but less secure passwords</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="474"/>
        <source>Exclude numbers</source>
        <translation>Exclude numbers</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="493"/>
        <source>Git:</source>
        <translation>Git:</translation>
    </message>
    <message>
        <source>Use git</source>
        <translation type="vanished">Use git</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="519"/>
        <source>Automatically add .gpg-id files</source>
        <translation>Automatically add .gpg-id files</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="526"/>
        <source>Automatically push</source>
        <translation>Automatically push</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="533"/>
        <source>Automatically pull</source>
        <translation>Automatically pull</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="565"/>
        <source>Extensions:</source>
        <translation>Extensions:</translation>
    </message>
    <message>
        <source>Use pass otp extension</source>
        <translation type="vanished">Use pass otp extension</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="624"/>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="636"/>
        <source>Use TrayIcon</source>
        <translation>Use TrayIcon</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="643"/>
        <source>Start minimized</source>
        <translation>Start minimized</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="650"/>
        <source>Hide on close</source>
        <translation>Hide on close</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="657"/>
        <source>Always on top</source>
        <translation>Always on top</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="682"/>
        <source>Programs</source>
        <translation>Programs</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="700"/>
        <source>Select password storage program:</source>
        <translation>Select password storage program:</translation>
    </message>
    <message>
        <source>Nati&amp;ve git/gpg</source>
        <translation type="vanished">Nati&amp;ve git/gpg</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="716"/>
        <source>&amp;Use pass</source>
        <translation>&amp;Use pass</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="740"/>
        <source>Native</source>
        <translation>Native</translation>
    </message>
    <message>
        <source>git</source>
        <translation type="vanished">git</translation>
    </message>
    <message>
        <source>...</source>
        <translation type="vanished">...</translation>
    </message>
    <message>
        <source>gpg</source>
        <translation type="vanished">gpg</translation>
    </message>
    <message>
        <source>pwgen</source>
        <translation type="vanished">pwgen</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="816"/>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="827"/>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;a href=&quot;https://www.passwordstore.org/&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;www.passwordstore.org&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="vanished">&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;a href=&quot;https://www.passwordstore.org/&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;www.passwordstore.org&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="921"/>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="970"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="978"/>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="999"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="1014"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Current password-store</source>
        <translation type="vanished">Current password-store</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="1049"/>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Templates add extra fields in the password generation dialogue and in the password view.</source>
        <translation type="vanished">Templates add extra fields in the password generation dialogue and in the password view.</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="1079"/>
        <source>Use template</source>
        <translation>Use template</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="1086"/>
        <source>Show all lines beginning with a word followed by a colon as fields in password fields, not only the listed ones</source>
        <translation>Show all lines beginning with a word followed by a colon as fields in password fields, not only the listed ones</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="1089"/>
        <source>Show all fields templated</source>
        <translation>Show all fields templated</translation>
    </message>
    <message>
        <source>login
url
email</source>
        <translation type="vanished">login
url
email</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="1116"/>
        <source>&lt;a href=&quot;https://QtPass.org/&quot;&gt;QtPass&lt;/a&gt; version </source>
        <translation>&lt;a href=&quot;https://QtPass.org/&quot;&gt;QtPass&lt;/a&gt; version </translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="85"/>
        <source>No Clipboard</source>
        <translation>No Clipboard</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="86"/>
        <source>Always copy to clipboard</source>
        <translation>Always copy to clipboard</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="87"/>
        <source>On-demand copy to clipboard</source>
        <translation>On-demand copy to clipboard</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="274"/>
        <location filename="../src/configdialog.cpp" line="284"/>
        <source>This field is required</source>
        <translation type="unfinished">This field is required</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="328"/>
        <source>The path does not exist.</source>
        <translation type="unfinished">The path does not exist.</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="331"/>
        <source>The path is not readable.</source>
        <translation type="unfinished">The path is not readable.</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="334"/>
        <source>The path is not a Unix domain socket.</source>
        <translation type="unfinished">The path is not a Unix domain socket.</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="339"/>
        <source>Potentially invalid SSH_AUTH_SOCK override</source>
        <translation type="unfinished">Potentially invalid SSH_AUTH_SOCK override</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="340"/>
        <source>The SSH_AUTH_SOCK override value may be invalid.

%1

The value will still be saved as entered.</source>
        <translation type="unfinished">The SSH_AUTH_SOCK override value may be invalid.

%1

The value will still be saved as entered.</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="794"/>
        <source>Create profile directory?</source>
        <translation type="unfinished">Create profile directory?</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="795"/>
        <source>Would you like to create a password store at %1?</source>
        <translation type="unfinished">Would you like to create a password store at %1?</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="803"/>
        <source>Could not create profile directory: %1</source>
        <translation type="unfinished">Could not create profile directory: %1</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="823"/>
        <source>Select recipients for %1</source>
        <translation type="unfinished">Select recipients for %1</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="848"/>
        <source>New Profile</source>
        <translation type="unfinished">New Profile</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="896"/>
        <source>No profile selected</source>
        <translation>No profile selected</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="897"/>
        <source>No profile selected to delete</source>
        <translation>No profile selected to delete</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="1001"/>
        <source>GnuPG not found</source>
        <translation>GnuPG not found</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="1015"/>
        <source>Please install GnuPG on your system.&lt;br&gt;Install &lt;strong&gt;gpg&lt;/strong&gt; using your favorite package manager&lt;br&gt;or &lt;a href=&quot;https://www.gnupg.org/download/#sec-1-2&quot;&gt;download&lt;/a&gt; it from GnuPG.org</source>
        <translation>Please install GnuPG on your system.&lt;br&gt;Install &lt;strong&gt;gpg&lt;/strong&gt; using your favorite package manager&lt;br&gt;or &lt;a href=&quot;https://www.gnupg.org/download/#sec-1-2&quot;&gt;download&lt;/a&gt; it from GnuPG.org</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="1069"/>
        <source>Create password-store?</source>
        <translation>Create password-store?</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="1070"/>
        <source>Would you like to create a password-store at %1?</source>
        <translation>Would you like to create a password-store at %1?</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="802"/>
        <location filename="../src/configdialog.cpp" line="1075"/>
        <source>Error</source>
        <translation type="unfinished">Error</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="1076"/>
        <source>Failed to create password-store at: %1</source>
        <translation type="unfinished">Failed to create password-store at: %1</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="1107"/>
        <source>Password store not initialised</source>
        <translation>Password store not initialised</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="1108"/>
        <source>The folder %1 doesn&apos;t seem to be a password store or is not yet initialised.</source>
        <translation>The folder %1 doesn&apos;t seem to be a password store or is not yet initialised.</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="1364"/>
        <source>New profile: %1 at %2</source>
        <translation type="unfinished">New profile: %1 at %2</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="1368"/>
        <source>Profile: %1 at %2</source>
        <translation type="unfinished">Profile: %1 at %2</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="1373"/>
        <source>Fill in all required fields</source>
        <translation type="unfinished">Fill in all required fields</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="846"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;a href=&quot;https://www.passwordstore.org/&quot;&gt;&lt;span style=&quot; text-decoration: underline;&quot;&gt;www.passwordstore.org&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;a href=&quot;https://www.passwordstore.org/&quot;&gt;&lt;span style=&quot; text-decoration: underline;&quot;&gt;www.passwordstore.org&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="877"/>
        <source>Autodetect</source>
        <translation>Autodetect</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="55"/>
        <source>System tray is not available</source>
        <translation>System tray is not available</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="69"/>
        <source>Pass OTP extension needs to be installed</source>
        <translation>Pass OTP extension needs to be installed</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="74"/>
        <source>qrencode needs to be installed</source>
        <translation>qrencode needs to be installed</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="1004"/>
        <source>Please install GnuPG on your system.&lt;br&gt;Install &lt;strong&gt;Ubuntu&lt;/strong&gt; from the Microsoft Store to get it.&lt;br&gt;If you already did so, make sure you started it once and&lt;br&gt;click &quot;Autodetect&quot; in the next dialog.</source>
        <translation>Please install GnuPG on your system.&lt;br&gt;Install &lt;strong&gt;Ubuntu&lt;/strong&gt; from the Microsoft Store to get it.&lt;br&gt;If you already did so, make sure you started it once and&lt;br&gt;click &quot;Autodetect&quot; in the next dialog.</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="1009"/>
        <source>Please install GnuPG on your system.&lt;br&gt;Install &lt;strong&gt;Ubuntu&lt;/strong&gt; from the Microsoft Store&lt;br&gt;or &lt;a href=&quot;https://www.gnupg.org/download/#sec-1-2&quot;&gt;download&lt;/a&gt; it from GnuPG.org</source>
        <translation>Please install GnuPG on your system.&lt;br&gt;Install &lt;strong&gt;Ubuntu&lt;/strong&gt; from the Microsoft Store&lt;br&gt;or &lt;a href=&quot;https://www.gnupg.org/download/#sec-1-2&quot;&gt;download&lt;/a&gt; it from GnuPG.org</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="443"/>
        <source>Use PWGen</source>
        <translation>Use PWGen</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="505"/>
        <source>Use Git</source>
        <translation>Use Git</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="574"/>
        <source>Use QRencode</source>
        <translation>Use QRencode</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="588"/>
        <source>Use pass-otp extension</source>
        <translation>Use pass-otp extension</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="709"/>
        <source>Nati&amp;ve Git/GPG</source>
        <translation>Nati&amp;ve Git/GPG</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="746"/>
        <source>Git</source>
        <translation>Git</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="756"/>
        <location filename="../src/configdialog.ui" line="763"/>
        <location filename="../src/configdialog.ui" line="806"/>
        <location filename="../src/configdialog.ui" line="837"/>
        <location filename="../src/configdialog.ui" line="1036"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="786"/>
        <source>GPG</source>
        <translation>GPG</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="799"/>
        <source>PWGen</source>
        <translation>PWGen</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="1070"/>
        <source>Templates add extra fields in the password generation dialogue, and in the password view.</source>
        <translation>Templates add extra fields in the password generation dialogue, and in the password view.</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="1101"/>
        <source>login
URL
e-mail</source>
        <translation>login
URL
e-mail</translation>
    </message>
</context>
<context>
    <name>Executor</name>
    <message>
        <location filename="../src/executor.cpp" line="106"/>
        <source>Failed to start %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPublicKeyDialog</name>
    <message>
        <location filename="../src/exportpublickeydialog.ui" line="14"/>
        <source>Export Public Key</source>
        <translation type="unfinished">Export Public Key</translation>
    </message>
    <message>
        <location filename="../src/exportpublickeydialog.ui" line="27"/>
        <source>Public key</source>
        <translation type="unfinished">Public key</translation>
    </message>
    <message>
        <location filename="../src/exportpublickeydialog.ui" line="52"/>
        <source>Copy to Clipboard</source>
        <translation type="unfinished">Copy to Clipboard</translation>
    </message>
    <message>
        <location filename="../src/exportpublickeydialog.ui" line="59"/>
        <source>Save to File...</source>
        <translation type="unfinished">Save to File...</translation>
    </message>
    <message>
        <location filename="../src/exportpublickeydialog.cpp" line="28"/>
        <source>Public key for %1</source>
        <translation type="unfinished">Public key for %1</translation>
    </message>
    <message>
        <location filename="../src/exportpublickeydialog.cpp" line="67"/>
        <source>Copied!</source>
        <translation type="unfinished">Copied!</translation>
    </message>
    <message>
        <location filename="../src/exportpublickeydialog.cpp" line="83"/>
        <location filename="../src/exportpublickeydialog.cpp" line="90"/>
        <location filename="../src/exportpublickeydialog.cpp" line="100"/>
        <source>Save Public Key</source>
        <translation type="unfinished">Save Public Key</translation>
    </message>
    <message>
        <location filename="../src/exportpublickeydialog.cpp" line="84"/>
        <source>ASCII-armored key (*.asc);;All files (*)</source>
        <translation type="unfinished">ASCII-armored key (*.asc);;All files (*)</translation>
    </message>
    <message>
        <location filename="../src/exportpublickeydialog.cpp" line="91"/>
        <source>Could not open %1 for writing: %2</source>
        <translation type="unfinished">Could not open %1 for writing: %2</translation>
    </message>
    <message>
        <location filename="../src/exportpublickeydialog.cpp" line="101"/>
        <source>Could not write to %1: %2</source>
        <translation type="unfinished">Could not write to %1: %2</translation>
    </message>
</context>
<context>
    <name>ImitatePass</name>
    <message>
        <location filename="../src/imitatepass.cpp" line="146"/>
        <location filename="../src/imitatepass.cpp" line="328"/>
        <location filename="../src/imitatepass.cpp" line="486"/>
        <source>Signature for %1 is invalid.</source>
        <translation>Signature for %1 is invalid.</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="153"/>
        <location filename="../src/imitatepass.cpp" line="579"/>
        <source>Can not edit</source>
        <translation>Can not edit</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="154"/>
        <location filename="../src/imitatepass.cpp" line="580"/>
        <source>Could not read encryption key to use, .gpg-id file missing or invalid.</source>
        <translation>Could not read encryption key to use, .gpg-id file missing or invalid.</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="322"/>
        <source>GPG signing failed!</source>
        <translation type="unfinished">GPG signing failed!</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="323"/>
        <source>Failed to sign %1.</source>
        <translation type="unfinished">Failed to sign %1.</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="390"/>
        <source>No signing key!</source>
        <translation>No signing key!</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="391"/>
        <source>None of the secret signing keys is available.
You will not be able to change the user list!</source>
        <translation>None of the secret signing keys is available.
You will not be able to change the user list!</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="263"/>
        <source>Cannot update</source>
        <translation>Cannot update</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="145"/>
        <location filename="../src/imitatepass.cpp" line="327"/>
        <location filename="../src/imitatepass.cpp" line="485"/>
        <source>Check .gpg-id file signature!</source>
        <translation>Check .gpg-id file signature!</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="264"/>
        <source>Failed to open .gpg-id for writing.</source>
        <translation>Failed to open .gpg-id for writing.</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="283"/>
        <source>Check selected users!</source>
        <translation>Check selected users!</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="284"/>
        <source>None of the selected keys have a secret key available.
You will not be able to decrypt any newly added passwords!</source>
        <translation>None of the selected keys have a secret key available.
You will not be able to decrypt any newly added passwords!</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="643"/>
        <location filename="../src/imitatepass.cpp" line="756"/>
        <source>Re-encryption failed</source>
        <translation type="unfinished">Re-encryption failed</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="644"/>
        <source>Failed to replace %1. Original has been restored.</source>
        <translation type="unfinished">Failed to replace %1. Original has been restored.</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="674"/>
        <source>Creating backup commit</source>
        <translation type="unfinished">Creating backup commit</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="684"/>
        <location filename="../src/imitatepass.cpp" line="692"/>
        <source>Backup commit failed</source>
        <translation type="unfinished">Backup commit failed</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="685"/>
        <source>Could not inspect git status. Re-encryption was aborted.</source>
        <translation type="unfinished">Could not inspect git status. Re-encryption was aborted.</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="693"/>
        <source>Re-encryption was aborted because a git backup could not be created.</source>
        <translation type="unfinished">Re-encryption was aborted because a git backup could not be created.</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="715"/>
        <source>Re-encrypting from folder %1</source>
        <translation>Re-encrypting from folder %1</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="718"/>
        <location filename="../src/imitatepass.cpp" line="774"/>
        <source>Updating password-store</source>
        <translation>Updating password-store</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="743"/>
        <source>GPG ID verification failed</source>
        <translation type="unfinished">GPG ID verification failed</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="744"/>
        <source>Could not verify .gpg-id for directory.</source>
        <translation type="unfinished">Could not verify .gpg-id for directory.</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="757"/>
        <source>Failed to re-encrypt %1</source>
        <translation type="unfinished">Failed to re-encrypt %1</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="763"/>
        <source>Re-encryption completed: %1 succeeded, %2 failed</source>
        <translation type="unfinished">Re-encryption completed: %1 succeeded, %2 failed</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="769"/>
        <source>Re-encryption completed: %1 files re-encrypted</source>
        <translation type="unfinished">Re-encryption completed: %1 files re-encrypted</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="932"/>
        <source>Copy failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="933"/>
        <source>Could not copy %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportKeyDialog</name>
    <message>
        <location filename="../src/importkeydialog.ui" line="14"/>
        <location filename="../src/importkeydialog.cpp" line="41"/>
        <source>Import GPG Key</source>
        <translation type="unfinished">Import GPG Key</translation>
    </message>
    <message>
        <location filename="../src/importkeydialog.ui" line="27"/>
        <source>Import a GPG public key from file or paste it below. The key should be in ASCII-armored format.</source>
        <translation type="unfinished">Import a GPG public key from file or paste it below. The key should be in ASCII-armored format.</translation>
    </message>
    <message>
        <location filename="../src/importkeydialog.ui" line="42"/>
        <source>From File...</source>
        <translation type="unfinished">From File...</translation>
    </message>
    <message>
        <location filename="../src/importkeydialog.ui" line="49"/>
        <source>From Clipboard</source>
        <translation type="unfinished">From Clipboard</translation>
    </message>
    <message>
        <location filename="../src/importkeydialog.ui" line="71"/>
        <source>Paste an ASCII-armored GPG key here...</source>
        <translation type="unfinished">Paste an ASCII-armored GPG key here...</translation>
    </message>
    <message>
        <location filename="../src/importkeydialog.ui" line="93"/>
        <source>Import</source>
        <translation type="unfinished">Import</translation>
    </message>
    <message>
        <location filename="../src/importkeydialog.cpp" line="42"/>
        <source>ASCII-armored GPG key</source>
        <translation type="unfinished">ASCII-armored GPG key</translation>
    </message>
    <message>
        <location filename="../src/importkeydialog.cpp" line="42"/>
        <source>All Files</source>
        <translation type="unfinished">All Files</translation>
    </message>
    <message>
        <location filename="../src/importkeydialog.cpp" line="50"/>
        <location filename="../src/importkeydialog.cpp" line="65"/>
        <location filename="../src/importkeydialog.cpp" line="163"/>
        <location filename="../src/importkeydialog.cpp" line="167"/>
        <source>Import Key</source>
        <translation type="unfinished">Import Key</translation>
    </message>
    <message>
        <location filename="../src/importkeydialog.cpp" line="51"/>
        <source>Could not open file: %1</source>
        <translation type="unfinished">Could not open file: %1</translation>
    </message>
    <message>
        <location filename="../src/importkeydialog.cpp" line="66"/>
        <source>%1 does not look like an ASCII-armored GPG key. Convert it with &lt;code&gt;gpg --armor --export&lt;/code&gt; first, or paste the armored block via &lt;b&gt;From Clipboard&lt;/b&gt;.</source>
        <translation type="unfinished">%1 does not look like an ASCII-armored GPG key. Convert it with &lt;code&gt;gpg --armor --export&lt;/code&gt; first, or paste the armored block via &lt;b&gt;From Clipboard&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../src/importkeydialog.cpp" line="113"/>
        <source>GPG import failed:
%1</source>
        <translation type="unfinished">GPG import failed:
%1</translation>
    </message>
    <message>
        <location filename="../src/importkeydialog.cpp" line="123"/>
        <source>Could not parse imported key id from GPG output.</source>
        <translation type="unfinished">Could not parse imported key id from GPG output.</translation>
    </message>
    <message>
        <location filename="../src/importkeydialog.cpp" line="168"/>
        <source>Successfully imported key: %1</source>
        <translation type="unfinished">Successfully imported key: %1</translation>
    </message>
</context>
<context>
    <name>KeygenDialog</name>
    <message>
        <location filename="../src/keygendialog.ui" line="14"/>
        <source>Generate GnuPG keypair</source>
        <translation>Generate GnuPG keypair</translation>
    </message>
    <message>
        <location filename="../src/keygendialog.ui" line="42"/>
        <source>Generate a new key pair</source>
        <translation>Generate a new key pair</translation>
    </message>
    <message>
        <location filename="../src/keygendialog.ui" line="155"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../src/keygendialog.ui" line="91"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../src/keygendialog.ui" line="123"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/keygendialog.ui" line="200"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;There is no limit on the length of a passphrase, and it should be carefully chosen. From the perspective of security, the passphrase to unlock the private key is one of the weakest points in GnuPG (and other public-key encryption systems as well) since it is the only protection you have if another individual gets your private key. &lt;br/&gt;Ideally, the passphrase should not use words from a dictionary and should mix the case of alphabetic characters as well as use non-alphabetic characters.&lt;br/&gt;A good passphrase is crucial to the secure use of GnuPG.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;There is no limit on the length of a passphrase, and it should be carefully chosen. From the perspective of security, the passphrase to unlock the private key is one of the weakest points in GnuPG (and other public-key encryption systems as well) since it is the only protection you have if another individual gets your private key. &lt;br/&gt;Ideally, the passphrase should not use words from a dictionary and should mix the case of alphabetic characters as well as use non-alphabetic characters.&lt;br/&gt;A good passphrase is crucial to the secure use of GnuPG.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/keygendialog.ui" line="210"/>
        <source>Repeat pass</source>
        <translation>Repeat pass</translation>
    </message>
    <message>
        <location filename="../src/keygendialog.ui" line="227"/>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location filename="../src/keygendialog.ui" line="246"/>
        <source>Template contents will be set based on GPG version.</source>
        <translation type="unfinished">Template contents will be set based on GPG version.</translation>
    </message>
    <message>
        <source>#           QtPass GPG key generator
#
#      first test version please comment
#
%echo Generating a default key
Key-Type: RSA
Subkey-Type: RSA
Name-Real:
Name-Comment: QtPass
Name-Email:
Expire-Date: 0
%no-protection
# Do a commit here, so that we can later print &quot;done&quot; :-)
%commit
%echo done</source>
        <translation type="vanished">#           QtPass GPG key generator
#
#      first test version please comment
#
%echo Generating a default key
Key-Type: RSA
Subkey-Type: RSA
Name-Real:
Name-Comment: QtPass
Name-Email:
Expire-Date: 0
%no-protection
# Do a commit here, so that we can later print &quot;done&quot; :-)
%commit
%echo done</translation>
    </message>
    <message>
        <source>#           QtPass GPG key generator
#
#      first test version please comment
#
%echo Generating a default key
Key-Type: default
Subkey-Type: default
Name-Real:
Name-Comment: QtPass
Name-Email:
Expire-Date: 0
%no-protection
# Do a commit here, so that we can later print &quot;done&quot; :-)
%commit
%echo done</source>
        <translation type="vanished">#           QtPass GPG key generator
#
#      first test version please comment
#
%echo Generating a default key
Key-Type: default
Subkey-Type: default
Name-Real:
Name-Comment: QtPass
Name-Email:
Expire-Date: 0
%no-protection
# Do a commit here, so that we can later print &quot;done&quot; :-)
%commit
%echo done</translation>
    </message>
    <message>
        <location filename="../src/keygendialog.ui" line="259"/>
        <source>For expert options check out the &lt;a href=&quot;https://www.gnupg.org/documentation/manuals/gnupg/Unattended-GPG-key-generation.html&quot;&gt;GnuPG manual&lt;/a&gt;</source>
        <translation>For expert options check out the &lt;a href=&quot;https://www.gnupg.org/documentation/manuals/gnupg/Unattended-GPG-key-generation.html&quot;&gt;GnuPG manual&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../src/keygendialog.cpp" line="168"/>
        <source>Invalid name</source>
        <translation>Invalid name</translation>
    </message>
    <message>
        <location filename="../src/keygendialog.cpp" line="169"/>
        <source>Name must be at least 5 characters long.</source>
        <translation>Name must be at least 5 characters long.</translation>
    </message>
    <message>
        <location filename="../src/keygendialog.cpp" line="180"/>
        <source>Invalid email</source>
        <translation>Invalid email</translation>
    </message>
    <message>
        <location filename="../src/keygendialog.cpp" line="181"/>
        <source>The email address you typed is not a valid email address.</source>
        <translation>The email address you typed is not a valid email address.</translation>
    </message>
    <message>
        <location filename="../src/keygendialog.cpp" line="201"/>
        <source>This operation can take some minutes.&lt;br /&gt;We need to generate a lot of random bytes. It is a good idea to perform some other action (type on the keyboard, move the mouse, utilize the disks) during the prime generation; this gives the random number generator a better chance to gain enough entropy.</source>
        <translation>This operation can take some minutes.&lt;br /&gt;We need to generate a lot of random bytes. It is a good idea to perform some other action (type on the keyboard, move the mouse, utilize the disks) during the prime generation; this gives the random number generator a better chance to gain enough entropy.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/mainwindow.ui" line="14"/>
        <source>QtPass</source>
        <translation>QtPass</translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="vanished">Add</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="398"/>
        <location filename="../src/mainwindow.ui" line="401"/>
        <location filename="../src/mainwindow.cpp" line="1428"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="406"/>
        <location filename="../src/mainwindow.ui" line="409"/>
        <location filename="../src/mainwindow.cpp" line="1442"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>git push</source>
        <translation type="vanished">git push</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="425"/>
        <source>Push</source>
        <translation>Push</translation>
    </message>
    <message>
        <source>&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body style=&quot; font-family:&apos;Cantarell&apos;; font-size:11pt; font-weight:400; font-style:normal;&quot;&gt;
&lt;p style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-family:&apos;Helvetica Neue,Helvetica,Segoe UI,Arial,freesans,sans-serif&apos;; font-size:13pt; font-weight:600; color:#333333;&quot;&gt;QtPass&lt;/span&gt;&lt;span style=&quot; font-family:&apos;Helvetica Neue,Helvetica,Segoe UI,Arial,freesans,sans-serif&apos;; font-size:13pt; color:#333333;&quot;&gt; is a GUI for &lt;/span&gt;&lt;a href=&quot;https://www.passwordstore.org/&quot;&gt;&lt;span style=&quot; font-family:&apos;Helvetica Neue,Helvetica,Segoe UI,Arial,freesans,sans-serif&apos;; font-size:13pt; text-decoration: underline; color:#4183c4; background-color:transparent;&quot;&gt;pass&lt;/span&gt;&lt;/a&gt;&lt;span style=&quot; font-family:&apos;Helvetica Neue,Helvetica,Segoe UI,Arial,freesans,sans-serif&apos;; font-size:13pt; color:#333333;&quot;&gt;, the standard unix password manager.&lt;/span&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-family:&apos;Helvetica Neue,Helvetica,Segoe UI,Arial,freesans,sans-serif&apos;; font-size:13pt; color:#333333;&quot;&gt;&lt;br /&gt;Please report any &lt;/span&gt;&lt;a href=&quot;https://github.com/IJHack/qtpass/issues&quot;&gt;&lt;span style=&quot; font-family:&apos;Helvetica Neue,Helvetica,Segoe UI,Arial,freesans,sans-serif&apos;; font-size:13pt; text-decoration: underline; color:#4183c4;&quot;&gt;issues&lt;/span&gt;&lt;/a&gt;&lt;span style=&quot; font-family:&apos;Helvetica Neue,Helvetica,Segoe UI,Arial,freesans,sans-serif&apos;; font-size:13pt; color:#333333;&quot;&gt; you might have with this software.&lt;/span&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;a href=&quot;https://qtpass.org/&quot;&gt;&lt;span style=&quot; font-family:&apos;Helvetica Neue,Helvetica,Segoe UI,Arial,freesans,sans-serif&apos;; font-size:13pt; text-decoration: underline; color:#4183c4; background-color:transparent;&quot;&gt;Documentation&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;a href=&quot;https://github.com/IJHack/qtpass&quot;&gt;&lt;span style=&quot; font-family:&apos;Noto Sans&apos;; font-size:12pt; text-decoration: underline; color:#4183c4;&quot;&gt;SourceCode&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="vanished">&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body style=&quot; font-family:&apos;Cantarell&apos;; font-size:11pt; font-weight:400; font-style:normal;&quot;&gt;
&lt;p style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-family:&apos;Helvetica Neue,Helvetica,Segoe UI,Arial,freesans,sans-serif&apos;; font-size:13pt; font-weight:600; color:#333333;&quot;&gt;QtPass&lt;/span&gt;&lt;span style=&quot; font-family:&apos;Helvetica Neue,Helvetica,Segoe UI,Arial,freesans,sans-serif&apos;; font-size:13pt; color:#333333;&quot;&gt; is a GUI for &lt;/span&gt;&lt;a href=&quot;https://www.passwordstore.org/&quot;&gt;&lt;span style=&quot; font-family:&apos;Helvetica Neue,Helvetica,Segoe UI,Arial,freesans,sans-serif&apos;; font-size:13pt; text-decoration: underline; color:#4183c4; background-color:transparent;&quot;&gt;pass&lt;/span&gt;&lt;/a&gt;&lt;span style=&quot; font-family:&apos;Helvetica Neue,Helvetica,Segoe UI,Arial,freesans,sans-serif&apos;; font-size:13pt; color:#333333;&quot;&gt;, the standard unix password manager.&lt;/span&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-family:&apos;Helvetica Neue,Helvetica,Segoe UI,Arial,freesans,sans-serif&apos;; font-size:13pt; color:#333333;&quot;&gt;&lt;br /&gt;Please report any &lt;/span&gt;&lt;a href=&quot;https://github.com/IJHack/qtpass/issues&quot;&gt;&lt;span style=&quot; font-family:&apos;Helvetica Neue,Helvetica,Segoe UI,Arial,freesans,sans-serif&apos;; font-size:13pt; text-decoration: underline; color:#4183c4;&quot;&gt;issues&lt;/span&gt;&lt;/a&gt;&lt;span style=&quot; font-family:&apos;Helvetica Neue,Helvetica,Segoe UI,Arial,freesans,sans-serif&apos;; font-size:13pt; color:#333333;&quot;&gt; you might have with this software.&lt;/span&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;a href=&quot;https://qtpass.org/&quot;&gt;&lt;span style=&quot; font-family:&apos;Helvetica Neue,Helvetica,Segoe UI,Arial,freesans,sans-serif&apos;; font-size:13pt; text-decoration: underline; color:#4183c4; background-color:transparent;&quot;&gt;Documentation&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;a href=&quot;https://github.com/IJHack/qtpass&quot;&gt;&lt;span style=&quot; font-family:&apos;Noto Sans&apos;; font-size:12pt; text-decoration: underline; color:#4183c4;&quot;&gt;SourceCode&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="385"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="414"/>
        <source>OTP</source>
        <translation>OTP</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="417"/>
        <source>Generate OTP and copy to clipboard</source>
        <translation>Generate OTP and copy to clipboard</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="420"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="428"/>
        <source>Git push</source>
        <translation>Git push</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="436"/>
        <source>Git pull</source>
        <translation>Git pull</translation>
    </message>
    <message>
        <source>git pull</source>
        <translation type="vanished">git pull</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="433"/>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body style=&quot; font-family:&apos;.SF NS Text&apos;; font-size:13pt; font-weight:400; font-style:normal;&quot;&gt;
&lt;p style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt; &lt;span style=&quot; font-family:&apos;Lato&apos;;&quot;&gt;QtPass&lt;/span&gt; is a GUI for &lt;a href=&quot;https://www.passwordstore.org/&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;pass&lt;/span&gt;&lt;/a&gt;, the standard unix password manager.&lt;br /&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;Please report any &lt;a href=&quot;https://github.com/IJHack/qtpass/issues&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;issues&lt;/span&gt;&lt;/a&gt; you might have with this software.&lt;/p&gt;
&lt;p style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;a href=&quot;https://qtpass.org/&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;Documentation&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;a href=&quot;https://github.com/IJHack/qtpass&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;SourceCode&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="vanished">&lt;!DOCTYPE HTML&gt;&lt;html&gt;&lt;head&gt; &lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot;/&gt; &lt;style type=&quot;text/css&quot;&gt; p, li { white-space: pre-wrap; } &lt;/style&gt;&lt;/head&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot;font-family: Lato;&quot;&gt;QtPass&lt;/span&gt; is a GUI for &lt;a href=&quot;https://www.passwordstore.org/&quot;&gt;pass&lt;/a&gt;, the standard unix password manager.&lt;br/&gt;&lt;/p&gt;&lt;p&gt;Please report any &lt;a href=&quot;https://github.com/IJHack/qtpass/issues&quot;&gt;issues&lt;/a&gt; you might have with this software.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://qtpass.org/&quot;&gt;Documentation&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://github.com/IJHack/qtpass&quot;&gt;SourceCode&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="444"/>
        <source>Manage who can read password in folder</source>
        <translation>Manage who can read password in folder</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="441"/>
        <location filename="../src/mainwindow.cpp" line="1422"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>&lt;!DOCTYPE HTML PUBLIC &quot;-//W3C//DTD HTML 4.0//EN&quot; &quot;http://www.w3.org/TR/REC-html40/strict.dtd&quot;&gt;
&lt;html&gt;&lt;head&gt;&lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot; /&gt;&lt;style type=&quot;text/css&quot;&gt;
p, li { white-space: pre-wrap; }
&lt;/style&gt;&lt;/head&gt;&lt;body style=&quot; font-family:&apos;.SF NS Text&apos;; font-size:13pt; font-weight:400; font-style:normal;&quot;&gt;
&lt;p style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;span style=&quot; font-family:&apos;Lato&apos;;&quot;&gt;QtPass&lt;/span&gt; is a GUI for &lt;a href=&quot;https://www.passwordstore.org/&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;pass&lt;/span&gt;&lt;/a&gt;, the standard unix password manager.&lt;br /&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;Please report any &lt;a href=&quot;https://github.com/IJHack/qtpass/issues&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;issues&lt;/span&gt;&lt;/a&gt; you might have with this software.&lt;/p&gt;
&lt;p style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;a href=&quot;https://qtpass.org/&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;Documentation&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;
&lt;p style=&quot; margin-top:12px; margin-bottom:12px; margin-left:0px; margin-right:0px; -qt-block-indent:0; text-indent:0px;&quot;&gt;&lt;a href=&quot;https://github.com/IJHack/qtpass&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0000ff;&quot;&gt;SourceCode&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="vanished">&lt;!DOCTYPE HTML&gt;&lt;html&gt;&lt;head&gt; &lt;meta name=&quot;qrichtext&quot; content=&quot;1&quot;/&gt; &lt;style type=&quot;text/css&quot;&gt; p, li { white-space: pre-wrap; } &lt;/style&gt;&lt;/head&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot;font-family: Lato;&quot;&gt;QtPass&lt;/span&gt; is a GUI for &lt;a href=&quot;https://www.passwordstore.org/&quot;&gt;pass&lt;/a&gt;, the standard unix password manager.&lt;br/&gt;&lt;/p&gt;&lt;p&gt;Please report any &lt;a href=&quot;https://github.com/IJHack/qtpass/issues&quot;&gt;issues&lt;/a&gt; you might have with this software.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://qtpass.org/&quot;&gt;Documentation&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://github.com/IJHack/qtpass&quot;&gt;SourceCode&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="452"/>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="449"/>
        <source>Config</source>
        <translation>Config</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="68"/>
        <source>Select profile</source>
        <translation>Select profile</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="127"/>
        <source>Search inside password content (pass grep)</source>
        <translation type="unfinished">Search inside password content (pass grep)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="130"/>
        <source>⌕</source>
        <translation type="unfinished">⌕</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="133"/>
        <source>Content search toggle</source>
        <translation type="unfinished">Content search toggle</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="136"/>
        <source>Toggle content search mode to search inside password files</source>
        <translation type="unfinished">Toggle content search mode to search inside password files</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="146"/>
        <source>Case-insensitive search</source>
        <translation type="unfinished">Case-insensitive search</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="149"/>
        <source>Aa</source>
        <translation type="unfinished">Aa</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="152"/>
        <source>Case-insensitive toggle</source>
        <translation type="unfinished">Case-insensitive toggle</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="155"/>
        <source>Toggle case-insensitive content search</source>
        <translation type="unfinished">Toggle case-insensitive content search</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="211"/>
        <source>Results</source>
        <translation type="unfinished">Results</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="263"/>
        <source>Welcome to QtPass</source>
        <translation>Welcome to QtPass</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="351"/>
        <source>Clear output</source>
        <translation type="unfinished">Clear output</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="350"/>
        <source>Clear</source>
        <translation type="unfinished">Clear</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="120"/>
        <location filename="../src/mainwindow.cpp" line="709"/>
        <location filename="../src/mainwindow.cpp" line="902"/>
        <source>Search Password</source>
        <translation>Search Password</translation>
    </message>
    <message>
        <source>qtpass</source>
        <translation type="vanished">qtpass</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="321"/>
        <source>Welcome to QtPass %1</source>
        <translation>Welcome to QtPass %1</translation>
    </message>
    <message>
        <source>Add Password</source>
        <translation type="vanished">Add Password</translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation type="vanished">Add Folder</translation>
    </message>
    <message>
        <source>Failed to connect WebDAV:
</source>
        <translation type="vanished">Failed to connect WebDAV:
</translation>
    </message>
    <message>
        <source>QtPass WebDAV password</source>
        <translation type="vanished">QtPass WebDAV password</translation>
    </message>
    <message>
        <source>Enter password to connect to WebDAV:</source>
        <translation type="vanished">Enter password to connect to WebDAV:</translation>
    </message>
    <message>
        <source>fusedav exited unexpectedly
</source>
        <translation type="vanished">fusedav exited unexpectedly
</translation>
    </message>
    <message>
        <source>Failed to start fusedav to connect WebDAV:
</source>
        <translation type="vanished">Failed to start fusedav to connect WebDAV:
</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="531"/>
        <location filename="../src/mainwindow.cpp" line="544"/>
        <source>Updating password-store</source>
        <translation>Updating password-store</translation>
    </message>
    <message>
        <source>Can not edit</source>
        <translation type="vanished">Can not edit</translation>
    </message>
    <message>
        <source>Selected password file does not exist, not able to edit</source>
        <translation type="vanished">Selected password file does not exist, not able to edit</translation>
    </message>
    <message>
        <source>Password hidden</source>
        <translation type="vanished">Password hidden</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="652"/>
        <location filename="../src/mainwindow.cpp" line="945"/>
        <source>Content hidden</source>
        <translation>Content hidden</translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="vanished">Password</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="679"/>
        <source>OTP Code</source>
        <translation>OTP Code</translation>
    </message>
    <message>
        <source>Clipboard cleared</source>
        <translation type="vanished">Clipboard cleared</translation>
    </message>
    <message>
        <source>Clipboard not cleared</source>
        <translation type="vanished">Clipboard not cleared</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="713"/>
        <source>Password and Content hidden</source>
        <translation>Password and Content hidden</translation>
    </message>
    <message>
        <source>QProcess::FailedToStart</source>
        <translation type="vanished">QProcess::FailedToStart</translation>
    </message>
    <message>
        <source>QProcess::Crashed</source>
        <translation type="vanished">QProcess::Crashed</translation>
    </message>
    <message>
        <source>QProcess::Timedout</source>
        <translation type="vanished">QProcess::Timedout</translation>
    </message>
    <message>
        <source>QProcess::ReadError</source>
        <translation type="vanished">QProcess::ReadError</translation>
    </message>
    <message>
        <source>QProcess::WriteError</source>
        <translation type="vanished">QProcess::WriteError</translation>
    </message>
    <message>
        <source>QProcess::UnknownError</source>
        <translation type="vanished">QProcess::UnknownError</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="799"/>
        <source>Looking for: %1</source>
        <translation>Looking for: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/mainwindow.cpp" line="955"/>
        <source>Found %n match(es)</source>
        <translation>
            <numerusform>Found %n match</numerusform>
            <numerusform>Found %n matches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1084"/>
        <location filename="../src/mainwindow.cpp" line="1520"/>
        <source>New file</source>
        <translation>New file</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1085"/>
        <source>New password file: 
(Will be placed in %1 )</source>
        <translation>New password file: 
(Will be placed in %1 )</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1125"/>
        <source> and the whole content?</source>
        <translation> and the whole content?</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1135"/>
        <source> and the whole content? &lt;br&gt;&lt;strong&gt;Attention: there are unexpected files in the given folder, check them before continue.&lt;/strong&gt;</source>
        <translation> and the whole content? &lt;br&gt;&lt;strong&gt;Attention: there are unexpected files in the given folder, check them before continue.&lt;/strong&gt;</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1145"/>
        <source>Are you sure you want to delete %1%2?</source>
        <translation>Are you sure you want to delete %1%2?</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1144"/>
        <source>Delete password?</source>
        <translation>Delete password?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete %1?</source>
        <translation type="vanished">Are you sure you want to delete %1?</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1144"/>
        <source>Delete folder?</source>
        <translation>Delete folder?</translation>
    </message>
    <message>
        <source> and whole content</source>
        <translation type="vanished"> and whole content</translation>
    </message>
    <message>
        <source>Can not get key list</source>
        <translation type="vanished">Can not get key list</translation>
    </message>
    <message>
        <source>Unable to get list of available gpg keys</source>
        <translation type="vanished">Unable to get list of available gpg keys</translation>
    </message>
    <message>
        <source>Key not found in keyring</source>
        <translation type="vanished">Key not found in keyring</translation>
    </message>
    <message>
        <source>Generating GPG key pair</source>
        <translation type="vanished">Generating GPG key pair</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1294"/>
        <source>Profile changed to %1</source>
        <translation>Profile changed to %1</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1419"/>
        <source>Open folder with file manager</source>
        <translation>Open folder with file manager</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="390"/>
        <location filename="../src/mainwindow.ui" line="393"/>
        <location filename="../src/mainwindow.cpp" line="1420"/>
        <source>Add folder</source>
        <translation>Add folder</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="379"/>
        <location filename="../src/mainwindow.ui" line="382"/>
        <location filename="../src/mainwindow.cpp" line="1421"/>
        <source>Add password</source>
        <translation>Add password</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1521"/>
        <source>New Folder: 
(Will be placed in %1 )</source>
        <translation>New Folder: 
(Will be placed in %1 )</translation>
    </message>
    <message>
        <source>Copied to clipboard</source>
        <translation type="vanished">Copied to clipboard</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="359"/>
        <source>Process Output</source>
        <translation type="unfinished">Process Output</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="681"/>
        <source>OTP code copied to clipboard</source>
        <translation type="unfinished">OTP code copied to clipboard</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="683"/>
        <source>No OTP code found in this password entry</source>
        <translation type="unfinished">No OTP code found in this password entry</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="850"/>
        <source>Searching…</source>
        <translation type="unfinished">Searching…</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="879"/>
        <source>Search content (regex)</source>
        <translation type="unfinished">Search content (regex)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="884"/>
        <source>Content search uses POSIX basic regular expressions (pass grep).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="886"/>
        <source>Content search uses Perl-compatible regular expressions (PCRE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="931"/>
        <source>No matches found.</source>
        <translation type="unfinished">No matches found.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/mainwindow.cpp" line="956"/>
        <source>in %n entr(ies).</source>
        <translation>
            <numerusform>in %n entry.</numerusform>
            <numerusform>in %n entries.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1036"/>
        <source>Invalid name</source>
        <translation type="unfinished">Invalid name</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1037"/>
        <source>That name would resolve outside the password store. Please choose a different name.</source>
        <translation type="unfinished">That name would resolve outside the password store. Please choose a different name.</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1165"/>
        <source>No password selected for OTP generation</source>
        <translation type="unfinished">No password selected for OTP generation</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1434"/>
        <source>Rename folder</source>
        <translation>Rename folder</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1438"/>
        <source>Rename password</source>
        <translation>Rename password</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1448"/>
        <source>Share</source>
        <translation type="unfinished">Share</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1458"/>
        <source>Re-encrypt all passwords</source>
        <translation type="unfinished">Re-encrypt all passwords</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1463"/>
        <source>Export my public key...</source>
        <translation type="unfinished">Export my public key...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1469"/>
        <source>Add recipient...</source>
        <translation type="unfinished">Add recipient...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1474"/>
        <source>What is this?</source>
        <translation type="unfinished">What is this?</translation>
    </message>
    <message>
        <source>Open %1 in browser</source>
        <translation type="obsolete">Open %1 in browser</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1729"/>
        <location filename="../src/mainwindow.cpp" line="1748"/>
        <source>Export Public Key</source>
        <translation type="unfinished">Export Public Key</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1730"/>
        <source>&lt;h3&gt;Export Your Public Key&lt;/h3&gt;&lt;p&gt;No signing key is configured. Set one in QtPass Settings &amp;gt; GPG keys, or run this in a terminal:&lt;/p&gt;&lt;pre&gt;gpg --armor --export --output my_key.asc &amp;lt;your-key-id&amp;gt;&lt;/pre&gt;&lt;p&gt;Then send the file to your teammates.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h3&gt;Export Your Public Key&lt;/h3&gt;&lt;p&gt;No signing key is configured. Set one in QtPass Settings &amp;gt; GPG keys, or run this in a terminal:&lt;/p&gt;&lt;pre&gt;gpg --armor --export --output my_key.asc &amp;lt;your-key-id&amp;gt;&lt;/pre&gt;&lt;p&gt;Then send the file to your teammates.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1749"/>
        <source>Could not export public key for %1.

%2</source>
        <translation type="unfinished">Could not export public key for %1.

%2</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1751"/>
        <source>No output from gpg.</source>
        <translation type="unfinished">No output from gpg.</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1778"/>
        <source>Sharing Passwords with GPG</source>
        <translation type="unfinished">Sharing Passwords with GPG</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1779"/>
        <source>&lt;h3&gt;Sharing Passwords with GPG&lt;/h3&gt;&lt;p&gt;To share passwords with other users:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Export your public key&lt;/b&gt; and send it to teammates&lt;/li&gt;&lt;li&gt;&lt;b&gt;Import teammates&apos; public keys&lt;/b&gt; into your GPG keyring&lt;/li&gt;&lt;li&gt;&lt;b&gt;Re-encrypt passwords&lt;/b&gt; so all recipients can decrypt them&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Only people who have a matching secret key can decrypt the passwords.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tip:&lt;/b&gt; Use the same GPG key for all shared folders.&lt;/p&gt;&lt;p&gt;See the FAQ for more details.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h3&gt;Sharing Passwords with GPG&lt;/h3&gt;&lt;p&gt;To share passwords with other users:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Export your public key&lt;/b&gt; and send it to teammates&lt;/li&gt;&lt;li&gt;&lt;b&gt;Import teammates&apos; public keys&lt;/b&gt; into your GPG keyring&lt;/li&gt;&lt;li&gt;&lt;b&gt;Re-encrypt passwords&lt;/b&gt; so all recipients can decrypt them&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Only people who have a matching secret key can decrypt the passwords.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tip:&lt;/b&gt; Use the same GPG key for all shared folders.&lt;/p&gt;&lt;p&gt;See the FAQ for more details.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1533"/>
        <location filename="../src/mainwindow.cpp" line="1542"/>
        <location filename="../src/mainwindow.cpp" line="1677"/>
        <source>Error</source>
        <translation type="unfinished">Error</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="153"/>
        <source>Operation timed out; re-enabling interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1534"/>
        <source>Failed to create folder: %1</source>
        <translation type="unfinished">Failed to create folder: %1</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1543"/>
        <source>Failed to create .gpg-id file in: %1</source>
        <translation type="unfinished">Failed to create .gpg-id file in: %1</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1570"/>
        <location filename="../src/mainwindow.cpp" line="1610"/>
        <source>Rename file</source>
        <translation>Rename file</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1570"/>
        <source>Rename Folder To: </source>
        <translation>Rename Folder To: </translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1610"/>
        <source>Rename File To: </source>
        <translation>Rename File To: </translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1678"/>
        <source>Directory does not exist: %1</source>
        <translation type="unfinished">Directory does not exist: %1</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1683"/>
        <source>Re-encrypt passwords</source>
        <translation type="unfinished">Re-encrypt passwords</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1684"/>
        <source>Re-encrypt all passwords in %1?

This will re-encrypt ALL password files in this folder using the current recipients defined in .gpg-id.

This may rewrite many files and cannot be undone easily.

Continue?</source>
        <translation type="unfinished">Re-encrypt all passwords in %1?

This will re-encrypt ALL password files in this folder using the current recipients defined in .gpg-id.

This may rewrite many files and cannot be undone easily.

Continue?</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="322"/>
        <source>&lt;p&gt;QtPass is a GUI for &lt;a href=&quot;https://www.passwordstore.org/&quot;&gt;pass&lt;/a&gt;, the standard unix password manager.&lt;/p&gt;
&lt;p&gt;Please report any &lt;a href=&quot;https://github.com/IJHack/qtpass/issues&quot;&gt;issues&lt;/a&gt; you might have with this software.&lt;/p&gt;
&lt;p&gt;&lt;a href=&quot;https://qtpass.org/&quot;&gt;Documentation&lt;/a&gt;&lt;/p&gt;
&lt;p&gt;&lt;a href=&quot;https://github.com/IJHack/qtpass&quot;&gt;SourceCode&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;QtPass is a GUI for &lt;a href=&quot;https://www.passwordstore.org/&quot;&gt;pass&lt;/a&gt;, the standard unix password manager.&lt;/p&gt;
&lt;p&gt;Please report any &lt;a href=&quot;https://github.com/IJHack/qtpass/issues&quot;&gt;issues&lt;/a&gt; you might have with this software.&lt;/p&gt;
&lt;p&gt;&lt;a href=&quot;https://qtpass.org/&quot;&gt;Documentation&lt;/a&gt;&lt;/p&gt;
&lt;p&gt;&lt;a href=&quot;https://github.com/IJHack/qtpass&quot;&gt;SourceCode&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Pass</name>
    <message>
        <location filename="../src/pass.cpp" line="159"/>
        <source>Invalid password length</source>
        <translation type="unfinished">Invalid password length</translation>
    </message>
    <message>
        <location filename="../src/pass.cpp" line="160"/>
        <source>Can&apos;t generate password with zero length.</source>
        <translation type="unfinished">Can&apos;t generate password with zero length.</translation>
    </message>
    <message>
        <location filename="../src/pass.cpp" line="201"/>
        <source>No characters chosen</source>
        <translation>No characters chosen</translation>
    </message>
    <message>
        <location filename="../src/pass.cpp" line="202"/>
        <source>Can&apos;t generate password, there are no characters to choose from set in the configuration!</source>
        <translation>Can&apos;t generate password, there are no characters to choose from set in the configuration!</translation>
    </message>
    <message>
        <location filename="../src/pass.cpp" line="452"/>
        <source>No GPG executable configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/pass.cpp" line="557"/>
        <location filename="../src/pass.cpp" line="576"/>
        <source>Encryption failed: GPG key has expired. Please renew or replace it.</source>
        <translation type="unfinished">Encryption failed: GPG key has expired. Please renew or replace it.</translation>
    </message>
    <message>
        <location filename="../src/pass.cpp" line="562"/>
        <location filename="../src/pass.cpp" line="581"/>
        <source>Encryption failed: GPG key has been revoked.</source>
        <translation type="unfinished">Encryption failed: GPG key has been revoked.</translation>
    </message>
    <message>
        <location filename="../src/pass.cpp" line="566"/>
        <location filename="../src/pass.cpp" line="586"/>
        <source>Encryption failed: recipient GPG key not found or invalid. Check that the key ID in .gpg-id is correct and imported.</source>
        <translation type="unfinished">Encryption failed: recipient GPG key not found or invalid. Check that the key ID in .gpg-id is correct and imported.</translation>
    </message>
    <message>
        <location filename="../src/pass.cpp" line="570"/>
        <location filename="../src/pass.cpp" line="590"/>
        <source>Encryption failed. Check that your GPG key is valid.</source>
        <translation type="unfinished">Encryption failed. Check that your GPG key is valid.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../src/passworddialog.ui" line="14"/>
        <location filename="../src/passworddialog.ui" line="65"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../src/passworddialog.ui" line="75"/>
        <source>Generate</source>
        <translation>Generate</translation>
    </message>
    <message>
        <location filename="../src/passworddialog.ui" line="86"/>
        <source>Show password</source>
        <translation>Show password</translation>
    </message>
    <message>
        <location filename="../src/passworddialog.ui" line="106"/>
        <source>Character Set:</source>
        <translation>Character set:</translation>
    </message>
    <message>
        <location filename="../src/passworddialog.ui" line="114"/>
        <source>All Characters</source>
        <translation>All characters</translation>
    </message>
    <message>
        <location filename="../src/passworddialog.ui" line="119"/>
        <source>Alphabetical</source>
        <translation>Alphabetical</translation>
    </message>
    <message>
        <location filename="../src/passworddialog.ui" line="124"/>
        <source>Alphanumerical</source>
        <translation>Alphanumerical</translation>
    </message>
    <message>
        <location filename="../src/passworddialog.ui" line="129"/>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../src/passworddialog.ui" line="143"/>
        <source>Length:</source>
        <translation>Length:</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../main/main.cpp" line="168"/>
        <location filename="../main/main.cpp" line="172"/>
        <source>LTR</source>
        <translation>LTR</translation>
    </message>
    <message>
        <location filename="../src/passworddisplaypanel.cpp" line="57"/>
        <location filename="../src/passworddisplaypanel.cpp" line="117"/>
        <location filename="../src/passworddisplaypanel.cpp" line="150"/>
        <source>Password</source>
        <translation type="unfinished">Password</translation>
    </message>
    <message>
        <location filename="../src/passworddisplaypanel.cpp" line="126"/>
        <source>Open %1 in browser</source>
        <translation type="unfinished">Open %1 in browser</translation>
    </message>
</context>
<context>
    <name>QtPass</name>
    <message>
        <location filename="../src/qtpass.cpp" line="149"/>
        <source>Generating GPG key pair</source>
        <translation>Generating GPG key pair</translation>
    </message>
    <message>
        <location filename="../src/qtpass.cpp" line="213"/>
        <source>Failed to connect WebDAV:
</source>
        <translation>Failed to connect WebDAV:
</translation>
    </message>
    <message>
        <location filename="../src/qtpass.cpp" line="229"/>
        <source>QtPass WebDAV password</source>
        <translation>QtPass WebDAV password</translation>
    </message>
    <message>
        <location filename="../src/qtpass.cpp" line="230"/>
        <source>Enter password to connect to WebDAV:</source>
        <translation>Enter password to connect to WebDAV:</translation>
    </message>
    <message>
        <location filename="../src/qtpass.cpp" line="247"/>
        <source>fusedav exited unexpectedly
</source>
        <translation>fusedav exited unexpectedly
</translation>
    </message>
    <message>
        <location filename="../src/qtpass.cpp" line="251"/>
        <source>Failed to start fusedav to connect WebDAV:
</source>
        <translation>Failed to start fusedav to connect WebDAV:
</translation>
    </message>
    <message>
        <location filename="../src/qtpass.cpp" line="264"/>
        <source>QProcess::FailedToStart</source>
        <translation>QProcess::FailedToStart</translation>
    </message>
    <message>
        <location filename="../src/qtpass.cpp" line="267"/>
        <source>QProcess::Crashed</source>
        <translation>QProcess::Crashed</translation>
    </message>
    <message>
        <location filename="../src/qtpass.cpp" line="270"/>
        <source>QProcess::Timedout</source>
        <translation>QProcess::Timedout</translation>
    </message>
    <message>
        <location filename="../src/qtpass.cpp" line="273"/>
        <source>QProcess::ReadError</source>
        <translation>QProcess::ReadError</translation>
    </message>
    <message>
        <location filename="../src/qtpass.cpp" line="276"/>
        <source>QProcess::WriteError</source>
        <translation>QProcess::WriteError</translation>
    </message>
    <message>
        <location filename="../src/qtpass.cpp" line="279"/>
        <source>QProcess::UnknownError</source>
        <translation>QProcess::UnknownError</translation>
    </message>
    <message>
        <location filename="../src/qtpass.cpp" line="295"/>
        <source>GPG key pair generation failed</source>
        <translation type="unfinished">GPG key pair generation failed</translation>
    </message>
    <message>
        <location filename="../src/qtpass.cpp" line="369"/>
        <source>GPG key pair generated successfully</source>
        <translation type="unfinished">GPG key pair generated successfully</translation>
    </message>
    <message>
        <location filename="../src/qtpass.cpp" line="453"/>
        <source>Clipboard cleared</source>
        <translation>Clipboard cleared</translation>
    </message>
    <message>
        <location filename="../src/qtpass.cpp" line="455"/>
        <source>Clipboard not cleared</source>
        <translation>Clipboard not cleared</translation>
    </message>
    <message>
        <location filename="../src/qtpass.cpp" line="501"/>
        <source>Copied to clipboard</source>
        <translation>Copied to clipboard</translation>
    </message>
</context>
<context>
    <name>StoreModel</name>
    <message>
        <source>force overwrite?</source>
        <translation type="vanished">force overwrite?</translation>
    </message>
    <message>
        <location filename="../src/storemodel.cpp" line="396"/>
        <source>Force overwrite?</source>
        <translation type="unfinished">Force overwrite?</translation>
    </message>
    <message>
        <location filename="../src/storemodel.cpp" line="397"/>
        <source>overwrite %1 with %2?</source>
        <translation>overwrite %1 with %2?</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../src/trayicon.cpp" line="52"/>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../src/trayicon.cpp" line="54"/>
        <source>&amp;Hide</source>
        <translation>&amp;Hide</translation>
    </message>
    <message>
        <location filename="../src/trayicon.cpp" line="57"/>
        <source>Mi&amp;nimize</source>
        <translation>Mi&amp;nimize</translation>
    </message>
    <message>
        <location filename="../src/trayicon.cpp" line="60"/>
        <source>Ma&amp;ximize</source>
        <translation>Ma&amp;ximize</translation>
    </message>
    <message>
        <location filename="../src/trayicon.cpp" line="63"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../src/trayicon.cpp" line="66"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../src/usersdialog.ui" line="20"/>
        <source>Read access users</source>
        <translation>Read access users</translation>
    </message>
    <message>
        <location filename="../src/usersdialog.ui" line="45"/>
        <source>Select which users should be able to decrypt passwords stored in this folder.
Note: Existing files will not be modified, and retain the old permissions until you edit them.
Blue entries have a secret key available, select one of these to be able to decrypt.
Black entries have an encryption key available and it is trusted, select one of these to allow other people to decrypt.
Red entries are not valid, you will not be able to encrypt to these.</source>
        <translation type="unfinished">Select which users should be able to decrypt passwords stored in this folder.
Note: Existing files will not be modified, and retain the old permissions until you edit them.
Blue entries have a secret key available, select one of these to be able to decrypt.
Black entries have an encryption key available and it is trusted, select one of these to allow other people to decrypt.
Red entries are not valid, you will not be able to encrypt to these.</translation>
    </message>
    <message>
        <location filename="../src/usersdialog.ui" line="84"/>
        <source>Import key...</source>
        <translation type="unfinished">Import key...</translation>
    </message>
    <message>
        <location filename="../src/usersdialog.ui" line="87"/>
        <source>Import a GPG key from file or clipboard</source>
        <translation type="unfinished">Import a GPG key from file or clipboard</translation>
    </message>
    <message>
        <source>Select which users should be able to decrypt passwords stored in this folder.
Note: Existing files will not be modified, and retain the old permissions until you edit them.
Blue entries have a secret key available, select one of these to be able to decrypt.
Red entries are not valid, you will not be able to encrypt to these.</source>
        <translation type="vanished">Select which users should be able to decrypt passwords stored in this folder.
Note: Existing files will not be modified, and retain the old permissions until you edit them.
Blue entries have a secret key available, select one of these to be able to decrypt.
Red entries are not valid, you will not be able to encrypt to these.</translation>
    </message>
    <message>
        <location filename="../src/usersdialog.ui" line="70"/>
        <source>Search for users</source>
        <translation>Search for users</translation>
    </message>
    <message>
        <source>Select which users should be able to decrypt passwords stored in this folder.
Note: Existing files will not be modified and retain the old permissions until you edit them.
Blue entries have a secret key available, select one of these to be able to decrypt.
Red entries are not valid, you will not be able to encrypt to these.</source>
        <translation type="vanished">Select which users should be able to decrypt passwords stored in this folder.
Note: Existing files will not be modified and retain the old permissions until you edit them.
Blue entries have a secret key available, select one of these to be able to decrypt.
Red entries are not valid, you will not be able to encrypt to these.</translation>
    </message>
    <message>
        <source>Search Users</source>
        <translation type="vanished">Search Users</translation>
    </message>
    <message>
        <location filename="../src/usersdialog.ui" line="77"/>
        <source>Show unusable keys</source>
        <translation>Show unusable keys</translation>
    </message>
    <message>
        <source>Can not get key list</source>
        <translation type="vanished">Can not get key list</translation>
    </message>
    <message>
        <source>Unable to get list of available gpg keys</source>
        <translation type="vanished">Unable to get list of available gpg keys</translation>
    </message>
    <message>
        <location filename="../src/usersdialog.cpp" line="83"/>
        <source>Keylist missing</source>
        <translation>Keylist missing</translation>
    </message>
    <message>
        <location filename="../src/usersdialog.cpp" line="84"/>
        <source>Could not fetch list of available GPG keys</source>
        <translation>Could not fetch list of available GPG keys</translation>
    </message>
    <message>
        <location filename="../src/usersdialog.cpp" line="158"/>
        <source>Key not found in keyring</source>
        <translation>Key not found in keyring</translation>
    </message>
    <message>
        <location filename="../src/usersdialog.cpp" line="311"/>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../src/usersdialog.cpp" line="315"/>
        <source>expires</source>
        <translation>expires</translation>
    </message>
    <message>
        <location filename="../src/usersdialog.cpp" line="338"/>
        <source>[INVALID] </source>
        <translation type="unfinished">[INVALID] </translation>
    </message>
    <message>
        <location filename="../src/usersdialog.cpp" line="341"/>
        <source>[EXPIRED] </source>
        <translation type="unfinished">[EXPIRED] </translation>
    </message>
    <message>
        <location filename="../src/usersdialog.cpp" line="345"/>
        <source>[PARTIAL] </source>
        <translation type="unfinished">[PARTIAL] </translation>
    </message>
</context>
</TS>
