<?xml version="1.0" ?><!DOCTYPE TS><TS version="2.1" language="es">
<context>
    <name>ActivityItem</name>
    <message>
        <location filename="../src/gui/tray/ActivityItem.qml" line="30"/>
        <source>Open %1 locally</source>
        <translation>Abrir %1 localmente</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/ActivityItem.qml" line="47"/>
        <source>In %1</source>
        <translation>En %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/ActivityItem.qml" line="194"/>
        <location filename="../src/gui/tray/ActivityItem.qml" line="197"/>
        <source>Show more actions</source>
        <translation>Mostrar más acciones</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/ActivityItem.qml" line="244"/>
        <source>View activity</source>
        <translation>Ver actividad</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/ActivityItem.qml" line="168"/>
        <source>Open share dialog</source>
        <translation>Abrir diálogo de compartir</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/ActivityItem.qml" line="172"/>
        <source>Share %1</source>
        <translation>Compartir %1</translation>
    </message>
</context>
<context>
    <name>ActivityItemActions</name>
    <message>
        <location filename="../src/gui/tray/ActivityItemActions.qml" line="84"/>
        <location filename="../src/gui/tray/ActivityItemActions.qml" line="95"/>
        <source>Show more actions</source>
        <translation>Mostrar más acciones</translation>
    </message>
</context>
<context>
    <name>ActivityItemContent</name>
    <message>
        <location filename="../src/gui/tray/ActivityItemContent.qml" line="192"/>
        <location filename="../src/gui/tray/ActivityItemContent.qml" line="203"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/ActivityItemContent.qml" line="234"/>
        <source>Open share dialog</source>
        <translation>Abrir diálogo de compartir</translation>
    </message>
</context>
<context>
    <name>ActivityList</name>
    <message>
        <location filename="../src/gui/tray/ActivityList.qml" line="30"/>
        <source>Activity list</source>
        <translation>Lista de actividad</translation>
    </message>
</context>
<context>
    <name>BasicComboBox</name>
    <message>
        <location filename="../src/gui/BasicComboBox.qml" line="58"/>
        <source>Clear status message menu</source>
        <translation>Borrar el menú de mensajes de estado</translation>
    </message>
</context>
<context>
    <name>CallNotificationDialog</name>
    <message>
        <location filename="../src/gui/tray/CallNotificationDialog.qml" line="172"/>
        <source>Talk notification caller avatar</source>
        <translation>Avatar de la notificación de llamada</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/CallNotificationDialog.qml" line="238"/>
        <source>Answer Talk call notification</source>
        <translation>Aviso de llamada de Answer Talk</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/CallNotificationDialog.qml" line="246"/>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/CallNotificationDialog.qml" line="262"/>
        <source>Decline Talk call notification</source>
        <translation>Rechazar la notificación de llamadas de Talk</translation>
    </message>
</context>
<context>
    <name>CloudProviderWrapper</name>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="105"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="122"/>
        <source>Checking for changes in &quot;%1&quot;</source>
        <translation>Buscando cambios en &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="122"/>
        <source>Checking for changes in &apos;%1&apos;</source>
        <translation>Buscando cambios en &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="127"/>
        <source>Syncing %1 of %2  (%3 left)</source>
        <translation>Sincronizando %1 de %2  (%3 restantes)</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="132"/>
        <source>Syncing %1 of %2</source>
        <translation>Sincronizando %1 de %2</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="139"/>
        <source>Syncing %1 (%2 left)</source>
        <translation>Sincronizando %1 (quedan %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="142"/>
        <source>Syncing %1</source>
        <translation>Sincronizando %1</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="163"/>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="225"/>
        <source>No recently changed files</source>
        <translation>No hay archivos modificados recientemente</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="179"/>
        <source>Sync paused</source>
        <translation>Sincronización pausada</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="182"/>
        <source>Syncing</source>
        <translation>Sincronizando</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="218"/>
        <source>Open website</source>
        <translation>Abrir página web</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="230"/>
        <source>Recently changed</source>
        <translation>Cambiado recientemente</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="237"/>
        <source>Pause synchronization</source>
        <translation>Pausar sincronización</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="244"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="247"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="250"/>
        <source>Log out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="253"/>
        <source>Quit sync client</source>
        <translation>Cerrar cliente de sincronización</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <location filename="../src/gui/EmojiPicker.qml" line="132"/>
        <source>No recent emojis</source>
        <translation>No hay emojis recientes</translation>
    </message>
</context>
<context>
    <name>FileSystem</name>
    <message>
        <location filename="../src/common/filesystembase.cpp" line="384"/>
        <source>Could not make directories in trash</source>
        <translation>No se pueden crear carpetas en la papelera</translation>
    </message>
    <message>
        <location filename="../src/common/filesystembase.cpp" line="398"/>
        <location filename="../src/common/filesystembase.cpp" line="404"/>
        <source>Could not move &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>No se ha podido mover &quot;%1&quot; a &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../src/common/filesystembase.cpp" line="438"/>
        <source>Moving to the trash is not implemented on this platform</source>
        <translation>Mover a la papelera no está implementado en esta plataforma</translation>
    </message>
    <message>
        <location filename="../src/common/filesystembase.cpp" line="398"/>
        <location filename="../src/common/filesystembase.cpp" line="404"/>
        <source>Could not move &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>No se ha podido mover &apos;%1&apos; a &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../src/libsync/filesystem.cpp" line="158"/>
        <source>Error removing &quot;%1&quot;: %2</source>
        <translation>Error al eliminar &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../src/libsync/filesystem.cpp" line="158"/>
        <source>Error removing &apos;%1&apos;: %2</source>
        <translation>Error al eliminar &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../src/libsync/filesystem.cpp" line="174"/>
        <source>Could not remove folder &quot;%1&quot;</source>
        <translation>No se ha podido eliminar la carpeta &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/libsync/filesystem.cpp" line="174"/>
        <source>Could not remove folder &apos;%1&apos;</source>
        <translation>No se ha podido eliminar la carpeta &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Flow2AuthWidget</name>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.ui" line="26"/>
        <source>Browser Authentication</source>
        <translation>Autentificación del navegador</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.ui" line="32"/>
        <source>Please switch to your browser to proceed.</source>
        <translation>Por favor, cambie a su navegador para proceder.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.ui" line="52"/>
        <source>Re-open Browser</source>
        <translation>Reabrir navegador</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.ui" line="56"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.ui" line="65"/>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.ui" line="73"/>
        <source>Switch to your browser to connect your account</source>
        <translation>Cambiar al navegador para conectar con tu cuenta</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.ui" line="148"/>
        <source>An error occurred while connecting. Please try again.</source>
        <translation>Se ha producido un error al conectarse. Por favor, inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>FolderWizardSourcePage</name>
    <message>
        <location filename="../src/gui/folderwizardsourcepage.ui" line="33"/>
        <source>Pick a local folder on your computer to sync</source>
        <translation>Seleccione una carpeta local en su equipo para sincronizar</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizardsourcepage.ui" line="44"/>
        <source>&amp;Choose …</source>
        <translation>&amp;Seleccionar …</translation>
    </message>
</context>
<context>
    <name>FolderWizardTargetPage</name>
    <message>
        <location filename="../src/gui/folderwizardtargetpage.ui" line="131"/>
        <source>Select a remote destination folder</source>
        <translation>Seleccionar una carpeta remota de destino</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizardtargetpage.ui" line="143"/>
        <source>Create folder</source>
        <translation>Crear carpeta </translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizardtargetpage.ui" line="163"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizardtargetpage.ui" line="177"/>
        <source>Folders</source>
        <translation>Carpetas</translation>
    </message>
</context>
<context>
    <name>OCC::AbstractNetworkJob</name>
    <message>
        <location filename="../src/libsync/abstractnetworkjob.cpp" line="317"/>
        <source>Connection timed out</source>
        <translation>Tiempo de conexión agotado</translation>
    </message>
    <message>
        <location filename="../src/libsync/abstractnetworkjob.cpp" line="319"/>
        <source>Unknown error: network reply was deleted</source>
        <translation>Error desconocido: la respuesta de red fue eliminada</translation>
    </message>
    <message>
        <location filename="../src/libsync/abstractnetworkjob.cpp" line="450"/>
        <source>Server replied &quot;%1 %2&quot; to &quot;%3 %4&quot;</source>
        <translation>El servidor respondió &quot;%1 %2&quot; a &quot;%3 %4&quot;</translation>
    </message>
</context>
<context>
    <name>OCC::AbstractPropagateRemoteDeleteEncrypted</name>
    <message>
        <location filename="../src/libsync/abstractpropagateremotedeleteencrypted.cpp" line="139"/>
        <source>Wrong HTTP code returned by server. Expected 204, but received &quot;%1 %2&quot;.</source>
        <translation>El código HTTP devuelto por el servidor es erróneo. Se esperaba 204, pero recibido &quot;%1 %2&quot;.</translation>
    </message>
    <message>
        <location filename="../src/libsync/abstractpropagateremotedeleteencrypted.cpp" line="181"/>
        <source>&quot;%1 Failed to unlock encrypted folder %2&quot;.</source>
        <translation>&quot;%1 Falló al desbloquear la carpeta cifrada %2&quot;.</translation>
    </message>
</context>
<context>
    <name>OCC::Account</name>
    <message>
        <location filename="../src/libsync/account.cpp" line="871"/>
        <source>File %1 is already locked by %2.</source>
        <translation>El archivo %1 ya está bloqueado por %2.</translation>
    </message>
    <message>
        <location filename="../src/libsync/account.cpp" line="873"/>
        <source>Lock operation on %1 failed with error %2</source>
        <translation>La operación de bloqueo en %1 ha fallado con el error %2.</translation>
    </message>
    <message>
        <location filename="../src/libsync/account.cpp" line="875"/>
        <source>Unlock operation on %1 failed with error %2</source>
        <translation>La operación de desbloqueo en %1 ha fallado con el error %2.</translation>
    </message>
</context>
<context>
    <name>OCC::AccountManager</name>
    <message>
        <location filename="../src/gui/accountmanager.cpp" line="406"/>
        <source>End to end encryption mnemonic</source>
        <translation>Regla mnemotécnica del cifrado de extremo a extremo</translation>
    </message>
    <message>
        <location filename="../src/gui/accountmanager.cpp" line="406"/>
        <source>End-to-end encryption mnemonic</source>
        <translation>Nemotecnia de cifrado de extremo a extremo</translation>
    </message>
    <message>
        <location filename="../src/gui/accountmanager.cpp" line="407"/>
        <source>To protect your Cryptographic Identity, we encrypt it with a mnemonic of 12 dictionary words. Please note these down and keep them safe. They will be needed to add other devices to your account (like your mobile phone or laptop).</source>
        <translation>Para proteger tu identidad criptográfica, la ciframos con una regla mnemotécnica de 12 palabras del diccionario. Por favor, anótalas y mantenlas a salvo. Estas palabras serán necesarias para añadir otros dispositivos a su cuenta (como un teléfono móvil o un portátil). </translation>
    </message>
</context>
<context>
    <name>OCC::AccountSettings</name>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="31"/>
        <source>Unchecked folders will be &lt;b&gt;removed&lt;/b&gt; from your local file system and will not be synchronized to this computer anymore</source>
        <translation>Las carpetas no seleccionadas serán &lt;b&gt;eliminadas&lt;/b&gt; de su carpeta local y ya no serán sincronizadas en este ordenador</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="70"/>
        <location filename="../src/gui/accountsettings.cpp" line="762"/>
        <location filename="../src/gui/accountsettings.cpp" line="874"/>
        <location filename="../src/gui/accountsettings.cpp" line="1363"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="83"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="118"/>
        <source>Connected with &lt;server&gt; as &lt;user&gt;</source>
        <translation>Conectado a &lt;server&gt; como &lt;user&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="148"/>
        <source>Storage space: …</source>
        <translation>Espacio de almacenamiento: ...</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="256"/>
        <source>Synchronize all</source>
        <translation>Sincronizar todo</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="263"/>
        <source>Synchronize none</source>
        <translation>No sincronizar nada</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="270"/>
        <source>Apply manual changes</source>
        <translation>Aplicar cambios manuales</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="88"/>
        <source>End-to-End Encryption with Virtual Files</source>
        <translation>Cifrado punto a punto con Archivos virtuales</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="89"/>
        <source>You seem to have the Virtual Files feature enabled on this folder. At the moment, it is not possible to implicitly download virtual files that are End-to-End encrypted. To get the best experience with Virtual Files and End-to-End Encryption, make sure the encrypted folder is marked with &quot;Make always available locally&quot;.</source>
        <translation>Parece que tienes la función de Archivos Virtuales activada en esta carpeta. Por el momento, no es posible descargar automáticamente los archivos virtuales que están cifrados de extremo a extremo. Para obtener la mejor experiencia con los archivos virtuales y el cifrado de extremo a extremo, asegúrate de que la carpeta cifrada está marcada con &quot;Hacer que esté siempre disponible localmente&quot;.</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="97"/>
        <source>Don&apos;t encrypt folder</source>
        <translation>No cifrar carpeta</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="100"/>
        <source>Encrypt folder</source>
        <translation>Cifrar carpeta</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="233"/>
        <location filename="../src/gui/accountsettings.cpp" line="254"/>
        <source>This account supports end-to-end encryption</source>
        <translation>Esta cuenta soporta cifrado punto a punto</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="235"/>
        <source>Display mnemonic</source>
        <translation>Mostrar regla mnemotécnica</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="241"/>
        <source>No account configured.</source>
        <translation>No se ha configurado ninguna cuenta.</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="220"/>
        <source>Add new</source>
        <translation>Añadir nuevo</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="224"/>
        <location filename="../src/gui/accountsettings.cpp" line="1068"/>
        <source>Log out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="228"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="232"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="256"/>
        <source>Enable encryption</source>
        <translation>Habilitar cifrado</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="261"/>
        <source>Show E2E mnemonic</source>
        <translation>Mostrar regla mnemotécnica E2E</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="270"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="89"/>
        <source>You seem to have the Virtual Files feature enabled on this folder. At  the moment, it is not possible to implicitly download virtual files that are End-to-End encrypted. To get the best experience with Virtual Files and End-to-End Encryption, make sure the encrypted folder is marked with &quot;Make always available locally&quot;.</source>
        <translation>Parece que usted tiene habilitada la característica de archivos virtuales en esta carpeta. Por el momento, no es posible descargar implícitamente archivos virtuales  que están cifrados de extremo a extremo. Para tener la mejor experiencia con archivos virtuales y el cifrado de extremo a extremo, asegúrese de que la carpeta cifrada está marcada con &quot;Hacer que esté siempre localmente disponible&quot;.</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="330"/>
        <source>You cannot encrypt a folder with contents, please remove the files.
Wait for the new sync, then encrypt it.</source>
        <translation>No puede cifrar una carpeta con contenidos, por favor, elimine los archivos.
Espere a una nueva sincronización, luego cifrala.</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="354"/>
        <source>Encryption failed</source>
        <translation>Ha fallado el cifrado</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="354"/>
        <source>Could not encrypt folder because the folder does not exist anymore</source>
        <translation>No es posible cifrar la carpeta porque ya no existe</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="466"/>
        <location filename="../src/gui/accountsettings.cpp" line="554"/>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="483"/>
        <source>Encrypt</source>
        <translation>Cifrar</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="491"/>
        <location filename="../src/gui/accountsettings.cpp" line="557"/>
        <source>Edit Ignored Files</source>
        <translation>Editar archivos ignorados</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="494"/>
        <location filename="../src/gui/accountsettings.cpp" line="560"/>
        <source>Create new folder</source>
        <translation>Crear nueva carpeta</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="500"/>
        <location filename="../src/gui/accountsettings.cpp" line="586"/>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="565"/>
        <source>Choose what to sync</source>
        <translation>Elija qué sincronizar</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="571"/>
        <source>Force sync now</source>
        <translation>Forzar la sincronización ahora</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="573"/>
        <source>Restart sync</source>
        <translation>Reiniciar sync</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="579"/>
        <source>Resume sync</source>
        <translation>Continuar sincronización</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="579"/>
        <source>Pause sync</source>
        <translation>Pausar sincronización</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="582"/>
        <source>Remove folder sync connection</source>
        <translation>Eliminar la sincronización de carpetas conectadas</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="595"/>
        <source>Disable virtual file support …</source>
        <translation>Desactivar soporte para archivos virtuales …</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="604"/>
        <source>Enable virtual file support %1 …</source>
        <translation>Activar soporte para archivos virtuales %1 ...</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="604"/>
        <source>(experimental)</source>
        <translation>(experimental)</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="697"/>
        <source>Folder creation failed</source>
        <translation>Ha fallado la creación de la carpeta</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="698"/>
        <source>&lt;p&gt;Could not create local folder &lt;i&gt;%1&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No pudo crear la carpeta local &lt;i&gt;%1&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="753"/>
        <source>Confirm Folder Sync Connection Removal</source>
        <translation>Confirme la sincronización para la eliminación de la carpeta conectada</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="754"/>
        <source>&lt;p&gt;Do you really want to stop syncing the folder &lt;i&gt;%1&lt;/i&gt;?&lt;/p&gt;&lt;p&gt;&lt;b&gt;Note:&lt;/b&gt; This will &lt;b&gt;not&lt;/b&gt; delete any files.&lt;/p&gt;</source>
        <translation>&lt;p&gt;¿De verdad quiere dejar de sincronizar la carpeta &lt;i&gt;%1&lt;/i&gt;?&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nota:&lt;/b&gt; Esto &lt;b&gt;no&lt;/b&gt; elminará los archivo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="761"/>
        <source>Remove Folder Sync Connection</source>
        <translation>Eliminar carpeta de sincronización conectada</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="865"/>
        <source>Disable virtual file support?</source>
        <translation>¿Desactivar soporte para archivos virtuales?</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="866"/>
        <source>This action will disable virtual file support. As a consequence contents of folders that are currently marked as &quot;available online only&quot; will be downloaded.

The only advantage of disabling virtual file support is that the selective sync feature will become available again.

This action will abort any currently running synchronization.</source>
        <translation>Esta acción deshabilitará el soporte de archivos virtuales. Como consecuencia, se descargará el contenido de las carpetas que estén marcadas como &quot;disponible solo en línea&quot;.

La única ventaja de deshabilitar el soporte de archivos virtuales es para la característica de sincronización selectiva que estará disponible de nuevo.

Además, esta acción interrumpirá cualquier sincronización en curso.</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="873"/>
        <source>Disable support</source>
        <translation>Desactivar soporte</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="991"/>
        <source>Sync Running</source>
        <translation>Sincronización en curso</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="992"/>
        <source>The syncing operation is running.&lt;br/&gt;Do you want to terminate it?</source>
        <translation>La sincronización está en curso.&lt;br/&gt;¿Desea interrumpirla?</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1075"/>
        <source>%1 (%3%) of %2 in use. Some folders, including network mounted or shared folders, might have different limits.</source>
        <translation>%1 (%3%) de %2 en uso. Algunas carpetas, como carpetas de red o compartidas, podrían tener límites diferentes.</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1076"/>
        <source>%1 of %2 in use</source>
        <translation>%1 de %2 en uso</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1085"/>
        <source>Currently there is no storage usage information available.</source>
        <translation>Actualmente no hay información disponible sobre el uso de almacenamiento.</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1088"/>
        <source>%1 in use</source>
        <translation>%1 en uso</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1079"/>
        <source>%1 as &lt;i&gt;%2&lt;/i&gt;</source>
        <translation>%1 como &lt;i&gt;%2&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="772"/>
        <source>The server version %1 is old and unsupported! Proceed at your own risk.</source>
        <translation>¡La versión del servidor %1 es antigua y no está soportada! Si continúas, lo haces bajo tu propio riesgo.</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1066"/>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1115"/>
        <source>%1 as %2</source>
        <translation>%1 como %2</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1122"/>
        <source>The server version %1 is unsupported! Proceed at your own risk.</source>
        <translation>¡La versión %1 del servidor no está soportada! Si continúas, lo haces bajo tu propio riesgo.</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1124"/>
        <source>Connected to %1.</source>
        <translation>Conectado a %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1128"/>
        <source>Server %1 is temporarily unavailable.</source>
        <translation>Servidor %1 no está disponible temporalmente.</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1131"/>
        <source>Server %1 is currently in maintenance mode.</source>
        <translation>El servidor %1 se encuentra en modo mantenimiento.</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1134"/>
        <source>Signed out from %1.</source>
        <translation>Cerró sesión desde %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1144"/>
        <source>Obtaining authorization from the browser. &lt;a href=&apos;%1&apos;&gt;Click here&lt;/a&gt; to re-open the browser.</source>
        <translation>Obteniendo autorización desde el navegador. &lt;a href=&apos;%1&apos;&gt;Haga clic aquí&lt;/a&gt; para re-abrir el navegador.</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1148"/>
        <source>Connecting to %1 …</source>
        <translation>Conectando a %1 ...</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1153"/>
        <source>No connection to %1 at %2.</source>
        <translation>Sin conexión a %1 en %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1158"/>
        <source>Server configuration error: %1 at %2.</source>
        <translation>Error de configuración del servidor: %1 en %2,</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1169"/>
        <source>No %1 connection configured.</source>
        <translation>No hay ninguna conexión de %1 configurada.</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1341"/>
        <source>There are folders that were not synchronized because they are too big: </source>
        <translation>Hay carpetas que no se han sincronizado porque son demasiado grandes:</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1343"/>
        <source>There are folders that were not synchronized because they are external storages: </source>
        <translation>Hay carpetas que no se han sincronizado porque están en el almacenamiento externo:</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1344"/>
        <source>There are folders that were not synchronized because they are too big or external storages: </source>
        <translation>Hay carpetas que no se han sincronizado porque son demasiado grandes o están en el almacenamiento externo:</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1356"/>
        <source>Confirm Account Removal</source>
        <translation>Confirmar eliminación de cuenta</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1357"/>
        <source>&lt;p&gt;Do you really want to remove the connection to the account &lt;i&gt;%1&lt;/i&gt;?&lt;/p&gt;&lt;p&gt;&lt;b&gt;Note:&lt;/b&gt; This will &lt;b&gt;not&lt;/b&gt; delete any files.&lt;/p&gt;</source>
        <translation>&lt;p&gt;¿De verdad quiere eliminar la conexión a la cuenta &lt;i&gt;%1&lt;/i&gt;?&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nota:&lt;/b&gt; Esto &lt;b&gt;no&lt;/b&gt; eliminará los archivos.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1362"/>
        <source>Remove connection</source>
        <translation>Eliminar conexión</translation>
    </message>
</context>
<context>
    <name>OCC::AccountState</name>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="149"/>
        <source>Signed out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="151"/>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="153"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="155"/>
        <source>Service unavailable</source>
        <translation>Servicio no disponible</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="157"/>
        <source>Maintenance mode</source>
        <translation>Modo mantenimiento</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="159"/>
        <source>Network error</source>
        <translation>Error en la red</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="161"/>
        <source>Configuration error</source>
        <translation>Error en la configuración</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="163"/>
        <source>Asking Credentials</source>
        <translation>Solicitando credenciales</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="165"/>
        <source>Unknown account state</source>
        <translation>Estado de cuenta desconocido</translation>
    </message>
</context>
<context>
    <name>OCC::ActivityListModel</name>
    <message>
        <location filename="../src/gui/tray/activitylistmodel.cpp" line="466"/>
        <source>For more activities please open the Activity app.</source>
        <translation>Para más detalles, por favor, abre la app Actividades.</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/activitylistmodel.cpp" line="488"/>
        <source>Fetching activities …</source>
        <translation>Actividades de búsqueda...</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/activitylistmodel.cpp" line="488"/>
        <source>Fetching activities…</source>
        <translation>Actividades de búsqueda...</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/activitylistmodel.cpp" line="559"/>
        <source>Files from the ignore list as well as symbolic links are not synced.</source>
        <translation>Los archivos de la lista de ignorados así como los enlace simbólicos no estarán sincronizados.</translation>
    </message>
    <message>
        <location filename="../src/gui/activitylistmodel.cpp" line="241"/>
        <source>Files from the ignore list as well as symbolic links are not synced. This includes:</source>
        <translation>Los archivos de la la lista de ignorados así como los enlace simbólicos no están sincronizados: Esto incluye:</translation>
    </message>
</context>
<context>
    <name>OCC::AddCertificateDialog</name>
    <message>
        <location filename="../src/gui/addcertificatedialog.ui" line="17"/>
        <source>SSL client certificate authentication</source>
        <translation>Certificado de autentificación SSL del cliente</translation>
    </message>
    <message>
        <location filename="../src/gui/addcertificatedialog.ui" line="23"/>
        <source>This server probably requires a SSL client certificate.</source>
        <translation>Probablemente este servidor requiera un certificado SSL del cliente.</translation>
    </message>
    <message>
        <location filename="../src/gui/addcertificatedialog.ui" line="35"/>
        <source>Certificate &amp; Key (pkcs12):</source>
        <translation>Certificado &amp; Key (pkcs12):</translation>
    </message>
    <message>
        <location filename="../src/gui/addcertificatedialog.ui" line="35"/>
        <source>Certificate &amp; Key (pkcs12) :</source>
        <translation>Certificate &amp; Key (pkcs12) :</translation>
    </message>
    <message>
        <location filename="../src/gui/addcertificatedialog.ui" line="51"/>
        <source>Browse …</source>
        <translation>Explorar ...</translation>
    </message>
    <message>
        <location filename="../src/gui/addcertificatedialog.ui" line="60"/>
        <source>Certificate password:</source>
        <translation>Contraseña del certificado:</translation>
    </message>
    <message>
        <location filename="../src/gui/addcertificatedialog.ui" line="79"/>
        <source>An encrypted pkcs12 bundle is strongly recommended as a copy will be stored in the configuration file.</source>
        <translation>Usar encriptación pkcs12 es muy recomendable, puesto que una copia se guardará en el archivo de configuración.</translation>
    </message>
    <message>
        <location filename="../src/gui/addcertificatedialog.cpp" line="38"/>
        <source>Select a certificate</source>
        <translation>Seleccione un certificado</translation>
    </message>
    <message>
        <location filename="../src/gui/addcertificatedialog.cpp" line="38"/>
        <source>Certificate files (*.p12 *.pfx)</source>
        <translation>Archivos de certificado (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>OCC::Application</name>
    <message>
        <location filename="../src/gui/application.cpp" line="147"/>
        <source>Continuing will mean &lt;b&gt;deleting these settings&lt;/b&gt;.</source>
        <translation>Continuar significará &lt;b&gt;eliminar estos ajustes&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="149"/>
        <source>Continuing will mean &lt;b&gt;ignoring these settings&lt;/b&gt;.</source>
        <translation>Continuar significará &lt;b&gt;ignorar estos ajustes&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="155"/>
        <source>Some settings were configured in newer versions of this client and use features that are not available in this version.&lt;br&gt;&lt;br&gt;%1&lt;br&gt;&lt;br&gt;The current configuration file was already backed up to &lt;i&gt;%2&lt;/i&gt;.</source>
        <translation>Algunos ajustes fueron configurados en nuevas versiones de este cliente y usan características que no están disponibles en esta versión.&lt;br&gt;&lt;br&gt;%1&lt;br&gt;&lt;br&gt;Ya se ha hecho una copia de seguridad del archivo de configuración a &lt;i&gt;%2&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="162"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="163"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="334"/>
        <source>Error accessing the configuration file</source>
        <translation>Error al acceder al archivo de configuración</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="335"/>
        <source>There was an error while accessing the configuration file at %1. Please make sure the file can be accessed by your user.</source>
        <translation>Se ha producido un error al acceder al archivo de configuración en %1. Por favor asegúrese de que el archivo es accesible por su usuario.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="335"/>
        <source>There was an error while accessing the configuration file at %1. Please make sure the file can be accessed by your system account.</source>
        <translation>Se ha producido un error al acceder al archivo de configuración en %1. Por favor, asegúrese de que su cuenta del sistema puede acceder al archivo.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="338"/>
        <source>Quit %1</source>
        <translation>Salir %1</translation>
    </message>
</context>
<context>
    <name>OCC::AuthenticationDialog</name>
    <message>
        <location filename="../src/gui/authenticationdialog.cpp" line="30"/>
        <source>Authentication Required</source>
        <translation>Se requiere autenticación</translation>
    </message>
    <message>
        <location filename="../src/gui/authenticationdialog.cpp" line="32"/>
        <source>Enter username and password for &quot;%1&quot; at %2.</source>
        <translation>Introduce usuario y contraseña para &quot;%1&quot; en %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/authenticationdialog.cpp" line="32"/>
        <source>Enter username and password for &apos;%1&apos; at %2.</source>
        <translation>Introducir usuario y contraseña para &apos;%1&apos; en %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/authenticationdialog.cpp" line="37"/>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../src/gui/authenticationdialog.cpp" line="37"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../src/gui/authenticationdialog.cpp" line="38"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
</context>
<context>
    <name>OCC::BulkPropagatorJob</name>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="122"/>
        <source>File %1 cannot be uploaded because another file with the same name, differing only in case, exists</source>
        <translation>El archivo %1 no se puede subir porque ya existe otro con el mismo nombre, solo difiere en las mayúsculas/minúsculas</translation>
    </message>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="169"/>
        <source>File %1 has invalid modified time. Do not upload to the server.</source>
        <translation>El archivo %1 tiene una hora de modificación no válida. No subir al servidor.</translation>
    </message>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="294"/>
        <source>File Removed (start upload) %1</source>
        <translation>Archivo eliminado (comenzar subida) %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="305"/>
        <source>File %1 has invalid modification time. Do not upload to the server.</source>
        <translation>El archivo %1 tiene una hora de modificación no válida. No subir al servidor.</translation>
    </message>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="313"/>
        <source>Local file changed during syncing. It will be resumed.</source>
        <translation>Un archivo local ha cambiado durante la sincronización. Será subido.</translation>
    </message>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="327"/>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="646"/>
        <source>Local file changed during sync.</source>
        <translation>Un archivo local ha cambiado durante la sincronización.</translation>
    </message>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="420"/>
        <source>Network error: %1</source>
        <translation>Error de red: %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="420"/>
        <source>Network Error: %1</source>
        <translation>Error de red: %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="465"/>
        <source>Error updating metadata: %1</source>
        <translation>Error al actualizar los metadatos: %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="468"/>
        <source>The file %1 is currently in use</source>
        <translation>El archivo %1 se encuentra en uso</translation>
    </message>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="629"/>
        <source>The local file was removed during sync.</source>
        <translation>El archivo local ha sido eliminado durante la sincronización.</translation>
    </message>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="676"/>
        <source>Restoration failed: %1</source>
        <translation>Fallo al restaurar: %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="676"/>
        <source>; Restoration Failed: %1</source>
        <translation>; Fallo al restaurar: %1</translation>
    </message>
</context>
<context>
    <name>OCC::CleanupPollsJob</name>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="1384"/>
        <source>Error writing metadata to the database</source>
        <translation>Error al escribir los metadatos en la base de datos</translation>
    </message>
</context>
<context>
    <name>OCC::ClientSideEncryption</name>
    <message>
        <location filename="../src/libsync/clientsideencryption.cpp" line="1241"/>
        <source>Please enter your end to end encryption passphrase:&lt;br&gt;&lt;br&gt;User: %2&lt;br&gt;Account: %3&lt;br&gt;</source>
        <translation>Por favor, introduce la frase de seguridad del cifrado extremo a extremo: &lt;br&gt;&lt;br&gt;Usuario: %2&lt;br&gt;Cuenta: %3&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../src/libsync/clientsideencryption.cpp" line="1241"/>
        <source>Please enter your end-to-end encryption passphrase:&lt;br&gt;&lt;br&gt;Username: %2&lt;br&gt;Account: %3&lt;br&gt;</source>
        <translation>Por favor, introduzca su frase de cifrado de extremo a extremo:&lt;br&gt;&lt;br&gt;Nombre de usuario: %2&lt;br&gt; Cuenta: %3&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../src/libsync/clientsideencryption.cpp" line="1249"/>
        <source>Enter E2E passphrase</source>
        <translation>Introduce la frase de acceso E2E</translation>
    </message>
</context>
<context>
    <name>OCC::ConflictDialog</name>
    <message>
        <location filename="../src/gui/conflictdialog.ui" line="14"/>
        <source>Sync Conflict</source>
        <translation>Conflicto de sincronización</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.ui" line="20"/>
        <location filename="../src/gui/conflictdialog.cpp" line="94"/>
        <source>Conflicting versions of %1.</source>
        <translation>Versión conflictiva de %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.ui" line="32"/>
        <source>Which version of the file do you want to keep?&lt;br/&gt;If you select both versions, the local file will have a number added to its name.</source>
        <translation>¿Qué versión del archivo quiere mantener?&lt;br/&gt;Si selecciona ambas versiones, al archivo local se le añadirá un número a su nombre</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.ui" line="46"/>
        <source>Local version</source>
        <translation>Versión local</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.ui" line="57"/>
        <location filename="../src/gui/conflictdialog.ui" line="165"/>
        <source>Click to open the file</source>
        <translation>Clic para abrir el archivo</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.ui" line="96"/>
        <location filename="../src/gui/conflictdialog.ui" line="204"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.ui" line="103"/>
        <location filename="../src/gui/conflictdialog.ui" line="211"/>
        <source>0 byte</source>
        <translation>0 byte</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.ui" line="110"/>
        <source>&lt;a href=&quot;%1&quot;&gt;Open local version&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Abrir versión local&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.ui" line="154"/>
        <source>Server version</source>
        <translation>Versión del servidor</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.ui" line="218"/>
        <source>&lt;a href=&quot;%1&quot;&gt;Open server version&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Abrir versión en servidor&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.cpp" line="54"/>
        <location filename="../src/gui/conflictdialog.cpp" line="177"/>
        <source>Keep selected version</source>
        <translation>Mantener la versión seleccionada</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.cpp" line="148"/>
        <source>Open local version</source>
        <translation>Abrir la versión local</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.cpp" line="156"/>
        <source>Open server version</source>
        <translation>Abrir la versión en servidor</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.cpp" line="174"/>
        <source>Keep both versions</source>
        <translation>Mantener ambas versiones</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.cpp" line="175"/>
        <source>Keep local version</source>
        <translation>Mantener versión local</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.cpp" line="176"/>
        <source>Keep server version</source>
        <translation>Mantener la versión del servidor</translation>
    </message>
</context>
<context>
    <name>OCC::ConflictSolver</name>
    <message>
        <location filename="../src/gui/conflictsolver.cpp" line="88"/>
        <source>Do you want to delete the directory &lt;i&gt;%1&lt;/i&gt; and all its contents permanently?</source>
        <translation>¿Quieres eliminar la carpeta &lt;i&gt;%1&lt;/i&gt; y todo su contenido permanentemente?</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictsolver.cpp" line="89"/>
        <source>Do you want to delete the file &lt;i&gt;%1&lt;/i&gt; permanently?</source>
        <translation>¿Quieres eliminar el archivo &lt;i&gt;%1&lt;/i&gt; permanentemente?</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictsolver.cpp" line="90"/>
        <source>Confirm deletion</source>
        <translation>Confirmar borrado</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictsolver.cpp" line="134"/>
        <location filename="../src/gui/conflictsolver.cpp" line="159"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictsolver.cpp" line="134"/>
        <location filename="../src/gui/conflictsolver.cpp" line="159"/>
        <source>Moving file failed:

%1</source>
        <translation>Fallo al mover el archivo:

%1</translation>
    </message>
</context>
<context>
    <name>OCC::ConnectionValidator</name>
    <message>
        <location filename="../src/gui/connectionvalidator.cpp" line="50"/>
        <source>No Nextcloud account configured</source>
        <translation>La cuenta Nextcloud no está configurada</translation>
    </message>
    <message>
        <location filename="../src/gui/connectionvalidator.cpp" line="147"/>
        <source>Authentication error: Either username or password are wrong.</source>
        <translation>Error de autenticación: El usuario o la contraseña son incorrectos</translation>
    </message>
    <message>
        <location filename="../src/gui/connectionvalidator.cpp" line="159"/>
        <source>Timeout</source>
        <translation>Tiempo de espera superado</translation>
    </message>
    <message>
        <location filename="../src/gui/connectionvalidator.cpp" line="159"/>
        <source>timeout</source>
        <translation>tiempo de espera</translation>
    </message>
    <message>
        <location filename="../src/gui/connectionvalidator.cpp" line="196"/>
        <source>The provided credentials are not correct</source>
        <translation>Las credenciales proporcionadas no son correctas</translation>
    </message>
    <message>
        <location filename="../src/gui/connectionvalidator.cpp" line="267"/>
        <source>The configured server for this client is too old</source>
        <translation>La configuración del servidor para este cliente es demasiado antigua</translation>
    </message>
    <message>
        <location filename="../src/gui/connectionvalidator.cpp" line="268"/>
        <source>Please update to the latest server and restart the client.</source>
        <translation>Por favor, actualice a la última versión del servidor y reinicie el cliente.</translation>
    </message>
</context>
<context>
    <name>OCC::DiscoveryPhase</name>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="189"/>
        <source>Error while canceling deletion of a file</source>
        <translation>Error al cancelar la eliminación de un archivo</translation>
    </message>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="189"/>
        <source>Error while canceling delete of a file</source>
        <translation>Error al cancelar el borrado del archivo</translation>
    </message>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="190"/>
        <source>Error while canceling deletion of %1</source>
        <translation>Error al cancelar la eliminación de %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="190"/>
        <source>Error while canceling delete of %1</source>
        <translation>Error al cancelar el borrado de %1</translation>
    </message>
</context>
<context>
    <name>OCC::DiscoverySingleDirectoryJob</name>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="398"/>
        <source>The server file discovery reply is missing data.</source>
        <translation>A la respuesta de descubrimiento de archivos del servidor le faltan datos.</translation>
    </message>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="567"/>
        <location filename="../src/libsync/discoveryphase.cpp" line="592"/>
        <source>Server error: PROPFIND reply is not XML formatted!</source>
        <translation>Error del servidor: ¡la respuesta de PROPFIND no tiene formato XML!</translation>
    </message>
</context>
<context>
    <name>OCC::DiscoverySingleLocalDirectoryJob</name>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="275"/>
        <source>Error while opening directory %1</source>
        <translation>Error al abrir el directorio %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="277"/>
        <source>Directory not accessible on client, permission denied</source>
        <translation>Directorio no accesible en el cliente, permiso denegado</translation>
    </message>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="281"/>
        <source>Directory not found: %1</source>
        <translation>Directorio no encontrado: %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="312"/>
        <source>Filename encoding is not valid</source>
        <translation>La codificación del nombre del archivo no es válida</translation>
    </message>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="331"/>
        <source>Error while reading directory %1</source>
        <translation>Error al leer el directorio %1</translation>
    </message>
</context>
<context>
    <name>OCC::EncryptFolderJob</name>
    <message>
        <location filename="../src/libsync/encryptfolderjob.cpp" line="79"/>
        <source>Could not generate the metadata for encryption, Unlocking the folder.
This can be an issue with your OpenSSL libraries.</source>
        <translation>No se pueden generar los metadatos para el cifrado, desbloquea la carpeta.
Esto podría ser un problema con tu librería OpenSSL</translation>
    </message>
</context>
<context>
    <name>OCC::Flow2Auth</name>
    <message>
        <location filename="../src/gui/creds/flow2auth.cpp" line="104"/>
        <source>The polling URL does not start with HTTPS despite the login URL started with HTTPS. Login will not be possible because this might be a security issue. Please contact your administrator.</source>
        <translation>La URL de la consulta no comienza con HTTPS a pesar de que la URL de inicio de sesión comenzó con HTTPS. El inicio de sesión no será posible porque esto podría ser un problema de seguridad. Por favor, póngase en contacto con su administrador.</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/flow2auth.cpp" line="115"/>
        <location filename="../src/gui/creds/flow2auth.cpp" line="233"/>
        <source>Error returned from the server: &lt;em&gt;%1&lt;/em&gt;</source>
        <translation>Error devuelto por el servidor: &lt;em&gt;%1&lt;/em&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/flow2auth.cpp" line="118"/>
        <location filename="../src/gui/creds/flow2auth.cpp" line="226"/>
        <source>There was an error accessing the &apos;token&apos; endpoint: &lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</source>
        <translation>Se encontró un error al acceder al  &apos;token&apos; del punto final: &lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/flow2auth.cpp" line="118"/>
        <location filename="../src/gui/creds/flow2auth.cpp" line="236"/>
        <source>There was an error accessing the &quot;token&quot; endpoint: &lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</source>
        <translation>Hubo un error accediendo al &quot;token&quot; endpoint: &lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/flow2auth.cpp" line="121"/>
        <location filename="../src/gui/creds/flow2auth.cpp" line="239"/>
        <source>Could not parse the JSON returned from the server: &lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</source>
        <translation>No se pudo procesar el código JSON recibido del servidor: &lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/flow2auth.cpp" line="124"/>
        <location filename="../src/gui/creds/flow2auth.cpp" line="242"/>
        <source>The reply from the server did not contain all expected fields</source>
        <translation>La respuesta del servidor no contiene todos los campos esperados</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/flow2auth.cpp" line="221"/>
        <source>The returned server URL does not start with HTTPS despite the login URL started with HTTPS. Login will not be possible because this might be a security issue. Please contact your administrator.</source>
        <translation>La URL de consulta no comienza con HTTPS a pesar de que la URL de inicio de sesión comenzó con HTTPS. El inicio de sesión no será posible porque esto podría ser un problema de seguridad. Por favor, póngase en contacto con su administrador.</translation>
    </message>
</context>
<context>
    <name>OCC::Flow2AuthWidget</name>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.cpp" line="97"/>
        <source>Unable to open the Browser, please copy the link to your Browser.</source>
        <translation>No se ha podido abrir el navegador, por favor copie el enlace en su navegador.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.cpp" line="160"/>
        <source>Waiting for authorization</source>
        <translation>Esperando autorización</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.cpp" line="165"/>
        <source>Polling for authorization</source>
        <translation>Pidiendo autorización</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.cpp" line="170"/>
        <source>Starting authorization</source>
        <translation>Iniciando autorización</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.cpp" line="174"/>
        <source>Link copied to clipboard.</source>
        <translation>Enlace copiado al portapapeles.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.cpp" line="221"/>
        <source>Reopen Browser</source>
        <translation>Reabrir el navegador</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.cpp" line="224"/>
        <source>Copy Link</source>
        <translation>Copiar Link</translation>
    </message>
</context>
<context>
    <name>OCC::Folder</name>
    <message>
        <location filename="../src/gui/folder.cpp" line="175"/>
        <source>Local folder %1 does not exist.</source>
        <translation>La carpeta local %1 no existe.</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="178"/>
        <source>%1 should be a folder but is not.</source>
        <translation>%1 debería ser una carpeta, pero no lo es.</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="181"/>
        <source>%1 is not readable.</source>
        <translation>%1 es ilegible.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="428"/>
        <source>%1 and %n other file(s) have been removed.</source>
        <translation><numerusform>%1 y otro archivo han sido borrados.</numerusform><numerusform>%1 y otros %n archivos han sido borrados.</numerusform><numerusform>%1 y otros %n archivos han sido borrados.</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="430"/>
        <source>%1 has been removed.</source>
        <comment>%1 names a file.</comment>
        <translation>%1 ha sido eliminado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="380"/>
        <source>%1 and %n other file(s) have been downloaded.</source>
        <translation><numerusform>%1 y otro archivo han sido descargados.</numerusform><numerusform>%1 y otros %n archivos han sido descargados.</numerusform><numerusform>%1 y otros %n archivos han sido descargados.</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="382"/>
        <source>%1 has been downloaded.</source>
        <comment>%1 names a file.</comment>
        <translation>%1 ha sido descargado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="435"/>
        <source>%1 and %n other file(s) have been added.</source>
        <translation><numerusform>%1 y %n otro(s) archivo(s) ha(n) sido añadido(s).</numerusform><numerusform>%1 y %n otro(s) archivo(s) ha(n) sido añadido(s).</numerusform><numerusform>%1 y %n otro(s) archivo(s) ha(n) sido añadido(s).</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="437"/>
        <source>%1 has been added.</source>
        <comment>%1 names a file.</comment>
        <translation>%1 ha sido añadido.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="442"/>
        <source>%1 and %n other file(s) have been updated.</source>
        <translation><numerusform>%1 y otro archivo han sido actualizados.</numerusform><numerusform>%1 y otros %n archivos han sido actualizados.</numerusform><numerusform>%1 y otros %n archivos han sido actualizados.</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="444"/>
        <source>%1 has been updated.</source>
        <comment>%1 names a file.</comment>
        <translation>%1 ha sido actualizado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="449"/>
        <source>%1 has been renamed to %2 and %n other file(s) have been renamed.</source>
        <translation><numerusform>%1 ha sido renombrado a %2 y otro archivo ha sido renombrado.</numerusform><numerusform>%1 ha sido renombrado a %2 y otros %n archivos han sido renombrado.</numerusform><numerusform>%1 ha sido renombrado a %2 y otros %n archivos han sido renombrado.</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="451"/>
        <source>%1 has been renamed to %2.</source>
        <comment>%1 and %2 name files.</comment>
        <translation>%1 ha sido renombrado a %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="456"/>
        <source>%1 has been moved to %2 and %n other file(s) have been moved.</source>
        <translation><numerusform>%1 ha sido movido a %2 y otro archivo ha sido movido.</numerusform><numerusform>%1 ha sido movido a %2 y otros %n archivos han sido movidos.</numerusform><numerusform>%1 ha sido movido a %2 y otros %n archivos han sido movidos.</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="458"/>
        <source>%1 has been moved to %2.</source>
        <translation>%1 ha sido movido a %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="463"/>
        <source>%1 has and %n other file(s) have sync conflicts.</source>
        <translation><numerusform>%1 y otro archivo han tenido conflictos al sincronizar.</numerusform><numerusform>%1 y otros %n archivos han tenido conflictos al sincronizar.</numerusform><numerusform>%1 y otros %n archivos han tenido conflictos al sincronizar.</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="465"/>
        <source>%1 has a sync conflict. Please check the conflict file!</source>
        <translation>Conflicto al sincronizar %1. ¡Por favor compruebe el archivo!</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="470"/>
        <source>%1 and %n other file(s) could not be synced due to errors. See the log for details.</source>
        <translation><numerusform>%1 y otro archivo no pudieron ser sincronizados debido a errores. Para más detalles vea el registro.</numerusform><numerusform>%1 y otros %n archivos no se han podido sincronizar debido a errores. Para más detalles vea el registro.</numerusform><numerusform>%1 y otros %n archivos no se han podido sincronizar debido a errores. Para más detalles vea el registro.</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="472"/>
        <source>%1 could not be synced due to an error. See the log for details.</source>
        <translation>%1 no se ha podido sincronizar debido a un error. Para más detalles, vea el registro.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="477"/>
        <source>%1 and %n other file(s) are currently locked.</source>
        <translation><numerusform>%1 y otro %n archivo está actualmente bloqueado.</numerusform><numerusform>%1 y otro(s) %n archivo(s) están bloqueados actualmente.</numerusform><numerusform>%1 y otro(s) %n archivo(s) están bloqueados actualmente.</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="479"/>
        <source>%1 is currently locked.</source>
        <translation>%1 está actualmente bloqueado.</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="487"/>
        <source>Sync Activity</source>
        <translation>Actividad de la sincronización</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="842"/>
        <source>Could not read system exclude file</source>
        <translation>No se ha podido leer el archivo de exclusión del sistema</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1109"/>
        <source>A new folder larger than %1 MB has been added: %2.
</source>
        <translation>Una carpeta mayor de %1 MB ha sido añadida: %2.
</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1112"/>
        <source>A folder from an external storage has been added.
</source>
        <translation>Una carpeta de almacenamiento externo ha sido añadida.
</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1113"/>
        <source>Please go in the settings to select it if you wish to download it.</source>
        <translation>Por favor vaya a opciones a seleccionarlo si desea descargar esto.</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1173"/>
        <source>The folder %1 was created but was excluded from synchronization previously. Data inside it will not be synchronized.</source>
        <translation>Se ha creado la carpeta %1 pero se excluyó de la sincronización con anterioridad. Los datos en su interior no se sincronizarán.</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1176"/>
        <source>The file %1 was created but was excluded from synchronization previously. It will not be synchronized.</source>
        <translation>Se ha creado el archivo %1 pero se excluyó de la sincronización con anterioridad. No se sincronizará.</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1187"/>
        <source>Changes in synchronized folders could not be tracked reliably.

This means that the synchronization client might not upload local changes immediately and will instead only scan for local changes and upload them occasionally (every two hours by default).

%1</source>
        <translation>Los cambios en las carpetas sincronizadas no se han podido rastrear de manera fiable.

Esto significa que el cliente de sincronización podría no subir inmediatamente los cambios de las carpetas locales, y en lugar de eso solo escaneará buscando cambios locales y los subirá ocasionalmente (cada dos horas por defecto).

%1</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1052"/>
        <source>All files in the sync folder '%1' were deleted on the server.
These deletes will be synchronized to your local sync folder, making such files unavailable unless you have a right to restore. 
If you decide to restore the files, they will be re-synced with the server if you have rights to do so.
If you decide to delete the files, they will be unavailable to you, unless you are the owner.</source>
        <translation>Todos los archivos de la carpeta de sincronización &apos;%1&apos; han sido eliminados del servidor.
Este borrado se sincronizará con tu carpeta de sincronización local, haciendo que esos archivos no estén disponibles a no ser que tengas permisos para restaurarlos.
Si decides restaurar los archivos, si tienes permisos para hacer esto volverán a sincronizarse con el servidor.
Si decides eliminar los archivos, no volverás a disponer de ellos, a no ser que seas el propietario.</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1057"/>
        <source>All files got deleted from your local sync folder '%1'.
These files will be deleted from the server and will not be available on your other devices if they will not be restored.
If this action was unintended you can restore the lost data now.</source>
        <translation>Todos los archivos han sido eliminados de tu carpeta local sincronizada &apos;%1&apos;.
Estos archivos se eliminarán del servidor y no estarán disponibles en tus otros dispositivos si no se restauran.
Si no querías realizar esta acción, ahora se pueden recuperar los datos perdidos.</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1061"/>
        <source>Delete all files?</source>
        <translation>¿Eliminar todos los archivos?</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1064"/>
        <source>Delete all files</source>
        <translation>Eliminar todos los archivos</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1065"/>
        <source>Restore deleted files</source>
        <translation>Recuperar archivos eliminados</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1082"/>
        <source>This sync would reset the files to an earlier time in the sync folder '%1'.
This might be because a backup was restored on the server.
Continuing the sync as normal will cause all your files to be overwritten by an older file in an earlier state. Do you want to keep your local most recent files as conflict files?</source>
        <translation>Esta sincronización restablecerá los archivos en la carpeta &apos;%1&apos; a una versión previa.
Esto puede deberse a que una copia de seguridad fue restaurada en el servidor.
Si continua con la sincronización todos los archivos serán remplazados por su versión previa. ¿Desea mantener los archivos locales en su versión actual como archivos en conflicto?</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1087"/>
        <source>Backup detected</source>
        <translation>Backup detectado</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1090"/>
        <source>Normal Synchronisation</source>
        <translation>Sincronización normal</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1091"/>
        <source>Keep Local Files as Conflict</source>
        <translation>Mantener los archivos locales en caso de conflicto</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1255"/>
        <source>All files in the sync folder '%1' folder were deleted on the server.
These deletes will be synchronized to your local sync folder, making such files unavailable unless you have a right to restore. 
If you decide to restore the files, they will be re-synced with the server if you have rights to do so.
If you decide to delete the files, they will be unavailable to you, unless you are the owner.</source>
        <translation>Todos los archivos en la carpeta de sincronización «%1» han sido eliminados en el servidor.
Esta eliminación se sincronizará con tu carpeta local sincronizada, haciendo que esos archivos ya no estén disponibles a no ser que tengas derecho a restaurarlos.
Si decides restaurar los archivos, volverán a sincronizarse con el servidor si tienes derecho a hacer esto.
Si decides eliminar los archivos, ya no los tendrás disponibles, a no ser que seas el propietario.</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1260"/>
        <source>All the files in your local sync folder '%1' were deleted. These deletes will be synchronized with your server, making such files unavailable unless restored.
Are you sure you want to sync those actions with the server?
If this was an accident and you decide to keep your files, they will be re-synced from the server.</source>
        <translation>Todos los archivos en tu carpeta local de sincronización «%1» serán borrados.
Esta eliminación será sincronizada con tu servidor, haciendo que esos archivos no estén disponibles a no ser que sean restaurados.
¿Estás seguro de que deseas sincronizarte con el servidor?
Si esto ha sido un accidente, y decides mantener tus archivos, serán re-sincronizados con el servidor.</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1269"/>
        <source>All files in the sync folder &quot;%1&quot; folder were deleted on the server.
These deletes will be synchronized to your local sync folder, making such files unavailable unless you have a right to restore. 
If you decide to restore the files, they will be re-synced with the server if you have rights to do so.
If you decide to delete the files, they will be unavailable to you, unless you are the owner.</source>
        <translation>Todos los archivos en la carpeta de sincronización &quot;%1&quot; han sido eliminados del servidor.
Esta eliminación se sincronizará con tu carpeta local, haciendo que esos archivos ya no estén disponibles a no ser que tengas derecho a restaurarlos.
Si decides restaurar los archivos, volverán a sincronizarse con el servidor si tienes derecho a hacer esto.
Si decides eliminar los archivos, ya no los tendrás disponibles, a no ser que seas el propietario.</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1274"/>
        <source>All the files in your local sync folder &quot;%1&quot; were deleted. These deletes will be synchronized with your server, making such files unavailable unless restored.
Are you sure you want to sync those actions with the server?
If this was an accident and you decide to keep your files, they will be re-synced from the server.</source>
        <translation>Todos los archivos en la carpeta de sincronización &quot;%1&quot; serán eliminados.
Esta eliminación será sincronizada con tu servidor, haciendo que esos archivos no estén disponibles a no ser que sean restaurados.
¿Estás seguro de que deseas sincronizar esta acción con el servidor?
Si esto ha sido un accidente, y decides mantener tus archivos, serán re-sincronizados desde el servidor.</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1278"/>
        <source>Remove All Files?</source>
        <translation>¿Eliminar todos los archivos?</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1282"/>
        <source>Remove all files</source>
        <translation>Eliminar todos los archivos</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1283"/>
        <source>Keep files</source>
        <translation>Mantener archivos</translation>
    </message>
</context>
<context>
    <name>OCC::FolderCreationDialog</name>
    <message>
        <location filename="../src/gui/foldercreationdialog.ui" line="14"/>
        <source>Create new folder</source>
        <translation>Crear nueva carpeta</translation>
    </message>
    <message>
        <location filename="../src/gui/foldercreationdialog.ui" line="42"/>
        <source>Enter folder name</source>
        <translation>Escriba el nombre de la carpeta</translation>
    </message>
    <message>
        <location filename="../src/gui/foldercreationdialog.ui" line="61"/>
        <source>Folder already exists</source>
        <translation>Ya existe la carpeta</translation>
    </message>
    <message>
        <location filename="../src/gui/foldercreationdialog.cpp" line="76"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../src/gui/foldercreationdialog.cpp" line="76"/>
        <source>Could not create a folder! Check your write permissions.</source>
        <translation>¡No se pudo crear la carpeta! Comprueba los permisos de escritura.</translation>
    </message>
</context>
<context>
    <name>OCC::FolderMan</name>
    <message>
        <location filename="../src/gui/folderman.cpp" line="401"/>
        <source>Could not reset folder state</source>
        <translation>No se ha podido restablecer el estado de la carpeta</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="390"/>
        <source>An old sync journal &apos;%1&apos; was found, but could not be removed. Please make sure that no application is currently using it.</source>
        <translation>Se ha encontrado un antiguo registro de sincronización &apos;%1&apos;; pero no se ha podido eliminar. Por favor, asegúrese de que ninguna aplicación la esté utilizando.</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="402"/>
        <source>An old sync journal &quot;%1&quot; was found, but could not be removed. Please make sure that no application is currently using it.</source>
        <translation>Se ha encontrado un registro de sincronización antiguo &quot;%1&quot;, que no se ha podido eliminar. Por favor, asegúrese de que ninguna aplicación lo está utilizando en este momento.</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1250"/>
        <source> (backup)</source>
        <translation>(copia de seguridad)</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1255"/>
        <source> (backup %1)</source>
        <translation>(copia de seguridad %1)</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1500"/>
        <source>Undefined State.</source>
        <translation>Estado no definido.</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1500"/>
        <source>Undefined state.</source>
        <translation>Estado no definido.</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1503"/>
        <source>Waiting to start syncing.</source>
        <translation>Esperando para comenzar la sincronización.</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1506"/>
        <source>Preparing for sync.</source>
        <translation>Preparándose para sincronizar.</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1509"/>
        <source>Sync is running.</source>
        <translation>Sincronización en funcionamiento.</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1371"/>
        <source>Sync was successful, unresolved conflicts.</source>
        <translation>La sincronización ha tenido éxito, pero hay conflictos sin resolver.</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1516"/>
        <source>Last Sync was successful.</source>
        <translation>La última sincronización se ha realizado con éxito.</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1522"/>
        <source>Setup Error.</source>
        <translation>Error de configuración.</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1525"/>
        <source>User Abort.</source>
        <translation>Interrumpido por el usuario.</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1514"/>
        <source>Sync finished with unresolved conflicts.</source>
        <translation>La sincronización finalizó pero con conflictos sin resolver.</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1516"/>
        <source>Last sync was successful.</source>
        <translation>La última sincronización se ha realizado con éxito.</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1522"/>
        <source>Setup error.</source>
        <translation>Error de configuración.</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1525"/>
        <source>Sync request was cancelled.</source>
        <translation>La solicitud de sincronización fue cancelada.</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1528"/>
        <source>Sync is paused.</source>
        <translation>La sincronización está en pausa.</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1534"/>
        <source>%1 (Sync is paused)</source>
        <translation>%1 (Sincronización en pausa)</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1542"/>
        <source>No valid folder selected!</source>
        <translation>¡La carpeta seleccionada no es válida!</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1554"/>
        <source>The selected path does not exist!</source>
        <translation>¡La ruta seleccionada no existe!</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1558"/>
        <source>The selected path is not a folder!</source>
        <translation>¡La ruta seleccionada no es una carpeta!</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1562"/>
        <source>You have no permission to write to the selected folder!</source>
        <translation>¡No tiene permiso para escribir en la carpeta seleccionada!</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1609"/>
        <source>The local folder %1 already contains a folder used in a folder sync connection. Please pick another one!</source>
        <translation>El directorio local %1 ya contiene un directorio usado en una conexión de sincronización de directorios. Por favor, elija otro.</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1615"/>
        <source>The local folder %1 is already contained in a folder used in a folder sync connection. Please pick another one!</source>
        <translation>El directorio local %1 está dentro de un directorio usado en una conexión de sincronización de directorios. Por favor, elija otro.</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1629"/>
        <source>There is already a sync from the server to this local folder. Please pick another local folder!</source>
        <translation>Ya existe una tarea de sincronización entre el servidor y esta carpeta. Por favor elija otra carpeta local.</translation>
    </message>
</context>
<context>
    <name>OCC::FolderStatusDelegate</name>
    <message>
        <location filename="../src/gui/folderstatusdelegate.cpp" line="48"/>
        <source>Add Folder Sync Connection</source>
        <translation>Añadir conexión para el directorio de sincronización</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusdelegate.cpp" line="256"/>
        <source>Synchronized with local folder (%1)</source>
        <translation>Sincronizado con carpeta local (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusdelegate.cpp" line="307"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
</context>
<context>
    <name>OCC::FolderStatusModel</name>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="149"/>
        <source>You need to be connected to add a folder</source>
        <translation>Necesita estar conectado para añadir una carpeta</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="151"/>
        <source>Click this button to add a folder to synchronize.</source>
        <translation>Haga clic en este botón para añadir una carpeta a sincronizar</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="162"/>
        <location filename="../src/gui/folderstatusmodel.cpp" line="164"/>
        <source>%1 (%2)</source>
        <extracomment>Example text: &quot;File.txt (23KB)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="200"/>
        <source>Error while loading the list of folders from the server.</source>
        <translation>Error mientras se cargaba la lista de carpetas desde el servidor.</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="203"/>
        <source>Fetching folder list from server …</source>
        <translation>Obteniendo la lista de carpetas del servidor ...</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="229"/>
        <source>There are unresolved conflicts. Click for details.</source>
        <translation>Hay conflictos sin resolver. Haz clic para más detalles.</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="235"/>
        <source>Virtual file support is enabled.</source>
        <translation>El soporte para archivos virtuales está activado.</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="257"/>
        <source>Signed out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="299"/>
        <source>Synchronizing VirtualFiles with local folder</source>
        <translation>Sincronizando archivos virtuales con carpeta local</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="301"/>
        <source>Synchronizing with local folder</source>
        <translation>Sincronizando con carpeta local</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="973"/>
        <source>Checking for changes in remote &apos;%1&apos;</source>
        <translation>Buscando cambios en la carpeta remota &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="977"/>
        <source>Checking for changes in local &apos;%1&apos;</source>
        <translation>Buscando cambios en la carpeta local &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="973"/>
        <source>Checking for changes in remote &quot;%1&quot;</source>
        <translation>Buscando cambios en carpeta remota &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="977"/>
        <source>Checking for changes in local &quot;%1&quot;</source>
        <translation>Buscando cambios en carpeta local &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="984"/>
        <source>Reconciling changes</source>
        <translation>Reconciliando cambios</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1019"/>
        <source>, &apos;%1&apos;</source>
        <extracomment>Build a list of file names</extracomment>
        <translation>, &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1022"/>
        <source>&apos;%1&apos;</source>
        <extracomment>Argument is a file name</extracomment>
        <translation>&apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1046"/>
        <source>Syncing %1</source>
        <extracomment>Example text: &quot;Syncing 'foo.txt', 'bar.txt'&quot;</extracomment>
        <translation>Sincronizando %1</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1048"/>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1059"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1052"/>
        <source>download %1/s</source>
        <extracomment>Example text: &quot;download 24Kb/s&quot; (%1 is replaced by 24Kb (translated))</extracomment>
        <translation>descargando: %1/s</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1054"/>
        <source>↓ %1/s</source>
        <translation>↓ %1/s</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1062"/>
        <source>upload %1/s</source>
        <extracomment>Example text: &quot;upload 24Kb/s&quot; (%1 is replaced by 24Kb (translated))</extracomment>
        <translation>cargar %1/s</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1064"/>
        <source>↑ %1/s</source>
        <translation>↑ %1/s</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1070"/>
        <source>%1 %2 (%3 of %4)</source>
        <extracomment>Example text: &quot;uploading foobar.png (2MB of 2MB)&quot;</extracomment>
        <translation>%1 %2 (%3 de %4)</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1074"/>
        <source>%1 %2</source>
        <extracomment>Example text: &quot;uploading foobar.png&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1091"/>
        <source>%5 left, %1 of %2, file %3 of %4</source>
        <extracomment>Example text: &quot;5 minutes left, 12 MB of 345 MB, file 6 of 7&quot;</extracomment>
        <translation>%5 restantes, %1 de %2, archivo %3 de %4</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1099"/>
        <source>%1 of %2, file %3 of %4</source>
        <extracomment>Example text: &quot;12 MB of 345 MB, file 6 of 7&quot;</extracomment>
        <translation>%1 de %2, archivo %3 de %4</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1106"/>
        <source>file %1 of %2</source>
        <translation>archivo %1 de %2</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1152"/>
        <source>Waiting …</source>
        <translation>Esperando ...</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folderstatusmodel.cpp" line="1154"/>
        <source>Waiting for %n other folder(s) …</source>
        <translation><numerusform>Esperando a otra %n carpeta ...</numerusform><numerusform>Esperando a %n carpeta(s)…</numerusform><numerusform>Esperando a %n carpeta(s)…</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1160"/>
        <source>Preparing to sync …</source>
        <translation>Preparando la sincronización ...</translation>
    </message>
</context>
<context>
    <name>OCC::FolderWatcher</name>
    <message>
        <location filename="../src/gui/folderwatcher.cpp" line="126"/>
        <source>The watcher did not receive a test notification.</source>
        <translation>El vigilante no recibió una notificación de prueba.</translation>
    </message>
</context>
<context>
    <name>OCC::FolderWatcherPrivate</name>
    <message>
        <location filename="../src/gui/folderwatcher_linux.cpp" line="88"/>
        <source>This problem usually happens when the inotify watches are exhausted. Check the FAQ for details.</source>
        <translation>Este problema sucede habitualmente cuando las &quot;inotify watches&quot; están agotadas. Comprueba el FAQ para más detalles.</translation>
    </message>
</context>
<context>
    <name>OCC::FolderWizard</name>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="650"/>
        <source>Add Folder Sync Connection</source>
        <translation>Añadir conexión para el directorio de sincronización</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="652"/>
        <source>Add Sync Connection</source>
        <translation>Añadir conexión de sincronización</translation>
    </message>
</context>
<context>
    <name>OCC::FolderWizardLocalPath</name>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="69"/>
        <source>Click to select a local folder to sync.</source>
        <translation>Haga clic para seleccionar una carpeta local que sincronizar.</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="76"/>
        <source>Enter the path to the local folder.</source>
        <translation>Introduzca la ubicación de la carpeta local.</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="137"/>
        <source>Select the source folder</source>
        <translation>Seleccione la carpeta de origen</translation>
    </message>
</context>
<context>
    <name>OCC::FolderWizardRemotePath</name>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="210"/>
        <source>Create Remote Folder</source>
        <translation>Crear carpeta remota</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="184"/>
        <source>Enter the name of the new folder to be created below &apos;%1&apos;:</source>
        <translation>Introduzca más abajo el nombre de la nueva carpeta a crear &apos;%1&apos;:</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="211"/>
        <source>Enter the name of the new folder to be created below &quot;%1&quot;:</source>
        <translation>Introduce el nombre de la nueva carpeta que se creará debajo de &quot;%1&quot;:</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="240"/>
        <source>Folder was successfully created on %1.</source>
        <translation>La carpeta ha sido creada con éxito en %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="250"/>
        <source>Authentication failed accessing %1</source>
        <translation>Fallo de autenticación al acceder a %1</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="252"/>
        <source>Failed to create the folder on %1. Please check manually.</source>
        <translation>Fallo al crear la carpeta %1. Por favor, revíselo manualmente.</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="270"/>
        <source>Failed to list a folder. Error: %1</source>
        <translation>Fallo al listar una carpeta. Error: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="351"/>
        <source>Choose this to sync the entire account</source>
        <translation>Elija esto para sincronizar la cuenta entera</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="494"/>
        <source>This folder is already being synced.</source>
        <translation>Esta carpeta ya se ha sincronizado.</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="496"/>
        <source>You are already syncing &lt;i&gt;%1&lt;/i&gt;, which is a parent folder of &lt;i&gt;%2&lt;/i&gt;.</source>
        <translation>Ya ha sincronizado &lt;i&gt;%1&lt;/i&gt;, el cual es la carpeta de &lt;i&gt;%2&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="498"/>
        <source>You are already syncing &lt;i&gt;%1&lt;/i&gt;, which is a subfolder of &lt;i&gt;%2&lt;/i&gt;.</source>
        <translation>Ya estás sincronizando &lt;i&gt;%1&lt;/i&gt;, que es una subcarpeta de &lt;i&gt;%2&lt;/i&gt;.</translation>
    </message>
</context>
<context>
    <name>OCC::FolderWizardSelectiveSync</name>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="537"/>
        <location filename="../src/gui/folderwizard.cpp" line="574"/>
        <source>Use virtual files instead of downloading content immediately %1</source>
        <translation>Usa archivos virtuales en vez de descargar el contenido inmediatamente %1</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="537"/>
        <location filename="../src/gui/folderwizard.cpp" line="574"/>
        <source>(experimental)</source>
        <translation>(experimental)</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="570"/>
        <source>Virtual files are not supported for Windows partition roots as local folder. Please choose a valid subfolder under drive letter.</source>
        <translation>Los archivos virtuales no son compatibles con la carpeta raíz de la partición de Windows como carpeta local. Por favor, elija una subcarpeta válida bajo la letra de la unidad.</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="593"/>
        <source>Virtual files are not available for the selected folder</source>
        <translation>Los archivos virtuales no están disponibles para la carpeta seleccionada</translation>
    </message>
</context>
<context>
    <name>OCC::FormatWarningsWizardPage</name>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="50"/>
        <source>&lt;b&gt;Warning:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Advertencia:&lt;/b&gt;  %1</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="52"/>
        <source>&lt;b&gt;Warning:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Advertencia:&lt;/b&gt; </translation>
    </message>
</context>
<context>
    <name>OCC::GETFileJob</name>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="195"/>
        <source>No E-Tag received from server, check Proxy/Gateway</source>
        <translation>No se ha recibido ninguna E-Tag del servidor, revise el proxy/puerta de enlace</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="202"/>
        <source>We received a different E-Tag for resuming. Retrying next time.</source>
        <translation>Se ha recibido una E-Tag distinta para reanudar. Se volverá a intentar.</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="213"/>
        <source>We received an unexpected download Content-Length.</source>
        <translation>Hemos recibido una longitud inesperada de contenido de la descarga.</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="241"/>
        <source>Server returned wrong content-range</source>
        <translation>El servidor ha devuelto un content-range erróneo</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="367"/>
        <source>Connection Timeout</source>
        <translation>Tiempo de espera de conexión agotado</translation>
    </message>
</context>
<context>
    <name>OCC::GeneralSettings</name>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="20"/>
        <location filename="../src/gui/generalsettings.ui" line="32"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="41"/>
        <source>Legal notice</source>
        <translation>Aviso legal</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="66"/>
        <source>General Settings</source>
        <translation>Ajustes generales</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="72"/>
        <source>For System Tray</source>
        <translation>A la bandeja del sistema</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="75"/>
        <source>Use &amp;Monochrome Icons</source>
        <translation>Usar iconos &amp;monocromáticos</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="82"/>
        <source>&amp;Launch on System Startup</source>
        <translation>&amp;Ejecutar al iniciar el sistema</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="89"/>
        <source>Show Server &amp;Notifications</source>
        <translation>Mostrar servidor y notificaciones</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="96"/>
        <source>Show Call Notifications</source>
        <translation>Mostrar notificaciones de llamadas</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="106"/>
        <source>Updates</source>
        <translation>Actualizaciones</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="114"/>
        <source>&amp;Automatically check for Updates</source>
        <translation>&amp;Comprobar actualizaciones automáticamente</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="134"/>
        <source>&amp;Channel</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="151"/>
        <location filename="../src/gui/generalsettings.cpp" line="322"/>
        <source>stable</source>
        <translation>stable</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="156"/>
        <location filename="../src/gui/generalsettings.cpp" line="324"/>
        <source>beta</source>
        <translation>beta</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="183"/>
        <source>&amp;Restart &amp;&amp; Update</source>
        <translation>&amp;Reiniciar &amp;&amp; Actualizar</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="198"/>
        <source>&amp;Check for Update now</source>
        <translation>&amp;Comprobar ahora las actualizaciones</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="221"/>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="312"/>
        <source>Create Debug Archive …</source>
        <translation>Crear Archivo de Depuración …</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="229"/>
        <source>Ask for confirmation before synchronizing folders larger than</source>
        <translation>Preguntar si se desea sincronizar carpetas mayores de</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="249"/>
        <source>MB</source>
        <extracomment>Trailing part of &quot;Ask confirmation before syncing folder larger than&quot; </extracomment>
        <translation>MB</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="273"/>
        <source>Ask for confirmation before synchronizing external storages</source>
        <translation>Preguntar si se desea sincronizar carpetas de almacenamiento externo</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="284"/>
        <source>Show sync folders in &amp;Explorer&apos;s Navigation Pane</source>
        <translation>Mostrar carpetas sincronizadas en el panel de navegación del explorador</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="301"/>
        <source>S&amp;how crash reporter</source>
        <translation>M&amp;ostrar el informe de fallos</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="312"/>
        <source>Edit &amp;Ignored Files</source>
        <translation>Editar archivos &amp;ignorados</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="319"/>
        <location filename="../src/gui/generalsettings.cpp" line="475"/>
        <source>Create Debug Archive</source>
        <translation>Crear archivo de depuración</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="149"/>
        <source>Server notifications that require attention.</source>
        <translation>Notificaciones del servidor que requieren atención.</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="153"/>
        <source>Show call notification dialogs.</source>
        <translation>Mostrar diálogos de notificación de llamadas.</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="167"/>
        <source>You cannot disable autostart because system-wide autostart is enabled.</source>
        <translation>No puedes desactivar el inicio automático porque el inicio automático de todo el sistema está activado.</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="356"/>
        <source>Change update channel?</source>
        <translation>¿Cambiar el canal de actualización?</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="357"/>
        <source>The update channel determines which client updates will be offered for installation. The &quot;stable&quot; channel contains only upgrades that are considered reliable, while the versions in the &quot;beta&quot; channel may contain newer features and bugfixes, but have not yet been tested thoroughly.

Note that this selects only what pool upgrades are taken from, and that there are no downgrades: So going back from the beta channel to the stable channel usually cannot be done immediately and means waiting for a stable version that is newer than the currently installed beta version.</source>
        <translation>El canal de actualización determina qué actualizaciones del cliente se ofrecerán para su instalación. El canal &quot;estable&quot; sólo contiene actualizaciones que se consideran fiables, mientras que las versiones del canal &quot;beta&quot; pueden contener nuevas características y correcciones de errores, pero aún no se han probado a fondo.

Tenga en cuenta que esto sólo selecciona de qué grupo se tomarán las actualizaciones, y que no hay vuelta atrás: Por lo tanto volver del canal &quot;beta&quot; al canal &quot;estable&quot; normalmente no puede hacerse inmediatamente y significa esperar a una versión estable que sea más reciente que la versión beta instalada actualmente.</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="370"/>
        <source>Change update channel</source>
        <translation>Cambiar canal de actualización</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="371"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="475"/>
        <source>Zip Archives</source>
        <translation>Archivos Zip</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="481"/>
        <source>Debug Archive Created</source>
        <translation>Archivo de depuración creado</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="481"/>
        <source>Debug archive is created at %1</source>
        <translation>El archivo de depuración se ha creado en %1</translation>
    </message>
</context>
<context>
    <name>OCC::GetOrCreatePublicLinkShare</name>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="706"/>
        <source>Password for share required</source>
        <translation>Se requiere contraseña para compartir</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="707"/>
        <source>Please enter a password for your link share:</source>
        <translation>Por favor, introduce una contraseña para tu enlace compartido:</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="733"/>
        <source>Sharing error</source>
        <translation>Error al compartir</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="734"/>
        <source>Could not retrieve or create the public link share. Error:

%1</source>
        <translation>No se ha podido recuperar o crear el enlace público compartido. Error:

%1</translation>
    </message>
</context>
<context>
    <name>OCC::HttpCredentialsGui</name>
    <message>
        <location filename="../src/gui/creds/httpcredentialsgui.cpp" line="97"/>
        <source>Please enter %1 password:&lt;br&gt;&lt;br&gt;Username: %2&lt;br&gt;Account: %3&lt;br&gt;</source>
        <translation>Por favor, introduzca la contraseña de %1:&lt;br&gt;&lt;br&gt;Usuario: %2&lt;br&gt;Cuenta: %3&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/httpcredentialsgui.cpp" line="97"/>
        <source>Please enter %1 password:&lt;br&gt;&lt;br&gt;User: %2&lt;br&gt;Account: %3&lt;br&gt;</source>
        <translation>Por favor, introduzca la contraseña de %1:&lt;br&gt;&lt;br&gt;Usuario: %2&lt;br&gt;Cuenta: %3&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/httpcredentialsgui.cpp" line="111"/>
        <source>Reading from keychain failed with error: &quot;%1&quot;</source>
        <translation>La lectura del keychain falló con el error &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/httpcredentialsgui.cpp" line="111"/>
        <source>Reading from keychain failed with error: &apos;%1&apos;</source>
        <translation>La lectura del llavero ha fallado y ha generado este error: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/httpcredentialsgui.cpp" line="118"/>
        <source>Enter Password</source>
        <translation>Introduzca la contraseña</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/httpcredentialsgui.cpp" line="156"/>
        <source>&lt;a href=&quot;%1&quot;&gt;Click here&lt;/a&gt; to request an app password from the web interface.</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Haga clic aquí&lt;/a&gt; para solicitar una contraseña de aplicación desde la interfaz web.</translation>
    </message>
</context>
<context>
    <name>OCC::IgnoreListEditor</name>
    <message>
        <location filename="../src/gui/ignorelisteditor.ui" line="14"/>
        <source>Ignored Files Editor</source>
        <translation>Editor de archivos ignorados</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.ui" line="20"/>
        <source>Global Ignore Settings</source>
        <translation>Ajustes de Ignorar de modo global</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.ui" line="26"/>
        <source>Sync hidden files</source>
        <translation>Sincronizar archivos ocultos</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.ui" line="36"/>
        <source>Files Ignored by Patterns</source>
        <translation>Archivos ignorados por patrones</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.cpp" line="40"/>
        <source>This entry is provided by the system at &quot;%1&quot; and cannot be modified in this view.</source>
        <translation>Esta entrada la proporciona el sistema en &quot;%1&quot; y no se puede modificar en esta vista.</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.cpp" line="40"/>
        <source>This entry is provided by the system at &apos;%1&apos; and cannot be modified in this view.</source>
        <translation>Esta entrada la proporciona el sistema en &apos;%1&apos; y no se puede modificar en esta vista.</translation>
    </message>
</context>
<context>
    <name>OCC::IgnoreListTableWidget</name>
    <message>
        <location filename="../src/gui/ignorelisttablewidget.ui" line="33"/>
        <source>Pattern</source>
        <translation>Patrón</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisttablewidget.ui" line="38"/>
        <source>Allow Deletion</source>
        <translation>Permitir borrado</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisttablewidget.ui" line="49"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisttablewidget.ui" line="59"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisttablewidget.ui" line="66"/>
        <source>Remove all</source>
        <translation>Eliminar todos</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisttablewidget.cpp" line="24"/>
        <source>Files or folders matching a pattern will not be synchronized.

Items where deletion is allowed will be deleted if they prevent a directory from being removed. This is useful for meta data.</source>
        <translation>Los archivos o carpetas que coincidan con un patrón no se sincronizarán.

Los elementos que se permite su borrado se eliminarán si impiden que un directorio se elimine. Esto es útil para los metadatos.</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisttablewidget.cpp" line="93"/>
        <source>Could not open file</source>
        <translation>No se ha podido abrir el archivo</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisttablewidget.cpp" line="94"/>
        <source>Cannot write changes to &quot;%1&quot;.</source>
        <translation>No se pudo escribir los cambios a &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisttablewidget.cpp" line="94"/>
        <source>Cannot write changes to &apos;%1&apos;.</source>
        <translation>No se han podido escribir los cambios a &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisttablewidget.cpp" line="112"/>
        <source>Add Ignore Pattern</source>
        <translation>Añadir patrón de ignorados</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisttablewidget.cpp" line="113"/>
        <source>Add a new ignore pattern:</source>
        <translation>Añadir un nuevo patrón de archivos ignorados:</translation>
    </message>
</context>
<context>
    <name>OCC::InternalLinkWidget</name>
    <message>
        <location filename="../src/gui/internallinkwidget.ui" line="64"/>
        <source>Internal link</source>
        <translation>Enlace interno</translation>
    </message>
    <message>
        <location filename="../src/gui/internallinkwidget.ui" line="83"/>
        <source>Only works for users with access to this folder</source>
        <translation>Solo funciona a usuarios con acceso a esta carpeta</translation>
    </message>
</context>
<context>
    <name>OCC::InvalidFilenameDialog</name>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.ui" line="14"/>
        <source>Invalid filename</source>
        <translation>Nombre de archivo no válido</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.ui" line="23"/>
        <source>The file could not be synced because it contains characters which are not allowed on this system.</source>
        <translation>El archivo no puede ser sincronizado porque contiene caracteres que no se permiten en el sistema.</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.ui" line="36"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.ui" line="49"/>
        <source>Please enter a new name for the file:</source>
        <translation>Por favor, escribe un nuevo nombre para el archivo:</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.ui" line="62"/>
        <source>New filename</source>
        <translation>Nuevo nombre de archivo</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="86"/>
        <source>Rename file</source>
        <translation>Renombrar archivo</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="87"/>
        <source>The file %1 could not be synced because the name contains characters which are not allowed on this system.</source>
        <translation>El archivo %1 no puede ser sincronizado porque el nombre contiene caracteres que no se permiten en el sistema.</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="88"/>
        <source>The file &quot;%1&quot; could not be synced because the name contains characters which are not allowed on this system.</source>
        <translation>El archivo &quot;%1&quot; no pudo ser sincronizado porque el nombre contiene caracteres no permitidos en este sistema.</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="88"/>
        <source>The following characters are not allowed on the system: * &quot; | &amp; ? , ; : \ / ~ &lt; &gt;</source>
        <translation>Los siguientes caracteres no se permiten en el sistema: * &quot; | &amp; ? , ; : \ / ~ &lt; &gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="89"/>
        <source>The following characters are not allowed on the system: * &quot; | &amp; ? , ; : \ / ~ &lt; &gt; leading/trailing spaces</source>
        <translation>Los siguientes caracteres no se permiten en el sistema: * &quot; | &amp; ? , ; : \ / ~ &lt; &gt; espacios de entrada/salida</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="96"/>
        <source>Checking rename permissions …</source>
        <translation>Comprobando los permisos de renombramiento ...</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="96"/>
        <source>Checking rename permissions...</source>
        <translation>Comprobando los permisos de renombramiento ...</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="126"/>
        <source>You don&apos;t have the permission to rename this file. Please ask the author of the file to rename it.</source>
        <translation>No tienes permisos para renombrar este archivo. Por favor, dile al autor del archivo que lo renombre.</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="131"/>
        <source>Failed to fetch permissions with error %1</source>
        <translation>Fallo en la obtención de permisos con error %1</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="154"/>
        <source>Filename contains leading and trailing spaces.</source>
        <translation>El nombre del archivo contiene espacios iniciales y finales.</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="157"/>
        <source>Filename contains leading spaces.</source>
        <translation>El nombre del archivo contiene espacios iniciales.</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="159"/>
        <source>Filename contains trailing spaces.</source>
        <translation>El nombre del archivo contiene espacios finales.</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="164"/>
        <source>Use invalid name</source>
        <translation>Nombre no válido</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="208"/>
        <source>Filename contains illegal characters: %1</source>
        <translation>El nombre del archivo contiene caracteres ilegales: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="221"/>
        <source>Could not rename file. Please make sure you are connected to the server.</source>
        <translation>No se ha podido renombrar el archivo. Por favor, asegúrese de que está conectado al servidor.</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="232"/>
        <source>Cannot rename file because a file with the same name does already exist on the server. Please pick another name.</source>
        <translation>No se puede renombrar el archivo porque hay un archivo con el mismo nombre en el servidor. Por favor, elije otro nombre.</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="268"/>
        <source>Could not rename local file. %1</source>
        <translation>No se ha podido renombrar el archivo local. %1</translation>
    </message>
</context>
<context>
    <name>OCC::LegalNotice</name>
    <message>
        <location filename="../src/gui/legalnotice.ui" line="14"/>
        <location filename="../src/gui/legalnotice.ui" line="25"/>
        <source>Legal notice</source>
        <translation>Aviso legal</translation>
    </message>
    <message>
        <location filename="../src/gui/legalnotice.ui" line="57"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../src/gui/legalnotice.cpp" line="55"/>
        <source>&lt;p&gt;Copyright 2017-2021 Nextcloud GmbH&lt;br /&gt;Copyright 2012-2021 ownCloud GmbH&lt;/p&gt;</source>
        <translation>&lt;p&gt;Copyright 2017-2021 Nextcloud GmbH&lt;br /&gt;Copyright 2012-2021 ownCloud GmbH&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/legalnotice.cpp" line="55"/>
        <source>&lt;p&gt;Copyright 2017-2020 Nextcloud GmbH&lt;br /&gt;Copyright 2012-2018 ownCloud GmbH&lt;/p&gt;</source>
        <translation>&lt;p&gt;Copyright 2017-2020 Nextcloud GmbH&lt;br /&gt;Copyright 2012-2018 ownCloud GmbH&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/legalnotice.cpp" line="58"/>
        <source>&lt;p&gt;Licensed under the GNU General Public License (GPL) Version 2.0 or any later version.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bajo la Licencia Pública General de GNU (GPL) versión 2.0 o posterior.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OCC::LogBrowser</name>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="44"/>
        <source>Log Output</source>
        <translation>Salida del registro</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="50"/>
        <source>The client can write debug logs to a temporary folder. These logs are very helpful for diagnosing problems.
Since log files can get large, the client will start a new one for each sync run and compress older ones. It will also delete log files after a couple of hours to avoid consuming too much disk space.
If enabled, logs will be written to %1</source>
        <translation>El cliente puede escribir registros de depuración a una carpeta temporal. Estos registros son muy útiles para diagnosticar problemas.
Ya que los archivos de registro pueden acabar siendo grandes, el cliente creará uno nuevo para cada sincronización y comprimirá los anteriores. También eliminará los archivos de registro tras un par de horas para evitar consumir demasiado espacio de disco.
Si está activado, los registros serán escritos en %1</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="64"/>
        <source>Enable logging to temporary folder</source>
        <translation>Activar la escritura de registros a una carpeta temporal</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="70"/>
        <source>This setting persists across client restarts.
Note that using any logging command line options will override this setting.</source>
        <translation>Este ajuste persiste tras el reinicio del cliente.
Nótese que usar cualquier opción de toma de registros a través de línea de comandos anulará este ajuste.</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="70"/>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="77"/>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="78"/>
        <source>&amp;Find</source>
        <translation>&amp;Encontrar</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="89"/>
        <source>&amp;Capture debug messages</source>
        <translation>&amp;Capturar mensajes de depuración</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="101"/>
        <source>Permanently save logs</source>
        <translation>Guardar los registros de forma permanente</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="103"/>
        <source>When this option is enabled and no other logging is configured, logs will be written to a temporary folder and expire after a few hours. This setting persists across client restarts.

Logs will be written to %1</source>
        <translation>Cuando se activa esta opción y no se configuran otros, los registros se escribirán en una carpeta temporal y caducarán después de unas horas. Esta configuración persiste tras reiniciar el cliente.

Los registros se guardarán en: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="115"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="116"/>
        <source>Clear the log display.</source>
        <translation>Limpiar la pantalla de registros.</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="122"/>
        <source>S&amp;ave</source>
        <translation>Gu&amp;ardar</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="123"/>
        <source>Save the log file to a file on disk for debugging.</source>
        <translation>Guardar el registro en un archivo en el disco para su depuración.</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="210"/>
        <source>Save log file</source>
        <translation>Guardar archivo de registro</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="220"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="220"/>
        <source>Could not write to log file %1</source>
        <translation>No se ha podido escribir en el archivo de registro %1</translation>
    </message>
</context>
<context>
    <name>OCC::Logger</name>
    <message>
        <location filename="../src/libsync/logger.cpp" line="174"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../src/libsync/logger.cpp" line="195"/>
        <source>&lt;nobr&gt;File &apos;%1&apos;&lt;br/&gt;cannot be opened for writing.&lt;br/&gt;&lt;br/&gt;The log output can &lt;b&gt;not&lt;/b&gt; be saved!&lt;/nobr&gt;</source>
        <translation>&lt;nobr&gt;El archivo &apos;%1&apos;&lt;br/&gt;no se puede abrir para escritura.&lt;br/&gt;&lt;br/&gt;¡El archivo de registro &lt;b&gt;no&lt;/b&gt; se puede guardar!&lt;/nobr&gt;</translation>
    </message>
    <message>
        <location filename="../src/libsync/logger.cpp" line="175"/>
        <source>&lt;nobr&gt;File &quot;%1&quot;&lt;br/&gt;cannot be opened for writing.&lt;br/&gt;&lt;br/&gt;The log output &lt;b&gt;cannot&lt;/b&gt; be saved!&lt;/nobr&gt;</source>
        <translation>&lt;nobr&gt;El archivo &quot;%1&quot;&lt;br/&gt;no se puede abrir para escritura.&lt;br/&gt;&lt;br/&gt;¡El archivo de registro &lt;b&gt;no se puede&lt;/b&gt; guardar!&lt;/nobr&gt;</translation>
    </message>
</context>
<context>
    <name>OCC::NSISUpdater</name>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="407"/>
        <source>New Version Available</source>
        <translation>Nueva versión disponible</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="413"/>
        <source>&lt;p&gt;A new version of the %1 Client is available.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; is available for download. The installed version is %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Una nueva versión del programa cliente de %1 está disponible.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; está disponible para descargar. La versión instalada es la %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="426"/>
        <location filename="../src/gui/updater/ocupdater.cpp" line="476"/>
        <source>Skip this version</source>
        <translation>Omitir esta versión</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="427"/>
        <source>Skip this time</source>
        <translation>Omitir esta vez</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="428"/>
        <source>Get update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="457"/>
        <source>Update Failed</source>
        <translation>La actualización falló</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="455"/>
        <source>&lt;p&gt;A new version of the %1 Client is available but the updating process failed.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; has been downloaded. The installed version is %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Está disponible una nueva versión de %1 Client, pero el proceso de actualización falló.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; fue descargado. La versión instalada es %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="463"/>
        <source>&lt;p&gt;A new version of the %1 Client is available but the updating process failed.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; has been downloaded. The installed version is %3. If you confirm restart and update, your computer may reboot to complete the installation.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Una nueva versión del Cliente %1 está disponible pero el proceso de actualización ha fallado.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; se ha descargado. La versión instalada es %3. Si confirmas el reinicio y la actualización, es posible que su ordenador se reinicie para completar la instalación.</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="477"/>
        <source>Ask again later</source>
        <translation>Preguntar de nuevo más tarde</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="478"/>
        <source>Restart and update</source>
        <translation>Reiniciar y actualizar</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="479"/>
        <source>Update manually</source>
        <translation>Actualizar manualmente</translation>
    </message>
</context>
<context>
    <name>OCC::NetworkSettings</name>
    <message>
        <location filename="../src/gui/networksettings.ui" line="23"/>
        <source>Proxy Settings</source>
        <translation>Configuración del proxy</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="36"/>
        <source>No Proxy</source>
        <translation>Sin proxy</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="49"/>
        <source>Use system proxy</source>
        <translation>Usar proxy del sistema</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="59"/>
        <source>Specify proxy manually as</source>
        <translation>Especificar manualmente un proxy como</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="80"/>
        <source>Host</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="131"/>
        <source>Proxy server requires authentication</source>
        <translation>El servidor proxy requiere autenticación</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="176"/>
        <source>Note: proxy settings have no effects for accounts on localhost</source>
        <translation>Nota: los ajustes de proxy no tienen efecto para cuentas en el sistema local.</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="197"/>
        <source>Download Bandwidth</source>
        <translation>Velocidad de descarga</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="203"/>
        <location filename="../src/gui/networksettings.ui" line="282"/>
        <source>Limit to</source>
        <translation>Limitar a</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="210"/>
        <location filename="../src/gui/networksettings.ui" line="299"/>
        <source>No limit</source>
        <translation>Ilimitado</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="248"/>
        <location filename="../src/gui/networksettings.ui" line="327"/>
        <source>KBytes/s</source>
        <translation>KBytes/s</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="257"/>
        <location filename="../src/gui/networksettings.ui" line="289"/>
        <source>Limit to 3/4 of estimated bandwidth</source>
        <translation>Limitar a 3/4 de la velocidad estimada</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="260"/>
        <location filename="../src/gui/networksettings.ui" line="292"/>
        <source>Limit automatically</source>
        <translation>Limitar automáticamente</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="276"/>
        <source>Upload Bandwidth</source>
        <translation>Velocidad de subida</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.cpp" line="40"/>
        <source>Hostname of proxy server</source>
        <translation>Nombre del host para servidor proxy</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.cpp" line="41"/>
        <source>Username for proxy server</source>
        <translation>Nombre de usuario para el servidor proxy</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.cpp" line="42"/>
        <source>Password for proxy server</source>
        <translation>Contraseña para el servidor proxy</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.cpp" line="44"/>
        <source>HTTP(S) proxy</source>
        <translation>Proxy HTTP(S)</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.cpp" line="45"/>
        <source>SOCKS5 proxy</source>
        <translation>Proxy SOCKS5</translation>
    </message>
</context>
<context>
    <name>OCC::OAuth</name>
    <message>
        <location filename="../src/gui/creds/oauth.cpp" line="115"/>
        <source>Error returned from the server: &lt;em&gt;%1&lt;/em&gt;</source>
        <translation>Error devuelto desde el servidor: &lt;em&gt;%1&lt;/em&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/oauth.cpp" line="117"/>
        <source>There was an error accessing the &apos;token&apos; endpoint: &lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</source>
        <translation>Se ha producido un error al acceder al token endpoint:: &lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/oauth.cpp" line="118"/>
        <source>There was an error accessing the &quot;token&quot; endpoint: &lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</source>
        <translation>Hubo un error accediendo al &quot;token&quot; endpoint: &lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/oauth.cpp" line="122"/>
        <source>Empty JSON from OAuth2 redirect</source>
        <translation>JSON vacío de la redirección de OAuth2</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/oauth.cpp" line="127"/>
        <source>Could not parse the JSON returned from the server: &lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</source>
        <translation>No se puede procesar el código JSON recibido del servidor: &lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/oauth.cpp" line="130"/>
        <source>The reply from the server did not contain all expected fields</source>
        <translation>La respuesta del servidor no contiene todos los campos esperados</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/oauth.cpp" line="134"/>
        <source>&lt;h1&gt;Login Error&lt;/h1&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Error al iniciar sesión&lt;/h1&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/oauth.cpp" line="140"/>
        <source>&lt;h1&gt;Wrong user&lt;/h1&gt;&lt;p&gt;You logged-in with user &lt;em&gt;%1&lt;/em&gt;, but must login with user &lt;em&gt;%2&lt;/em&gt;.&lt;br&gt;Please log out of %3 in another tab, then &lt;a href=&apos;%4&apos;&gt;click here&lt;/a&gt; and log in as user %2&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Usuario incorrecto&lt;/h1&gt;&lt;p&gt;Se ha intentado iniciar sesión con el usuario: &lt;em&gt;%1&lt;/em&gt;, pero debe iniciar sesión con el usuario: &lt;em&gt;%2&lt;/em&gt;.&lt;br&gt;Por favor, cierre la sesión de %3 en otra pestaña, haga&lt;a href=&apos;%4&apos;&gt;clic aquí&lt;/a&gt; e inicie sesión como el usuario %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/oauth.cpp" line="140"/>
        <source>&lt;h1&gt;Wrong account&lt;/h1&gt;&lt;p&gt;You logged in with the account &lt;em&gt;%1&lt;/em&gt;, but must log in with the account &lt;em&gt;%2&lt;/em&gt;.&lt;br&gt;Please log out of %3 in another tab, then &lt;a href=&apos;%4&apos;&gt;click here&lt;/a&gt; and log in with %2.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Usuario incorrecto&lt;/h1&gt;&lt;p&gt;Se ha intentado iniciar sesión con el usuario: &lt;em&gt;%1&lt;/em&gt;, pero debe iniciar sesión con el usuario: &lt;em&gt;%2&lt;/em&gt;.&lt;br&gt;Por favor, cierre la sesión de %3 en otra pestaña, haga&lt;a href=&apos;%4&apos;&gt;clic aquí&lt;/a&gt; e inicie sesión como el usuario %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OCC::OCUpdater</name>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="108"/>
        <source>New %1 Update Ready</source>
        <translation>La nueva %1 actualización está lista</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="109"/>
        <source>A new update for %1 is about to be installed. The updater may ask
for additional privileges during the process.</source>
        <translation>Se instalará una nueva actualización de %1. Durante esta actualización puede que se soliciten privilegios adicionales.</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="108"/>
        <source>New %1 update ready</source>
        <translation>La nueva %1 actualización está lista</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="109"/>
        <source>A new update for %1 is about to be installed. The updater may ask for additional privileges during the process. Your computer may reboot to complete the installation.</source>
        <translation>Está a punto de ser instalada una nueva actualización para %1 . Es posible que el actualizador solicite privilegios adicionales durante el proceso. Es posible que su ordenador se deba reiniciar para completar la instalación.</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="143"/>
        <source>Downloading version %1. Please wait …</source>
        <translation>Descargando la versión %1. Por favor espere ...</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="145"/>
        <source>%1 version %2 available. Restart application to start the update.</source>
        <translation>%1 versión %2 disponible. Reinicie la aplicación para comenzar la actualización.</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="152"/>
        <source>Could not download update. Please click &lt;a href=&apos;%1&apos;&gt;here&lt;/a&gt; to download the update manually.</source>
        <translation>No se puede descargar la actualización. Por favor, haga clic &lt;a href=&apos;%1&apos;&gt;aquí&lt;/a&gt; para iniciar una descarga manual.</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="151"/>
        <source>New %1 version %2 is available. Please click &lt;a href=&apos;%3&apos;&gt;here&lt;/a&gt; to download the update.</source>
        <translation>Nueva %1 versión %2 está disponible. Por favor haga clic &lt;a href=&apos;%3&apos;&gt;aquí&lt;/a&gt; para descargar la actualización.</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="153"/>
        <source>Downloading %1. Please wait …</source>
        <translation>Descargando %1. Por favor, espere …</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="155"/>
        <source>%1 available. Restart application to start the update.</source>
        <translation>%1 disponible. Reinicia la aplicación para empezar la actualización.</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="156"/>
        <source>New %1 is available. Please click &lt;a href=&apos;%2&apos;&gt;here&lt;/a&gt; to download the update.</source>
        <translation>La nueva %1 está disponible. Por favor, haz clic &lt;a href=&apos;%2&apos;&gt;aquí&lt;/a&gt; para descargar la actualización.</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="158"/>
        <source>Could not download update. Please open &lt;a href=&apos;%1&apos;&gt;%1&lt;/a&gt; to download the update manually.</source>
        <translation>No se puede descargar la actualización. Por favor, abra &lt;a href=&apos;%1&apos;&gt;%1&lt;/a&gt; para descargar la actualización manualmente.</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="160"/>
        <source>Could not download update. Please open %1 to download the update manually.</source>
        <translation>No se pudo descargar la actualización. Por favor, abra %1 para descargarla manualmente.</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="163"/>
        <source>Could not check for new updates.</source>
        <translation>No se puede comprobar si hay actualizaciones.</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="166"/>
        <source>New %1 is available. Please open &lt;a href=&apos;%2&apos;&gt;%2&lt;/a&gt; to download the update.</source>
        <translation>La nueva %1 está disponible. Por favor, abra&lt;a href=&apos;%2&apos;&gt;%2&lt;/a&gt; para descargar la actualización.</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="168"/>
        <source>New %1 is available. Please open %2 to download the update.</source>
        <translation>La nueva %1 está disponible. Por favor, abra %2 para descargar la actualización.</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="171"/>
        <source>Checking update server …</source>
        <translation>Consultando al servidor de actualizaciones ...</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="173"/>
        <source>Update status is unknown: Did not check for new updates.</source>
        <translation>Estado de actualización desconocido: no se buscaron nuevas actualizaciones.</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="177"/>
        <source>No updates available. Your installation is at the latest version.</source>
        <translation>No hay actualizaciones disponibles. Tiene la última versión.</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="196"/>
        <source>Update Check</source>
        <translation>Comprobar si hay actualizaciones</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudAdvancedSetupPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="44"/>
        <source>Connect to %1</source>
        <translation>Conectar a %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="45"/>
        <source>Setup local folder options</source>
        <translation>Configurar opciones de carpeta local</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="54"/>
        <source>Connect …</source>
        <translation>Conectando...</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="60"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="94"/>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="231"/>
        <source>Use &amp;virtual files instead of downloading content immediately %1</source>
        <translation>Usa &amp;archivos virtuales en vez de descargar el contenido inmediatamente %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="94"/>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="231"/>
        <source>(experimental)</source>
        <translation>(experimental)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="259"/>
        <source>%1 folder &apos;%2&apos; is synced to local folder &apos;%3&apos;</source>
        <translation>La carpeta %1 &apos;%2&apos; está sincronizada con la carpeta local &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="262"/>
        <source>Sync the folder &apos;%1&apos;</source>
        <translation>Sincronizar la carpeta &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="162"/>
        <source>&lt;p&gt;&lt;small&gt;&lt;strong&gt;Warning:&lt;/strong&gt; The local folder is not empty. Pick a resolution!&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;&lt;strong&gt;Advertencia:&lt;/strong&gt; El directorio local no está vacío. ¡Seleccione una solución!&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="171"/>
        <source>Free space: %1</source>
        <translation>Espacio libre: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="227"/>
        <source>Virtual files are not supported for Windows partition roots as local folder. Please choose a valid subfolder under drive letter.</source>
        <translation>Los archivos virtuales no son compatibles con la carpeta raíz de la partición de Windows como carpeta local. Por favor, elija una subcarpeta válida bajo la letra de la unidad.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="265"/>
        <source>%1 folder &quot;%2&quot; is synced to local folder &quot;%3&quot;</source>
        <translation>%1 carpeta &quot;%2&quot; está sincronizada con la carpeta local &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="268"/>
        <source>Sync the folder &quot;%1&quot;</source>
        <translation>Sincronizar la carpeta &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="273"/>
        <source>Warning: The local folder is not empty. Pick a resolution!</source>
        <translation>Advertencia: La carpeta local no está vacía. ¡Elija una solución!</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="281"/>
        <source>%1 free space</source>
        <comment>%1 gets replaced with the size and a matching unit. Example: 3 MB or 5 GB</comment>
        <translation>%1 espacio libre</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="366"/>
        <source>Virtual files are not available for the selected folder</source>
        <translation>Los archivos virtuales no están disponiblespara la carpeta seleccionada</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="426"/>
        <source>Local Sync Folder</source>
        <translation>Carpeta local de sincronización</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="486"/>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="527"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="544"/>
        <source>There isn&apos;t enough free space in the local folder!</source>
        <translation>¡No hay suficiente espacio libre en la carpeta local!</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudConnectionMethodDialog</name>
    <message>
        <location filename="../src/gui/wizard/owncloudconnectionmethoddialog.ui" line="14"/>
        <source>Connection failed</source>
        <translation>La conexión ha fallado</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudconnectionmethoddialog.ui" line="43"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Failed to connect to the secure server address specified. How do you wish to proceed?&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Fallo al conectar con la dirección del servidor seguro especificado. ¿Cómo desea proceder?&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudconnectionmethoddialog.ui" line="55"/>
        <source>Select a different URL</source>
        <translation>Seleccionar una URL diferente</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudconnectionmethoddialog.ui" line="62"/>
        <source>Retry unencrypted over HTTP (insecure)</source>
        <translation>Reintentar sin cifrado sobre HTTP (inseguro)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudconnectionmethoddialog.ui" line="69"/>
        <source>Configure client-side TLS certificate</source>
        <translation>Configurar certificado TLS del cliente</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudconnectionmethoddialog.cpp" line="34"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Failed to connect to the secure server address &lt;em&gt;%1&lt;/em&gt;. How do you wish to proceed?&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Fallo al conectar con la dirección del servidor seguro &lt;em&gt;%1&lt;/em&gt;. ¿Cómo desea proceder?&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudHttpCredsPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudhttpcredspage.cpp" line="49"/>
        <source>&amp;Email</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudhttpcredspage.cpp" line="59"/>
        <source>Connect to %1</source>
        <translation>Conectarse a %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudhttpcredspage.cpp" line="60"/>
        <source>Enter user credentials</source>
        <translation>Introduzca las credenciales de usuario</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudOAuthCredsPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudoauthcredspage.cpp" line="45"/>
        <source>Connect to %1</source>
        <translation>Conectarse a %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudoauthcredspage.cpp" line="46"/>
        <source>Login in your browser</source>
        <translation>Inicia sesión en tu navegador Web</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudPropagator</name>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="844"/>
        <source>Impossible to get modification time for file in conflict %1</source>
        <translation>Es imposible leer la hora de modificación del archivo en conflicto %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="844"/>
        <source>Impossible to get modification time for file in conflict %1)</source>
        <translation>Es imposible leer la hora de modificación del archivo en conflicto %1</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudSetupPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="48"/>
        <source>Connect to %1</source>
        <translation>Conectarse a %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="49"/>
        <source>Setup %1 server</source>
        <translation>Configurar servidor %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="77"/>
        <source>Keep your data secure and under your control</source>
        <translation>Mantén tus datos seguros y bajo tu control</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="78"/>
        <source>Secure collaboration &amp; file exchange</source>
        <translation>Colaboración segura e intercambio de archivos</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="79"/>
        <source>Easy-to-use web mail, calendaring &amp; contacts</source>
        <translation>Correo web, calendario y contactos fáciles de usar</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="86"/>
        <source>The link to your %1 web interface when you open it in the browser.</source>
        <comment>%1 will be replaced with the application name</comment>
        <translation>El link a su interfaz web %1 cuando la abra en el navegador.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="80"/>
        <source>Screensharing, online meetings &amp; web conferences</source>
        <translation>Compartir pantalla, reuniones online y conferencias web</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="95"/>
        <source>Log in to your %1</source>
        <translation>Entra en tu %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="96"/>
        <source>This is the link to your %1 web interface when you open it in the browser.&lt;br/&gt;It looks like https://cloud.example.com or https://example.com/cloud</source>
        <translation>Este es el enlace a la interfaz web de tu %1 cuando la abres en el navegador. &lt;br/&gt;Se parece a https://cloud.ejemplo.com o https://ejemplo.com/cloud</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="185"/>
        <source>This URL is NOT secure as it is not encrypted.
It is not advisable to use it.</source>
        <translation>Esta URL NO ES SEGURA ya que no está cifrada.
No se recomienda usarla.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="184"/>
        <source>This URL is secure. You can use it.</source>
        <translation>Esta URL es segura. Puede utilizarla.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="201"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="239"/>
        <source>Server address does not seem to be valid</source>
        <translation>La dirección del servidor no es válida</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="293"/>
        <source>Invalid URL</source>
        <translation>Dirección URL incorrecta</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="350"/>
        <source>Could not load certificate. Maybe wrong password?</source>
        <translation>No se ha podido guardar el certificado. ¿Quizás la contraseña sea incorrecta?</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudSetupWizard</name>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="262"/>
        <source>&lt;font color=&quot;green&quot;&gt;Successfully connected to %1: %2 version %3 (%4)&lt;/font&gt;&lt;br/&gt;&lt;br/&gt;</source>
        <translation>&lt;font color=&quot;green&quot;&gt;Conectado con éxito a %1: versión %2 %3 (%4)&lt;/font&gt;&lt;br/&gt;&lt;br/&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="288"/>
        <source>Invalid URL</source>
        <translation>URL no válida.</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="290"/>
        <source>Failed to connect to %1 at %2:&lt;br/&gt;%3</source>
        <translation>Fallo al conectar %1 a %2:&lt;br/&gt;%3</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="308"/>
        <source>Timeout while trying to connect to %1 at %2.</source>
        <translation>Tiempo de espera agotado mientras se intentaba conectar a %1 en %2</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="342"/>
        <source>Trying to connect to %1 at %2 …</source>
        <translation>Intentando conectar a %1 desde %2 ...</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="395"/>
        <source>The authenticated request to the server was redirected to &apos;%1&apos;. The URL is bad, the server is misconfigured.</source>
        <translation>La petición autenticada al servidor ha sido redirigida a &apos;%1&apos;. La dirección URL es errónea, el servidor está mal configurado.</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="395"/>
        <source>The authenticated request to the server was redirected to &quot;%1&quot;. The URL is bad, the server is misconfigured.</source>
        <translation>La petición autenticada al servidor ha sido redirigida a &quot;%1&quot;. La URL es errónea, el servidor está mal configurado.</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="408"/>
        <source>Access forbidden by server. To verify that you have proper access, &lt;a href=&quot;%1&quot;&gt;click here&lt;/a&gt; to access the service with your browser.</source>
        <translation>Acceso denegado por el servidor. Para verificar que tiene acceso, &lt;a href=&quot;%1&quot;&gt;haga clic aquí&lt;/a&gt; para acceder al servicio desde el navegador.</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="417"/>
        <source>There was an invalid response to an authenticated WebDAV request</source>
        <translation>Ha habido una respuesta no válida a una solicitud autenticada de WebDAV</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="463"/>
        <source>Local sync folder %1 already exists, setting it up for sync.&lt;br/&gt;&lt;br/&gt;</source>
        <translation>La carpeta de sincronización local %1 ya existe, configurándola para la sincronización.&lt;br/&gt;&lt;br/&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="466"/>
        <source>Creating local sync folder %1 …</source>
        <translation>Creando carpeta de sincronización local %1 ...</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="453"/>
        <source>ok</source>
        <translation>bien</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="470"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="472"/>
        <source>failed.</source>
        <translation>ha fallado.</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="474"/>
        <source>Could not create local folder %1</source>
        <translation>No se ha podido crear la carpeta local %1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="534"/>
        <source>No remote folder specified!</source>
        <translation>¡No se ha especificado ninguna carpeta remota!</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="540"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="553"/>
        <source>creating folder on Nextcloud: %1</source>
        <translation>Creando carpeta en Nextcloud: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="558"/>
        <source>Remote folder %1 created successfully.</source>
        <translation>Carpeta remota %1 creado correctamente.</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="573"/>
        <source>The remote folder %1 already exists. Connecting it for syncing.</source>
        <translation>La carpeta remota %1 ya existe. Conectándola para sincronizacion.</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="575"/>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="577"/>
        <source>The folder creation resulted in HTTP error code %1</source>
        <translation>La creación de la carpeta ha producido el código de error HTTP %1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="579"/>
        <source>The remote folder creation failed because the provided credentials are wrong!&lt;br/&gt;Please go back and check your credentials.&lt;/p&gt;</source>
        <translation>¡La creación de la carpeta remota ha fallado debido a que las credenciales proporcionadas son incorrectas!&lt;br/&gt;Por favor, vuelva atrás y compruebe sus credenciales&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="583"/>
        <source>&lt;p&gt;&lt;font color=&quot;red&quot;&gt;Remote folder creation failed probably because the provided credentials are wrong.&lt;/font&gt;&lt;br/&gt;Please go back and check your credentials.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;font color=&quot;red&quot;&gt;La creación de la carpeta remota ha fallado, probablemente porque las credenciales proporcionadas son incorrectas.&lt;/font&gt;&lt;br/&gt;Por favor, vuelva atrás y compruebe sus credenciales.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="588"/>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="589"/>
        <source>Remote folder %1 creation failed with error &lt;tt&gt;%2&lt;/tt&gt;.</source>
        <translation>Creación %1 de carpeta remota ha fallado con el error &lt;tt&gt;%2&lt;/tt&gt;.</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="603"/>
        <source>A sync connection from %1 to remote directory %2 was set up.</source>
        <translation>Se ha configarado una conexión de sincronización desde %1 al directorio remoto %2</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="608"/>
        <source>Successfully connected to %1!</source>
        <translation>¡Conectado con éxito a %1!</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="615"/>
        <source>Connection to %1 could not be established. Please check again.</source>
        <translation>No se ha podido establecer la conexión con %1. Por favor, compruébelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="628"/>
        <source>Folder rename failed</source>
        <translation>Error al renombrar la carpeta</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="613"/>
        <source>Can&apos;t remove and back up the folder because the folder or a file in it is open in another program. Please close the folder or file and hit retry or cancel the setup.</source>
        <translation>No se puede eliminar y respaldar la carpeta porque la misma o un fichero en ella está abierto por otro programa. Por favor, cierre la carpeta o el fichero y reintente, o cancele la instalación.</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="629"/>
        <source>Cannot remove and back up the folder because the folder or a file in it is open in another program. Please close the folder or file and hit retry or cancel the setup.</source>
        <translation>No se pudo eliminar y restaurar la carpeta porque ella o un archivo dentro de ella está abierto por otro programa. Por favor, cierre la carpeta o el archivo y pulsa en reintentar o cancelar la instalación.</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="682"/>
        <source>&lt;font color=&quot;green&quot;&gt;&lt;b&gt;Local sync folder %1 successfully created!&lt;/b&gt;&lt;/font&gt;</source>
        <translation>&lt;font color=&quot;green&quot;&gt;&lt;b&gt;Carpeta de sincronización local %1 creada con éxito&lt;/b&gt;&lt;/font&gt;</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudWizard</name>
    <message>
        <location filename="../src/gui/wizard/owncloudwizard.cpp" line="93"/>
        <source>Add %1 account</source>
        <translation>Añadir %1 cuenta</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizard.cpp" line="91"/>
        <source>%1 Connection Wizard</source>
        <translation>Asistente de conexión %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizard.cpp" line="98"/>
        <source>Skip folders configuration</source>
        <translation>Omitir la configuración de carpetas</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizard.cpp" line="98"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizard.cpp" line="406"/>
        <source>Enable experimental feature?</source>
        <translation>¿Activar característica experimental?</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizard.cpp" line="407"/>
        <source>When the &quot;virtual files&quot; mode is enabled no files will be downloaded initially. Instead, a tiny &quot;%1&quot; file will be created for each file that exists on the server. The contents can be downloaded by running these files or by using their context menu.

The virtual files mode is mutually exclusive with selective sync. Currently unselected folders will be translated to online-only folders and your selective sync settings will be reset.

Switching to this mode will abort any currently running synchronization.

This is a new, experimental mode. If you decide to use it, please report any issues that come up.</source>
        <translation>Cuando el modo de «archivos virtuales» está activado, ningún archivo será descargado de entrada. Por el contrario, un pequeño archivo «%1»  será creado para cada archivo que existe en el servidor. Los contenidos pueden ser descargados ejecutando esos archivos, o usando el menú contextual.

El modo de archivos virtuales es incompatible con la sincronización selectiva. Si se activa, las carpetas no sincronizadas serán transformadas en carpetas de acceso solo en línea, y los ajustes de sincronización selectiva serán eliminados.

Cambiar a este modo interrumpirá cualquier sincronización en proceso.

Esta es un modo nuevo y experimental. Si decides usarlo, por favor, informa de cualquier tipo de problema que pueda surgir.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizard.cpp" line="421"/>
        <source>Enable experimental placeholder mode</source>
        <translation>Activar modo experimental de marcador de posición</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizard.cpp" line="422"/>
        <source>Stay safe</source>
        <translation>Mantente a salvo</translation>
    </message>
</context>
<context>
    <name>OCC::PasswordInputDialog</name>
    <message>
        <location filename="../src/gui/passwordinputdialog.ui" line="23"/>
        <source>Password for share required</source>
        <translation>Se requiere la contraseña para el recurso compartido</translation>
    </message>
    <message>
        <location filename="../src/gui/passwordinputdialog.ui" line="35"/>
        <source>Please enter a password for your share:</source>
        <translation>Por favor, introduce una contraseña para tu recurso compartido:</translation>
    </message>
</context>
<context>
    <name>OCC::PollJob</name>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="137"/>
        <source>Invalid JSON reply from the poll URL</source>
        <translation>Respuesta JSON invalida de la poll URL</translation>
    </message>
</context>
<context>
    <name>OCC::ProcessDirectoryJob</name>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="275"/>
        <source>Symbolic links are not supported in syncing.</source>
        <translation>Los enlaces simbólicos no están soportados en la sincronización.</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="283"/>
        <source>File is listed on the ignore list.</source>
        <translation>El archivo está en la lista de ignorados.</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="287"/>
        <source>File names ending with a period are not supported on this file system.</source>
        <translation>Los nombres de archivo que terminan con un punto no son compatibles con este sistema de archivos.</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="272"/>
        <source>File names containing the character &apos;%1&apos; are not supported on this file system.</source>
        <translation>Los nombres de archivo que contienen el carácter «%1»  no son compatibles con este sistema de archivos.</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="297"/>
        <source>File names containing the character &quot;%1&quot; are not supported on this file system.</source>
        <translation>Los nombres de archivo que contienen el carácter &quot;%1&quot;  no son compatibles con este sistema de archivos.</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="299"/>
        <source>File name contains at least one invalid character</source>
        <translation>El nombre del archivo contiene al menos un carácter no válido</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="301"/>
        <source>The file name is a reserved name on this file system.</source>
        <translation>El nombre del archivo es una palabra reservada del sistema de archivos.</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="307"/>
        <source>Filename contains trailing spaces.</source>
        <translation>El nombre del archivo contiene espacios finales.</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="311"/>
        <source>Filename contains leading spaces.</source>
        <translation>El nombre del archivo contiene espacios iniciales.</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="315"/>
        <source>Filename contains leading and trailing spaces.</source>
        <translation>El nombre del archivo contiene espacios iniciales y finales.</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="319"/>
        <source>Filename is too long.</source>
        <translation>El nombre del archivo es demasiado largo.</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="323"/>
        <source>File/Folder is ignored because it&apos;s hidden.</source>
        <translation>El archivo o carpeta es ignorado porque está oculto.</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="326"/>
        <source>Stat failed.</source>
        <translation>Stat ha fallado.</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="329"/>
        <source>Conflict: Server version downloaded, local copy renamed and not uploaded.</source>
        <translation>Conflicto: Versión del servidor descargada, la copia local ha sido renombrada pero no se ha podido subir.</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="333"/>
        <source>The filename cannot be encoded on your file system.</source>
        <translation>El nombre de archivo no se puede codificar en tu sistema de archivos.</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="336"/>
        <source>The filename is blacklisted on the server.</source>
        <translation>El nombre del archivo está prohibido en el servidor.</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="405"/>
        <source>File has extension reserved for virtual files.</source>
        <translation>El archivo tiene una extensión reservada para archivos virtuales.</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="488"/>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="448"/>
        <source>permissions</source>
        <translation>permisos</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="490"/>
        <source>permission</source>
        <translation>permisos</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="494"/>
        <source>file id</source>
        <translation>identificador de archivo</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="56"/>
        <source>File contains trailing spaces and could not be renamed, because a file with the same name already exists on the server.</source>
        <translation>El archivo contiene espacios al final y no puede ser renombrado porque ya existe un archivo con el mismo nombre en el servidor.</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="59"/>
        <source>File contains trailing spaces and could not be renamed, because a file with the same name already exists locally.</source>
        <translation>El archivo contiene espacios al final y no puede ser renombrado porque ya existe localmente un archivo con el mismo nombre.</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="456"/>
        <source>server reported no %1</source>
        <translation>el servidor informó de no %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="498"/>
        <source>Server reported no %1</source>
        <translation>El servidor informó de no %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="843"/>
        <source>Cannot sync due to invalid modification time</source>
        <translation>No se puede sincronizar debido a una hora de modificación no válida</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="946"/>
        <source>Conflict when uploading some files to a folder. Those, conflicted, are going to get cleared!</source>
        <translation>Se ha producido un conflicto al subir algunos archivos a una carpeta. ¡Se eliminarán los conflictivos!</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1137"/>
        <source>Conflict when uploading a folder. It&apos;s going to get cleared!</source>
        <translation>Se ha producido un conflicto al subir una carpeta. ¡Se eliminará!</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1140"/>
        <source>Conflict when uploading a file. It&apos;s going to get removed!</source>
        <translation>Se ha producido un conflicto al subir un archivo. ¡Se eliminará!</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1474"/>
        <source>Ignored because of the &quot;choose what to sync&quot; blacklist</source>
        <translation>Ignorado porque se encuentra en la lista negra de «elija qué va a sincronizar»</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1507"/>
        <source>Not allowed because you don&apos;t have permission to add subfolders to that folder</source>
        <translation>No permitido porque no tienes permiso para añadir subcarpetas a esa carpeta.</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1512"/>
        <source>Not allowed because you don&apos;t have permission to add files in that folder</source>
        <translation>No permitido porque no tienes permiso para añadir archivos a esa carpeta.</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1525"/>
        <source>Not allowed to upload this file because it is read-only on the server, restoring</source>
        <translation>No está permitido subir este archivo porque es de solo lectura en el servidor, restaurando.</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1547"/>
        <source>Moved to invalid target, restoring</source>
        <translation>Movido a un lugar no válido, restaurando</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1561"/>
        <source>Not allowed to remove, restoring</source>
        <translation>No está permitido borrar, restaurando</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1699"/>
        <source>Error while reading the database</source>
        <translation>Error mientras se leía la base de datos</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1548"/>
        <source>Server replied with an error while reading directory &apos;%1&apos; : %2</source>
        <translation>El servidor contestó con un error al leer el directorio «%1» : %2</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1760"/>
        <source>Server replied with an error while reading directory &quot;%1&quot; : %2</source>
        <translation>El servidor contestó con un error al leer el directorio &quot;%1&quot; : %2</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateDirectory</name>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="1016"/>
        <source>Error writing metadata to the database</source>
        <translation>Error al escribir los metadatos en la base de datos</translation>
    </message>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="1204"/>
        <source>Error updating metadata due to invalid modification time</source>
        <translation>Error al actualizar los metadatos debido a una hora de modificación no válida</translation>
    </message>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="1204"/>
        <source>Error updating metadata due to invalid modified time</source>
        <translation>Error al actualizar los metadatos debido a la hora de modificación no válida</translation>
    </message>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="1220"/>
        <source>Error updating metadata: %1</source>
        <translation>Error al actualizar los metadatos: %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="1224"/>
        <source>File is currently in use</source>
        <translation>El archivo se encuentra en uso</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateDownloadFile</name>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="402"/>
        <source>File %1 can not be downloaded because encryption information is missing.</source>
        <translation>El archivo %1 no se ha podido descargar porque falta la información de cifrado.</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="477"/>
        <source>File %1 cannot be downloaded because encryption information is missing.</source>
        <translation>El archivo %1 no puede ser descargado porque falta la información de cifrado,</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="495"/>
        <location filename="../src/libsync/propagatedownload.cpp" line="1192"/>
        <source>File has changed since discovery</source>
        <translation>El archivo ha cambiado desde que fue descubierto</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="521"/>
        <location filename="../src/libsync/propagatedownload.cpp" line="626"/>
        <source>File %1 cannot be downloaded because of a local file name clash!</source>
        <translation>¡El archivo %1 no se pudo descargar a causa de un conflicto con el nombre de un archivo local!</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="528"/>
        <source>File %1 can not be downloaded because of a local file name clash!</source>
        <translation>¡El archivo %1 no se puede descargar a causa de un conflicto con el nombre de un archivo local!</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="678"/>
        <source>The download would reduce free local disk space below the limit</source>
        <translation>La descarga reducirá el espacio libre local por debajo del límite.</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="682"/>
        <source>Free space on disk is less than %1</source>
        <translation>El espacio libre en el disco es inferior a %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="803"/>
        <source>File was deleted from server</source>
        <translation>Se ha eliminado el archivo del servidor</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="876"/>
        <source>The file could not be downloaded completely.</source>
        <translation>No se ha podido descargar el archivo completamente.</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="785"/>
        <source>The downloaded file is empty despite that the server announced it should have been %1.</source>
        <translation>El archivo descargado está vacío a pesar de que el servidor comunicó que debería haber sido %1.</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="883"/>
        <source>The downloaded file is empty, but the server said it should have been %1.</source>
        <translation>El archivo descargado está vacío, aunque el servidor dijo que debía ocupar %1.</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="1119"/>
        <source>File %1 cannot be saved because of a local file name clash!</source>
        <translation>¡El archivo %1 no puede guardarse debido a un conflicto con el nombre de otro archivo local!</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="1096"/>
        <source>Error writing metadata to the database</source>
        <translation>Error al escribir los metadatos en la base de datos</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="1125"/>
        <location filename="../src/libsync/propagatedownload.cpp" line="1138"/>
        <source>File %1 has invalid modified time reported by server. Do not save it.</source>
        <translation>El servidor informa que el archivo %1 tiene una hora de modificación no válida. No lo guardes.</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="1269"/>
        <source>Error updating metadata: %1</source>
        <translation>Error al actualizar los metadatos: %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="1272"/>
        <source>The file %1 is currently in use</source>
        <translation>El archivo %1 se encuentra en uso</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateItemJob</name>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="236"/>
        <source>; Restoration Failed: %1</source>
        <translation>; Fallo al restaurar: %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="305"/>
        <source>A file or folder was removed from a read only share, but restoring failed: %1</source>
        <translation>Un archivo o directorio ha sido eliminado de una carpeta compartida de solo lectura pero la recuperación ha fallado: %1</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateLocalMkdir</name>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="160"/>
        <source>could not delete file %1, error: %2</source>
        <translation>no se ha podido borrar el archivo %1, error: %2</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="175"/>
        <source>Attention, possible case sensitivity clash with %1</source>
        <translation>Atención, posible error de mayúsculas/minúsculas en %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="181"/>
        <source>Could not create folder %1</source>
        <translation>No se pudo crear la carpeta %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="181"/>
        <source>could not create folder %1</source>
        <translation>No se ha podido crear la carpeta %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="194"/>
        <source>Error updating metadata: %1</source>
        <translation>Error al actualizar los metadatos: %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="197"/>
        <source>The file %1 is currently in use</source>
        <translation>El archivo %1 se encuentra en uso</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="193"/>
        <source>Error writing metadata to the database</source>
        <translation>Error al escribir los metadatos en la base de datos</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateLocalRemove</name>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="79"/>
        <source>Error removing &apos;%1&apos;: %2;</source>
        <translation>Error al borrar &apos;%1&apos;: %2;</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="104"/>
        <source>Could not remove folder &apos;%1&apos;</source>
        <translation>No se ha podido eliminar la carpeta &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="103"/>
        <source>Could not remove %1 because of a local file name clash</source>
        <translation>No se ha podido eliminar %1 por causa de un conflicto con el nombre de un archivo local</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateLocalRename</name>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="230"/>
        <source>File %1 cannot be renamed to %2 because of a local file name clash</source>
        <translation>El archivo %1 no se pudo renombrar a %2 a causa de un conflicto con el nombre de un archivo local</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="226"/>
        <source>File %1 can not be renamed to %2 because of a local file name clash</source>
        <translation>El archivo %1 no se puede renombrar a %2 por causa de un conflicto con el nombre de un archivo local</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="264"/>
        <source>Error updating metadata: %1</source>
        <translation>Error al actualizar los metadatos: %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="267"/>
        <source>The file %1 is currently in use</source>
        <translation>El archivo %1 se encuentra en uso</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="257"/>
        <location filename="../src/libsync/propagatorjobs.cpp" line="263"/>
        <source>Error writing metadata to the database</source>
        <translation>Error al escribir los metadatos en la base de datos</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="273"/>
        <source>Failed to rename file</source>
        <translation>Fallo al renombrar el archivo</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="279"/>
        <source>Error setting pin state</source>
        <translation>Error al configurar el estado fijado</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateRemoteDelete</name>
    <message>
        <location filename="../src/libsync/propagateremotedelete.cpp" line="110"/>
        <source>Wrong HTTP code returned by server. Expected 204, but received &quot;%1 %2&quot;.</source>
        <translation>El código HTTP devuelto por el servidor es erróneo. Se esperaba 204, pero se recibió &quot;%1 %2&quot;.</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateRemoteDeleteEncryptedRootFolder</name>
    <message>
        <location filename="../src/libsync/propagateremotedeleteencryptedrootfolder.cpp" line="143"/>
        <source>Wrong HTTP code returned by server. Expected 204, but received &quot;%1 %2&quot;.</source>
        <translation>El código HTTP devuelto por el servidor es erróneo. Se esperaba 204, pero se recibió &quot;%1 %2&quot;.</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateRemoteMkdir</name>
    <message>
        <location filename="../src/libsync/propagateremotemkdir.cpp" line="135"/>
        <source>Wrong HTTP code returned by server. Expected 201, but received &quot;%1 %2&quot;.</source>
        <translation>El código HTTP devuelto por el servidor es erróneo. Se esperaba 201, pero se recibió &quot;%1 %2&quot;.</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemkdir.cpp" line="263"/>
        <source>Error writing metadata to the database</source>
        <translation>Error al escribir los metadatos en la base de datos</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemkdir.cpp" line="259"/>
        <source>Error writing metadata to the database: %1</source>
        <translation>Error al escribir los metadatos en la base de datos: %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemkdir.cpp" line="262"/>
        <source>The file %1 is currently in use</source>
        <translation>El archivo %1 se encuentra en uso</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateRemoteMove</name>
    <message>
        <location filename="../src/libsync/propagateremotemove.cpp" line="171"/>
        <source>Could not rename %1 to %2, error: %3</source>
        <translation>No se puede renombrar %1 a %2, error: %3</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemove.cpp" line="231"/>
        <source>Wrong HTTP code returned by server. Expected 201, but received &quot;%1 %2&quot;.</source>
        <translation>El código HTTP devuelto por el servidor es erróneo. Esperado 201, pero recibido &quot;%1 %2&quot;.</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemove.cpp" line="282"/>
        <source>Error updating metadata: %1</source>
        <translation>Error al actualizar los metadatos: %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemove.cpp" line="285"/>
        <source>The file %1 is currently in use</source>
        <translation>El archivo %1 se encuentra en uso</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemove.cpp" line="290"/>
        <source>Error setting pin state</source>
        <translation>Error al configurar el estado fijado</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemove.cpp" line="297"/>
        <source>Error writing metadata to the database</source>
        <translation>Error al escribir los metadatos en la base de datos</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateUploadFileCommon</name>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="235"/>
        <source>Failed to upload encrypted file.</source>
        <translation>Fallo al subir el archivo cifrado.</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="266"/>
        <source>File %1 cannot be uploaded because another file with the same name, differing only in case, exists</source>
        <translation>El archivo %1 no se puede subir porque ya existe otro con el mismo nombre. Puede que sólo haya diferencias de mayúsculas/minúsculas</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="277"/>
        <location filename="../src/libsync/propagateupload.cpp" line="695"/>
        <source>Upload of %1 exceeds the quota for the folder</source>
        <translation>La subida %1 excede el límite de tamaño de la carpeta</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="314"/>
        <location filename="../src/libsync/propagateupload.cpp" line="389"/>
        <location filename="../src/libsync/propagateupload.cpp" line="402"/>
        <source>File %1 has invalid modification time. Do not upload to the server.</source>
        <translation>El archivo %1 tiene una hora de modificación no válida. No subir al servidor.</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="314"/>
        <location filename="../src/libsync/propagateupload.cpp" line="389"/>
        <location filename="../src/libsync/propagateupload.cpp" line="402"/>
        <source>File %1 has invalid modified time. Do not upload to the server.</source>
        <translation>El archivo %1 tiene una hora de modificación no válida. No subir al servidor.</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="386"/>
        <source>File Removed (start upload) %1</source>
        <translation>Archivo eliminado (comenzar subida) %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="412"/>
        <source>Local file changed during syncing. It will be resumed.</source>
        <translation>Un archivo local ha cambiado durante la sincronización. Se reanudará.</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="423"/>
        <source>Local file changed during sync.</source>
        <translation>Un archivo local ha sido modificado durante la sincronización.</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="433"/>
        <source>Failed to unlock encrypted folder.</source>
        <translation>Fallo al desbloquear la carpeta cifrada.</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="769"/>
        <source>Error writing metadata to the database</source>
        <translation>Error al escribir los metadatos en la base de datos</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="791"/>
        <source>Error updating metadata: %1</source>
        <translation>Error al actualizar los metadatos: %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="794"/>
        <source>The file %1 is currently in use</source>
        <translation>El archivo %1 se encuentra en uso</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateUploadFileNG</name>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="430"/>
        <source>The local file was removed during sync.</source>
        <translation>El archivo local ha sido eliminado durante la sincronización.</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="445"/>
        <source>Local file changed during sync.</source>
        <translation>Un archivo local fue modificado durante la sincronización.</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="484"/>
        <source>Poll URL missing</source>
        <translation>Falta la URL de la encuesta</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="493"/>
        <source>Unexpected return code from server (%1)</source>
        <translation>Respuesta inesperada del servidor  (%1)</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="500"/>
        <source>Missing File ID from server</source>
        <translation>ID perdido del archivo del servidor</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="514"/>
        <source>Missing ETag from server</source>
        <translation>Perdido ETag del servidor</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateUploadFileV1</name>
    <message>
        <location filename="../src/libsync/propagateuploadv1.cpp" line="228"/>
        <source>Poll URL missing</source>
        <translation>Falta la URL de la encuesta</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadv1.cpp" line="252"/>
        <source>The local file was removed during sync.</source>
        <translation>El archivo local ha sido eliminado durante la sincronización.</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadv1.cpp" line="267"/>
        <source>Local file changed during sync.</source>
        <translation>Un archivo local ha sido modificado durante la sincronización.</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadv1.cpp" line="281"/>
        <source>The server did not acknowledge the last chunk. (No e-tag was present)</source>
        <translation>El servidor no ha reconocido la última parte. (No había una e-tag presente)</translation>
    </message>
</context>
<context>
    <name>OCC::ProxyAuthDialog</name>
    <message>
        <location filename="../src/gui/proxyauthdialog.ui" line="20"/>
        <source>Proxy authentication required</source>
        <translation>Autenticación de proxy necesaria</translation>
    </message>
    <message>
        <location filename="../src/gui/proxyauthdialog.ui" line="26"/>
        <source>Username:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <location filename="../src/gui/proxyauthdialog.ui" line="36"/>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <location filename="../src/gui/proxyauthdialog.ui" line="43"/>
        <source>The proxy server needs a username and password.</source>
        <translation>El servidor de proxy necesita de un usuario y contraseña.</translation>
    </message>
    <message>
        <location filename="../src/gui/proxyauthdialog.ui" line="50"/>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
</context>
<context>
    <name>OCC::SelectiveSyncDialog</name>
    <message>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="509"/>
        <source>Choose What to Sync</source>
        <translation>Escoja qué sincronizar</translation>
    </message>
</context>
<context>
    <name>OCC::SelectiveSyncWidget</name>
    <message>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="73"/>
        <source>Loading …</source>
        <translation>Cargando ...</translation>
    </message>
    <message>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="79"/>
        <source>Deselect remote folders you do not wish to synchronize.</source>
        <translation>Deseleccione las carpetas remotas que no desea sincronizar.</translation>
    </message>
    <message>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="95"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="96"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="237"/>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="314"/>
        <source>No subfolders currently on the server.</source>
        <translation>No hay subcarpetas actualmente en el servidor.</translation>
    </message>
    <message>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="316"/>
        <source>An error occurred while loading the list of sub folders.</source>
        <translation>Se ha producido un error al cargar la lista de carpetas.</translation>
    </message>
</context>
<context>
    <name>OCC::ServerNotificationHandler</name>
    <message>
        <location filename="../src/gui/tray/notificationhandler.cpp" line="121"/>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/notificationhandler.cpp" line="159"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>OCC::SettingsDialog</name>
    <message>
        <location filename="../src/gui/settingsdialog.ui" line="14"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="105"/>
        <source>%1 Settings</source>
        <extracomment>This name refers to the application name e.g Nextcloud</extracomment>
        <translation>%1 Configuración</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="123"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="132"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="219"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="240"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
</context>
<context>
    <name>OCC::ShareDialog</name>
    <message>
        <location filename="../src/gui/sharedialog.ui" line="67"/>
        <source>ownCloud Path:</source>
        <translation>Ruta de OwnCloud:</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.ui" line="69"/>
        <source>share label</source>
        <translation>Compartir etiqueta</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.ui" line="125"/>
        <source>Nextcloud Path:</source>
        <translation>Ruta de Nextcloud:</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.ui" line="156"/>
        <source>Icon</source>
        <translation>Icono</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="95"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/sharedialog.cpp" line="105"/>
        <source>Locked by %1 - Expire in %2 minutes</source>
        <comment>remaining time before lock expire</comment>
        <translation><numerusform>Bloqueado por %1 - Caduca en %2 minutos</numerusform><numerusform>Bloqueados por %1 - Caduca en %2 minutos</numerusform><numerusform>Bloqueado por %1 - Caduca en %2 minutos</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/sharedialog.cpp" line="106"/>
        <source>Locked by %1 - Expires in %2 minutes</source>
        <comment>remaining time before lock expires</comment>
        <translation><numerusform>Bloqueado por %1. Expira en %2 minuto</numerusform><numerusform>Bloqueado por %1. Expira en %2 minutos</numerusform><numerusform>Bloqueado por %1. Expira en %2 minutos</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="126"/>
        <source>Folder: %2</source>
        <translation>Carpeta: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="129"/>
        <source>%1 Sharing</source>
        <translation>%1 Compartiendo</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="293"/>
        <source>The file can not be shared because it was shared without sharing permission.</source>
        <translation>El archivo no puede compartirse ya que ha sido compartido sin los permisos correspondientes.</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="318"/>
        <source>The file cannot be shared because it does not have sharing permission.</source>
        <translation>El archivo no se puede compartir porque no dispone de permisos para compartir.</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="401"/>
        <source>Please enter a password for your link share:</source>
        <translation>Por favor, introduce una contraseña para tu enlace compartido:</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="402"/>
        <source>Password for share required</source>
        <translation>Se requiere contraseña para compartir</translation>
    </message>
</context>
<context>
    <name>OCC::ShareLinkWidget</name>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="192"/>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="59"/>
        <source>Share link</source>
        <translation>Compartir enlace</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="133"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="167"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="171"/>
        <source>&amp;Share link</source>
        <translation>&amp;Compartir enlace</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="239"/>
        <source>Expiration date:</source>
        <translation>Fecha de caducidad:</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="244"/>
        <source>Set password</source>
        <translation>Establecer contraseña</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="245"/>
        <source>Expires:</source>
        <translation>Caduca:</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="315"/>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="150"/>
        <source>Allow Editing</source>
        <translation>Permitir edición</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="192"/>
        <source>Read only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="164"/>
        <source>Allow Upload &amp;&amp; Editing</source>
        <translation>Permitir la subida y la edición</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="169"/>
        <source>File Drop (Upload Only)</source>
        <translation>Soltar archivo (solo subidas)</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="184"/>
        <source>Password Protect</source>
        <translation>Protección con contraseña</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="187"/>
        <source>Allow editing</source>
        <translation>Permitir edición</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="193"/>
        <source>View only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="199"/>
        <source>Allow upload and editing</source>
        <translation>Permitir la subida y la edición</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="201"/>
        <source>Expiration Date</source>
        <translation>Fecha de caducidad</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="204"/>
        <source>File drop (upload only)</source>
        <translation>Entrega de archivos (solo subida)</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="220"/>
        <source>Unshare</source>
        <translation>Dejar de compartir</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="222"/>
        <source>Link name</source>
        <translation>Nombre del enlace</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="254"/>
        <source>Note to recipient</source>
        <translation>Nota para el destinatario</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="264"/>
        <source>Password protect</source>
        <translation>Protegido por contraseña</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="283"/>
        <source>Set expiration date</source>
        <translation>Fijar fecha de caducidad</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="305"/>
        <source>Delete link</source>
        <translation>Borrar enlace</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="310"/>
        <source>Add another link</source>
        <translation>Añadir otro enlace</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="266"/>
        <source>Delete share link</source>
        <translation>Eliminar enlace compartido</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="506"/>
        <source>Confirm Link Share Deletion</source>
        <translation>Confirmar eliminación de enlace de recurso compartido</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="507"/>
        <source>&lt;p&gt;Do you really want to delete the public link share &lt;i&gt;%1&lt;/i&gt;?&lt;/p&gt;&lt;p&gt;Note: This action cannot be undone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;¿Realmente desea borrar el enlace público compartido &lt;i&gt;%1&lt;/i&gt;?&lt;/p&gt;&lt;p&gt;Nota: Esta acción no se puede deshacer&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="513"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="514"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="532"/>
        <source>Public link</source>
        <translation>Enlace público</translation>
    </message>
</context>
<context>
    <name>OCC::ShareUserGroupWidget</name>
    <message>
        <location filename="../src/gui/shareusergroupwidget.ui" line="74"/>
        <source>Share with users or groups …</source>
        <translation>Compartir con usuarios o grupos ...</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="123"/>
        <source>Search globally</source>
        <translation>Buscar globalmente</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="321"/>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="337"/>
        <source>No results for &apos;%1&apos;</source>
        <translation>No hay resultados para &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="333"/>
        <source>No results for &quot;%1&quot;</source>
        <translation>Sin resultados para &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="367"/>
        <source>Password for share required</source>
        <translation>Se requiere contraseña para compartir</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="368"/>
        <source>Please enter a password for your email share:</source>
        <translation>Por favor, introduce una contraseña para tu enlace compartido por email:</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="421"/>
        <source>I shared something with you</source>
        <translation>He compartido algo contigo</translation>
    </message>
</context>
<context>
    <name>OCC::ShareUserLine</name>
    <message>
        <location filename="../src/gui/shareuserline.ui" line="80"/>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../src/gui/shareuserline.ui" line="89"/>
        <source>can edit</source>
        <translation>puede editar</translation>
    </message>
    <message>
        <location filename="../src/gui/shareuserline.ui" line="115"/>
        <source>Can edit</source>
        <translation>Puede editar</translation>
    </message>
    <message>
        <location filename="../src/gui/shareuserline.ui" line="149"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location filename="../src/gui/shareuserline.ui" line="205"/>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <location filename="../src/gui/shareuserline.ui" line="277"/>
        <source>Expires:</source>
        <translation>Caduca:</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="487"/>
        <source>Can reshare</source>
        <translation>Puede compartir</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="498"/>
        <source>Note to recipient</source>
        <translation>Nota para el destinatario</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="514"/>
        <source>Set expiration date</source>
        <translation>Fijar fecha de caducidad</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="529"/>
        <source>Unshare</source>
        <translation>No compartir</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="538"/>
        <source>Can create</source>
        <translation>Puede crear</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="544"/>
        <source>Can change</source>
        <translation>Puede cambiar</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="550"/>
        <source>Can delete</source>
        <translation>Puede eliminar</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="559"/>
        <source>Password protect</source>
        <translation>Protección por contraseña</translation>
    </message>
</context>
<context>
    <name>OCC::ShareeModel</name>
    <message>
        <location filename="../src/gui/sharee.cpp" line="133"/>
        <source>%1 (%2)</source>
        <comment>sharee (shareWithAdditionalInfo)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>OCC::SocketApi</name>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="678"/>
        <source>Context menu share</source>
        <translation>Compartir en menú contextual</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="950"/>
        <source>Select new location …</source>
        <translation>Seleccione nueva ubicación …</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1006"/>
        <source>I shared something with you</source>
        <translation>He compartido algo contigo</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1019"/>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1051"/>
        <source>Share options</source>
        <translation>Opciones de compartir</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi.cpp" line="672"/>
        <source>Share via %1</source>
        <translation>Compartir vía %1</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1020"/>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1197"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1022"/>
        <source>Copy private link to clipboard</source>
        <translation>Copiar enlace privado al portapapeles</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1023"/>
        <source>Send private link by email …</source>
        <translation>Enviar enlace privado por correo electrónico ...</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1049"/>
        <source>Resharing this file is not allowed</source>
        <translation>No está permitido compartir de nuevo</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1049"/>
        <source>Resharing this folder is not allowed</source>
        <translation>No está permitido compartir de nuevo esta carpeta</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1063"/>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1065"/>
        <source>Copy public link</source>
        <translation>Copiar enlace público</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1069"/>
        <source>Copy internal link</source>
        <translation>Copiar enlace interno</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1083"/>
        <source>Lock file</source>
        <translation>Bloquear archivo</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1086"/>
        <source>Unlock file</source>
        <translation>Desbloquear archivo</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1101"/>
        <source>Locked by %1</source>
        <translation>Bloqueado por %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1105"/>
        <source>Expires in %1 minutes</source>
        <comment>remaining time before lock expires</comment>
        <translation><numerusform>Expira en %1 minuto</numerusform><numerusform>Expira en %1 minutos</numerusform><numerusform>Expira en %1 minutos</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1105"/>
        <source>Expire in %1 minutes</source>
        <comment>remaining time before lock expire</comment>
        <translation><numerusform>Caduca en %1 minuto</numerusform><numerusform>Caduca en %1 minutos</numerusform><numerusform>Caduca en %1 minutos</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1203"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1205"/>
        <source>Open in browser</source>
        <translation>Abrir en navegador</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1229"/>
        <source>Resolve conflict …</source>
        <translation>Resolver conflicto …</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1233"/>
        <source>Move and rename …</source>
        <translation>Mover y renombrar …</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1236"/>
        <source>Move, rename and upload …</source>
        <translation>Mover, renombrar y subir …</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1238"/>
        <source>Delete local changes</source>
        <translation>Borra cambios en local</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1244"/>
        <source>Move and upload …</source>
        <translation>Mover y subir …</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1245"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi.cpp" line="465"/>
        <source>Share with %1</source>
        <comment>parameter is Nextcloud</comment>
        <translation>Compartir con %1</translation>
    </message>
</context>
<context>
    <name>OCC::SslButton</name>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="88"/>
        <source>&lt;h3&gt;Certificate Details&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Detalles del certificado&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="91"/>
        <source>Common Name (CN):</source>
        <translation>Nombre común (NC):</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="92"/>
        <source>Subject Alternative Names:</source>
        <translation>Nombres alternativos del sujeto:</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="93"/>
        <source>Organization (O):</source>
        <translation>Organización (O):</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="94"/>
        <source>Organizational Unit (OU):</source>
        <translation>Unidad organizativa (UO):</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="95"/>
        <source>State/Province:</source>
        <translation>Estado/Provincia:</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="96"/>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="97"/>
        <source>Serial:</source>
        <translation>Nº de serie:</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="100"/>
        <source>&lt;h3&gt;Issuer&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Emisor&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="103"/>
        <source>Issuer:</source>
        <translation>Emisor:</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="104"/>
        <source>Issued on:</source>
        <translation>Emitido en:</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="105"/>
        <source>Expires on:</source>
        <translation>Caduca el:</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="108"/>
        <source>&lt;h3&gt;Fingerprints&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Firma&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="112"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="113"/>
        <source>SHA-1:</source>
        <translation>SHA-1:</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="117"/>
        <source>&lt;p&gt;&lt;b&gt;Note:&lt;/b&gt; This certificate was manually approved&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Notificación:&lt;/b&gt; Este certificado fue aprobado manualmente&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="137"/>
        <source>%1 (self-signed)</source>
        <translation>%1 (autofirmado)</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="139"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="174"/>
        <source>This connection is encrypted using %1 bit %2.
</source>
        <translation>Esta conexión está cifrada con %1 bit %2.
</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="177"/>
        <source>This connection is NOT secure as it is not encrypted.
</source>
        <translation>Esta conexión NO ES SEGURA, pues no está cifrada.
</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="191"/>
        <source>Server version: %1</source>
        <translation>Versión del servidor: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="205"/>
        <source>No support for SSL session tickets/identifiers</source>
        <translation>No admite tickets de sesión/identificadores SSL</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="215"/>
        <source>Certificate information:</source>
        <translation>Información del certificado:</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="244"/>
        <source>The connection is not secure</source>
        <translation>La conexión no es segura</translation>
    </message>
</context>
<context>
    <name>OCC::SslErrorDialog</name>
    <message>
        <location filename="../src/gui/sslerrordialog.ui" line="25"/>
        <source>Trust this certificate anyway</source>
        <translation>Confiar en este certificado de todas maneras</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="66"/>
        <source>Untrusted Certificate</source>
        <translation>Certificado sin verificar</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="139"/>
        <source>Cannot connect securely to &lt;i&gt;%1&lt;/i&gt;:</source>
        <translation>No puedo conectar de forma segura a  &lt;i&gt;%1&lt;/i&gt;:</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="158"/>
        <source>Additional errors:</source>
        <translation>Errores adicionales:</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="184"/>
        <source>with Certificate %1</source>
        <translation>con certificado %1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="193"/>
        <location filename="../src/gui/sslerrordialog.cpp" line="195"/>
        <location filename="../src/gui/sslerrordialog.cpp" line="197"/>
        <source>&amp;lt;not specified&amp;gt;</source>
        <translation>&amp;lt;no especificado&amp;gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="198"/>
        <location filename="../src/gui/sslerrordialog.cpp" line="223"/>
        <source>Organization: %1</source>
        <translation>Organización: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="199"/>
        <location filename="../src/gui/sslerrordialog.cpp" line="224"/>
        <source>Unit: %1</source>
        <translation>Unidad: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="200"/>
        <location filename="../src/gui/sslerrordialog.cpp" line="225"/>
        <source>Country: %1</source>
        <translation>País: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="207"/>
        <source>Fingerprint (SHA1): &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Huella dactilar (SHA1): &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="212"/>
        <source>Fingerprint (SHA-256): &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Huella digital (SHA-256):&lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="213"/>
        <source>Fingerprint (SHA-512): &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Huella digital (SHA-512): &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="215"/>
        <source>Effective Date: %1</source>
        <translation>Fecha de vigencia: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="216"/>
        <source>Expiration Date: %1</source>
        <translation>Fecha de caducidad: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="220"/>
        <source>Issuer: %1</source>
        <translation>Emisor: %1</translation>
    </message>
</context>
<context>
    <name>OCC::SyncEngine</name>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="122"/>
        <source>Success.</source>
        <translation>Completado con éxito.</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="125"/>
        <source>Failed to load or create the journal file. Make sure you have read and write permissions in the local sync folder.</source>
        <translation>Fallo al cargar o crear el archivo de diario. Asegúrate de que tienes permisos de lectura y escritura en la carpeta de sincronización local.</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="129"/>
        <source>Discovery step failed.</source>
        <translation>Ha fallado el paso de descubrimiento</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="132"/>
        <source>A network connection timeout happened.</source>
        <translation>Se sobrepasó el tiempo de espera de la conexión de red.</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="135"/>
        <source>A HTTP transmission error happened.</source>
        <translation>Se ha producido un error de transmisión HTTP.</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="138"/>
        <source>Permission denied.</source>
        <translation>Permiso denegado.</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="141"/>
        <source>File or directory not found:</source>
        <translation>Archivo o directorio no encontrado:</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="144"/>
        <source>Tried to create a folder that already exists.</source>
        <translation>Se ha intentado crear una carpeta que ya existe.</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="147"/>
        <source>No space on %1 server available.</source>
        <translation>No hay espacio disponible en el servidor %1.</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="150"/>
        <source>CSync unspecified error.</source>
        <translation>Error no especificado de CSync</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="153"/>
        <source>Aborted by the user</source>
        <translation>Interrumpido por el usuario</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="156"/>
        <source>The service is temporarily unavailable</source>
        <translation>El servicio no está disponible temporalmente </translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="159"/>
        <source>The mounted folder is temporarily not available on the server</source>
        <translation>El directorio montado no está disponible temporalmente en el servidor</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="162"/>
        <source>Access is forbidden</source>
        <translation>Acceso prohibido</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="165"/>
        <source>An error occurred while opening a folder</source>
        <translation>Se produjo un error al abrir un directorio</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="168"/>
        <source>Error while reading folder.</source>
        <translation>Error al leer la carpeta.</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="173"/>
        <source>An internal error number %1 occurred.</source>
        <translation>Se ha producido un error interno número %1.</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="192"/>
        <source>%1 (skipped due to earlier error, trying again in %2)</source>
        <translation>%1 (no realizado por el error anterior, intente de nuevo %2)</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="358"/>
        <source>Could not update file: %1</source>
        <translation>No se pudo actualizar el archivo: %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="370"/>
        <source>Could not update virtual file metadata: %1</source>
        <translation>No se ha podido actualizar los metadatos del archivo virtual: %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="393"/>
        <source>Unresolved conflict.</source>
        <translation>Conflicto sin resolver.</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="474"/>
        <source>Only %1 are available, need at least %2 to start</source>
        <comment>Placeholders are postfixed with file sizes using Utility::octetsToString()</comment>
        <translation>Solo %1 disponible, se necesita por lo menos %2 para comenzar</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1028"/>
        <source>Aborted</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1396"/>
        <location filename="../src/libsync/syncengine.cpp" line="1436"/>
        <source>Ignored because of the &quot;choose what to sync&quot; blacklist</source>
        <translation>Ignorado porque se encuentra en la lista negra de &quot;elija qué va a sincronizar&quot;</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1455"/>
        <source>Not allowed because you don&apos;t have permission to add subfolders to that folder</source>
        <translation>No permitido porque no tienes permiso para añadir subdirectorios a ese directorio</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1470"/>
        <source>Not allowed because you don&apos;t have permission to add parent folder</source>
        <translation>No permitido porque no tienes permiso para añadir un directorio padre</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1477"/>
        <source>Not allowed because you don&apos;t have permission to add files in that folder</source>
        <translation>No permitido porque no tienes permiso para añadir archivos a ese directorio</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1502"/>
        <source>Not allowed to upload this file because it is read-only on the server, restoring</source>
        <translation>No está permitido subir este archivo porque es de solo lectura en el servidor, restaurando.</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1518"/>
        <location filename="../src/libsync/syncengine.cpp" line="1537"/>
        <source>Not allowed to remove, restoring</source>
        <translation>No está permitido borrar, restaurando.</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1551"/>
        <source>Local files and share folder removed.</source>
        <translation>Se han eliminado los archivos locales y la carpeta compartida.</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1605"/>
        <source>Move not allowed, item restored</source>
        <translation>No está permitido mover, elemento restaurado.</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1616"/>
        <source>Move not allowed because %1 is read-only</source>
        <translation>No está permitido mover, porque %1 es de sólo lectura.</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1616"/>
        <source>the destination</source>
        <translation>destino</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1616"/>
        <source>the source</source>
        <translation>origen</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="490"/>
        <source>Symbolic links are not supported in syncing.</source>
        <translation>No se admiten enlaces simbólicos en la sincronización.</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="493"/>
        <source>File is listed on the ignore list.</source>
        <translation>El fichero está en la lista de ignorados</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="497"/>
        <source>File names ending with a period are not supported on this file system.</source>
        <translation>Los nombres de archivo que terminan con un punto no son compatibles con este sistema de archivos.</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="507"/>
        <source>File names containing the character &apos;%1&apos; are not supported on this file system.</source>
        <translation>Los nombres de archivo que contengan el caracter &apos;%1&apos;  no son compatibles con este sistema de archivos.</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="510"/>
        <source>The file name is a reserved name on this file system.</source>
        <translation>El nombre del archivo es una palabra reservada del sistema de archivos.</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="507"/>
        <source>Unable to open or create the local sync database. Make sure you have write access in the sync folder.</source>
        <translation>Imposible abrir o crear la BBDD local de sync. Asegurese de que tiene permisos de escritura en la carpeta de sync.</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="515"/>
        <source>Filename contains trailing spaces.</source>
        <translation>El nombre del archivo contiene espacios finales.</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="518"/>
        <source>Filename is too long.</source>
        <translation>El nombre del archivo es demasiado largo.</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="521"/>
        <source>File/Folder is ignored because it&apos;s hidden.</source>
        <translation>Se ignoran los Archivos/Carpetas ocultos.</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="524"/>
        <source>Folder hierarchy is too deep</source>
        <translation>demasiadas subcarpetas anidadas</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="527"/>
        <source>The filename cannot be encoded on your file system.</source>
        <translation>El nombre de archivo no se puede codificar en tu sistema de archivos.</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="523"/>
        <source>Using virtual files with suffix, but suffix is not set</source>
        <translation>Usando archivos virtuales con sufijo, pero el sufijo no está establecido</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="535"/>
        <source>Unable to read the blacklist from the local database</source>
        <translation>No se pudo leer la lista de bloqueo de la base de datos local</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="540"/>
        <source>Conflict: Server version downloaded, local copy renamed and not uploaded.</source>
        <translation>Conflicto: Versión del servidor descargada, La copia local ha sido renombrada pero no se ha podido subir.</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="544"/>
        <source>Stat failed.</source>
        <translation>Stat ha fallado.</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="571"/>
        <source>Filename encoding is not valid</source>
        <translation>Los caracteres del nombre de fichero no son válidos</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="572"/>
        <source>Unable to read from the sync journal.</source>
        <translation>No se ha podido leer desde el registro de sincronización</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="655"/>
        <source>Cannot open the sync journal</source>
        <translation>No es posible abrir el diario de sincronización</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="735"/>
        <source>Invalid characters, please rename &quot;%1&quot;</source>
        <translation>Caracteres inválidos, por favor renombre &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1110"/>
        <source>File name contains at least one invalid character</source>
        <translation>Nombre de archivo contiene al menos un caracter no válido</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1067"/>
        <source>Synchronization will resume shortly.</source>
        <translation>La sincronización continuará en breves.</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1084"/>
        <source>Disk space is low: Downloads that would reduce free space below %1 were skipped.</source>
        <translation>Poco espacio libre en disco: La descarga lo reducirá por debajo del %1, deberia abortar.</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1091"/>
        <source>There is insufficient space available on the server for some uploads.</source>
        <translation>No hay suficiente espacio libre en el servidor para algunas subidas.</translation>
    </message>
</context>
<context>
    <name>OCC::SyncStatusSummary</name>
    <message>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="124"/>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="313"/>
        <source>Offline</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="138"/>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="316"/>
        <location filename="../src/gui/tray/syncstatussummary.h" line="89"/>
        <source>All synced!</source>
        <translation>¡Todo sincronizado!</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="147"/>
        <source>Some files couldn&apos;t be synced!</source>
        <translation>¡Algunos archivos no han podido ser sincronizados!</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="148"/>
        <source>See below for errors</source>
        <translation>Comprueba abajo los errores</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="155"/>
        <source>Syncing</source>
        <translation>Sincronizando</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="162"/>
        <source>Sync paused</source>
        <translation>Sincronización pausada</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="169"/>
        <source>Some files could not be synced!</source>
        <translation>¡Algunos archivos no pueden ser sincronizados!</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="170"/>
        <source>See below for warnings</source>
        <translation>Comprueba abajo los avisos</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="218"/>
        <source>%1 of %2 · %3 left</source>
        <translation>%1 de %2 · quedan %3</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="222"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="227"/>
        <source>Syncing file %1 of %2</source>
        <translation>Sincronizando archivo %1 de %2</translation>
    </message>
</context>
<context>
    <name>OCC::Systray</name>
    <message>
        <location filename="../src/gui/systray.cpp" line="107"/>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <location filename="../src/gui/systray.cpp" line="202"/>
        <source>Add account</source>
        <translation>Agregar cuenta</translation>
    </message>
    <message>
        <location filename="../src/gui/systray.cpp" line="204"/>
        <source>Open main dialog</source>
        <translation>Abrir diálogo principal</translation>
    </message>
    <message>
        <location filename="../src/gui/systray.cpp" line="207"/>
        <location filename="../src/gui/systray.cpp" line="217"/>
        <source>Pause sync</source>
        <translation>Pausar sincronización</translation>
    </message>
    <message>
        <location filename="../src/gui/systray.cpp" line="208"/>
        <location filename="../src/gui/systray.cpp" line="223"/>
        <source>Resume sync</source>
        <translation>Continuar sincronización</translation>
    </message>
    <message>
        <location filename="../src/gui/systray.cpp" line="209"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../src/gui/systray.cpp" line="210"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../src/gui/systray.cpp" line="211"/>
        <source>Exit %1</source>
        <translation>Salir %1</translation>
    </message>
    <message>
        <location filename="../src/gui/systray.cpp" line="217"/>
        <source>Pause sync for all</source>
        <translation>Pausar sincronización a todos</translation>
    </message>
    <message>
        <location filename="../src/gui/systray.cpp" line="223"/>
        <source>Resume sync for all</source>
        <translation>Continuar sincronización a todos</translation>
    </message>
    <message>
        <location filename="../src/gui/systray.cpp" line="375"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>OCC::Theme</name>
    <message>
        <location filename="../src/libsync/theme.cpp" line="520"/>
        <source>&lt;p&gt;%1 Desktop Client&lt;/p&gt;</source>
        <extracomment>Example text: &quot;&lt;p&gt;Nextcloud Desktop Client&lt;/p&gt;&quot; (%1 is the application name)</extracomment>
        <translation>&lt;p&gt;%1 - Cliente de escritorio&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="523"/>
        <location filename="../src/libsync/theme.cpp" line="538"/>
        <source>&lt;p&gt;Version %1. For more information please click &lt;a href=&apos;%2&apos;&gt;here&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Versión %1. Para obtener más información, haga clic &lt;a href=&apos;%2&apos;&gt; aquí &lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="527"/>
        <source>&lt;p&gt;&lt;small&gt;Using virtual files plugin: %1&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Usando el plugin de archivos virtuales: %1&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="542"/>
        <source>&lt;p&gt;This release was supplied by %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Esta versión ha sido suministrada por %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OCC::UnifiedSearchResultsListModel</name>
    <message>
        <location filename="../src/gui/tray/unifiedsearchresultslistmodel.cpp" line="386"/>
        <source>Failed to fetch providers.</source>
        <translation>Fallo al recuperar los proveedores.</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/unifiedsearchresultslistmodel.cpp" line="397"/>
        <source>Failed to fetch search providers for &apos;%1&apos;. Error: %2</source>
        <translation>Fallo al recuperar los proveedores de búsqueda para &apos;%1&apos;. Error: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/unifiedsearchresultslistmodel.cpp" line="431"/>
        <source>Search has failed for &apos;%2&apos;.</source>
        <translation>La búsqueda ha fallado para &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/unifiedsearchresultslistmodel.cpp" line="460"/>
        <source>Search has failed for &apos;%1&apos;. Error: %2</source>
        <translation>La búsqueda ha fallado para &apos;%1&apos;. Error: %2</translation>
    </message>
</context>
<context>
    <name>OCC::User</name>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="500"/>
        <source>Retry all uploads</source>
        <translation>Reintentar todas las subidas</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="525"/>
        <source>Synced %1</source>
        <translation>Sincronizado %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="527"/>
        <source>You renamed %1</source>
        <translation>Has renombrado %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="529"/>
        <source>You deleted %1</source>
        <translation>Has borrado %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="531"/>
        <source>You created %1</source>
        <translation>Has creado %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="533"/>
        <source>You changed %1</source>
        <translation>Has cambiado %1</translation>
    </message>
</context>
<context>
    <name>OCC::UserModel</name>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="1042"/>
        <source>Confirm Account Removal</source>
        <translation>Confirma  la eliminación de cuenta</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="1043"/>
        <source>&lt;p&gt;Do you really want to remove the connection to the account &lt;i&gt;%1&lt;/i&gt;?&lt;/p&gt;&lt;p&gt;&lt;b&gt;Note:&lt;/b&gt; This will &lt;b&gt;not&lt;/b&gt; delete any files.&lt;/p&gt;</source>
        <translation>&lt;p&gt;¿De verdad quieres eliminar la conexión con la cuenta &lt;i&gt;%1&lt;/i&gt;?&lt;/p&gt;&lt;p&gt;&lt;b&gt;Aviso:&lt;/b&gt; Esto &lt;b&gt;no eliminará&lt;/b&gt; ningún archivo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="1048"/>
        <source>Remove connection</source>
        <translation>Eliminar vinculación</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="1049"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>OCC::UserStatusSelectorModel</name>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="140"/>
        <source>Could not fetch predefined statuses. Make sure you are connected to the server.</source>
        <translation>No se han podido recuperar los estados predefinidos. Asegúrese de que está conectado al servidor.</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="143"/>
        <source>Could not fetch status. Make sure you are connected to the server.</source>
        <translation>No se ha podido obtener el estado. Asegúrese de que está conectado al servidor.</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="144"/>
        <source>Could not fetch user status. Make sure you are connected to the server.</source>
        <translation>No se ha podido obtener el estado del usuario. Asegúrese de que está conectado al servidor.</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="147"/>
        <source>Status feature is not supported. You will not be able to set your status.</source>
        <translation>La función de estado no es compatible. No podrás establecer tu estado.</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="148"/>
        <source>User status feature is not supported. You will not be able to set your user status.</source>
        <translation>La función de estado de usuario no es compatible. No podrás establecer tu estado de usuario.</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="151"/>
        <source>Emojis are not supported. Some status functionality may not work.</source>
        <translation>La función de emojis no es compatible. Es posible que algunas funciones de estado del usuario no funcionen.</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="152"/>
        <source>Emojis feature is not supported. Some user status functionality may not work.</source>
        <translation>La función de emojis no es compatible. Es posible que algunas funciones de estado del usuario no funcionen.</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="155"/>
        <source>Could not set status. Make sure you are connected to the server.</source>
        <translation>No se ha podido obtener el estado. Asegúrese de que está conectado al servidor.</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="156"/>
        <source>Could not set user status. Make sure you are connected to the server.</source>
        <translation>No se ha podido establecer el estado del usuario. Asegúrese de que está conectado al servidor.</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="159"/>
        <source>Could not clear status message. Make sure you are connected to the server.</source>
        <translation>No se ha podido borrar el mensaje de estado. Asegúrese de que está conectado al servidor.</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="160"/>
        <source>Could not clear user status message. Make sure you are connected to the server.</source>
        <translation>No se ha podido borrar el mensaje de estado del usuario. Asegúrese de que está conectado al servidor.</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="359"/>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="457"/>
        <source>Don&apos;t clear</source>
        <translation>No borrar</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="362"/>
        <source>30 minutes</source>
        <translation>30 minutos</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="365"/>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="417"/>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="368"/>
        <source>4 hours</source>
        <translation>4 horas</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="371"/>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="446"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="374"/>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="448"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="406"/>
        <source>Less than a minute</source>
        <translation>Hace menos de un minuto</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="410"/>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="412"/>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="419"/>
        <source>%1 hours</source>
        <translation>%1 horas</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="424"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="426"/>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
</context>
<context>
    <name>OCC::Vfs</name>
    <message>
        <location filename="../src/common/vfs.cpp" line="75"/>
        <source>The Virtual filesystem feature requires a NTFS file system, %1 is using %2</source>
        <translation>La característica de archivos virtuales necesita un sistema de archivos NTFS, %1 está usando %2</translation>
    </message>
</context>
<context>
    <name>OCC::VfsSuffix</name>
    <message>
        <location filename="../src/libsync/vfs/suffix/vfs_suffix.cpp" line="72"/>
        <location filename="../src/libsync/vfs/suffix/vfs_suffix.cpp" line="82"/>
        <source>Error updating metadata due to invalid modification time</source>
        <translation>Error al actualizar los metadatos debido a una fecha de modificación no válida.</translation>
    </message>
    <message>
        <location filename="../src/libsync/vfs/suffix/vfs_suffix.cpp" line="72"/>
        <location filename="../src/libsync/vfs/suffix/vfs_suffix.cpp" line="82"/>
        <source>Error updating metadata due to invalid modified time</source>
        <translation>Error al actualizar los metadatos debido a la hora de modificación no válida</translation>
    </message>
</context>
<context>
    <name>OCC::VfsXAttr</name>
    <message>
        <location filename="../src/libsync/vfs/xattr/vfs_xattr.cpp" line="73"/>
        <location filename="../src/libsync/vfs/xattr/vfs_xattr.cpp" line="83"/>
        <source>Error updating metadata due to invalid modification time</source>
        <translation>Error al actualizar los metadatos debido a una fecha de modificación no válida.</translation>
    </message>
    <message>
        <location filename="../src/libsync/vfs/xattr/vfs_xattr.cpp" line="73"/>
        <location filename="../src/libsync/vfs/xattr/vfs_xattr.cpp" line="83"/>
        <source>Error updating metadata due to invalid modified time</source>
        <translation>Error al actualizar los metadatos debido a la hora de modificación no válida</translation>
    </message>
</context>
<context>
    <name>OCC::WebEnginePage</name>
    <message>
        <location filename="../src/gui/wizard/webview.cpp" line="213"/>
        <source>Invalid certificate detected</source>
        <translation>Certificado inválido detectado</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/webview.cpp" line="214"/>
        <source>The host &quot;%1&quot; provided an invalid certificate. Continue?</source>
        <translation>El host &quot;%1&quot; ha entregado un certificado no válido. ¿Continuar?</translation>
    </message>
</context>
<context>
    <name>OCC::WebFlowCredentials</name>
    <message>
        <location filename="../src/gui/creds/webflowcredentials.cpp" line="159"/>
        <source>You have been logged out of %1 as user %2. Please login again</source>
        <translation>Has sido desconectado de %1 como el usuario %2. Por favor, vuelve a entrar</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/webflowcredentials.cpp" line="165"/>
        <source>You have been logged out of %1 as user %2. Please login again.</source>
        <translation>Ha sido cerrada la sesión de %1 como usuario %2. Por favor, inicie sesión de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/webflowcredentials.cpp" line="165"/>
        <source>You have been logged out of your account %1 at %2. Please login again.</source>
        <translation>Ha sido cerrada la sesión de %1 como usuario %2. Por favor, inicie sesión de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/webflowcredentials.cpp" line="189"/>
        <source>Please login with the user: %1</source>
        <translation>Por favor, entra con el usuario: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/webflowcredentials.cpp" line="189"/>
        <source>Please login with the account: %1</source>
        <translation>Por favor, entra con el usuario: %1</translation>
    </message>
</context>
<context>
    <name>OCC::WelcomePage</name>
    <message>
        <location filename="../src/gui/wizard/welcomepage.ui" line="20"/>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/welcomepage.ui" line="143"/>
        <source>Log in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/welcomepage.ui" line="143"/>
        <location filename="../src/gui/wizard/welcomepage.cpp" line="89"/>
        <source>Log in to your %1</source>
        <translation>Inicia sesión en tu %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/welcomepage.ui" line="156"/>
        <source>Sign up with provider</source>
        <translation>Registrarse con un proveedor</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/welcomepage.ui" line="156"/>
        <source>Create account with Provider</source>
        <translation>Crear cuenta con Proveedor</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/welcomepage.cpp" line="68"/>
        <source>Keep your data secure and under your control</source>
        <translation>Mantén tus datos seguros y bajo tu control</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/welcomepage.cpp" line="69"/>
        <source>Secure collaboration &amp; file exchange</source>
        <translation>Colaboración segura e intercambio de archivos</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/welcomepage.cpp" line="70"/>
        <source>Easy-to-use web mail, calendaring &amp; contacts</source>
        <translation>Correo web, calendario y contactos fáciles de usar</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/welcomepage.cpp" line="71"/>
        <source>Screensharing, online meetings &amp; web conferences</source>
        <translation>Compartir pantalla, reuniones online y conferencias web</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/welcomepage.cpp" line="114"/>
        <source>Host your own server</source>
        <translation>Aloja tu propio servidor</translation>
    </message>
</context>
<context>
    <name>OCC::ownCloudGui</name>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="225"/>
        <source>Unsupported Server Version</source>
        <translation>Versión del servidor no soportada</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="232"/>
        <source>The server on account %1 runs an old and unsupported version %2. Using this client with unsupported server versions is untested and potentially dangerous. Proceed at your own risk.</source>
        <translation>El servidor en la cuenta %1 usa una versión antigua y no soportada %2. Usando este cliente con las versiones de servidor no soportadas no está probado y es potencialmente peligroso. Procede bajo tu propio riesgo.</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="226"/>
        <source>The server on account %1 runs an unsupported version %2. Using this client with unsupported server versions is untested and potentially dangerous. Proceed at your own risk.</source>
        <translation>El servidor en la cuenta %1 usa una versión no soportada %2. El uso de este cliente con versiones de servidor no soportadas no ha sido probado y es potencialmente peligroso. Continúa bajo tu propio riesgo.</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="267"/>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="269"/>
        <source>Disconnected from some accounts</source>
        <translation>Desconectado desde varias cuentas</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="277"/>
        <source>Disconnected from %1</source>
        <translation>Desconectado de %1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="280"/>
        <source>Disconnected from accounts:</source>
        <translation>Desconectado desde cuentas:</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="282"/>
        <source>Account %1: %2</source>
        <translation>Cuenta %1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="296"/>
        <source>Please sign in</source>
        <translation>Por favor, inicie sesión</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="297"/>
        <source>Signed out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="301"/>
        <source>Account synchronization is disabled</source>
        <translation>La sincronización está deshabilitada</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="302"/>
        <location filename="../src/gui/owncloudgui.cpp" line="355"/>
        <source>Synchronization is paused</source>
        <translation>La sincronización se ha detenido</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="342"/>
        <source>Folder %1: %2</source>
        <translation>Archivo %1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="350"/>
        <source>Unresolved conflicts</source>
        <translation>Conflictos sin resolver</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="352"/>
        <source>Up to date</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="357"/>
        <source>Error during synchronization</source>
        <translation>Error durante la sincronización</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="360"/>
        <source>There are no sync folders configured.</source>
        <translation>No hay carpetas configuradas para sincronizar.</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="361"/>
        <source>No sync folders configured</source>
        <translation>No hay carpetas sincronizado configuradas</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="366"/>
        <source>Open in browser</source>
        <translation>Abrir en navegador</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="368"/>
        <source>Open %1 in browser</source>
        <translation>Abrir %1 en el navegador</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="393"/>
        <source>Managed Folders:</source>
        <translation>Carpetas administradas:</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="396"/>
        <source>Open folder &apos;%1&apos;</source>
        <translation>Abrir carpeta &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="404"/>
        <source>Resume all folders</source>
        <translation>Reanudar todas las carpetas</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="409"/>
        <source>Pause all folders</source>
        <translation>Pausar todas las carpetas</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="415"/>
        <source>Log in …</source>
        <translation>Iniciar sesión ...</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="419"/>
        <source>Log out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="426"/>
        <source>Checking for changes in remote &quot;%1&quot;</source>
        <translation>Buscando cambios en carpeta remota &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="429"/>
        <source>Checking for changes in local &quot;%1&quot;</source>
        <translation>Buscando cambios en carpeta local &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="445"/>
        <source>Syncing %1 of %2 (%3 left)</source>
        <translation>Sincronizando %1 de %2  (quedan %3)</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="450"/>
        <source>Syncing %1 of %2</source>
        <translation>Sincronizando %1 de %2</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="459"/>
        <source>Syncing %1 (%2 left)</source>
        <translation>Sincronizando %1 (quedan %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="462"/>
        <source>Syncing %1</source>
        <translation>Sincronizando %1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="472"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="514"/>
        <source>Recent Changes</source>
        <translation>Cambios recientes</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="692"/>
        <source>Resume all synchronization</source>
        <translation>Reanudar toda la sincronización</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="694"/>
        <source>Resume synchronization</source>
        <translation>Reanudar la sincronización</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="702"/>
        <source>Pause all synchronization</source>
        <translation>Pausar todas las sincronizaciones</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="704"/>
        <source>Pause synchronization</source>
        <translation>Pausar la sincronización</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="776"/>
        <source>Unknown status</source>
        <translation>Estado desconocido</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="778"/>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="780"/>
        <source>Settings …</source>
        <translation>Ajustes …</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="781"/>
        <source>New account …</source>
        <translation>Nueva cuenta …</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="782"/>
        <source>View more activity …</source>
        <translation>Ver más actividad …</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="788"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="790"/>
        <source>Quit %1</source>
        <translation>Salir de %1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="794"/>
        <source>Crash now</source>
        <comment>Only shows in debug mode to allow testing the crash handler</comment>
        <translation>Se ha producido un fallo</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="897"/>
        <source>No items synced recently</source>
        <translation>No se han sincronizado elementos recientemente</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="418"/>
        <source>Checking for changes in remote &apos;%1&apos;</source>
        <translation>Buscando cambios en la carpeta remota &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="421"/>
        <source>Checking for changes in local &apos;%1&apos;</source>
        <translation>Buscando cambios en la carpeta local &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>OwncloudAdvancedSetupPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="225"/>
        <source>&amp;Local Folder</source>
        <translation>Carpeta &amp;local</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="90"/>
        <source>S&amp;ync everything from server</source>
        <translation>Sincronizar todo desde el servidor</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="93"/>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="244"/>
        <source>Local Folder</source>
        <translation>Carpeta Local</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="121"/>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="125"/>
        <source>Choose different folder</source>
        <translation>Elegir una carpeta distinta</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="148"/>
        <source>Ask for confirmation before synchroni&amp;zing folders larger than</source>
        <translation>Preguntar si se desea sincroni&amp;zar carpetas mayores de</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="174"/>
        <source>Ask for confirmation before synchronizing e&amp;xternal storages</source>
        <translation>Preguntar si se desea sincronizar carpetas de almacenamiento e&amp;xterno</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="131"/>
        <source>Server address</source>
        <translation>Nombre del servidor</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="175"/>
        <source>Sync Logo</source>
        <translation>Sync Logo</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="408"/>
        <source>Synchronize everything from server</source>
        <translation>Sincronizar todo desde el servidor</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="304"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="464"/>
        <source>Ask before syncing folders larger than</source>
        <translation>Preguntar antes sincronizar carpetas mayores de</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="490"/>
        <source>MB</source>
        <extracomment>Trailing part of &quot;Ask confirmation before syncing folder larger than&quot; </extracomment>
        <translation>MB</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="533"/>
        <source>Ask before syncing external storages</source>
        <translation>Preguntar antes sincronizar almacenamientos externos</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="576"/>
        <source>Choose what to sync</source>
        <translation>Elija qué sincronizar</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="344"/>
        <source>&amp;Keep local data</source>
        <translation>&amp;Mantener datos locales</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="357"/>
        <source>Start a &amp;clean sync (Erases the local folder!)</source>
        <translation>Empezar con una sincronización &amp;limpia (¡Elimina la carpeta local!)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="714"/>
        <source>Keep local data</source>
        <translation>Mantener datos locales</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="730"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;If this box is checked, existing content in the local folder will be erased to start a clean sync from the server.&lt;/p&gt;&lt;p&gt;Do not check this if the local content should be uploaded to the servers folder.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Si esta casilla está marcada, el contenido existente en el directorio local será eliminado para comenzar una sincronización limpia desde el servidor.&lt;/p&gt;&lt;p&gt;No marque esta casilla si el contenido local debería subirse al directorio del servidor.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="733"/>
        <source>Erase local folder and start a clean sync</source>
        <translation>Borrar carpeta local e iniciar una sincronización limpia</translation>
    </message>
</context>
<context>
    <name>OwncloudHttpCredsPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudhttpcredspage.ui" line="73"/>
        <source>&amp;Username</source>
        <translation>&amp;Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudhttpcredspage.ui" line="83"/>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
</context>
<context>
    <name>OwncloudOAuthCredsPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudoauthcredspage.ui" line="36"/>
        <source>Please switch to your browser to proceed.</source>
        <translation>Por favor vaya a su navegador para proceder.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudoauthcredspage.ui" line="46"/>
        <source>An error occurred while connecting. Please try again.</source>
        <translation>Ha ocurrido un error al conectarse. Por favor, vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudoauthcredspage.ui" line="56"/>
        <source>Re-open Browser</source>
        <translation>Reabra el navegador</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudoauthcredspage.ui" line="69"/>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
</context>
<context>
    <name>OwncloudSetupPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="32"/>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="353"/>
        <source>TextLabel</source>
        <translation>TextLabel</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="73"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="183"/>
        <source>Server address</source>
        <translation>Nombre del servidor</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="194"/>
        <source>Server Address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="245"/>
        <source>This is the link to your %1 web interface when you open it in the browser.&lt;br/&gt;It looks like https://cloud.example.com or https://example.com/cloud</source>
        <translation>Este es el enlace a la interfaz web de tu %1 cuando la abres en el navegador. &lt;br/&gt;Se parece a https://cloud.ejemplo.com o https://ejemplo.com/cloud</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="259"/>
        <source>This is the link to your %1 web interface when you open it in the browser.</source>
        <translation>Este es el link a su interfaz web %1 cuando la abra en el navegador.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="343"/>
        <source>Register with a provider</source>
        <translation>Registrarse en un proveedor</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="359"/>
        <source>Sign up with a provider</source>
        <translation>Regístrate con un proveedor</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="365"/>
        <source>Log in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="381"/>
        <source>Log in to your %1</source>
        <translation>Entra en tu %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/gui/foldercreationdialog.cpp" line="41"/>
        <source>New folder</source>
        <translation>Nueva carpeta</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="575"/>
        <source>You renamed %1</source>
        <translation>Has renombrado %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="577"/>
        <source>You deleted %1</source>
        <translation>Has borrado %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="579"/>
        <source>You created %1</source>
        <translation>Has creado %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="581"/>
        <source>You changed %1</source>
        <translation>Has cambiado %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="604"/>
        <source>Synced %1</source>
        <translation>Sincronizado %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="482"/>
        <source>%n day ago</source>
        <translation><numerusform>hace %n día</numerusform><numerusform>hace %n días</numerusform><numerusform>hace %n días</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="484"/>
        <source>%n days ago</source>
        <translation><numerusform>hace %n día</numerusform><numerusform>hace %n días</numerusform><numerusform>hace %n días</numerusform></translation>
    </message>
    <message>
        <location filename="../src/common/utility.cpp" line="488"/>
        <source>in the future</source>
        <translation>en el futuro</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="494"/>
        <source>%n hour ago</source>
        <translation><numerusform>hace %n hora</numerusform><numerusform>hace %n horas</numerusform><numerusform>hace %n horas</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="496"/>
        <source>%n hours ago</source>
        <translation><numerusform>hace %n hora</numerusform><numerusform>hace %n horas</numerusform><numerusform>hace %n horas</numerusform></translation>
    </message>
    <message>
        <location filename="../src/common/utility.cpp" line="503"/>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <location filename="../src/common/utility.cpp" line="505"/>
        <source>Less than a minute ago</source>
        <translation>Hace menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="509"/>
        <source>%n minute ago</source>
        <translation><numerusform>hace %n minuto</numerusform><numerusform>hace %n minutos</numerusform><numerusform>hace %n minutos</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="511"/>
        <source>%n minutes ago</source>
        <translation><numerusform>hace %n minuto</numerusform><numerusform>hace %n minutos</numerusform><numerusform>hace %n minutos</numerusform></translation>
    </message>
    <message>
        <location filename="../src/common/utility.cpp" line="515"/>
        <source>Some time ago</source>
        <translation>Hace tiempo</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncresult.cpp" line="139"/>
        <source>%1: %2</source>
        <extracomment>this displays an error string (%2) for a file %1</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatus.cpp" line="53"/>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatus.cpp" line="55"/>
        <source>Do not disturb</source>
        <translation>No molestar</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatus.cpp" line="58"/>
        <source>Offline</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatus.cpp" line="60"/>
        <source>Online</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/activitylistmodel.cpp" line="805"/>
        <source>Mark as read</source>
        <translation>Marcar como leído</translation>
    </message>
</context>
<context>
    <name>SyncJournalDb</name>
    <message>
        <location filename="../src/common/syncjournaldb.cpp" line="895"/>
        <source>Failed to connect database.</source>
        <translation>Fallo en la conexión a la base de datos.</translation>
    </message>
</context>
<context>
    <name>TalkReplyTextField</name>
    <message>
        <location filename="../src/gui/tray/TalkReplyTextField.qml" line="30"/>
        <source>Reply to …</source>
        <translation>Responder a ...</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/TalkReplyTextField.qml" line="67"/>
        <source>Send reply to chat message</source>
        <translation>Enviar respuesta al mensaje de chat</translation>
    </message>
</context>
<context>
    <name>UnifiedSearchInputContainer</name>
    <message>
        <location filename="../src/gui/tray/UnifiedSearchInputContainer.qml" line="27"/>
        <source>Search files, messages, events …</source>
        <translation>Buscando archivos, mensajes, eventos …</translation>
    </message>
</context>
<context>
    <name>UnifiedSearchResultFetchMoreTrigger</name>
    <message>
        <location filename="../src/gui/tray/UnifiedSearchResultFetchMoreTrigger.qml" line="24"/>
        <source>Load more results</source>
        <translation>Cargar más resultados</translation>
    </message>
</context>
<context>
    <name>UnifiedSearchResultItemSkeleton</name>
    <message>
        <location filename="../src/gui/tray/UnifiedSearchResultItemSkeleton.qml" line="25"/>
        <source>Search result skeleton.</source>
        <translation>Árbol de resultados de la búsqueda</translation>
    </message>
</context>
<context>
    <name>UnifiedSearchResultListItem</name>
    <message>
        <location filename="../src/gui/tray/UnifiedSearchResultListItem.qml" line="30"/>
        <source>Load more results</source>
        <translation>Cargar más resultados</translation>
    </message>
</context>
<context>
    <name>UserLine</name>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="15"/>
        <source>Account entry</source>
        <translation>Entrada de cuenta</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="37"/>
        <source>Switch to account</source>
        <translation>Cambiar a la cuenta</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="89"/>
        <source>Current account status is online</source>
        <translation>El estado actual del usuario es en línea</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="89"/>
        <source>Current account status is do not disturb</source>
        <translation>El estado actual del usuario es no molestar</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="89"/>
        <source>Current user status is online</source>
        <translation>El estado actual del usuario es en línea</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="89"/>
        <source>Current user status is do not disturb</source>
        <translation>El estado actual del usuario es no molestar</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="94"/>
        <source>Account connected</source>
        <translation>Cuenta conectada</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="94"/>
        <source>Account not connected</source>
        <translation>Cuenta no conectada</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="151"/>
        <source>Account actions</source>
        <translation>Acciones de la cuenta</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="173"/>
        <source>Remove Account</source>
        <translation>Eliminar Cuenta</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="182"/>
        <source>Set status</source>
        <translation>Establecer estado</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="203"/>
        <location filename="../src/gui/tray/UserLine.qml" line="223"/>
        <source>Log out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="203"/>
        <location filename="../src/gui/tray/UserLine.qml" line="223"/>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="237"/>
        <source>Remove account</source>
        <translation>Eliminar cuenta</translation>
    </message>
</context>
<context>
    <name>UserStatusSelector</name>
    <message>
        <location filename="../src/gui/UserStatusSelector.qml" line="34"/>
        <source>Online status</source>
        <translation>Estado en línea</translation>
    </message>
    <message>
        <location filename="../src/gui/UserStatusSelector.qml" line="51"/>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location filename="../src/gui/UserStatusSelector.qml" line="61"/>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <location filename="../src/gui/UserStatusSelector.qml" line="72"/>
        <source>Do not disturb</source>
        <translation>No molestar</translation>
    </message>
    <message>
        <location filename="../src/gui/UserStatusSelector.qml" line="90"/>
        <source>Mute all notifications</source>
        <translation>Silenciar todas las notificaciones</translation>
    </message>
    <message>
        <location filename="../src/gui/UserStatusSelector.qml" line="82"/>
        <source>Invisible</source>
        <translation>Invisible</translation>
    </message>
    <message>
        <location filename="../src/gui/UserStatusSelector.qml" line="105"/>
        <source>Appear offline</source>
        <translation>Mostrar como fuera de línea</translation>
    </message>
    <message>
        <location filename="../src/gui/UserStatusSelector.qml" line="95"/>
        <source>Status message</source>
        <translation>Mensaje de estado</translation>
    </message>
    <message>
        <location filename="../src/gui/UserStatusSelector.qml" line="133"/>
        <source>What is your status?</source>
        <translation>¿Cuál es su estado?</translation>
    </message>
    <message>
        <location filename="../src/gui/UserStatusSelector.qml" line="161"/>
        <source>Clear status message after</source>
        <translation>Borrar el mensaje de estado después de</translation>
    </message>
    <message>
        <location filename="../src/gui/UserStatusSelector.qml" line="178"/>
        <source>Clear status message</source>
        <translation>Borrar el mensaje de estado</translation>
    </message>
    <message>
        <location filename="../src/gui/UserStatusSelector.qml" line="184"/>
        <source>Set status message</source>
        <translation>Establecer un mensaje de estado</translation>
    </message>
</context>
<context>
    <name>UserStatusSelectorDialog</name>
    <message>
        <location filename="../src/gui/UserStatusSelectorDialog.qml" line="9"/>
        <source>Set account status</source>
        <translation>Configurar estado personalizado</translation>
    </message>
</context>
<context>
    <name>Utility</name>
    <message>
        <location filename="../src/common/utility.cpp" line="136"/>
        <source>%L1 GB</source>
        <translation>%L1 GB</translation>
    </message>
    <message>
        <location filename="../src/common/utility.cpp" line="140"/>
        <source>%L1 MB</source>
        <translation>%L1 MB</translation>
    </message>
    <message>
        <location filename="../src/common/utility.cpp" line="144"/>
        <source>%L1 KB</source>
        <translation>%L1 KB</translation>
    </message>
    <message>
        <location filename="../src/common/utility.cpp" line="147"/>
        <source>%L1 B</source>
        <translation>%L1 B</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="335"/>
        <source>%n year(s)</source>
        <translation><numerusform>%n año</numerusform><numerusform>%n año(s)</numerusform><numerusform>%n año(s)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="336"/>
        <source>%n month(s)</source>
        <translation><numerusform>%n Mes</numerusform><numerusform>%n Mese(s)</numerusform><numerusform>%n Mese(s)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="337"/>
        <source>%n day(s)</source>
        <translation><numerusform>%n dia</numerusform><numerusform>%n dia(s)</numerusform><numerusform>%n dia(s)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="338"/>
        <source>%n hour(s)</source>
        <translation><numerusform>%n hora</numerusform><numerusform>%n hora(s)</numerusform><numerusform>%n hora(s)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="339"/>
        <source>%n minute(s)</source>
        <translation><numerusform>%n minuto</numerusform><numerusform>%n minuto(s)</numerusform><numerusform>%n minuto(s)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="340"/>
        <source>%n second(s)</source>
        <translation><numerusform>%n segundo</numerusform><numerusform>%n segundo(s)</numerusform><numerusform>%n segundo(s)</numerusform></translation>
    </message>
    <message>
        <location filename="../src/common/utility.cpp" line="364"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ValidateChecksumHeader</name>
    <message>
        <location filename="../src/common/checksums.cpp" line="340"/>
        <source>The checksum header is malformed.</source>
        <translation>El encabezado del checksum tiene un formato incorrecto.</translation>
    </message>
    <message>
        <location filename="../src/common/checksums.cpp" line="364"/>
        <source>The checksum header contained an unknown checksum type &apos;%1&apos;</source>
        <translation>El encabezado del checksum contenía un tipo de comprobación desconocido: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/common/checksums.cpp" line="252"/>
        <source>The downloaded file does not match the checksum, it will be resumed.</source>
        <translation>Al archivo descargado no le coincide el checksum, se volverá a bajar.</translation>
    </message>
    <message>
        <location filename="../src/common/checksums.cpp" line="368"/>
        <source>The downloaded file does not match the checksum, it will be resumed. &apos;%1&apos; != &apos;%2&apos;</source>
        <translation>El archivo descargado no coincide con la suma de comprobación (checksum), será reanudado. «%1» != «%2»</translation>
    </message>
    <message>
        <location filename="../src/common/checksums.cpp" line="380"/>
        <source>The checksum header contained an unknown checksum type &quot;%1&quot;</source>
        <translation>El encabezado del checksum contenía un tipo de comprobación desconocido: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/common/checksums.cpp" line="385"/>
        <source>The downloaded file does not match the checksum, it will be resumed. &quot;%1&quot; != &quot;%2&quot;</source>
        <translation>El archivo descargado no coincide con la suma de comprobación (checksum), se reanudará. &quot;%1&quot; != &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="126"/>
        <source>Nextcloud desktop main dialog</source>
        <translation>Cuadro de diálogo principal de escritorio de Nextcloud</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="153"/>
        <source>Current account</source>
        <translation>Cuenta actual</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="159"/>
        <location filename="../src/gui/tray/Window.qml" line="299"/>
        <source>Resume sync for all</source>
        <translation>Continuar sincronización para todos</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="159"/>
        <location filename="../src/gui/tray/Window.qml" line="299"/>
        <source>Pause sync for all</source>
        <translation>Pausar sincronización para todos</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="219"/>
        <source>Set user status</source>
        <translation>Cambiar el estado del usuario</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="257"/>
        <source>Add account</source>
        <translation>Agregar cuenta</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="270"/>
        <source>Add new account</source>
        <translation>Añadir cuenta nueva</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="305"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="328"/>
        <source>Exit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="373"/>
        <source>Current user avatar</source>
        <translation>Avatar del usuario actual</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="412"/>
        <source>Current user status is online</source>
        <translation>El estado actual del usuario es en línea</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="412"/>
        <source>Current user status is do not disturb</source>
        <translation>El estado actual del usuario es no molestar</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="390"/>
        <source>Current account avatar</source>
        <translation>Avatar del usuario actual</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="429"/>
        <source>Current account status is online</source>
        <translation>El estado actual del usuario es en línea</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="429"/>
        <source>Current account status is do not disturb</source>
        <translation>El estado actual del usuario es no molestar</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="478"/>
        <source>Account switcher and settings menu</source>
        <translation>Cambiador de cuentas y menú de configuración</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="497"/>
        <source>Open local folder of current account</source>
        <translation>Abrir carpeta local de la cuenta actual</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="520"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="520"/>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="556"/>
        <source>Open Nextcloud Talk in browser</source>
        <translation>Abrir Nextcloud Talk en el navegador</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="549"/>
        <source>Apps menu</source>
        <translation>Menú de apps</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="578"/>
        <source>Activity list</source>
        <translation>Lista de actividad</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="563"/>
        <source>Open %1 locally</source>
        <translation>Abre %1 en local</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="812"/>
        <source>Open share dialog</source>
        <translation>Abrir diálogo de compartir</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="576"/>
        <source>More apps</source>
        <translation>Más aplicaciones</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="631"/>
        <source>Open %1 in browser</source>
        <translation>Abrir %1 en el navegador</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="720"/>
        <location filename="../src/gui/tray/Window.qml" line="723"/>
        <source>Show more actions</source>
        <translation>Mostrar más acciones</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="743"/>
        <source>Unified search results list</source>
        <translation>Unificar la lista de resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="816"/>
        <source>Share %1</source>
        <translation>Comparte %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="806"/>
        <source>%1 - File activity</source>
        <translation>%1 - Actividad del archivo</translation>
    </message>
</context>
<context>
    <name>main.cpp</name>
    <message>
        <location filename="../src/gui/main.cpp" line="51"/>
        <source>System Tray not available</source>
        <translation>La bandeja del sistema no está disponible</translation>
    </message>
    <message>
        <location filename="../src/gui/main.cpp" line="45"/>
        <source>%1 requires on a working system tray. If you are running XFCE, please follow &lt;a href=&quot;http://docs.xfce.org/xfce/xfce4-panel/systray&quot;&gt;these instructions&lt;/a&gt;. Otherwise, please install a system tray application such as &apos;trayer&apos; and try again.</source>
        <translation>% 1 requiere una bandeja del sistema de trabajo. Si está ejecutando XFCE, por favor siga &lt;a href=&quot;http://docs.xfce.org/xfce/xfce4-panel/systray&quot;&gt; estas instrucciones &lt;/ a&gt;. De lo contrario, instale una aplicación de la bandeja del sistema, tales como &apos;trayer&apos; y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../src/gui/main.cpp" line="52"/>
        <source>%1 requires on a working system tray. If you are running XFCE, please follow &lt;a href=&quot;http://docs.xfce.org/xfce/xfce4-panel/systray&quot;&gt;these instructions&lt;/a&gt;. Otherwise, please install a system tray application such as &quot;trayer&quot; and try again.</source>
        <translation>%1 requiere una bandeja del sistema de trabajo. Si estás ejecutando XFCE, por favor, siga &lt;a href=&quot;http://docs.xfce.org/xfce/xfce4-panel/systray&quot;&gt;estas instrucciones&lt;/a&gt;. Por otro lado, instale una bandeja del sistema de aplicaciones como &quot;trayer&quot; e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>nextcloudTheme::about()</name>
    <message>
        <location filename="../src/libsync/theme.cpp" line="499"/>
        <source>&lt;p&gt;&lt;small&gt;Built from Git revision &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; on %3, %4 using Qt %5, %6&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;Construido desde la revisión Git &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; en %3, %4, usando Qt %5, %6&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="33"/>
        <source>Virtual file created</source>
        <translation>Archivo virtual creado</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="35"/>
        <source>Replaced by virtual file</source>
        <translation>Reemplazado por un archivo virtual</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="37"/>
        <source>Downloaded</source>
        <translation>Descargado</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="40"/>
        <source>Uploaded</source>
        <translation>Subido</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="43"/>
        <source>Server version downloaded, copied changed local file into conflict file</source>
        <translation>Versión del servidor descargada, se ha copiado el fichero local cambiado al fichero en conflicto</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="45"/>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="48"/>
        <source>Moved to %1</source>
        <translation>Movido a %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="50"/>
        <source>Ignored</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="52"/>
        <source>Filesystem access error</source>
        <translation>Error de acceso al sistema de archivos</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="54"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="56"/>
        <source>Updated local metadata</source>
        <translation>Actualizados metadatos locales</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="59"/>
        <location filename="../src/libsync/progressdispatcher.cpp" line="61"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="72"/>
        <source>downloading</source>
        <translation>descargando</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="74"/>
        <source>uploading</source>
        <translation>subiendo</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="76"/>
        <source>deleting</source>
        <translation>eliminando</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="79"/>
        <source>moving</source>
        <translation>moviendo</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="81"/>
        <source>ignoring</source>
        <translation>ignorando</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="84"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="86"/>
        <source>updating local metadata</source>
        <translation>actualizando metadatos locales</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <location filename="../src/libsync/theme.cpp" line="84"/>
        <source>Status undefined</source>
        <translation>Estado indefinido</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="87"/>
        <source>Waiting to start sync</source>
        <translation>Esperando para comenzar la sincronización</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="90"/>
        <source>Sync is running</source>
        <translation>Sincronizado en proceso</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="93"/>
        <source>Sync Success</source>
        <translation>Sincronizado con éxito</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="96"/>
        <source>Sync Success, some files were ignored.</source>
        <translation>Sincronizado con éxito, algunos archivos han sido ignorados.</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="99"/>
        <source>Sync Error</source>
        <translation>Error de sincronización.</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="102"/>
        <source>Setup Error</source>
        <translation>Error en la instalación</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="105"/>
        <source>Preparing to sync</source>
        <translation>Preparando para sincronizar</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="108"/>
        <source>Aborting …</source>
        <translation>Cancelando ...</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="111"/>
        <source>Sync is paused</source>
        <translation>La sincronización está en pausa.</translation>
    </message>
</context>
<context>
    <name>utility</name>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="46"/>
        <source>Could not open browser</source>
        <translation>No se ha podido abrir el navegador</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="47"/>
        <source>There was an error when launching the browser to go to URL %1. Maybe no default browser is configured?</source>
        <translation>Se ha producido un error al lanzar el navegador para ir a la URL: %1 , ¿puede ser que no tenga ningún navegador por defecto?</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="70"/>
        <source>Could not open email client</source>
        <translation>No se ha podido abrir el cliente de correo electrónico</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="71"/>
        <source>There was an error when launching the email client to create a new message. Maybe no default email client is configured?</source>
        <translation>Se ha producido un error al lanzar el cliente de correo electrónico para crear un nuevo mensaje. ¿Puede ser que no haya ningún cliente de correo electrónico configurado?</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="86"/>
        <source>Always available locally</source>
        <translation>Siempre disponible localmente</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="88"/>
        <source>Currently available locally</source>
        <translation>Disponible localmente ahora</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="90"/>
        <source>Some available online only</source>
        <translation>Algunos solo disponibles en línea</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="93"/>
        <source>Available online only</source>
        <translation>Disponible solo en línea</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="100"/>
        <source>Make always available locally</source>
        <translation>Hacer que esté siempre localmente disponible</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="105"/>
        <source>Free up local space</source>
        <translation>Liberar espacio local</translation>
    </message>
</context>
<context>
    <name>OCC::ActivityItemDelegate</name>
    <message>
        <location filename="../src/gui/activityitemdelegate.cpp" line="229"/>
        <source>More information</source>
        <translation>Más información</translation>
    </message>
    <message>
        <location filename="../src/gui/activityitemdelegate.cpp" line="230"/>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../src/gui/activityitemdelegate.cpp" line="231"/>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <location filename="../src/gui/activityitemdelegate.cpp" line="252"/>
        <source>Open Browser</source>
        <translation>Abrir navegador</translation>
    </message>
</context>
<context>
    <name>OCC::ActivityWidget</name>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="56"/>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="192"/>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="231"/>
        <source>Retry all uploads</source>
        <translation>Reintentar todas las subidas</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="346"/>
        <source>&lt;br/&gt;Account %1 does not have activities enabled.</source>
        <translation>&lt;br/&gt;La cuenta %1 no tiene actividades habilitadas.</translation>
    </message>
</context>
<context>
    <name>OCC::DiscoveryMainThread</name>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="637"/>
        <source>Aborted by the user</source>
        <translation>Interrumpido por el usuario</translation>
    </message>
</context>
<context>
    <name>OCC::Flow2AuthCredsPage</name>
    <message>
        <location filename="../src/gui/wizard/flow2authcredspage.cpp" line="36"/>
        <source>Connect to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authcredspage.cpp" line="37"/>
        <source>Login in your browser (Login Flow v2)</source>
        <translation>Inicia sesión en tu navegador Web (Login Flow v2)</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudWizardResultPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudwizardresultpage.cpp" line="33"/>
        <source>Everything set up!</source>
        <translation>¡Todo listo!</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizardresultpage.cpp" line="37"/>
        <source>Open Local Folder</source>
        <translation>Abrir carpeta local</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizardresultpage.cpp" line="46"/>
        <source>Open %1 in Browser</source>
        <translation>Abrir %1 en el navegador</translation>
    </message>
</context>
<context>
    <name>OCC::ShibbolethCredentials</name>
    <message>
        <location filename="../src/gui/creds/shibbolethcredentials.cpp" line="254"/>
        <source>Login Error</source>
        <translation>Error al iniciar sesión</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/shibbolethcredentials.cpp" line="254"/>
        <source>You must sign in as user %1</source>
        <translation>Debe iniciar sesión como el usuario %1</translation>
    </message>
</context>
<context>
    <name>OCC::ShibbolethWebView</name>
    <message>
        <location filename="../src/gui/creds/shibboleth/shibbolethwebview.cpp" line="83"/>
        <source>%1 - Authenticate</source>
        <translation>%1 - Autenticar</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/shibboleth/shibbolethwebview.cpp" line="93"/>
        <source>SSL Cipher Debug View</source>
        <translation>Vista Depurador Chipher SSL</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/shibboleth/shibbolethwebview.cpp" line="101"/>
        <source>Reauthentication required</source>
        <translation>Debe volver a autenticarse</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/shibboleth/shibbolethwebview.cpp" line="101"/>
        <source>Your session has expired. You need to re-login to continue to use the client.</source>
        <translation>Su sesión ha caducado. Necesita volver a iniciarla para continuar usando el cliente.</translation>
    </message>
</context>
<context>
    <name>OCC::SyncLogDialog</name>
    <message>
        <location filename="../src/gui/synclogdialog.ui" line="14"/>
        <source>Synchronisation Log</source>
        <translation>Registro de sincronización</translation>
    </message>
</context>
<context>
    <name>OCC::WebFlowCredentialsDialog</name>
    <message>
        <location filename="../src/gui/creds/webflowcredentialsdialog.cpp" line="34"/>
        <source>Log in</source>
        <translation>Inicio de sesión</translation>
    </message>
</context>
<context>
    <name>OwncloudWizardResultPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudwizardresultpage.ui" line="163"/>
        <source>Your entire account is synced to the local folder </source>
        <translation>Tu cuenta entera está sincronizada con la carpeta local</translation>
    </message>
</context>
<context>
    <name>ActivityActionButton</name>
    <message>
        <location filename="../src/gui/tray/ActivityActionButton.qml" line="42"/>
        <source>Activity action button</source>
        <translation>Botón de acción de Actividad</translation>
    </message>
</context>
<context>
    <name>OCC::UserStatus</name>
    <message>
        <location filename="../src/gui/userstatus.cpp" line="55"/>
        <source>Away</source>
        <translation>Fuera</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatus.cpp" line="57"/>
        <source>Do not disturb</source>
        <translation>No molestar</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatus.cpp" line="60"/>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatus.cpp" line="62"/>
        <source>Online</source>
        <translation>Conectado</translation>
    </message>
</context>
<context>
    <name>OCC::VfsCfApi</name>
    <message>
        <location filename="../src/libsync/vfs/cfapi/vfs_cfapi.cpp" line="333"/>
        <source>Download of end-to-end encrypted file failed</source>
        <translation>La descarga del archivo cifrado extremo a extremo falló</translation>
    </message>
    <message>
        <location filename="../src/libsync/vfs/cfapi/vfs_cfapi.cpp" line="334"/>
        <source>It seems that you are trying to download a virtual file that is end-to-end encrypted. Implicitly downloading such files is not supported at the moment. To workaround this issue, go to the settings and mark the encrypted folder with &quot;Make always available locally&quot;.</source>
        <translation>Parece que está intentando descargar un archivo virtual que está cifrado de extremo a extremo. Por el momento, no está soportada la descarga implícita de estos archivos. Para solucionar este problema, vaya a ajustes y marque la carpeta cifrada con &quot;Hacer que esté siempre localmente disponible&quot;.</translation>
    </message>
</context>
</TS>