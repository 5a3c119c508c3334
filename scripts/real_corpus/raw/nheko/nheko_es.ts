<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActiveCallBar</name>
    <message>
        <location filename="../qml/voip/ActiveCallBar.qml" line="+103"/>
        <source>Calling...</source>
        <translation>Llamando...</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>Connecting...</source>
        <translation>Conectando...</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>You are screen sharing</source>
        <translation>Estás compartiendo tu pantalla</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hide/Show Picture-in-Picture</source>
        <translation>Ocultar/Mostrar Picture-in-Picture</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unmute Mic</source>
        <translation>Activar el micrófono</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mute Mic</source>
        <translation>Desactivar el micrófono</translation>
    </message>
</context>
<context>
    <name>AliasEditingModel</name>
    <message>
        <location filename="../../src/AliasEditModel.cpp" line="+127"/>
        <location line="+47"/>
        <location line="+60"/>
        <location line="+13"/>
        <source>Failed to unpublish alias %1: %2</source>
        <translation>Fallo al despublicar el alias %1: %2</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Failed to update aliases: %1</source>
        <translation>Fallo al actualizar los alias: %1</translation>
    </message>
</context>
<context>
    <name>AliasEditor</name>
    <message>
        <location filename="../qml/dialogs/AliasEditor.qml" line="+25"/>
        <source>Aliases to %1</source>
        <translation>Alias de %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>List of aliases to this room. Usually you can only add aliases on your server. You can have one canonical alias and many alternate aliases.</source>
        <translation>Lista de alias de esta sala. Normalmente sólo puede añadir alias en su servidor. Puede tener un alias canónico y muchos alias alternativos.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Primary alias</source>
        <translation>Alias principal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make primary alias</source>
        <translation>Crear alias principal</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Advertise as an alias in this room</source>
        <translation>Anúnciate como alias en esta sala</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Publish in room directory</source>
        <translation>Publicar en el directorio de salas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove this alias</source>
        <translation>Eliminar este alias</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>#new-alias:server.tld</source>
        <translation>#nuevo-alias:servidor.tld</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>AllowedRoomsSettingsDialog</name>
    <message>
        <location filename="../qml/dialogs/AllowedRoomsSettingsDialog.qml" line="+24"/>
        <source>Allowed rooms settings</source>
        <translation>Configuración de las salas permitidas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>List of rooms that allow access to this room. Anyone who is in any of those rooms can join this room.</source>
        <translation>Lista de salas que permiten el acceso a esta sala. Cualquiera que esté en cualquiera de esas salas puede unirse a esta sala.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Parent community</source>
        <translation>Comunidad parental</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other room</source>
        <translation>Otra sala</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Enter additional rooms not in the list yet...</source>
        <translation>Introduzca salas adicionales que aún no estén en la lista...</translation>
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <location filename="../../src/Cache.cpp" line="+3501"/>
        <source>%1 and %2</source>
        <comment>RoomName</comment>
        <translation>%1 y %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 y %n otro</numerusform>
            <numerusform>%1 y %n otros</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+175"/>
        <source>Empty Room</source>
        <translation>Sala vacía</translation>
    </message>
</context>
<context>
    <name>CallInvite</name>
    <message>
        <location filename="../qml/voip/CallInvite.qml" line="+75"/>
        <source>Video Call</source>
        <translation>Vídeo llamada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Voice Call</source>
        <translation>Llamada de voz</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No microphone found.</source>
        <translation>No se encontró ningún micrófono.</translation>
    </message>
</context>
<context>
    <name>CallInviteBar</name>
    <message>
        <location filename="../qml/voip/CallInviteBar.qml" line="+65"/>
        <source>Video Call</source>
        <translation>Vídeo llamada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Voice Call</source>
        <translation>Llamada de voz</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No microphone found.</source>
        <translation>No se encontró ningún micrófono.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown microphone: %1</source>
        <translation>Micrófono desconocido: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown camera: %1</source>
        <translation>Cámara desconocida: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
</context>
<context>
    <name>CallManager</name>
    <message>
        <location filename="../../src/voip/CallManager.cpp" line="+895"/>
        <source>X11</source>
        <translation>X11</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PipeWire</source>
        <translation>PipeWire</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Entire screen</source>
        <translation>Pantalla completa</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <location filename="../../src/ChatPage.cpp" line="+118"/>
        <source>Failed to invite user: %1</source>
        <translation>No se pudo invitar al usuario: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+985"/>
        <source>Invited user: %1</source>
        <translation>Se invitó al usuario: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-737"/>
        <source>%n unread message(s) in room %1
</source>
        <translation>
            <numerusform>%n mensaje no leído en la sala %1
</numerusform>
            <numerusform>%n mensajes no leídos en la sala %1
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Confirm logout</source>
        <translation>Confirmar cierre de sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Because of the following reason Nheko wants to drop you to the login page:
%1
If you think this is a mistake, you can close Nheko instead to possibly recover your encryption keys. After you have been dropped to the login page, you can sign in again using your usual methods.</source>
        <translation>Debido a la siguiente razón Nheko quiere dejarte en la página de inicio de sesión:
%1
Si crees que se trata de un error, puedes cerrar Nheko para recuperar tus claves de cifrado. Después de haber sido dejado en la página de inicio de sesión, puede iniciar sesión de nuevo utilizando sus métodos habituales.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Migrating the cache to the current version failed. This can have different reasons. Please open an issue at https://github.com/Nheko-Reborn/nheko and try to use an older version in the meantime. Alternatively you can try deleting the cache manually.</source>
        <translation>La migración de la caché a la versión actual ha fallado. Esto puede tener diferentes razones. Por favor, abre una incidencia en https://github.com/Nheko-Reborn/nheko e intenta utilizar una versión anterior mientras tanto. También puedes intentar borrar la caché manualmente.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The cache on your disk is newer than this version of Nheko supports. Please update Nheko or clear your cache.</source>
        <translation>La cache en su disco es más reciente de lo que esta versión de Nheko soporta. Por favor actualiza Nheko o limpia la cache.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Failed to open database, logging out!</source>
        <translation>Error al abrir la base de datos, ¡cerrando sesión!</translation>
    </message>
    <message>
        <location line="+338"/>
        <source>Knock on room</source>
        <translatorcomment>@CM0use: Empezare a usar &quot;Toc&quot; y no &quot;Llamar&quot; para no confundir ambos terminos</translatorcomment>
        <translation>Toc en la habitación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You failed to join %1. You can try to knock so that others can invite you in. Do you want to do so?
You may optionally provide a reason for others to accept your knock:</source>
        <translation>No has podido entrar en %1. Puedes intentar hacer toc para que otros te inviten a entrar. ¿Quieres hacerlo?
Opcionalmente puedes dar una razón para que otros acepten tu toc:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you really want to knock on %1? You may optionally provide a reason for others to accept your knock:</source>
        <translation>¿De verdad quieres hacer toc a %1? Opcionalmente puedes dar una razón para que otros acepten tu toc:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Failed to knock room: %1</source>
        <translation>Fallo al hacer toc a la sala: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Room creation failed: Bad Alias</source>
        <translation>Falló la creación de la sala: Alias incorrecto</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Room %1 created.</source>
        <translation>Sala %1 creada.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+498"/>
        <source>Confirm invite</source>
        <translation>Confirmar invitación</translation>
    </message>
    <message>
        <location line="-497"/>
        <source>Do you really want to invite %1 (%2)?</source>
        <translation>¿Seguro que quieres invitar a %1 (%2)?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Failed to invite %1 to %2: %3</source>
        <translation>No se ha podido invitar a %1 a %2: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reason for the kick</source>
        <translation>Motivo de la expulsión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter reason for kicking %1 (%2) or hit enter for no reason:</source>
        <translation>Introduzca el motivo de la expulsión %1 (%2) o pulse enter si no hay motivo:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kicked user: %1</source>
        <translation>Se ha expulsado a %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reason for the ban</source>
        <translation>Motivo del baneo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter reason for banning %1 (%2) or hit enter for no reason:</source>
        <translation>Introduzca la razón del baneo %1 (%2)o pulse enter si no hay motivo:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Failed to ban %1 in %2: %3</source>
        <translation>Error al banear a %1 en %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Banned user: %1</source>
        <translation>Usuario baneado: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Confirm unban</source>
        <translation>Confirmar desbaneo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you really want to unban %1 (%2)?</source>
        <translation>¿Seguro que quieres desbanear a %1 (%2)?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Failed to unban %1 in %2: %3</source>
        <translation>Error al desbanear a %1 en %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unbanned user: %1</source>
        <translation>Usuario desbaneado: %1</translation>
    </message>
    <message>
        <location line="+402"/>
        <source>Do you really want to start a private chat with %1?</source>
        <translation>¿Seguro que quieres comenzar un chat privado con %1?</translation>
    </message>
    <message>
        <location line="-1048"/>
        <source>Cache migration failed!</source>
        <translation>¡Migración de cache fallida!</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Incompatible cache version</source>
        <translation>Versión de cache incompatible</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Failed to restore OLM account. Please login again.</source>
        <translation>No se ha podido restaurar la cuenta OLM. Por favor inicia sesión de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>Failed to restore save data. Please login again.</source>
        <translation>No se ha podido restaurar los datos guardados. Por favor inicia sesión de nuevo.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Failed to setup encryption keys. Server response: %1 %2. Please try again later.</source>
        <translation>No se han podido configurar las claves de cifrado. Respuesta del servidor: %1 %2. Por favor intentalo de nuevo más tarde.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+184"/>
        <source>Please try to login again: %1</source>
        <translation>Por favor intenta iniciar sesión de nuevo: %1</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Failed to join room: %1</source>
        <translation>No se pudo unir a la sala %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Failed to remove invite: %1</source>
        <translation>Falló al remover la invitación: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Room creation failed: %1</source>
        <translation>No se pudo crear la sala: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Failed to leave room: %1</source>
        <translation>Error al salir de la sala: %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Failed to kick %1 from %2: %3</source>
        <translation>Falló al expulsar a %1 de %2: %3</translation>
    </message>
    <message>
        <location filename="../qml/ChatPage.qml" line="+36"/>
        <source>No network connection</source>
        <translation>Sin conexión de red</translation>
    </message>
</context>
<context>
    <name>CommandCompleter</name>
    <message>
        <location filename="../../src/CommandCompleter.cpp" line="+120"/>
        <source>/me &lt;message&gt;</source>
        <translation>/me &lt;mensaje&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/react &lt;text&gt;</source>
        <translation>/react &lt;texto&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/join &lt;!roomid|#alias&gt; [reason]</source>
        <translation>/join &lt;!idsala|#alias&gt; [motivo]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/knock &lt;!roomid|#alias&gt; [reason]</source>
        <translation>/knock &lt;!idsala|#alias&gt; [motivo]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/part [reason]</source>
        <translation>/part [motivo]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/leave [reason]</source>
        <translation>/leave [motivo]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/invite &lt;@userid&gt; [reason]</source>
        <translation>/invite &lt;@idusuario&gt; [motivo]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/kick &lt;@userid&gt; [reason]</source>
        <translation>/kick &lt;@idusuario&gt; [motivo]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/ban &lt;@userid&gt; [reason]</source>
        <translation>/ban &lt;@idusuario&gt; [motivo]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/unban &lt;@userid&gt; [reason]</source>
        <translation>/unban &lt;@idusuario&gt; [motivo]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/redact &lt;$eventid|@userid&gt;</source>
        <translation>/redact &lt;$eventoid|@idusuario&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/roomnick &lt;displayname&gt;</source>
        <translation>/roomnick &lt;nombre visual&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/shrug [message]</source>
        <translation>/shrug [mensaje]</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>/md &lt;message&gt;</source>
        <translation>/md &lt;mensaje&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/cmark &lt;message&gt;</source>
        <translation>/cmark &lt;mensaje&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/plain &lt;message&gt;</source>
        <translation>/plain &lt;mensaje&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/rainbow &lt;message&gt;</source>
        <translation>/rainbow &lt;mensaje&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/rainbowme &lt;message&gt;</source>
        <translation>/rainbowme &lt;mensaje&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/notice &lt;message&gt;</source>
        <translation>/notice &lt;mensaje&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/rainbownotice &lt;message&gt;</source>
        <translation>/rainbownotice &lt;mensaje&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/confetti [message]</source>
        <translation>/confetti [mensaje]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/rainbowconfetti [message]</source>
        <translation>/rainbowconfetti [mensaje]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/rainfall [message]</source>
        <translation>/rainfall [mensaje]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/msgtype &lt;msgtype&gt; [message]</source>
        <translation>/msgtype &lt;tipomensaje&gt; [mensaje]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/glitch &lt;message&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/gradualglitch &lt;message&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/goto &lt;message reference&gt;</source>
        <translation>/goto &lt;mensaje de referencia&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Send a message expressing an action.</source>
        <translation>Enviar un mensaje expresando una acción.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send &lt;text&gt; as a reaction when you’re replying to a message.</source>
        <translation>Enviar &lt;texto&gt; como reacción cuando respondas a un mensaje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join a room. Reason is optional.</source>
        <translation>Unirse a una sala. El motivo es opcional.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask to join a room. Reason is optional.</source>
        <translation>Pide entrar en una sala. El motivo es opcional.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Leave a room. Reason is optional.</source>
        <translation>Abandona una habitación. El motivo es opcional.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invite a user into the current room. Reason is optional.</source>
        <translation>Invita a un usuario a la sala actual. El motivo es opcional.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kick a user from the current room. Reason is optional. If user is left out, will try to kick the sender you are replying to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ban a user from the current room. Reason is optional. If user is left out, will try to ban the sender you are replying to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unban a user in the current room. Reason is optional. If user is left out, will try to unban the sender you are replying to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redact an event by event id or that you are replying to or all locally cached messages of a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Block all invites from a user, a server, to a specific room or set the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow all invites from a user, a server, to a specific room or set the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Change your displayname in this room.</source>
        <translation>Cambia tu nombre visual en esta sala.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>¯\_(ツ)_/¯ with an optional message.</source>
        <translation>¯\_(ツ)_/¯ con un mensaje opcional.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(╯°□°)╯︵ ┻━┻</source>
        <translation>(╯°□°)╯︵ ┻━┻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>┯━┯╭( º _ º╭)</source>
        <translation>┯━┯╭( º _ º╭)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ノ┬─┬ノ ︵ ( \o°o)\</source>
        <translation>ノ┬─┬ノ ︵ ( \o°o)\</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the currently cached messages in this room.</source>
        <translation>Borra los mensajes actualmente almacenados en caché en esta sala.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refetch the state in this room.</source>
        <translation>Vuelva a buscar el estado en esta sala.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotate the current symmetric encryption key.</source>
        <translation>Gira la clave de cifrado simétrica actual.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a markdown formatted message (ignoring the global setting).</source>
        <translation>Enviar un mensaje con formato markdown (ignorando la configuración global).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a commonmark formatted message disabling most extensions compared to /md.</source>
        <translation>Envía un mensaje con formato commonmark deshabilitando la mayoría de las extensiones en comparación con /md.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send an unformatted message (ignoring the global setting).</source>
        <translation>Enviar un mensaje sin formato (ignorando la configuración global).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a message in rainbow colors.</source>
        <translation>Envía un mensaje con los colores del arcoiris.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send /me in rainbow colors.</source>
        <translation>Envíame a /me en los colores del arcoiris.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a bot message.</source>
        <translation>Enviar un mensaje bot.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a bot message in rainbow colors.</source>
        <translation>Envía un mensaje bot con los colores del arcoiris.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a message with confetti.</source>
        <translation>Envía un mensaje con confeti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a message in rainbow colors with confetti.</source>
        <translation>Envía un mensaje con los colores del arcoiris con confeti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a message with rain.</source>
        <translation>Envía un mensaje con lluvia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a message with a custom message type.</source>
        <translation>Enviar un mensaje con un tipo de mensaje personalizado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a message with a glitch effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a message that gradually glitches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to a specific message using an event id, index or matrix: link</source>
        <translation>Ir a un mensaje específico utilizando un id de evento, índice o matrix: enlace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Convert this room to a direct chat.</source>
        <translation>Convierte esta sala en un chat directo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Convert this direct chat into a room.</source>
        <translation>Convierte este chat directo en una sala.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignore a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop ignoring a user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunitiesList</name>
    <message>
        <location filename="../qml/CommunitiesList.qml" line="+130"/>
        <source>Expand</source>
        <translation>Expandir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collapse</source>
        <translation>Contraer</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Do not show notification counts for this community or tag.</source>
        <translation>No mostrar recuentos de notificaciones para esta comunidad o etiqueta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide rooms with this tag or from this community by default.</source>
        <translation>Ocultar por defecto las salas con esta etiqueta o de esta comunidad.</translation>
    </message>
</context>
<context>
    <name>CommunitiesModel</name>
    <message>
        <location filename="../../src/timeline/CommunitiesModel.cpp" line="+77"/>
        <source>All rooms</source>
        <translation>Todas las salas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows all rooms without filtering.</source>
        <translation>Mostrar todas las salas sin filtros.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Direct Chats</source>
        <translation>Chats Directos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show direct chats.</source>
        <translation>Mostrar chats directos.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Favourites</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rooms you have favourited.</source>
        <translation>Salas que has marcado como favoritas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Low Priority</source>
        <translation>Prioridad baja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rooms with low priority.</source>
        <translation>Salas con prioridad baja.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server Notices</source>
        <translation>Avisos del servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages from your server or administrator.</source>
        <translation>Mensajes de su servidor o administrador.</translation>
    </message>
    <message>
        <location line="+678"/>
        <source>Failed to update community: %1</source>
        <translation>Error al actualizar la comunidad: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Failed to delete room from community: %1</source>
        <translation>Error al eliminar la sala de la comunidad: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Failed to update community for room: %1</source>
        <translation>Error al actualizar la comunidad de la sala: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Failed to remove community from room: %1</source>
        <translation>Error al eliminar la comunidad de la sala: %1</translation>
    </message>
</context>
<context>
    <name>ConfirmJoinRoomDialog</name>
    <message>
        <location filename="../qml/dialogs/ConfirmJoinRoomDialog.qml" line="+18"/>
        <source>Confirm community join</source>
        <translation>Confirmar el ingreso a la comunidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirm room join</source>
        <translation>Confirmar unirse a la sala</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This room can&apos;t be joined directly. You can, however, knock on the room and room members can accept or decline this join request. You can additionally provide a reason for them to let you in below:</source>
        <translation>A esta sala no se puede entrar directamente. Sin embargo, puede hacer toc a la sala y los miembros de la sala pueden aceptar o rechazar esta solicitud de ingreso. Además, a continuación puedes darles una razón para que te dejen entrar:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do you want to join this room? You can optionally add a reason below:</source>
        <translation>¿Quieres unirte a esta sala? Si lo desea, puede añadir un motivo a continuación:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Knock</source>
        <translation>Toc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
</context>
<context>
    <name>CreateDirect</name>
    <message>
        <location filename="../qml/dialogs/CreateDirect.qml" line="+14"/>
        <source>Create Direct Chat</source>
        <translation>Crear chat directo</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>User to invite</source>
        <translation>Usuario a invitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>@user:server.tld</source>
        <translation>@usuario:servidor.tld</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
</context>
<context>
    <name>CreateRoom</name>
    <message>
        <location filename="../qml/dialogs/CreateRoom.qml" line="+17"/>
        <source>New community</source>
        <translation>Nueva comunidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Room</source>
        <translation>Nueva sala</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No name</source>
        <translation>Sin nombre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No topic</source>
        <translation>Ningún tema</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Public rooms can be joined by anyone; private rooms need explicit invites.</source>
        <translation>Cualquiera puede unirse a las salas públicas; las privadas necesitan invitaciones explícitas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Trusted</source>
        <translation>De confianza</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All invitees are given the same power level as the creator</source>
        <translatorcomment>@CM0use: Considero que es mejor usar &quot;powerlevel&quot; que &quot;nivel de poder&quot;</translatorcomment>
        <translation>Todos los invitados tienen el mismo powerlevel que el creador</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Caution: Encryption cannot be disabled</source>
        <translation>Atención: No se puede desactivar el cifrado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Create Room</source>
        <translation>Crear sala</translation>
    </message>
</context>
<context>
    <name>CrossSigningSecrets</name>
    <message>
        <location filename="../../src/ChatPage.cpp" line="+326"/>
        <source>Decrypt secrets</source>
        <translation>Descifrar secretos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your recovery key or passphrase to decrypt your secrets:</source>
        <translation>Utiliza tu clave de recuperación o contraseña para descifrar tus secretos:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your recovery key or passphrase called %1 to decrypt your secrets:</source>
        <translation>Utiliza tu clave de recuperación o contraseña llamada %1 para descifrar tus secretos:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Decryption failed</source>
        <translation>Descifrado fallido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed to decrypt secrets with the provided recovery key or passphrase</source>
        <translation>Error al descifrar los secretos con la clave de recuperación o contraseña utilizadas</translation>
    </message>
</context>
<context>
    <name>DigitVerification</name>
    <message>
        <location filename="../qml/device-verification/DigitVerification.qml" line="+10"/>
        <source>Verification Code</source>
        <translation>Código de verificación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please verify the following digits. You should see the same numbers on both sides. If they differ, please press &apos;They do not match!&apos; to abort verification!</source>
        <translation>Por favor verifica los siguientes digitos. Deberías ver los mismos números en ambos lados. Si son diferentes,por favor presiona &apos;¡No son iguales!&apos; ¡para abortar la verificación!</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>They do not match!</source>
        <translation>¡No son iguales!</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>They match!</source>
        <translation>¡Son iguales!</translation>
    </message>
</context>
<context>
    <name>EmojiVerification</name>
    <message>
        <location filename="../qml/device-verification/EmojiVerification.qml" line="+11"/>
        <source>Verification Code</source>
        <translation>Código de verificación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please verify the following emoji. You should see the same emoji on both sides. If they differ, please press &apos;They do not match!&apos; to abort verification!</source>
        <translation>Por favor verifica el siguiente emoji. Deberías ver el mismo emoji en ambos lados. Si son diferentes, por favor presiona &apos;¡No son iguales!&apos; ¡para abortar la verificación!</translation>
    </message>
    <message>
        <location line="+379"/>
        <source>The displayed emoji might look different in different clients if a different font is used. Similarly they might be translated into different languages. Nonetheless they should depict one of 64 different objects or animals. For example a lion and a cat are different, but a cat is the same even if one client just shows a cat face, while another client shows a full cat body.</source>
        <translation>Los emoji mostrados pueden tener un aspecto diferente en distintos clientes si se utiliza un tipo de letra distinto. También pueden traducirse a distintos idiomas. No obstante, deben representar uno de 64 objetos o animales diferentes. Por ejemplo, un león y un gato son diferentes, pero un gato es lo mismo incluso si un cliente sólo muestra la cara de un gato, mientras que otro cliente muestra el cuerpo completo de un gato.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>They do not match!</source>
        <translation>¡No son iguales!</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>They match!</source>
        <translation>¡Son iguales!</translation>
    </message>
</context>
<context>
    <name>Encrypted</name>
    <message>
        <location filename="../qml/delegates/Encrypted.qml" line="+42"/>
        <source>There is no key to unlock this message. We requested the key automatically, but you can try requesting it again if you are impatient.</source>
        <translation>No hay clave para desbloquear este mensaje. Solicitamos la clave automáticamente, pero puedes intentar solicitandola de nuevo si eres impaciente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This message couldn&apos;t be decrypted, because we only have a key for newer messages. You can try requesting access to this message.</source>
        <translation>Este mensaje no pudo ser descifrado, porque sólo tenemos la clave para los mensajes más recientes. Puedes intentar solicitando acceso a este mensaje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There was an internal error reading the decryption key from the database.</source>
        <translation>Hubo un error interno leyendo la clave de descifrado de la base de datos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There was an error decrypting this message.</source>
        <translation>Hubo un error descifrando este mensaje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message couldn&apos;t be parsed.</source>
        <translation>El mensaje no pudo ser procesado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The encryption key was reused! Someone is possibly trying to insert false messages into this chat!</source>
        <translation>¡La clave de cifrado fue reusada! Es posible que alguien este ¡intentando insertar mensajes falsos en enste chat!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown decryption error</source>
        <translation>Error de descifrado desconocido</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Request key</source>
        <translation>Solicitar clave</translation>
    </message>
</context>
<context>
    <name>EncryptionEnabled</name>
    <message>
        <location filename="../qml/delegates/EncryptionEnabled.qml" line="+38"/>
        <source>%1 enabled end-to-end encryption</source>
        <translation>%1 cifrado de extremo a extremo activado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Encryption keeps your messages safe by only allowing the people you sent the message to to read it. For extra security, if you want to make sure you are talking to the right people, you can verify them in real life.</source>
        <translation>El cifrado mantiene a salvo tus mensajes, ya que sólo pueden leerlos las personas a las que se los has enviado. Para mayor seguridad, si quieres asegurarte de que estás hablando con las personas adecuadas, puedes verificarlas en la vida real.</translation>
    </message>
</context>
<context>
    <name>EncryptionIndicator</name>
    <message>
        <location filename="../qml/EncryptionIndicator.qml" line="+37"/>
        <source>This message is not encrypted!</source>
        <translation>¡Este mensaje no está cifrado!</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypted by a verified device</source>
        <translation>Cifrado por un dispositivo verificado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted by an unverified device, but you have trusted that user so far.</source>
        <translation>Cifrado por un dispositivo sin verificar, pero hasta ahora has confiado en este usuario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key is from an untrusted source, possibly forwarded from another user or the online key backup. For this reason we can&apos;t verify who sent the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted by an unverified device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventExpirationDialog</name>
    <message>
        <location filename="../qml/dialogs/EventExpirationDialog.qml" line="+33"/>
        <source>Event expiration for %1</source>
        <translation>Expiración de evento para %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event expiration</source>
        <translation>Expiración del evento</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You can configure when your messages will be deleted in %1. This only happens when Nheko is open and has permissions to delete messages until Matrix servers support this feature natively. In general 0 means disable.</source>
        <translation>Puede configurar cuándo se borrarán sus mensajes en %1. Esto sólo ocurre cuando Nheko está abierto y tiene permisos para borrar mensajes hasta que los servidores Matrix soporten esta característica de forma nativa. En general 0 significa desactivar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can configure when your messages will be deleted in all rooms unless configured otherwise. This only happens when Nheko is open and has permissions to delete messages until Matrix servers support this feature natively. In general 0 means disable.</source>
        <translation>Puede configurar cuándo se borrarán sus mensajes en todas las salas a menos que se configure lo contrario. Esto sólo ocurre cuando Nheko está abierto y tiene permisos para borrar mensajes hasta que los servidores Matrix soporten esta función de forma nativa. En general 0 significa desactivar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Expire events after X days</source>
        <translation>Expirar eventos después de X días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatically redacts messages after X days, unless otherwise protected. Set to 0 to disable.</source>
        <translation>Redacta automáticamente los mensajes después de X días, a menos que estén protegidos de otro modo. Establezca 0 para desactivar.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only keep latest X events</source>
        <translation>Conservar sólo los últimos X eventos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes your events in this room if there are more than X newer messages unless otherwise protected. Set to 0 to disable.</source>
        <translation>Borra los eventos en esta sala si hay más de X mensajes nuevos a menos que esté protegido de otra manera. Establecer en 0 para desactivar.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Always keep latest X events</source>
        <translation>Mantén siempre los últimos X eventos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This prevents events to be deleted by the above 2 settings if they are the latest X messages from you in the room.</source>
        <translation>Esto evita que los eventos sean borrados por los 2 ajustes anteriores si son los últimos X mensajes tuyos en la sala.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Include state events</source>
        <translation>Incluir eventos de estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If this is turned on, old state events also get redacted. The latest state event of any type+key combination is excluded from redaction to not remove the room name and similar state by accident.</source>
        <translation>Si esta opción está activada, los eventos de estado antiguos también se eliminan. El último evento de estado de cualquier combinación de tipo+clave se excluye de la redacción para no eliminar el nombre de la sala y el estado similar por accidente.</translation>
    </message>
</context>
<context>
    <name>EventExpiry</name>
    <message>
        <location filename="../../src/ui/EventExpiry.cpp" line="+50"/>
        <location line="+10"/>
        <source>Failed to set hidden events: %1</source>
        <translation>Error al establecer eventos ocultos: %1</translation>
    </message>
</context>
<context>
    <name>Failed</name>
    <message>
        <location filename="../qml/device-verification/Failed.qml" line="+11"/>
        <source>Verification failed</source>
        <translation>Verificación fallida</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Other client does not support our verification protocol.</source>
        <translation>El otro cliente no soporta nuestro protocolo de verificación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key mismatch detected!</source>
        <translation>¡Las claves no son iguales!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device verification timed out.</source>
        <translation>Se agotó el tiempo para verificar el dispositivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other party canceled the verification.</source>
        <translation>El otro grupo canceló la verificación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The verification was accepted by a different device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification messages received out of order!</source>
        <translation>¡Los mensajes de verificación fueron recibidos en desorden!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown verification error.</source>
        <translation>Error de verificación desconocido.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>FallbackAuthDialog</name>
    <message>
        <location filename="../qml/dialogs/FallbackAuthDialog.qml" line="+25"/>
        <source>Fallback authentication</source>
        <translation>Autenticación fallback</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open the fallback, follow the steps, and confirm after completing them.</source>
        <translation>Abra el fallback, siga los pasos y confirme después de completarlos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open Fallback in Browser</source>
        <translation>Abrir fallback en el navegador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
</context>
<context>
    <name>ForwardCompleter</name>
    <message>
        <location filename="../qml/ForwardCompleter.qml" line="+52"/>
        <source>Forward Message</source>
        <translation>Reenviar Mensaje</translation>
    </message>
</context>
<context>
    <name>GridImagePackModel</name>
    <message>
        <location filename="../../src/GridImagePackModel.cpp" line="+285"/>
        <source>Account Pack</source>
        <translation>Pack de cuenta</translation>
    </message>
</context>
<context>
    <name>HiddenEvents</name>
    <message>
        <location filename="../../src/ui/HiddenEvents.cpp" line="+92"/>
        <location line="+10"/>
        <source>Failed to set hidden events: %1</source>
        <translation>Error al establecer eventos ocultos: %1</translation>
    </message>
</context>
<context>
    <name>HiddenEventsDialog</name>
    <message>
        <location filename="../qml/dialogs/HiddenEventsDialog.qml" line="+33"/>
        <source>Hidden events for %1</source>
        <translation>Eventos ocultos para %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hidden events</source>
        <translation>Eventos ocultos</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>These events will be &lt;b&gt;shown&lt;/b&gt; in %1:</source>
        <translation>Estos eventos se &lt;b&gt;mostrarán&lt;/b&gt; en %1:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These events will be &lt;b&gt;shown&lt;/b&gt; in all rooms:</source>
        <translation>Estos eventos se &lt;b&gt;mostrarán&lt;/b&gt; en todas las salas:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>User events</source>
        <translation>Eventos de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joins, leaves, avatar and name changes, bans, …</source>
        <translation>Unirse, abandonar, cambios de avatar y de nombre, baneos,…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Power level changes</source>
        <translation>Cambios en el powerlevel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent when a moderator is added/removed or the permissions of a room are changed.</source>
        <translation>Se envía cuando se añade/elimina un moderador o se cambian los permisos de una sala.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stickers</source>
        <translatorcomment>@CM0use: Es valido colocarlo como &quot;Pegatinas&quot; o como &quot;Stickers&quot;, preferi escoger &quot;Pegatinas&quot;.</translatorcomment>
        <translation>Pegatinas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Allowed server changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IgnoredUsers</name>
    <message>
        <location filename="../qml/dialogs/IgnoredUsers.qml" line="+16"/>
        <source>Ignored users</source>
        <translation>Usuarios ignorados</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ignoring a user hides their messages (they can still see yours!).</source>
        <translation>Al ignorar a un usuario se ocultan sus mensajes (¡todavía pueden ver los tuyos!).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Stop Ignoring.</source>
        <translation>Dejar de ignorar.</translation>
    </message>
</context>
<context>
    <name>ImageMessage</name>
    <message>
        <location filename="../qml/delegates/ImageMessage.qml" line="+191"/>
        <source>Show</source>
        <translation type="unfinished">Mostrar</translation>
    </message>
</context>
<context>
    <name>ImagePackDeleteDialog</name>
    <message>
        <location filename="../qml/dialogs/ImagePackDeleteDialog.qml" line="+14"/>
        <source>Are you sure you wish to delete the sticker pack &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagePackEditorDialog</name>
    <message>
        <location filename="../qml/dialogs/ImagePackEditorDialog.qml" line="+22"/>
        <source>Editing image pack</source>
        <translatorcomment>@hllwk0333: Just in case, I&apos;ll be leaving pack as pack instead of using paquete (which is the valid translation) but since a lot of spanish speaking people just say pack, I think it&apos;s fine</translatorcomment>
        <translation>Editando pack de imágenes</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Add images</source>
        <translation>Añadir imágenes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Images (*.png *.webp *.gif *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.webp *.gif *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select images for pack</source>
        <translation>Seleccionar imágenes para el pack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to pack</source>
        <translation>Añadir al pack</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Change the overview image for this pack</source>
        <translation>Cambiar la imagen previa para este pack</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Overview Image (*.png *.webp *.jpg *.jpeg)</source>
        <translation>Imagen previa (*.png *.webp *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select overview image for pack</source>
        <translation>Seleccionar imagen previa para el pack</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>State key</source>
        <translatorcomment>@hllwk0333: There isn&apos;t a reasonable translation for this and it will sound ridiculous if I translate it, so I&apos;ll just leave it as is</translatorcomment>
        <translation>State key</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Packname</source>
        <translation>Nombre del pack</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attribution</source>
        <translation>Atribución</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+75"/>
        <source>Use as Emoji</source>
        <translation>Usar como Emoji</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+75"/>
        <source>Use as Sticker</source>
        <translation>Usar como Pegatina</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Shortcode</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Remove from pack</source>
        <translation>Eliminar del pack</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>ImagePackSettingsDialog</name>
    <message>
        <location filename="../qml/dialogs/ImagePackSettingsDialog.qml" line="+23"/>
        <source>Image pack settings</source>
        <translation>Ajustes del pack de imágenes</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Create account pack</source>
        <translation>Crear pack de cuenta</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New room pack</source>
        <translation>Nuevo pack para la sala</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Private pack</source>
        <translation>Pack privado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pack from this room</source>
        <translation>Pack de esta sala</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pack from parent community</source>
        <translation>Pack de la comunidad parental</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Globally enabled pack</source>
        <translation>Pack habilitado globalmente</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Enable globally</source>
        <translation>Habilitar pack globalmente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enables this pack to be used in all rooms</source>
        <translation>Permite que este pack sea usado en todas las salas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove</source>
        <translation type="unfinished">Eliminar</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>InputBar</name>
    <message>
        <location filename="../../src/timeline/InputBar.cpp" line="+423"/>
        <source>All Files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select file(s)</source>
        <translation>Seleccionar archivo(s)</translation>
    </message>
    <message>
        <location line="+623"/>
        <source>You need to pass a valid mxid when ignoring a user. &apos;%1&apos; is not a valid userid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Failed to fetch user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+412"/>
        <source>Upload of &apos;%1&apos; failed</source>
        <translation>Error en la subida de &apos;%1</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../qml/dialogs/InviteDialog.qml" line="+40"/>
        <source>Invite users to %1</source>
        <translation>Invitar a los usuarios a %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Search user</source>
        <translation>Buscar usuario</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>@user:yourserver.example.com</source>
        <comment>Example user id. The name &apos;user&apos; can be localized however you want.</comment>
        <translation>@usuario:tuservidor.ejemplo.com</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Search on Server</source>
        <translation>Buscar en el servidor</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Invite</source>
        <translation>Invitar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>JoinRoomDialog</name>
    <message>
        <location filename="../qml/dialogs/JoinRoomDialog.qml" line="+14"/>
        <source>Join room</source>
        <translation>Unirse a la sala</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Room ID or alias</source>
        <translation>ID de la sala o alias</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
</context>
<context>
    <name>LeaveRoomDialog</name>
    <message>
        <location filename="../qml/dialogs/LeaveRoomDialog.qml" line="+15"/>
        <source>Leave room</source>
        <translation>Salir de la sala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are you sure you want to leave?</source>
        <translation>¿Seguro que deseas salir?</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../src/LoginPage.cpp" line="+78"/>
        <location line="+6"/>
        <location line="+64"/>
        <location line="+133"/>
        <source>You have entered an invalid Matrix ID e.g. @user:yourserver.example.com</source>
        <translation>Ha introducido un ID de matrix no válido, por ejemplo @usuario:suservidor.ejemplo.com</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Autodiscovery failed. Received malformed response.</source>
        <translation>Error en la detección automática. Se ha recibido una respuesta malformada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Autodiscovery failed. Unknown error when requesting .well-known.</source>
        <translation>Error en la detección automática. Error desconocido al solicitar .well-known.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The required endpoints were not found. Possibly not a Matrix server.</source>
        <translation>No se han encontrado los puntos finales requeridos. Posiblemente no sea un servidor Matrix.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Received malformed response. Make sure the homeserver domain is valid.</source>
        <translation>Se ha recibido una respuesta malformada. Asegúrese de que el dominio del homeserver es válido.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An unknown error occured. Make sure the homeserver domain is valid.</source>
        <translation>Se ha producido un error desconocido. Asegúrese de que el dominio del homeserver es válido.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The selected server does not support a version of the Matrix protocol, that this client understands (%1 to %2). You can&apos;t sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sign in with Apple</source>
        <translation>Inicia sesión con Apple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue with Facebook</source>
        <translation>Continuar con Facebook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with Google</source>
        <translation>Inicia sesión con Google</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with Twitter</source>
        <translation>Inicia sesión con Twitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login using %1</source>
        <translation>Inicia sesión con %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SSO LOGIN</source>
        <translation>INICIO DE SESION SSO</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Empty password</source>
        <translation>Contraseña vacía</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>SSO login failed</source>
        <translation>El inicio de sesión SSO falló</translation>
    </message>
    <message>
        <location filename="../qml/pages/LoginPage.qml" line="+58"/>
        <source>Matrix ID</source>
        <translation>ID de Matrix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g @user:yourserver.example.com</source>
        <translation>p.ej. @usuario:suservidor.ejemplo.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your login name. A mxid should start with @ followed by the user ID. After the user ID you need to include your server name after a :.
You can also put your homeserver address there if your server doesn&apos;t support .well-known lookup.
Example: @user:yourserver.example.com
If Nheko fails to discover your homeserver, it will show you a field to enter the server manually.</source>
        <translation>Su nombre de usuario. Un mxid debe empezar por @ seguido del ID de usuario. Después del ID de usuario debes incluir el nombre de tu servidor después de un :.
También puedes poner ahí la dirección de tu homeserver si tu servidor no soporta la búsqueda .well-known.
Ejemplo: @usuario:suservidor.ejemplo.com
Si Nheko no consigue descubrir tu homeserver, te mostrará un campo para que introduzcas el servidor manualmente.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your password.</source>
        <translation>Tu contraseña.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show/Hide Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Device name</source>
        <translation>Nombre de dispositivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name for this device which will be shown to others when verifying your devices. If nothing is provided, a default is used.</source>
        <translation>Un nombre para este dispositivo que se mostrará a los demás cuando verifiquen sus dispositivos. Si no se proporciona nada, se utiliza un valor predeterminado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Homeserver address</source>
        <translation>Dirección del homeserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yourserver.example.com:8787</source>
        <translation>suservidor.ejemplo.com:8787</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address that can be used to contact your homeserver&apos;s client API.
Example: https://yourserver.example.com:8787</source>
        <translation>La dirección que se puede utilizar para ponerse en contacto con la API del cliente de su homeserver.
Ejemplo: https://suservidor.ejemplo.com:8787</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>LOGIN</source>
        <translation>INICIAR SESION</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
</context>
<context>
    <name>LogoutDialog</name>
    <message>
        <location filename="../qml/dialogs/LogoutDialog.qml" line="+12"/>
        <source>Log out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A call is in progress. Log out?</source>
        <translation>Hay una llamada en curso. ¿Cerrar sesión?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Are you sure you want to log out?</source>
        <translation>¿Seguro que quieres cerrar sesión?</translation>
    </message>
</context>
<context>
    <name>MediaUpload</name>
    <message>
        <location filename="../../src/timeline/InputBar.cpp" line="-154"/>
        <location line="+35"/>
        <source>Failed to upload media. Please try again.</source>
        <translation>No se ha podido subir el contenido. Por favor, inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <location filename="../qml/MessageInput.qml" line="+47"/>
        <source>Hang up</source>
        <translation>Colgar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place a call</source>
        <translation>Hacer una llamada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Already on a call</source>
        <translation>Ya está en una llamada</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Send a file</source>
        <translation>Enviar un archivo</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Write a message...</source>
        <translation>Escribe un mensaje...</translation>
    </message>
    <message>
        <location line="+273"/>
        <source>Stickers</source>
        <translation>Pegatinas</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>You don&apos;t have permission to send messages in this room</source>
        <translation>No tienes permisos para enviar mensajes en esta sala</translation>
    </message>
</context>
<context>
    <name>MessageInputWarning</name>
    <message>
        <location filename="../qml/MessageInputWarning.qml" line="+61"/>
        <source>Don&apos;t mention them in this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../qml/MessageView.qml" line="+237"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>React</source>
        <translation>Reaccionar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reply in thread</source>
        <translation>Responder en el hilo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New thread</source>
        <translation>Nuevo hilo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Go to message</source>
        <translation>Ir al mensaje</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Enter reason for removal or hit enter for no reason:</source>
        <translation>Introduzca el motivo de la eliminación o pulse Intro si no hay motivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for removal</source>
        <translation>Motivo de la eliminación</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Go to &amp;message</source>
        <translation>Ir al &amp;mensaje</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+187"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+187"/>
        <source>Copy &amp;link location</source>
        <translatorcomment>@CM0use: I don&apos;t know if it is correct to place the &amp; in different letters from the original text. I&apos;ll leave it as @hllwk0333 did.</translatorcomment>
        <translation>Copiar dirección de &amp;enlace</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Re&amp;act</source>
        <translation>Re&amp;accionar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Repl&amp;y</source>
        <translation>Respo&amp;nder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Thread</source>
        <translation>&amp;Hilo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Un&amp;pin</source>
        <translation>Des&amp;fijar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Pin</source>
        <translation>&amp;Fijar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Read receipts</source>
        <translation>&amp;Leer recibos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Forward</source>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Mark as read</source>
        <translation>&amp;Marcar como leido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>View raw message</source>
        <translation>Ver código fuente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>View decrypted raw message</source>
        <translation>Ver código fuente sin cifrar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remo&amp;ve message</source>
        <translation>Elimin&amp;ar mensaje</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Report message</source>
        <translation>Reportar mensaje</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save as</source>
        <translation>&amp;Guardar como</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open in external program</source>
        <translation>&amp;Abrir en un programa externo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy link to eve&amp;nt</source>
        <translation>Copiar enlace a even&amp;to</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Go to quoted message</source>
        <translation>&amp;Ir a mensaje citado</translation>
    </message>
</context>
<context>
    <name>NewVerificationRequest</name>
    <message>
        <location filename="../qml/device-verification/NewVerificationRequest.qml" line="+10"/>
        <source>Send Verification Request</source>
        <translation>Enviar solicitud de verificación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received Verification Request</source>
        <translation>Solicitud de verificación recibida</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>To allow other users to see which of your devices actually belong to you, you can verify them. This also allows key backup to work automatically. Verify an unverified device now? (Please make sure you have one of those devices available.)</source>
        <translation>Para que otros usuarios puedan ver cuáles de tus dispositivos te pertenecen realmente, puedes verificarlos. Esto también permite que la copia de seguridad de las claves funcione automáticamente. ¿Verificar ahora un dispositivo no verificado? (Asegúrate de que tienes uno de esos dispositivos disponible.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To allow other users to see which of your devices actually belong to you, you can verify them. This also allows key backup to work automatically. Verify %1 now?</source>
        <translation>Para que otros usuarios puedan ver cuáles de tus dispositivos te pertenecen realmente, puedes verificarlos. Esto también permite que la copia de seguridad de las claves funcione automáticamente. ¿Verificar %1 ahora?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To ensure that no malicious user can eavesdrop on your encrypted communications you can verify the other party.</source>
        <translation>Para garantizar que ningún usuario malintencionado pueda espiar tus comunicaciones cifradas puedes verificar con el otro grupo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has requested to verify their device %2.</source>
        <translation>%1 ha solicitado verificar su dispositivo %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 using the device %2 has requested to be verified.</source>
        <translation>%1 utilizando el dispositivo %2 ha solicitado ser verificado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your device (%1) has requested to be verified.</source>
        <translation>Tu dispositivo (%1) ha solicitado ser verificado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deny</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start verification</source>
        <translation>Comenzar verificación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>NotificationsManager</name>
    <message>
        <location filename="../../src/notifications/Manager.cpp" line="+46"/>
        <location filename="../../src/notifications/ManagerMac.cpp" line="+90"/>
        <source>%1 sent an encrypted message</source>
        <translation>%1 envió un mensaje cifrado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 replied with a spoiler.</source>
        <comment>Format a reply in a notification. %1 is the sender.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 replied: %2</source>
        <comment>Format a reply in a notification. %1 is the sender, %2 the message</comment>
        <translation>%1 respondió %2</translation>
    </message>
    <message>
        <location filename="../../src/notifications/ManagerMac.cpp" line="-1"/>
        <source>%1 replied with an encrypted message</source>
        <translation>%1 respondió con un mensaje cifrado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 replied to a message</source>
        <translation>%1 respondió a un mensaje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 sent a message</source>
        <translation>%1 envió un mensaje</translation>
    </message>
</context>
<context>
    <name>PlaceCall</name>
    <message>
        <location filename="../qml/voip/PlaceCall.qml" line="+39"/>
        <source>Place a call to %1?</source>
        <translation>¿Llamar a %1?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No microphone found.</source>
        <translation>No se encontró ningún micrófono.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <location filename="../qml/delegates/Placeholder.qml" line="+11"/>
        <source>unimplemented event: </source>
        <translation>evento-sin-implementar: </translation>
    </message>
</context>
<context>
    <name>PowerLevelEditor</name>
    <message>
        <location filename="../qml/dialogs/PowerLevelEditor.qml" line="+26"/>
        <source>Permissions in %1</source>
        <translation>Permisos en %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Be careful when editing permissions. You can&apos;t lower the permissions of people with a same or higher level than you. Be careful when promoting others.</source>
        <translation>Ten cuidado al editar los permisos. No puedes reducir los permisos de personas con un nivel igual o superior al tuyo. Ten cuidado al promocionar a otros.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Move permissions between roles to change them</source>
        <translation>Mover permisos entre roles para cambiarlos</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+243"/>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-241"/>
        <location line="+243"/>
        <source>Administrator (%1)</source>
        <translation>Administrador (%1)</translation>
    </message>
    <message>
        <location line="-241"/>
        <location line="+243"/>
        <source>Moderator (%1)</source>
        <translation>Moderador (%1)</translation>
    </message>
    <message>
        <location line="-241"/>
        <location line="+243"/>
        <source>User (%1)</source>
        <translation>Usuario (%1)</translation>
    </message>
    <message>
        <location line="-241"/>
        <location line="+243"/>
        <source>Custom (%1)</source>
        <translation>Personalizado (%1)</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Remove event type</source>
        <translation>Eliminar tipo de evento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add event type</source>
        <translation>Añadir tipo de evento</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Add new role</source>
        <translation>Añadir nuevo rol</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Move users up or down to change their permissions</source>
        <translation>Subir o bajar usuarios para cambiar sus permisos</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Remove user</source>
        <translation>Eliminar usuario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add user</source>
        <translation>Añadir usuario</translation>
    </message>
</context>
<context>
    <name>PowerLevelSpacesApplyDialog</name>
    <message>
        <location filename="../qml/dialogs/PowerLevelSpacesApplyDialog.qml" line="+25"/>
        <source>Apply permission changes</source>
        <translation>Aplicar los cambios de permisos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Which of the subcommunities and rooms should these permissions be applied to?</source>
        <translation>¿A cuál de las subcomunidades y salas deben aplicarse estos permisos?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Apply permissions recursively</source>
        <translation>Aplicar permisos de forma recursiva</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Overwrite exisiting modifications in rooms</source>
        <translation>Sobrescribir las modificaciones existentes en las salas</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No permissions to apply the new permissions here</source>
        <translation>No hay permisos para aplicar los nuevos permisos aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No changes needed</source>
        <translation>No es necesario hacer cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing modifications to the permissions in this room will be overwritten</source>
        <translation>Las modificaciones existentes en los permisos de esta sala se sobrescribirán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permissions synchronized with community</source>
        <translation>Permisos sincronizados con la comunidad</translation>
    </message>
</context>
<context>
    <name>PowerLevels</name>
    <message>
        <location filename="../../src/PowerlevelsEditModels.cpp" line="+788"/>
        <source>Failed to update powerlevel: %1</source>
        <translation>Error al actualizar el powerlevel: %1</translation>
    </message>
</context>
<context>
    <name>PowerlevelEditingModels</name>
    <message>
        <location line="-127"/>
        <source>Failed to update powerlevel: %1</source>
        <translation>Error al actualizar el powerlevel: %1</translation>
    </message>
</context>
<context>
    <name>PowerlevelIndicator</name>
    <message>
        <location filename="../qml/components/PowerlevelIndicator.qml" line="+32"/>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator (%1)</source>
        <translation type="unfinished">Administrador (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moderator: %1</source>
        <translation>Moderador: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User: %1</source>
        <translation>Usuario: %1</translation>
    </message>
</context>
<context>
    <name>PowerlevelsTypeListModel</name>
    <message>
        <location filename="../../src/PowerlevelsEditModels.cpp" line="-492"/>
        <source>Other events</source>
        <translation>Otros eventos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other state events</source>
        <translation>Otros eventos de estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove other users</source>
        <translation>Eliminar a otros usuarios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ban other users</source>
        <translation>Banear a otros usuarios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invite other users</source>
        <translation>Invitar a otros usuarios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redact events sent by others</source>
        <translation>Redactar eventos enviados por otros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactions</source>
        <translation>Reacciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deprecated aliases events</source>
        <translation>Eventos de alias obsoletos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the room avatar</source>
        <translation>Cambiar el avatar de la sala</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the room addresses</source>
        <translation>Cambiar las direcciones de las salas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send encrypted messages</source>
        <translation>Enviar mensajes cifrados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable encryption</source>
        <translation>Activar el cifrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change guest access</source>
        <translation>Cambiar el acceso de invitados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change history visibility</source>
        <translation>Cambiar la visibilidad del historial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change who can join</source>
        <translation>Cambiar quién puede unirse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send messages</source>
        <translation>Enviar mensajes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the room name</source>
        <translation>Cambiar el nombre de la sala</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the room permissions</source>
        <translation>Cambiar los permisos de la sala</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the rooms topic</source>
        <translation>Cambiar el tema de las salas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the widgets</source>
        <translation>Cambiar los widgets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the widgets (experimental)</source>
        <translation>Cambiar los widgets (experimental)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redact own events</source>
        <translation>Redactar eventos propios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the pinned events</source>
        <translation>Cambiar los eventos fijados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade the room</source>
        <translation>Mejorar la sala</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send stickers</source>
        <translation>Enviar pegatinas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ban users using policy rules</source>
        <translation>Baneo de usuarios mediante reglas de política</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ban rooms using policy rules</source>
        <translation>Baneo de salas mediante reglas políticas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ban servers using policy rules</source>
        <translation>Baneo de servidores mediante reglas de política</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit child communities and rooms</source>
        <translation>Editar comunidades y salas infantiles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change parent communities</source>
        <translation>Cambiar las comunidades parentales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a call</source>
        <translation>Iniciar una llamada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negotiate a call</source>
        <translation>Negociar una llamada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer a call</source>
        <translation>Responder a una llamada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hang up a call</source>
        <translation>Colgar una llamada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject a call</source>
        <translation>Rechazar una llamada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the room emotes</source>
        <translation>Cambiar los emotes de sala</translation>
    </message>
</context>
<context>
    <name>PowerlevelsUserListModel</name>
    <message>
        <location line="+230"/>
        <source>Other users</source>
        <translation>Otros usuarios</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../../src/main.cpp" line="+220"/>
        <source>Create a unique profile which allows you to log into several accounts at the same time and start multiple instances of nheko.</source>
        <translation>Cree un perfil único que le permita iniciar sesión en varias cuentas al mismo tiempo e iniciar varias instancias de nheko.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>profile</source>
        <translation>perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profile name</source>
        <translation>nombre del perfil</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../src/notifications/ManagerMac.cpp" line="-58"/>
        <source>Respond</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a message...</source>
        <translation>Escribe un mensaje...</translation>
    </message>
    <message>
        <location filename="../../src/main.cpp" line="-30"/>
        <source>Alias for &apos;--log-level trace&apos;.</source>
        <translation>Alias de &apos;--log-level trace&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set the global log level, or a comma-separated list of &lt;component&gt;=&lt;level&gt; pairs, or both. For example, to set the default log level to &apos;warn&apos; but disable logging for the &apos;ui&apos; component, pass &apos;warn,ui=off&apos;. levels:{trace,debug,info,warning,error,critical,off} components:{crypto,db,mtx,net,qml,ui}</source>
        <translation>Establece el nivel de registro global, o una lista separada por comas de pares &lt;component&gt;=&lt;level&gt;, o ambos. Por ejemplo, para establecer el nivel de registro por defecto en &apos;warn&apos; pero deshabilitar el registro para el componente &apos;ui&apos;, pasa &apos;warn,ui=off&apos;. niveles:{trace,debug,info,warning,error,critical,off} componentes:{crypto,db,mtx,net,qml,ui}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>level</source>
        <translation>nivel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set the log output type. A comma-separated list is allowed. The default is &apos;file,stderr&apos;. types:{file,stderr,none}</source>
        <translation>Establezca el tipo de salida de registro. Se permite una lista separada por comas. Por defecto es &apos;file,stderr&apos;. tipos:{file,stderr,none}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recompacts the database which might improve performance.</source>
        <translation>Recompacta la base de datos, lo que puede mejorar el rendimiento.</translation>
    </message>
</context>
<context>
    <name>ReCaptchaDialog</name>
    <message>
        <location filename="../qml/dialogs/ReCaptchaDialog.qml" line="+40"/>
        <source>Solve the reCAPTCHA and press the confirm button</source>
        <translation>Resuelve el reCAPTCHA y pulsa el botón confirmar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open reCAPTCHA</source>
        <translation>Abrir reCAPTCHA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
</context>
<context>
    <name>ReadReceipts</name>
    <message>
        <location filename="../qml/dialogs/ReadReceipts.qml" line="+39"/>
        <source>Read receipts</source>
        <translation>Leer recibos</translation>
    </message>
</context>
<context>
    <name>ReadReceiptsModel</name>
    <message>
        <location filename="../../src/ReadReceiptsModel.cpp" line="+111"/>
        <source>Yesterday, %1</source>
        <translation>Ayer, %1</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../src/RegisterPage.cpp" line="+83"/>
        <source>Autodiscovery failed. Received malformed response.</source>
        <translation>Error en la detección automática. Se ha recibido una respuesta malformada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Autodiscovery failed. Unknown error when requesting .well-known.</source>
        <translation>Error en la detección automática. Error desconocido al solicitar .well-known.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The required endpoints were not found. Possibly not a Matrix server.</source>
        <translation>No se han encontrado los puntos finales requeridos. Posiblemente no sea un servidor Matrix.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Received malformed response. Make sure the homeserver domain is valid.</source>
        <translation>Recibió respuesta malformada. Asegúrese de que el dominio del homeserver es válido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An unknown error occured. Make sure the homeserver domain is valid.</source>
        <translation>Se ha producido un error desconocido. Asegúrese de que el dominio del homeserver es válido.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The selected server does not support a version of the Matrix protocol that this client understands (%1 to %2). You can&apos;t register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Server does not support querying registration flows!</source>
        <translation>¡El servidor no admite la consulta de flujos de registro!</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server does not support registration.</source>
        <translation>El servidor no soporta el registro.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Invalid username.</source>
        <translation>Nombre de usuario no válido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name already in use.</source>
        <translation>Nombre ya en uso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of the reserved namespace.</source>
        <translation>Forma parte del espacio de nombres reservado.</translation>
    </message>
    <message>
        <location filename="../qml/pages/RegisterPage.qml" line="+58"/>
        <source>Homeserver</source>
        <translation>Homeserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your.server</source>
        <translation>su.servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A server that allows registration. Since matrix is decentralized, you need to first find a server you can register on or host your own.</source>
        <translation>Un servidor que permita el registro. Como matrix está descentralizada, primero tienes que encontrar un servidor en el que puedas registrarte o alojar el tuyo propio.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The username must not be empty, and must contain only the characters a-z, 0-9, ., _, =, -, and /.</source>
        <translation>El nombre de usuario no debe estar vacio, y sólo debe contener los carácteres a-z, 0-9, ., _, =, -, y /.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+102"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose a secure password. The exact requirements for password strength may depend on your server.</source>
        <translation>Elija una contraseña segura. Los requisitos exactos de seguridad de la contraseña pueden depender de su servidor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password confirmation</source>
        <translation>Confirmar contraseña</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your passwords do not match!</source>
        <translation>¡Sus contraseñas no coinciden!</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Device name</source>
        <translation>Nombre del dispositivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name for this device which will be shown to others when verifying your devices. If nothing is provided a default is used.</source>
        <translation>Un nombre para este dispositivo que se mostrará a los demás cuando verifiquen sus dispositivos. Si no se indica nada, se utilizará un nombre predeterminado.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>REGISTER</source>
        <translation>REGISTRARSE</translation>
    </message>
</context>
<context>
    <name>ReplyPopup</name>
    <message>
        <location filename="../qml/ReplyPopup.qml" line="+41"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel Edit</source>
        <translation>Cancelar edición</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel Thread</source>
        <translation>Cancelar hilo</translation>
    </message>
</context>
<context>
    <name>ReportMessage</name>
    <message>
        <location filename="../qml/dialogs/ReportMessage.qml" line="+15"/>
        <source>Report message</source>
        <translation>Reportar el mensaje</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This message you are reporting will be sent to your server administrator for review. Please note that not all server administrators review reported content. You should also ask a room moderator to remove the content if necessary.</source>
        <translation>Este mensaje será enviado al administrador del servidor para su revisión. Tenga en cuenta que no todos los administradores de servidores revisan los contenidos denunciados. También puede pedir a un moderador de sala que elimine el contenido si es necesario.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter your reason for reporting:</source>
        <translation>Escriba el motivo del reporte:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How bad is the message?</source>
        <translation>¿Cómo de malo es el mensaje?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not bad</source>
        <translation>Nada mal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mild</source>
        <translation>Suave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad</source>
        <translation>Mal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serious</source>
        <translation>Grave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extremely serious</source>
        <translation>Muy grave</translation>
    </message>
</context>
<context>
    <name>RoomDirectory</name>
    <message>
        <location filename="../qml/dialogs/RoomDirectory.qml" line="+24"/>
        <source>Explore Public Rooms</source>
        <translation>Explorar salas públicas</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Search for public rooms</source>
        <translation>Buscar salas públicas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose custom homeserver</source>
        <translation>Elegir un homeserver personalizado</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>RoomInfo</name>
    <message>
        <location filename="../../src/Cache.cpp" line="+2078"/>
        <source>no version stored</source>
        <translation>ninguna version guardada</translation>
    </message>
</context>
<context>
    <name>RoomList</name>
    <message>
        <location filename="../qml/RoomList.qml" line="+49"/>
        <source>Start a new chat</source>
        <translation>Comenzar un nuevo chat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Join a room</source>
        <translation>Unirse a una sala</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create a new room</source>
        <translation>Crear una nueva sala</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start a direct chat</source>
        <translation>Iniciar un chat directo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create a new community</source>
        <translation>Crear una nueva comunidad</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Room directory</source>
        <translation>Directorio de salas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Search rooms (Ctrl+K)</source>
        <translation>Buscar salas (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>User settings</source>
        <translation>Ajustes de usuario</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Logout</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter your status message:</source>
        <translation>Escriba su mensaje de estado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status Message</source>
        <translation>Mensaje de estado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Profile settings</source>
        <translation>Ajustes de perfil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set status message</source>
        <translation>Establecer mensaje de estado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Automatic online status</source>
        <translation>Estado en línea automático</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unavailable</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offline</source>
        <translation>Fuera de línea</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Encryption not set up</source>
        <extracomment>Cross-signing setup has not run yet.</extracomment>
        <translation>El cifrado no está configurado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unverified login</source>
        <extracomment>The user just signed in with this device and hasn&apos;t verified their master key.</extracomment>
        <translation>Inicio de sesión sin verificar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please verify your other devices</source>
        <extracomment>There are unverified devices signed in to this account.</extracomment>
        <translation>Por favor verifica el resto de tus dispositivos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+379"/>
        <source>Enter the tag you want to use:</source>
        <translation>Introduzca la etiqueta que desee utilizar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New tag</source>
        <translation>Nueva etiqueta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open separately</source>
        <translation>Abrir por separado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mark as read</source>
        <translation>Marcar como leído</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Room settings</source>
        <translation>Ajustes de la sala</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave room</source>
        <translation>Salir de la sala</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy room link</source>
        <translation>Copiar el enlace de la sala</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tag room as:</source>
        <translation>Etiquetar sala como:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Favourite</source>
        <translation>Favorito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low priority</source>
        <translation>Prioridad baja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server notice</source>
        <translation>Aviso del servidor</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Create new tag...</source>
        <translation>Crear nueva etiqueta...</translation>
    </message>
</context>
<context>
    <name>RoomMembers</name>
    <message>
        <location filename="../qml/dialogs/RoomMembers.qml" line="+20"/>
        <source>Members of %1</source>
        <translation>Miembros de: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n people in %1</source>
        <comment>Summary above list of members</comment>
        <translation>
            <numerusform>%n persona en %1</numerusform>
            <numerusform>%n personas en %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invite more people</source>
        <translation>Invitar a más personas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search...</source>
        <translation>Buscar...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sort by: </source>
        <translation>Ordenar por: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User ID</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation>Mostrar nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power level</source>
        <translation>Power level</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>This room is not encrypted!</source>
        <translation>¡Esta sala no está cifrada!</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This user is verified.</source>
        <translation>Este usuario está verificado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This user isn&apos;t verified, but is still using the same master key from the first time you met.</source>
        <translation>Este usuario no está verificado, pero está usando la misma clave maestra desde la primera vez que se conocieron.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This user has unverified devices!</source>
        <translation>¡Este usuario tiene dispositivos no verificados!</translation>
    </message>
</context>
<context>
    <name>RoomSettings</name>
    <message>
        <location filename="../../src/ui/RoomSettings.cpp" line="+244"/>
        <source>Failed to enable encryption: %1</source>
        <translation>Error al activar el cifrado: %1</translation>
    </message>
    <message>
        <location line="+404"/>
        <source>Select an avatar</source>
        <translation>Selecciona un avatar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All Files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The selected file is not an image</source>
        <translation>El archivo seleccionado no es una imagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error while reading file: %1</source>
        <translation>Error al leer el archivo: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+19"/>
        <source>Failed to upload image: %s</source>
        <translation>Error al subir la imagen: %s</translation>
    </message>
</context>
<context>
    <name>RoomSettingsDialog</name>
    <message>
        <location filename="../qml/dialogs/RoomSettingsDialog.qml" line="+27"/>
        <source>Room Settings</source>
        <translation>Ajustes de la sala</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Change room avatar.</source>
        <translation>Cambiar el avatar de la sala.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Change name of this room</source>
        <translation>Cambiar nombre de esta sala</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Since room state can&apos;t be encrypted, make sure no confidential information is stored in the room name!</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>View members of %1</source>
        <translation>Ver los miembros de %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No topic set</source>
        <translation>No se ha establecido ningún tema</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Change topic of this room</source>
        <translation>Cambiar el tema de la sala</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Since room state can&apos;t be encrypted, make sure no confidential information is stored in the room topic!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>NOTIFICATIONS</source>
        <translation>NOTIFICACIONES</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Muted</source>
        <translation>Silenciado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mentions only</source>
        <translation>Sólo menciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All messages</source>
        <translation>Todos los mensajes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ENTRY PERMISSIONS</source>
        <translation>PERMISOS DE ENTRADA</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Anyone can join</source>
        <translation>Cualquiera puede unirse</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Allow knocking</source>
        <translation>Permitir hacer toc</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Allow joining via other rooms</source>
        <translation>Permitir el acceso a través de otras salas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rooms to join via</source>
        <translation>Salas para unirse a través de</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+242"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>Change the list of rooms users can join this room via. Usually this is the official community of this room.</source>
        <translation>Cambia la lista de salas a través de las cuales los usuarios pueden unirse a esta sala. Normalmente se trata de la comunidad oficial de esta sala.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Allow guests to join</source>
        <translation>Permitir a los invitados unirse</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Apply access rules</source>
        <translation>Aplicar reglas de acceso</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MESSAGE VISIBILITY</source>
        <translation>VISIBILIDAD DEL MENSAJE</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Allow viewing history without joining</source>
        <translation>Permitir ver el historial sin unirse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is useful to see previews of the room or view it on public websites.</source>
        <translation>Esto es útil para ver vistas previas de la sala o visualizarla en sitios web públicos.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Members can see messages since</source>
        <translation>Los miembros pueden ver los mensajes desde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How much of the history is visible to joined members. Changing this won&apos;t affect the visibility of already sent messages. It only applies to new messages.</source>
        <translation>Cuánto del historial es visible para los miembros unidos. Cambiar esto no afectará a la visibilidad de los mensajes ya enviados. Sólo se aplica a los mensajes nuevos.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As long as the user joined, they can see all previous messages.</source>
        <translation>Mientras el usuario esté registrado, podrá ver todos los mensajes anteriores.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>They got invited</source>
        <translation>Fueron invitados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members can only see messages from when they got invited going forward.</source>
        <translation>Los miembros sólo pueden ver los mensajes desde que fueron invitados en adelante.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>They joined</source>
        <translation>Se unieron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members can only see messages since after they joined.</source>
        <translation>Los miembros sólo pueden ver los mensajes desde que se unieron.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Apply visibility changes</source>
        <translation>Aplicar los cambios de visibilidad</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Locally hidden events</source>
        <translation>Eventos ocultos localmente</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+18"/>
        <location line="+60"/>
        <location line="+12"/>
        <source>Configure</source>
        <translation>Configurar</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Select events to hide in this room</source>
        <translation>Seleccionar eventos para ocultar en esta sala</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Automatic event deletion</source>
        <translation>Eliminación automática de eventos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select if your events get automatically deleted in this room.</source>
        <translation>Seleccione si sus eventos se borran automáticamente en esta sala.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GENERAL SETTINGS</source>
        <translation>AJUSTES GENERALES</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>End-to-End Encryption</source>
        <translation>Cifrado de extremo a extremo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption is currently experimental and things might break unexpectedly. &lt;br&gt;
                                Please take note that it can&apos;t be disabled afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Permission</source>
        <translation>Permiso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>View and change the permissions in this room</source>
        <translation>Ver y cambiar los permisos en esta sala</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>View and change the addresses/aliases of this room</source>
        <translation>Ver y cambiar las direcciones/alias de esta sala</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sticker &amp; Emote Settings</source>
        <translation>Ajustes de pegatinas y emotes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change what packs are enabled, remove packs, or create new ones</source>
        <translation>Cambie los packs activados, elimine packs o cree otros nuevos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>INFO</source>
        <translation>INFORMACION</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Internal ID</source>
        <translation>ID Interno</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied to clipboard</source>
        <translation>Copiado al portapapeles</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Room Version</source>
        <translation>Versión de la sala</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>show less</source>
        <translation>mostrar menos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>show more</source>
        <translation>mostrar más</translation>
    </message>
</context>
<context>
    <name>RoomlistModel</name>
    <message>
        <location filename="../../src/timeline/RoomlistModel.cpp" line="+159"/>
        <source>Pending invite.</source>
        <translation>Invitación pendiente.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Previewing this room</source>
        <translation>Vista previa de esta sala</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No preview available</source>
        <translation>No hay vista previa disponible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This room is possibly inaccessible</source>
        <translation>Esta sala es posiblemente inaccesible</translation>
    </message>
</context>
<context>
    <name>Root</name>
    <message>
        <location filename="../qml/Root.qml" line="+308"/>
        <source>Please enter your login password to continue:</source>
        <translation>Por favor, introduzca su contraseña para continuar:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Please enter a valid email address to continue:</source>
        <translation>Por favor, introduzca un correo electrónico válido para continuar:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Please enter a valid phone number to continue:</source>
        <translation>Por favor, introduzca un número de teléfono válido para continuar:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Please enter the token which has been sent to you:</source>
        <translation>Introduzca el código que se le ha enviado:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wait for the confirmation link to arrive, then continue.</source>
        <translation>Espera a que el enlace de confirmación llegue para continuar.</translation>
    </message>
</context>
<context>
    <name>ScreenShare</name>
    <message>
        <location filename="../qml/voip/ScreenShare.qml" line="+30"/>
        <source>Share desktop with %1?</source>
        <translation>¿Compartir pantalla con %1?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Method:</source>
        <translation>Método:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Window:</source>
        <translation>Ventana:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Request screencast</source>
        <translation>Solicitar screencast</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Frame rate:</source>
        <translation>Tasa de fotogramas:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Include your camera picture-in-picture</source>
        <translation>Incluir tu cámara picture-in-picture</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Request remote camera</source>
        <translation>Solicitar cámara remota</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>View your callee&apos;s camera like a regular video call</source>
        <translation>Ver la cámara de la persona que estás llamando como si fuera una videollamada normal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hide mouse cursor</source>
        <translation>Esconder el cursor del mouse</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SecretStorage</name>
    <message>
        <location filename="../../src/Cache.cpp" line="-5120"/>
        <source>Failed to connect to secret storage</source>
        <translation>Error al conectar con el almacenamiento secreto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nheko could not connect to the secure storage to save encryption secrets to. This can have multiple reasons. Check if your D-Bus service is running and you have configured a service like KWallet, Gnome Keyring, KeePassXC or the equivalent for your platform. If you are having trouble, feel free to open an issue here: https://github.com/Nheko-Reborn/nheko/issues</source>
        <translation>Nheko no pudo conectarse al almacenamiento secreto para guardar los secretos cifrados. Esto puede tener múltiples razones. Verifica si D-Bus está funcionando y has configurado un servicio como KWallet, Gnome-Keyring, KeepassXC o el equivalente para tu plataforma. Si estás teniendo problemas, puedes abrir un problema aquí: https://github.com/Nheko-Reborn/nheko/issues</translation>
    </message>
</context>
<context>
    <name>SelfVerificationCheck</name>
    <message>
        <location filename="../qml/SelfVerificationCheck.qml" line="+50"/>
        <source>This is your recovery key. You will need it to restore access to your encrypted messages and verification keys. Keep this safe. Don&apos;t share it with anyone and don&apos;t lose it! Do not pass go! Do not collect $200!</source>
        <translation>Esta es tu clave de seguridad. La necesitaras para restaurar acceso a tus mensajes cifrados y claves de verificación. Mantenla segura. ¡No la compartas con nadie y no la pierdas! ¡No la dejes ir! ¡No aceptes $200 por ella!</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Encryption setup successfully</source>
        <translation>Cifrado configurado correctamente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Failed to setup encryption: %1</source>
        <translation>Error al configurar el cifrado: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Setup Encryption</source>
        <translation>Configurar cifrado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hello and welcome to Matrix!
It seems like you are new. Before you can securely encrypt your messages, we need to setup a few small things. You can either press accept immediately or adjust a few basic options. We also try to explain a few of the basics. You can skip those parts, but they might prove to be helpful!</source>
        <translation>¡Hola y bienvenido a Matrix!
Parece que eres nuevo. Antes de que puedas cifrar tus mensajes de forma segura, debemos configurar unas cuantas cosas. Puedes presionar aceptar de inmediato o ajustar unas cuantas opciones básicas. También intentamos explicar algunas de las bases. Puedes omitir esas partes pero, ¡podrían ser útiles!</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Activate Encryption</source>
        <translation>Activar cifrado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It seems like you have encryption already configured for this account. To be able to access your encrypted messages and make this device appear as trusted, you can either verify an existing device or (if you have one) enter your recovery passphrase. Please select one of the options below.
If you choose verify, you need to have the other device available. If you choose &quot;enter passphrase&quot;, you will need your recovery key or passphrase. If you click cancel, you can choose to verify yourself at a later point.</source>
        <translation>Parece que ya tienes el cifrado configurado en esta cuenta. Para poder acceder a tus mensajes cifrados y hacer que este dispositivo aparezca como confiable puedes verificar con un dispositivo ya existente o (si tienes una) utilizar tu clave de recuperación. Por favor selecciona una de las opciones abajo.
Si escoges verificar, necesitas tener otro dispositivo disponible. Si escoges &quot;insertar contraseña&quot;, necesitaras tu clave de recuperación o contraseña. Si haces click en cancelar, puedes verificar tu dispositivo en otro momento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>verify</source>
        <translation>verificar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>enter passphrase</source>
        <translation>insertar contraseña</translation>
    </message>
</context>
<context>
    <name>SelfVerificationStatus</name>
    <message>
        <location filename="../../src/encryption/SelfVerificationStatus.cpp" line="+53"/>
        <source>Failed to create keys for cross-signing!</source>
        <translation>¡Error al crear claves para la firma cruzada!</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Failed to create keys for online key backup!</source>
        <translation>¡Error en la creación de claves para la copia de seguridad en línea!</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Failed to create keys for secure server side secret storage!</source>
        <translation>¡Error en la creación de llaves para el almacenamiento secreto!</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Encryption Setup</source>
        <translation>Configuración de cifrado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encryption setup failed: %1</source>
        <translation>Error en la configuración del cifrado: %1</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Identity key changed. This breaks E2EE, so logging out.</source>
        <translation>Clave de identidad cambiada. Esto rompe la E2EE, por lo que se cierra la sesión.</translation>
    </message>
</context>
<context>
    <name>SingleImagePackModel</name>
    <message>
        <location filename="../../src/SingleImagePackModel.cpp" line="+284"/>
        <location line="+15"/>
        <location line="+19"/>
        <source>Failed to update image pack: %1</source>
        <translation>Error al actualizar el pack de imágenes: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Failed to delete old image pack: %1</source>
        <translation>Error al eliminar el antiguo pack de imágenes %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+45"/>
        <source>Failed to open image: %1</source>
        <translation>Error al abrir la imagen: %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+29"/>
        <source>Failed to upload image: %1</source>
        <translation>Error al subir la imagen: %1</translation>
    </message>
</context>
<context>
    <name>SpaceMenu</name>
    <message>
        <location filename="../qml/components/SpaceMenu.qml" line="+16"/>
        <source>Add or remove from community...</source>
        <translation type="unfinished">Añadir o eliminar de la comunidad...</translation>
    </message>
</context>
<context>
    <name>SpaceMenuLevel</name>
    <message>
        <location filename="../qml/components/SpaceMenuLevel.qml" line="+28"/>
        <source>Official community for this room</source>
        <translation>Comunidad oficial para esta sala</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Affiliated community for this room</source>
        <translation>Comunidad afiliada para esta sala</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Listed only for community members</source>
        <translation>Sólo para miembros de la comunidad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Listed only for room members</source>
        <translation>Sólo para miembros de la sala</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not related</source>
        <translation>No relacionado</translation>
    </message>
</context>
<context>
    <name>StatusIndicator</name>
    <message>
        <location filename="../qml/StatusIndicator.qml" line="+18"/>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read</source>
        <translation>Leer</translation>
    </message>
</context>
<context>
    <name>StickerPicker</name>
    <message>
        <location filename="../qml/emoji/StickerPicker.qml" line="+69"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Change what packs are enabled, remove packs, or create new ones</source>
        <translation>Cambie los packs activados, elimine packs o cree otros nuevos</translation>
    </message>
</context>
<context>
    <name>Success</name>
    <message>
        <location filename="../qml/device-verification/Success.qml" line="+10"/>
        <source>Successful Verification</source>
        <translation>Verificación Exitosa</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verification successful! Both sides verified their devices!</source>
        <translation>¡Verificación exitosa! ¡Ambas partes han verificado sus dispositivos!</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>TimelineDefaultMessageStyle</name>
    <message>
        <location filename="../qml/TimelineDefaultMessageStyle.qml" line="+167"/>
        <source>Part of a thread</source>
        <translation>Parte de un hilo</translation>
    </message>
</context>
<context>
    <name>TimelineEvent</name>
    <message>
        <location filename="../qml/TimelineEvent.qml" line="+88"/>
        <source>%1 placed a voice call.</source>
        <translation>%1 hizo una llamada de voz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 placed a video call.</source>
        <translation>%1 hizo una videollamada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 placed a call.</source>
        <translation>%1 hizo una llamada.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 answered the call.</source>
        <translation>%1 contestó la llamada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rejected the call.</source>
        <translation>%1 rechazó la llamada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 selected answer.</source>
        <translation>%1 seleccionó la respuesta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ended the call.</source>
        <translation>%1 terminó la llamada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>%1 is negotiating the call...</source>
        <translation>%1 está negociando la llamada...</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Allow them in</source>
        <translation>Permitir que entren</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This room was replaced for the following reason: %1</source>
        <translation>Esta sala ha sido sustituida por el siguiente motivo: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Go to replacement room</source>
        <translation>Ir a la sala de sustitución</translation>
    </message>
</context>
<context>
    <name>TimelineMetadata</name>
    <message>
        <location filename="../qml/TimelineMetadata.qml" line="+40"/>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Part of a thread</source>
        <translation>Parte de un hilo</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../src/timeline/TimelineModel.cpp" line="+1604"/>
        <location line="+17"/>
        <source>Message redaction failed: %1</source>
        <translation>Error en la redacción del mensaje: %1</translation>
    </message>
    <message>
        <location line="+122"/>
        <location line="+5"/>
        <source>Failed to encrypt event, sending aborted!</source>
        <translation>Error al cifrar el evento, ¡abortando el envío!</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>Save image</source>
        <translation>Guardar imagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save video</source>
        <translation>Guardar vídeo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save audio</source>
        <translation>Guarda audio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save file</source>
        <translation>Guardar archivo</translation>
    </message>
    <message numerus="yes">
        <location line="+348"/>
        <source>%1 and %2 are typing.</source>
        <comment>Multiple users are typing. First argument is a comma separated list of potentially multiple users. Second argument is the last user of that list. (If only one user is typing, %1 is empty. You should still use it in your string though to silence Qt warnings.)</comment>
        <translation>
            <numerusform>%1 %2 está escribiendo.</numerusform>
            <numerusform>%1 y %2 están escribiendo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 opened the room to the public.</source>
        <translation>%1 ha abierto la sala al público.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 made this room require an invitation to join.</source>
        <translation>%1 hizo que esta sala requiriera una invitación para entrar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 allowed to join this room by knocking.</source>
        <translation>%1 se le permitió unirse a esta sala haciendo toc a la puerta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 allowed members of the following rooms to automatically join this room: %2</source>
        <translation>%1 permitió a los miembros de las siguientes salas unirse automáticamente a a esta sala: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 made the room open to guests.</source>
        <translation>%1 abrió la sala a los invitados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has closed the room to guest access.</source>
        <translation>%1 ha cerrado la sala al acceso de invitados.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 made the room history world readable. Events may be now read by non-joined people.</source>
        <translation>%1 hizo el historial de la sala legible para cualquiera. Ahora los eventos pueden ser leídos por personas que no se hayan unido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 set the room history visible to members from this point on.</source>
        <translation>%1 hizo el historial futuro visible a los miembros a partir de éste momento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 set the room history visible to members since they were invited.</source>
        <translation>%1 hizo el historial de la sala visible a los miembros desde el momento en el que fueron invitados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 set the room history visible to members since they joined the room.</source>
        <translation>%1 hizo el historial visible a los miembros desde el momento en el que se unieron a la sala.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+245"/>
        <source>%1 has changed the room&apos;s permissions.</source>
        <translation>%1 cambió los permisos de la sala.</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>%1 has changed the room&apos;s kick powerlevel from %2 to %3.</source>
        <translation>%1 ha cambiado el powerlevel de expulsión de la sala de %2 a %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n member(s) can now kick room members.</source>
        <translation>
            <numerusform>%n ahora un miembro puede expulsar a los miembros de la sala.</numerusform>
            <numerusform>%n ahora los miembros pueden expulsar a los miembros de la sala.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 can now kick room members.</source>
        <translation>%1 ahora puede expulsar a los miembros de la sala.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has changed the room&apos;s redact powerlevel from %2 to %3.</source>
        <translation>%1 ha cambiado el powerlevel de la sala de %2 a %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n member(s) can now redact room messages.</source>
        <translation>
            <numerusform>%n ahora puede redactar mensajes de sala.</numerusform>
            <numerusform>%n ahora pueden redactar mensajes de sala.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 can now redact room messages.</source>
        <translation>%1 ya puede redactar mensajes de sala.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has changed the room&apos;s ban powerlevel from %2 to %3.</source>
        <translation>%1 ha cambiado el powerlevel de baneo de la sala de %2 a %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n member(s) can now ban room members.</source>
        <translation>
            <numerusform>%n ahora un miembro puede banear a los miembros de la sala.</numerusform>
            <numerusform>%n ahora los miembros pueden banear a los miembros de la sala.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 can now ban room members.</source>
        <translation>%1 ahora puede banear a los miembros de la sala.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has changed the room&apos;s state_default powerlevel from %2 to %3.</source>
        <translation>%1 ha cambiado el state_default powerlevel de la sala de %2 a %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n member(s) can now send state events.</source>
        <translation>
            <numerusform>%n ahora un miembro puede enviar eventos de estado.</numerusform>
            <numerusform>%n ahora los miembros pueden enviar eventos de estado.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 can now send state events.</source>
        <translation>%1 ya puede enviar eventos de estado.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has changed the room&apos;s invite powerlevel from %2 to %3.</source>
        <translation>%1 ha cambiado el powerlevel de invitación de la sala de %2 a %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has changed the room&apos;s events_default powerlevel from %2 to %3. New users can now not send any events.</source>
        <translation>%1 ha cambiado el events_default powerlevel de la sala de %2 a %3. Ahora los nuevos usuarios no pueden enviar eventos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has changed the room&apos;s events_default powerlevel from %2 to %3. New users can now send events that are not otherwise restricted.</source>
        <translation>%1 ha cambiado el events_default powerlevel de la sala de %2 a %3. Ahora los nuevos usuarios pueden enviar eventos que no estén restringidos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has changed the room&apos;s events_default powerlevel from %2 to %3.</source>
        <translation>%1 ha cambiado el events_default powerlevel de la sala de %2 a %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has made %2 an administrator of this room.</source>
        <translation>%1 ha nombrado a %2 administrador de esta sala.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has made %2 a moderator of this room.</source>
        <translation>%1 ha nombrado a %2 moderador de esta sala.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has downgraded %2 to moderator of this room.</source>
        <translation>%1 ha rebajado %2 a moderador de esta sala.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has changed the powerlevel of %2 from %3 to %4.</source>
        <translation>%1 ha cambiado el powerlevel de %2 de %3 a %4.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 allowed only administrators to send &quot;%2&quot;.</source>
        <translation>%1 sólo permitía a los administradores enviar &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 allowed only moderators to send &quot;%2&quot;.</source>
        <translation>%1 sólo permitía a los moderadores enviar &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 allowed everyone to send &quot;%2&quot;.</source>
        <translation>%1 permitió a todos enviar &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has changed the powerlevel of event type &quot;%2&quot; from the default to %3.</source>
        <translation>%1 ha cambiado el powerlevel del tipo de evento &quot;%2&quot; del predeterminado a %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has changed the powerlevel of event type &quot;%2&quot; from %3 to %4.</source>
        <translation>%1 ha cambiado el powerlevel del tipo de evento &quot;%2&quot; de %3 a %4.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 removed the following images from the pack %2:&lt;br&gt;%3</source>
        <translation>%1 ha eliminado las siguientes imágenes del pack %2:&lt;br&gt;%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 added the following images to the pack %2:&lt;br&gt;%3</source>
        <translation>%1 ha añadido las siguientes imágenes al pack %2:&lt;br&gt;%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 changed the sticker and emotes in this room.</source>
        <translation>%1 ha cambiado las pegatinas y los emotes de esta sala.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 disabled the rule to ban users matching %2.</source>
        <translation>%1 deshabilitó la regla para banear usuarios que coincidan con %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 added a rule to ban users matching %2 for &apos;%3&apos;.</source>
        <translation>%1 añadió una regla para banear usuarios que coincidan con %2 para &apos;%3&apos;.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 disabled the rule to ban rooms matching %2.</source>
        <translation>%1 desactivó la regla para banear salas que coincidan con %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 added a rule to ban rooms matching %2 for &apos;%3&apos;.</source>
        <translation>%1 añadió una regla para banear salas que coincidan con %2 para &apos;%3&apos;.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 disabled the rule to ban servers matching %2.</source>
        <translation>%1 desactivó la regla para banear servidores que coincidan con %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 added a rule to ban servers matching %2 for &apos;%3&apos;.</source>
        <translation>%1 añadió una regla para banear servidores que coincidan con %2 para &apos;%3&apos;.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Removed by %1</source>
        <translation>Eliminado por %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2) removed this message at %3</source>
        <translation>%1 (%2) eliminó este mensaje a las %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed by %1 because: %2</source>
        <translation>Eliminado por %1 porque: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) removed this message at %3
Reason: %4</source>
        <translation>%1 (%2) eliminó este mensaje a las %3
Motivo: %4</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1 invited %2.</source>
        <translation>%1 invitó a %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has changed their avatar and changed their display name to %2.</source>
        <translation>%1 cambió su avatar y su nombre a %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has changed their display name to %2.</source>
        <translation>%1 cambió su nombre a %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changed their avatar.</source>
        <translation>%1 cambió su avatar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changed some profile info.</source>
        <translation>%1 cambió información en su perfil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 joined.</source>
        <translation>%1 se unió.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 joined via authorisation from %2&apos;s server.</source>
        <translation>%1 se unió a través de la autorización del servidor de %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%2 kicked %1.</source>
        <translation>%2 expulso a %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 rejected their invite.</source>
        <translation>%1 rechazó la invitación.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 left the room.</source>
        <translation>%1 abandonó la sala.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1 redacted their knock.</source>
        <translation>%1 redactó su toc.</translation>
    </message>
    <message>
        <location line="-2312"/>
        <source>%1 changed which servers are allowed in this room.</source>
        <translation>%1 changed which servers are allowed in this room.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 removed the room name.</source>
        <translation>%1 eliminó el nombre de la sala.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 changed the room name to: %2</source>
        <translation>%1 cambió el nombre de la habitación a: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 removed the topic.</source>
        <translation>%1 eliminó el tema.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 changed the topic to: %2</source>
        <translation>%1 cambió el tema a: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 changed the room avatar to: %2</source>
        <translation>%1 cambió el avatar de la habitación a: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 removed the room avatar.</source>
        <translation>%1 eliminó el avatar de la sala.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 changed the pinned messages.</source>
        <translation>%1 cambió los mensajes fijados.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 changed the addresses for this room.</source>
        <translation>%1 cambió las direcciones para esta sala.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 changed the parent communities for this room.</source>
        <translation>%1 cambió las comunidades parentales para esta sala.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 created and configured room: %2</source>
        <translation>%1 creó y configuró la sala: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 changed unknown state event %2.</source>
        <translation>%1 cambió evento de estado desconocido %2.</translation>
    </message>
    <message>
        <location line="+555"/>
        <source>You joined this room.</source>
        <translation>Te has unido a esta sala.</translation>
    </message>
    <message numerus="yes">
        <location line="+115"/>
        <source>%n hour(s) later</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1575"/>
        <source>%2 revoked the invite to %1.</source>
        <translation>%2 revocó la invitación a %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%2 unbanned %1.</source>
        <translation>%2 desbaneado %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%2 rejected the knock from %1.</source>
        <translation>%2 rechazó el toc de %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 left after having already left!</source>
        <comment>This is a leave event after the user already left and shouldn&apos;t happen apart from state resets</comment>
        <translation>¡%1 se fue después de ya haberse ido!</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 banned %2</source>
        <translation>%1 baneado %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 knocked.</source>
        <translation>%1 hizo toc a la puerta.</translation>
    </message>
</context>
<context>
    <name>TimelineSectionHeader</name>
    <message>
        <location filename="../qml/TimelineSectionHeader.qml" line="+139"/>
        <source>%1&apos;s status message</source>
        <translation>mensaje de estado de %1</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../qml/TimelineView.qml" line="+51"/>
        <source>No room open</source>
        <translation>Ninguna sala abierta</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>You are about to notify the whole room</source>
        <translation>Estás a punto de notificar a toda la sala</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You will be mentioning %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The command /%1 is not recognized and will be sent as part of your message</source>
        <translation>El comando /%1 no es reconocido y será enviado como parte de su mensaje</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>/%1 looks like an incomplete command. To send it anyway, add a space to the end of your message.</source>
        <translation>/%1 parece un comando incompleto. Para enviarlo de todos modos, añade un espacio al final del mensaje.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No preview available</source>
        <translation>No hay vista previa disponible</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>View members of %1</source>
        <translation>Ver miembros de %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This room is possibly inaccessible. If this room is private, you should remove it from this community.</source>
        <translation>Esta habitación es posiblemente inaccesible. Si esta sala es privada, debes eliminarla de esta comunidad.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>join the conversation</source>
        <translation>unirse a la conversación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>accept invite</source>
        <translation>aceptar invitación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>decline invite</source>
        <translation>rechazar invitación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>decline invite and ignore user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>leave</source>
        <translation>irse</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Invited by %1 (%2)</source>
        <translation>Invitado por %1 (%2)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Hide invite reason</source>
        <translation>Ocultar el motivo de la invitación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show invite reason</source>
        <translation>Mostrar el motivo de la invitación</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Back to room list</source>
        <translation>Volver a la lista de salas</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/TopBar.qml" line="+20"/>
        <source>No room selected</source>
        <translation>Ninguna sala seleccionada</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>In %1</source>
        <translation>En %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back to room list</source>
        <translation>Volver a la lista de salas</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Show only notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show or hide pinned messages</source>
        <translation>Mostrar u ocultar mensajes fijados</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Show room members.</source>
        <translation>Mostrar miembros de la sala.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This room contains only verified devices.</source>
        <translation>Esta sala sólo contiene dispositivos verificados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This room contains verified devices and devices which have never changed their master key.</source>
        <translation>Esta sala contiene dispositivos verificados y dispositivos que nunca han cambiado su clave maestra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This room contains unverified devices!</source>
        <translation>¡Esta sala contiene dispositivos sin verificar!</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Search this room</source>
        <translation>Buscar en esta sala</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Room options</source>
        <translation>Ajustes de la sala</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Invite users</source>
        <translation>Invitar usuarios</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave room</source>
        <translation>Salir de la sala</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Unpin</source>
        <translation>Desfijar</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Enter search query</source>
        <translation>Introducir consulta de búsqueda</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../src/TrayIcon.cpp" line="+110"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>
%n unread message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UIA</name>
    <message>
        <location filename="../../src/ui/UIA.cpp" line="+58"/>
        <source>No available registration flows!</source>
        <translation>¡No hay flujos de registro disponibles!</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+22"/>
        <location line="+13"/>
        <source>Registration aborted</source>
        <translation>Registro abortado</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Please enter a valid registration token.</source>
        <translation>Por favor, introduzca un token de registro válido.</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Invalid token</source>
        <translation>Token inválido</translation>
    </message>
</context>
<context>
    <name>UploadBox</name>
    <message numerus="yes">
        <location filename="../qml/UploadBox.qml" line="+90"/>
        <source>Upload %n file(s)</source>
        <translation>
            <numerusform>Subir archivo %n</numerusform>
            <numerusform>Subir archivos %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserProfile</name>
    <message>
        <location filename="../../src/ui/UserProfile.cpp" line="+218"/>
        <source>Sign out device %1</source>
        <translation>Cerrar sesión en el dispositivo %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You signed out this device.</source>
        <translation>Cerraste sesión en este dispositivo.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Failed to ignore &quot;%1&quot;: %2</source>
        <translation>Error al ignorar &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>Select an avatar</source>
        <translation>Selecciona un avatar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All Files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The selected file is not an image</source>
        <translation>El archivo seleccionado no es una imagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error while reading file: %1</source>
        <translation>Error al leer el archivo: %1</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UserProfile.qml" line="+25"/>
        <source>Global User Profile</source>
        <translation>Perfil de Usuario Global</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Room User Profile</source>
        <translation>Perfil de Usuario en esta Sala</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Change avatar globally.</source>
        <translation>Cambiar el avatar globalmente.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change avatar. Will only apply to this room.</source>
        <translation>Cambiar el avatar. Sólo aplicara a esta sala.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Change display name globally.</source>
        <translation>Cambiar el nombre de usuario globalmente.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change display name. Will only apply to this room.</source>
        <translation>Cambiar el nombre de usuario. Sólo aplicara a esta sala.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&lt;i&gt;&lt;b&gt;Status:&lt;/b&gt; %1&lt;/i&gt;</source>
        <translation>&lt;i&gt;&lt;b&gt;Estado:&lt;/b&gt; %1&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Room: %1</source>
        <translation>Sala: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a room-specific profile. The user&apos;s name and avatar may be different from their global versions.</source>
        <translation>Este es un perfil específico para esta sala. El nombre de usuario y avatar pueden ser diferentes de sus versiones globales.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open the global profile for this user.</source>
        <translation>Abrir el perfil global para este usuario.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+247"/>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Start a private chat.</source>
        <translation>Empezar un chat privado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kick the user.</source>
        <translation>Expulsar al usuario.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ban the user.</source>
        <translation>Banear al usuario.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unignore the user.</source>
        <translation>No ignorar al usuario.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ignore the user.</source>
        <translation>Ignora al usuario.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refresh device list.</source>
        <translation>Refrescar lista de dispositivos.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shared Rooms</source>
        <translation>Salas compartidas</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Sign out this device.</source>
        <translation>Cerrar sesión en este dispositivo.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Change device name.</source>
        <translation>Cambiar el nombre del dispositivo.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Last seen %1 from %2</source>
        <translation>Última vez visto %1 a las %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unverify</source>
        <translation>Sin verificar</translation>
    </message>
</context>
<context>
    <name>UserSettings</name>
    <message>
        <location filename="../../src/UserSettingsPage.h" line="+288"/>
        <source>Default</source>
        <translation>Por defecto</translation>
    </message>
</context>
<context>
    <name>UserSettingsModel</name>
    <message>
        <location filename="../../src/UserSettingsPage.cpp" line="+1048"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scale factor</source>
        <translation>Factor de escala</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highlight message on hover</source>
        <translation>Destacar los mensajes al pasar el mouse por encima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Large Emoji in timeline</source>
        <translation>Activar emojis grandes en el chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimize to tray</source>
        <translation>Minimizar la ventana a un icono en la barra de tareas cuando esta se cierre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start in tray</source>
        <translation>Abrir automáticamente después de iniciar sesión en el sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Communities sidebar</source>
        <translation>Barra lateral de Comunidades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scrollbars in room list</source>
        <translation>Barras de desplazamiento en la lista de salas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send messages as Markdown</source>
        <translation>Enviar mensajes en formato Markdown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send messages with a shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable message bubbles</source>
        <translation>Activar las burbujas en los mensajes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable small Avatars</source>
        <translation>Activar avatares pequeños</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play animated images only on hover</source>
        <translation>Regroducir automáticamente los GIFs sólo al pasar el mouse por encima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show images automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typing notifications</source>
        <translation>Indicador de escritura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort rooms by unreads</source>
        <translation>Organizar salas por mensajes no leidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort rooms alphabetically</source>
        <translation>Ordenar las salas alfabéticamente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show buttons in timeline</source>
        <translation>Mostrar botones en la línea de tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit width of timeline</source>
        <translation>Limitar la anchura de la línea de tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read receipts</source>
        <translation>Vistos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hidden events</source>
        <translation>Eventos ocultos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignored users</source>
        <translation>Usuarios ignorados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desktop notifications</source>
        <translation>Notificaciones de escritorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert on notification</source>
        <translation>Alertar cuando haya una notificación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Circular Avatars</source>
        <translation>Avatares circulares</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use identicons</source>
        <translation>Usar identicons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open images with external program</source>
        <translation>Abrir imágenes con un programa externo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open videos with external program</source>
        <translation>Abrir vídeos con un programa externo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decrypt messages in sidebar</source>
        <translation>Descifrar mensajes en la barra lateral</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decrypt notifications</source>
        <translation>Descifrar notificaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show message counts for communities and tags</source>
        <translation>Mostrar recuentos de mensajes para comunidades y etiquetas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display fancy effects such as confetti</source>
        <translation>Mostrar efectos como confeti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reduce or disable animations</source>
        <translation>Reducir o desactivar animaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Privacy Screen</source>
        <translation>Pantalla de privacidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Privacy screen timeout (in seconds [0 - 3600])</source>
        <translation>Tiempo de espera de la pantalla de privacidad (en segundos [0 - 3600])</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Touchscreen mode</source>
        <translation>Modo de pantalla táctil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable swipe motions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Font size</source>
        <translation>Tamaño de la fuente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Font Family</source>
        <translation>Nombre de la fuente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emoji Font Family</source>
        <translation>Nombre de fuente para Emojis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ringtone</source>
        <translation>Tono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Camera resolution</source>
        <translation>Resolución de la cámara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Camera frame rate</source>
        <translation>Tasa de fotogramas de la cámara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow fallback call assist server</source>
        <translation>Permitir el servidor de respaldo de asistencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send encrypted messages to verified users only</source>
        <translation>Enviar mensajes cifrados sólo a usuarios verificados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share keys with verified users and devices</source>
        <translation>Compartir claves con usuarios y dispositivos verificados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online Key Backup</source>
        <translation>Copia de seguridad de claves en línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User ID</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accesstoken</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device ID</source>
        <translation>ID de dispositivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device Fingerprint</source>
        <translation>Huella de dispositivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Homeserver</source>
        <translation>Homeserver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GENERAL</source>
        <translation>GENERAL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACCESSIBILITY</source>
        <translation>ACCESIBILIDAD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TIMELINE</source>
        <translation>LÍNEA DE TIEMPO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIDEBAR</source>
        <translation>BARRA LATERAL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TRAY</source>
        <translation>BANDEJA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GLOBAL MESSAGE VISIBILITY</source>
        <translation>VISIBILIDAD GLOBAL DE LOS MENSAJES</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOTIFICATIONS</source>
        <translation>NOTIFICACIONES</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CALLS</source>
        <translation>LLAMADAS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ENCRYPTION</source>
        <translation>CIFRADO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>INFO</source>
        <translation>INFORMACION</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session Keys</source>
        <translation>Claves de sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross Signing Secrets</source>
        <translation>Secretos de la firma cruzada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online backup key</source>
        <translation>Clave de copia de seguridad en línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self signing key</source>
        <translation>Clave para autofirmar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User signing key</source>
        <translation>Clave de usuario para firmas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Master signing key</source>
        <translation>Clave privada maestra para firmar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expose room information via D-Bus</source>
        <translation>Exponer la información de las salas mediante D-Bus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Periodically update community routing information</source>
        <translation>Actualizar periódicamente la información de enrutamiento comunitaria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Periodically delete expired events</source>
        <translation>Eliminar periódicamente los eventos caducados</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Default</source>
        <translation>Por defecto</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Set the notification sound to play when a call invite arrives</source>
        <translation>Escoge el sonido de notificación para las invitaciones de llamadas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set the max width of messages in the timeline (in pixels). This can help readability on wide screen when Nheko is maximized</source>
        <translation>Establece la anchura máxima de los mensajes en la línea de tiempo (en píxeles). Esto puede ayudar a la legibilidad en pantalla ancha cuando Nheko está maximizado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set timeout (in seconds) for how long after window loses
focus before the screen will be blurred.
Set to 0 to blur immediately after focus loss. Max value of 1 hour (3600 seconds)</source>
        <translation>Establecer el tiempo de espera (en segundos) para el tiempo después de que la ventana
pierde el enfoque antes de que la pantalla se desenfoque.
Si se ajusta a 0, la pantalla se desenfoca inmediatamente después de la pérdida de enfoque. Valor máximo de 1 hora (3600 segundos)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the background color of messages when you hover over them.</source>
        <translation>Cambiar el color de fondo de los mensajes al pasar el mouse por encima.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make font size larger if messages with only a few emojis are displayed.</source>
        <translation>Hacer el tamaño de la fuente más grande si se muestran mensajes que sólo tienen unos cuantos emojis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the application running in the background after closing the client window.</source>
        <translation>Mantener la aplicación en segundo plano después de cerrar la ventana del cliente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the application in the background without showing the client window.</source>
        <translation>Ejecutar la aplicación en segundo plano sin mostrar la ventana del cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a column containing communities and tags next to the room list.</source>
        <translation>Mostrar una columna con comunidades y etiquetas junto a la lista de salas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows scrollbars in the room list and communities list.</source>
        <translation>Muestra barras de desplazamiento en la lista de salas y comunidades.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow using markdown in messages.
When disabled, all messages are sent as a plain text.</source>
        <translation>Permitir usar markdown en los mensajes.
Cuando está deshabilitado, todos los mensajes son enviados en texto sin formato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select what Enter key combination sends the message. Shift+Enter adds a new line, unless it has been selected, in which case Enter adds a new line instead.

If an emoji picker or a mention picker is open, it is always handled first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Messages get a bubble background. This also triggers some layout changes (WIP).</source>
        <translation>Los mensajes tienen un fondo de burbujas. Esto también provoca algunos cambios de diseño (WIP).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avatars are resized to fit above the message.</source>
        <translation>Los avatares se redimensionan para que quepan encima del mensaje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plays media like GIFs or WEBPs only when explicitly hovering over them.</source>
        <translation>Reproducir archivos como GIFs o WEBPs únicamente cuando pases sobre ellos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If images should be automatically displayed. You can select between always showing images by default, only show them by default in private rooms or always require interaction to show images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show who is typing in a room.
This will also enable or disable sending typing notifications to others.</source>
        <translation>Mostrar quién está escribiendo en una sala.
Esto también activa o desactiva enviar notificaciones cuando estes escribiendo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Display rooms with new messages first.
If this is off, the list of rooms will only be sorted by the preferred sorting order.
If this is on, rooms which have active notifications (the small circle with a number in it) will be sorted on top. Rooms that you have muted will still be sorted by the preferred sorting order, since you don&apos;t seem to consider them as important as the other rooms.</source>
        <translation>Mostrar primero las salas con mensajes nuevos.
Si está desactivada, la lista de salas sólo se ordenará según el orden preferido.
Si está activada, las salas que tengan notificaciones activas (el pequeño círculo con un número dentro) se ordenarán en primer lugar. Las salas que hayas silenciado se seguirán ordenando por el orden preferido, ya que no parece que las consideres tan importantes como las demás.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sort rooms alphabetically.
If this is off, the list of rooms will be sorted by the timestamp of the last message in a room.
If this is on, rooms that come first alphabetically will be sorted earlier than ones that come later.</source>
        <translation>Ordenar las salas alfabéticamente.
Si está desactivada, la lista de salas se ordenará por la fecha y hora del último mensaje en una sala.
Si está activada, las salas que aparezcan primero en orden alfabético se ordenarán antes que las que aparezcan después.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show buttons to quickly reply, react or access additional options next to each message.</source>
        <translation>Mostrar botones para responder rápidamente, reaccionar o acceder opciones adicionales junto a cada mensaje.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show if your message was read.
Status is displayed next to timestamps.
Warning: If your homeserver does not support this, your rooms will never be marked as read!</source>
        <translation>Muestra si su mensaje ha sido leído.
El estado se muestra junto a las marcas de tiempo.
Advertencia: Si su servidor no soporta esta opción, ¡sus salas nunca serán marcadas como leídas!</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Configure whether to show or hide certain events like room joins.</source>
        <translation>Configure si desea mostrar u ocultar determinados eventos, como las uniones de salas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notify about received messages when the client is not currently focused.</source>
        <translation>Notificar mensajes recibidos cuando el cliente no tenga foco.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show an alert when a message is received.
This usually causes the application icon in the task bar to animate in some fashion.</source>
        <translation>Mostrar una alerta cuando un mensaje sea recibido.
Esto usualmente causa que el icono de la aplicación en la barra de tareas sea animado de alguna forma.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the appearance of user avatars in chats.
OFF - square, ON - circle.</source>
        <translation>Cambia la apariencia de los avatares de los usuarios en los chats.
OFF - cuadrado, ON - círculo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Display an identicon instead of a letter when no avatar is set.</source>
        <translation>Mostrar un identicon en lugar de una letra cuando no hay avatar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens images with an external program when tapping the image.
Note that when this option is ON, opened files are left unencrypted on disk and must be manually deleted.</source>
        <translation>Abre las imágenes con un programa externo al pulsar sobre la imagen.
Tenga en cuenta que cuando esta opción está activada, los archivos abiertos quedan sin cifrar en el disco y deben borrarse manualmente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opens videos with an external program when tapping the video.
Note that when this option is ON, opened files are left unencrypted on disk and must be manually deleted.</source>
        <translation>Abre los vídeos con un programa externo al tocar el vídeo.
Tenga en cuenta que cuando esta opción está activada, los archivos abiertos quedan sin cifrar en el disco y deben borrarse manualmente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decrypt the messages shown in the sidebar.
Only affects messages in encrypted chats.</source>
        <translation>Descifra los mensajes mostrados en la barra lateral.
Solo afecta a los mensajes de los chats cifrados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decrypt messages shown in notifications for encrypted chats.</source>
        <translation>Decifrar los mensajes mostrados en las notificaciones de los chats cifrar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to show the total number of notifications contained within a community or tag.</source>
        <translation>Elige dónde mostrar el número total de notificaciones contenidas en una comunidad o etiqueta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some messages can be sent with fancy effects. For example, messages sent with &apos;/confetti&apos; will show confetti on screen.</source>
        <translation>Algunos mensajes pueden enviarse con efectos. Por ejemplo, los mensajes enviados con &apos;/confetti&apos; mostrarán confeti en pantalla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nheko uses animations in several places to make stuff pretty. This allows you to turn those off if they make you feel unwell.</source>
        <translation>Nheko utiliza animaciones en varios lugares para hacer las cosas bonitas. Esto te permite desactivarlas si te sientan mal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the window loses focus, the timeline will
be blurred.</source>
        <translation>Cuando la ventana no este enfocada, la línea de tiempo se volverá borrosa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Will prevent text selection in the timeline to make touch scrolling easier.</source>
        <translation>Evitar seleccionar texto en la línea de tiempo para hacer el desplazamiento táctil más sencillo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Will prevent swipe motions like swiping left/right between Rooms and Timeline, or swiping a message to reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the scale factor of the whole user interface. Requires a restart to take effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Will use turn.matrix.org as assist when your home server does not offer one.</source>
        <translation>Se usará turn.matrix.org como asistencia cuando tu homeserver no lo ofrezca.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requires a user to be verified to send encrypted messages to them. This improves safety but makes E2EE more tedious.</source>
        <translation>Requiere que un usuario sea verificado para enviarle mensajes cifrados. Esto mejora la seguridad, pero hace que E2EE sea más tedioso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatically replies to key requests from other users if they are verified, even if that device shouldn&apos;t have access to those keys otherwise.</source>
        <translation>Responde automáticamente a las solicitudes de claves de otros usuarios si están verificadas, incluso si ese dispositivo no debería tener acceso a esas claves en caso contrario.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Download message encryption keys from and upload to the encrypted online key backup.</source>
        <translation>Descargue las claves de cifrado de los mensajes y cárguelas en la copia de seguridad de claves cifradas en línea.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The key to decrypt online key backups. If it is cached, you can enable online key backup to store encryption keys securely encrypted on the server.</source>
        <translation>La clave para decifrar copias de seguridad en línea. Si está en la cache, puedes activar la copia de seguridad en línea para almacenar tus claves de cifrado de forma segura en el servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key to verify your own devices. If it is cached, verifying one of your devices will mark it verified for all your other devices and for users that have verified you.</source>
        <translation>La clave para verificar tus propios dispositivos. Si está en caché, verificar uno de tus dispositivos lo marcará como verificado para todos tus otros dispositivos y para los usuarios que te hayan verificado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key to verify other users. If it is cached, verifying a user will verify all their devices.</source>
        <translation>La clave para verificar a otros usuarios. Si está en la cache, verificar a un usuario verificará a todos sus dispositivos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your most important key. You don&apos;t need to have it cached, since not caching it makes it less likely it can be stolen and it is only needed to rotate your other signing keys.</source>
        <translation>Tu clave más importante. No necesitar tenerla en la cache, debido a que no tenerla en cache hace menos probable que pueda ser robada y sólo es necesaria para rotar tus otras llaves de firmas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allow third-party plugins and applications to load information about rooms you are in via D-Bus. This can have useful applications, but it also could be used for nefarious purposes. Enable at your own risk.

This setting will take effect upon restart.</source>
        <translation>Permitir que plugins y aplicaciones de terceros carguen información sobre las salas en las que te encuentras a través de D-Bus. Esto puede tener aplicaciones útiles, pero también podría ser utilizado para fines nefastos. Habilítalo bajo tu propia responsabilidad.

Esta configuración tendrá efecto al reiniciar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To allow new users to join a community, the community needs to expose some information about what servers participate in a room to community members. Since the room participants can change over time, this needs to be updated from time to time. This setting enables a background job to do that automatically.</source>
        <translation>Para permitir que nuevos usuarios se unan a una comunidad, ésta necesita exponer cierta información sobre qué servidores participan en una sala a los miembros de la comunidad. Dado que los participantes en una sala pueden cambiar con el tiempo, es necesario actualizar esta información de vez en cuando. Esta opción permite que una tarea en segundo plano lo haga automáticamente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Regularly redact expired events as specified in the event expiration configuration. Since this is currently not executed server side, you need to have one client running this regularly.</source>
        <translation>Redacta regularmente los eventos caducados según lo especificado en la configuración de caducidad de eventos. Dado que actualmente esto no se ejecuta en el lado del servidor, es necesario tener un cliente que ejecute esto regularmente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Manage your ignored users.</source>
        <translation>Gestiona tus usuarios ignorados.</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only in private rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>System font</source>
        <translation>Tipo de letra del sistema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System emoji font</source>
        <translation>Fuente de emoji del sistema</translation>
    </message>
    <message>
        <location line="+338"/>
        <source>Select a file</source>
        <translation>Seleccionar un archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All Files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Open Sessions File</source>
        <translation>Abrir el archivo de sesiones</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+18"/>
        <location line="+8"/>
        <location line="+18"/>
        <location line="+14"/>
        <location line="+11"/>
        <location line="+18"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+26"/>
        <source>File Password</source>
        <translation>Contraseña del archivo</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Enter the passphrase to decrypt the file:</source>
        <translation>Inserta la contraseña para decifrar el archivo:</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+26"/>
        <source>The password cannot be empty</source>
        <translation>La contraseña no puede estar vacía</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Enter passphrase to encrypt your session keys:</source>
        <translation>Inserta la contraseña para cifrar tus claves de sesión:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Repeat File Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passwords don&apos;t match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File to save the exported session keys</source>
        <translation>Archivo para guardar las claves de sesión exportadas</translation>
    </message>
</context>
<context>
    <name>UserSettingsPage</name>
    <message>
        <location filename="../qml/pages/UserSettingsPage.qml" line="+190"/>
        <source>CACHED</source>
        <translation>EN CACHE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT CACHED</source>
        <translation>NO ESTA EN LA CACHE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IMPORT</source>
        <translation>IMPORTAR</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>EXPORT</source>
        <translation>EXPORTAR</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>DOWNLOAD</source>
        <translation>DESCARGAR</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>REQUEST</source>
        <translation>SOLICITAR</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CONFIGURE</source>
        <translation>CONFIGURAR</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>MANAGE</source>
        <translation>GESTIONAR</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
</context>
<context>
    <name>VerificationManager</name>
    <message>
        <location filename="../../src/encryption/VerificationManager.cpp" line="+143"/>
        <source>No encrypted private chat found with this user. Create an encrypted private chat with this user and try again.</source>
        <translation>No se han encontrado chats privados cifrados con este usuario. Crea un chat privado cifrado con este usuario e intenta de nuevo.</translation>
    </message>
</context>
<context>
    <name>Waiting</name>
    <message>
        <location filename="../qml/device-verification/Waiting.qml" line="+12"/>
        <source>Waiting for other party…</source>
        <translation>Esperando por el otro grupo...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waiting for other side to accept the verification request.</source>
        <translation>Esperando a que el otro lado acepte la solicitud de verificación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for other side to continue the verification process.</source>
        <translation>Esperando por el otro lado para continuar el proceso de verificación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for other side to complete the verification process.</source>
        <translation>Esperando por el otro lado para completar el proceso de verificación.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../qml/pages/WelcomePage.qml" line="+30"/>
        <source>Welcome to nheko! The desktop client for the Matrix protocol.</source>
        <translation>¡Bienvenido a nheko! El cliente de escritorio para el protocolo Matrix.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enjoy your stay!</source>
        <translation>¡Disfrute de su estancia!</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>REGISTER</source>
        <translation>REGISTRARSE</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>LOGIN</source>
        <translation>INICIAR SESION</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reduce animations</source>
        <translation>Reducir animaciones</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nheko uses animations in several places to make stuff pretty. This allows you to turn those off if they make you feel unwell.</source>
        <translation>Nheko utiliza animaciones en varios lugares para hacer las cosas bonitas. Esto te permite desactivarlas si te sientan mal.</translation>
    </message>
</context>
<context>
    <name>descriptiveTime</name>
    <message>
        <location filename="../../src/Utils.cpp" line="+384"/>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
</context>
<context>
    <name>emoji-catagory</name>
    <message>
        <location filename="../../src/emoji/Emoji.cpp" line="+13"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nature</source>
        <translation>Naturaleza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Food</source>
        <translation>Comida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Travel</source>
        <translation>Viajes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Symbols</source>
        <translation>Símbolos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flags</source>
        <translation>Banderas</translation>
    </message>
</context>
<context>
    <name>macosNotification</name>
    <message>
        <location filename="../../src/notifications/ManagerMac.cpp" line="-12"/>
        <source>Message contains spoiler.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>message-description sent:</name>
    <message>
        <location filename="../../src/Utils.cpp" line="-308"/>
        <source>You sent an audio clip</source>
        <translation>Enviaste un clip de audio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sent an audio clip</source>
        <translation>%1 envió un clip de audio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You sent an image</source>
        <translation>Enviaste una imagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent an image</source>
        <translation>%1 envió una imagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You sent a file</source>
        <translation>Enviaste un archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent a file</source>
        <translation>%1 envió un archivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You sent a video</source>
        <translation>Enviaste un vídeo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent a video</source>
        <translation>%1 envió un vídeo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You sent a sticker</source>
        <translation>Enviaste una pegatina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent a sticker</source>
        <translation>%1 envió una pegatina</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You sent a notification</source>
        <translation>Enviaste una notificación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sent a notification</source>
        <translation>%1 envió una notificación</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+26"/>
        <source>You sent a spoiler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+26"/>
        <source>%1 sent a spoiler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+26"/>
        <source>You: %1</source>
        <translation>Tú: %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+27"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>You sent a chat effect</source>
        <translation>Has enviado un efecto de chat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sent a chat effect</source>
        <translation>%1 envió un efecto de chat</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>* %1 spoils something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You sent an encrypted message</source>
        <translation>Enviaste un mensaje cifrado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sent an encrypted message</source>
        <translation>%1 envió un mensaje cifrado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You placed a call</source>
        <translation>Hiciste una llamada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 placed a call</source>
        <translation>%1 hizo una llamada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You answered a call</source>
        <translation>Respondiste a la llamada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered a call</source>
        <translation>%1 respondió a la llamada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You ended a call</source>
        <translation>Terminaste la llamada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ended a call</source>
        <translation>%1 terminó la llamada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You rejected a call</source>
        <translation>Has rechazado una llamada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rejected a call</source>
        <translation>%1 rechazó una llamada</translation>
    </message>
</context>
<context>
    <name>utils</name>
    <message>
        <location line="+3"/>
        <source>Unknown Message Type</source>
        <translation>Tipo de mensaje desconocido</translation>
    </message>
</context>
</TS>
