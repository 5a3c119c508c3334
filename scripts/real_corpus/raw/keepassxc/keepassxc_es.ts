<?xml version="1.0" ?><!DOCTYPE TS><TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About KeePassXC</source>
        <translation>Acerca de KeePassXC</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Report bugs at: &lt;a href=&quot;https://github.com/keepassxreboot/keepassxc/issues&quot; style=&quot;text-decoration: underline;&quot;&gt;https://github.com&lt;/a&gt;</source>
        <translation>Informe errores en: &lt;a href=&quot;https://github.com/keepassxreboot/keepassxc/issues&quot; style=&quot;text-decoration: underline;&quot;&gt;https://github.com&lt;/a&gt;</translation>
    </message>
    <message>
        <source>KeePassXC is distributed under the terms of the GNU General Public License (GPL) version 2 or (at your option) version 3.</source>
        <translation>KeePassXC se distribuye bajo la Licencia Pública General de GNU (GPL) versión 2 o versión 3 (si así lo prefiere).</translation>
    </message>
    <message>
        <source>Project Maintainers:</source>
        <translation>Mantenedores del proyecto:</translation>
    </message>
    <message>
        <source>Special thanks from the KeePassXC team go to debfx for creating the original KeePassX.</source>
        <translation>El equipo de KeePassXC quiere agradecer de manera especial el trabajo de debfx por la creación de KeePassX.</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Contribuidores</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;https://github.com/keepassxreboot/keepassxc/graphs/contributors&quot;&gt;See Contributions on GitHub&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;https://github.com/keepassxreboot/keepassxc/graphs/contributors&quot;&gt;Ver contribuciones en GitHub&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Debug Info</source>
        <translation>Informe de depuración</translation>
    </message>
    <message>
        <source>Include the following information whenever you report a bug:</source>
        <translation>Incluya la información siguiente cuando informe sobre un error:</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Copiar al portapapeles</translation>
    </message>
</context>
<context>
    <name>AccessControlDialog</name>
    <message>
        <source>KeePassXC -  Access Request</source>
        <translation>KeepassXC - Solicitud de acceso</translation>
    </message>
    <message>
        <source>Non-existing/inaccessible executable path. Please double-check the client is legit.</source>
        <translation>Ruta del ejecutable no existe/inaccesible. Compruebe que el cliente es legítimo.</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;%1 &lt;/span&gt;is requesting access to the following entries:&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;%1 &lt;/span&gt;está solicitando acceso a los siguientes apuntes:&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Executable</source>
        <translation>Ejecutable</translation>
    </message>
    <message>
        <source>Command Line</source>
        <translation>Línea de órdenes</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Your decision will be remembered for the duration while both the requesting client AND KeePassXC are running.</source>
        <translation>Su decisión será recordada mientras el cliente solicitante y KeePassXC están en ejecución ambos.</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>Recordar</translation>
    </message>
    <message>
        <source>Allow Selected</source>
        <translation>Permitir seleccionado</translation>
    </message>
    <message>
        <source>Deny All &amp;&amp; Future</source>
        <translation>Denegar todo y futuro</translation>
    </message>
    <message>
        <source>Allow All &amp;&amp; &amp;Future</source>
        <translation>Permitir todo y &amp;futuro</translation>
    </message>
</context>
<context>
    <name>AccessControlDialog::DenyButton</name>
    <message>
        <source>Deny for this program</source>
        <translation>Denegar para este programa</translation>
    </message>
</context>
<context>
    <name>AgentSettingsWidget</name>
    <message>
        <source>Enable SSH Agent integration</source>
        <translation>Habilitar integración del agente SSH</translation>
    </message>
    <message>
        <source>Use Pageant</source>
        <translation>Usar Pageant</translation>
    </message>
    <message>
        <source>Use OpenSSH</source>
        <translation>Usar OpenSSH</translation>
    </message>
    <message>
        <source>Use both agents</source>
        <translation>Usar ambos agentes</translation>
    </message>
    <message>
        <source>SSH_AUTH_SOCK override</source>
        <translation>Anulación de SSH_AUTH_SOCK</translation>
    </message>
    <message>
        <source>SSH_AUTH_SOCK value</source>
        <translation>Valor SSH_AUTH_SOCK</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>SSH_SK_PROVIDER value</source>
        <translation>Valor SSH_SK_PROVIDER</translation>
    </message>
    <message>
        <source>SSH_SK_PROVIDER override</source>
        <translation>Sobrescribir SSH_SK_PROVIDER</translation>
    </message>
    <message>
        <source>No SSH Agent socket available. Either make sure SSH_AUTH_SOCK environment variable exists or set an override.</source>
        <translation>No hay ningún socket de agente SSH disponible.  Asegúrese que exista la variable de entorno SSH_AUTH_SOCK o fije una sustitución.</translation>
    </message>
    <message>
        <source>SSH Agent connection is working!</source>
        <translation>¡La conexión del agente de SSH está funcionando!</translation>
    </message>
</context>
<context>
    <name>ApplicationSettingsWidget</name>
    <message>
        <source>Application Settings</source>
        <translation>Parámetros de la aplicación</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>This setting cannot be enabled when minimize on unlock is enabled.</source>
        <translation>Esta preferencia no puede ser habilitada cuando está habilitado minimizar al desbloquear.</translation>
    </message>
    <message>
        <source>Access error for config file %1</source>
        <translation>Error de acceso al archivo de configuración %1</translation>
    </message>
    <message>
        <source>Icon only</source>
        <translation>Solo icono</translation>
    </message>
    <message>
        <source>Text only</source>
        <translation>Solo texto</translation>
    </message>
    <message>
        <source>Text beside icon</source>
        <translation>Texto al lado del icono</translation>
    </message>
    <message>
        <source>Text under icon</source>
        <translation>Texto debajo del icono</translation>
    </message>
    <message>
        <source>Follow style</source>
        <translation>Seguir estilo</translation>
    </message>
    <message>
        <source>Monochrome</source>
        <translation>Monocromo</translation>
    </message>
    <message>
        <source>Monochrome (light)</source>
        <translation>Monocromo (claro)</translation>
    </message>
    <message>
        <source>Monochrome (dark)</source>
        <translation>Monocromo (oscuro)</translation>
    </message>
    <message>
        <source>Colorful</source>
        <translation>Colorido</translation>
    </message>
    <message>
        <source>You must restart the application to set the new language. Would you like to restart now?</source>
        <translation>Debe reiniciar la aplicación para establecer el nuevo lenguage. ¿Desea reiniciar ahora?</translation>
    </message>
    <message>
        <source>Reset Settings?</source>
        <translation>¿Restablecer parámetros?</translation>
    </message>
    <message>
        <source>Are you sure you want to reset all general and security settings to default?</source>
        <translation>¿Desea restablecer todos los parámetros generales y de seguridad a sus valores por defecto?</translation>
    </message>
    <message>
        <source>Select backup storage directory</source>
        <translation>Seleccionar la carpeta de copia de seguridad</translation>
    </message>
</context>
<context>
    <name>ApplicationSettingsWidgetGeneral</name>
    <message>
        <source>Basic Settings</source>
        <translation>Parámetros básicos</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Start only a single instance of KeePassXC</source>
        <translation>Iniciar solo una instancia de KeePassXC</translation>
    </message>
    <message>
        <source>Automatically launch KeePassXC at system startup</source>
        <translation>Inicie automáticamente KeePassXC al arrancar el sistema</translation>
    </message>
    <message>
        <source>Minimize window at application startup</source>
        <translation>Minimizar la ventana al iniciar</translation>
    </message>
    <message>
        <source>Minimize window after unlocking database</source>
        <translation>Minimizar ventana tras desbloquear base de datos.</translation>
    </message>
    <message>
        <source>Remember previously used databases</source>
        <translation>Recordar bases de datos usadas anteriormente</translation>
    </message>
    <message>
        <source> recent files</source>
        <translation>archivos recientes</translation>
    </message>
    <message>
        <source>Load previously open databases on startup</source>
        <translation>Cargar bases de datos abiertas anteriormente al inicio</translation>
    </message>
    <message>
        <source>Remember database key files and security dongles</source>
        <translation>Recuerde los archivos de clave de la base de datos y los «dongle» de seguridad</translation>
    </message>
    <message>
        <source>Check for updates at application startup once per week</source>
        <translation>Buscar actualizaciones al inicio de la aplicación una vez por semana</translation>
    </message>
    <message>
        <source>Include beta releases when checking for updates</source>
        <translation>Incluir versiones beta al comprobar actualizaciones</translation>
    </message>
    <message>
        <source>On database unlock, show entries that </source>
        <translation>Al desbloquear la base de datos, mostrar apuntes que</translation>
    </message>
    <message>
        <source>have expired</source>
        <comment>On database unlock, show entries that...</comment>
        <translation>ha expirado</translation>
    </message>
    <message>
        <source> days</source>
        <comment>On database unlock, show entries that will expire within %1 days</comment>
        <translation>días</translation>
    </message>
    <message>
        <source>will expire within </source>
        <comment>On database unlock, show entries that...</comment>
        <translation>expirarán en</translation>
    </message>
    <message>
        <source>File Management</source>
        <translation>Gestión de ficheros</translation>
    </message>
    <message>
        <source>Automatically save after every change</source>
        <translation>Guardar automáticamente tras cada cambio</translation>
    </message>
    <message>
        <source>Automatically save when locking database</source>
        <translation>Guardar automáticamente al bloquear la base de datos</translation>
    </message>
    <message>
        <source>Automatically save non-data changes when locking database</source>
        <translation>Auto-guardado de modificaciones distintas a los datos al bloquear la base de datos</translation>
    </message>
    <message>
        <source>Automatically reload the database when modified externally</source>
        <translation>Recargar automáticamente la base de datos cuando sea modificada externamente</translation>
    </message>
    <message>
        <source>Backup database file before saving</source>
        <translation>Hacer una copia de seguridad de la base de datos antes de guardar</translation>
    </message>
    <message>
        <source>Backup destination</source>
        <translation>Destino de la copia de seguridad</translation>
    </message>
    <message>
        <source>Specifies the database backup file location. Occurrences of &quot;{DB_FILENAME}&quot; are replaced with the filename of the saved database without extension. {TIME:&lt;format&gt;} is replaced with the backup time, see https://doc.qt.io/qt-5/qdatetime.html#toString. &lt;format&gt; defaults to format string &quot;dd_MM_yyyy_hh-mm-ss&quot;.</source>
        <translation>Especifica la localización del archivo de la copia de seguridad de la base de datos. Las ocurrencias de «{DB_FILENAME}» son reemplazadas con el nombre de archivo de la base de datos guardada sin la extensión. {TIME:&lt;format&gt;} es reemplazado con la hora de la copia de seguridad, ver https://doc.qt.io/qt-5/qdatetime.html#toString. &lt;format&gt; su cadena de formato por defecto es «dd_MM_yyyy_hh-mm-ss».</translation>
    </message>
    <message>
        <source>{DB_FILENAME}.old.kdbx</source>
        <translation>{DB_FILENAME}.old.kdbx</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Elegir...</translation>
    </message>
    <message>
        <source>Use alternative saving method (may solve problems with Dropbox, Google Drive, GVFS, etc.)</source>
        <translation>Usar método alternativo de guardado (puede resolver problemas con Dropbox, Google Drive, GVFS, etc.)</translation>
    </message>
    <message>
        <source>Temporary file moved into place</source>
        <translation>Archivo temporal movido a su lugar</translation>
    </message>
    <message>
        <source>Directly write to database file (dangerous)</source>
        <translation>Escribir directamente al archivo de base de datos (peligroso)</translation>
    </message>
    <message>
        <source>Entry Management</source>
        <translation>Gestión de apunte</translation>
    </message>
    <message>
        <source>Use group icon on entry creation</source>
        <translation>Usar icono del grupo en la creación del apunte</translation>
    </message>
    <message>
        <source>Minimize when opening a URL</source>
        <translation>Minimizar al abrir una URL</translation>
    </message>
    <message>
        <source>Hide window when copying to clipboard</source>
        <translation>Ocultar ventana al copiar al portapapeles</translation>
    </message>
    <message>
        <source>Minimize</source>
        <translation>Minimizar</translation>
    </message>
    <message>
        <source>Drop to background</source>
        <translation>Mover a segundo plano</translation>
    </message>
    <message>
        <source>Favicon download timeout:</source>
        <translation>Tiempo agotado en la espera de descarga del icono:</translation>
    </message>
    <message>
        <source>Website icon download timeout in seconds</source>
        <translation>Tiempo de espera en segundos para descarga del icono del sitio web</translation>
    </message>
    <message>
        <source> sec</source>
        <comment>Seconds</comment>
        <translation> seg</translation>
    </message>
    <message>
        <source>User Interface</source>
        <translation>Interfaz de usuario</translation>
    </message>
    <message>
        <source>Toolbar button style</source>
        <translation>Estilo de botón de barra de herramientas</translation>
    </message>
    <message>
        <source>Movable toolbar</source>
        <translation>Barra de herramientas móvil</translation>
    </message>
    <message>
        <source>Language selection</source>
        <translation>Selección de idioma</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>(restart program to activate)</source>
        <translation>(reiniciar aplicación para activar)</translation>
    </message>
    <message>
        <source>Toolbar button style:</source>
        <translation>Estilo de la barra de botones:</translation>
    </message>
    <message>
        <source>Show passwords in color</source>
        <translation>Mostrar contraseñas en color</translation>
    </message>
    <message>
        <source>Use monospaced font for notes</source>
        <translation>Utilizar tipografía mono-espaciadas para notas</translation>
    </message>
    <message>
        <source>Minimize instead of app exit</source>
        <translation>Minimizar en lugar de cerrar la aplicación</translation>
    </message>
    <message>
        <source>Show a system tray icon</source>
        <translation>Mostrar icono en la bandeja del sistema</translation>
    </message>
    <message>
        <source>Tray icon type</source>
        <translation>Tipo de icono en la bandeja</translation>
    </message>
    <message>
        <source>Tray icon type:</source>
        <translation>Estilo de icono de la bandeja:</translation>
    </message>
    <message>
        <source>Hide window to system tray when minimized</source>
        <translation>Ocultar la ventana a la bandeja del sistema cuando se minimiza</translation>
    </message>
    <message>
        <source>Reset settings to default…</source>
        <translation>Restaurar parámetros por defecto…</translation>
    </message>
    <message>
        <source>Auto-Type</source>
        <translation>Autoescritura</translation>
    </message>
    <message>
        <source>Use entry title to match windows for global Auto-Type</source>
        <translation>Usar título del apunte para emparejar ventanas en autoescritura global</translation>
    </message>
    <message>
        <source>Use entry URL to match windows for global Auto-Type</source>
        <translation>Usar URL del apunte para emparejar ventanas en autoescritura global</translation>
    </message>
    <message>
        <source>Always ask before performing Auto-Type</source>
        <translation>Siempre preguntar antes de autoescritura</translation>
    </message>
    <message>
        <source>Hide expired entries from Auto-Type</source>
        <translation>Ocultar apuntes expirados de la autoescritura</translation>
    </message>
    <message>
        <source>Re-lock previously locked database after performing Auto-Type</source>
        <translation>Volver a bloquear la base de datos tras realizar un auto-tecleo</translation>
    </message>
    <message>
        <source>Auto-Type start delay:</source>
        <translation>Retardo del inicio del auto-tecleo:</translation>
    </message>
    <message>
        <source>Global Auto-Type shortcut:</source>
        <translation>Atajo global de auto-tecleo:</translation>
    </message>
    <message>
        <source>Auto-type start delay milliseconds</source>
        <translation>Retardo de inicio del autoescritura en milisegundos</translation>
    </message>
    <message>
        <source> ms</source>
        <comment>Milliseconds</comment>
        <translation> ms</translation>
    </message>
    <message>
        <source>Auto-Type typing delay:</source>
        <translation>Retardo de tecleo del auto-tecleo</translation>
    </message>
    <message>
        <source>Global auto-type shortcut</source>
        <translation>Atajo global de auto-tecleo</translation>
    </message>
    <message>
        <source>Auto-type character typing delay milliseconds</source>
        <translation>Retardo de auto-tecleo de caracteres</translation>
    </message>
    <message>
        <source>Remember last typed entry for:</source>
        <translation>Recordar último apunte para:</translation>
    </message>
</context>
<context>
    <name>ApplicationSettingsWidgetSecurity</name>
    <message>
        <source>Timeouts</source>
        <translation>Intervalos</translation>
    </message>
    <message>
        <source>Database lock timeout seconds</source>
        <translation>Segundos de espera de bloqueo de la base de datos</translation>
    </message>
    <message>
        <source> sec</source>
        <comment>Seconds</comment>
        <translation> seg</translation>
    </message>
    <message>
        <source>Clear clipboard after</source>
        <translation>Purga del portapapeles tras</translation>
    </message>
    <message>
        <source>Clear search query after</source>
        <translation>Purgar consulta de búsqueda tras</translation>
    </message>
    <message>
        <source> min</source>
        <comment>Minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>Clipboard clear seconds</source>
        <translation>Segundos para purgar portapapeles</translation>
    </message>
    <message>
        <source>Lock databases after inactivity of</source>
        <translation>Bloquear bases de datos tras un periodo de inactividad de</translation>
    </message>
    <message>
        <source>Convenience</source>
        <translation>Conveniencia</translation>
    </message>
    <message>
        <source>Enable database quick unlock (Touch ID / Windows Hello)</source>
        <translation>Habilitar desbloqueo rápido de base de datos (Touch ID / Windows Hello)</translation>
    </message>
    <message>
        <source>Lock databases when session is locked or lid is closed</source>
        <translation>Bloquear bases de datos cuando la sesión se bloquee o se cierre el monitor</translation>
    </message>
    <message>
        <source>Lock databases after minimizing the window</source>
        <translation>Bloquear bases de datos al minimizar la ventana</translation>
    </message>
    <message>
        <source>Require password repeat when it is visible</source>
        <translation>Solicitar repetición de la contraseña cuando esté visible</translation>
    </message>
    <message>
        <source>Hide passwords when editing them</source>
        <translation>Ocultar las contraseñas cuando las edite</translation>
    </message>
    <message>
        <source>Use placeholder for empty password fields</source>
        <translation>Emplear contenedor para los campos de contraseña vacíos</translation>
    </message>
    <message>
        <source>Hide passwords in the entry preview panel</source>
        <translation>Ocultar contraseñas en el apunte del panel de vista previa</translation>
    </message>
    <message>
        <source>Hide entry notes by default</source>
        <translation>Ocultar anotaciones del apunte por defecto</translation>
    </message>
    <message>
        <source>Move entries to recycle bin without confirmation</source>
        <translation>Mover apuntes a la papelera de reciclaje sin confirmación</translation>
    </message>
    <message>
        <source>Enable double click to copy the username/password entry columns</source>
        <translation>Activar pulsación doble para copiar las columnas de apunte de usuario/contraseña</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Use DuckDuckGo service to download website icons</source>
        <translation>Utilizar el servicio DuckDuckGo para descargar iconos de sitio web</translation>
    </message>
    <message>
        <source>Hide TOTP in the entry preview panel</source>
        <translation>Ocultar TOTP en el panel de vista previa de apunte</translation>
    </message>
</context>
<context>
    <name>AutoType</name>
    <message>
        <source>The requested Auto-Type sequence cannot be used due to an error:</source>
        <translation>La secuencia de Autoescritura solicitada no se puede utilizar debido a un error:</translation>
    </message>
    <message>
        <source>Auto-Type Error</source>
        <translation>Error de Auto-tecleo</translation>
    </message>
    <message>
        <source>Permission Required</source>
        <translation>Permiso Requerido</translation>
    </message>
    <message>
        <source>KeePassXC requires the Accessibility permission in order to perform entry level Auto-Type. If you already granted permission, you may have to restart KeePassXC.</source>
        <translation>KeePassXC requiere el permiso de Accesibilidad para realizar la autoescritura en el campo del apunte. Si ya al concedido este permiso, quizá deba reiniciar KeePassXC.</translation>
    </message>
    <message>
        <source>KeePassXC requires the Accessibility and Screen Recorder permission in order to perform global Auto-Type. Screen Recording is necessary to use the window title to find entries. If you already granted permission, you may have to restart KeePassXC.</source>
        <translation>KeePassXC requiere el permiso accesibilidad y grabación de pantalla para realizar la auto-tecleo global. La grabación de pantalla es necesario para usar el título de la ventana al encontrar apuntes. Si ya ha concedido este permiso, quizá deba reiniciar KeePassXC.</translation>
    </message>
    <message>
        <source>Invalid entry provided</source>
        <translation>Apunte proporcionado no válido</translation>
    </message>
    <message>
        <source>Bracket imbalance detected, found extra { or }</source>
        <translation>Detectado corchete desbalanceado, se encontró { o } extra</translation>
    </message>
    <message>
        <source>Too many repetitions detected, max is %1: %2</source>
        <translation>Demasiadas repeticiones detectadas, máx es %1: %2</translation>
    </message>
    <message>
        <source>Very slow key press detected, max is %1: %2</source>
        <translation>Pulsación de tecla muy lenta detectada, máx es %1: %2</translation>
    </message>
    <message>
        <source>Very long delay detected, max is %1: %2</source>
        <translation>Retraso muy largo detectado, máx es %1: %2</translation>
    </message>
    <message>
        <source>Entry does not have attribute for PICKCHARS: %1</source>
        <translation>El apunte no tiene atributo para PICKCHARS: %1</translation>
    </message>
    <message>
        <source>Invalid conversion type: %1</source>
        <translation>Tipo de conversión no válido: %1</translation>
    </message>
    <message>
        <source>Invalid conversion syntax: %1</source>
        <translation>Sintaxis de conversión no válida: %1</translation>
    </message>
    <message>
        <source>Invalid regular expression syntax %1
%2</source>
        <translation>Sintaxis de expresión regular no válida %1
%2</translation>
    </message>
    <message>
        <source>Invalid placeholder: %1</source>
        <translation>Marcador inválido: %1</translation>
    </message>
</context>
<context>
    <name>AutoTypeAssociationsModel</name>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Secuencia</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Default sequence</source>
        <translation>Secuencia por defecto</translation>
    </message>
</context>
<context>
    <name>AutoTypeMatchModel</name>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Secuencia</translation>
    </message>
</context>
<context>
    <name>AutoTypePlatformX11</name>
    <message>
        <source>Trying to send invalid keysym.</source>
        <translation>Intentando enviar keysym no válido.</translation>
    </message>
    <message>
        <source>Sequence aborted: Caps Lock is on</source>
        <translation>Secuencia abortada: Bloqueo Mayúsculas está activo</translation>
    </message>
    <message>
        <source>Sequence aborted: Modifier keys held by user</source>
        <translation>Secuencia abortada: Las teclas de modificación tenida por el usuario</translation>
    </message>
    <message>
        <source>Unable to get valid keycode for key: </source>
        <translation>No se puede obtener clave de código válida para la clave:</translation>
    </message>
</context>
<context>
    <name>AutoTypeSelectDialog</name>
    <message>
        <source>Auto-Type - KeePassXC</source>
        <translation>Auto-teclear - KeePassXC</translation>
    </message>
    <message>
        <source>Double click a row to perform Auto-Type or find an entry using the search:</source>
        <translation>Haga doble clic en una fila para realizar autoescritura o encuentre un apunte usando la búsqueda:</translation>
    </message>
    <message>
        <source>&lt;p&gt;You can use advanced search queries to find any entry in your open databases. The following shortcuts are useful:&lt;br/&gt;
Ctrl+F - Toggle database search&lt;br/&gt;
Ctrl+1 - Type username&lt;br/&gt;
Ctrl+2 - Type password&lt;br/&gt;
Ctrl+3 - Type TOTP&lt;br/&gt;
Ctrl+4 - Use Virtual Keyboard (Windows Only)&lt;/p&gt;</source>
        <translation>&lt;p&gt;Puede usar búsquedas de consultas avanzadas para encontrar cualquier apunte en su base de datos abierta. Los siguientes atajos de teclado son útiles:&lt;br/&gt;
Ctrl+F - Conmutar búsqueda de base de datos&lt;br/&gt;
Ctrl+1 - Escribir nombre de usuario&lt;br/&gt;
Ctrl+2 - Escribir contraseña&lt;br/&gt;
Ctrl+3 - Escribir TOTP&lt;br/&gt;
Ctrl+4 - Usar teclado virtual (solo Windows)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search all open databases</source>
        <translation>Buscar todas las bases de datos abiertas</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>Type Sequence</source>
        <translation>Tipo Secuencia</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Type {USERNAME}</source>
        <translation>Teclee {USUARIO}</translation>
    </message>
    <message>
        <source>Type {PASSWORD}</source>
        <translation>Teclee {CONTRASEÑA}</translation>
    </message>
    <message>
        <source>Type {TOTP}</source>
        <translation>Teclee {TOTP}</translation>
    </message>
    <message>
        <source>Copy Username</source>
        <translation>Copiar Usuario</translation>
    </message>
    <message>
        <source>Copy Password</source>
        <translation>Copiar Contraseña</translation>
    </message>
    <message>
        <source>Copy TOTP</source>
        <translation>Copiar TOTP</translation>
    </message>
    <message>
        <source>Use Virtual Keyboard</source>
        <translation>Usar teclado virtual</translation>
    </message>
</context>
<context>
    <name>BrowserAccessControlDialog</name>
    <message>
        <source>KeePassXC - Browser Access Request</source>
        <translation>Solicitud de acceso KeePassXC-Browser</translation>
    </message>
    <message>
        <source>%1 is requesting access to the following entries:</source>
        <translation>%1 está solicitando acceso a los siguientes apuntes:</translation>
    </message>
    <message>
        <source>Remember access to checked entries</source>
        <translation>Recordar el acceso a los apuntes marcados</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>Recordar</translation>
    </message>
    <message>
        <source>Allow access to entries</source>
        <translation>Permitir acceso a los apuntes</translation>
    </message>
    <message>
        <source>Allow Selected</source>
        <translation>Permitir seleccionado</translation>
    </message>
    <message>
        <source>Deny All</source>
        <translation>Denegar todo</translation>
    </message>
    <message>
        <source>Disable for this site</source>
        <translation>Deshabilitar para este sitio</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
</context>
<context>
    <name>BrowserEntrySaveDialog</name>
    <message>
        <source>Ok</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>You have multiple databases open.
Please select the correct database for saving credentials.</source>
        <translation>Tiene múltiples bases de datos abiertas.
Seleccione la base de datos correcta para guardar las credenciales.</translation>
    </message>
    <message>
        <source>KeePassXC - Select Database</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>BrowserPasskeysConfirmationDialog</name>
    <message>
        <source>KeePassXC: Passkey credentials</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Authenticate</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Register new</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>Timeout in &lt;b&gt;%n&lt;/b&gt; seconds...</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
    <message>
        <source>Do you want to register Passkey for:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Existing Passkey found.
Do you want to register a new Passkey for:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Select the existing Passkey and press Update to replace it.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Authenticate Passkey credentials for:</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>BrowserService</name>
    <message>
        <source>KeePassXC: Create a new group</source>
        <translation>KeePassXC: crear un grupo nuevo</translation>
    </message>
    <message>
        <source>A request for creating a new group &quot;%1&quot; has been received.
Do you want to create this group?
</source>
        <translation>Se ha recibido una solicitud para crear un grupo «%1».
¿Desea crear este grupo?
</translation>
    </message>
    <message>
        <source>KeePassXC: New key association request</source>
        <translation>KeePassXC: solicitud de asociación de clave nueva</translation>
    </message>
    <message>
        <source>You have received an association request for the following database:
%1

Give the connection a unique name or ID, for example:
chrome-laptop.</source>
        <translation>Ha recibido una solicitud de asociación para la siguiente base de datos:
%1

Asigne a la conexión un nombre único o identificador, por ejemplo:
portatil-chrome.</translation>
    </message>
    <message>
        <source>Save and allow access</source>
        <translation>Guardar y permitir acceso</translation>
    </message>
    <message>
        <source>KeePassXC: Overwrite existing key?</source>
        <translation>KeePassXC: ¿Sobrescribir clave existente?</translation>
    </message>
    <message>
        <source>A shared encryption key with the name &quot;%1&quot; already exists.
Do you want to overwrite it?</source>
        <translation>Ya existe una clave compartida con el nombre «%1».
¿Desea sobrescribirlo?</translation>
    </message>
    <message>
        <source>KeePassXC: Update Entry</source>
        <translation>KeePassXC: actualizar apunte</translation>
    </message>
    <message>
        <source>Do you want to update the information in %1 - %2?</source>
        <translation>¿Desea actualizar la información en %1 - %2?</translation>
    </message>
    <message>
        <source>KeePassXC: Delete entry</source>
        <translation>KeePassXC: Borrar apunte</translation>
    </message>
    <message>
        <source>A request for deleting entry &quot;%1&quot; has been received.
Do you want to delete the entry?
</source>
        <translation>Se ha recibido una solicitud para borrar el apunte «%1».
¿Desea borrar este apunte?
</translation>
    </message>
    <message>
        <source>%1 (Passkey)</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>BrowserSettingsWidget</name>
    <message>
        <source>Dialog</source>
        <translation>Diálogo</translation>
    </message>
    <message>
        <source>This is required for accessing your databases with KeePassXC-Browser</source>
        <translation>Esto es requerido para acceder a sus bases de datos con KeePassXC-Browser</translation>
    </message>
    <message>
        <source>Enable browser integration</source>
        <translation>Activar integración con navegador</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Browsers installed as snaps are currently not supported.</source>
        <translation>Los navegadores instalados como snaps no son admitidos.</translation>
    </message>
    <message>
        <source>Enable integration for these browsers:</source>
        <translation>Habilitar integración a estos navegadores:</translation>
    </message>
    <message>
        <source>Vivaldi</source>
        <translation>Vivaldi</translation>
    </message>
    <message>
        <source>&amp;Edge</source>
        <translation>&amp;Edge</translation>
    </message>
    <message>
        <source>Firefox</source>
        <translation>Firefox</translation>
    </message>
    <message>
        <source>Tor Browser</source>
        <translation>Navegador Tor</translation>
    </message>
    <message>
        <source>Brave</source>
        <translation>Brave</translation>
    </message>
    <message>
        <source>Google Chrome</source>
        <translation>Google Chrome</translation>
    </message>
    <message>
        <source>Chromium</source>
        <translation>Chromium</translation>
    </message>
    <message>
        <source>Show a notification when credentials are requested</source>
        <extracomment>Credentials mean login data requested via browser extension</extracomment>
        <translation>Mostrar una notificación cuando se requieran las credenciales</translation>
    </message>
    <message>
        <source>Request to unlock the database if it is locked</source>
        <translation>Solicitar el desbloqueo de la base de datos si está bloqueada</translation>
    </message>
    <message>
        <source>Only entries with the same scheme (http://, https://, …) are returned.</source>
        <translation>Sólo se muestran los apuntes con el mismo esquema (http://, https://, ...).</translation>
    </message>
    <message>
        <source>Match URL scheme (e.g., https://example.com)</source>
        <translation>Coincidir con el esquema de URL (ej., https://ejemplo.es)</translation>
    </message>
    <message>
        <source>Only returns the best matches for a specific URL instead of all entries for the whole domain.</source>
        <translation>Devolver únicamente los resultados similares para una URL específica en lugar de todos los apuntes para todo el dominio.</translation>
    </message>
    <message>
        <source>Return only best-matching credentials</source>
        <translation>Devolver solo las credenciales con mejor coincidencia</translation>
    </message>
    <message>
        <source>Returns expired credentials. String [expired] is added to the title.</source>
        <translation>Devuelve las credenciales caducadas. La cadena [caducada] es agregada al título.</translation>
    </message>
    <message>
        <source>Allow returning expired credentials</source>
        <translation>Permitir devolver credenciales caducadas</translation>
    </message>
    <message>
        <source>All databases connected to the extension will return matching credentials.</source>
        <translation>Todas las bases de datos conectadas a la extensión devolverán las credenciales coincidentes.</translation>
    </message>
    <message>
        <source>Search in all opened databases for matching credentials</source>
        <extracomment>Credentials mean login data requested via browser extension</extracomment>
        <translation>Buscar las credenciales por todas las bases de datos abiertas correspondientes</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Never ask before accessing credentials</source>
        <extracomment>Credentials mean login data requested via browser extension</extracomment>
        <translation>Nunca solicitar antes de acceder a las credenciales</translation>
    </message>
    <message>
        <source>Never ask before updating credentials</source>
        <extracomment>Credentials mean login data requested via browser extension</extracomment>
        <translation>Nunca solicitar antes de actualizar las credenciales</translation>
    </message>
    <message>
        <source>Do not ask permission for HTTP Basic Auth</source>
        <extracomment>An extra HTTP Basic Auth setting</extracomment>
        <translation>No solicitar permiso para Autenticación Básica HTTP</translation>
    </message>
    <message>
        <source>Automatically creating or updating string fields is not supported.</source>
        <translation>No se permite crear o actualizar automáticamente campos de caracteres.</translation>
    </message>
    <message>
        <source>Return advanced string fields which start with &quot;KPH: &quot;</source>
        <translation>Devuelve campos de texto avanzados que comienzan por «KPH: »</translation>
    </message>
    <message>
        <source>Don&apos;t display the popup suggesting migration of legacy KeePassHTTP settings.</source>
        <translation>No desplegar la ventana emergente sugiriendo migración de parámetros de KeePassHTTP heredados.</translation>
    </message>
    <message>
        <source>Do not prompt for KeePassHTTP settings migration.</source>
        <translation>No solicitar parámetros de migración de KeePassHTTP.</translation>
    </message>
    <message>
        <source>Updates KeePassXC or keepassxc-proxy binary path automatically to native messaging scripts on startup.</source>
        <translation>Actualizaciones KeePassXC o keepassxc-proxy binario automáticamente para guiones de mensajes nativos en el arranque.</translation>
    </message>
    <message>
        <source>Update native messaging manifest files at startup</source>
        <translation>Actualizar ficheros de manifiesto de mensajería nativa al arrancar</translation>
    </message>
    <message>
        <source>Use a custom proxy location if you installed a proxy manually.</source>
        <translation>Utiliza una ubicación proxy personalizado si ha instalado manualmante un proxy.</translation>
    </message>
    <message>
        <source>Use a custom proxy location:</source>
        <comment>Meant is the proxy for KeePassXC-Browser</comment>
        <translation>Utiliza una ubicación de proxy personalizada:</translation>
    </message>
    <message>
        <source>Custom proxy location field</source>
        <translation>Campo personalizado de ubicación del proxy</translation>
    </message>
    <message>
        <source>Browser for custom proxy file</source>
        <translation>Explorador para fichero del proxy personalizado</translation>
    </message>
    <message>
        <source>Browse…</source>
        <extracomment>Button for opening file dialog</extracomment>
        <translation>Examinar...</translation>
    </message>
    <message>
        <source>Use a custom browser configuration location:</source>
        <translation>Emplear una ubicación de la configuración del explorador proxy personalizado:</translation>
    </message>
    <message>
        <source>Browser type:</source>
        <translation>Tipo de navegador:</translation>
    </message>
    <message>
        <source>Toolbar button style</source>
        <translation>Estilo del botón para la barra de herramientas</translation>
    </message>
    <message>
        <source>Config Location:</source>
        <translation>Ubicación de configuración:</translation>
    </message>
    <message>
        <source>Custom browser location field</source>
        <translation>Campo de ubicación del navegador personalizado</translation>
    </message>
    <message>
        <source>Browse for custom browser path</source>
        <translation>Examinar ruta personalizada del navegador</translation>
    </message>
    <message>
        <source>Custom extension ID:</source>
        <translation>ID de extensión personalizado:</translation>
    </message>
    <message>
        <source>Custom extension ID</source>
        <translation>ID de extensión personalizado</translation>
    </message>
    <message>
        <source>Due to Snap sandboxing, you must run a script to enable browser integration.&lt;br /&gt;You can obtain this script from %1</source>
        <translation>Debido al modo aislado de Snap, debe ejecutar un guion para habilitar la integración con el navegador. Puede obtener este guion desde %1</translation>
    </message>
    <message>
        <source>KeePassXC-Browser is needed for the browser integration to work. &lt;br /&gt;Download it for %1 and %2 and %3. %4</source>
        <translation>KeePassXC-Browser es necesario para que la integración del navegador funcione.&lt;br /&gt;Descárgalo desde %1 y %2 y %3. %4</translation>
    </message>
    <message>
        <source>Please see special instructions for browser extension use below</source>
        <translation>Vea las instrucciones especiales para el uso de extensión de navegador debajo.</translation>
    </message>
    <message>
        <source>Executable Files</source>
        <translation>Ficheros ejecutables</translation>
    </message>
    <message>
        <source>All Files</source>
        <translation>Todos los ficheros</translation>
    </message>
    <message>
        <source>Select custom proxy location</source>
        <translation>Seleccione una ubicación de proxy personalizada</translation>
    </message>
    <message>
        <source>Select native messaging host folder location</source>
        <translation>Seleccione la ubicación de la carpeta de hospedaje de mensajería nativa</translation>
    </message>
    <message>
        <source>Allow keepassxc-proxy to list all entries with their title, URL and UUID in connected databases.</source>
        <translation>Permitir a keepassxc-proxy listar todos los apuntes con su título, URL y UUID en las bases de datos conectadas.</translation>
    </message>
    <message>
        <source>Allow limited access to all entries in connected databases (ignores site access restrictions)</source>
        <translation>Permitir acceso limitado a todos los apuntes en las bases de datos conectadas (ignorar restricciones de acceso de sitio)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; Only adjust these settings if necessary.</source>
        <translation>&lt;b&gt;Advertencia:&lt;/b&gt; Solo ajustar estas configuraciones si es necesario.</translation>
    </message>
    <message>
        <source>The custom proxy location does not exist.</source>
        <translation>La localización de proxy personalizada no existe.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Error:&lt;/b&gt; The custom proxy location does not exist. Correct this in the advanced settings tab.</source>
        <translation>&lt;b&gt;Error:&lt;/b&gt; La localización de proxy personalizada no existe. Corrija esto en la pestaña de configuración avanzada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Error:&lt;/b&gt; The installed proxy executable is missing from the expected location: %1&lt;br/&gt;Please set a custom proxy location in the advanced settings or reinstall the application.</source>
        <translation>&lt;b&gt;Error:&lt;/b&gt; El ejecutable de proxy instalado falta en la localización esperada: %1&lt;br/&gt; Establezca una localización de proxy personalizada en la configuración avanzada o reinstale la aplicación.</translation>
    </message>
</context>
<context>
    <name>CloneDialog</name>
    <message>
        <source>Clone Entry Options</source>
        <translation>Opciones de Clonado del Apunte</translation>
    </message>
    <message>
        <source>Append &apos; - Clone&apos; to title</source>
        <translation>Agregar « - Clon» al título</translation>
    </message>
    <message>
        <source>Replace username and password with references</source>
        <translation>Reemplazar usuario y contraseña con referencias</translation>
    </message>
    <message>
        <source>Copy history</source>
        <translation>Copiar historial</translation>
    </message>
</context>
<context>
    <name>CsvImportWidget</name>
    <message>
        <source>Import CSV fields</source>
        <translation>Importar campos de CSV</translation>
    </message>
    <message>
        <source>filename</source>
        <translation>nombre del fichero</translation>
    </message>
    <message>
        <source>size, rows, columns</source>
        <translation>tamaño, filas, columnas</translation>
    </message>
    <message>
        <source>Column Association</source>
        <translation>Columnas asociadas</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation>TOTP</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Last Modified</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Icono</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>Códec</translation>
    </message>
    <message>
        <source>Text is qualified by</source>
        <translation>El texto está rodeado por</translation>
    </message>
    <message>
        <source>Text qualification</source>
        <translation>Certificado de texto</translation>
    </message>
    <message>
        <source>Fields are separated by</source>
        <translation>Los campos están separados por</translation>
    </message>
    <message>
        <source>Field separation</source>
        <translation>Separación de campo</translation>
    </message>
    <message>
        <source>Comments start with</source>
        <translation>Los comentarios comienzan con</translation>
    </message>
    <message>
        <source>Header lines skipped</source>
        <translation>Líneas de cabecera descartadas</translation>
    </message>
    <message>
        <source>Number of header lines to discard</source>
        <translation>Número de líneas de cabecera a descartar</translation>
    </message>
    <message>
        <source>First line has field names</source>
        <translation>La primera línea tiene los nombres de los campos</translation>
    </message>
    <message>
        <source>Consider &apos;\&apos; an escape character</source>
        <translation>Considerar «\» como un carácter de escape </translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>CSV import preview</source>
        <translation>Previsualización importar CSV </translation>
    </message>
    <message>
        <source>Not Present</source>
        <translation>No presente</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>Imported from CSV file</source>
        <translation>Importado desde un fichero *.csv</translation>
    </message>
    <message>
        <source>Original data: </source>
        <translation>Datos originales:</translation>
    </message>
    <message>
        <source>Error(s) detected in CSV file!</source>
        <translation>¡Error(es) detectado(s) en el fichero CSV!</translation>
    </message>
    <message numerus="yes">
        <source>[%n more message(s) skipped]</source>
        <translation><numerusform>[%n mensaje omitido]</numerusform><numerusform>[%n mensajes omitidos]</numerusform><numerusform>[%n mensajes omitidos]</numerusform></translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>CSV import: writer has errors:
%1</source>
        <translation>Importación CSV: la escritura tiene errores:
% 1</translation>
    </message>
</context>
<context>
    <name>CsvParserModel</name>
    <message>
        <source>%1, %2, %3</source>
        <comment>file info: bytes, rows, columns</comment>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation><numerusform>%n byte</numerusform><numerusform>%n byte(s)</numerusform><numerusform>%n bytes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation><numerusform>%n fila</numerusform><numerusform>%n fila(s)</numerusform><numerusform>%n filas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation><numerusform>%n columna(s)</numerusform><numerusform>%n columna(s) </numerusform><numerusform>%n columna(s) </numerusform></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Passwords</source>
        <comment>Root group name</comment>
        <translation>Contraseñas</translation>
    </message>
    <message>
        <source>File %1 does not exist.</source>
        <translation>El fichero %1 no existe.</translation>
    </message>
    <message>
        <source>Unable to open file %1.</source>
        <translation>Incapaz de abrir el fichero %1.</translation>
    </message>
    <message>
        <source>Error while reading the database: %1</source>
        <translation>Error al leer la base de datos: %1</translation>
    </message>
    <message>
        <source>Could not save, database does not point to a valid file.</source>
        <translation>No se ha podido guardar, la base de datos no apunta a un fichero válido.</translation>
    </message>
    <message>
        <source>Database save is already in progress.</source>
        <translation>Guardado de la base de datos actualmente en proceso.</translation>
    </message>
    <message>
        <source>Could not save, database has not been initialized!</source>
        <translation>No se ha podido guardar, la base de datos no a sido inicializada.</translation>
    </message>
    <message>
        <source>Database file has unmerged changes.</source>
        <translation>El fichero de base de datos tiene modificaciones no combinadas.</translation>
    </message>
    <message>
        <source>%1
Backup database located at %2</source>
        <translation>%1
Respaldo de base de datos ubicado en %2</translation>
    </message>
    <message>
        <source>Key not transformed. This is a bug, please report it to the developers.</source>
        <translation>Clave no transformada. Esto es un defecto, por favor repórtelo a los desarrolladores.</translation>
    </message>
    <message>
        <source>Recycle Bin</source>
        <translation>Papelera</translation>
    </message>
</context>
<context>
    <name>DatabaseOpenDialog</name>
    <message>
        <source>Unlock Database - KeePassXC</source>
        <translation>Desbloquear base de datos - KeePassXC</translation>
    </message>
</context>
<context>
    <name>DatabaseOpenWidget</name>
    <message>
        <source>Unlock KeePassXC Database</source>
        <translation>Desbloquear base de datos KeePassXC</translation>
    </message>
    <message>
        <source>Enter Password:</source>
        <translation>Introducir contraseña:</translation>
    </message>
    <message>
        <source>Password field</source>
        <translation>Campo de contraseña</translation>
    </message>
    <message>
        <source>Enter Additional Credentials (if any):</source>
        <translation>Introducir credenciales adicionales (si hay alguna):</translation>
    </message>
    <message>
        <source>Key File:</source>
        <translation>Fichero clave:</translation>
    </message>
    <message>
        <source>&lt;p&gt;In addition to a password, you can use a secret file to enhance the security of your database. This file can be generated in your database&apos;s security settings.&lt;/p&gt;&lt;p&gt;This is &lt;strong&gt;not&lt;/strong&gt; your *.kdbx database file!&lt;br&gt;If you do not have a key file, leave this field empty.&lt;/p&gt;&lt;p&gt;Click for more information…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Adicionalmente a la contraseña, puede usar un archivo secreto para mejorar la seguridad de su base de datos. Este archivo puede ser generado en su configuración de base de datos.&lt;/p&gt;&lt;p&gt;¡Este &lt;strong&gt;no&lt;/strong&gt; es su archivo de base de datos *.kdbx! &lt;br&gt;Si no tiene un fichero clave, deje este campo vacío.&lt;/p&gt;&lt;p&gt;Haga clic para más información...&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Key file help</source>
        <translation>Ayuda de fichero clave</translation>
    </message>
    <message>
        <source>Hardware key slot selection</source>
        <translation>Selección de ranura de clave hardware</translation>
    </message>
    <message>
        <source>Hardware Key:</source>
        <translation>Clave hardware:</translation>
    </message>
    <message>
        <source>&lt;p&gt;You can use a hardware security key such as a &lt;strong&gt;YubiKey&lt;/strong&gt; or &lt;strong&gt;OnlyKey&lt;/strong&gt; with slots configured for HMAC-SHA1.&lt;/p&gt;
&lt;p&gt;Click for more information…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Puede usar una clave de seguridad por hardware como &lt;strong&gt;YubiKey&lt;/strong&gt; o &lt;strong&gt;OnlyKey&lt;/strong&gt; con ranuras configuradas para HMAC-SHA1.&lt;/p&gt;
&lt;p&gt;Haga clic para más información...&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Hardware key help</source>
        <translation>Ayuda de la clave hardware</translation>
    </message>
    <message>
        <source>Key file to unlock the database</source>
        <translation>Fichero clave para desbloquear la base de datos</translation>
    </message>
    <message>
        <source>Browse for key file</source>
        <translation>Navegar para fichero clave</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <source>Refresh hardware tokens</source>
        <translation>Actualizar clave hardware</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Unlock Database</source>
        <translation>Desbloquear base de datos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Please present or touch your YubiKey to continue…</source>
        <translation>Presente o toque su YubiKey para continuar...</translation>
    </message>
    <message>
        <source>Database Version Mismatch</source>
        <translation>Discordancia en versión de base de datos</translation>
    </message>
    <message>
        <source>The database you are trying to open was most likely
created by a newer version of KeePassXC.

You can try to open it anyway, but it may be incomplete
and saving any changes may incur data loss.

We recommend you update your KeePassXC installation.</source>
        <translation>La base de datos que está intentando abrir seguramente fue
creada por una nueva versión de KeePassXC.

Puede intentar abrirla de todas formas, pero puede estar incompleta y
guardar cualquier cambio puede ocasionar pérdida de datos.

Le recomendamos actualizar su instalación de KeePassXC.</translation>
    </message>
    <message>
        <source>Open database anyway</source>
        <translation>Abrir base de datos de todos modos</translation>
    </message>
    <message>
        <source>Database unlock canceled.</source>
        <translation>Desbloqueo de base de datos cancelado.</translation>
    </message>
    <message>
        <source>Unlock failed and no password given</source>
        <translation>Desbloqueo erróneo y contraseña no proporcionada</translation>
    </message>
    <message>
        <source>Unlocking the database failed and you did not enter a password.
Do you want to retry with an &quot;empty&quot; password instead?

To prevent this error from appearing, you must go to &quot;Database Settings / Security&quot; and reset your password.</source>
        <translation>Desbloqueo de base de datos erróneo y no se introdujo una contraseña.
¿Desea reintentar con una contraseña vacía?

Para prevenir que aparezca este error, debe ir a «Parámetros de base de datos / Seguridad» y restablezca su contraseña.</translation>
    </message>
    <message>
        <source>Retry with empty password</source>
        <translation>Reintentar con contraseña vacía</translation>
    </message>
    <message>
        <source>Failed to open key file: %1</source>
        <translation>Fallo al abrir cerrojo: %1</translation>
    </message>
    <message>
        <source>Old key file format</source>
        <translation>Formato de cerrojo antiguo</translation>
    </message>
    <message>
        <source>You are using an old key file format which KeePassXC may&lt;br&gt;stop supporting in the future.&lt;br&gt;&lt;br&gt;Please consider generating a new key file by going to:&lt;br&gt;&lt;strong&gt;Database &amp;gt; Database Security &amp;gt; Change Key File.&lt;/strong&gt;&lt;br&gt;</source>
        <translation>Está usando un cerrojo con un formato antiguo que KeePassXC puede&lt;br&gt;dejar de mantener en el futuro.&lt;br&gt;&lt;br&gt;Considere generar un cerrojo nuevo yendo a:&lt;br&gt;&lt;strong&gt;Base de Datos &amp;gt; Seguridad de Base de Datos &amp;gt; Cambiar Cerrojo.&lt;/strong&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Don&apos;t show this warning again</source>
        <translation>No mostrar nuevamente esta advertencia</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los ficheros</translation>
    </message>
    <message>
        <source>Key files</source>
        <translation>Cerrojos</translation>
    </message>
    <message>
        <source>Select key file</source>
        <translation>Seleccionar cerrojo</translation>
    </message>
    <message>
        <source>Cannot use database file as key file</source>
        <translation>No se puede usar una base de datos como cerrojo</translation>
    </message>
    <message>
        <source>You cannot use your database file as a key file.
If you do not have a key file, please leave the field empty.</source>
        <translation>No puede usar una base de datos como cerrojo
Si no tiene un cerrojo, deje el campo vacío.</translation>
    </message>
    <message>
        <source>Detecting hardware keys…</source>
        <translation>Detectando claves hardware…</translation>
    </message>
    <message>
        <source>No hardware keys detected</source>
        <translation>Ninguna clave hardware detectada</translation>
    </message>
    <message>
        <source>Select hardware key…</source>
        <translation>Seleccione clave hardware…</translation>
    </message>
    <message>
        <source>authenticate to access the database</source>
        <translation>identifiquese para acceder a la base de datos</translation>
    </message>
    <message>
        <source>Failed to authenticate with Quick Unlock: %1</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>DatabaseSettingWidgetMetaData</name>
    <message>
        <source>Passwords</source>
        <translation>Contraseñas</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsDialog</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Database Credentials</source>
        <translation>Credenciales de base de datos</translation>
    </message>
    <message>
        <source>Encryption Settings</source>
        <translation>Parámetros de cifrado</translation>
    </message>
    <message>
        <source>Browser Integration</source>
        <translation>Integración con navegadores</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetBrowser</name>
    <message>
        <source>KeePassXC-Browser settings</source>
        <translation>Configuraciones del KeePassXC-Browser</translation>
    </message>
    <message>
        <source>Disconnect all browsers</source>
        <translation>Desconectar todos los navegadores</translation>
    </message>
    <message>
        <source>Forget all site-specific settings on entries</source>
        <translation>Olvidar todos los parámetros del sitio específico en los apuntes</translation>
    </message>
    <message>
        <source>Refresh database root group ID</source>
        <translation>Actualizar el ID del grupo raíz de la base de datos</translation>
    </message>
    <message>
        <source>Stored keys</source>
        <translation>Claves almacenadas</translation>
    </message>
    <message>
        <source>Stored browser keys</source>
        <translation>Claves del navegador almacenadas</translation>
    </message>
    <message>
        <source>Remove selected key</source>
        <translation>Eliminar clave seleccionada</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected key?</source>
        <translation>¿Borro la clave seleccionada?</translation>
    </message>
    <message>
        <source>Do you really want to delete the selected key?
This may prevent connection to the browser plugin.</source>
        <translation>¿Desea borrar la clave seleccionada?
Esto puede impedir la conexión con el complemento del navegador.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Enable Browser Integration to access these settings.</source>
        <translation>Activar integración del navegador para acceder a estos parámetros.</translation>
    </message>
    <message>
        <source>Do you really want to disconnect all browsers?
This may prevent connection to the browser plugin.</source>
        <translation>¿Desea desconectar todos los navegadores?
Esto puede impedir la conexión con el complemento de navegador.</translation>
    </message>
    <message>
        <source>KeePassXC: No keys found</source>
        <translation>KeePassXC: No se encontró ninguna clave</translation>
    </message>
    <message>
        <source>No shared encryption keys found in KeePassXC settings.</source>
        <translation>No se encontraron claves de cifrado compartidas en la configuración de KeePassXC.</translation>
    </message>
    <message>
        <source>KeePassXC: Removed keys from database</source>
        <translation>KeePassXC: Las claves se eliminaron de la base de datos</translation>
    </message>
    <message numerus="yes">
        <source>Successfully removed %n encryption key(s) from KeePassXC settings.</source>
        <translation><numerusform>Correctamente borrada %n clave de cifrado de la configuración KeePassXC.</numerusform><numerusform>Correctamente borrada %n claves de cifrado de los parámetros de KeePassXC.</numerusform><numerusform>Correctamente borrada %n claves de cifrado de los parámetros de KeePassXC.</numerusform></translation>
    </message>
    <message>
        <source>Do you really want forget all site-specific settings on every entry?
Permissions to access entries will be revoked.</source>
        <translation>¿Desea olvidar todas las configuraciones específicas del sitio en cada apunte?
Los permisos para acceder a los apunte serán revocados.</translation>
    </message>
    <message>
        <source>Removing stored permissions…</source>
        <translation>Eliminando permisos almacenados…</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abortar</translation>
    </message>
    <message>
        <source>KeePassXC: Removed permissions</source>
        <translation>KeePassXC: permisos eliminados</translation>
    </message>
    <message numerus="yes">
        <source>Successfully removed permissions from %n entry(s).</source>
        <translation><numerusform>Permisos eliminados correctamente desde %n apunte.</numerusform><numerusform>Permisos eliminados correctamente desde %n apuntes.</numerusform><numerusform>Permisos eliminados correctamente desde %n apuntes.</numerusform></translation>
    </message>
    <message>
        <source>KeePassXC: No entry with permissions found!</source>
        <translation>KeePassXC: ¡No se encontró ningún apunte con permisos!</translation>
    </message>
    <message>
        <source>The active database does not contain an entry with permissions.</source>
        <translation>La base de datos activa no contiene un apunte con permisos.</translation>
    </message>
    <message>
        <source>Refresh database ID</source>
        <translation>Actualizar la ID de la base de datos</translation>
    </message>
    <message>
        <source>Do you really want refresh the database ID?
This is only necessary if your database is a copy of another and the browser extension cannot connect.</source>
        <translation>¿Desea actualizar el ID de la base de datos?
Esto solo es necesario si su base de datos es una copia de otra y la extensión del navegador no se puede conectar.</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetDatabaseKey</name>
    <message>
        <source>Add additional protection…</source>
        <translation>Añadir protección adicional…</translation>
    </message>
    <message>
        <source>No password set</source>
        <translation>Ninguna contraseña fijada</translation>
    </message>
    <message>
        <source>WARNING! You have not set a password. Using a database without a password is strongly discouraged!

Are you sure you want to continue without a password?</source>
        <translation>¡ADVERTENCIA! No ha fijado una contraseña. Se desaconseja encarecidamente el uso de una base de datos sin contraseña.

¿Desea continuar sin contraseña?</translation>
    </message>
    <message>
        <source>Continue without password</source>
        <translation>Continuar sin contraseña</translation>
    </message>
    <message>
        <source>No encryption key added</source>
        <translation>Ninguna clave de cifrado agregada</translation>
    </message>
    <message>
        <source>You must add at least one encryption key to secure your database!</source>
        <translation>¡Debe agregar al menos una clave de cifrado para proteger su base de datos!</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Error desconocido</translation>
    </message>
    <message>
        <source>Failed to change database credentials</source>
        <translation>Cambio de credenciales de base de datos errónea</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetEncryption</name>
    <message>
        <source>Decryption Time:</source>
        <translation>Tiempo de descifrado:</translation>
    </message>
    <message>
        <source>Decryption time in seconds</source>
        <translation>Tiempo de descifrado en segundos</translation>
    </message>
    <message>
        <source>Higher values offer more protection, but opening the database will take longer.</source>
        <translation>Los valores más altos ofrecen más protección, pero la apertura de la base de datos llevará más tiempo.</translation>
    </message>
    <message>
        <source>Database format:</source>
        <translation>Formato de base de datos:</translation>
    </message>
    <message>
        <source>Database format</source>
        <translation>Formato de base de datos</translation>
    </message>
    <message>
        <source>Format cannot be changed: Your database uses KDBX 4 features</source>
        <translation>El formato no puede ser cambiado: su base de datos usa características de KDBX 4</translation>
    </message>
    <message>
        <source>Unless you need to open your database with other programs, always use the latest format.</source>
        <translation>A menos que necesite abrir su base de datos con otros programas, siempre usar el último formato.</translation>
    </message>
    <message>
        <source>Encryption Algorithm:</source>
        <translation>Algoritmo de cifrado:</translation>
    </message>
    <message>
        <source>Encryption algorithm</source>
        <translation>Algoritmo de cifrado</translation>
    </message>
    <message>
        <source>AES:  256 Bit   (default)</source>
        <translation>AES: 256-bit  (por defecto)</translation>
    </message>
    <message>
        <source>Twofish:  256 Bit</source>
        <translation>Twofish:  256-bit</translation>
    </message>
    <message>
        <source>Key Derivation Function:</source>
        <translation>Función de derivación de llave:</translation>
    </message>
    <message>
        <source>Key derivation function</source>
        <translation>Función de derivación de llave</translation>
    </message>
    <message>
        <source>Transform rounds:</source>
        <translation>Rondas de transformación:</translation>
    </message>
    <message>
        <source>Transform rounds</source>
        <translation>Rondas de transformación</translation>
    </message>
    <message>
        <source>Memory Usage:</source>
        <translation>Memoria utilizada:</translation>
    </message>
    <message>
        <source>Memory usage</source>
        <translation>Uso de memoria</translation>
    </message>
    <message>
        <source>Parallelism:</source>
        <translation>Paralelismo:</translation>
    </message>
    <message>
        <source>Parallelism</source>
        <translation>Paralelismo</translation>
    </message>
    <message>
        <source>KDBX 4 (recommended)</source>
        <translation>KDBX 4 (recomendado)</translation>
    </message>
    <message>
        <source>KDBX 3</source>
        <translation>KDBX 3</translation>
    </message>
    <message>
        <source>Number of rounds too high</source>
        <comment>Key transformation rounds</comment>
        <translation>Número de rondas demasiado alto</translation>
    </message>
    <message>
        <source>You are using a very high number of key transform rounds with Argon2.

If you keep this number, your database may take hours, days, or even longer to open.</source>
        <translation>Está utilizando un número muy alto de rondas de transformación de clave con Argon2.

Si guarda este número, su base de datos puede llevar horas, días o incluso más tiempo para abrirse.</translation>
    </message>
    <message>
        <source>Understood, keep number</source>
        <translation>Entendido, mantener el número</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Number of rounds too low</source>
        <comment>Key transformation rounds</comment>
        <translation>Número de rondas demasiado bajo</translation>
    </message>
    <message>
        <source>You are using a very low number of key transform rounds with AES-KDF.

If you keep this number, your database will not be protected from brute force attacks.</source>
        <translation>Está utilizando un número muy bajo de rondas de transformación de clave con AES-KDF.

Si mantiene este número, su base de datos no estará protegida de los ataques por fuerza bruta.</translation>
    </message>
    <message>
        <source>KDF unchanged</source>
        <translation>KDF sin cambios</translation>
    </message>
    <message>
        <source>Failed to transform key with new KDF parameters; KDF unchanged.</source>
        <translation>Error al transformar la clave con nuevos parámetros KDF; KDF sin cambios.</translation>
    </message>
    <message numerus="yes">
        <source> MiB</source>
        <comment>Abbreviation for Mebibytes (KDF settings)</comment>
        <translation><numerusform> MiB</numerusform><numerusform> MiB</numerusform><numerusform> MiB</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> thread(s)</source>
        <comment>Threads for parallel execution (KDF settings)</comment>
        <translation><numerusform>hilo</numerusform><numerusform>hilo(s)</numerusform><numerusform>hilos</numerusform></translation>
    </message>
    <message>
        <source>Encryption Settings:</source>
        <translation>Configuración de cifrado:</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Básico</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetFdoSecrets</name>
    <message>
        <source>Exposed Entries</source>
        <translation>Apuntes expuestos</translation>
    </message>
    <message>
        <source>Don&apos;t expose this database</source>
        <translation>No exponer esta base de datos</translation>
    </message>
    <message>
        <source>Expose entries under this group:</source>
        <translation>Exponer los apuntes bajo este grupo:</translation>
    </message>
    <message>
        <source>Enable Secret Service to access these settings.</source>
        <translation>Active el Servicio Secreto para acceder a estos parámetros.</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetGeneral</name>
    <message>
        <source>Database Metadata</source>
        <translation>Metadatos de la Base de Datos</translation>
    </message>
    <message>
        <source>Database name:</source>
        <translation>Nombre de la base de datos:</translation>
    </message>
    <message>
        <source>Database name field</source>
        <translation>Campo nombre de base de datos</translation>
    </message>
    <message>
        <source>Database description:</source>
        <translation>Descripción de la base de datos:</translation>
    </message>
    <message>
        <source>Database description field</source>
        <translation>Campo descripción de base de datos</translation>
    </message>
    <message>
        <source>Default username:</source>
        <translation>Usuario predeterminado:</translation>
    </message>
    <message>
        <source>Default username field</source>
        <translation>Campo usuario predeterminado</translation>
    </message>
    <message>
        <source>History Settings</source>
        <translation>Parámetros del historial</translation>
    </message>
    <message>
        <source>Maximum number of history items per entry</source>
        <translation>Número máximo de elementos de historial por apunte</translation>
    </message>
    <message>
        <source>Maximum size of history per entry</source>
        <translation>Tamaño máximo de historial por apunte</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>Use recycle bin</source>
        <translation>Usar papelera</translation>
    </message>
    <message>
        <source>Additional Database Settings</source>
        <translation>Parámetros adicionales de base de datos</translation>
    </message>
    <message>
        <source>Enable compression (recommended)</source>
        <translation>Activar compresión (recomendado)</translation>
    </message>
    <message>
        <source>Delete Recycle Bin</source>
        <translation>Vaciar papelera de reciclaje</translation>
    </message>
    <message>
        <source>Do you want to delete the current recycle bin and all its contents?
This action is not reversible.</source>
        <translation>¿Desea vaciar el contenido actual de la papelera?
Esta acción no es reversible.</translation>
    </message>
    <message>
        <source> (old)</source>
        <translation>(anterior)</translation>
    </message>
    <message>
        <source>When saving this setting or editing an entry
the oldest history items of an entry will be
removed such that only the specified amount
of entries remain at most.</source>
        <translation>Al guardar esta preferencia o editar una entrada
los elementos más anteriores del historial serán
eliminados de modo que solo se conserve la
cantidad especificada.</translation>
    </message>
    <message>
        <source>Limit the amount of history items per entry to:</source>
        <translation>Limitar la cantidad de elementos de historial por entrada a:</translation>
    </message>
    <message>
        <source>When saving this setting or editing an entry
the oldest history items of an entry will be
removed such that the remaining history items
add up to the specified amount at most.</source>
        <translation>Al guardar esta preferencia o editar un apunte los
elementos más viejos del historial serán eliminados
de modo que los elementos restantes del historial
se añadirán como mucho hasta la cantidad especificada.</translation>
    </message>
    <message>
        <source>Limit the total size of history items per entry to:</source>
        <translation>Limitar el número total de elementos del historial por entrada a:</translation>
    </message>
    <message>
        <source>Move entries to a recycle bin group
instead of deleting them from the database.
Entries deleted from the recycle bin are
removed from the database.</source>
        <translation>Mover apuntes a un grupo de papeleras
en lugar de borrarlos desde la base de
datos.  Los apuntes borrados desde la
papelera son eliminados de la BdD.</translation>
    </message>
    <message>
        <source>Autosave delay since last change</source>
        <translation>Retardo de autoguardado desde úlimo cambio</translation>
    </message>
    <message>
        <source>Autosave delay</source>
        <translation>Retardo de autoguardado</translation>
    </message>
    <message>
        <source>Autosave delay since last change in minutes</source>
        <translation>Retardo de autoguardado desde úlimo cambio en minutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Autosave delay since last change checkbox</source>
        <translation>Retardo de autoguardado desde úlimo cambio de caja de seleección</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetKeeShare</name>
    <message>
        <source>Sharing</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Breadcrumb</source>
        <translation>Migaja</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Last Signer</source>
        <translation>Último firmante</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source> &gt; </source>
        <comment>Breadcrumb separator</comment>
        <translation> &gt; </translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetMaintenance</name>
    <message>
        <source>Manage Custom Icons</source>
        <translation>Gestionar Íconos Personalizados</translation>
    </message>
    <message>
        <source>Delete selected icon(s)</source>
        <translation>Borra ícono(s) seleccionado(s)</translation>
    </message>
    <message>
        <source>Delete all custom icons not in use by any entry or group</source>
        <translation>Borra todos los íconos personalizados que no están en uso por cualquier apunte o grupo</translation>
    </message>
    <message>
        <source>Purge unused icons</source>
        <translation>Purgar íconos no utilizados</translation>
    </message>
    <message>
        <source>Confirm Deletion</source>
        <translation>Confirmar Eliminación</translation>
    </message>
    <message>
        <source>At least one of the selected icons is currently in use by at least one entry or group. The icons of all affected entries and groups will be replaced by the default icon. Are you sure you want to delete icons that are currently in use?</source>
        <translation>Al menos uno de los íconos seleccionados está actualmente en uso por al menos un apunte o grupo.  Los iconos de todos los apuntes y grupos afectados serán reemplazados por el icono predeterminado. ¿Está seguro que desea eliminar los iconos que están actualmente en uso?</translation>
    </message>
    <message>
        <source>Custom Icons Are In Use</source>
        <translation>Iconos Personalizados En Uso</translation>
    </message>
    <message>
        <source>All custom icons are in use by at least one entry or group.</source>
        <translation>Todos los íconos personalizados están en uso por al menos un apunte o grupo.</translation>
    </message>
    <message>
        <source>Purged Unused Icons</source>
        <translation>Iconos Purgados No Utilizados</translation>
    </message>
    <message numerus="yes">
        <source>Purged %n icon(s) from the database.</source>
        <translation><numerusform>Se ha purgado %n icono de la base de datos.</numerusform><numerusform>Purgados %n íconos de la base de datos.</numerusform><numerusform>Se han purgado %n iconos de la base de datos.</numerusform></translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetMetaDataSimple</name>
    <message>
        <source>Database Name:</source>
        <translation>Nombre de la base de datos:</translation>
    </message>
    <message>
        <source>Database name field</source>
        <translation>Campo nombre de base de datos</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Database description field</source>
        <translation>Campo descripción de base de datos</translation>
    </message>
</context>
<context>
    <name>DatabaseTabWidget</name>
    <message>
        <source>Database creation error</source>
        <translation>Creación de la base de datos errónea</translation>
    </message>
    <message>
        <source>The created database has no key or KDF, refusing to save it.
This is definitely a bug, please report it to the developers.</source>
        <translation>La base de datos creada no tiene clave o *.kdf, negándose a guardarla.
Esto es definitivamente un error, por favor infórmeselo a los desarrolladores.</translation>
    </message>
    <message>
        <source>KeePass 2 Database</source>
        <translation>Base de datos de KeePass 2</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los ficheros</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>Failed to open %1. It either does not exist or is not accessible.</source>
        <translation>Error abriendo %1. No existe o no es accesible.</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichero *.csv</translation>
    </message>
    <message>
        <source>Select CSV file</source>
        <translation>Seleccionar fichero *.csv</translation>
    </message>
    <message>
        <source>Merge database</source>
        <translation>Combinar base de datos</translation>
    </message>
    <message>
        <source>KeePass 1 database</source>
        <translation>Base de datos KeePass 1</translation>
    </message>
    <message>
        <source>Open KeePass 1 database</source>
        <translation>Abrir base de datos KeePass 1</translation>
    </message>
    <message>
        <source>Open OPVault</source>
        <translation>Abrir OPVault</translation>
    </message>
    <message>
        <source>Export database to CSV file</source>
        <translation>Exportar base de datos a un fichero CSV</translation>
    </message>
    <message>
        <source>Writing the CSV file failed.</source>
        <translation>Escritura del fichero CSV errónea.</translation>
    </message>
    <message>
        <source>Writing the HTML file failed.</source>
        <translation>Escritura al fichero HTML errónea.</translation>
    </message>
    <message>
        <source>Export database to XML file</source>
        <translation>Exportar base de datos a archivo XML</translation>
    </message>
    <message>
        <source>XML file</source>
        <translation>Archivo *.xml</translation>
    </message>
    <message>
        <source>Writing the XML file failed</source>
        <translation>Escritura de archivo XML ha fallado</translation>
    </message>
    <message>
        <source>Export Confirmation</source>
        <translation>Confirmación de exportación</translation>
    </message>
    <message>
        <source>You are about to export your database to an unencrypted file. This will leave your passwords and sensitive information vulnerable! Are you sure you want to continue?</source>
        <translation>Está a punto de exportar su base de datos a un archivo sin cifrar. Esto dejará vulnerable a sus contraseñas e información sensible. ¿Desea continuar?</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Crear base de datos</translation>
    </message>
    <message>
        <source>%1 [New Database]</source>
        <comment>Database tab name modifier</comment>
        <translation>%1 [Crear base de datos]</translation>
    </message>
    <message>
        <source>%1 [Locked]</source>
        <comment>Database tab name modifier</comment>
        <translation>%1 [Bloqueada]</translation>
    </message>
</context>
<context>
    <name>DatabaseWidget</name>
    <message>
        <source>Searches and Tags</source>
        <translation>Búsquedas y etiquetas</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Shared group…</source>
        <translation>Grupo compartido…</translation>
    </message>
    <message>
        <source>Confirm Auto-Type</source>
        <translation>Confirmar Auto-tecleo</translation>
    </message>
    <message>
        <source>Perform Auto-Type into the previously active window?</source>
        <translation>¿Realizar autoescritura en la ventana previamente activa?</translation>
    </message>
    <message>
        <source>Execute command?</source>
        <translation>¿Ejecutar instrucción?</translation>
    </message>
    <message>
        <source>Do you really want to execute the following command?&lt;br&gt;&lt;br&gt;%1&lt;br&gt;</source>
        <translation>¿Desea ejecutar la siguiente instrucción&lt;br&gt;&lt;br&gt;%1&lt;br&gt;</translation>
    </message>
    <message>
        <source>Remember my choice</source>
        <translation>Recordar mi elección</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Eliminar grupo</translation>
    </message>
    <message>
        <source>Do you really want to delete the group &quot;%1&quot; for good?</source>
        <translation>¿Desea eliminar el grupo «%1» de forma definitiva?</translation>
    </message>
    <message>
        <source>Move group to recycle bin?</source>
        <translation>¿Mover grupo a la papelera de reciclaje?</translation>
    </message>
    <message>
        <source>Do you really want to move the group &quot;%1&quot; to the recycle bin?</source>
        <translation>¿Desea mover el grupo «%1» a la papelera de reciclaje?</translation>
    </message>
    <message>
        <source>Expired entries</source>
        <translation>Apuntes caducados</translation>
    </message>
    <message numerus="yes">
        <source>Entries expiring within %1 day(s)</source>
        <translation><numerusform>Apuntes caducando en %1 día</numerusform><numerusform>Apuntes expirando en %1 días</numerusform><numerusform>Apuntes caducando en %1 días</numerusform></translation>
    </message>
    <message>
        <source>No current database.</source>
        <translation>No hay una base de datos actual.</translation>
    </message>
    <message>
        <source>No source database, nothing to do.</source>
        <translation>No hay una base de datos de origen, nada para hacer.</translation>
    </message>
    <message>
        <source>Successfully merged the database files.</source>
        <translation>Archivos de base de datos combinados correctamente.</translation>
    </message>
    <message>
        <source>Database was not modified by merge operation.</source>
        <translation>La base de datos no fue modificada por la operación de combinación</translation>
    </message>
    <message>
        <source>Search Results (%1)</source>
        <translation>Resultado de búsqueda (%1)</translation>
    </message>
    <message>
        <source>No Results</source>
        <translation>No hay resultados</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Enter a unique name or overwrite an existing search from the list:</source>
        <translation>Introduzca un nombre único o sobrescriba una búsqueda existente de la lista:</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Guardar búsqueda</translation>
    </message>
    <message>
        <source>Lock Database?</source>
        <translation>¿Bloquear la base de datos?</translation>
    </message>
    <message>
        <source>You are editing an entry. Discard changes and lock anyway?</source>
        <translation>Está editando un apunte. ¿Descartar modificaciones y bloquear a pesar de todo?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was modified.
Save changes?</source>
        <translation>«%1» ha sido modificado.
¿Guardar cambios?</translation>
    </message>
    <message>
        <source>Database was modified.
Save changes?</source>
        <translation>Se modificó la base de datos.
¿Desea guardar las modificaciones?</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>¿Guardar modificaciones?</translation>
    </message>
    <message>
        <source>File has changed</source>
        <translation>El archivo ha cambiado</translation>
    </message>
    <message>
        <source>The database file has changed. Do you want to load the changes?</source>
        <translation>El archivo de la base de datos ha cambiado. ¿Desea cargar los cambios?</translation>
    </message>
    <message>
        <source>Merge Request</source>
        <translation>Solicitud de combinación</translation>
    </message>
    <message>
        <source>The database file has changed and you have unsaved changes.
Do you want to merge your changes?</source>
        <translation>El archivo de la base de datos ha cambiado y tiene modificaciones sin guardar. ¿Desea combinar sus modificaciones?</translation>
    </message>
    <message>
        <source>Could not open the new database file while attempting to autoreload.
Error: %1</source>
        <translation>No se pudo abrir el fichero nuevo de base de datos al intentar cargar automáticamente.
Error: %1</translation>
    </message>
    <message>
        <source>Disable safe saves?</source>
        <translation>¿Desactivar almacenajes seguros?</translation>
    </message>
    <message>
        <source>KeePassXC has failed to save the database multiple times. This is likely caused by file sync services holding a lock on the save file.
Disable safe saves and try again?</source>
        <translation>KeePassXC no ha podido guardar la base de datos varias veces. Esto es probablemente causado por los servicios de sincronización de ficheros manteniendo un bloqueo del fichero.
¿Quiere desactivar el almacenaje seguro y volver a intentarlo?</translation>
    </message>
    <message>
        <source>Writing the database failed: %1</source>
        <translation>Fallo al escribir la base de datos: %1</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Contraseñas</translation>
    </message>
    <message>
        <source>Save database as</source>
        <translation>Guardar base de datos como</translation>
    </message>
    <message>
        <source>KeePass 2 Database</source>
        <translation>Base de datos de KeePass 2</translation>
    </message>
    <message>
        <source>Save database backup</source>
        <translation>Guardar respaldo de la base de datos </translation>
    </message>
    <message>
        <source>Empty recycle bin?</source>
        <translation>¿Vaciar papelera?</translation>
    </message>
    <message>
        <source>Are you sure you want to permanently delete everything from your recycle bin?</source>
        <translation>¿Desea eliminar permanentemente todo de su papelera?</translation>
    </message>
    <message>
        <source>Could not find database file: %1</source>
        <translation>No se ha encontrado el archivo de base de datos: %1</translation>
    </message>
</context>
<context>
    <name>EditEntryWidget</name>
    <message>
        <source>Entry</source>
        <translation>Apunte</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Icono</translation>
    </message>
    <message>
        <source>Auto-Type</source>
        <translation>Auto-Tecleo</translation>
    </message>
    <message>
        <source>Browser Integration</source>
        <translation>Integración con navegadores</translation>
    </message>
    <message>
        <source>&lt;empty URL&gt;</source>
        <translation>&lt;empty URL&gt;</translation>
    </message>
    <message>
        <source>Confirm Removal</source>
        <translation>Confirmar Eliminación</translation>
    </message>
    <message>
        <source>Are you sure you want to remove this URL?</source>
        <translation>¿Desea eliminar esta URL?</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>SSH Agent</source>
        <translation>Agente SSH</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>(encrypted)</source>
        <translation>(cifrado)</translation>
    </message>
    <message>
        <source>Select private key</source>
        <translation>Seleccionar la clave privada</translation>
    </message>
    <message>
        <source>Entry history</source>
        <translation>Historial de apuntes</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Añadir apunte</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Editar apunte</translation>
    </message>
    <message>
        <source>Some Browser Integration settings are overridden by group settings.</source>
        <translation>Algunas configuraciones de integración del navegador son sobreescritas por la configuración de grupo.</translation>
    </message>
    <message>
        <source>Invalid Entry</source>
        <translation>Apunte inválido</translation>
    </message>
    <message>
        <source>An external merge operation has invalidated this entry.
Unfortunately, any changes made have been lost.</source>
        <translation>Una operación de combinación externa ha invalidado este apunte.
Desafortunadamente, todos los cambios hechos se han perdido.</translation>
    </message>
    <message>
        <source>Auto-Type Validation Error</source>
        <translation>Error de validación de Autoescritura</translation>
    </message>
    <message>
        <source>An error occurred while validating the custom Auto-Type sequence:
%1
Would you like to correct it?</source>
        <translation>Se produjo un error al validar la secuencia de autoescritura personalizada:
%1
¿Le gustaría corregirlo?</translation>
    </message>
    <message>
        <source>An error occurred while validating the Auto-Type sequence for &quot;%1&quot;:
%2
Would you like to correct it?</source>
        <translation>Se produjo un error al validar la secuencia de autoescritura para &quot;%1&quot;:
%2
¿Le gustaría corregirlo?</translation>
    </message>
    <message>
        <source>Entry updated successfully.</source>
        <translation>Apunte actualizado correctamente.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Hay cambios sin guardar</translation>
    </message>
    <message>
        <source>Would you like to save changes to this entry?</source>
        <translation>¿Desea guardar los cambios en este apunte?</translation>
    </message>
    <message>
        <source>New attribute</source>
        <translation>Nuevo atributo</translation>
    </message>
    <message>
        <source>New attribute %1</source>
        <translation>Nuevo atributo %1</translation>
    </message>
    <message>
        <source>Are you sure you want to remove this attribute?</source>
        <translation>¿Seguro que desea eliminar este atributo?</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Revelar</translation>
    </message>
    <message>
        <source>[PROTECTED] Press Reveal to view or edit</source>
        <translation>[PROTEGIDO] Presiones para revelar para ver o editar</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation><numerusform>%n hora</numerusform><numerusform>%n horas</numerusform><numerusform>%n horas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation><numerusform>%n semana</numerusform><numerusform>%n semanas</numerusform><numerusform>%n semanas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation><numerusform>%n mes</numerusform><numerusform>%n meses</numerusform><numerusform>%n meses</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation><numerusform>%n año</numerusform><numerusform>%n años</numerusform><numerusform>%n años</numerusform></translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetAdvanced</name>
    <message>
        <source>Additional attributes</source>
        <translation>Atributos adicionales</translation>
    </message>
    <message>
        <source>Attribute selection</source>
        <translation>Selección de atributo</translation>
    </message>
    <message>
        <source>Attribute value</source>
        <translation>Valor de atributo</translation>
    </message>
    <message>
        <source>Add a new attribute</source>
        <translation>Añadir un atributo nuevo</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove selected attribute</source>
        <translation>Eliminar atributo seleccionado</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Edit attribute name</source>
        <translation>Editar atributo nombre</translation>
    </message>
    <message>
        <source>Edit Name</source>
        <translation>Editar nombre</translation>
    </message>
    <message>
        <source>Toggle attribute protection</source>
        <translation>Conmutar atributo protección</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>Proteger</translation>
    </message>
    <message>
        <source>Show a protected attribute</source>
        <translation>Mostrar un atributo protegido</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Revelar</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>If checked, the entry will not appear in reports like Health Check and HIBP even if it doesn&apos;t match the quality requirements.</source>
        <translation>Si está marcado, el apunte no aparecerá en informes como Chequeo de Salud y HIBP, incluso si no coincide con los requisitos de calidad.</translation>
    </message>
    <message>
        <source>Exclude from database reports</source>
        <translation>Excluir de los informes de base de datos</translation>
    </message>
    <message>
        <source>Foreground Color:</source>
        <translation>Color de primer plano:</translation>
    </message>
    <message>
        <source>Foreground color selection</source>
        <translation>Selección de color de primer plano</translation>
    </message>
    <message>
        <source>Background Color:</source>
        <translation>Color de fondo:</translation>
    </message>
    <message>
        <source>Background color selection</source>
        <translation>Selección de color de fondo</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetAutoType</name>
    <message>
        <source>Enable Auto-Type for this entry</source>
        <translation>Activar autoescritura para este apunte</translation>
    </message>
    <message>
        <source>Inherit default Auto-Type sequence from the group</source>
        <translation>Heredar secuencia de autoescritura predeterminada del grupo</translation>
    </message>
    <message>
        <source>Use custom Auto-Type sequence:</source>
        <translation>Utilizar secuencia de Auto-Tecleo personalizada:</translation>
    </message>
    <message>
        <source>Custom Auto-Type sequence</source>
        <translation>Secuencia personalizada Auto-Tecleo</translation>
    </message>
    <message>
        <source>Open Auto-Type help webpage</source>
        <translation>Abrir página de ayuda Auto-Tecleo</translation>
    </message>
    <message>
        <source>Window Associations</source>
        <translation>Ventanas asociadas</translation>
    </message>
    <message>
        <source>Existing window associations</source>
        <translation>Asociaciones de ventana existentes</translation>
    </message>
    <message>
        <source>Add new window association</source>
        <translation>Añadir nueva ventana asociada</translation>
    </message>
    <message>
        <source>+</source>
        <comment>Add item</comment>
        <translation>+</translation>
    </message>
    <message>
        <source>Remove selected window association</source>
        <translation>Eliminar ventana asociada</translation>
    </message>
    <message>
        <source>-</source>
        <comment>Remove item</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>Window title:</source>
        <translation>Título de la ventana:</translation>
    </message>
    <message>
        <source>You can use an asterisk (*) to match everything</source>
        <translation>Puede usar un asterisco (*) par coincidir todo.</translation>
    </message>
    <message>
        <source>Set the window association title</source>
        <translation>Fijar título de ventana asociada</translation>
    </message>
    <message>
        <source>You can use an asterisk to match everything</source>
        <translation>Puede usar un asterisco para coincidir todo.</translation>
    </message>
    <message>
        <source>Use a specific sequence for this association:</source>
        <translation>Utilice una secuencia específica para esta asociación:</translation>
    </message>
    <message>
        <source>Custom Auto-Type sequence for this window</source>
        <translation>Secuencia personalizada de Auto-Tecleo para esta ventana</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetBrowser</name>
    <message>
        <source>These settings affect to the entry&apos;s behaviour with the browser extension.</source>
        <translation>Esta configuración afecta al comportamiento de este apunte con la extensión de navegador.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Hide this entry from the browser extension</source>
        <translation>Ocultar este apunte de la extensión de navegador</translation>
    </message>
    <message>
        <source>Skip Auto-Submit for this entry</source>
        <translation>Descartar autoenvío para este apunte</translation>
    </message>
    <message>
        <source>Only send this setting to the browser for HTTP Auth dialogs. If enabled, normal login forms will not show this entry for selection.</source>
        <translation>Solo enviar esta configuración al navegador para los diálogos de autenticación HTTP. Si se habilita, los formularios de autenticación no mostrarán este apunte para su selección.</translation>
    </message>
    <message>
        <source>Use this entry only with HTTP Basic Auth</source>
        <translation>Usar este apunte solo con autenticación básica HTTP</translation>
    </message>
    <message>
        <source>Do not send this setting to the browser for HTTP Auth dialogs. If enabled, HTTP Auth dialogs will not show this entry for selection.</source>
        <translation>No enviar esta configuración al navegador para los diálogos de autenticación HTTP. Si se habilita, los formularios de autenticación no mostrarán este apunte para su selección.</translation>
    </message>
    <message>
        <source>Do not use this entry with HTTP Basic Auth</source>
        <translation>No usar este apunte con autenticación básica HTTP</translation>
    </message>
    <message>
        <source>Additional URL&apos;s</source>
        <translation>URLs adicionales</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetHistory</name>
    <message>
        <source>Entry history selection</source>
        <translation>Selección de apunte del historial</translation>
    </message>
    <message>
        <source>Show entry at selected history state</source>
        <translation>Mostrar apunte en historial seleccionado</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Restore entry to selected history state</source>
        <translation>Restaurar de apunte al estado de historial seleccionado</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Delete selected history state</source>
        <translation>Eliminar el historial seleccionado</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete all history</source>
        <translation>Eliminar todo el historial</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>Eliminar todo</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetMain</name>
    <message>
        <source>Edit Entry</source>
        <translation>Editar apunte</translation>
    </message>
    <message>
        <source>Notes field</source>
        <translation>Campo notas</translation>
    </message>
    <message>
        <source>Username field</source>
        <translation>Campo usuario</translation>
    </message>
    <message>
        <source>Expiration field</source>
        <translation>Campo caducidad</translation>
    </message>
    <message>
        <source>Expiration Presets</source>
        <translation>Caducidad predeterminada</translation>
    </message>
    <message>
        <source>Expiration presets</source>
        <translation>Parámetros de caducidad</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Preselección</translation>
    </message>
    <message>
        <source>Url field</source>
        <translation>Campo URL</translation>
    </message>
    <message>
        <source>Download favicon for URL</source>
        <translation>Descargar icono para la URL</translation>
    </message>
    <message>
        <source>Title field</source>
        <translation>Campo título</translation>
    </message>
    <message>
        <source>Password field</source>
        <translation>Campo contraseña</translation>
    </message>
    <message>
        <source>Toggle expiration</source>
        <translation>Conmutar caducidad</translation>
    </message>
    <message>
        <source>Tags list</source>
        <translation>Lista de etiquetas</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>UR&amp;L:</source>
        <translation>UR&amp;L:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Toggle notes visibility</source>
        <translation>Conmutar visibilidad de notas</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Etiquet&amp;as:</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>&amp;Caducidad:</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetSSHAgent</name>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Remove key from agent when database is closed/locked</source>
        <translation>Quitar clave del agente cuando la base de datos está cerrada/bloqueada</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Add key to agent when database is opened/unlocked</source>
        <translation>Añadir clave al agente cuando la base de datos se abra/desbloquea</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>Descifrar</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Copiar al portapapeles</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clave pública</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clave privada</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Adjunto</translation>
    </message>
    <message>
        <source>External key file</source>
        <translation>Cerrojo externo</translation>
    </message>
    <message>
        <source>Add to agent</source>
        <translation>Añadir a agente</translation>
    </message>
    <message>
        <source>Remove from agent</source>
        <translation>Retirar del agente</translation>
    </message>
    <message>
        <source>External file</source>
        <translation>Archivo externo</translation>
    </message>
    <message>
        <source>Browser for key file</source>
        <translation>Buscar cerrojo</translation>
    </message>
    <message>
        <source>Browse…</source>
        <extracomment>Button for opening file dialog</extracomment>
        <translation>Examinar...</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <source>Select attachment file</source>
        <translation>Seleccionar archivo adjunto</translation>
    </message>
    <message>
        <source>Require user confirmation when this key is used</source>
        <translation>Requiere confirmación del usuario cuando se usa esta clave</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Remove key from agent after</source>
        <translation>Quitar clave del agente tras</translation>
    </message>
    <message>
        <source>Remove key from agent after specified seconds</source>
        <translation>Quitar clave del agente tras los segundos especificados</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
</context>
<context>
    <name>EditGroupWidget</name>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Icono</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Añadir grupo</translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation>Editar grupo</translation>
    </message>
    <message>
        <source>Group has unsaved changes</source>
        <translation>El grupo tiene cambios no guardados</translation>
    </message>
    <message>
        <source>Browser Integration</source>
        <translation>Integración con navegadores</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Inherit from parent group (%1)</source>
        <translation>Heredar del grupo anterior (%1)</translation>
    </message>
</context>
<context>
    <name>EditGroupWidgetBrowser</name>
    <message>
        <source>These settings affect to the group&apos;s behaviour with the browser extension.</source>
        <translation>Estas configuraciones afectan al comportamiento del grupo con la extensión del navegador.</translation>
    </message>
    <message>
        <source>Hide entries from browser extension:</source>
        <translation>Ocultar los apuntes de la extensión del navegador:</translation>
    </message>
    <message>
        <source>Hide entries from browser extension toggle for this and sub groups</source>
        <translation>Interruptor para ocultar apuntes de la extensión del navegador para éste y los subgrupos</translation>
    </message>
    <message>
        <source>Skip Auto-Submit for entries:</source>
        <translation>Omitir Autoenviar para los apuntes:</translation>
    </message>
    <message>
        <source>Skip Auto-Submit toggle for this and sub groups</source>
        <translation>Interruptor para omitir Autoenviar para éste y los subgrupos</translation>
    </message>
    <message>
        <source>Use entries only with HTTP Basic Auth:</source>
        <translation>Usar los apuntes solo con Autenticación Básica HTTP:</translation>
    </message>
    <message>
        <source>Only HTTP Auth toggle for this and sub groups</source>
        <translation>Interruptor para solo Autenticación HTTP para éste y los subgrupos:</translation>
    </message>
    <message>
        <source>Do not use entries with HTTP Basic Auth:</source>
        <translation>No usar los apuntes con Autenticación Básica HTTP:</translation>
    </message>
    <message>
        <source>Do not use HTTP Auth toggle for this and sub groups</source>
        <translation>Interruptor para no usar Autenticación HTTP para éste y los subgrupos</translation>
    </message>
    <message>
        <source>Omit WWW subdomain from matching:</source>
        <translation>Omitir el dominio www de la coincidencia:</translation>
    </message>
    <message>
        <source>Omit WWW subdomain from matching toggle for this and sub groups</source>
        <translation>Omitir el dominio www de la coincidencia conmutar para este y los subgrupos</translation>
    </message>
</context>
<context>
    <name>EditGroupWidgetKeeShare</name>
    <message>
        <source>Sharing mode field</source>
        <translation>Campo modo compartido</translation>
    </message>
    <message>
        <source>Password field</source>
        <translation>Campo de contraseña</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Ruta:</translation>
    </message>
    <message>
        <source>Path to share file field</source>
        <translation>Ruta para campo de archivo compartido</translation>
    </message>
    <message>
        <source>Browse for share file</source>
        <translation>Explorar para compartir archivo</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <source>Clear fields</source>
        <translation>Vaciar campos</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Synchronize</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>Your KeePassXC version does not support sharing this container type.
Supported extensions are: %1.</source>
        <translation>Su versión de KeePassXC no mantiene este tipo de contenedor de compartición.
Las extensiones mantenidas son: %1.</translation>
    </message>
    <message>
        <source>%1 is already being exported by this database.</source>
        <translation>%1 ya está siendo exportada por esta base de datos.</translation>
    </message>
    <message>
        <source>%1 is already being imported by this database.</source>
        <translation>%1 ya está siendo importada por esta base de datos.</translation>
    </message>
    <message>
        <source>%1 is being imported and exported by different groups in this database.</source>
        <translation>%1 ya está siendo importada y exportada por diferentes grupos en esta base de datos.</translation>
    </message>
    <message>
        <source>KeeShare is currently disabled. You can enable import/export in the application settings.</source>
        <comment>KeeShare is a proper noun</comment>
        <translation>KeeShare actualmente está desactivada. Puede activar importar/exportar en la configuración de aplicación</translation>
    </message>
    <message>
        <source>Database export is currently disabled by application settings.</source>
        <translation>La exportación de la base de datos actualmente está desactivada en la configuración de aplicación.</translation>
    </message>
    <message>
        <source>Database import is currently disabled by application settings.</source>
        <translation>La importación de base de datos actualmente está desactivada por la configuración de aplicación</translation>
    </message>
    <message>
        <source>KeeShare container</source>
        <translation>Contenedor KeeShare</translation>
    </message>
    <message>
        <source>KeeShare signed container</source>
        <translation>Contenedor KeeShare firmado</translation>
    </message>
    <message>
        <source>Select import source</source>
        <translation>Seleccione el origen de la importación</translation>
    </message>
    <message>
        <source>Select export target</source>
        <translation>Seleccionar el destino de la exportación</translation>
    </message>
    <message>
        <source>Select import/export file</source>
        <translation>Seleccione el archivo de importación/exportación</translation>
    </message>
</context>
<context>
    <name>EditGroupWidgetMain</name>
    <message>
        <source>Edit Group</source>
        <translation>Editar grupo</translation>
    </message>
    <message>
        <source>Toggle expiration</source>
        <translation>Conmutar caducidad</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Caducidad:</translation>
    </message>
    <message>
        <source>Name field</source>
        <translation>Campo nombre</translation>
    </message>
    <message>
        <source>Expiration field</source>
        <translation>Campo caducidad</translation>
    </message>
    <message>
        <source>Use default Auto-Type sequence of parent group</source>
        <translation>Emplear secuencia de Auto-Tecleo por defecto del grupo antecesor</translation>
    </message>
    <message>
        <source>Auto-Type:</source>
        <translation>Auto-Tecleo:</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>Auto-Type toggle for this and sub groups</source>
        <translation>Conmutar Auto-Tecleo para éste y subgrupos</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Default auto-type sequence field</source>
        <translation>Campo por defecto de secuencia de Auto-Tecleo</translation>
    </message>
    <message>
        <source>Notes field</source>
        <translation>Campo notas</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Set default Auto-Type sequence</source>
        <translation>Fijar secuencia de Auto-Tecleo por defecto</translation>
    </message>
    <message>
        <source>Search toggle for this and sub groups</source>
        <translation>Conmutar búsqueda para éste y subgrupos</translation>
    </message>
</context>
<context>
    <name>EditWidgetIcons</name>
    <message>
        <source>Use default icon</source>
        <translation>Usar icono por defecto</translation>
    </message>
    <message>
        <source>Use custom icon</source>
        <translation>Usar icono personalizado</translation>
    </message>
    <message>
        <source>Choose icon…</source>
        <translation>Elegir ícono...</translation>
    </message>
    <message>
        <source>Set the URL to use to search for a favicon</source>
        <translation>Fije la URL a usar para buscar un ícono</translation>
    </message>
    <message>
        <source>Favicon URL</source>
        <translation>URL de Favicon</translation>
    </message>
    <message>
        <source>Download favicon for URL</source>
        <translation>Descargar favicon para la URL</translation>
    </message>
    <message>
        <source>Download favicon</source>
        <translation>Descargar favicon</translation>
    </message>
    <message>
        <source>Apply selected icon to subgroups and entries</source>
        <translation>Aplicar icono seleccionado a subgrupos y apuntes</translation>
    </message>
    <message>
        <source>Apply icon to…</source>
        <translation>Aplicar ícono a...</translation>
    </message>
    <message>
        <source>Apply to this group only</source>
        <translation>Aplicar solo a este grupo</translation>
    </message>
    <message>
        <source>Also apply to child groups</source>
        <translation>Aplicar a los grupos herederos</translation>
    </message>
    <message>
        <source>Also apply to child entries</source>
        <translation>Aplicar también a los apuntes heredados</translation>
    </message>
    <message>
        <source>Also apply to all children</source>
        <translation>Aplicar a todos los herederos</translation>
    </message>
    <message>
        <source>Unable to fetch favicon.</source>
        <translation>No se pudo descargar el favicon.</translation>
    </message>
    <message>
        <source>You can enable the DuckDuckGo website icon service under Tools -&gt; Settings -&gt; Security</source>
        <translation>Puede habilitar el servicio de icono del sitio web DuckDuckGo bajo «Herramientas → Configuración → Seguridad»</translation>
    </message>
    <message>
        <source>Existing icon selected.</source>
        <translation>Icono existente seleccionado.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los ficheros</translation>
    </message>
    <message>
        <source>Select Image(s)</source>
        <translation>Seleccionar imagen(es)</translation>
    </message>
    <message numerus="yes">
        <source>Successfully loaded %1 of %n icon(s)</source>
        <translation><numerusform>Cargado %1 de %n icono correctamente</numerusform><numerusform>Cargado %1 de %n iconos correctamente</numerusform><numerusform>Cargado %1 de %n iconos correctamente</numerusform></translation>
    </message>
    <message>
        <source>No icons were loaded</source>
        <translation>No se cargaron los iconos</translation>
    </message>
    <message numerus="yes">
        <source>%n icon(s) already exist in the database</source>
        <translation><numerusform>Ya existe %n icono en la base de datos</numerusform><numerusform>%n iconos ya existen en la base de datos</numerusform><numerusform>Ya existen %n iconos en la base de datos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The following icon(s) failed:</source>
        <translation><numerusform>El siguiente icono falló:</numerusform><numerusform>Los siguientes iconos fallaron:</numerusform><numerusform>Los siguientes iconos fallaron:</numerusform></translation>
    </message>
</context>
<context>
    <name>EditWidgetProperties</name>
    <message>
        <source>Created:</source>
        <translation>Creado:</translation>
    </message>
    <message>
        <source>Datetime created</source>
        <translation>Fecha de creación</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>Modificado:</translation>
    </message>
    <message>
        <source>Datetime modified</source>
        <translation>Fecha de modificación</translation>
    </message>
    <message>
        <source>Accessed:</source>
        <translation>Accedido:</translation>
    </message>
    <message>
        <source>Datetime accessed</source>
        <translation>Fecha de acceso</translation>
    </message>
    <message>
        <source>Uuid:</source>
        <translation>UUID:</translation>
    </message>
    <message>
        <source>Unique ID</source>
        <translation>ID único</translation>
    </message>
    <message>
        <source>Plugin Data</source>
        <translation>Datos del complemento</translation>
    </message>
    <message>
        <source>Plugin data</source>
        <translation>Datos del complemento</translation>
    </message>
    <message>
        <source>Remove selected plugin data</source>
        <translation>Quitar complemento de datos seleccionados</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Delete plugin data?</source>
        <translation>¿Borro los datos del complemento?</translation>
    </message>
    <message>
        <source>Do you really want to delete the selected plugin data?
This may cause the affected plugins to malfunction.</source>
        <translation>¿Desea borrar los datos del complemento seleccionado?
Esto puede causar un mal funcionamiento de los complementos afectados.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>%1 - Clone</source>
        <translation>%1 - Clonado</translation>
    </message>
</context>
<context>
    <name>EntryAttachments</name>
    <message>
        <source>Cannot open file &quot;%1&quot;</source>
        <translation>No se puede abrir el archivo «%1»</translation>
    </message>
</context>
<context>
    <name>EntryAttachmentsModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
</context>
<context>
    <name>EntryAttachmentsWidget</name>
    <message>
        <source>Form</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Add new attachment</source>
        <translation>Añadir nuevo adjunto</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove selected attachment</source>
        <translation>Quitar adjunto seleccionado</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Rename selected attachment</source>
        <translation>Renombrar adjunto seleccionado</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Open selected attachment</source>
        <translation>Abrir adjunto seleccionado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save selected attachment to disk</source>
        <translation>Guardar adjunto seleccionado a disco</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Select files</source>
        <translation>Seleccionar archivos</translation>
    </message>
    <message>
        <source>Confirm remove</source>
        <translation>Confirmar quitar</translation>
    </message>
    <message numerus="yes">
        <source>Are you sure you want to remove %n attachment(s)?</source>
        <translation><numerusform>¿Desea eliminar %n dato adjunto?</numerusform><numerusform>¿Desea eliminar %n datos adjuntos?</numerusform><numerusform>¿Desea quitar %n datos adjuntos?</numerusform></translation>
    </message>
    <message>
        <source>Save attachments</source>
        <translation>Guardar adjuntos</translation>
    </message>
    <message>
        <source>Unable to create directory:
%1</source>
        <translation>No se puede crear directorio:
%1</translation>
    </message>
    <message>
        <source>Are you sure you want to overwrite the existing file &quot;%1&quot; with the attachment?</source>
        <translation>¿Desea sobrescribir el archivo existente «%1» con el adjunto?</translation>
    </message>
    <message>
        <source>Confirm overwrite</source>
        <translation>Confirmar sobreescritura</translation>
    </message>
    <message>
        <source>Unable to save attachments:
%1</source>
        <translation>No se pueden guardar los adjuntos:
%1</translation>
    </message>
    <message>
        <source>Unable to open attachment:
%1</source>
        <translation>No se puede abrir el adjunto:
%1</translation>
    </message>
    <message>
        <source>Unable to open attachments:
%1</source>
        <translation>No se pueden abrir los datos adjuntos:
%1</translation>
    </message>
    <message numerus="yes">
        <source>Unable to open file(s):
%1</source>
        <translation><numerusform>No se puede abrir el fichero:
%1</numerusform><numerusform>No se pueden abrir los ficheros:
%1</numerusform><numerusform>No se pueden abrir los ficheros:
%1</numerusform></translation>
    </message>
    <message>
        <source>Confirm Overwrite Attachment</source>
        <translation>Confirmar Sobrescribir adjunto</translation>
    </message>
    <message>
        <source>Attachment &quot;%1&quot; already exists. 
Would you like to overwrite the existing attachment?</source>
        <translation>El adjunto «%1» ya existe.
¿Desea sobrescribir el adjunto existente?</translation>
    </message>
    <message>
        <source>Confirm Attachment</source>
        <translation>Confirmar adjunto</translation>
    </message>
    <message>
        <source>%1 is a big file (%2 MB).
Your database may get very large and reduce performance.

Are you sure to add this file?</source>
        <translation>%1 es un fichero grande (%2 MB).
Su base de datos puede volverse muy grande y reducir el rendimiento.

¿Está seguro de añadir este fichero?</translation>
    </message>
    <message>
        <source>Attachment modified</source>
        <translation>Adjunto modificado</translation>
    </message>
    <message>
        <source>The attachment '%1' was modified.
Do you want to save the changes to your database?</source>
        <translation>El adjunto «%1» ha sido modificado.
¿Desea guardar los cambios en su base de datos?</translation>
    </message>
    <message>
        <source>Saving attachment failed</source>
        <translation>Guardado del adjunto erróneo</translation>
    </message>
    <message>
        <source>Saving updated attachment failed.
Error: %1</source>
        <translation>Guardado del adjunto erróneo
Error: %1</translation>
    </message>
</context>
<context>
    <name>EntryAttributesModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>EntryHistoryModel</name>
    <message>
        <source>Current (%1)</source>
        <translation>Actual (%1)</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Custom Attributes</source>
        <translation>Atributos Personalizados</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Icono</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation>TOTP</translation>
    </message>
    <message>
        <source>Custom Data</source>
        <translation>Datos Personalizados</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Auto-Type</source>
        <translation>Auto-Tecleo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <source>Ref: </source>
        <comment>Reference abbreviation</comment>
        <translation>Ref:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>Accedido</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <source>Entry title</source>
        <translation>Título del apunte</translation>
    </message>
    <message>
        <source>Password Strength</source>
        <translation>Fortaleza de Contraseña</translation>
    </message>
    <message>
        <source>Entry notes</source>
        <translation>Notas del apunte</translation>
    </message>
    <message>
        <source>Entry expires at</source>
        <translation>Apunte caduca el</translation>
    </message>
    <message>
        <source>Creation date</source>
        <translation>Fecha de creación</translation>
    </message>
    <message>
        <source>Last modification date</source>
        <translation>Fecha de la última modificación</translation>
    </message>
    <message>
        <source>Last access date</source>
        <translation>Fecha del último acceso</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Entry size</source>
        <translation>Tamaño del apunte</translation>
    </message>
    <message>
        <source>Has attachments</source>
        <translation>Tiene archivos adjuntos</translation>
    </message>
    <message>
        <source>Has TOTP</source>
        <translation>Tiene TOTP</translation>
    </message>
    <message>
        <source>Background Color</source>
        <translation>Color del fondo</translation>
    </message>
</context>
<context>
    <name>EntryPreviewWidget</name>
    <message>
        <source>Display current TOTP value</source>
        <translation>Mostrar valor actual TOTP</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tags list</source>
        <translation>Lista de etiquetas</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Atributos</translation>
    </message>
    <message>
        <source>Autotype</source>
        <translation>Autoescritura</translation>
    </message>
    <message>
        <source>Default Sequence</source>
        <translation>Secuencia por defecto</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Secuencia</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Double click to copy value</source>
        <translation>Doble clic para copiar valor</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Double click to copy to clipboard</source>
        <translation>Doble clic para copiar el portapapeles</translation>
    </message>
</context>
<context>
    <name>EntryURLModel</name>
    <message>
        <source>Invalid URL</source>
        <translation>URL inválida</translation>
    </message>
    <message>
        <source>Duplicate URL</source>
        <translation>Duplicar URL</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <source>Fit to window</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <source>Fit to contents</source>
        <translation>Ajustar al contenido</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Restablecer ajustes por defecto</translation>
    </message>
    <message numerus="yes">
        <source>+ %1 entry(s)...</source>
        <translation><numerusform>+ %1 apunte...</numerusform><numerusform>+ %1 apuntes...</numerusform><numerusform>+ %1 apuntes...</numerusform></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export options</source>
        <translation>Opciones de exportación</translation>
    </message>
    <message>
        <source>Sort entries by...</source>
        <translation>Ordenar apuntes por...</translation>
    </message>
    <message>
        <source>You are about to export your database to an unencrypted file.
This will leave your passwords and sensitive information vulnerable!
</source>
        <translation>Está a punto de exportar su base de datos a un archivo no cifrado.
¡Esto dejará sus contraseñas e información sensible vulnerable!
</translation>
    </message>
    <message>
        <source>database order</source>
        <translation>ordenación de base de datos</translation>
    </message>
    <message>
        <source>name (ascending)</source>
        <translation>nombre (ascendente)</translation>
    </message>
    <message>
        <source>name (descending)</source>
        <translation>nombre (descendente)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Export database to HTML file</source>
        <translation>Exportar base de datos a archivo HTML</translation>
    </message>
    <message>
        <source>HTML file</source>
        <translation>Archivo HTML</translation>
    </message>
</context>
<context>
    <name>FdoSecrets::DBusMgr</name>
    <message>
        <source>Failed to deliver message</source>
        <translation>Error al entregar el mensaje</translation>
    </message>
    <message>
        <source>Failed to send reply on DBus</source>
        <translation>No se pudo enviar la respuesta en el DBus</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>Unknown PID</comment>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>Unknown executable path</comment>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>&lt;i&gt;PID: %1, Executable: %2&lt;/i&gt;</source>
        <comment>&lt;i&gt;PID: 1234, Executable: /path/to/exe&lt;/i&gt;</comment>
        <translation>&lt;i&gt;PID: %1, ejecutable: %2&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Another secret service is running (%1).&lt;br/&gt;Please stop/remove it before re-enabling the Secret Service Integration.</source>
        <translation>Otro servicio de secretos está en ejecución (%1). &lt;br/&gt; Deténgalo o retírelo antes de reactivar la Integración del Servicio Secreto. </translation>
    </message>
    <message>
        <source>Failed to register DBus service at %1.&lt;br/&gt;</source>
        <translation>Falló al registrar el servicio DBus en %1.&lt;br/&gt;</translation>
    </message>
    <message>
        <source>Failed to register service on DBus at path &apos;%1&apos;</source>
        <translation>Falló al registrar el servicio en DBUS en la ruta &apos;%1 &apos;</translation>
    </message>
    <message>
        <source>Failed to register database on DBus under the name &apos;%1&apos;</source>
        <translation>Falló al registrar base de datos en DBus con el nombre «%1»</translation>
    </message>
    <message>
        <source>Failed to register session on DBus at path &apos;%1&apos;</source>
        <translation>Falló al registrar la sesión en DBus con la ruta «%1».</translation>
    </message>
    <message>
        <source>Failed to register item on DBus at path &apos;%1&apos;</source>
        <translation>Falló al registrar elemento en DBus con la ruta «%1»</translation>
    </message>
    <message>
        <source>Failed to register prompt object on DBus at path &apos;%1&apos;</source>
        <translation>Falló al registrar objeto de solicitud en DBUs en la ruta &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>FdoSecrets::Item</name>
    <message>
        <source>Entry &quot;%1&quot; from database &quot;%2&quot; was used by %3</source>
        <translation>Apunte «%1» de la base de datos «%2» fue usado por %3</translation>
    </message>
</context>
<context>
    <name>FdoSecrets::Service</name>
    <message numerus="yes">
        <source>%n Entry(s) was used by %1</source>
        <comment>%1 is the name of an application</comment>
        <translation><numerusform>%n apunte es utilizado por %1</numerusform><numerusform>%n apuntes es usado por %1</numerusform><numerusform>%n apuntes son utilizados %1</numerusform></translation>
    </message>
</context>
<context>
    <name>FdoSecrets::SettingsClientModel</name>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Non-existing/inaccessible executable path. Please double-check the client is legit.</source>
        <translation>Ruta del ejecutable no existe/inaccesible. Compruebe que el cliente es legítimo.</translation>
    </message>
</context>
<context>
    <name>FdoSecrets::SettingsDatabaseModel</name>
    <message>
        <source>Unlock to show</source>
        <translation>Desbloquear para mostrar</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
</context>
<context>
    <name>FdoSecrets::UnlockPrompt</name>
    <message>
        <source>%1 (PID: %2)</source>
        <translation>%1 (PID: %2)</translation>
    </message>
</context>
<context>
    <name>FdoSecretsPlugin</name>
    <message>
        <source>&lt;b&gt;Fdo Secret Service:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Servicio de secretos Fido:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>[empty]</source>
        <comment>group has no children</comment>
        <translation>[vacío]</translation>
    </message>
    <message>
        <source>%1 - Clone</source>
        <translation>%1 - Clonado</translation>
    </message>
</context>
<context>
    <name>HibpDownloader</name>
    <message>
        <source>Online password validation failed</source>
        <translation>La validación en línea de contraseña ha fallado</translation>
    </message>
</context>
<context>
    <name>IconDownloaderDialog</name>
    <message>
        <source>Download Favicons</source>
        <translation>Descargar iconos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Having trouble downloading icons?
You can enable the DuckDuckGo website icon service in the security section of the application settings.</source>
        <translation>¿Problemas al descargar iconos?
Puede habilitar el servicio de iconos del sitio web DuckDuckGo en la sección seguridad de la configuración de la aplicación.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Please wait, processing entry list…</source>
        <translation>Espere, procesando listado de apunte…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Descargando...</translation>
    </message>
    <message>
        <source>Ok</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Already Exists</source>
        <translation>Ya existe</translation>
    </message>
    <message>
        <source>Download Failed</source>
        <translation>Descarga fallida</translation>
    </message>
    <message>
        <source>Downloading favicons (%1/%2)…</source>
        <translation>Descargando íconos (%1%2)...</translation>
    </message>
</context>
<context>
    <name>KMessageWidget</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar mensaje</translation>
    </message>
</context>
<context>
    <name>Kdbx3Reader</name>
    <message>
        <source>Missing database headers</source>
        <translation>Faltan cabeceras de base de datos</translation>
    </message>
    <message>
        <source>Unable to calculate database key</source>
        <translation>No se puede calcular la clave de la base de datos</translation>
    </message>
    <message>
        <source>Unable to issue challenge-response: %1</source>
        <translation>No se puede emitir reto-respuesta: %1</translation>
    </message>
    <message>
        <source>Invalid credentials were provided, please try again.
If this reoccurs, then your database file may be corrupt.</source>
        <translation>Se han proporcionado credenciales inválidas, inténtelo de nuevo.
Si ocurre nuevamente entonces su archivo de base de datos puede estar corrupto.</translation>
    </message>
    <message>
        <source>Header doesn&apos;t match hash</source>
        <translation>La cabecera no coincide con el hash</translation>
    </message>
    <message>
        <source>Invalid header id size</source>
        <translation>Tamaño id de la cabecera inválido</translation>
    </message>
    <message>
        <source>Invalid header field length: field %1</source>
        <translation>Longitud de campo de cabecera no válido %1</translation>
    </message>
    <message>
        <source>Invalid header data length: field %1, %2 expected, %3 found</source>
        <translation>Longitud de campo de cabecera no válido: campo %1, %2 esperado, %3 encontrado</translation>
    </message>
</context>
<context>
    <name>Kdbx3Writer</name>
    <message>
        <source>Invalid symmetric cipher IV size.</source>
        <comment>IV = Initialization Vector for symmetric cipher</comment>
        <translation>Tamaño de cifrado simétrico IV inválido</translation>
    </message>
    <message>
        <source>Unable to issue challenge-response: %1</source>
        <translation>No se puede emitir reto-respuesta: %1</translation>
    </message>
    <message>
        <source>Unable to calculate database key</source>
        <translation>No se puede calcular la clave de la base de datos</translation>
    </message>
</context>
<context>
    <name>Kdbx4Reader</name>
    <message>
        <source>missing database headers</source>
        <translation>faltan las cabeceras de la base de datos</translation>
    </message>
    <message>
        <source>Unable to calculate database key: %1</source>
        <translation>No se puede calcular la clave de la base de datos: %1</translation>
    </message>
    <message>
        <source>Invalid header checksum size</source>
        <translation>Suma de verificación incorrecta de la cabecera</translation>
    </message>
    <message>
        <source>Header SHA256 mismatch</source>
        <translation>Cabecera SHA256 diferente</translation>
    </message>
    <message>
        <source>Invalid credentials were provided, please try again.
If this reoccurs, then your database file may be corrupt.</source>
        <translation>Se han proporcionado credenciales inválidas, inténtelo de nuevo.
Si ocurre nuevamente entonces su archivo de base de datos puede estar corrupto.</translation>
    </message>
    <message>
        <source>(HMAC mismatch)</source>
        <translation>(HMAC no coincidente)</translation>
    </message>
    <message>
        <source>Unknown cipher</source>
        <translation>Algoritmo de cifrado desconocido</translation>
    </message>
    <message>
        <source>Invalid header id size</source>
        <translation>Tamaño id de la cabecera inválido</translation>
    </message>
    <message>
        <source>Invalid header field length: field %1</source>
        <translation>Longitud de campo de cabecera inválido %1</translation>
    </message>
    <message>
        <source>Invalid header data length: field %1, %2 expected, %3 found</source>
        <translation>Longitud de campo de cabecera inválido: campo %1, %2 experado, %3 encontrado</translation>
    </message>
    <message>
        <source>Failed to open buffer for KDF parameters in header</source>
        <translation>Error al abrir el búfer para los parámetros KDF en la cabecera</translation>
    </message>
    <message>
        <source>Unsupported key derivation function (KDF) or invalid parameters</source>
        <translation>Función de derivación de clave no admitida (KDF) o parámetros no válidos</translation>
    </message>
    <message>
        <source>Legacy header fields found in KDBX4 file.</source>
        <translation>Los campos heredados de la cabecera  se encuentran en el fichero KDBX4.</translation>
    </message>
    <message>
        <source>Invalid inner header id size</source>
        <translation>Tamaño id de la cabecera interna inválido</translation>
    </message>
    <message>
        <source>Invalid inner header field length: field %1</source>
        <translation>Longitud de campo de cabecera interrna inválida: campo %1</translation>
    </message>
    <message>
        <source>Invalid inner header data length: field %1, %2 expected, %3 found</source>
        <translation>Longitud de campo de cabecera interrna inválida: campo %1, experado %2, encontrado %3 </translation>
    </message>
    <message>
        <source>Invalid inner header binary size</source>
        <translation>Tamaño binario de la cabecera interna inválido</translation>
    </message>
    <message>
        <source>Unsupported KeePass variant map version.</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>Versión de asociación de variante de KeePass no admitida.</translation>
    </message>
    <message>
        <source>Invalid variant map entry name length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>Longitud del nombre del apunte de asociación variante no válida</translation>
    </message>
    <message>
        <source>Invalid variant map entry name data</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>Datos del nombre del apunte asociado variante no válido</translation>
    </message>
    <message>
        <source>Invalid variant map entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>Longitud del valor del apunte asociado variante no válido</translation>
    </message>
    <message>
        <source>Invalid variant map entry value data</source>
        <extracomment>Translation comment: variant map = data structure for storing meta data</extracomment>
        <translation>Datos del valor de apunte asociado variante no válido</translation>
    </message>
    <message>
        <source>Invalid variant map Bool entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>Longitud del valor del apunte asociado booleano de variante no válida</translation>
    </message>
    <message>
        <source>Invalid variant map Int32 entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>Longitud del valor del apunte asociado Int32 de variante no válida</translation>
    </message>
    <message>
        <source>Invalid variant map UInt32 entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>Longitud del valor del apunte asociado UInt32 de variante no válida</translation>
    </message>
    <message>
        <source>Invalid variant map Int64 entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>Longitud del valor del apunte asociado Int64 de variante no válida</translation>
    </message>
    <message>
        <source>Invalid variant map UInt64 entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>Longitud del valor de la entrada asociado UInt64 de variante no válida</translation>
    </message>
    <message>
        <source>Invalid variant map entry type</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>Tipo de apunte asociado variante no válido</translation>
    </message>
    <message>
        <source>Invalid variant map field type size</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>Tamaño de tipo de campo asociado variante no válido</translation>
    </message>
</context>
<context>
    <name>Kdbx4Writer</name>
    <message>
        <source>Invalid symmetric cipher algorithm.</source>
        <translation>Algoritmo de cifrado simétrico no válido.</translation>
    </message>
    <message>
        <source>Invalid symmetric cipher IV size.</source>
        <comment>IV = Initialization Vector for symmetric cipher</comment>
        <translation>Tamaño de cifrado simétrico IV no válido</translation>
    </message>
    <message>
        <source>Unable to calculate database key: %1</source>
        <translation>No se puede calcular la clave de la base de datos: %1</translation>
    </message>
    <message>
        <source>Failed to serialize KDF parameters variant map</source>
        <extracomment>Translation comment: variant map = data structure for storing meta data</extracomment>
        <translation>Ha fallado al serializar parámetros KDF en variante asociada</translation>
    </message>
</context>
<context>
    <name>KdbxReader</name>
    <message>
        <source>Invalid cipher uuid length: %1 (length=%2)</source>
        <translation>Longitud de UUID de cifrado no válida: %1 (longitud=%2)</translation>
    </message>
    <message>
        <source>Unable to parse UUID: %1</source>
        <translation>No se puede analizar UUID: %1</translation>
    </message>
    <message>
        <source>Unsupported cipher</source>
        <translation>Cifrado no compatible</translation>
    </message>
    <message>
        <source>Invalid compression flags length</source>
        <translation>Tamaño opcional de compresión inválido</translation>
    </message>
    <message>
        <source>Unsupported compression algorithm</source>
        <translation>Algoritmo de compresión no admitido</translation>
    </message>
    <message>
        <source>Invalid master seed size</source>
        <translation>Tamaño inválido de semilla maestra</translation>
    </message>
    <message>
        <source>Invalid transform seed size</source>
        <translation>Tamaño inválido de semilla de transformación</translation>
    </message>
    <message>
        <source>Invalid transform rounds size</source>
        <translation>Tamaño inválido de rondas de transformación</translation>
    </message>
    <message>
        <source>Invalid start bytes size</source>
        <translation>Tamaño no válido de bytes de inicio</translation>
    </message>
    <message>
        <source>Invalid random stream id size</source>
        <translation>Tamaño no válido de id de flujo</translation>
    </message>
    <message>
        <source>Invalid inner random stream cipher</source>
        <translation>Cifrador del flujo interno no válido</translation>
    </message>
    <message>
        <source>Failed to read database file.</source>
        <translation>Error al leer el fichero de base de datos.</translation>
    </message>
    <message>
        <source>The selected file is an old KeePass 1 database (.kdb).

You can import it by clicking on Database &gt; 'Import KeePass 1 database…'.
This is a one-way migration. You won&apos;t be able to open the imported database with the old KeePassX 0.4 version.</source>
        <translation>El archivo seleccionado es una base de datos antigua de KeePass 1 (.kdb).

Puede importarla pulsando en «Base de datos → Importar base de datos de KeePass 1».
Esta migración es en un único sentido. No podrá abrir la base de datos importada con la versión antigua 0.4 de KeePassX.  </translation>
    </message>
    <message>
        <source>Not a KeePass database.</source>
        <translation>No es una base de datos KeePass.</translation>
    </message>
    <message>
        <source>Unsupported KeePass 2 database version.</source>
        <translation>Versión no admitida de la base de datos de KeePass 2.</translation>
    </message>
</context>
<context>
    <name>KdbxXmlReader</name>
    <message>
        <source>XML parsing failure: %1</source>
        <translation>Error de parsing XML: %1</translation>
    </message>
    <message>
        <source>No root group</source>
        <translation>Ningún grupo de raíz</translation>
    </message>
    <message>
        <source>XML error:
%1
Line %2, column %3</source>
        <translation>Error XML:
%1
Línea %2, columna %3</translation>
    </message>
    <message>
        <source>Missing icon uuid or data</source>
        <translation>Falta icono uuid o datos</translation>
    </message>
    <message>
        <source>Missing custom data key or value</source>
        <translation>Falta la clave de datos personializados o valor</translation>
    </message>
    <message>
        <source>Multiple group elements</source>
        <translation>Múltiples elementos de grupo</translation>
    </message>
    <message>
        <source>Null group uuid</source>
        <translation>Uuid de grupo nulo</translation>
    </message>
    <message>
        <source>Invalid group icon number</source>
        <translation>Número de icono de grupo no válido</translation>
    </message>
    <message>
        <source>Invalid EnableAutoType value</source>
        <translation>Valor no válido de EnableAutoType</translation>
    </message>
    <message>
        <source>Invalid EnableSearching value</source>
        <translation>Valor no válido de EnableSearching</translation>
    </message>
    <message>
        <source>No group uuid found</source>
        <translation>No encontrado uuid de grupo</translation>
    </message>
    <message>
        <source>Null DeleteObject uuid</source>
        <translation>Uuid de DeleteObject nulo</translation>
    </message>
    <message>
        <source>Missing DeletedObject uuid or time</source>
        <translation>Falta uuid de DeletedObject o tiempo</translation>
    </message>
    <message>
        <source>Null entry uuid</source>
        <translation>UUID de apunte nulo</translation>
    </message>
    <message>
        <source>Invalid entry icon number</source>
        <translation>Número de icono de apunte no válido</translation>
    </message>
    <message>
        <source>History element in history entry</source>
        <translation>Elemento del historial en el apunte del historial</translation>
    </message>
    <message>
        <source>No entry uuid found</source>
        <translation>Uuid de apunte no encontrado</translation>
    </message>
    <message>
        <source>History element with different uuid</source>
        <translation>Elemento del historial con uuid diferente</translation>
    </message>
    <message>
        <source>Duplicate custom attribute found</source>
        <translation>Atributo personalizado duplicado encontrado</translation>
    </message>
    <message>
        <source>Entry string key or value missing</source>
        <translation>Falta clave de apunte textual o valor</translation>
    </message>
    <message>
        <source>Entry binary key or value missing</source>
        <translation>Falta clave de apunte binaria o valor</translation>
    </message>
    <message>
        <source>Auto-type association window or sequence missing</source>
        <translation>Falta secuencia o ventana asociada de autoescritura</translation>
    </message>
    <message>
        <source>Invalid bool value</source>
        <translation>Valor booleano inválido</translation>
    </message>
    <message>
        <source>Invalid date time value</source>
        <translation>Valor de tiempo o fecha no válido</translation>
    </message>
    <message>
        <source>Invalid color value</source>
        <translation>Valor del color no válido</translation>
    </message>
    <message>
        <source>Invalid color rgb part</source>
        <translation>Parte de color rgb no válido</translation>
    </message>
    <message>
        <source>Invalid number value</source>
        <translation>Valor de número no válido</translation>
    </message>
    <message>
        <source>Invalid uuid value</source>
        <translation>Valor uuid no válido</translation>
    </message>
    <message>
        <source>Unable to decompress binary</source>
        <extracomment>Translator meant is a binary data inside an entry</extracomment>
        <translation>No se puede descomprimir binario</translation>
    </message>
</context>
<context>
    <name>KeeAgentSettings</name>
    <message>
        <source>Invalid KeeAgent settings file structure.</source>
        <translation>Estructura de archivo de preferencias KeeAgent no válido.</translation>
    </message>
    <message>
        <source>Private key is an attachment but no attachments provided.</source>
        <translation>La clave privada es un adjunto pero no se han proporcionado adjuntos.</translation>
    </message>
    <message>
        <source>Private key is empty</source>
        <translation>La clave privada está vacía</translation>
    </message>
    <message>
        <source>File too large to be a private key</source>
        <translation>Archivo demasiado grande para ser una clave privada</translation>
    </message>
    <message>
        <source>Failed to open private key</source>
        <translation>Error al abrir la clave privada</translation>
    </message>
</context>
<context>
    <name>KeePass1OpenWidget</name>
    <message>
        <source>Import KeePass1 Database</source>
        <translation>Importar base de datos KeePass1</translation>
    </message>
    <message>
        <source>Unable to open the database.</source>
        <translation>No se pudo abrir la base de datos.</translation>
    </message>
</context>
<context>
    <name>KeePass1Reader</name>
    <message>
        <source>Unable to read keyfile.</source>
        <translation>Incapaz de leer el fichero clave.</translation>
    </message>
    <message>
        <source>Not a KeePass database.</source>
        <translation>No es una base de datos KeePass.</translation>
    </message>
    <message>
        <source>Unsupported encryption algorithm.</source>
        <translation>Algoritmo de cifrado no soportado.</translation>
    </message>
    <message>
        <source>Unsupported KeePass database version.</source>
        <translation>Versión de la base de datos KeePass no soportada.</translation>
    </message>
    <message>
        <source>Unable to read encryption IV</source>
        <comment>IV = Initialization Vector for symmetric cipher</comment>
        <translation>No se puede leer el cifrado IV</translation>
    </message>
    <message>
        <source>Invalid number of groups</source>
        <translation>Número de grupos no válido</translation>
    </message>
    <message>
        <source>Invalid number of entries</source>
        <translation>Número de apuntes no válido</translation>
    </message>
    <message>
        <source>Invalid content hash size</source>
        <translation>Tamaño del hash de contenido no válido</translation>
    </message>
    <message>
        <source>Invalid transform seed size</source>
        <translation>Tamaño de semilla de transformación inválido</translation>
    </message>
    <message>
        <source>Invalid number of transform rounds</source>
        <translation>Número de turnos de transformación no válido</translation>
    </message>
    <message>
        <source>Unable to construct group tree</source>
        <translation>Incapaz de crear un grupo</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Raíz</translation>
    </message>
    <message>
        <source>Unable to calculate database key</source>
        <translation>No se puede calcular la clave de la base de datos</translation>
    </message>
    <message>
        <source>unable to seek to content position</source>
        <translation>incapaz de buscar la posición de contenido</translation>
    </message>
    <message>
        <source>Invalid credentials were provided, please try again.
If this reoccurs, then your database file may be corrupt.</source>
        <translation>Se han proporcionado credenciales inválidas, inténtelo de nuevo.
Si ocurre nuevamente entonces su archivo de base de datos puede estar corrupto.</translation>
    </message>
    <message>
        <source>Key transformation failed</source>
        <translation>Error en la transformación de la clave</translation>
    </message>
    <message>
        <source>Invalid group field type number</source>
        <translation>Número de tipo de campo de grupo inválido</translation>
    </message>
    <message>
        <source>Invalid group field size</source>
        <translation>Tamaño inválido para el campo grupo</translation>
    </message>
    <message>
        <source>Read group field data doesn&apos;t match size</source>
        <translation>Datos de campo de grupo leídos no coinciden en tamaño</translation>
    </message>
    <message>
        <source>Incorrect group id field size</source>
        <translation>Tamaño de campo de id de grupo incorrecto</translation>
    </message>
    <message>
        <source>Incorrect group creation time field size</source>
        <translation>Tamaño de campo de tiempo de creación de grupo incorrecto</translation>
    </message>
    <message>
        <source>Incorrect group modification time field size</source>
        <translation>Tamaño de campo de hora de modificación de grupo incorrecto</translation>
    </message>
    <message>
        <source>Incorrect group access time field size</source>
        <translation>Tamaño de campo de tiempo de acceso de grupo incorrecto</translation>
    </message>
    <message>
        <source>Incorrect group expiry time field size</source>
        <translation>Tamaño de campo de tiempo de caducidad de grupo incorrecto</translation>
    </message>
    <message>
        <source>Incorrect group icon field size</source>
        <translation>Tamaño del campo del ícono de grupo incorrecto</translation>
    </message>
    <message>
        <source>Incorrect group level field size</source>
        <translation>Tamaño de campo del nivel de grupo incorrecto</translation>
    </message>
    <message>
        <source>Invalid group field type</source>
        <translation>Tipo de campo de grupo no válido</translation>
    </message>
    <message>
        <source>Missing group id or level</source>
        <translation>Falta identificador de grupo o nivel</translation>
    </message>
    <message>
        <source>Missing entry field type number</source>
        <translation>Apunte de tipo número en campo ausente</translation>
    </message>
    <message>
        <source>Invalid entry field size</source>
        <translation>Tamaño del apunte para el campo no válido</translation>
    </message>
    <message>
        <source>Read entry field data doesn&apos;t match size</source>
        <translation>Datos de campo de apunte no coinciden en tamaño</translation>
    </message>
    <message>
        <source>Invalid entry UUID field size</source>
        <translation>Tamaño de campo UUID de apunte no válido</translation>
    </message>
    <message>
        <source>Invalid entry group id field size</source>
        <translation>Tamaño del apunte para el campo identificador de grupo no válido</translation>
    </message>
    <message>
        <source>Invalid entry icon field size</source>
        <translation>Tamaño del apunte para el campo icono no válido</translation>
    </message>
    <message>
        <source>Invalid entry creation time field size</source>
        <translation>Tamaño del apunte para el campo tiempo de creación inválido</translation>
    </message>
    <message>
        <source>Invalid entry modification time field size</source>
        <translation>Tamaño del apunte para el campo tiempo de modificación inválido</translation>
    </message>
    <message>
        <source>Invalid entry expiry time field size</source>
        <translation>Tamaño del apunte para el campo tiempo de caducidad no válido</translation>
    </message>
    <message>
        <source>Invalid entry field type</source>
        <translation>Tipo del apunte para el campo no válido</translation>
    </message>
</context>
<context>
    <name>KeeShare</name>
    <message>
        <source>Invalid sharing reference</source>
        <translation>Referencia de compartición no válida</translation>
    </message>
    <message>
        <source>Inactive share %1</source>
        <translation>Compartición inactiva %1</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importado de %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Synchronized with %1</source>
        <translation>Sincronizado con %1</translation>
    </message>
    <message>
        <source>Import is disabled in settings</source>
        <translation>Importar está deshabilitado en configuración</translation>
    </message>
    <message>
        <source>Export is disabled in settings</source>
        <translation>Exportar está deshabilitado en configuración</translation>
    </message>
    <message>
        <source>Inactive share</source>
        <translation>Compartición inactiva</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Importado desde</translation>
    </message>
    <message>
        <source>Exported to</source>
        <translation>Exportado a</translation>
    </message>
    <message>
        <source>Synchronized with</source>
        <translation>Sincronizado con</translation>
    </message>
</context>
<context>
    <name>KeyComponentWidget</name>
    <message>
        <source>Key Component</source>
        <translation>Componente de la clave</translation>
    </message>
    <message>
        <source>Key Component Description</source>
        <translation>Descripción del componente de la clave</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Key Component set, click to change or remove</source>
        <translation>Conjunto de componentes de la clave, haga clic para cambiar o eliminar</translation>
    </message>
</context>
<context>
    <name>KeyFileEditWidget</name>
    <message>
        <source>Generate a new key file</source>
        <translation>Generar un nuevo fichero clave</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <source>Generate a new key file or choose an existing one to protect your database.</source>
        <translation>Generar un nuevo fichero clave o seleccionar uno existente para proteger su base de datos.</translation>
    </message>
    <message>
        <source>Note: Do NOT use a file that may change as that will prevent you from unlocking your database.</source>
        <translation>Nota: No use un un fichero que pueda cambiar ya que le impedirá desbloquear su base de datos.</translation>
    </message>
    <message>
        <source>Browse for key file</source>
        <translation>Explorar para un fichero clave</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <source>Old key file format</source>
        <translation>Formato de fichero clave antiguo</translation>
    </message>
    <message>
        <source>You selected a key file in an old format which KeePassXC&lt;br&gt;may stop supporting in the future.&lt;br&gt;&lt;br&gt;Please consider generating a new key file instead.</source>
        <translation>Ha seleccionado un fichero clave con un formato que KeePassXC&lt;br&gt;puede dejar de mantener en el futuro.&lt;br&gt;&lt;br&gt;Considere generar un nuevo fichero clave en su lugar.</translation>
    </message>
    <message>
        <source>Error loading the key file '%1'
Message: %2</source>
        <translation>Error al cargar el fichero clave «%1»
Mensaje: %2</translation>
    </message>
    <message>
        <source>Key File</source>
        <translation>Fichero Clave</translation>
    </message>
    <message>
        <source>Add Key File</source>
        <translation>Añadir Fichero Clave</translation>
    </message>
    <message>
        <source>Change Key File</source>
        <translation>Cambiar Fichero Clave</translation>
    </message>
    <message>
        <source>Remove Key File</source>
        <translation>Eliminar Fichero Clave</translation>
    </message>
    <message>
        <source>Key File set, click to change or remove</source>
        <translation>Conjunto de fichero clave, haga clic para cambiar o eliminar</translation>
    </message>
    <message>
        <source>&lt;p&gt;You can add a key file containing random bytes for additional security.&lt;/p&gt;&lt;p&gt;You must keep it secret and never lose it or you will be locked out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Puede añadir un fichero clave que contiene bytes aleatorios para una seguridad adicional.&lt;/p&gt;&lt;p&gt;Debe mantenerlo en secreto y nunca perderlo o estará bloqueado.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Key files</source>
        <translation>Ficheros clave</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>Create Key File…</source>
        <translation>Crear un Fichero Clave...</translation>
    </message>
    <message>
        <source>Error creating key file</source>
        <translation>Error al crear el fichero clave</translation>
    </message>
    <message>
        <source>Unable to create key file: %1</source>
        <translation>No se puede crear el fichero de claves: %1</translation>
    </message>
    <message>
        <source>Select a key file</source>
        <translation>Seleccionar un fichero clave</translation>
    </message>
    <message>
        <source>Invalid Key File</source>
        <translation>Fichero clave inválido</translation>
    </message>
    <message>
        <source>You cannot use the current database as its own keyfile. Please choose a different file or generate a new key file.</source>
        <translation>No puede usar la base de datos actual como su propio fichero clave. Seleccione un fichero diferente o genere un nuevo fichero clave.</translation>
    </message>
    <message>
        <source>Suspicious Key File</source>
        <translation>Fichero clave sospechoso</translation>
    </message>
    <message>
        <source>The chosen key file looks like a password database file. A key file must be a static file that never changes or you will lose access to your database forever.
Are you sure you want to continue with this file?</source>
        <translation>El fichero clave seleccionado parece una base de datos de contraseñas. Un fichero clave debe ser un fichero estático que nunca cambie o perderá el acceso a su base de datos para siempre.
¿Desea continuar con este archivo?</translation>
    </message>
</context>
<context>
    <name>MacUtils</name>
    <message>
        <source>Invalid key code</source>
        <translation>Código de clave inválido</translation>
    </message>
    <message>
        <source>Global shortcut already registered to %1</source>
        <translation>Acceso directo global ya registrado para %1</translation>
    </message>
    <message>
        <source>Could not register global shortcut</source>
        <translation>No se puedo registrar acceso directo global</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Database</source>
        <translation>Base de &amp;datos</translation>
    </message>
    <message>
        <source>&amp;Recent Databases</source>
        <translation>Bases de datos &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Entries</source>
        <translation>&amp;Apuntes</translation>
    </message>
    <message>
        <source>Copy Att&amp;ribute</source>
        <translation>Copiar at&amp;ributo</translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation>TOTP</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Grupos</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>&amp;Check for Updates</source>
        <translation>&amp;Comprobar actualizaciones</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos...</translation>
    </message>
    <message>
        <source>&amp;Save Database</source>
        <translation>&amp;Guardar base de datos</translation>
    </message>
    <message>
        <source>&amp;Close Database</source>
        <translation>&amp;Cerrar base de datos</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nueva base de datos</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>Crear una base de datos nueva</translation>
    </message>
    <message>
        <source>&amp;Merge From Database…</source>
        <translation>Co&amp;mbinar desde base de datos...</translation>
    </message>
    <message>
        <source>Merge from another KDBX database</source>
        <translation>Combinar desde otra base de datos KDBX</translation>
    </message>
    <message>
        <source>&amp;New Entry…</source>
        <translation>&amp;Nuevo apunte…</translation>
    </message>
    <message>
        <source>Add a new entry</source>
        <translation>Añadir un nuevo apunte</translation>
    </message>
    <message>
        <source>&amp;Edit Entry…</source>
        <translation>&amp;Editar apunte…</translation>
    </message>
    <message>
        <source>View or edit entry</source>
        <translation>Ver o editar apunte</translation>
    </message>
    <message>
        <source>&amp;Delete Entry…</source>
        <translation>Eliminar &amp;apunte</translation>
    </message>
    <message>
        <source>&amp;New Group…</source>
        <translation>&amp;Nuevo grupo...</translation>
    </message>
    <message>
        <source>Add a new group</source>
        <translation>Añadir un nuevo grupo</translation>
    </message>
    <message>
        <source>&amp;Edit Group…</source>
        <translation>&amp;Editar grupo...</translation>
    </message>
    <message>
        <source>&amp;Delete Group…</source>
        <translation>Eliminar &amp;grupo</translation>
    </message>
    <message>
        <source>Download All &amp;Favicons…</source>
        <translation>Descargar todos los &amp;iconos...</translation>
    </message>
    <message>
        <source>Sort &amp;A-Z</source>
        <translation>Ordenar &amp;A-Z</translation>
    </message>
    <message>
        <source>Sort &amp;Z-A</source>
        <translation>Ordenar &amp;Z-A</translation>
    </message>
    <message>
        <source>Sa&amp;ve Database As…</source>
        <translation>Guardar BdD &amp;como...</translation>
    </message>
    <message>
        <source>Database &amp;Security…</source>
        <translation>&amp;Seguridad de BdD…</translation>
    </message>
    <message>
        <source>Database &amp;Reports…</source>
        <translation>Info&amp;rmes de Base de Datos...</translation>
    </message>
    <message>
        <source>Statistics, health check, etc.</source>
        <translation>Estadísticas, salud, etc.</translation>
    </message>
    <message>
        <source>&amp;Database Settings…</source>
        <translation>&amp;Parámetros de base de datos…</translation>
    </message>
    <message>
        <source>Database settings</source>
        <translation>Configuración de la base de datos</translation>
    </message>
    <message>
        <source>&amp;Clone Entry…</source>
        <translation>&amp;Duplicar apunte…</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move entry one step up</source>
        <translation>Mover el apunte una posición arriba</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move entry one step down</source>
        <translation>Mover el apunte una posición abajo</translation>
    </message>
    <message>
        <source>Copy &amp;Username</source>
        <translation>Copiar &amp;usuario</translation>
    </message>
    <message>
        <source>Copy username to clipboard</source>
        <translation>Copiar usuario al portapapeles</translation>
    </message>
    <message>
        <source>Copy &amp;Password</source>
        <translation>Copiar &amp;contraseña</translation>
    </message>
    <message>
        <source>Copy password to clipboard</source>
        <translation>Copiar contraseña al portapapeles</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Parámetros</translation>
    </message>
    <message>
        <source>&amp;Password Generator</source>
        <translation>&amp;Generador de contraseñas</translation>
    </message>
    <message>
        <source>Perform &amp;Auto-Type</source>
        <translation>Realizar &amp;autoescritura</translation>
    </message>
    <message>
        <source>Download &amp;Favicon</source>
        <translation>Descargar &amp;icono</translation>
    </message>
    <message>
        <source>Open &amp;URL</source>
        <translation>Abrir &amp;URL</translation>
    </message>
    <message>
        <source>&amp;Lock Database</source>
        <translation>&amp;Bloquear base de datos</translation>
    </message>
    <message>
        <source>Lock &amp;All Databases</source>
        <translation>Bloquear &amp;todas las bases de datos</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>Copy title to clipboard</source>
        <translation>Copiar título al portapapeles</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>Copiar &amp;URL</translation>
    </message>
    <message>
        <source>Copy URL to clipboard</source>
        <translation>Copiar URL al portapapeles</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Copy notes to clipboard</source>
        <translation>Copiar notas al portapapeles</translation>
    </message>
    <message>
        <source>&amp;CSV File…</source>
        <translation>Archivo &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;HTML File…</source>
        <translation>Archivo &amp;HTML…</translation>
    </message>
    <message>
        <source>KeePass 1 Database…</source>
        <translation>Base de datos KeePass 1…</translation>
    </message>
    <message>
        <source>Import a KeePass 1 database</source>
        <translation>Importar una base de datos KeePass 1</translation>
    </message>
    <message>
        <source>1Password Vault…</source>
        <translation>1Password Vault…</translation>
    </message>
    <message>
        <source>Import a 1Password Vault</source>
        <translation>Importar un 1Password Vault</translation>
    </message>
    <message>
        <source>CSV File…</source>
        <translation>Archivo CSV...</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>Importar un archivo CSV</translation>
    </message>
    <message>
        <source>Show TOTP</source>
        <translation>Mostrar TOTP</translation>
    </message>
    <message>
        <source>Show QR Code</source>
        <translation>Mostrar código QR</translation>
    </message>
    <message>
        <source>Set up TOTP…</source>
        <translation>Configurar TOTP…</translation>
    </message>
    <message>
        <source>Copy &amp;TOTP</source>
        <translation>Copiar &amp;TOTP</translation>
    </message>
    <message>
        <source>Copy Password and TOTP</source>
        <translation>Copiar contraseña y TOTP</translation>
    </message>
    <message>
        <source>E&amp;mpty recycle bin</source>
        <translation>&amp;Vaciar papelera</translation>
    </message>
    <message>
        <source>&amp;Donate</source>
        <translation>&amp;Donar</translation>
    </message>
    <message>
        <source>Report a &amp;Bug</source>
        <translation>Informar de un &amp;error</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Guía de inicio</translation>
    </message>
    <message>
        <source>Open Getting Started Guide</source>
        <translation>Abrir guía de inicio</translation>
    </message>
    <message>
        <source>&amp;Online Help</source>
        <translation>Ayuda en &amp;línea</translation>
    </message>
    <message>
        <source>Go to online documentation</source>
        <translation>Ir a la documentación en línea</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>Guía de &amp;usuario</translation>
    </message>
    <message>
        <source>Open User Guide</source>
        <translation>Abrir guía de usuario</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Save Database Backup…</source>
        <translation>Guardar copia de seguridad de la base de datos...</translation>
    </message>
    <message>
        <source>Add key to SSH Agent</source>
        <translation>Añadir clave a agente SSH</translation>
    </message>
    <message>
        <source>Remove key from SSH Agent</source>
        <translation>Quitar clave del agente SSH</translation>
    </message>
    <message>
        <source>Compact Mode</source>
        <translation>Modo compacto</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Classic (Platform-native)</source>
        <translation>Clásico (Plataforma-nativo)</translation>
    </message>
    <message>
        <source>Show Toolbar</source>
        <translation>Mostrar barra de herramientas</translation>
    </message>
    <message>
        <source>Show Preview Panel</source>
        <translation>Mostrar panel de previsualización</translation>
    </message>
    <message>
        <source>Always on Top</source>
        <translation>Siempre encima</translation>
    </message>
    <message>
        <source>Hide Usernames</source>
        <translation>Ocultar usuarios</translation>
    </message>
    <message>
        <source>Hide Passwords</source>
        <translation>Ocultar contraseñas</translation>
    </message>
    <message>
        <source>Clone Group...</source>
        <translation>Clonar Grupo…</translation>
    </message>
    <message>
        <source>&amp;XML File…</source>
        <translation>Archivo &amp;XML…</translation>
    </message>
    <message>
        <source>XML File…</source>
        <translation>Archivo XML…</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Limpiar historial</translation>
    </message>
    <message>
        <source>Access error for config file %1</source>
        <translation>Error de acceso al archivo de configuración %1</translation>
    </message>
    <message>
        <source>Don&apos;t show again for this version</source>
        <translation>No mostrar de nuevo para esta versión</translation>
    </message>
    <message>
        <source>WARNING: You are using an unstable build of KeePassXC.
There is a high risk of corruption, maintain a backup of your databases.
This version is not meant for production use.</source>
        <translation>ADVERTENCIA: Está utilizando una versión inestable de KeePassXC!
Hay un alto riesgo de corrupción, mantenga una copia de seguridad de sus bases de datos.
Esta versión no es para uso de producción.</translation>
    </message>
    <message>
        <source>NOTE: You are using a pre-release version of KeePassXC.
Expect some bugs and minor issues, this version is meant for testing purposes.</source>
        <translation>NOTA: Está utilizando una versión preliminar de KeePassXC.
Espere algunos defectos y problemas menores, esta versión está destinada para uso en pruebas.</translation>
    </message>
    <message>
        <source>WARNING: Your Qt version may cause KeePassXC to crash with an On-Screen Keyboard.
We recommend you use the AppImage available on our downloads page.</source>
        <translation>ADVERTENCIA: Su versión de Qt puede hacer que KeePassXC se bloquee con un teclado virtual.
Le recomendamos que utilice la AppImage disponible en nuestra página de descargas.</translation>
    </message>
    <message>
        <source>No Tags</source>
        <translation>Sin etiquetas</translation>
    </message>
    <message numerus="yes">
        <source>Restore Entry(s)</source>
        <translation><numerusform>Restaurar apunte</numerusform><numerusform>Restaurar apuntes</numerusform><numerusform>Restaurar apuntes</numerusform></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Check for updates on startup?</source>
        <translation>¿Buscar actualizaciones en el inicio?</translation>
    </message>
    <message>
        <source>Would you like KeePassXC to check for updates on startup?</source>
        <translation>¿Quieres KeePassXC para comprobar las actualizaciones en el arranque?</translation>
    </message>
    <message>
        <source>You can always check for updates manually from the application menu.</source>
        <translation>Siempre se puede comprobar si hay actualizaciones manualmente desde el menú de la aplicación.</translation>
    </message>
    <message>
        <source>Toggle window</source>
        <translation>Cambiar a ventana</translation>
    </message>
    <message>
        <source>Quit KeePassXC</source>
        <translation>Salir de KeePassXC</translation>
    </message>
    <message numerus="yes">
        <source>%1 Entry(s)</source>
        <translation><numerusform>%1 apunte</numerusform><numerusform>%1 apuntes</numerusform><numerusform>%1 apuntes</numerusform></translation>
    </message>
    <message>
        <source>Please present or touch your YubiKey to continue…</source>
        <translation>Presente o toque su YubiKey para continuar...</translation>
    </message>
    <message>
        <source>Restart Application?</source>
        <translation>¿Reiniciar la aplicación?</translation>
    </message>
    <message>
        <source>You must restart the application to apply this setting. Would you like to restart now?</source>
        <translation>Debe reiniciar la aplicación para aplicar esta configuración. ¿Desea reiniciar ahora?</translation>
    </message>
    <message>
        <source>Allow Screen Capture</source>
        <translation>Permitir captura de pantalla</translation>
    </message>
    <message>
        <source>Passkeys…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Passkeys</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Import Passkey</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>ManageDatabase</name>
    <message>
        <source>Database settings</source>
        <translation>Configuración de la base de datos</translation>
    </message>
    <message>
        <source>Edit database settings</source>
        <translation>Editar configuración de base de datos</translation>
    </message>
    <message>
        <source>Unlock database</source>
        <translation>Desbloquear base de datos</translation>
    </message>
    <message>
        <source>Unlock database to show more information</source>
        <translation>Desbloquear para mostrar más información</translation>
    </message>
    <message>
        <source>Lock database</source>
        <translation>Bloquear base de datos</translation>
    </message>
</context>
<context>
    <name>ManageSession</name>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Disconnect this application</source>
        <translation>Desconectar esta aplicación</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Reset any remembered decisions for this application</source>
        <translation>Restablecer cualquier decisión recordada para esta aplicación</translation>
    </message>
</context>
<context>
    <name>Merger</name>
    <message>
        <source>Creating missing %1 [%2]</source>
        <translation>Creando %1 faltante [%2]</translation>
    </message>
    <message>
        <source>Relocating %1 [%2]</source>
        <translation>Reubicando %1 [%2]</translation>
    </message>
    <message>
        <source>Overwriting %1 [%2]</source>
        <translation>Sobrescribiendo %1 [%2]</translation>
    </message>
    <message>
        <source>older entry merged from database &quot;%1&quot;</source>
        <translation>el apunte más antiguo se combinó a la base de datos «%1»</translation>
    </message>
    <message>
        <source>Adding backup for older target %1 [%2]</source>
        <translation>Añadiendo respaldo para el destino más antiguo %1 [%2]</translation>
    </message>
    <message>
        <source>Adding backup for older source %1 [%2]</source>
        <translation>Añadiendo respaldo para la fuente más antigua %1 [%2]</translation>
    </message>
    <message>
        <source>Reapplying older target entry on top of newer source %1 [%2]</source>
        <translation>Volver a aplicar un apunte de destino más antiguo sobre el origen más nuevo %1 [%2]</translation>
    </message>
    <message>
        <source>Reapplying older source entry on top of newer target %1 [%2]</source>
        <translation>Volver a aplicar un apunte de origen anterior sobre el objetivo más nuevo %1 [%2]</translation>
    </message>
    <message>
        <source>Synchronizing from newer source %1 [%2]</source>
        <translation>Sincronización desde un origen más nuevo %1 [%2]</translation>
    </message>
    <message>
        <source>Synchronizing from older source %1 [%2]</source>
        <translation>Sincronización desde un origen anterior %1 [%2]</translation>
    </message>
    <message>
        <source>Deleting child %1 [%2]</source>
        <translation>Eliminando heredero %1[%2]</translation>
    </message>
    <message>
        <source>Deleting orphan %1 [%2]</source>
        <translation>Eliminando huérfano %1 [%2]</translation>
    </message>
    <message>
        <source>Changed deleted objects</source>
        <translation>Objetos cambiados eliminados</translation>
    </message>
    <message>
        <source>Adding missing icon %1</source>
        <translation>Añadiendo el icono %1 ausente</translation>
    </message>
    <message>
        <source>Removed custom data %1 [%2]</source>
        <translation>Eliminados datos personalizados %1 [%2]</translation>
    </message>
    <message>
        <source>Adding custom data %1 [%2]</source>
        <translation>Añadiendo datos personalizados %1 [%2]</translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizard</name>
    <message>
        <source>Create a new KeePassXC database…</source>
        <translation>Crear una nueva base de datos KeePassXC...</translation>
    </message>
    <message>
        <source>Root</source>
        <comment>Root group</comment>
        <translation>Raíz</translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizardPage</name>
    <message>
        <source>WizardPage</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Encryption Settings</source>
        <translation>Parámetros de cifrado</translation>
    </message>
    <message>
        <source>Here you can adjust the database encryption settings. Don&apos;t worry, you can change them later in the database settings.</source>
        <translation>Aquí puede ajustar la configuración de cifrado de la base de datos. No se preocupe, puede cambiarlos más adelante en la configuración de la base de datos.</translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizardPageDatabaseKey</name>
    <message>
        <source>Database Credentials</source>
        <translation>Credenciales de base de datos</translation>
    </message>
    <message>
        <source>A set of credentials known only to you that protects your database.</source>
        <translation>Un conjunto de credenciales solo conocido por ti que protege su base de datos.</translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizardPageEncryption</name>
    <message>
        <source>Encryption Settings</source>
        <translation>Configuraciones de cifrado</translation>
    </message>
    <message>
        <source>Here you can adjust the database encryption settings. Don&apos;t worry, you can change them later in the database settings.</source>
        <translation>Aquí puede ajustar la configuración de cifrado de la base de datos. No se preocupe, puede cambiarlos más adelante en la configuración de la base de datos.</translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizardPageMetaData</name>
    <message>
        <source>General Database Information</source>
        <translation>Información general de la base de datos</translation>
    </message>
    <message>
        <source>Please fill in the display name and an optional description for your new database:</source>
        <translation>Por favor complete el nombre, y agregue una descripción opcional, para su nueva base de datos:</translation>
    </message>
</context>
<context>
    <name>NixUtils</name>
    <message>
        <source>Password Manager</source>
        <translation>Gestor de contraseñas</translation>
    </message>
    <message>
        <source>Global shortcut already registered to %1</source>
        <translation>Acceso directo global ya registrado para %1</translation>
    </message>
    <message>
        <source>Could not register global shortcut</source>
        <translation>No se puedo registrar acceso directo global</translation>
    </message>
</context>
<context>
    <name>OpData01</name>
    <message>
        <source>Invalid OpData01, does not contain header</source>
        <translation>OpData01 inválido, no contiene cabecera</translation>
    </message>
    <message>
        <source>Unable to read all IV bytes, wanted 16 but got %1</source>
        <translation>No se pueden leer todos los bytes IV, se deseaban 16 pero se obtuvieron %1</translation>
    </message>
    <message>
        <source>Unable to init cipher for opdata01: %1</source>
        <translation>No se puede inicializar el cifrado para opdata01: %1</translation>
    </message>
    <message>
        <source>Unable to read all HMAC signature bytes</source>
        <translation>No se pueden leer todos los bytes de firma HMAC</translation>
    </message>
    <message>
        <source>Malformed OpData01 due to a failed HMAC</source>
        <translation>OpData01 malformado debido a un HMAC fallido</translation>
    </message>
    <message>
        <source>Unable to process clearText in place</source>
        <translation>No se puede procesar clearText en su lugar</translation>
    </message>
    <message>
        <source>Expected %1 bytes of clear-text, found %2</source>
        <translation>Se esperaban %1 bytes de texto plano, se encontraron %2</translation>
    </message>
</context>
<context>
    <name>OpVaultOpenWidget</name>
    <message>
        <source>Read Database did not produce an instance
%1</source>
        <translation>Leer la base de datos no produce una instancia
%1</translation>
    </message>
</context>
<context>
    <name>OpVaultReader</name>
    <message>
        <source>Directory .opvault must exist</source>
        <translation>El directorio .opvault debe existir</translation>
    </message>
    <message>
        <source>Directory .opvault must be readable</source>
        <translation>El directorio .opvault debe ser leíble</translation>
    </message>
    <message>
        <source>Directory .opvault/default must exist</source>
        <translation>El directorio .opvault/default debe existir</translation>
    </message>
    <message>
        <source>Directory .opvault/default must be readable</source>
        <translation>El directorio .opvault/default debe ser leíble</translation>
    </message>
    <message>
        <source>Unable to decode masterKey: %1</source>
        <translation>No se puede decodificar la clave maestra: %1</translation>
    </message>
    <message>
        <source>Unable to derive master key: %1</source>
        <translation>No se puede derivar la clave maestra: %1</translation>
    </message>
</context>
<context>
    <name>OpenSSHKey</name>
    <message>
        <source>Invalid key file, expecting an OpenSSH key</source>
        <translation>Fichero clave no válido, esperando una clave de OpenSSH</translation>
    </message>
    <message>
        <source>PEM boundary mismatch</source>
        <translation>Desajuste de acotación PEM</translation>
    </message>
    <message>
        <source>Base64 decoding failed</source>
        <translation>No se pudo decodificar Base64</translation>
    </message>
    <message>
        <source>Key file way too small.</source>
        <translation>Cerrojo demasiado pequeño.</translation>
    </message>
    <message>
        <source>Key file magic header id invalid</source>
        <translation>Id de encabezado mágico del cerrojo no válido</translation>
    </message>
    <message>
        <source>Found zero keys</source>
        <translation>Cero claves encontradas</translation>
    </message>
    <message>
        <source>Failed to read public key.</source>
        <translation>No se pudo leer la clave pública.</translation>
    </message>
    <message>
        <source>Corrupted key file, reading private key failed</source>
        <translation>Fichero clave corrupto, no se pudo leer la clave privada</translation>
    </message>
    <message>
        <source>Unsupported key type: %1</source>
        <translation>Tipo de clave no soportada: %1</translation>
    </message>
    <message>
        <source>No private key payload to decrypt</source>
        <translation>Sin contenido a descifrar en clave privada</translation>
    </message>
    <message>
        <source>Unknown cipher: %1</source>
        <translation>Cifrado desconocido: %1</translation>
    </message>
    <message>
        <source>AES-256/GCM is currently not supported</source>
        <translation>AES-256/GCM no está soportado actualmente</translation>
    </message>
    <message>
        <source>Passphrase is required to decrypt this key</source>
        <translation>Frase de contraseña necesaria para descrifrar esta clave</translation>
    </message>
    <message>
        <source>Key derivation failed: %1</source>
        <translation>Falló la derivación de la clave: %1</translation>
    </message>
    <message>
        <source>Cipher IV is too short for MD5 kdf</source>
        <translation>Cifrado IV demasiado corto para MD5 kdf</translation>
    </message>
    <message>
        <source>Unknown KDF: %1</source>
        <translation>KDF desconocido: %1</translation>
    </message>
    <message>
        <source>Failed to initialize cipher: %1</source>
        <translation>Error al inicializar cifrado: %1</translation>
    </message>
    <message>
        <source>Decryption failed: %1</source>
        <translation>Error en el descifrado: %1</translation>
    </message>
    <message>
        <source>Decryption failed, wrong passphrase?</source>
        <translation>¿Error de descifrado, frase de contraseña incorrecta?</translation>
    </message>
    <message>
        <source>Unexpected EOF while reading key</source>
        <translation>EOF inesperado al leer la llave</translation>
    </message>
    <message>
        <source>Unsupported key part</source>
        <translation>Parte de llave no mantenida</translation>
    </message>
    <message>
        <source>Unexpected EOF while reading public key</source>
        <translation>EOF inesperado al leer la clave pública</translation>
    </message>
    <message>
        <source>Unknown key type: %1</source>
        <translation>Tipo de clave desconocida: %1</translation>
    </message>
    <message>
        <source>Unexpected EOF while reading private key</source>
        <translation>EOF inesperado al leer la clave privada</translation>
    </message>
    <message>
        <source>Can&apos;t write public key as it is empty</source>
        <translation>No se puede escribir la clave pública ya que es vacía</translation>
    </message>
    <message>
        <source>Unexpected EOF when writing public key</source>
        <translation>EOF inesperado al escribir la clave pública</translation>
    </message>
    <message>
        <source>Can&apos;t write private key as it is empty</source>
        <translation>No se puede escribir la clave privada ya que está vacía</translation>
    </message>
    <message>
        <source>Unexpected EOF when writing private key</source>
        <translation>EOF inesperado al escribir la clave privada</translation>
    </message>
</context>
<context>
    <name>OpenSSHKeyGenDialog</name>
    <message>
        <source>SSH Key Generator</source>
        <translation>Generador de clave SSH</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
</context>
<context>
    <name>PasskeyExportDialog</name>
    <message>
        <source>KeePassXC - Passkey Export</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Export the following Passkey entries.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Filenames will be generated with title and .passkey file extension.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Export entries</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Export Selected</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>PasskeyExporter</name>
    <message>
        <source>KeePassXC: Passkey Export</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>File &quot;%1.passkey&quot; already exists.
Do you want to overwrite it?
</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cannot open file &quot;%1&quot; for writing.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cannot write to file</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>PasskeyImportDialog</name>
    <message>
        <source>KeePassXC - Passkey Import</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Do you want to import the Passkey?</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>URL: %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Username: %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Use default group (Imported Passkeys)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Select Database</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Import Passkey</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>PasskeyImporter</name>
    <message>
        <source>Passkey file</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>Open Passkey file</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cannot open file &quot;%1&quot; for reading.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cannot import Passkey</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cannot import Passkey file &quot;%1&quot;. Data is missing.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cannot import Passkey file &quot;%1&quot;. Private key is missing or malformed.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>PasswordEditWidget</name>
    <message>
        <source>Enter password:</source>
        <translation>Ingrese la contraseña</translation>
    </message>
    <message>
        <source>Password field</source>
        <translation>Campo de contraseña</translation>
    </message>
    <message>
        <source>Confirm password:</source>
        <translation>Confirmar la contraseña</translation>
    </message>
    <message>
        <source>Repeat password field</source>
        <translation>Campo repetir contraseña</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Add Password</source>
        <translation>Añadir Contraseña</translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation>Cambiar Contraseña</translation>
    </message>
    <message>
        <source>Remove Password</source>
        <translation>Eliminar Contraseña</translation>
    </message>
    <message>
        <source>Password set, click to change or remove</source>
        <translation>Conjunto de contraseña, haga clic para cambiar o eliminar</translation>
    </message>
    <message>
        <source>&lt;p&gt;A password is the primary method for securing your database.&lt;/p&gt;&lt;p&gt;Good passwords are long and unique. KeePassXC can generate one for you.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La contraseña es el método principal para asegurar su base de datos.&lt;p&gt;&lt;p&gt;Las contraseñas buenas son largas y únicas. KeePassXC puede generar una para usted.&lt;p&gt;</translation>
    </message>
    <message>
        <source>Passwords do not match.</source>
        <translation>Las contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>PasswordGeneratorWidget</name>
    <message>
        <source>Generate Password</source>
        <translation>Generar contraseña</translation>
    </message>
    <message>
        <source>strength</source>
        <comment>Password strength</comment>
        <translation>seguridad</translation>
    </message>
    <message>
        <source>entropy</source>
        <translation>entropía</translation>
    </message>
    <message>
        <source>Generated password</source>
        <translation>Generar contraseña</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Regenerate password</source>
        <translation>Regenerar contraseña</translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation>Copiar contraseña</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Longitud:</translation>
    </message>
    <message>
        <source>Password length</source>
        <translation>Longitud de contraseña</translation>
    </message>
    <message>
        <source>Switch to advanced mode</source>
        <translation>Cambiar a modo avanzado</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Character Types</source>
        <translation>Tipos de caracteres</translation>
    </message>
    <message>
        <source>Special characters</source>
        <translation>Caracteres especiales</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Comillas</translation>
    </message>
    <message>
        <source>Punctuation</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Dashes and Slashes</source>
        <translation>Guiones y barras</translation>
    </message>
    <message>
        <source>Upper-case letters</source>
        <translation>Letras mayúsculas</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Lower-case letters</source>
        <translation>Letras minúsculas</translation>
    </message>
    <message>
        <source>Math Symbols</source>
        <translation>Símbolos matemáticos</translation>
    </message>
    <message>
        <source>Extended ASCII</source>
        <translation>ASCII extendido</translation>
    </message>
    <message>
        <source>Braces</source>
        <translation>Llaves</translation>
    </message>
    <message>
        <source>Do not include:</source>
        <translation>No incluir:</translation>
    </message>
    <message>
        <source>Additional characters to use for the generated password</source>
        <translation>Caracteres adicionales a usar para generar la contraseña</translation>
    </message>
    <message>
        <source>Additional characters</source>
        <translation>Caracteres adicionales</translation>
    </message>
    <message>
        <source>Add non-hex letters to &quot;do not include&quot; list</source>
        <translation>Añadir letras no-hexadecimales a la lista de &quot;no incluir&quot;</translation>
    </message>
    <message>
        <source>Hex Passwords</source>
        <translation>Contraseñas hex</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hexadecimal</translation>
    </message>
    <message>
        <source>Character set to exclude from generated password</source>
        <translation>Conjunto de caracteres a excluir de la contraseña generada</translation>
    </message>
    <message>
        <source>Excluded characters</source>
        <translation>Excluir caracteres</translation>
    </message>
    <message>
        <source>Also choose from:</source>
        <translation>Seleccionar también de:</translation>
    </message>
    <message>
        <source>Excluded characters: &quot;0&quot;, &quot;1&quot;, &quot;l&quot;, &quot;I&quot;, &quot;O&quot;, &quot;|&quot;, &quot;﹒&quot;</source>
        <translation>Caracteres excluidos: «0», «1», «l», «I», «O», «|», «﹒»</translation>
    </message>
    <message>
        <source>Exclude look-alike characters</source>
        <translation>Excluir caracteres similares</translation>
    </message>
    <message>
        <source>Pick characters from every group</source>
        <translation>Elegir caracteres de todos los grupos</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Word Separator:</source>
        <translation>Separador de palabras:</translation>
    </message>
    <message>
        <source>Wordlist:</source>
        <translation>Lista de palabras:</translation>
    </message>
    <message>
        <source>Word Count:</source>
        <translation>Cantidad de palabras:</translation>
    </message>
    <message>
        <source>Character Count:</source>
        <translation>Número de caracteres:</translation>
    </message>
    <message>
        <source>Word Case:</source>
        <translation>Capitalización de palabra:</translation>
    </message>
    <message>
        <source>Delete selected wordlist</source>
        <translation>Eliminar la lista de palabras seleccionada</translation>
    </message>
    <message>
        <source>Add custom wordlist</source>
        <translation>Añadir lista de palabras personalizada</translation>
    </message>
    <message>
        <source>character</source>
        <translation>caracter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Apply Password</source>
        <translation>Aplicar contraseña</translation>
    </message>
    <message>
        <source>Regenerate password (%1)</source>
        <translation>Regenerar contraseña (%1)</translation>
    </message>
    <message>
        <source>lower case</source>
        <translation>Minúsculas</translation>
    </message>
    <message>
        <source>UPPER CASE</source>
        <translation>Mayúsculas</translation>
    </message>
    <message>
        <source>Title Case</source>
        <translation>Capitalización de título</translation>
    </message>
    <message>
        <source>(SYSTEM)</source>
        <translation>(SISTEMA)</translation>
    </message>
    <message>
        <source>Entropy: %1 bit</source>
        <translation>Entropía: %1 bit</translation>
    </message>
    <message>
        <source>Password Quality: %1</source>
        <translation>Calidad de la contraseña: %1</translation>
    </message>
    <message>
        <source>Poor</source>
        <comment>Password quality</comment>
        <translation>Pobre</translation>
    </message>
    <message>
        <source>Weak</source>
        <comment>Password quality</comment>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Good</source>
        <comment>Password quality</comment>
        <translation>Buena</translation>
    </message>
    <message>
        <source>Excellent</source>
        <comment>Password quality</comment>
        <translation>Excelente</translation>
    </message>
    <message>
        <source>Confirm Delete Wordlist</source>
        <translation>Confirmar eliminar lista de palabras</translation>
    </message>
    <message>
        <source>Do you really want to delete the wordlist &quot;%1&quot;?</source>
        <translation>¿Desea eliminar la lista de palabras «%1»?</translation>
    </message>
    <message>
        <source>Failed to delete wordlist</source>
        <translation>Fallo al eliminar la lista de palabras</translation>
    </message>
    <message>
        <source>Wordlists</source>
        <translation>Listas de palabras</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>Select Custom Wordlist</source>
        <translation>Seleccionar lista de palabras personalizada</translation>
    </message>
    <message>
        <source>Overwrite Wordlist?</source>
        <translation>¿Sobrescribir lista de palabras?</translation>
    </message>
    <message>
        <source>Wordlist &quot;%1&quot; already exists as a custom wordlist.
Do you want to overwrite it?</source>
        <translation>La lista de palabras «%1» ya existe como lista de palabras personalizada.
¿Desea sobrescribirla?</translation>
    </message>
    <message>
        <source>Failed to add wordlist</source>
        <translation>Fallo al añadir lista de palabras</translation>
    </message>
    <message>
        <source>Logograms</source>
        <translation>Logogramas</translation>
    </message>
    <message>
        <source>Special Characters</source>
        <translation>Caracteres especiales</translation>
    </message>
</context>
<context>
    <name>PasswordWidget</name>
    <message>
        <source>Passwords do not match</source>
        <translation>Contraseñas que no coinciden</translation>
    </message>
    <message>
        <source>Passwords match so far</source>
        <translation>Contraseñas coincidentes hasta el momento</translation>
    </message>
    <message>
        <source>Toggle Password (%1)</source>
        <translation>Conmutar contraseña (%1)</translation>
    </message>
    <message>
        <source>Generate Password (%1)</source>
        <translation>Generar contraseña (%1)</translation>
    </message>
    <message>
        <source>Warning: Caps Lock enabled!</source>
        <translation>Advertencia: ¡las mayúsculas están activadas!</translation>
    </message>
    <message>
        <source>Quality: %1</source>
        <translation>Calidad: %1</translation>
    </message>
    <message>
        <source>Poor</source>
        <comment>Password quality</comment>
        <translation>Pobre</translation>
    </message>
    <message>
        <source>Weak</source>
        <comment>Password quality</comment>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Good</source>
        <comment>Password quality</comment>
        <translation>Buena</translation>
    </message>
    <message>
        <source>Excellent</source>
        <comment>Password quality</comment>
        <translation>Excelente</translation>
    </message>
    <message>
        <source>Toggle password visibilty using Control + H. Open the password generator using Control + G.</source>
        <translation>Conmutar visibilidad de la contraseña usando Control + H. Abrir el generador de contraseñas usando Control + G.</translation>
    </message>
</context>
<context>
    <name>PickcharsDialog</name>
    <message>
        <source>KeePassXC - Pick Characters</source>
        <translation>KeepassXC - Elija Caracteres</translation>
    </message>
    <message>
        <source>Select characters to type, navigate with arrow keys, Ctrl + S submits.</source>
        <translation>Seleccionar caracteres para escribir, navegue con las teclas de flecha, los envíos de Ctrl + S.</translation>
    </message>
    <message>
        <source>Press &amp;Tab between characters</source>
        <translation>Pulse la tecla &amp;Tab entre caracteres</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Overwrite</source>
        <translation>Sobrescribir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deshabilitar</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Database not opened</source>
        <translation>Base de datos no abierta</translation>
    </message>
    <message>
        <source>Database hash not available</source>
        <translation>Hash de la base de datos no disponible</translation>
    </message>
    <message>
        <source>Client public key not received</source>
        <translation>Clave pública del cliente no recibida</translation>
    </message>
    <message>
        <source>Cannot decrypt message</source>
        <translation>No se puede descifrar el mensaje</translation>
    </message>
    <message>
        <source>Action cancelled or denied</source>
        <translation>Acción cancelada o denegada</translation>
    </message>
    <message>
        <source>Message encryption failed.</source>
        <translation>El cifrado del mensaje falló.</translation>
    </message>
    <message>
        <source>KeePassXC association failed, try again</source>
        <translation>No se pudo asociar con KeePassXC, inténtelo de nuevo</translation>
    </message>
    <message>
        <source>Encryption key is not recognized</source>
        <translation>Clave de cifrado no es reconocida</translation>
    </message>
    <message>
        <source>Incorrect action</source>
        <translation>Acción incorrecta</translation>
    </message>
    <message>
        <source>Empty message received</source>
        <translation>Mensaje vacío recibido</translation>
    </message>
    <message>
        <source>No URL provided</source>
        <translation>No hay URL proporcionada</translation>
    </message>
    <message>
        <source>No logins found</source>
        <translation>No se encontraron inicios de sesión</translation>
    </message>
    <message>
        <source>No groups found</source>
        <translation>No se encontraron grupos</translation>
    </message>
    <message>
        <source>Cannot create new group</source>
        <translation>No se puede crear el nuevo grupo</translation>
    </message>
    <message>
        <source>No valid UUID provided</source>
        <translation>UUID proporcionado no válido</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Error desconocido</translation>
    </message>
    <message>
        <source>Browser Integration</source>
        <translation>Integración con navegadores</translation>
    </message>
    <message>
        <source>Browser Plugin Failure</source>
        <translation>Fallo en complemento de naegador</translation>
    </message>
    <message>
        <source>Could not save the native messaging script file for %1.</source>
        <translation>Nose puede guardar el mensaje del script nativo para %1.</translation>
    </message>
    <message>
        <source>Username for the entry.</source>
        <translation>Usuario para el apunte.</translation>
    </message>
    <message>
        <source>username</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>URL for the entry.</source>
        <translation>URL del apunte.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Notes for the entry.</source>
        <translation>Notas para el apunte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Prompt for the entry&apos;s password.</source>
        <translation>Solicitar contraseña del apunte.</translation>
    </message>
    <message>
        <source>Generate a password for the entry.</source>
        <translation>Generar una contraseña para el apunte.</translation>
    </message>
    <message>
        <source>Add a new entry to a database.</source>
        <translation>Añadir un nuevo apunte a una base de datos.</translation>
    </message>
    <message>
        <source>Path of the entry to add.</source>
        <translation>Ruta del apunte para añadir.</translation>
    </message>
    <message>
        <source>Cannot generate a password and prompt at the same time.</source>
        <translation>No se puede generar una contraseña y la solicitud al mismo tiempo.</translation>
    </message>
    <message>
        <source>Could not create entry with path %1.</source>
        <translation>No pudo crearse el apunte con ruta %1.</translation>
    </message>
    <message>
        <source>Enter password for new entry: </source>
        <translation>Introduzca la contraseña para el nuevo apunte:</translation>
    </message>
    <message>
        <source>Writing the database failed %1.</source>
        <translation>Falló escritura de la base de datos %1.</translation>
    </message>
    <message>
        <source>Successfully added entry %1.</source>
        <translation>El apunte %1 se añadió correctamente.</translation>
    </message>
    <message>
        <source>Adds a new group to a database.</source>
        <translation>Añade un nuevo grupo a la base de datos.</translation>
    </message>
    <message>
        <source>Path of the group to add.</source>
        <translation>Ruta del grupo a añadir.</translation>
    </message>
    <message>
        <source>Group %1 already exists!</source>
        <translation>Grupo %1 ya existe.</translation>
    </message>
    <message>
        <source>Group %1 not found.</source>
        <translation>Grupo %1 no encontrado.</translation>
    </message>
    <message>
        <source>Successfully added group %1.</source>
        <translation>Grupo %1 añadido correctamente.</translation>
    </message>
    <message>
        <source>Check if any passwords have been publicly leaked. FILENAME must be the path of a file listing SHA-1 hashes of leaked passwords in HIBP format, as available from https://haveibeenpwned.com/Passwords.</source>
        <translation>Comprueba si algunas contraseñas han sido filtradas públicamente. FILENAME debe ser la ruta de un archivo conteniendo «hashes» SHA-1 de las contraseñas filtradas en formato HIBP, como está disponible en https://haveibeenpwned.com/Passwords.</translation>
    </message>
    <message>
        <source>FILENAME</source>
        <translation>FILENAME</translation>
    </message>
    <message>
        <source>Path to okon-cli to search a formatted HIBP file</source>
        <translation>Ruta para okon-cli al buscar archivo formateado HIBP</translation>
    </message>
    <message>
        <source>okon-cli</source>
        <translation>okon-cli</translation>
    </message>
    <message>
        <source>Analyze passwords for weaknesses and problems.</source>
        <translation>Analizar debilidades y problemas en las contraseñas.</translation>
    </message>
    <message>
        <source>Cannot find HIBP file: %1</source>
        <translation>No se pudo encontrar archivo HIBP: %1</translation>
    </message>
    <message>
        <source>Evaluating database entries using okon…</source>
        <translation>Evaluando apuntes de la base de datos usando okon...</translation>
    </message>
    <message>
        <source>Failed to open HIBP file %1: %2</source>
        <translation>Fallo al abrir archivo HIBP %1: %2</translation>
    </message>
    <message>
        <source>Evaluating database entries against HIBP file, this will take a while…</source>
        <translation>Evaluando los apuntes de la base de datos contra el archivo HIBP, esto tomará un rato...</translation>
    </message>
    <message numerus="yes">
        <source>Password for &apos;%1&apos; has been leaked %2 time(s)!</source>
        <translation><numerusform>¡Contraseña para «%1» ha sido filtrada %2 vez!</numerusform><numerusform>¡Contraseña para «%1» ha sido filtrada %2 veces!</numerusform><numerusform>¡Contraseña para «%1» ha sido filtrada %2 veces!</numerusform></translation>
    </message>
    <message>
        <source>Password for &apos;%1&apos; has been leaked!</source>
        <translation>¡La contraseña para «%1» ha sido filtrada!</translation>
    </message>
    <message>
        <source>Export an attachment of an entry.</source>
        <translation>Exportar un adjunto de un apunte.</translation>
    </message>
    <message>
        <source>Path of the entry with the target attachment.</source>
        <translation>Ruta del apunte con el adjunto destino.</translation>
    </message>
    <message>
        <source>Name of the attachment to be exported.</source>
        <translation>Nombre del adjunto a ser exportado.</translation>
    </message>
    <message>
        <source>Path to which the attachment should be exported.</source>
        <translation>Ruta a la que el adjunto debería ser exportado.</translation>
    </message>
    <message>
        <source>Could not find entry with path %1.</source>
        <translation>No se pudo encontrar el apunte con la ruta %1.</translation>
    </message>
    <message>
        <source>Could not find attachment with name %1.</source>
        <translation>No se puede encontrar adjunto con el nombre %1.</translation>
    </message>
    <message>
        <source>No export target given. Please use &apos;--stdout&apos; or specify an &apos;export-file&apos;.</source>
        <translation>No se ha proporcionado destino a exportar. Use «--stdout» o especifique un «export-file».</translation>
    </message>
    <message>
        <source>Could not open output file %1.</source>
        <translation>No se puede abrir archivo de salida %1.</translation>
    </message>
    <message>
        <source>Successfully exported attachment %1 of entry %2 to %3.</source>
        <translation>Adjunto %1 exportado correctamente del apunte %2 a %3.</translation>
    </message>
    <message>
        <source>Overwrite existing attachments.</source>
        <translation>Sobrescribir adjuntos existentes.</translation>
    </message>
    <message>
        <source>Imports an attachment to an entry.</source>
        <translation>Importa un adjunto a un apunte.</translation>
    </message>
    <message>
        <source>Path of the entry.</source>
        <translation>Ruta del apunte.</translation>
    </message>
    <message>
        <source>Name of the attachment to be added.</source>
        <translation>Nombre del adjunto a añadir.</translation>
    </message>
    <message>
        <source>Path of the attachment to be imported.</source>
        <translation>Ruta al adjunto a importar.</translation>
    </message>
    <message>
        <source>Attachment %1 already exists for entry %2.</source>
        <translation>Adjunto %1 ya existe para el apunte %2.</translation>
    </message>
    <message>
        <source>Could not open attachment file %1.</source>
        <translation>No se puede abrir el archivo del adjunto %1.</translation>
    </message>
    <message>
        <source>Successfully imported attachment %1 as %2 to entry %3.</source>
        <translation>Adjunto %1 importado correctamente como %2 al apunte %3.</translation>
    </message>
    <message>
        <source>Remove an attachment of an entry.</source>
        <translation>Eliminar un adjunto del apunte.</translation>
    </message>
    <message>
        <source>Name of the attachment to be removed.</source>
        <translation>Nombre del adjunto a eliminar.</translation>
    </message>
    <message>
        <source>Successfully removed attachment %1 from entry %2.</source>
        <translation>Adjunto %1 eliminado correctamente del apunte %2.</translation>
    </message>
    <message>
        <source>Copy the given attribute to the clipboard. Defaults to &quot;password&quot; if not specified.</source>
        <comment>Don't translate &quot;password&quot;, it refers to the attribute.</comment>
        <translation>Copiar en atributo al portapapeles. Por defecto a «password» si no se especifica.</translation>
    </message>
    <message>
        <source>Copy the current TOTP to the clipboard (equivalent to &quot;-a totp&quot;).</source>
        <translation>Copiar el TOTP actual al portapapeles (equivalente a «-a totp».)</translation>
    </message>
    <message>
        <source>Must match only one entry, otherwise a list of possible matches is shown.</source>
        <translation>Debe coincidir solo un apunte, de lo contrario se muestra una lista de posibles coincidencias.</translation>
    </message>
    <message>
        <source>Copy an entry&apos;s attribute to the clipboard.</source>
        <translation>Copiar un atributo del apunte al portapapeles.</translation>
    </message>
    <message>
        <source>Path of the entry to clip.</source>
        <comment>clip = copy to clipboard</comment>
        <translation>Ruta del apunte para copiar.</translation>
    </message>
    <message>
        <source>Timeout before clearing the clipboard (default is %1 seconds, set to 0 for unlimited).</source>
        <translation>Tiempo de espera antes de borrar el portapapeles (el valor predeterminado es %1 segundos, se establece en 0 para ilimitado).</translation>
    </message>
    <message>
        <source>Invalid timeout value %1.</source>
        <translation>Valor inválido para valor de tiempo de espera %1.</translation>
    </message>
    <message>
        <source>Multiple entries matching:</source>
        <translation>Múltiples apuntes coincidentes:</translation>
    </message>
    <message>
        <source>Using matching entry: %1</source>
        <translation>Apunte coincidente usado: %1</translation>
    </message>
    <message>
        <source>Entry %1 not found.</source>
        <translation>No se encontró el apunte %1.</translation>
    </message>
    <message>
        <source>ERROR: Please specify one of --attribute or --totp, not both.</source>
        <translation>ERROR: especifique uno de --attibute o --totp, no ambos.</translation>
    </message>
    <message>
        <source>Entry with path %1 has no TOTP set up.</source>
        <translation>El apunte con ruta %1 no tiene un TOTP configurado.</translation>
    </message>
    <message>
        <source>ERROR: attribute %1 is ambiguous, it matches %2.</source>
        <translation>ERROR: el atributo %1 es ambiguo, coincide con %2.</translation>
    </message>
    <message>
        <source>Attribute &quot;%1&quot; not found.</source>
        <translation>Atributo «%1» no encontrado.</translation>
    </message>
    <message>
        <source>Entry&apos;s &quot;%1&quot; attribute copied to the clipboard!</source>
        <translation>¡Atributo del apunte «%1» copiado al portapapeles!</translation>
    </message>
    <message numerus="yes">
        <source>Clearing the clipboard in %1 second(s)...</source>
        <translation><numerusform>Limpiar el portapapeles en %1 segundo(s)...</numerusform><numerusform>Limpiar el portapapeles en %1 segundo(s)...</numerusform><numerusform>Limpiar el portapapeles en %1 segundo(s)...</numerusform></translation>
    </message>
    <message>
        <source>Clipboard cleared!</source>
        <translation>¡El portapapeles se ha limpiado!</translation>
    </message>
    <message>
        <source>Close the currently opened database.</source>
        <translation>Cerrar la base de datos abierta actual.</translation>
    </message>
    <message>
        <source>Display this help.</source>
        <translation>Representar esta ayuda.</translation>
    </message>
    <message>
        <source>Silence password prompt and other secondary outputs.</source>
        <translation>Silenciar la solicitud de contraseña y demás productos secundarios.</translation>
    </message>
    <message>
        <source>Key file of the database.</source>
        <translation>Fichero clave de la base de datos</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>Deactivate password key for the database.</source>
        <translation>Desactivar contraseña para la base de datos.</translation>
    </message>
    <message>
        <source>Yubikey slot and optional serial used to access the database (e.g., 1:7370001).</source>
        <translation>La ranura Yubikey y el dato de serie usado para acceder a la base de datos (pe. 1:7370001).</translation>
    </message>
    <message>
        <source>slot[:serial]</source>
        <translation>ranura(:serie)</translation>
    </message>
    <message>
        <source>Missing positional argument(s).</source>
        <translation>Faltan argumentos posicionales.</translation>
    </message>
    <message>
        <source>Too many arguments provided.</source>
        <translation>Demasiados argumentos proporcionados.</translation>
    </message>
    <message>
        <source>Path of the database.</source>
        <translation>Ruta a la base de datos.</translation>
    </message>
    <message>
        <source>Target decryption time in MS for the database.</source>
        <translation>Tiempo de descifrado objetivo en ms para la base de datos.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tiempo</translation>
    </message>
    <message>
        <source>Set the key file for the database.
This options is deprecated, use --set-key-file instead.</source>
        <translation>Establece el archivo clave para la base de datos.
Estas opciones están obsoletas, use --set-key-file.</translation>
    </message>
    <message>
        <source>Set the key file for the database.</source>
        <translation>Establecer el fichero clave para la base de datos.</translation>
    </message>
    <message>
        <source>Set a password for the database.</source>
        <translation>Establecer la contraseña para la base de datos.</translation>
    </message>
    <message>
        <source>Create a new database.</source>
        <translation>Crear una base de datos nueva.</translation>
    </message>
    <message>
        <source>Invalid decryption time %1.</source>
        <translation>Tiempo de descifrado inválido %1.</translation>
    </message>
    <message>
        <source>Target decryption time must be between %1 and %2.</source>
        <translation>El tiempo de descifrado debe estar entre %1 y %2.</translation>
    </message>
    <message>
        <source>Failed to set database password.</source>
        <translation>Fallo al establecer la contraseña de la base de datos.</translation>
    </message>
    <message>
        <source>Loading the key file failed</source>
        <translation>La carga del fichero clave falló</translation>
    </message>
    <message>
        <source>No key is set. Aborting database creation.</source>
        <translation>No se establece ninguna clave. Anulando la creación de base de datos.</translation>
    </message>
    <message>
        <source>Benchmarking key derivation function for %1ms delay.</source>
        <translation>Rendimiento de función de derivación de clave con un retraso de %1ms.</translation>
    </message>
    <message>
        <source>Setting %1 rounds for key derivation function.</source>
        <translation>Estableciendo %1 pasadas para la función de derivación de clave.</translation>
    </message>
    <message>
        <source>error while setting database key derivation settings.</source>
        <translation>error mientras se establecía la configuración de derivación de contraseña.</translation>
    </message>
    <message>
        <source>File %1 already exists.</source>
        <translation>El archivo %1 ya existe.</translation>
    </message>
    <message>
        <source>Failed to save the database: %1.</source>
        <translation>Error al guardar la base de datos: %1.</translation>
    </message>
    <message>
        <source>Successfully created new database.</source>
        <translation>Nueva base de datos creada correctamente.</translation>
    </message>
    <message>
        <source>Unset the password for the database.</source>
        <translation>Se ha quitado la contraseña de la base de datos.</translation>
    </message>
    <message>
        <source>Unset the key file for the database.</source>
        <translation>Se ha quitado el archivo clave de la base de datos.</translation>
    </message>
    <message>
        <source>Edit a database.</source>
        <translation>Editar una base de datos.</translation>
    </message>
    <message>
        <source>Cannot use %1 and %2 at the same time.</source>
        <translation>No se puede usar %1 y %2 al mismo tiempo.</translation>
    </message>
    <message>
        <source>Could not change the database key.</source>
        <translation>No se pudo cambiar la clave de la base de datos.</translation>
    </message>
    <message>
        <source>Database was not modified.</source>
        <translation>La base de datos no ha sido modificada.</translation>
    </message>
    <message>
        <source>Writing the database failed: %1</source>
        <translation>Fallo al escribir la base de datos: %1</translation>
    </message>
    <message>
        <source>Successfully edited the database.</source>
        <translation>Se ha editado correctamente la base de datos.</translation>
    </message>
    <message>
        <source>Cannot remove password: The database does not have a password.</source>
        <translation>No se puede eliminar la contraseña: la base de datos no tiene contraseña.</translation>
    </message>
    <message>
        <source>Cannot remove file key: The database does not have a file key.</source>
        <translation>No se puede eliminar el archivo clave: la base de datos no tiene archivo clave.</translation>
    </message>
    <message>
        <source>Loading the new key file failed: %1</source>
        <translation>Carga de un nuevo archivo clave ha fallado: %1</translation>
    </message>
    <message>
        <source>Found unexpected Key type %1</source>
        <translation>Encontrado tipo de clave inesperado %1</translation>
    </message>
    <message>
        <source>Cannot remove all the keys from a database.</source>
        <translation>No se puede eliminar todas las claves de la base de datos.</translation>
    </message>
    <message>
        <source>Show a database&apos;s information.</source>
        <translation>Mostrar información de una base de datos.</translation>
    </message>
    <message>
        <source>UUID: </source>
        <translation>UUID:</translation>
    </message>
    <message>
        <source>Name: </source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Description: </source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Cipher: </source>
        <translation>Cifrado:</translation>
    </message>
    <message>
        <source>KDF: </source>
        <translation>KDF: </translation>
    </message>
    <message>
        <source>Recycle bin is enabled.</source>
        <translation>La papelera de reciclaje está habilitada.</translation>
    </message>
    <message>
        <source>Recycle bin is not enabled.</source>
        <translation>La papelera de reciclaje no está habilitada.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localización</translation>
    </message>
    <message>
        <source>Database created</source>
        <translation>Base de datos creada</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Última guardada</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios no guardados</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Number of groups</source>
        <translation>Número de grupos</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Número de apuntes</translation>
    </message>
    <message>
        <source>Number of expired entries</source>
        <translation>Número de apuntes expirados</translation>
    </message>
    <message>
        <source>Unique passwords</source>
        <translation>Contraseñas únicas</translation>
    </message>
    <message>
        <source>Non-unique passwords</source>
        <translation>Contraseñas no únicas</translation>
    </message>
    <message>
        <source>Maximum password reuse</source>
        <translation>Reuso máximo de contraseña</translation>
    </message>
    <message>
        <source>Number of short passwords</source>
        <translation>Número de contraseñas cortas</translation>
    </message>
    <message>
        <source>Number of weak passwords</source>
        <translation>Número de contraseñas débiles</translation>
    </message>
    <message>
        <source>Entries excluded from reports</source>
        <translation>Apuntes excluidos de los informes</translation>
    </message>
    <message>
        <source>Average password length</source>
        <translation>Longitud media de contraseña</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 caracteres</translation>
    </message>
    <message>
        <source>Word count for the diceware passphrase.</source>
        <translation>Número de palabras para la frase de contraseña de diceware.</translation>
    </message>
    <message>
        <source>count</source>
        <comment>CLI parameter</comment>
        <translation>número</translation>
    </message>
    <message>
        <source>Wordlist for the diceware generator.
[Default: EFF English]</source>
        <translation>Lista de palabras para el generador de diceware.
[Por defecto: Inglés EFF]</translation>
    </message>
    <message>
        <source>Generate a new random diceware passphrase.</source>
        <translation>Generar una nueva frase de contraseña aleatoria diceware.</translation>
    </message>
    <message>
        <source>Invalid word count %1</source>
        <translation>Número de palabras inválido %1</translation>
    </message>
    <message>
        <source>The word list is too small (&lt; 1000 items)</source>
        <translation>El listado de palabras es demasiado pequeña (&lt; 1000 elementos)</translation>
    </message>
    <message>
        <source>Title for the entry.</source>
        <translation>Título para el apunte.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>Edit an entry.</source>
        <translation>Editar un apunte.</translation>
    </message>
    <message>
        <source>Path of the entry to edit.</source>
        <translation>Ruta del apunte para editar.</translation>
    </message>
    <message>
        <source>Not changing any field for entry %1.</source>
        <translation>No cambiar cualquier campo para el apunte 1%.</translation>
    </message>
    <message>
        <source>Enter new password for entry: </source>
        <translation>Introduzca una nueva contraseña para el apunte:</translation>
    </message>
    <message>
        <source>Successfully edited entry %1.</source>
        <translation>Apunte %1 editado correctamente.</translation>
    </message>
    <message>
        <source>Perform advanced analysis on the password.</source>
        <translation>Realizar análisis avanzado sobre la contraseña.</translation>
    </message>
    <message>
        <source>Password for which to estimate the entropy.</source>
        <translation>Contraseña para la que desea calcular la entropía.</translation>
    </message>
    <message>
        <source>Estimate the entropy of a password.</source>
        <translation>Estimar la entropía de una contraseña.</translation>
    </message>
    <message>
        <source>Length %1</source>
        <translation>Longitud %1</translation>
    </message>
    <message>
        <source>Entropy %1</source>
        <translation>Entropía: %1</translation>
    </message>
    <message>
        <source>Log10 %1</source>
        <translation>Log10 %1</translation>
    </message>
    <message>
        <source>Multi-word extra bits %1</source>
        <translation>Multi-palabra extra bits %1</translation>
    </message>
    <message>
        <source>Type: Bruteforce</source>
        <translation>Tipo: Fuerza bruta</translation>
    </message>
    <message>
        <source>Type: Dictionary</source>
        <translation>Tipo: Diccionario</translation>
    </message>
    <message>
        <source>Type: Dict+Leet</source>
        <translation>Tipo: Dicc+leet</translation>
    </message>
    <message>
        <source>Type: User Words</source>
        <translation>Tipo: Palabras de usuario</translation>
    </message>
    <message>
        <source>Type: User+Leet</source>
        <translation>Tipo: Usuario+leet</translation>
    </message>
    <message>
        <source>Type: Repeated</source>
        <translation>Tipo: repetido</translation>
    </message>
    <message>
        <source>Type: Sequence</source>
        <translation>Tipo: Secuencia</translation>
    </message>
    <message>
        <source>Type: Spatial</source>
        <translation>Tipo: Espacial</translation>
    </message>
    <message>
        <source>Type: Date</source>
        <translation>Tipo: Fecha</translation>
    </message>
    <message>
        <source>Type: Bruteforce(Rep)</source>
        <translation>Tipo: Fuerza Bruta(Rep)</translation>
    </message>
    <message>
        <source>Type: Dictionary(Rep)</source>
        <translation>Tipo: Diccionario(Rep)</translation>
    </message>
    <message>
        <source>Type: Dict+Leet(Rep)</source>
        <translation>Tipo: Dicc+Leet(Rep)</translation>
    </message>
    <message>
        <source>Type: User Words(Rep)</source>
        <translation>Tipo: palabras de usuario (rep)</translation>
    </message>
    <message>
        <source>Type: User+Leet(Rep)</source>
        <translation>Tipo: Usuario + Leet(Rep)</translation>
    </message>
    <message>
        <source>Type: Repeated(Rep)</source>
        <translation>Tipo: Repetido(Rep)</translation>
    </message>
    <message>
        <source>Type: Sequence(Rep)</source>
        <translation>Tipo: Secuencia(Rep)</translation>
    </message>
    <message>
        <source>Type: Spatial(Rep)</source>
        <translation>Tipo: Espacial(Rep)</translation>
    </message>
    <message>
        <source>Type: Date(Rep)</source>
        <translation>Tipo: Fecha(Rep)</translation>
    </message>
    <message>
        <source>Type: Unknown (%1)</source>
        <translation>Tipo: Desconocido (%1)</translation>
    </message>
    <message>
        <source>Entropy %1 (%2)</source>
        <translation>Entropía %1 (%2)</translation>
    </message>
    <message>
        <source>*** Password length (%1) != sum of length of parts (%2) ***</source>
        <translation>*** Longitud de la contraseña (%1) != Suma de la longitud de las partes (%2) ***</translation>
    </message>
    <message>
        <source>Exit interactive mode.</source>
        <translation>Salir de modo interactivo.</translation>
    </message>
    <message>
        <source>Format to use when exporting. Available choices are &apos;xml&apos; or &apos;csv&apos;. Defaults to &apos;xml&apos;.</source>
        <translation>Formato a usar al exportar. Las opciones disponibles son «xml» o «csv». Por defecto «xml».</translation>
    </message>
    <message>
        <source>Exports the content of a database to standard output in the specified format.</source>
        <translation>Exporta el contenido de la base de datos en la salida estándar en el formato especificado.</translation>
    </message>
    <message>
        <source>Unable to export database to XML: %1</source>
        <translation>No se puede exportar base de datos a XML: %1</translation>
    </message>
    <message>
        <source>Unsupported format %1</source>
        <translation>Formato no soportado %1</translation>
    </message>
    <message>
        <source>Length of the generated password</source>
        <translation>Longitud de la contraseña generada</translation>
    </message>
    <message>
        <source>length</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Use lowercase characters</source>
        <translation>Usar caracteres en minúscula</translation>
    </message>
    <message>
        <source>Use uppercase characters</source>
        <translation>Usar caracteres en mayúscula</translation>
    </message>
    <message>
        <source>Use numbers</source>
        <translation>Utilizar números</translation>
    </message>
    <message>
        <source>Use special characters</source>
        <translation>Usar caracteres especiales</translation>
    </message>
    <message>
        <source>Use extended ASCII</source>
        <translation>Usar ASCII extendido</translation>
    </message>
    <message>
        <source>Exclude character set</source>
        <translation>Excluir conjunto de caracteres</translation>
    </message>
    <message>
        <source>chars</source>
        <translation>caracteres</translation>
    </message>
    <message>
        <source>Use custom character set</source>
        <translation>Usar conjunto de caracteres personalizado</translation>
    </message>
    <message>
        <source>Exclude similar looking characters</source>
        <translation>Excluir caracteres de aspecto similar</translation>
    </message>
    <message>
        <source>Include characters from every selected group</source>
        <translation>Incluir caracteres de cada grupo seleccionado</translation>
    </message>
    <message>
        <source>Generate a new random password.</source>
        <translation>Generar una nueva contraseña aleatoria.</translation>
    </message>
    <message>
        <source>Invalid password length %1</source>
        <translation>Longitud de contraseña inválida %1</translation>
    </message>
    <message>
        <source>Invalid password generator after applying all options</source>
        <translation>Generador de contraseñas inválido tras aplicar opciones</translation>
    </message>
    <message>
        <source>Display command help.</source>
        <translation>Representar mandato de ayuda.</translation>
    </message>
    <message>
        <source>Available commands:</source>
        <translation>Comandos disponibles:</translation>
    </message>
    <message>
        <source>Import the contents of an XML database.</source>
        <translation>Importar los contenidos de la base de datos XML.</translation>
    </message>
    <message>
        <source>Path of the XML database export.</source>
        <translation>Ruta de la exportación de la base de datos XML.</translation>
    </message>
    <message>
        <source>Path of the new database.</source>
        <translation>Ruta de la nueva base de datos.</translation>
    </message>
    <message>
        <source>Unable to import XML database: %1</source>
        <translation>No se puede importar la base de datos XML: %1</translation>
    </message>
    <message>
        <source>Successfully imported database.</source>
        <translation>Base de datos importada correctamente.</translation>
    </message>
    <message>
        <source>Unknown command %1</source>
        <translation>Mandato %1 desconocido</translation>
    </message>
    <message>
        <source>

Available commands:
</source>
        <translation>

Comandos disponibles:
</translation>
    </message>
    <message>
        <source>Name of the command to execute.</source>
        <translation>Nombre del comando a ejecutar.</translation>
    </message>
    <message>
        <source>Displays debugging information.</source>
        <translation>Representa información de depurado.</translation>
    </message>
    <message>
        <source>Invalid command %1.</source>
        <translation>Comando inválido %1.</translation>
    </message>
    <message>
        <source>Recursively list the elements of the group.</source>
        <translation>Listar recursivamente los elementos del grupo.</translation>
    </message>
    <message>
        <source>Flattens the output to single lines.</source>
        <translation>Aplana la salida en líneas individuales.</translation>
    </message>
    <message>
        <source>List database entries.</source>
        <translation>Listar los apuntes de la base de datos.</translation>
    </message>
    <message>
        <source>Path of the group to list. Default is /</source>
        <translation>Ruta del grupo a listar. Por defecto es /</translation>
    </message>
    <message>
        <source>Cannot find group %1.</source>
        <translation>No se puede encontrar el grupo %1.</translation>
    </message>
    <message>
        <source>Use the same credentials for both database files.</source>
        <translation>Utilizar las mismas credenciales para ambos archivos de base de datos.</translation>
    </message>
    <message>
        <source>Key file of the database to merge from.</source>
        <translation>Fichero clave de la base de datos desde la cual desea combinar.</translation>
    </message>
    <message>
        <source>Deactivate password key for the database to merge from.</source>
        <translation>Desactivar contraseña para la base de datos desde la que combinar.</translation>
    </message>
    <message>
        <source>Only print the changes detected by the merge operation.</source>
        <translation>Imprimir solo cambios detectados por la operación combinar.</translation>
    </message>
    <message>
        <source>Yubikey slot for the second database.</source>
        <translation>Ranura YubiKey para la segunda base de datos.</translation>
    </message>
    <message>
        <source>slot</source>
        <translation>ranura</translation>
    </message>
    <message>
        <source>Merge two databases.</source>
        <translation>Combinar dos bases de datos.</translation>
    </message>
    <message>
        <source>Path of the database to merge from.</source>
        <translation>Ruta de la base de datos de la que combinar.</translation>
    </message>
    <message>
        <source>Error reading merge file:
%1</source>
        <translation>Error al leer el archivo a combinar:
%1</translation>
    </message>
    <message>
        <source>Unable to save database to file : %1</source>
        <translation>No se puede guardar la base de datos en el archivo: %1</translation>
    </message>
    <message>
        <source>Successfully merged %1 into %2.</source>
        <translation>Combinado %1 en %2 correctamente.</translation>
    </message>
    <message>
        <source>Database was not modified by merge operation.</source>
        <translation>La base de datos no fue modificada por la operación de combinación</translation>
    </message>
    <message>
        <source>Moves an entry to a new group.</source>
        <translation>Mueve un apunte a un nuevo grupo.</translation>
    </message>
    <message>
        <source>Path of the entry to move.</source>
        <translation>Ruta del apunte a mover.</translation>
    </message>
    <message>
        <source>Path of the destination group.</source>
        <translation>Ruta del grupo destino.</translation>
    </message>
    <message>
        <source>Could not find group with path %1.</source>
        <translation>No se puede encontrar el grupo con ruta %1.</translation>
    </message>
    <message>
        <source>Entry is already in group %1.</source>
        <translation>El apunte ya está en el grupo %1.</translation>
    </message>
    <message>
        <source>Successfully moved entry %1 to group %2.</source>
        <translation>Apunte %1 movido al grupo %2 correctamente.</translation>
    </message>
    <message>
        <source>Open a database.</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>Path of the entry to remove.</source>
        <translation>Ruta del apunte a eliminar.</translation>
    </message>
    <message>
        <source>Unable to save database to file: %1</source>
        <translation>No se puede guardar la base de datos en el archivo: %1</translation>
    </message>
    <message>
        <source>Successfully recycled entry %1.</source>
        <translation>Apunte %1 reciclado correctamente.</translation>
    </message>
    <message>
        <source>Successfully deleted entry %1.</source>
        <translation>Se eliminó correctamente el apunte %1.</translation>
    </message>
    <message>
        <source>Path of the group to remove.</source>
        <translation>Ruta del grupo a eliminar.</translation>
    </message>
    <message>
        <source>Cannot remove root group from database.</source>
        <translation>No se puede eliminar grupo raíz de la base de datos.</translation>
    </message>
    <message>
        <source>Successfully recycled group %1.</source>
        <translation>Grupo %1 reciclado correctamente.</translation>
    </message>
    <message>
        <source>Successfully deleted group %1.</source>
        <translation>Grupo %1 eliminado correctamente.</translation>
    </message>
    <message>
        <source>Find entries quickly.</source>
        <translation>Encontrar los apuntes rápidamente.</translation>
    </message>
    <message>
        <source>Search term.</source>
        <translation>Término de búsqueda.</translation>
    </message>
    <message>
        <source>Show the entry&apos;s current TOTP.</source>
        <translation>Muestra el TOTP actual del apunte.</translation>
    </message>
    <message>
        <source>Show the protected attributes in clear text.</source>
        <translation>Mostrar los atributos protegidos en texto legible</translation>
    </message>
    <message>
        <source>Show all the attributes of the entry.</source>
        <translation>Mostrar todos los atributos del apunte.</translation>
    </message>
    <message>
        <source>Show the attachments of the entry.</source>
        <translation>Mostrar los adjuntos del apunte.</translation>
    </message>
    <message>
        <source>Names of the attributes to show. This option can be specified more than once, with each attribute shown one-per-line in the given order. If no attributes are specified, a summary of the default attributes is given.</source>
        <translation>Nombres de los atributos para mostrar. Esta opción se puede especificar más de una vez, con cada atributo apareciendo uno por línea en el orden dado. Si no se especifica ningún atributo, se da un resumen de los atributos predeterminados.</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>atributo</translation>
    </message>
    <message>
        <source>Show an entry&apos;s information.</source>
        <translation>Muestra información de un apunte.</translation>
    </message>
    <message>
        <source>Name of the entry to show.</source>
        <translation>Nombre del apunte para mostrar.</translation>
    </message>
    <message>
        <source>ERROR: unknown attribute %1.</source>
        <translation>ERROR: atributo desconocido %1.</translation>
    </message>
    <message>
        <source>No attachments present.</source>
        <translation>No hay adjuntos.</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Adjuntos:</translation>
    </message>
    <message>
        <source>Failed to open database file %1: not found</source>
        <translation>Fallo al abrir archivo de base de datos %1: no encontrado</translation>
    </message>
    <message>
        <source>Failed to open database file %1: not a plain file</source>
        <translation>Fallo al abrir archivo de base de datos %1: archivo de texto no plano</translation>
    </message>
    <message>
        <source>Failed to open database file %1: not readable</source>
        <translation>Fallo al abrir archivo de base de datos %1: no leíble</translation>
    </message>
    <message>
        <source>Enter password to unlock %1: </source>
        <translation>Introduzca contraseña para desbloquear: %1</translation>
    </message>
    <message>
        <source>Failed to load key file %1: %2</source>
        <translation>Error al cargar el fichero clave %1: %2</translation>
    </message>
    <message>
        <source>WARNING: You are using an old key file format which KeePassXC may
stop supporting in the future.

Please consider generating a new key file.</source>
        <translation>ADVERTENCIA: Está usando un fichero clave con un formato antiguo que KeePassXC puede dejar
de soportar en el futuro.

Considere generar un nuevo fichero clave.</translation>
    </message>
    <message>
        <source>Invalid YubiKey slot %1</source>
        <translation>Ranura %1 de YubiKey inválida</translation>
    </message>
    <message>
        <source>Invalid YubiKey serial %1</source>
        <translation>Serie de YubiKey inválido %1</translation>
    </message>
    <message>
        <source>Please present or touch your YubiKey to continue.</source>
        <translation>Conecte o toque su YubiKey para continuar.</translation>
    </message>
    <message>
        <source>Enter password to encrypt database (optional): </source>
        <translation>Introduzca la contraseña para cifrar la base de datos (opcional):</translation>
    </message>
    <message>
        <source>Do you want to create a database with an empty password? [y/N]: </source>
        <translation>¿Desea crear una base de datos con una contraseña vacía? (y/N):</translation>
    </message>
    <message>
        <source>Repeat password: </source>
        <translation>Repetir contraseña:</translation>
    </message>
    <message>
        <source>Error: Passwords do not match.</source>
        <translation>Error: las contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>No program defined for clipboard manipulation</source>
        <translation>Ningún programa definido para la manipulación del portapapeles.</translation>
    </message>
    <message>
        <source>All clipping programs failed. Tried %1
</source>
        <translation>Todos los programas de recortes fallaron. Intentado %1
</translation>
    </message>
    <message>
        <source>Creating KeyFile %1 failed: %2</source>
        <translation>Error al crear el fichero clave %1: %2</translation>
    </message>
    <message>
        <source>Loading KeyFile %1 failed: %2</source>
        <translation>Error al cargar el fichero clave %1: %2</translation>
    </message>
    <message>
        <source>HIBP file, line %1: parse error</source>
        <translation>Archivo HIBP, línea %1: error de analizado</translation>
    </message>
    <message>
        <source>To use okon, you must provide a post-processed file (e.g. file.okon)</source>
        <translation>Para usar okon debe proporcionar un archivo procesado (pe. archivo.okon)</translation>
    </message>
    <message>
        <source>Could not start okon process: %1</source>
        <translation>No se pudo iniciar proceso okon: %1</translation>
    </message>
    <message>
        <source>Error: okon process did not finish</source>
        <translation>Error: el proceso okon no finalizó</translation>
    </message>
    <message>
        <source>Failed to load okon processed database: %1</source>
        <translation>Fallo al cargar base de datos procesada con okon: %1</translation>
    </message>
    <message>
        <source>Very weak password</source>
        <translation>Contraseña muy débil</translation>
    </message>
    <message>
        <source>Password entropy is %1 bits</source>
        <translation>La entropía de la contraseña es de %1 bits</translation>
    </message>
    <message>
        <source>Weak password</source>
        <translation>Contraseña débil</translation>
    </message>
    <message>
        <source>Used in %1/%2</source>
        <translation>Usada en %1%2 </translation>
    </message>
    <message numerus="yes">
        <source>Password is used %1 time(s)</source>
        <translation><numerusform>La contraseña es usada %1 vez</numerusform><numerusform>La contraseña es usada %1 veces</numerusform><numerusform>La contraseña es usada %1 veces</numerusform></translation>
    </message>
    <message>
        <source>Password has expired</source>
        <translation>La contraseña ha expirado</translation>
    </message>
    <message>
        <source>Password expiry was %1</source>
        <translation>La expiración de la contraseña fue %1</translation>
    </message>
    <message>
        <source>Password expires on %1</source>
        <translation>La contraseña expira el %1</translation>
    </message>
    <message>
        <source>Password is about to expire</source>
        <translation>La contraseña está a punto de expirar</translation>
    </message>
    <message numerus="yes">
        <source>Password expires in %1 day(s)</source>
        <translation><numerusform>La contraseña expira en %1 día</numerusform><numerusform>La contraseña expira en %1 días</numerusform><numerusform>La contraseña expira en %1 días</numerusform></translation>
    </message>
    <message>
        <source>Password will expire soon</source>
        <translation>La contraseña expirará pronto</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Build Type: %1</source>
        <translation>Tipo de compilación: %1</translation>
    </message>
    <message>
        <source>Revision: %1</source>
        <translation>Revisión: %1</translation>
    </message>
    <message>
        <source>Distribution: %1</source>
        <translation>Distribución: %1</translation>
    </message>
    <message>
        <source>Debugging mode is disabled.</source>
        <translation>Modo de depurado deshabilitado.</translation>
    </message>
    <message>
        <source>Debugging mode is enabled.</source>
        <translation>Modo de depurado habilitado.</translation>
    </message>
    <message>
        <source>Operating system: %1
CPU architecture: %2
Kernel: %3 %4</source>
        <translation>Sistema operativo: %1
Arquitectura de CPU: %2
Núcleo: %3 %4</translation>
    </message>
    <message>
        <source>Auto-Type</source>
        <translation>Autoescritura</translation>
    </message>
    <message>
        <source>SSH Agent</source>
        <translation>Agente SSH</translation>
    </message>
    <message>
        <source>KeeShare</source>
        <translation>KeeShare</translation>
    </message>
    <message>
        <source>YubiKey</source>
        <translation>YubiKey</translation>
    </message>
    <message>
        <source>Quick Unlock</source>
        <translation>Desbloqueo rápido</translation>
    </message>
    <message>
        <source>Secret Service Integration</source>
        <translation>Integración con servicio de secretos</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Enabled extensions:</source>
        <translation>Extensiones habilitadas:</translation>
    </message>
    <message numerus="yes">
        <source>over %1 year(s)</source>
        <translation><numerusform>más de %1 año</numerusform><numerusform>más de %1 años</numerusform><numerusform>más de %1 años</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>about %1 month(s)</source>
        <translation><numerusform>casi %1 mes</numerusform><numerusform>casi %1 meses</numerusform><numerusform>casi %1 meses</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 week(s)</source>
        <translation><numerusform>%1 semana</numerusform><numerusform>%1 semanas</numerusform><numerusform>%1 semanas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 day(s)</source>
        <translation><numerusform>%1 día</numerusform><numerusform>%1 días</numerusform><numerusform>%1 días</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 hour(s)</source>
        <translation><numerusform>%1 hora</numerusform><numerusform>%1 horas</numerusform><numerusform>%1 horas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 minute(s)</source>
        <translation><numerusform>%1 minuto</numerusform><numerusform>%1 minutos</numerusform><numerusform>%1 minutos</numerusform></translation>
    </message>
    <message>
        <source>Botan library must be at least %1, found %2.%3.%4</source>
        <translation>Librería Botan debe ser al menos %1, encontrado %2.%3.%4</translation>
    </message>
    <message>
        <source>Cryptographic libraries:</source>
        <translation>Librerías criptográficas:</translation>
    </message>
    <message>
        <source>AES (%1 rounds)</source>
        <translation>AES (%1 pasadas)</translation>
    </message>
    <message>
        <source>Argon2%1 (%2 rounds, %3 KB)</source>
        <translation>Argon2%1 (%2 rondas, %3 KB)</translation>
    </message>
    <message>
        <source>SymmetricCipher::init: Invalid cipher mode.</source>
        <translation>Symmetriccipher::init: modo de cifrado no válido.</translation>
    </message>
    <message>
        <source>SymmetricCipher::init: Invalid IV size of %1 for %2.</source>
        <translation>Symmetriccipher::init: Tamaño inválido IV de %1 en %2.</translation>
    </message>
    <message>
        <source>Cipher not initialized prior to use.</source>
        <translation>Cifrado no se inicializa antes del uso.</translation>
    </message>
    <message>
        <source>Cannot process 0 length data.</source>
        <translation>No se puede procesar datos de longitud 0.</translation>
    </message>
    <message>
        <source>unknown executable (DBus address %1)</source>
        <translation>ejecutable desconocido (dirección DBus %1)</translation>
    </message>
    <message>
        <source>%1 (invalid executable path)</source>
        <translation>%1 (ruta de ejecutable inválido)</translation>
    </message>
    <message>
        <source>NULL device</source>
        <translation>Dispositivo NULL</translation>
    </message>
    <message>
        <source>error reading from device</source>
        <translation>error leyendo del dispositivo</translation>
    </message>
    <message>
        <source>file empty</source>
        <translation>archivo vacío</translation>
    </message>
    <message>
        <source>malformed string</source>
        <translation>cadena de caracteres mal formada</translation>
    </message>
    <message>
        <source>missing closing quote</source>
        <translation>comilla de cierre faltante</translation>
    </message>
    <message>
        <source>%1: (row, col) %2,%3</source>
        <translation>%1: (fila, col) %2,%3</translation>
    </message>
    <message>
        <source>AES 256-bit</source>
        <translation>AES 256-bit</translation>
    </message>
    <message>
        <source>Twofish 256-bit</source>
        <translation>Twofish 256-bit</translation>
    </message>
    <message>
        <source>ChaCha20 256-bit</source>
        <translation>ChaCha20 256-bit</translation>
    </message>
    <message>
        <source>Argon2d (KDBX 4 – recommended)</source>
        <translation>Argon2d (KDBX 4 – recomendado)</translation>
    </message>
    <message>
        <source>Argon2id (KDBX 4)</source>
        <translation>Argon2id (KDBX 4)</translation>
    </message>
    <message>
        <source>AES-KDF (KDBX 4)</source>
        <translation>AES-KDF (KDBX 4)</translation>
    </message>
    <message>
        <source>AES-KDF (KDBX 3)</source>
        <translation>AES-KDF (KDBX 3)</translation>
    </message>
    <message>
        <source>Existing single-instance lock file is invalid. Launching new instance.</source>
        <translation>El archivo de bloqueo de instancia única existente no es válido. Lanzando nueva instancia.</translation>
    </message>
    <message>
        <source>The lock file could not be created. Single-instance mode disabled.</source>
        <translation>El archivo de bloqueo no pudo ser creado. Modo de instancia única deshabilitado.</translation>
    </message>
    <message numerus="yes">
        <source>Clearing the clipboard in %1 second(s)…</source>
        <translation><numerusform>Limpiando el portapapeles en %1 segundo...</numerusform><numerusform>Limpiando el portapapeles en %1 segundos...</numerusform><numerusform>Limpiando el portapapeles en %1 segundos...</numerusform></translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation>TOTP</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Icono</translation>
    </message>
    <message>
        <source>Last Modified</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Benchmark %1 delay</source>
        <translation>Retraso de rendimiento %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 ms</source>
        <comment>milliseconds</comment>
        <translation><numerusform>%1 ms</numerusform><numerusform>%1 ms</numerusform><numerusform>%1 ms</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation><numerusform>%1 s</numerusform><numerusform>%1 s</numerusform><numerusform>%1 s</numerusform></translation>
    </message>
    <message>
        <source>Do you really want to delete the entry &quot;%1&quot; for good?</source>
        <translation>¿Desea eliminar el apunte «%1» de forma definitiva?</translation>
    </message>
    <message numerus="yes">
        <source>Do you really want to delete %n entry(s) for good?</source>
        <translation><numerusform>¿Desea eliminar para siempre %n apunte?</numerusform><numerusform>¿Desea eliminar para siempre %n apuntes?</numerusform><numerusform>¿Desea eliminar para siempre %n apuntes?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete entry(s)?</source>
        <translation><numerusform>¿Eliminar apunte?</numerusform><numerusform>¿Eliminar apuntes?</numerusform><numerusform>¿Eliminar apuntes?</numerusform></translation>
    </message>
    <message>
        <source>Do you really want to move entry &quot;%1&quot; to the recycle bin?</source>
        <translation>¿Desea mover el apunte «%1» a la papelera de reciclaje?</translation>
    </message>
    <message numerus="yes">
        <source>Do you really want to move %n entry(s) to the recycle bin?</source>
        <translation><numerusform>¿Desea mover %n apunte a la papelera de reciclaje?</numerusform><numerusform>¿Desea mover %n apuntes a la papelera de reciclaje?</numerusform><numerusform>¿Desea mover %n apuntes a la papelera de reciclaje?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Move entry(s) to recycle bin?</source>
        <translation><numerusform>¿Mover el(los) apunte(s) a la papelera de reciclaje?</numerusform><numerusform>¿Mover el(los) apunte(s) a la papelera de reciclaje?</numerusform><numerusform>¿Mover el(los) apunte(s) a la papelera de reciclaje?</numerusform></translation>
    </message>
    <message>
        <source>Replace references to entry?</source>
        <translation>¿Reemplazar las referencias al apunte?</translation>
    </message>
    <message numerus="yes">
        <source>Entry &quot;%1&quot; has %2 reference(s). Do you want to overwrite references with values, skip this entry, or delete anyway?</source>
        <translation><numerusform>El apunte «%1» tiene %2 referencia. ¿Desea sobreescribir las referencia con valores, omitir este apunte o eliminar de todos modos?</numerusform><numerusform>El apunte «%1» tiene %2 referencias. ¿Desea sobreescribir las referencias con valores, omitir este apunte o eliminar de todos modos?</numerusform><numerusform>El apunte «%1» tiene %2 referencias. ¿Desea sobreescribir las referencias con valores, omitir este apunte o eliminar de todos modos?</numerusform></translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Browser Statistics</source>
        <translation>Estadísticas de navegador</translation>
    </message>
    <message>
        <source>Health Check</source>
        <translation>Comprobación de salud</translation>
    </message>
    <message>
        <source>HIBP</source>
        <translation>HIBP</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Unsupported key file version: %1</source>
        <translation>Versión de fichero clave no soportado: %1</translation>
    </message>
    <message>
        <source>Checksum mismatch! Key file may be corrupt.</source>
        <translation>¡Fallo de suma de comprobación! El fichero clave puede estar corrupto.</translation>
    </message>
    <message>
        <source>Unexpected key file data! Key file may be corrupt.</source>
        <translation>¡Datos de fichero clave inesperados! El fichero clave puede estar corrupto.</translation>
    </message>
    <message>
        <source>KeePassXC - cross-platform password manager</source>
        <translation>KeePassXC - gestor de claves multiplataforma</translation>
    </message>
    <message>
        <source>filenames of the password databases to open (*.kdbx)</source>
        <translation>nombre de archivo de las bases de datos de contraseñas a abrir (*.kdbx)</translation>
    </message>
    <message>
        <source>path to a custom config file</source>
        <translation>ruta a un archivo de configuración personalizado</translation>
    </message>
    <message>
        <source>path to a custom local config file</source>
        <translation>ruta a un archivo de configuración local personalizado </translation>
    </message>
    <message>
        <source>lock all open databases</source>
        <translation>bloquear todas las bases de datos abiertas</translation>
    </message>
    <message>
        <source>key file of the database</source>
        <translation>fichero clave de la base de datos</translation>
    </message>
    <message>
        <source>read password of the database from stdin</source>
        <translation>leer contraseña de la base de datos desde la entrada estándar</translation>
    </message>
    <message>
        <source>Locked databases.</source>
        <translation>Bases de datos bloqueadas.</translation>
    </message>
    <message>
        <source>Database failed to lock.</source>
        <translation>Fallo al bloquear base de datos.</translation>
    </message>
    <message>
        <source>Another instance of KeePassXC is already running.</source>
        <translation>Otra instancia de KeePassXC ya se está ejecutando.</translation>
    </message>
    <message>
        <source>KeePassXC is not running. No open database to lock</source>
        <translation>KeePassXC no está en ejecución. No hay base de datos abierta a cerrar</translation>
    </message>
    <message>
        <source>Fatal error while testing the cryptographic functions.</source>
        <translation>Error fatal comprobando las funciones criptográficas.</translation>
    </message>
    <message>
        <source>KeePassXC - Error</source>
        <translation>KeePassXC - Error</translation>
    </message>
    <message>
        <source>Database password: </source>
        <translation>Contraseña de la base de datos:</translation>
    </message>
    <message>
        <source>Invalid Settings</source>
        <comment>TOTP</comment>
        <translation>Configuración inválida</translation>
    </message>
    <message>
        <source>Invalid Key</source>
        <comment>TOTP</comment>
        <translation>Clave inválida</translation>
    </message>
    <message>
        <source>Failed to create Windows Hello credential.</source>
        <translation>Fallo al crear credencial Windows Hello.</translation>
    </message>
    <message>
        <source>Failed to sign challenge using Windows Hello.</source>
        <translation>Fallo al completar reto usando Windows Hello.</translation>
    </message>
    <message>
        <source>Warning: Failed to block screenshot capture on a top-level window.</source>
        <translation>Advertencia: Fallo al bloquear la captura de pantalla en la ventana de nivel superior.</translation>
    </message>
    <message>
        <source>Invalid Cipher</source>
        <translation>Algoritmo de cifrado inválido</translation>
    </message>
    <message>
        <source>Invalid KDF</source>
        <translation>KDF inválido</translation>
    </message>
    <message>
        <source>Access to all entries is denied</source>
        <translation>acceso a todos los apuntes denegado</translation>
    </message>
    <message>
        <source>allow screenshots and app recording (Windows/macOS)</source>
        <translation>permitir aplicación de capturas de pantalla y granación (Windows/macOS)</translation>
    </message>
    <message>
        <source>AES initialization failed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>AES encrypt failed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Failed to store in Linux Keyring</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Could not locate key in keyring</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Could not read key in keyring</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>AES decrypt failed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No Polkit authentication agent was available</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Polkit authorization failed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No Quick Unlock provider is available</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Polkit returned an error: %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Failed to init KeePassXC crypto.</source>
        <translation>Fallo al inicializar criptografía de KeePassXC.</translation>
    </message>
    <message>
        <source>Failed to encrypt key data.</source>
        <translation>Fallo al cifrar clave de datos.</translation>
    </message>
    <message>
        <source>Failed to get Windows Hello credential.</source>
        <translation>Fallo al obtener credencial Windows Hello.</translation>
    </message>
    <message>
        <source>Failed to decrypt key data.</source>
        <translation>Fallo al descifrar clave de datos.</translation>
    </message>
    <message>
        <source>Passkeys</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>QtIOCompressor</name>
    <message>
        <source>Internal zlib error when compressing: </source>
        <translation>Error interno de zlib comprimiendo:</translation>
    </message>
    <message>
        <source>Error writing to underlying device: </source>
        <translation>Error al escribir en el dispositivo subyacente:</translation>
    </message>
    <message>
        <source>Error opening underlying device: </source>
        <translation>Error al abrir el dispositivo subyacente:</translation>
    </message>
    <message>
        <source>Error reading data from underlying device: </source>
        <translation>Error al leer el dispositivo subyacente:</translation>
    </message>
    <message>
        <source>Internal zlib error when decompressing: </source>
        <translation>Error interno de zlib descomprimiendo:</translation>
    </message>
</context>
<context>
    <name>QtIOCompressor::open</name>
    <message>
        <source>The gzip format not supported in this version of zlib.</source>
        <translation>El formato gzip no está soportado en esta versión de zlib.</translation>
    </message>
    <message>
        <source>Internal zlib error: </source>
        <translation>Error interno de zlib:</translation>
    </message>
</context>
<context>
    <name>ReportsWidgetBrowserStatistics</name>
    <message>
        <source>Double-click entries to edit.</source>
        <translation>Doble clic para editar apuntes.</translation>
    </message>
    <message>
        <source>List of entry URLs</source>
        <translation>Lista de URLs de apuntes</translation>
    </message>
    <message>
        <source>Entry has no URLs set</source>
        <translation>El apunte no tiene URLs establecidas</translation>
    </message>
    <message>
        <source>Allowed URLs</source>
        <translation>URLs permitidas</translation>
    </message>
    <message>
        <source>Entry has no Browser Integration settings</source>
        <translation>El apunte no tiene configuración de integración con navegador</translation>
    </message>
    <message>
        <source>Denied URLs</source>
        <translation>URLs denegadas</translation>
    </message>
    <message>
        <source> (Excluded)</source>
        <translation>(Excluido)</translation>
    </message>
    <message>
        <source>This entry is being excluded from reports</source>
        <translation>Este apunte es excluido de los informes</translation>
    </message>
    <message>
        <source>Please wait, browser statistics is being calculated…</source>
        <translation>Espere, las estadísticas de navegador están siendo calculadas...</translation>
    </message>
    <message>
        <source>No entries with a URL, or none has browser extension settings saved.</source>
        <translation>No hay apuntes con URL o ninguna tiene guardado la configuración de extensión de navegador.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URLs</translation>
    </message>
    <message>
        <source>Edit Entry…</source>
        <translation>Editar Apunte...</translation>
    </message>
    <message numerus="yes">
        <source>Delete Entry(s)…</source>
        <translation><numerusform>Eliminar apunte(s)...</numerusform><numerusform>Eliminar apunte(s)...</numerusform><numerusform>Eliminar apunte(s)...</numerusform></translation>
    </message>
    <message>
        <source>Exclude from reports</source>
        <translation>Excluir de los informes</translation>
    </message>
    <message>
        <source>Only show entries that have a URL</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Only show entries that have been explicitly allowed or denied</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Show expired entries</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source> (Expired)</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>ReportsWidgetHealthcheck</name>
    <message>
        <source>Hover over reason to show additional details. Double-click entries to edit.</source>
        <translation>Pasar por encima del motivo para mostrar detalles adicionales. Doble clic para editar.</translation>
    </message>
    <message>
        <source>Bad</source>
        <comment>Password quality</comment>
        <translation>Mal</translation>
    </message>
    <message>
        <source>Bad — password must be changed</source>
        <translation>Mal — la contraseña debe ser cambiada</translation>
    </message>
    <message>
        <source>Poor</source>
        <comment>Password quality</comment>
        <translation>Pobre</translation>
    </message>
    <message>
        <source>Poor — password should be changed</source>
        <translation>Pobre — la contraseña debería ser cambiada</translation>
    </message>
    <message>
        <source>Weak</source>
        <comment>Password quality</comment>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Weak — consider changing the password</source>
        <translation>Débil — considere cambiar la contraseña</translation>
    </message>
    <message>
        <source> (Excluded)</source>
        <translation>(Excluida)</translation>
    </message>
    <message>
        <source>This entry is being excluded from reports</source>
        <translation>Este apunte es excluido de los informes</translation>
    </message>
    <message>
        <source>Please wait, health data is being calculated…</source>
        <translation>Por favor, espere, se calculan los datos de salud...</translation>
    </message>
    <message>
        <source>Congratulations, everything is healthy!</source>
        <translation>¡Felicidades, todo está correcto! </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Edit Entry…</source>
        <translation>Editar Apunte...</translation>
    </message>
    <message numerus="yes">
        <source>Delete Entry(s)…</source>
        <translation><numerusform>Eliminar apunte(s)...</numerusform><numerusform>Eliminar apunte(s)...</numerusform><numerusform>Eliminar apunte(s)...</numerusform></translation>
    </message>
    <message>
        <source>Exclude from reports</source>
        <translation>Excluir de los informes</translation>
    </message>
    <message>
        <source>Show expired entries</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Show entries that have been excluded from reports</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source> (Expired)</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>ReportsWidgetHibp</name>
    <message>
        <source>CAUTION: This report requires sending information to the Have I Been Pwned online service (https://haveibeenpwned.com). If you proceed, your database passwords will be cryptographically hashed and the first five characters of those hashes will be sent securely to this service. Your database remains secure and cannot be reconstituted from this information. However, the number of passwords you send and your IP address will be exposed to this service.</source>
        <translation>CUIDADO: Este informe requiere enviar información al servicio en línea Have I Been Pwned (https://haveibeenpwned.com). Si continúa, su base de datos de contraseñas será cifrada criptográficamente y los cinco primeros caracteres de esos hashes serán enviados de forma segura a este servicio. Su base de datos se mantiene segura y no puede ser reconstruida desde esta información. Sin embargo, el número de contraseñas que envíe y su dirección IP quedará expuesto a este servicio.</translation>
    </message>
    <message>
        <source>Perform Online Analysis</source>
        <translation>Realizar análisis en línea</translation>
    </message>
    <message>
        <source>Also show entries that have been excluded from reports</source>
        <translation>Mostrar también que ha sido excluido de los informes</translation>
    </message>
    <message>
        <source>This build of KeePassXC does not have network functions. Networking is required to check your passwords against Have I Been Pwned databases.</source>
        <translation>Esta construcción de KeePassXC no tiene funciones de red. Las funciones de red son requeridas para comprobar sus contraseñas contra las bases de datos Have I Been Pwned.</translation>
    </message>
    <message>
        <source>Congratulations, no exposed passwords!</source>
        <translation>¡Felicidades, no hay contraseñas expuestas!</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Password exposed…</source>
        <translation>Contraseñas expuestas...</translation>
    </message>
    <message>
        <source> (Excluded)</source>
        <translation>(Excluido)</translation>
    </message>
    <message>
        <source>This entry is being excluded from reports</source>
        <translation>Este apunte es excluido de los informes</translation>
    </message>
    <message>
        <source>once</source>
        <comment>Password exposure amount</comment>
        <translation>una vez</translation>
    </message>
    <message>
        <source>up to 10 times</source>
        <comment>Password exposure amount</comment>
        <translation>hasta 10 veces</translation>
    </message>
    <message>
        <source>up to 100 times</source>
        <comment>Password exposure amount</comment>
        <translation>hasta 100 veces</translation>
    </message>
    <message>
        <source>up to 1000 times</source>
        <comment>Password exposure amount</comment>
        <translation>hasta 1000 veces</translation>
    </message>
    <message>
        <source>up to 10,000 times</source>
        <comment>Password exposure amount</comment>
        <translation>hasta 10,000 veces</translation>
    </message>
    <message>
        <source>up to 100,000 times</source>
        <comment>Password exposure amount</comment>
        <translation>hasta 100,000 veces</translation>
    </message>
    <message>
        <source>up to a million times</source>
        <comment>Password exposure amount</comment>
        <translation>hasta un millón veces</translation>
    </message>
    <message>
        <source>millions of times</source>
        <comment>Password exposure amount</comment>
        <translation>millones de veces</translation>
    </message>
    <message>
        <source>Edit Entry…</source>
        <translation>Editar Apunte...</translation>
    </message>
    <message numerus="yes">
        <source>Delete Entry(s)…</source>
        <translation><numerusform>Eliminar apunte(s)...</numerusform><numerusform>Eliminar apunte(s)...</numerusform><numerusform>Eliminar apunte(s)...</numerusform></translation>
    </message>
    <message>
        <source>Exclude from reports</source>
        <translation>Excluir de los informes</translation>
    </message>
</context>
<context>
    <name>ReportsWidgetPasskeys</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>List of entry URLs</source>
        <translation>Lista de URLs de apuntes</translation>
    </message>
    <message>
        <source>Please wait, list of entries with Passkeys is being updated…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No entries with Passkeys.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URLs</translation>
    </message>
    <message>
        <source>Edit Entry…</source>
        <translation>Editar Apunte...</translation>
    </message>
    <message numerus="yes">
        <source>Delete Entry(s)…</source>
        <translation><numerusform>Eliminar apunte...</numerusform><numerusform>Eliminar apunte(s)...</numerusform><numerusform>Eliminar apuntes...</numerusform></translation>
    </message>
    <message>
        <source>Relying Party</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Show expired entries</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source> (Expired)</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>ReportsWidgetStatistics</name>
    <message>
        <source>Hover over lines with error icons for further information.</source>
        <translation>Ratón sobre líneas con iconos de error para información adicional.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Please wait, database statistics are being calculated…</source>
        <translation>Espere, calculando las estadísticas de la base de datos...</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Nombre de la base de datos</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localización</translation>
    </message>
    <message>
        <source>Database created</source>
        <translation>Base de datos creada</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Última guardada</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios no guardados</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>The database was modified, but the changes have not yet been saved to disk.</source>
        <translation>La base de datos fue modificada pero los cambios no han sido guardados a disco todavía.</translation>
    </message>
    <message>
        <source>Number of groups</source>
        <translation>Número de grupos</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Número de apuntes</translation>
    </message>
    <message>
        <source>Number of expired entries</source>
        <translation>Número de apuntes expirados</translation>
    </message>
    <message>
        <source>The database contains entries that have expired.</source>
        <translation>La base de datos contiene apuntes que han expirado.</translation>
    </message>
    <message>
        <source>Unique passwords</source>
        <translation>Contraseñas únicas</translation>
    </message>
    <message>
        <source>Non-unique passwords</source>
        <translation>Contraseñas no únicas</translation>
    </message>
    <message>
        <source>More than 10% of passwords are reused. Use unique passwords when possible.</source>
        <translation>Más del 10% de las contraseñas son reusadas. Use contraseñas únicas si es posible.</translation>
    </message>
    <message>
        <source>Maximum password reuse</source>
        <translation>Reuso máximo de contraseña</translation>
    </message>
    <message>
        <source>Some passwords are used more than three times. Use unique passwords when possible.</source>
        <translation>Algunas contraseñas son usadas más de tres veces. Use contraseñas únicas si es posible.</translation>
    </message>
    <message>
        <source>Number of short passwords</source>
        <translation>Número de contraseñas cortas</translation>
    </message>
    <message>
        <source>Recommended minimum password length is at least 8 characters.</source>
        <translation>La longitud mínima recomendada de contraseña es de al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>Number of weak passwords</source>
        <translation>Número de contraseñas débiles</translation>
    </message>
    <message>
        <source>Recommend using long, randomized passwords with a rating of &apos;good&apos; or &apos;excellent&apos;.</source>
        <translation>Se recomienda usar largas contraseñas aleatorias con una calificación de «buena» o «excelente».</translation>
    </message>
    <message>
        <source>Entries excluded from reports</source>
        <translation>Apuntes excluidos de los informes</translation>
    </message>
    <message>
        <source>Excluding entries from reports, e. g. because they are known to have a poor password, isn&apos;t necessarily a problem but you should keep an eye on them.</source>
        <translation>Excluyendo apuntes de los informes, pe. porque se sabe que tiene una contraseña pobre, no es necesariamente un problema pero debería analizarse.</translation>
    </message>
    <message>
        <source>Average password length</source>
        <translation>Longitud media de contraseña</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 caracteres</translation>
    </message>
    <message>
        <source>Average password length is less than ten characters. Longer passwords provide more security.</source>
        <translation>La longitud media de contraseña es menos de diez caracteres. Las contraseñas más largas proporcionan más seguridad.</translation>
    </message>
</context>
<context>
    <name>SSHAgent</name>
    <message>
        <source>Agent connection failed.</source>
        <translation>La conexión del agente falló.</translation>
    </message>
    <message>
        <source>Agent protocol error.</source>
        <translation>Error de protocolo del agente.</translation>
    </message>
    <message>
        <source>No agent running, cannot add identity.</source>
        <translation>Ningún agente en ejecución, no se puede añadir identidad.</translation>
    </message>
    <message>
        <source>Key identity ownership conflict. Refusing to add.</source>
        <translation>Conflicto de propiedad de Identidad de clave. Denegando el añadir.</translation>
    </message>
    <message>
        <source>Agent refused this identity. Possible reasons include:</source>
        <translation>El agente rechazó esta identidad. Los posibles motivos incluyen:</translation>
    </message>
    <message>
        <source>The key has already been added.</source>
        <translation>La clave ya ha sido añadida.</translation>
    </message>
    <message>
        <source>Restricted lifetime is not supported by the agent (check options).</source>
        <translation>La vida útil limitada no es soportada por el agente (verifique opciones).</translation>
    </message>
    <message>
        <source>A confirmation request is not supported by the agent (check options).</source>
        <translation>La solicitud de confirmación no es soportada por el agente (verifique opciones).</translation>
    </message>
    <message>
        <source>Security keys are not supported by the agent or the security key provider is unavailable.</source>
        <translation>Las llaves de seguridad no están soportadas por el agente o el proveedor de seguridad de la llave no está disponible.</translation>
    </message>
    <message>
        <source>No agent running, cannot remove identity.</source>
        <translation>Ningún agente en ejecución, no puede eliminar identidad.</translation>
    </message>
    <message>
        <source>No agent running, cannot list identities.</source>
        <translation>No hay ningún agente ejecutándose, no se pueden listar identidades.</translation>
    </message>
</context>
<context>
    <name>SearchHelpWidget</name>
    <message>
        <source>Search Help</source>
        <translation>Buscar ayuda</translation>
    </message>
    <message>
        <source>Search terms are as follows: [modifiers][field:][&quot;]term[&quot;]</source>
        <translation>Los términos de búsqueda son los siguientes: [modificadores] [campo:] [&quot;] término [&quot;]</translation>
    </message>
    <message>
        <source>Every search term must match (ie, logical AND)</source>
        <translation>Cada término de búsqueda debe coincidir (es decir, AND lógico)</translation>
    </message>
    <message>
        <source>Modifiers</source>
        <translation>Modificadores</translation>
    </message>
    <message>
        <source>exclude term from results</source>
        <translation>excluir término de resultados</translation>
    </message>
    <message>
        <source>match term exactly</source>
        <translation>coincidencia en término exactamente</translation>
    </message>
    <message>
        <source>use regex in term</source>
        <translation>usar expresiones regulares en término</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Term Wildcards</source>
        <translation>Comodines en término</translation>
    </message>
    <message>
        <source>match anything</source>
        <translation>coincidir cualquier cosa</translation>
    </message>
    <message>
        <source>match one</source>
        <translation>coincidir uno</translation>
    </message>
    <message>
        <source>logical OR</source>
        <translation>OR lógico</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
</context>
<context>
    <name>SearchWidget</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search Help</source>
        <translation>Buscar Ayuda</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Guardar búsqueda</translation>
    </message>
    <message>
        <source>Search (%1)…</source>
        <comment>Search placeholder text, %1 is the keyboard shortcut</comment>
        <translation>Buscar (%1)...</translation>
    </message>
    <message>
        <source>Case sensitive</source>
        <translation>Distinguir mayúsculas/minúsculas</translation>
    </message>
    <message>
        <source>Limit search to selected group</source>
        <translation>Limitar la búsqueda al grupo selecionado</translation>
    </message>
</context>
<context>
    <name>SettingsClientModel</name>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>DBus Address</source>
        <translation>Dirección DBus</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Gestionar</translation>
    </message>
</context>
<context>
    <name>SettingsDatabaseModel</name>
    <message>
        <source>File Name</source>
        <translation>Nombre de archivo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Gestionar</translation>
    </message>
</context>
<context>
    <name>SettingsWidgetFdoSecrets</name>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Enable KeepassXC Freedesktop.org Secret Service integration</source>
        <translation>Permitir integración de servicio de secretos KeepassXC Freedesktop.org</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Show notification when passwords are retrieved by clients</source>
        <translation>Mostrar cuándo las contraseñas son recuperadas por los clientes.</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;If enabled, any attempt to read a password must be confirmed. Otherwise, clients can read passwords without confirmation when the database is unlocked.&lt;/p&gt;&lt;p&gt;This option only covers the access to the password of an entry. Clients can always enumerate the items of exposed databases and query their attributes.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Si está habilitado, debe confirmarse cualquier intento de leer una contraseña. De lo contrario, los clientes pueden leer contraseñas sin confirmación cuando la base de datos está desbloqueada.&lt;/p&gt;&lt;p&gt;Esta opción solo cubre el acceso a la contraseña de un apunte. Los clientes siempre pueden enumerar los elementos de las bases de datos expuestos y consultar sus atributos.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Confirm when passwords are retrieved by clients</source>
        <translation>Confirmar cuándo las contraseñas son recuperadas por los clientes.</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot;
           font-family:'-apple-system','BlinkMacSystemFont','Segoe UI','Helvetica','Arial','sans-serif','Apple Color
           Emoji','Segoe UI Emoji'; font-size:14px; color:#24292e; background-color:#ffffff;&quot;&gt;This setting does
           not override disabling recycle bin prompts&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;
          </source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot;
           font-family:&apos;-apple-system&apos;,&apos;BlinkMacSystemFont&apos;,&apos;Segoe UI&apos;,&apos;Helvetica&apos;,&apos;Arial&apos;,&apos;sans-serif&apos;,&apos;Apple Color
           Emoji&apos;,&apos;Segoe UI Emoji&apos;; font-size:14px; color:#24292e; background-color:#ffffff;&quot;&gt;Esta configuración
           no sobreescribe deshabilitar las confirmaciones de la papelera&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;
          </translation>
    </message>
    <message>
        <source>Confirm when clients request entry deletion</source>
        <translation>Confirmar cuándo los clientes solicitan la eliminación del apunte.</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This improves compatibility with certain applications
           which search for password without unlocking the database first.&lt;/p&gt;&lt;p&gt;But enabling this may also
           crash the client if the database can not be unlocked within a certain timeout. (Usually 25s, but may be a
           different value set in applications.)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;
          </source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Esto mejora la compatibilidad con ciertas aplicaciones
           que buscan contraseñas sin bloquear la base de datos primero.&lt;/p&gt;&lt;p&gt;Pero habilitar esto puede también
           terminar el cliente si la base de datos no puede ser desblqueada dentro de cierto tiempo de espera. (Normalmente 25s, pero puede ser
           un valor diferente establecido en las aplicaciones)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;
          </translation>
    </message>
    <message>
        <source>Prompt to unlock database before searching</source>
        <translation>Confirmar para desbloquear la base de datos antes de buscar</translation>
    </message>
    <message>
        <source>Exposed database groups:</source>
        <translation>Grupos de base de datos expuestos:</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorización</translation>
    </message>
    <message>
        <source>These applications are currently connected:</source>
        <translation>Estas aplicaciones están actualmente conectadas:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; </source>
        <translation>&lt;b&gt;Advertencia:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save current changes to activate the plugin and enable editing of this section.</source>
        <translation>Guardar los cambios para activar el complemento y habilitar la edición de esta sección.</translation>
    </message>
</context>
<context>
    <name>SettingsWidgetKeeShare</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Allow KeeShare imports</source>
        <translation>Permitir importación KeeShare</translation>
    </message>
    <message>
        <source>Allow import</source>
        <translation>Permitir la importación</translation>
    </message>
    <message>
        <source>Allow KeeShare exports</source>
        <translation>Permitir exportación KeeShare</translation>
    </message>
    <message>
        <source>Allow export</source>
        <translation>Permitir la exportación</translation>
    </message>
    <message>
        <source>Only show warnings and errors</source>
        <translation>Mostrar solo advertencias y errores</translation>
    </message>
    <message>
        <source>Own certificate</source>
        <translation>Certificado propio</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>Firmante:</translation>
    </message>
    <message>
        <source>Generate new certificate</source>
        <translation>Generar nuevo certificado</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Huella digital:</translation>
    </message>
    <message>
        <source>Signer name field</source>
        <translation>Campo de nombre firmante</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella digital</translation>
    </message>
</context>
<context>
    <name>ShareExport</name>
    <message>
        <source>Could not write export container.</source>
        <translation>No se puede escribir contenedor de exportación.</translation>
    </message>
</context>
<context>
    <name>ShareImport</name>
    <message>
        <source>Successful import</source>
        <translation>Importación exitosa</translation>
    </message>
</context>
<context>
    <name>ShareObserver</name>
    <message>
        <source>Import from %1 failed (%2)</source>
        <translation>Importación de %1 fallida (%2)</translation>
    </message>
    <message>
        <source>Import from %1 successful (%2)</source>
        <translation>Importación de %1 exitosa (%2)</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importado de %1</translation>
    </message>
    <message>
        <source>Multiple import source path to %1 in %2</source>
        <translation>Ruta de origen de importación múltiple a %1 en %2</translation>
    </message>
    <message>
        <source>Conflicting export target path %1 in %2</source>
        <translation>Ruta de destino de exportación contradictoria %1 en %2</translation>
    </message>
    <message>
        <source>Export to %1 failed (%2)</source>
        <translation>Falló exportación a %1 (%2)</translation>
    </message>
    <message>
        <source>Export to %1 successful (%2)</source>
        <translation>Exportación a %1  existosa (%2)</translation>
    </message>
    <message>
        <source>Export to %1</source>
        <translation>Exportar a %1</translation>
    </message>
</context>
<context>
    <name>TagModel</name>
    <message>
        <source>Clear Search</source>
        <translation>Limpiar búsqueda</translation>
    </message>
    <message>
        <source>All Entries</source>
        <translation>Todos los apuntes</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiradas</translation>
    </message>
    <message>
        <source>Weak Passwords</source>
        <translation>Contraseñas débiles</translation>
    </message>
</context>
<context>
    <name>TagView</name>
    <message>
        <source>Remove Search</source>
        <translation>Eliminar búsqueda</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Eliminar etiqueta</translation>
    </message>
    <message>
        <source>Confirm Remove Tag</source>
        <translation>Confirmar eliminar etiqueta</translation>
    </message>
    <message>
        <source>Remove tag &quot;%1&quot; from all entries in this database?</source>
        <translation>¿Eliminar etiqueta «%1» de todos los apuntes en esta base de datos?</translation>
    </message>
</context>
<context>
    <name>TotpDialog</name>
    <message>
        <source>Timed Password</source>
        <translation>Contraseña temporizada</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message numerus="yes">
        <source>Expires in &lt;b&gt;%n&lt;/b&gt; second(s)</source>
        <translation><numerusform>Caduca en &lt;b&gt;%n&lt;/b&gt; segundo</numerusform><numerusform>Caduca en &lt;b&gt;%n&lt;/b&gt; segundos</numerusform><numerusform>Caduca en &lt;b&gt;%n&lt;/b&gt; segundos</numerusform></translation>
    </message>
</context>
<context>
    <name>TotpExportSettingsDialog</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>NOTE: These TOTP settings are custom and may not work with other authenticators.</source>
        <comment>TOTP QR code dialog warning</comment>
        <translation>NOTA: Esta configuración de TOTP es personalizada y puede que no funcione con otros autenticadores.</translation>
    </message>
    <message>
        <source>There was an error creating the QR code.</source>
        <translation>Se ha producido un error al crear el código QR.</translation>
    </message>
    <message>
        <source>Closing in %1 seconds.</source>
        <translation>Cerrando en %1 segundos.</translation>
    </message>
</context>
<context>
    <name>TotpSetupDialog</name>
    <message>
        <source>Setup TOTP</source>
        <translation>Configurar TOTP</translation>
    </message>
    <message>
        <source>Secret Key:</source>
        <translation>Clave secreta:</translation>
    </message>
    <message>
        <source>Secret key must be in Base32 format</source>
        <translation>La clave secreta debe estar en formato Base32</translation>
    </message>
    <message>
        <source>Secret key field</source>
        <translation>Campo clave secreta</translation>
    </message>
    <message>
        <source>Default settings (RFC 6238)</source>
        <translation>Configuración predeterminada (RFC 6238)</translation>
    </message>
    <message>
        <source>Steam® settings</source>
        <translation>Configuración de Steam®</translation>
    </message>
    <message>
        <source>Custom settings:</source>
        <translation>Configuración personalizada:</translation>
    </message>
    <message>
        <source>Custom Settings</source>
        <translation>Configuración personalizada</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>Algoritmo:</translation>
    </message>
    <message>
        <source>Time step:</source>
        <translation>Paso del tiempo:</translation>
    </message>
    <message>
        <source>Time step field</source>
        <translation>Campo paso de tiempo</translation>
    </message>
    <message>
        <source> sec</source>
        <comment>Seconds</comment>
        <translation> segundos</translation>
    </message>
    <message>
        <source>Code size:</source>
        <translation>Tamaño del código:</translation>
    </message>
    <message>
        <source> digits</source>
        <translation>dígitos</translation>
    </message>
    <message>
        <source>Invalid TOTP Secret</source>
        <translation>Secreto TOTP inválido</translation>
    </message>
    <message>
        <source>You have entered an invalid secret key. The key must be in Base32 format.
Example: JBSWY3DPEHPK3PXP</source>
        <translation>Ha introducido un secreto de clave inválido. La clave debe estar en formato Base32.
Ejemplo: JBSWY3DPEHPK3PXP</translation>
    </message>
    <message>
        <source>Confirm Remove TOTP Settings</source>
        <translation>Confirmar eliminar configuración TOTP</translation>
    </message>
    <message>
        <source>Are you sure you want to delete TOTP settings for this entry?</source>
        <translation>¿Desea eliminar la configuración TOTP para este apunte?</translation>
    </message>
</context>
<context>
    <name>URLEdit</name>
    <message>
        <source>Invalid URL</source>
        <translation>URL inválida</translation>
    </message>
</context>
<context>
    <name>UpdateCheckDialog</name>
    <message>
        <source>Checking for updates</source>
        <translation>Comprobando actualizaciones</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation>Comprobando actualizaciones...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Software Update</source>
        <translation>Actualización de software</translation>
    </message>
    <message>
        <source>An error occurred when trying to retrieve update information, please try again later.</source>
        <translation>Se produjo un error al intentar recuperar la información de actualización, inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>&lt;strong&gt;A new version is available.&lt;/strong&gt;&lt;br/&gt;KeePassXC %1 can be &lt;a href=&quot;https://keepassxc.org/download/&quot;&gt;downloaded here&lt;/a&gt;.</source>
        <translation>&lt;strong&gt;Hay una nueva versión disponible.&lt;/strong&gt;&lt;br/&gt;KeePassXC %1 puede &lt;a href=&quot;https://keepassxc.org/download/&quot;&gt;descargarse aquí&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>You have the latest version of KeePassXC</source>
        <translation>Tienes la última versión de KeepassXC.</translation>
    </message>
</context>
<context>
    <name>WelcomeWidget</name>
    <message>
        <source>Start storing your passwords securely in a KeePassXC database</source>
        <translation>Empiece a guardar sus contraseñas con seguridad en una base de datos de KeePassXC</translation>
    </message>
    <message>
        <source>Create new database</source>
        <translation>Crear una base de datos nueva</translation>
    </message>
    <message>
        <source>Open existing database</source>
        <translation>Abrir una base de datos existente</translation>
    </message>
    <message>
        <source>Import from KeePass 1</source>
        <translation>Importar de KeePass 1</translation>
    </message>
    <message>
        <source>Import from 1Password</source>
        <translation>Importar de 1Password</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>Importar de CSV</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Bases de datos recientes</translation>
    </message>
    <message>
        <source>Open a recent database</source>
        <translation>Abrir base de datos reciente</translation>
    </message>
    <message>
        <source>Welcome to KeePassXC %1</source>
        <translation>Bienvenido a KeePassXC %1</translation>
    </message>
</context>
<context>
    <name>WinUtils</name>
    <message>
        <source>Invalid key code</source>
        <translation>Código de clave inválido</translation>
    </message>
    <message>
        <source>Global shortcut already registered to %1</source>
        <translation>Acceso directo global ya registrado para %1</translation>
    </message>
    <message>
        <source>Could not register global shortcut</source>
        <translation>No se puedo registrar acceso directo global</translation>
    </message>
</context>
<context>
    <name>YubiKey</name>
    <message>
        <source>%1 No interface, slot %2</source>
        <translation>%1 sin interfaz, ranura %2</translation>
    </message>
    <message>
        <source>General: </source>
        <translation>General: </translation>
    </message>
    <message>
        <source>Could not find interface for hardware key with serial number %1. Please connect it to continue.</source>
        <translation>No se puede encontrar la interfaz para la clave hardware con número de serie %1. Conéctela para continuar.</translation>
    </message>
</context>
<context>
    <name>YubiKeyEditWidget</name>
    <message>
        <source>Refresh hardware tokens</source>
        <translation>Actualizar «tokens» hardware</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Hardware key slot selection</source>
        <translation>Selección de ranura de clave hardware</translation>
    </message>
    <message>
        <source>Could not find any hardware keys!</source>
        <translation>¡No se puede encontrar ninguna clave hardware!</translation>
    </message>
    <message>
        <source>Selected hardware key slot does not support challenge-response!</source>
        <translation>¡La ranura de la clave hardware seleccionada no soporta reto-respuesta!</translation>
    </message>
    <message>
        <source>Challenge-Response</source>
        <translation>Desafío/Respuesta</translation>
    </message>
    <message>
        <source>Add Challenge-Response</source>
        <translation>Añadir Desafío/Respuesta</translation>
    </message>
    <message>
        <source>Change Challenge-Response</source>
        <translation>Cambiar Desafío/Respuesta</translation>
    </message>
    <message>
        <source>Remove Challenge-Response</source>
        <translation>Eliminar Desafío/Respuesta</translation>
    </message>
    <message>
        <source>Challenge-Response set, click to change or remove</source>
        <translation>Conjunto de Desafío/Respuesta, haga clic para cambiar o eliminar</translation>
    </message>
    <message>
        <source>&lt;p&gt;If you own a &lt;a href=&quot;https://www.yubico.com/&quot;&gt;YubiKey&lt;/a&gt; or &lt;a href=&quot;https://onlykey.io&quot;&gt;OnlyKey&lt;/a&gt;, you can use it for additional security.&lt;/p&gt;&lt;p&gt;The key requires one of its slots to be programmed as &lt;a href=&quot;https://www.yubico.com/products/services-software/challenge-response/&quot;&gt;HMAC-SHA1 Challenge-Response&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Si posee una &lt;a href=&quot;https://www.yubico.com/&quot;&gt;YubiKey&lt;/a&gt; u &lt;a href=&quot;https://onlykey.io&quot;&gt;OnlyKey&lt;/a&gt;, puede usarla para seguridad adicional.&lt;/p&gt;&lt;p&gt;La llave requiere que una de sus ranuras esté programada como &lt;a href=&quot;https://www.yubico.com/products/services-software/challenge-response/&quot;&gt;Desafío/respuesta HMAC-SHA1&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Detecting hardware keys…</source>
        <translation>Detectando claves hardware...</translation>
    </message>
    <message>
        <source>No hardware keys detected</source>
        <translation>No se detectaron claves hardware</translation>
    </message>
</context>
<context>
    <name>YubiKeyInterface</name>
    <message>
        <source>%1 Invalid slot specified - %2</source>
        <translation>%1 Especificado una ranura inválida - %2</translation>
    </message>
</context>
<context>
    <name>YubiKeyInterfacePCSC</name>
    <message>
        <source>(PCSC) %1 [%2] Challenge-Response - Slot %3</source>
        <translation>(PCSC) %1 [%2] Desfío-Respuesta - Ranura %3</translation>
    </message>
    <message>
        <source>The YubiKey PCSC interface has not been initialized.</source>
        <translation>La interfaz YubiKey PCSC no ha sido inicializada.</translation>
    </message>
    <message>
        <source>Hardware key is currently in use.</source>
        <translation>La clave hardware está actualmente en uso.</translation>
    </message>
    <message>
        <source>Could not find or access hardware key with serial number %1. Please present it to continue. </source>
        <translation>No se puede encontrar la interfaz para la clave hardware con número de serie %1. Conéctela para continuar.</translation>
    </message>
    <message>
        <source>Hardware key is locked or timed out. Unlock or re-present it to continue.</source>
        <translation>La clave hardware está bloqueada o expiró. Desbloque o vuelva a presentar para continuar.</translation>
    </message>
    <message>
        <source>Hardware key was not found or is not configured.</source>
        <translation>Clave hardware no encontrada o no configurada.</translation>
    </message>
    <message>
        <source>Failed to complete a challenge-response, the PCSC error code was: %1</source>
        <translation>Fallo al completar el desafio-respuesta, el error PCSC fue: %1</translation>
    </message>
</context>
<context>
    <name>YubiKeyInterfaceUSB</name>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>(USB) %1 [%2] Configured Slot - %3</source>
        <translation>(USB) %1 [%2] Ranura configurada - %3</translation>
    </message>
    <message>
        <source>(USB) %1 [%2] Challenge-Response - Slot %3 - %4</source>
        <translation>(USB) %1 [%2] Desafío-Respuesta - Ranura %3 - %4</translation>
    </message>
    <message>
        <source>Press</source>
        <comment>USB Challenge-Response Key interaction request</comment>
        <translation>Presione</translation>
    </message>
    <message>
        <source>Passive</source>
        <comment>USB Challenge-Response Key no interaction required</comment>
        <translation>Pasivo</translation>
    </message>
    <message>
        <source>The YubiKey USB interface has not been initialized.</source>
        <translation>La interfaz YubiKey USB no ha sido inicializada.</translation>
    </message>
    <message>
        <source>Hardware key is currently in use.</source>
        <translation>La clave por hardware está actualmente en uso.</translation>
    </message>
    <message>
        <source>Could not find hardware key with serial number %1. Please plug it in to continue.</source>
        <translation>No se puede encontrar clave hardware con número de serie %1. Conéctelo para continuar.</translation>
    </message>
    <message>
        <source>Hardware key timed out waiting for user interaction.</source>
        <translation>La clave hardware expiró esperando interacción del usuario.</translation>
    </message>
    <message>
        <source>A USB error occurred when accessing the hardware key: %1</source>
        <translation>Ha ocurrido un error USB  al acceder a la clave hardware: %1</translation>
    </message>
    <message>
        <source>Failed to complete a challenge-response, the specific error was: %1</source>
        <translation>Fallo al completar el reto-respuesta, el error fue: %1</translation>
    </message>
</context>
</TS>