<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ConfigDialog</name>
    <message>
        <location filename="../src/configdialog.ui" line="20"/>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>gpg</source>
        <translation type="vanished">gpg</translation>
    </message>
    <message>
        <source>git</source>
        <translation type="vanished">git</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="816"/>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>...</source>
        <translation type="vanished">…</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="740"/>
        <source>Native</source>
        <translation>Nativo</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="716"/>
        <source>&amp;Use pass</source>
        <translation>&amp;Utilizar pass</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="519"/>
        <source>Automatically add .gpg-id files</source>
        <translation>Añadir ficheros .gpg-id automáticamente</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="115"/>
        <location filename="../src/configdialog.ui" line="198"/>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="166"/>
        <source>Hide password</source>
        <translation>Ocultar contraseña</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="827"/>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="682"/>
        <source>Programs</source>
        <translation>Aplicaciones</translation>
    </message>
    <message>
        <source>pwgen</source>
        <translation type="vanished">pwgen</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="46"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="323"/>
        <source>Characters</source>
        <translation>Caracteres</translation>
    </message>
    <message>
        <source>Use pwgen</source>
        <translation type="vanished">Usar pwgen</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="636"/>
        <source>Use TrayIcon</source>
        <translation>Utilizar icono en área de notificación</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="650"/>
        <source>Hide on close</source>
        <translation>Ocultar al cerrar</translation>
    </message>
    <message>
        <source>Use git</source>
        <translation type="vanished">Usar git</translation>
    </message>
    <message>
        <source>Include special symbols </source>
        <translation type="vanished">Incluir símbolos especiales</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="643"/>
        <source>Start minimized</source>
        <translation>Iniciar minimizado</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="921"/>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="970"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="978"/>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="999"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Current password-store</source>
        <translation type="vanished">Almacen actual de contraseñas</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="1014"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="159"/>
        <source>Hide content</source>
        <translation>Ocultar contenido</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="1001"/>
        <source>GnuPG not found</source>
        <translation>No se ha encontrado GnuPG</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="1015"/>
        <source>Please install GnuPG on your system.&lt;br&gt;Install &lt;strong&gt;gpg&lt;/strong&gt; using your favorite package manager&lt;br&gt;or &lt;a href=&quot;https://www.gnupg.org/download/#sec-1-2&quot;&gt;download&lt;/a&gt; it from GnuPG.org</source>
        <translation>Instale GnuPG en su sistema.&lt;br&gt;Instale &lt;strong&gt;gpg&lt;/strong&gt; mediante su gestor de paquetes preferido&lt;br&gt;o &lt;a href=&quot;https://www.gnupg.org/download/#sec-1-2&quot;&gt;descárguelo&lt;/a&gt; de GnuPG.org</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="1069"/>
        <source>Create password-store?</source>
        <translation>¿Quiere crear un almacén de contraseñas?</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="1070"/>
        <source>Would you like to create a password-store at %1?</source>
        <translation>¿Quiere crear un almacén de contraseñas en %1?</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="802"/>
        <location filename="../src/configdialog.cpp" line="1075"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="1076"/>
        <source>Failed to create password-store at: %1</source>
        <translation>Error al crear el almacén de contraseñas en: %1</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="1107"/>
        <source>Password store not initialised</source>
        <translation>Almacén de contraseñas no iniciado</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="1108"/>
        <source>The folder %1 doesn&apos;t seem to be a password store or is not yet initialised.</source>
        <translation>La carpeta %1 no es un almacén de contraseñas o no se ha inicializado.</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="896"/>
        <source>No profile selected</source>
        <translation>No se seleccionó ningún perfil</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="897"/>
        <source>No profile selected to delete</source>
        <translation>No se seleccionó ningún perfil para eliminar</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="72"/>
        <source>Clipboard behaviour:</source>
        <translation>Comportamiento de portapapeles:</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="91"/>
        <source>Use primary selection</source>
        <translation>Utilizar selección primaria</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="98"/>
        <source>Autoclear after:</source>
        <translation>Vaciar automáticamente tras:</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="147"/>
        <source>Content panel behaviour:</source>
        <translation>Comportamiento de panel de contenidos:</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="175"/>
        <source>Autoclear panel after:</source>
        <translation>Vaciar panel automáticamente tras:</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="224"/>
        <source>Use a monospace font</source>
        <translation>Utilice un tipo de letra monoespaciado</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="231"/>
        <source>Display the files content as-is</source>
        <translation>Mostrar el contenido de los ficheros tal cual</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="238"/>
        <source>No line wrapping</source>
        <translation>Sin ajuste en las líneas</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="245"/>
        <source>Show process output</source>
        <translation>Mostrar la salida del proceso</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="277"/>
        <source>Password Generation:</source>
        <translation>Generación de contraseñas:</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="289"/>
        <source>Password Length:</source>
        <translation>Longitud de contraseñas:</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="351"/>
        <source>Use characters:</source>
        <translation>Utilizar caracteres:</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="369"/>
        <source>Select character set for password generation</source>
        <translation>Seleccione un juego de caracteres para la generación de contraseñas</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="373"/>
        <source>All Characters</source>
        <translation>Todos los caracteres</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="378"/>
        <source>Alphabetical</source>
        <translation>Alfabético</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="383"/>
        <source>Alphanumerical</source>
        <translation>Alfanumérico</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="388"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="426"/>
        <source>ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789</source>
        <translation>ABCDEFGHIJKLMNOPQRSTUVWXYZÑabcdefghijklmnopqrstuvwxyzñ0123456789</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="450"/>
        <source>Exclude capital letters</source>
        <translation>Excluir mayúsculas</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="460"/>
        <source>Include special symbols</source>
        <translation>Incluir símbolos especiales</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="467"/>
        <source>Generate easy to memorize but less secure passwords</source>
        <translation>Generar contraseñas fáciles de memorizar pero menos seguras</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="474"/>
        <source>Exclude numbers</source>
        <translation>Excluir números</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="493"/>
        <source>Git:</source>
        <translation>Git:</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="526"/>
        <source>Automatically push</source>
        <translation>Enviar automáticamente</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="533"/>
        <source>Automatically pull</source>
        <translation>Incorporar automáticamente</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="565"/>
        <source>Extensions:</source>
        <translation>Extensiones:</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="599"/>
        <source>Enable content search (pass grep)</source>
        <translation>Habilitar búsqueda de contenido (pass grep)</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="602"/>
        <source>Allow searching inside password file contents. Requires decrypting every file and can be slow on large stores.</source>
        <translation>Permite buscar dentro del contenido de los ficheros de contraseñas. Requiere descifrar cada fichero y puede ser lento en almacenes grandes.</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="624"/>
        <source>System:</source>
        <translation>Sistema:</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="657"/>
        <source>Always on top</source>
        <translation>Siempre encima</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="700"/>
        <source>Select password storage program:</source>
        <translation>Seleccione el programa de almacenamiento de contraseñas:</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="776"/>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="779"/>
        <source>Generate GPG key pair</source>
        <translation>Generar par de claves GPG</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="846"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;a href=&quot;https://www.passwordstore.org/&quot;&gt;&lt;span style=&quot; text-decoration: underline;&quot;&gt;www.passwordstore.org&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;a href=&quot;https://www.passwordstore.org/&quot;&gt;&lt;span style=&quot; text-decoration: underline;&quot;&gt;www.passwordstore.org&lt;/span&gt;&lt;/a&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="877"/>
        <source>Autodetect</source>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="888"/>
        <source>SSH_AUTH_SOCK override:</source>
        <translation>Sustitución de SSH_AUTH_SOCK:</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="891"/>
        <source>Optional path to override SSH_AUTH_SOCK. Leave empty to auto-probe via gpgconf (issue #543).</source>
        <translation>Ruta opcional para sustituir SSH_AUTH_SOCK. Dejar en blanco para detección automática vía gpgconf (issue #543).</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="898"/>
        <source>(auto-probe via gpgconf)</source>
        <translation>(detección automática vía gpgconf)</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="973"/>
        <source>Profile name, used to identify this configuration profile</source>
        <translation>Nombre del perfil, utilizado para identificar este perfil de configuración</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="981"/>
        <source>Path to the password store directory</source>
        <translation>Ruta a la carpeta de almacenamiento de contraseñas</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="986"/>
        <source>Signing Key</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="989"/>
        <source>Optional: GPG key to sign .gpg-id files for integrity verification. Leave empty unless you need to protect the user list from tampering.</source>
        <translation>Opcional: Clave GPG para firmar ficheros .gpg-id para la verificación de integridad. Déjelo en blanco a menos que necesite proteger la lista de usuarios contra manipulaciones.</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="1029"/>
        <source>Current path</source>
        <translation>Ruta actual</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="1049"/>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="1079"/>
        <source>Use template</source>
        <translation>Utilizar plantilla</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="1086"/>
        <source>Show all lines beginning with a word followed by a colon as fields in password fields, not only the listed ones</source>
        <translation>Mostrar todos los renglones que comienzan por una palabra seguida de dos puntos como campos en campos de contraseña, no solo los enumerados</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="1089"/>
        <source>Show all fields templated</source>
        <translation>Mostrar todos los campos plantillados</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="1116"/>
        <source>&lt;a href=&quot;https://QtPass.org/&quot;&gt;QtPass&lt;/a&gt; version </source>
        <translation>&lt;a href=&quot;https://QtPass.org/&quot;&gt;QtPass&lt;/a&gt;, versión </translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="55"/>
        <source>System tray is not available</source>
        <translation>El área de notificación no está disponible</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="69"/>
        <source>Pass OTP extension needs to be installed</source>
        <translation>Hace falta instalar la extensión para OTP de Pass</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="74"/>
        <source>qrencode needs to be installed</source>
        <translation>Hace falta instalar qrencode</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="85"/>
        <source>No Clipboard</source>
        <translation>Sin portapapeles</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="86"/>
        <source>Always copy to clipboard</source>
        <translation>Copiar siempre en portapapeles</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="87"/>
        <source>On-demand copy to clipboard</source>
        <translation>Copia bajo demanda al portapapeles</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="274"/>
        <location filename="../src/configdialog.cpp" line="284"/>
        <source>This field is required</source>
        <translation>Este campo es obligatorio</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="328"/>
        <source>The path does not exist.</source>
        <translation>La ruta no existe.</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="331"/>
        <source>The path is not readable.</source>
        <translation>La ruta no es legible.</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="334"/>
        <source>The path is not a Unix domain socket.</source>
        <translation>La ruta no es un socket de dominio Unix.</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="339"/>
        <source>Potentially invalid SSH_AUTH_SOCK override</source>
        <translation>Sustitución de SSH_AUTH_SOCK potencialmente inválida</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="340"/>
        <source>The SSH_AUTH_SOCK override value may be invalid.

%1

The value will still be saved as entered.</source>
        <translation>El valor de sustitución de SSH_AUTH_SOCK puede ser inválido.

%1

El valor se guardará tal como fue introducido.</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="794"/>
        <source>Create profile directory?</source>
        <translation>¿Crear directorio de perfil?</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="795"/>
        <source>Would you like to create a password store at %1?</source>
        <translation>¿Desea crear un almacén de contraseñas en %1?</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="803"/>
        <source>Could not create profile directory: %1</source>
        <translation>No se pudo crear el directorio de perfil: %1</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="823"/>
        <source>Select recipients for %1</source>
        <translation>Seleccionar destinatarios para %1</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="848"/>
        <source>New Profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="1004"/>
        <source>Please install GnuPG on your system.&lt;br&gt;Install &lt;strong&gt;Ubuntu&lt;/strong&gt; from the Microsoft Store to get it.&lt;br&gt;If you already did so, make sure you started it once and&lt;br&gt;click &quot;Autodetect&quot; in the next dialog.</source>
        <translation>Instale GnuPG en su sistema.&lt;br&gt;Instale &lt;strong&gt;Ubuntu&lt;/strong&gt; desde Microsoft Store para obtenerlo.&lt;br&gt;Si ya lo ha hecho, cerciórese de haberlo iniciado una vez y,&lt;br&gt;a continuación, pulse en «Detectar automáticamente» en el diálogo siguiente.</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="1009"/>
        <source>Please install GnuPG on your system.&lt;br&gt;Install &lt;strong&gt;Ubuntu&lt;/strong&gt; from the Microsoft Store&lt;br&gt;or &lt;a href=&quot;https://www.gnupg.org/download/#sec-1-2&quot;&gt;download&lt;/a&gt; it from GnuPG.org</source>
        <translation>Instale GnuPG en su sistema.&lt;br&gt;Instale &lt;strong&gt;Ubuntu&lt;/strong&gt; desde Microsoft Store&lt;br&gt;o &lt;a href=&quot;https://www.gnupg.org/download/#sec-1-2&quot;&gt;descárguelo&lt;/a&gt; de GnuPG.org</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="1364"/>
        <source>New profile: %1 at %2</source>
        <translation>Nuevo perfil: %1 en %2</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="1368"/>
        <source>Profile: %1 at %2</source>
        <translation>Perfil: %1 en %2</translation>
    </message>
    <message>
        <location filename="../src/configdialog.cpp" line="1373"/>
        <source>Fill in all required fields</source>
        <translation>Rellene todos los campos obligatorios</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="443"/>
        <source>Use PWGen</source>
        <translation>Utilizar PWGen</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="505"/>
        <source>Use Git</source>
        <translation>Utilizar Git</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="574"/>
        <source>Use QRencode</source>
        <translation>Utilizar QRencode</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="588"/>
        <source>Use pass-otp extension</source>
        <translation>Utilizar extensión pass-otp</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="709"/>
        <source>Nati&amp;ve Git/GPG</source>
        <translation>Git/GPG nati&amp;vos</translation>
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
        <translation>Las plantillas añaden campos adicionales al diálogo de generación de contraseñas y la vista de contraseña.</translation>
    </message>
    <message>
        <location filename="../src/configdialog.ui" line="1101"/>
        <source>login
URL
e-mail</source>
        <translation>nombre de usuario
URL
dirección de correo</translation>
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
        <translation>Exportar clave pública</translation>
    </message>
    <message>
        <location filename="../src/exportpublickeydialog.ui" line="27"/>
        <source>Public key</source>
        <translation>Clave pública</translation>
    </message>
    <message>
        <location filename="../src/exportpublickeydialog.ui" line="52"/>
        <source>Copy to Clipboard</source>
        <translation>Copiar al portapapeles</translation>
    </message>
    <message>
        <location filename="../src/exportpublickeydialog.ui" line="59"/>
        <source>Save to File...</source>
        <translation>Guardar en fichero...</translation>
    </message>
    <message>
        <location filename="../src/exportpublickeydialog.cpp" line="28"/>
        <source>Public key for %1</source>
        <translation>Clave pública para %1</translation>
    </message>
    <message>
        <location filename="../src/exportpublickeydialog.cpp" line="67"/>
        <source>Copied!</source>
        <translation>¡Copiado!</translation>
    </message>
    <message>
        <location filename="../src/exportpublickeydialog.cpp" line="83"/>
        <location filename="../src/exportpublickeydialog.cpp" line="90"/>
        <location filename="../src/exportpublickeydialog.cpp" line="100"/>
        <source>Save Public Key</source>
        <translation>Guardar clave pública</translation>
    </message>
    <message>
        <location filename="../src/exportpublickeydialog.cpp" line="84"/>
        <source>ASCII-armored key (*.asc);;All files (*)</source>
        <translation>Clave ASCII-armored (*.asc);;Todos los ficheros (*)</translation>
    </message>
    <message>
        <location filename="../src/exportpublickeydialog.cpp" line="91"/>
        <source>Could not open %1 for writing: %2</source>
        <translation>No se pudo abrir %1 para escritura: %2</translation>
    </message>
    <message>
        <location filename="../src/exportpublickeydialog.cpp" line="101"/>
        <source>Could not write to %1: %2</source>
        <translation>No se pudo escribir en %1: %2</translation>
    </message>
</context>
<context>
    <name>ImitatePass</name>
    <message>
        <location filename="../src/imitatepass.cpp" line="146"/>
        <location filename="../src/imitatepass.cpp" line="328"/>
        <location filename="../src/imitatepass.cpp" line="486"/>
        <source>Signature for %1 is invalid.</source>
        <translation>La firma para %1 no es válida.</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="153"/>
        <location filename="../src/imitatepass.cpp" line="579"/>
        <source>Can not edit</source>
        <translation>No se puede editar</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="154"/>
        <location filename="../src/imitatepass.cpp" line="580"/>
        <source>Could not read encryption key to use, .gpg-id file missing or invalid.</source>
        <translation>No se pudo leer la clave de cifrado por utilizar; falta el fichero .gpg-id o no es válido.</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="322"/>
        <source>GPG signing failed!</source>
        <translation>¡La firma GPG falló!</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="323"/>
        <source>Failed to sign %1.</source>
        <translation>No se pudo firmar %1.</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="390"/>
        <source>No signing key!</source>
        <translation>¡Sin firma!</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="391"/>
        <source>None of the secret signing keys is available.
You will not be able to change the user list!</source>
        <translation>Ninguna de las claves secretas de la firma están disponible.
¡No podrás modificar la lista de usuarios!</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="263"/>
        <source>Cannot update</source>
        <translation>No se puede actualizar</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="145"/>
        <location filename="../src/imitatepass.cpp" line="327"/>
        <location filename="../src/imitatepass.cpp" line="485"/>
        <source>Check .gpg-id file signature!</source>
        <translation>¡Comprueba la firma del fichero .gpg-id!</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="264"/>
        <source>Failed to open .gpg-id for writing.</source>
        <translation>No se pudo abrir .gpg-id para escribir.</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="283"/>
        <source>Check selected users!</source>
        <translation>¡Comprueba los usuarios seleccionados!</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="284"/>
        <source>None of the selected keys have a secret key available.
You will not be able to decrypt any newly added passwords!</source>
        <translation>Ninguna de las claves seleccionadas tiene una clave secreta disponible.
¡No podrás descifrar ninguna contraseña recién añadida!</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="643"/>
        <location filename="../src/imitatepass.cpp" line="756"/>
        <source>Re-encryption failed</source>
        <translation>El recifrado falló</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="644"/>
        <source>Failed to replace %1. Original has been restored.</source>
        <translation>No se pudo reemplazar %1. El original ha sido restaurado.</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="674"/>
        <source>Creating backup commit</source>
        <translation>Creando confirmación de copia de seguridad</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="684"/>
        <location filename="../src/imitatepass.cpp" line="692"/>
        <source>Backup commit failed</source>
        <translation>Falló la confirmación de la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="685"/>
        <source>Could not inspect git status. Re-encryption was aborted.</source>
        <translation>No se pudo inspeccionar el estado de git. Se abortó el recifrado.</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="693"/>
        <source>Re-encryption was aborted because a git backup could not be created.</source>
        <translation>El proceso de recifrado se interrumpió porque no se pudo crear una copia de seguridad de Git.</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="718"/>
        <location filename="../src/imitatepass.cpp" line="774"/>
        <source>Updating password-store</source>
        <translation>Actualizando password-store</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="743"/>
        <source>GPG ID verification failed</source>
        <translation>Falló la verificación de la ID de GPG</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="744"/>
        <source>Could not verify .gpg-id for directory.</source>
        <translation>No se pudo verificar el .gpg-id para el directorio.</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="757"/>
        <source>Failed to re-encrypt %1</source>
        <translation>Error al volver a cifrar %1</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="763"/>
        <source>Re-encryption completed: %1 succeeded, %2 failed</source>
        <translation>Cifrado renovado completado: %1 éxito, %2 fallos</translation>
    </message>
    <message>
        <location filename="../src/imitatepass.cpp" line="769"/>
        <source>Re-encryption completed: %1 files re-encrypted</source>
        <translation>Cifrado repetido completado: %1 ficheros cifrados de nuevo</translation>
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
    <message>
        <location filename="../src/imitatepass.cpp" line="715"/>
        <source>Re-encrypting from folder %1</source>
        <translation>Volviendo a cifrar a partir de la carpeta %1</translation>
    </message>
</context>
<context>
    <name>ImportKeyDialog</name>
    <message>
        <location filename="../src/importkeydialog.ui" line="14"/>
        <location filename="../src/importkeydialog.cpp" line="41"/>
        <source>Import GPG Key</source>
        <translation>Importar clave GPG</translation>
    </message>
    <message>
        <location filename="../src/importkeydialog.ui" line="27"/>
        <source>Import a GPG public key from file or paste it below. The key should be in ASCII-armored format.</source>
        <translation>Importe una clave pública GPG desde un fichero o péguela a continuación. La clave debe estar en formato ASCII-armored.</translation>
    </message>
    <message>
        <location filename="../src/importkeydialog.ui" line="42"/>
        <source>From File...</source>
        <translation>Desde fichero...</translation>
    </message>
    <message>
        <location filename="../src/importkeydialog.ui" line="49"/>
        <source>From Clipboard</source>
        <translation>Desde el portapapeles</translation>
    </message>
    <message>
        <location filename="../src/importkeydialog.ui" line="71"/>
        <source>Paste an ASCII-armored GPG key here...</source>
        <translation>Pegue aquí una clave GPG ASCII-armored...</translation>
    </message>
    <message>
        <location filename="../src/importkeydialog.ui" line="93"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../src/importkeydialog.cpp" line="42"/>
        <source>ASCII-armored GPG key</source>
        <translation>Clave GPG ASCII-armored</translation>
    </message>
    <message>
        <location filename="../src/importkeydialog.cpp" line="42"/>
        <source>All Files</source>
        <translation>Todos los ficheros</translation>
    </message>
    <message>
        <location filename="../src/importkeydialog.cpp" line="50"/>
        <location filename="../src/importkeydialog.cpp" line="65"/>
        <location filename="../src/importkeydialog.cpp" line="163"/>
        <location filename="../src/importkeydialog.cpp" line="167"/>
        <source>Import Key</source>
        <translation>Importar clave</translation>
    </message>
    <message>
        <location filename="../src/importkeydialog.cpp" line="51"/>
        <source>Could not open file: %1</source>
        <translation>No se pudo abrir el fichero: %1</translation>
    </message>
    <message>
        <location filename="../src/importkeydialog.cpp" line="66"/>
        <source>%1 does not look like an ASCII-armored GPG key. Convert it with &lt;code&gt;gpg --armor --export&lt;/code&gt; first, or paste the armored block via &lt;b&gt;From Clipboard&lt;/b&gt;.</source>
        <translation>%1 no parece una clave GPG ASCII-armored. Conviértala primero con &lt;code&gt;gpg --armor --export&lt;/code&gt; o pegue el bloque ASCII-armored mediante &lt;b&gt;Desde el portapapeles&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../src/importkeydialog.cpp" line="113"/>
        <source>GPG import failed:
%1</source>
        <translation>Error al importar GPG:
%1</translation>
    </message>
    <message>
        <location filename="../src/importkeydialog.cpp" line="123"/>
        <source>Could not parse imported key id from GPG output.</source>
        <translation>No se pudo analizar el ID de clave importado de la salida GPG.</translation>
    </message>
    <message>
        <location filename="../src/importkeydialog.cpp" line="168"/>
        <source>Successfully imported key: %1</source>
        <translation>Clave importada correctamente: %1</translation>
    </message>
</context>
<context>
    <name>KeygenDialog</name>
    <message>
        <location filename="../src/keygendialog.ui" line="14"/>
        <source>Generate GnuPG keypair</source>
        <translation>Generar par de claves de GnuPG</translation>
    </message>
    <message>
        <location filename="../src/keygendialog.ui" line="42"/>
        <source>Generate a new key pair</source>
        <translation>Generar par de claves nuevo</translation>
    </message>
    <message>
        <location filename="../src/keygendialog.ui" line="155"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../src/keygendialog.ui" line="91"/>
        <source>Email</source>
        <translation>Dirección de correo</translation>
    </message>
    <message>
        <location filename="../src/keygendialog.ui" line="123"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../src/keygendialog.ui" line="200"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;There is no limit on the length of a passphrase, and it should be carefully chosen. From the perspective of security, the passphrase to unlock the private key is one of the weakest points in GnuPG (and other public-key encryption systems as well) since it is the only protection you have if another individual gets your private key. &lt;br/&gt;Ideally, the passphrase should not use words from a dictionary and should mix the case of alphabetic characters as well as use non-alphabetic characters.&lt;br/&gt;A good passphrase is crucial to the secure use of GnuPG.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;No hay límite en la longitud de una frase de contraseña, y debe ser elegido con cuidado. Desde la perspectiva de la seguridad, la contraseña para desbloquear la clave privada es uno de los puntos más débiles en GnuPG (y otros sistemas de clave pública de cifrado también), ya que es la única protección que tiene si otro individuo obtiene su clave privada. &lt;br/&gt;Idealmente, la frase de contraseña no debe usar palabras de un diccionario y se debe mezclar los caracteres alfabéticos con caracteres no alfabéticos.&lt;br/&gt;Una buena frase de contraseña es crucial para el uso seguro de GnuPG.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/keygendialog.ui" line="210"/>
        <source>Repeat pass</source>
        <translation>Repite la contraseña</translation>
    </message>
    <message>
        <location filename="../src/keygendialog.ui" line="227"/>
        <source>Expert</source>
        <translation>Experto</translation>
    </message>
    <message>
        <location filename="../src/keygendialog.ui" line="246"/>
        <source>Template contents will be set based on GPG version.</source>
        <translation>El contenido de la plantilla se establecerá en función de la versión de GPG.</translation>
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
        <translation type="vanished"># Generador de claves GPG QtPass
#
# primera versión de prueba por favor comente
#
%echo Generando una clave por defecto
Tipo de la clave: RSA
Subtipo de la clave: RSA
Nombre:
Comentarios: QtPass
Correo electrónico:
Fecha: 0
%no-protection
# Haz un comentario aquí, para que luego podamos imprimirlo &quot;realizado&quot; :-)
%commit
%echo hecho</translation>
    </message>
    <message>
        <location filename="../src/keygendialog.ui" line="259"/>
        <source>For expert options check out the &lt;a href=&quot;https://www.gnupg.org/documentation/manuals/gnupg/Unattended-GPG-key-generation.html&quot;&gt;GnuPG manual&lt;/a&gt;</source>
        <translation>Para las opciones avanzadas revisan el &lt;a href=&quot;https://www.gnupg.org/documentation/manuals/gnupg/Unattended-GPG-key-generation.html&quot;&gt;manual de GnuPG&lt;/a&gt;</translation>
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
        <translation type="vanished">#           Generador de claves GPG de QtPass
#
#      primera versión en pruebas; envíe comentarios
#
%echo Generando una clave predeterminada
Key-Type: default
Subkey-Type: default
Name-Real:
Name-Comment: QtPass
Name-Email:
Expire-Date: 0
%no-protection
# Realizar una consigna aquí, de modo tal que podamos mostrar después «hecho» :-)
%commit
%echo hecho</translation>
    </message>
    <message>
        <location filename="../src/keygendialog.cpp" line="168"/>
        <source>Invalid name</source>
        <translation>Nombre no válido</translation>
    </message>
    <message>
        <location filename="../src/keygendialog.cpp" line="169"/>
        <source>Name must be at least 5 characters long.</source>
        <translation>El nombre debe tener por lo menos 5 caracteres de longitud.</translation>
    </message>
    <message>
        <location filename="../src/keygendialog.cpp" line="180"/>
        <source>Invalid email</source>
        <translation>Dirección de correo no válida</translation>
    </message>
    <message>
        <location filename="../src/keygendialog.cpp" line="181"/>
        <source>The email address you typed is not a valid email address.</source>
        <translation>La dirección de correo electrónico que ha escrito no es válida.</translation>
    </message>
    <message>
        <location filename="../src/keygendialog.cpp" line="201"/>
        <source>This operation can take some minutes.&lt;br /&gt;We need to generate a lot of random bytes. It is a good idea to perform some other action (type on the keyboard, move the mouse, utilize the disks) during the prime generation; this gives the random number generator a better chance to gain enough entropy.</source>
        <translation>Esta operación puede demorar algunos minutos.&lt;br /&gt;Es necesario generar muchos bytes aleatorios. Es buena idea efectuar alguna otra acción (escribir en el teclado, mover el ratón, utilizar los discos…) durante la generación de primas; esto brinda al generador de números aleatorios una mayor oportunidad de ganar la entropía suficiente.</translation>
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
        <translation type="vanished">Añadir</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="398"/>
        <location filename="../src/mainwindow.ui" line="401"/>
        <location filename="../src/mainwindow.cpp" line="1428"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="406"/>
        <location filename="../src/mainwindow.ui" line="409"/>
        <location filename="../src/mainwindow.cpp" line="1442"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="428"/>
        <source>Git push</source>
        <translation>Envío hacia Git</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="433"/>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="436"/>
        <source>Git pull</source>
        <translation>Incorporación desde Git</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="441"/>
        <location filename="../src/mainwindow.cpp" line="1422"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="452"/>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="449"/>
        <source>Config</source>
        <translation>configuración</translation>
    </message>
    <message>
        <source>qtpass</source>
        <translation type="vanished">qtpass</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="531"/>
        <location filename="../src/mainwindow.cpp" line="544"/>
        <source>Updating password-store</source>
        <translation>Actualizando almacén de contraseñas</translation>
    </message>
    <message>
        <source>Clipboard cleared</source>
        <translation type="vanished">Portapapeles vacío</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1145"/>
        <source>Are you sure you want to delete %1%2?</source>
        <translation>¿Confirma que quiere eliminar %1%2?</translation>
    </message>
    <message>
        <source>Failed to connect WebDAV:
</source>
        <translation type="vanished">No se pudo conectar WebDAV:</translation>
    </message>
    <message>
        <source>QtPass WebDAV password</source>
        <translation type="vanished">Contraseña QtPass WebDAV</translation>
    </message>
    <message>
        <source>Enter password to connect to WebDAV:</source>
        <translation type="vanished">Introduzca contraseña para conectarse a WebDAV:</translation>
    </message>
    <message>
        <source>fusedav exited unexpectedly
</source>
        <translation type="vanished">fusedav se ha cerrado inesperadamente</translation>
    </message>
    <message>
        <source>Failed to start fusedav to connect WebDAV:
</source>
        <translation type="vanished">Error al iniciar fusedav para conectar WebDAV:</translation>
    </message>
    <message>
        <source>Password hidden</source>
        <translation type="vanished">Contraseña oculta</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="652"/>
        <location filename="../src/mainwindow.cpp" line="945"/>
        <source>Content hidden</source>
        <translation>Contenido oculto</translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="vanished">Contraseña</translation>
    </message>
    <message>
        <source>Clipboard not cleared</source>
        <translation type="vanished">Portapapeles no vaciado</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="713"/>
        <source>Password and Content hidden</source>
        <translation>Contraseña y contenido oculto</translation>
    </message>
    <message>
        <source>QProcess::FailedToStart</source>
        <translation type="vanished">QProcess::Fallo al iniciar</translation>
    </message>
    <message>
        <source>QProcess::Crashed</source>
        <translation type="vanished">QProcess::Roto</translation>
    </message>
    <message>
        <source>QProcess::Timedout</source>
        <translation type="vanished">QProcess::Caducado</translation>
    </message>
    <message>
        <source>QProcess::ReadError</source>
        <translation type="vanished">QProcess::Error de lectura</translation>
    </message>
    <message>
        <source>QProcess::WriteError</source>
        <translation type="vanished">QProcess::Error de escritura</translation>
    </message>
    <message>
        <source>QProcess::UnknownError</source>
        <translation type="vanished">QProcess::Error desconocido</translation>
    </message>
    <message>
        <source>Copied to clipboard</source>
        <translation type="vanished">copiado en el portapapeles</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="390"/>
        <location filename="../src/mainwindow.ui" line="393"/>
        <location filename="../src/mainwindow.cpp" line="1420"/>
        <source>Add folder</source>
        <translation>Añadir carpeta</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="379"/>
        <location filename="../src/mainwindow.ui" line="382"/>
        <location filename="../src/mainwindow.cpp" line="1421"/>
        <source>Add password</source>
        <translation>Añadir contraseña</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="321"/>
        <source>Welcome to QtPass %1</source>
        <translation>Le damos la bienvenida a QtPass %1</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="359"/>
        <source>Process Output</source>
        <translation>Salida del proceso</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="799"/>
        <source>Looking for: %1</source>
        <translation>Buscando %1</translation>
    </message>
    <message>
        <source>Can not edit</source>
        <translation type="vanished">No se puede editar</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1084"/>
        <location filename="../src/mainwindow.cpp" line="1520"/>
        <source>New file</source>
        <translation>Archivo nuevo</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1144"/>
        <source>Delete password?</source>
        <translation>¿Quiere eliminar la contraseña?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete %1?</source>
        <translation type="vanished">Está seguro que quiere borrar %1?</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1144"/>
        <source>Delete folder?</source>
        <translation>¿Quiere eliminar la carpeta?</translation>
    </message>
    <message>
        <source>Selected password file does not exist, not able to edit</source>
        <translation type="vanished">Fichero de contraseñas seleccionado no existe, no se puede editar</translation>
    </message>
    <message>
        <source>Can not get key list</source>
        <translation type="vanished">No se puede obtener lista de claves</translation>
    </message>
    <message>
        <source>Unable to get list of available gpg keys</source>
        <translation type="vanished">No se puede obtener lista de llaves gpg disponibles</translation>
    </message>
    <message>
        <source>Key not found in keyring</source>
        <translation type="vanished">La llave no se encuentra en el llavero</translation>
    </message>
    <message>
        <source>Generating GPG key pair</source>
        <translation type="vanished">Generar par de claves GPG</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1294"/>
        <source>Profile changed to %1</source>
        <translation>Perfil cambiado a %1</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="68"/>
        <source>Select profile</source>
        <translation>Seleccione un perfil</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="120"/>
        <location filename="../src/mainwindow.cpp" line="709"/>
        <location filename="../src/mainwindow.cpp" line="902"/>
        <source>Search Password</source>
        <translation>Buscar contraseña</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="127"/>
        <source>Search inside password content (pass grep)</source>
        <translation>Buscar dentro del contenido de la contraseña (pass grep)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="130"/>
        <source>⌕</source>
        <translation>⌕</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="133"/>
        <source>Content search toggle</source>
        <translation>Búsqueda de contenido</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="136"/>
        <source>Toggle content search mode to search inside password files</source>
        <translation>Activar/desactivar el modo de búsqueda de contenido para buscar dentro de los ficheros de contraseñas</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="146"/>
        <source>Case-insensitive search</source>
        <translation>Búsqueda ignorando mayúsculas</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="149"/>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="152"/>
        <source>Case-insensitive toggle</source>
        <translation>Ignorar mayúsculas en la búsqueda</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="155"/>
        <source>Toggle case-insensitive content search</source>
        <translation>Alternar búsqueda en contenido ignorando mayúsculas</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="211"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="263"/>
        <source>Welcome to QtPass</source>
        <translation>Le damos la bienvenida a QtPass</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="351"/>
        <source>Clear output</source>
        <translation>Borrar salida</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="350"/>
        <source>Clear</source>
        <translation>Borrar</translation>
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
        <translation>Generar OTP y copiarlo en portapapeles</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="420"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="425"/>
        <source>Push</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>git push</source>
        <translation type="vanished">git push</translation>
    </message>
    <message>
        <source>git pull</source>
        <translation type="vanished">git pull</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="444"/>
        <source>Manage who can read password in folder</source>
        <translation>Gestionar quiénes pueden leer las contraseñas en la carpeta</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="153"/>
        <source>Operation timed out; re-enabling interface.</source>
        <translation type="unfinished">La operación superó el tiempo de espera; se está reactivando la interfaz.</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="679"/>
        <source>OTP Code</source>
        <translation>Código de OTP</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="681"/>
        <source>OTP code copied to clipboard</source>
        <translation>Código OTP copiado al portapapeles</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="683"/>
        <source>No OTP code found in this password entry</source>
        <translation>No se encontró ningún código OTP en esta entrada de contraseña</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="850"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="879"/>
        <source>Search content (regex)</source>
        <translation>Buscar contenido (expresión regular)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="884"/>
        <source>Content search uses POSIX basic regular expressions (pass grep).</source>
        <translation type="unfinished">La búsqueda de contenido utiliza expresiones regulares básicas POSIX (pass grep).</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="886"/>
        <source>Content search uses Perl-compatible regular expressions (PCRE).</source>
        <translation type="unfinished">La búsqueda de contenido utiliza expresiones regulares compatibles con Perl (PCRE).</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="931"/>
        <source>No matches found.</source>
        <translation>No se encontraron coincidencias.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/mainwindow.cpp" line="955"/>
        <source>Found %n match(es)</source>
        <translation>
            <numerusform>Se encontró %n coincidencia</numerusform>
            <numerusform>Se encontraron %n coincidencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/mainwindow.cpp" line="956"/>
        <source>in %n entr(ies).</source>
        <translation>
            <numerusform>en %n entrada.</numerusform>
            <numerusform>en %n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1036"/>
        <source>Invalid name</source>
        <translation type="unfinished">Nombre no válido</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1037"/>
        <source>That name would resolve outside the password store. Please choose a different name.</source>
        <translation type="unfinished">Ese nombre apuntaría fuera del almacén de contraseñas. Por favor, elija un nombre diferente.</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1085"/>
        <source>New password file: 
(Will be placed in %1 )</source>
        <translation>Nuevo fichero de contraseñas:
(Se colocará en %1)</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1125"/>
        <source> and the whole content?</source>
        <translation> y todo el contenido?</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1135"/>
        <source> and the whole content? &lt;br&gt;&lt;strong&gt;Attention: there are unexpected files in the given folder, check them before continue.&lt;/strong&gt;</source>
        <translation> y todo el contenido? &lt;br&gt;&lt;strong&gt;Atención: hay ficheros inesperados en la carpeta indicada. Revíselos antes de continuar.&lt;/strong&gt;</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1165"/>
        <source>No password selected for OTP generation</source>
        <translation>No se ha seleccionado ninguna contraseña para la generación del código OTP</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1419"/>
        <source>Open folder with file manager</source>
        <translation>Abrir carpeta con gestor de ficheros</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1434"/>
        <source>Rename folder</source>
        <translation>Cambiar nombre de carpeta</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1438"/>
        <source>Rename password</source>
        <translation>Cambiar nombre de contraseña</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1448"/>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1458"/>
        <source>Re-encrypt all passwords</source>
        <translation>Volver a cifrar todas las contraseñas</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1463"/>
        <source>Export my public key...</source>
        <translation>Exportar mi clave pública...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1469"/>
        <source>Add recipient...</source>
        <translation>Añadir destinatario...</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1474"/>
        <source>What is this?</source>
        <translation>¿Qué es esto?</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1729"/>
        <location filename="../src/mainwindow.cpp" line="1748"/>
        <source>Export Public Key</source>
        <translation>Exportar clave pública</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1730"/>
        <source>&lt;h3&gt;Export Your Public Key&lt;/h3&gt;&lt;p&gt;No signing key is configured. Set one in QtPass Settings &amp;gt; GPG keys, or run this in a terminal:&lt;/p&gt;&lt;pre&gt;gpg --armor --export --output my_key.asc &amp;lt;your-key-id&amp;gt;&lt;/pre&gt;&lt;p&gt;Then send the file to your teammates.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Exporte su clave pública&lt;/h3&gt;&lt;p&gt;No hay ninguna clave de firma configurada. Configure una en la configuración de QtPass &gt; Claves GPG, o ejecute esto en una terminal:&lt;/p&gt;&lt;pre&gt;gpg --armor --export --output my_key.asc &amp;lt;your-key-id&amp;gt;&lt;/pre&gt;&lt;p&gt;Luego envíe el fichero a sus compañeros de equipo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1749"/>
        <source>Could not export public key for %1.

%2</source>
        <translation>No se pudo exportar la clave pública para %1.

%2</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1751"/>
        <source>No output from gpg.</source>
        <translation>No hay salida de gpg.</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1778"/>
        <source>Sharing Passwords with GPG</source>
        <translation>Compartir contraseñas con GPG</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1779"/>
        <source>&lt;h3&gt;Sharing Passwords with GPG&lt;/h3&gt;&lt;p&gt;To share passwords with other users:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Export your public key&lt;/b&gt; and send it to teammates&lt;/li&gt;&lt;li&gt;&lt;b&gt;Import teammates&apos; public keys&lt;/b&gt; into your GPG keyring&lt;/li&gt;&lt;li&gt;&lt;b&gt;Re-encrypt passwords&lt;/b&gt; so all recipients can decrypt them&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Only people who have a matching secret key can decrypt the passwords.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tip:&lt;/b&gt; Use the same GPG key for all shared folders.&lt;/p&gt;&lt;p&gt;See the FAQ for more details.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Compartir contraseñas con GPG&lt;/h3&gt;&lt;p&gt;Para compartir contraseñas con otros usuarios:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Exporte su clave pública&lt;/b&gt; y envíela a sus compañeros de equipo&lt;/li&gt;&lt;li&gt;&lt;b&gt;Importe las claves públicas de sus compañeros de equipo&lt;/b&gt; a su llavero GPG&lt;/li&gt;&lt;li&gt;&lt;b&gt;Volver a cifrar las contraseñas&lt;/b&gt; para que todos los destinatarios puedan descifrarlas&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Solo las personas que tengan una clave secreta coincidente pueden descifrar las contraseñas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Consejo:&lt;/b&gt; Use la misma clave GPG para todas las carpetas compartidas.&lt;/p&gt;&lt;p&gt;Consulte las preguntas frecuentes para obtener más detalles.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Re-encrypt</source>
        <translation type="vanished">Volver a cifrar</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1521"/>
        <source>New Folder: 
(Will be placed in %1 )</source>
        <translation>Carpeta nueva: 
(Se ubicará en %1 )</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1533"/>
        <location filename="../src/mainwindow.cpp" line="1542"/>
        <location filename="../src/mainwindow.cpp" line="1677"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1534"/>
        <source>Failed to create folder: %1</source>
        <translation>Error al crear la carpeta: %1</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1543"/>
        <source>Failed to create .gpg-id file in: %1</source>
        <translation>No se pudo crear el fichero .gpg-id en: %1</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1570"/>
        <location filename="../src/mainwindow.cpp" line="1610"/>
        <source>Rename file</source>
        <translation>Cambiar nombre de fichero</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1570"/>
        <source>Rename Folder To: </source>
        <translation>Cambiar nombre de carpeta a: </translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1610"/>
        <source>Rename File To: </source>
        <translation>Cambiar nombre de fichero a: </translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1678"/>
        <source>Directory does not exist: %1</source>
        <translation>El directorio no existe: %1</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1683"/>
        <source>Re-encrypt passwords</source>
        <translation>Volver a cifrar las contraseñas</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.cpp" line="1684"/>
        <source>Re-encrypt all passwords in %1?

This will re-encrypt ALL password files in this folder using the current recipients defined in .gpg-id.

This may rewrite many files and cannot be undone easily.

Continue?</source>
        <translation>¿Volver a cifrar todas las contraseñas en %1?

Esto volverá a cifrar TODOS los ficheros de contraseñas de esta carpeta utilizando los destinatarios definidos en .gpg-id.

Esto puede sobrescribir muchos ficheros y no se puede deshacer fácilmente.

¿Continuar?</translation>
    </message>
    <message>
        <location filename="../src/mainwindow.ui" line="322"/>
        <source>&lt;p&gt;QtPass is a GUI for &lt;a href=&quot;https://www.passwordstore.org/&quot;&gt;pass&lt;/a&gt;, the standard unix password manager.&lt;/p&gt;
&lt;p&gt;Please report any &lt;a href=&quot;https://github.com/IJHack/qtpass/issues&quot;&gt;issues&lt;/a&gt; you might have with this software.&lt;/p&gt;
&lt;p&gt;&lt;a href=&quot;https://qtpass.org/&quot;&gt;Documentation&lt;/a&gt;&lt;/p&gt;
&lt;p&gt;&lt;a href=&quot;https://github.com/IJHack/qtpass&quot;&gt;SourceCode&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;QtPass es una interfaz para &lt;a href=&quot;https://www.passwordstore.org/&quot;&gt;pass&lt;/a&gt;, el gestor de contraseñas estándar de Unix.&lt;/p&gt;
&lt;p&gt;Informe de cualquier &lt;a href=&quot;https://github.com/IJHack/qtpass/issues&quot;&gt;problema&lt;/a&gt; que pudiera experimentar con este programa.&lt;/p&gt;
&lt;p&gt;&lt;a href=&quot;https://qtpass.org/&quot;&gt;Documentación&lt;/a&gt;&lt;/p&gt;
&lt;p&gt;&lt;a href=&quot;https://github.com/IJHack/qtpass&quot;&gt;Código fuente&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Pass</name>
    <message>
        <location filename="../src/pass.cpp" line="159"/>
        <source>Invalid password length</source>
        <translation>Longitud de contraseña no válida</translation>
    </message>
    <message>
        <location filename="../src/pass.cpp" line="160"/>
        <source>Can&apos;t generate password with zero length.</source>
        <translation>No se puede generar una contraseña de longitud cero.</translation>
    </message>
    <message>
        <location filename="../src/pass.cpp" line="201"/>
        <source>No characters chosen</source>
        <translation>No se eligió ningún carácter</translation>
    </message>
    <message>
        <location filename="../src/pass.cpp" line="202"/>
        <source>Can&apos;t generate password, there are no characters to choose from set in the configuration!</source>
        <translation>No se puede generar la contraseña, ¡no hay caracteres para elegir establecidos en la configuración!</translation>
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
        <translation>El cifrado falló: La clave GPG ha expirado. Por favor, renueve o reemplace la clave.</translation>
    </message>
    <message>
        <location filename="../src/pass.cpp" line="562"/>
        <location filename="../src/pass.cpp" line="581"/>
        <source>Encryption failed: GPG key has been revoked.</source>
        <translation>El cifrado falló: La clave GPG ha sido revocada.</translation>
    </message>
    <message>
        <location filename="../src/pass.cpp" line="566"/>
        <location filename="../src/pass.cpp" line="586"/>
        <source>Encryption failed: recipient GPG key not found or invalid. Check that the key ID in .gpg-id is correct and imported.</source>
        <translation>Error de cifrado: no se encontró la clave GPG del destinatario o esta no es válida. Compruebe que el ID de la clave en .gpg-id sea correcto y se haya importado.</translation>
    </message>
    <message>
        <location filename="../src/pass.cpp" line="570"/>
        <location filename="../src/pass.cpp" line="590"/>
        <source>Encryption failed. Check that your GPG key is valid.</source>
        <translation>El cifrado falló. Compruebe que su clave GPG sea válida.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../src/passworddialog.ui" line="14"/>
        <location filename="../src/passworddialog.ui" line="65"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../src/passworddialog.ui" line="75"/>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <location filename="../src/passworddialog.ui" line="86"/>
        <source>Show password</source>
        <translation>Mostrar contraseña</translation>
    </message>
    <message>
        <location filename="../src/passworddialog.ui" line="106"/>
        <source>Character Set:</source>
        <translation>Juego de caracteres:</translation>
    </message>
    <message>
        <location filename="../src/passworddialog.ui" line="114"/>
        <source>All Characters</source>
        <translation>Todos los caracteres</translation>
    </message>
    <message>
        <location filename="../src/passworddialog.ui" line="119"/>
        <source>Alphabetical</source>
        <translation>Alfabético</translation>
    </message>
    <message>
        <location filename="../src/passworddialog.ui" line="124"/>
        <source>Alphanumerical</source>
        <translation>Alfanumérico</translation>
    </message>
    <message>
        <location filename="../src/passworddialog.ui" line="129"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location filename="../src/passworddialog.ui" line="143"/>
        <source>Length:</source>
        <translation>Longitud:</translation>
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
        <translation type="unfinished">Contraseña</translation>
    </message>
    <message>
        <location filename="../src/passworddisplaypanel.cpp" line="126"/>
        <source>Open %1 in browser</source>
        <translation type="unfinished">Abrir %1 en el navegador</translation>
    </message>
</context>
<context>
    <name>QtPass</name>
    <message>
        <location filename="../src/qtpass.cpp" line="149"/>
        <source>Generating GPG key pair</source>
        <translation>Generando par de claves GPG</translation>
    </message>
    <message>
        <location filename="../src/qtpass.cpp" line="213"/>
        <source>Failed to connect WebDAV:
</source>
        <translation>No se pudo conectar WebDAV:
</translation>
    </message>
    <message>
        <location filename="../src/qtpass.cpp" line="229"/>
        <source>QtPass WebDAV password</source>
        <translation>Contraseña QtPass WebDAV</translation>
    </message>
    <message>
        <location filename="../src/qtpass.cpp" line="230"/>
        <source>Enter password to connect to WebDAV:</source>
        <translation>Introduzca contraseña para conectarse a WebDAV:</translation>
    </message>
    <message>
        <location filename="../src/qtpass.cpp" line="247"/>
        <source>fusedav exited unexpectedly
</source>
        <translation>fusedav se ha cerrado inesperadamente
</translation>
    </message>
    <message>
        <location filename="../src/qtpass.cpp" line="251"/>
        <source>Failed to start fusedav to connect WebDAV:
</source>
        <translation>Error al iniciar fusedav para conectar WebDAV:
</translation>
    </message>
    <message>
        <location filename="../src/qtpass.cpp" line="264"/>
        <source>QProcess::FailedToStart</source>
        <translation>QProcess::Fallo al iniciar</translation>
    </message>
    <message>
        <location filename="../src/qtpass.cpp" line="267"/>
        <source>QProcess::Crashed</source>
        <translation>QProcess::Roto</translation>
    </message>
    <message>
        <location filename="../src/qtpass.cpp" line="270"/>
        <source>QProcess::Timedout</source>
        <translation>QProcess::Caducado</translation>
    </message>
    <message>
        <location filename="../src/qtpass.cpp" line="273"/>
        <source>QProcess::ReadError</source>
        <translation>QProcess::Error de lectura</translation>
    </message>
    <message>
        <location filename="../src/qtpass.cpp" line="276"/>
        <source>QProcess::WriteError</source>
        <translation>QProcess::Error de escritura</translation>
    </message>
    <message>
        <location filename="../src/qtpass.cpp" line="279"/>
        <source>QProcess::UnknownError</source>
        <translation>QProcess::Error desconocido</translation>
    </message>
    <message>
        <location filename="../src/qtpass.cpp" line="295"/>
        <source>GPG key pair generation failed</source>
        <translation>Falló la generación del par de claves GPG</translation>
    </message>
    <message>
        <location filename="../src/qtpass.cpp" line="369"/>
        <source>GPG key pair generated successfully</source>
        <translation>Se generó correctamente el par de claves GPG</translation>
    </message>
    <message>
        <location filename="../src/qtpass.cpp" line="453"/>
        <source>Clipboard cleared</source>
        <translation>Se vació el portapapeles</translation>
    </message>
    <message>
        <location filename="../src/qtpass.cpp" line="455"/>
        <source>Clipboard not cleared</source>
        <translation>No se vació el portapapeles</translation>
    </message>
    <message>
        <location filename="../src/qtpass.cpp" line="501"/>
        <source>Copied to clipboard</source>
        <translation>Copiado en el portapapeles</translation>
    </message>
</context>
<context>
    <name>StoreModel</name>
    <message>
        <source>force overwrite?</source>
        <translation type="vanished">¿Quiere forzar la sobrescritura?</translation>
    </message>
    <message>
        <location filename="../src/storemodel.cpp" line="396"/>
        <source>Force overwrite?</source>
        <translation>¿Quiere forzar la sobrescritura?</translation>
    </message>
    <message>
        <location filename="../src/storemodel.cpp" line="397"/>
        <source>overwrite %1 with %2?</source>
        <translation>¿Quiere sobrescribir %1 con %2?</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../src/trayicon.cpp" line="66"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../src/trayicon.cpp" line="52"/>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../src/trayicon.cpp" line="54"/>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <location filename="../src/trayicon.cpp" line="57"/>
        <source>Mi&amp;nimize</source>
        <translation>Mi&amp;nimizar</translation>
    </message>
    <message>
        <location filename="../src/trayicon.cpp" line="60"/>
        <source>Ma&amp;ximize</source>
        <translation>Ma&amp;ximizar</translation>
    </message>
    <message>
        <location filename="../src/trayicon.cpp" line="63"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../src/usersdialog.ui" line="20"/>
        <source>Read access users</source>
        <translation>Usuarios con acceso de lectura</translation>
    </message>
    <message>
        <location filename="../src/usersdialog.ui" line="45"/>
        <source>Select which users should be able to decrypt passwords stored in this folder.
Note: Existing files will not be modified, and retain the old permissions until you edit them.
Blue entries have a secret key available, select one of these to be able to decrypt.
Black entries have an encryption key available and it is trusted, select one of these to allow other people to decrypt.
Red entries are not valid, you will not be able to encrypt to these.</source>
        <translation>Seleccione qué usuarios podrán descifrar las contraseñas almacenadas en esta carpeta.
Nota: Los ficheros existentes no se modificarán y conservarán los permisos anteriores hasta que los edite.
Las entradas en azul tienen una clave secreta disponible; seleccione una para poder descifrar.
Las entradas en negro tienen una clave de cifrado disponible y es de confianza; seleccione una para permitir que otros usuarios descifren.
Las entradas en rojo no son válidas; no podrá cifrar con ellas.</translation>
    </message>
    <message>
        <location filename="../src/usersdialog.ui" line="84"/>
        <source>Import key...</source>
        <translation>Importar clave...</translation>
    </message>
    <message>
        <location filename="../src/usersdialog.ui" line="87"/>
        <source>Import a GPG key from file or clipboard</source>
        <translation>Importar una clave GPG desde un fichero o el portapapeles</translation>
    </message>
    <message>
        <source>Select which users should be able to decrypt passwords stored in this folder.
Note: Existing files will not be modified, and retain the old permissions until you edit them.
Blue entries have a secret key available, select one of these to be able to decrypt.
Red entries are not valid, you will not be able to encrypt to these.</source>
        <translation type="vanished">Elija qué usuarios pueden descifrar las contraseñas almacenadas en esta carpeta.
Nota: no se modificarán los ficheros existentes; estos retendrán los permisos antiguos hasta que los edite.
Las entradas azules cuentan con una clave secreta; seleccione una de estas para poder descifrar.
Las entradas rojas no son válidas: no podrá descifrarlas.</translation>
    </message>
    <message>
        <location filename="../src/usersdialog.ui" line="70"/>
        <source>Search for users</source>
        <translation>Buscar usuarios</translation>
    </message>
    <message>
        <source>Select which users should be able to decrypt passwords stored in this folder.
Note: Existing files will not be modified and retain the old permissions until you edit them.
Blue entries have a secret key available, select one of these to be able to decrypt.
Red entries are not valid, you will not be able to encrypt to these.</source>
        <translation type="vanished">Seleccione los usuarios que deben ser capaces de descifrar las contraseñas almacenadas en esta carpeta.
Nota: Los ficheros existentes no se modificarán y los viejos permisos se mantienen hasta que se editen.
Entradas azules tienen una clave secreta disponible, seleccione uno de estos para poder descifrar.
Entradas rojas no son válidos, usted no será capaz de cifrar a estos.</translation>
    </message>
    <message>
        <location filename="../src/usersdialog.ui" line="77"/>
        <source>Show unusable keys</source>
        <translation>Mostrar claves no usables</translation>
    </message>
    <message>
        <source>Can not get key list</source>
        <translation type="vanished">No se puede obtener lista de claves</translation>
    </message>
    <message>
        <source>Unable to get list of available gpg keys</source>
        <translation type="vanished">No se puede obtener lista de llaves gpg disponibles</translation>
    </message>
    <message>
        <location filename="../src/usersdialog.cpp" line="83"/>
        <source>Keylist missing</source>
        <translation>Falta la lista de claves</translation>
    </message>
    <message>
        <location filename="../src/usersdialog.cpp" line="84"/>
        <source>Could not fetch list of available GPG keys</source>
        <translation>No se pudo recuperar la lista de claves GPG disponibles</translation>
    </message>
    <message>
        <location filename="../src/usersdialog.cpp" line="158"/>
        <source>Key not found in keyring</source>
        <translation>La clave no se encuentra en el llavero</translation>
    </message>
    <message>
        <location filename="../src/usersdialog.cpp" line="311"/>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <location filename="../src/usersdialog.cpp" line="315"/>
        <source>expires</source>
        <translation>caduca</translation>
    </message>
    <message>
        <location filename="../src/usersdialog.cpp" line="338"/>
        <source>[INVALID] </source>
        <translation>[INVÁLIDA] </translation>
    </message>
    <message>
        <location filename="../src/usersdialog.cpp" line="341"/>
        <source>[EXPIRED] </source>
        <translation>[VENCIÓ] </translation>
    </message>
    <message>
        <location filename="../src/usersdialog.cpp" line="345"/>
        <source>[PARTIAL] </source>
        <translation>[PARCIAL] </translation>
    </message>
</context>
</TS>
