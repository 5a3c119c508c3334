<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ACLEditor</name>
    <message>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Permitir</translation>
    </message>
    <message>
        <source>Allow %1</source>
        <translation>Permitir %1</translation>
    </message>
    <message>
        <source>Deny %1</source>
        <translation>Denegar %1</translation>
    </message>
    <message>
        <source>Mumble - Add channel</source>
        <translation>Mumble - Agregar canal</translation>
    </message>
    <message>
        <source>Default server value</source>
        <translation>Valor por defecto del servidor</translation>
    </message>
    <message>
        <source>Failed: Invalid channel</source>
        <translation>Falló: Canal inválido</translation>
    </message>
    <message>
        <source>Mumble - Edit %1</source>
        <translation>Mumble - Editar %1</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>This grants the %1 privilege. If a privilege is both allowed and denied, it is denied.&lt;br /&gt;%2</source>
        <translation>Concede el privilegio %1. Si un privilegio es permitido y denegado a la vez, entonces es denegado.&lt;br /&gt;%2</translation>
    </message>
    <message>
        <source>Channel must have a name</source>
        <translation>El canal debe tener un nombre</translation>
    </message>
    <message>
        <source>This revokes the %1 privilege. If a privilege is both allowed and denied, it is denied.&lt;br /&gt;%2</source>
        <translation>Revoca el privilegio %1. Si un privilegio es permitido y denegado a la vez, entonces es denegado.&lt;br /&gt;%2</translation>
    </message>
    <message>
        <source>Dialog</source>
        <translation>Diálogo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Enter the channel name here.</source>
        <translation>Introduzca el nombre del canal aquí.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Enter the channel password here.</source>
        <translation>Introduzca la contraseña del canal aquí.</translation>
    </message>
    <message>
        <source>Check to create a temporary channel.</source>
        <translation>Actívelo para crear un canal temporal.</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Temporal</translation>
    </message>
    <message>
        <source>&lt;b&gt;Position&lt;/b&gt;&lt;br/&gt;
This value enables you to change the way Mumble arranges the channels in the tree. A channel with a higher &lt;i&gt;Position&lt;/i&gt; value will always be placed below one with a lower value and the other way around. If the &lt;i&gt;Position&lt;/i&gt; value of two channels is equal they will get sorted alphabetically by their name.</source>
        <oldsource>&lt;b&gt;Position&lt;/b&gt;&lt;br/&gt;
This value enables you to change the way mumble arranges the channels in the tree. A channel with a higher &lt;i&gt;Position&lt;/i&gt; value will always be placed below one with a lower value and the other way around. If the &lt;i&gt;Position&lt;/i&gt; value of two channels is equal they will get sorted alphabetically by their name.</oldsource>
        <translation>&lt;b&gt;Posición&lt;/b&gt;&lt;br/&gt;
Este valor le permite cambiar la forma en que Mumble ordena los canales en el árbol. Un canal con un valor de &lt;i&gt;Posición&lt;/i&gt; mayor será colocado debajo de aquellos con un valor de posición menor y viceversa. Si el valor de &lt;i&gt;Posición&lt;/i&gt; de dos canales es el mismo, se ordenarán alfabéticamente según su nombre.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Grupos</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>List of groups</source>
        <translation>Lista de grupos</translation>
    </message>
    <message>
        <source>Remove selected group</source>
        <translation>Elimina el grupo seleccionado</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Inherit group members from parent</source>
        <translation>Heredar miembros del grupo del padre</translation>
    </message>
    <message>
        <source>Inherit</source>
        <translation>Heredar</translation>
    </message>
    <message>
        <source>Make group inheritable to sub-channels</source>
        <translation>Hace al grupo heredable a los subcanales</translation>
    </message>
    <message>
        <source>Inheritable</source>
        <translation>Heredable</translation>
    </message>
    <message>
        <source>Group was inherited from parent channel</source>
        <translation>El grupo fue heredado del canal padre</translation>
    </message>
    <message>
        <source>Inherited</source>
        <translation>Heredado</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add member to group</source>
        <translation>Agregar miembro al grupo</translation>
    </message>
    <message>
        <source>Remove member from group</source>
        <translation>Eliminar miembro del grupo</translation>
    </message>
    <message>
        <source>&amp;ACL</source>
        <translation>&amp;LCA</translation>
    </message>
    <message>
        <source>Active ACLs</source>
        <translation>LCAs activas</translation>
    </message>
    <message>
        <source>Inherit ACL of parent?</source>
        <translation>¿Heredar LCA del padre?</translation>
    </message>
    <message>
        <source>This sets whether or not the ACL up the chain of parent channels are applied to this object. Only those entries that are marked in the parent as &quot;Apply to sub-channels&quot; will be inherited.</source>
        <translation>Establece si la LCA de la cadena de canales padre se aplican a este objeto o no. Sólo se heredarán aquellas entradas que estén marcadas en el padre con &quot;Aplicar a Subcanales&quot;.</translation>
    </message>
    <message>
        <source>Inherit ACLs</source>
        <translation>Heredar LCAs</translation>
    </message>
    <message>
        <source>Move entry up</source>
        <translation>Mover entrada hacia arriba</translation>
    </message>
    <message>
        <source>This moves the entry up in the list. As entries are evaluated in order, this may change the effective permissions of users. You cannot move an entry above an inherited entry, if you really need that you&apos;ll have to duplicate the inherited entry.</source>
        <translation>Mueve la entrada hacia arriba en la lista. Ya que las entradas se evalúan en orden, esto podría cambiar los permisos efectivos de los usuarios. No puede mover una entrada por encima de una entrada heredada. Si realmente necesita hacer eso, tendrá que duplicar la entrada heredada.</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move entry down</source>
        <translation>Mover entrada hacia abajo</translation>
    </message>
    <message>
        <source>This moves the entry down in the list. As entries are evaluated in order, this may change the effective permissions of users.</source>
        <translation>Mueve la entrada hacia abajo en la lista. Ya que las entradas se evalúan en orden, esto podría cambiar los permisos efectivos de los usuarios.</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Add new entry</source>
        <translation>Agregar nueva entrada</translation>
    </message>
    <message>
        <source>This adds a new entry, initially set with no permissions and applying to all.</source>
        <translation>Agrega una nueva entrada, inicialmente establecida sin permisos y aplicándose a todo.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Eliminar entrada</translation>
    </message>
    <message>
        <source>This removes the currently selected entry.</source>
        <translation>Elimina la entrada actualmente seleccionada.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Entry should apply to this channel.</source>
        <oldsource>Entry should apply to this channel</oldsource>
        <translation>La entrada debería aplicarse a este canal.</translation>
    </message>
    <message>
        <source>This makes the entry apply to this channel.</source>
        <translation>Hace que la entrada se aplique a este canal.</translation>
    </message>
    <message>
        <source>Applies to this channel</source>
        <translation>Se aplica a este canal</translation>
    </message>
    <message>
        <source>Entry should apply to sub-channels.</source>
        <translation>La entrada debería aplicarse a los subcanales.</translation>
    </message>
    <message>
        <source>Add new group</source>
        <translation>Agregar nuevo grupo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Add&lt;/b&gt;&lt;br/&gt;
Add a new group.</source>
        <translation>&lt;b&gt;Agregar&lt;/b&gt;&lt;br/&gt;
Agrega un nuevo grupo.</translation>
    </message>
    <message>
        <source>Inherited members</source>
        <translation>Miembros heredados</translation>
    </message>
    <message>
        <source>Contains the list of members added to the group by this channel.</source>
        <translation>Contiene la lista de miembros agregados al grupo por este canal.</translation>
    </message>
    <message>
        <source>Contains a list of members whose group membership will not be inherited from the parent channel.</source>
        <translation>Contiene una lista con los miembros cuya pertenencia al grupo no será heredada desde el canal padre.</translation>
    </message>
    <message>
        <source>Contains the list of members inherited by other channels.</source>
        <translation>Contiene la lista de miembros heredados por otros canales.</translation>
    </message>
    <message>
        <source>Type in the name of a user you wish to add to the group and click Add.</source>
        <translation>Escriba el nombre de un usuario que desee agregar al grupo y haga clic en Agregar.</translation>
    </message>
    <message>
        <source>Type in the name of a user you wish to remove from the group and click Add.</source>
        <translation>Escriba el nombre de un usuario que desee eliminar del grupo y haga clic en Agregar.</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Excluded members</source>
        <translation>Miembros excluidos</translation>
    </message>
    <message>
        <source>This makes the entry apply to sub-channels of this channel.</source>
        <translation>Hace que la entrada se aplique a los subcanales de este canal.</translation>
    </message>
    <message>
        <source>Applies to sub-channels</source>
        <translation>Se aplica a los subcanales</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>User/Group</source>
        <translation>Usuario/Grupo</translation>
    </message>
    <message>
        <source>Group this entry applies to</source>
        <translation>Grupo al que se aplica esta entrada</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <source>User this entry applies to</source>
        <translation>Usuario al que se aplica esta entrada</translation>
    </message>
    <message>
        <source>This controls which user this entry applies to. Just type in the user name and hit enter to query the server for a match.</source>
        <translation>Controla a qué usuario se le aplica esta entrada. Tan sólo escriba el nombre del usuario y pulse intro para buscar una correspondencia en el servidor.</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Propiedades</translation>
    </message>
    <message>
        <source>&lt;b&gt;Name&lt;/b&gt;&lt;br /&gt;Enter the channel name in this field. The name has to comply with the restriction imposed by the server you are connected to.</source>
        <translation>&lt;b&gt;Nombre&lt;/b&gt;&lt;br /&gt;Introduzca el nombre del canal en este campo. El nombre debe cumplir con las restricciones impuestas por el servidor al que esté conectado.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Temporary&lt;/b&gt;&lt;br /&gt;
When checked the channel created will be marked as temporary. This means when the last player leaves it the channel will be automatically deleted by the server.</source>
        <translation>&lt;b&gt;Temporal&lt;/b&gt;&lt;br /&gt;
Cuando se marca, el canal creado se marcará como temporal. Esto significa que cuando el último jugador lo abandone el canal será borrado automáticamente por el servidor.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Group&lt;/b&gt;&lt;br /&gt;
These are all the groups currently defined for the channel. To create a new group, just type in the name and press enter.</source>
        <translation>&lt;b&gt;Grupo&lt;/b&gt;&lt;br /&gt;
Estos son todos los grupos definidos actualmente por el canal. Para crear un nuevo grupo, simplemente escriba el nombre y presione la tecla Retorno.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Remove&lt;/b&gt;&lt;br /&gt;This removes the currently selected group. If the group was inherited, it will not be removed from the list, but all local information about the group will be cleared.</source>
        <translation>&lt;b&gt;Eliminar&lt;/b&gt;&lt;br /&gt;Elimina el grupo actualmente seleccionado. Si el grupo fue heredado, no se eliminará de la lista, pero toda la información sobre el grupo se borrará.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inherit&lt;/b&gt;&lt;br /&gt;This inherits all the members in the group from the parent, if the group is marked as &lt;i&gt;Inheritable&lt;/i&gt; in the parent channel.</source>
        <translation>&lt;b&gt;Heredar&lt;/b&gt;&lt;br /&gt;Hereda todos los miembros del grupo del padre, si el grupo está marcado como &lt;i&gt;Heredable&lt;/i&gt; en el canal padre.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inheritable&lt;/b&gt;&lt;br /&gt;This makes this group inheritable to sub-channels. If the group is non-inheritable, sub-channels are still free to create a new group with the same name.</source>
        <translation>&lt;b&gt;Heredable&lt;/b&gt;&lt;br /&gt;Hace este grupo heredable a los subcanales. Si el grupo no es heredable, los subcaneles son libres de crear un nuevo grupo con el mismo nombre.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inherited&lt;/b&gt;&lt;br /&gt;This indicates that the group was inherited from the parent channel. You cannot edit this flag, it&apos;s just for information.</source>
        <translation>&lt;b&gt;Heredado&lt;/b&gt;&lt;br /&gt;Indica que el grupo fue heredado del canal padre. No se puede editar este atributo, sólo es informativo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Members&lt;/b&gt;&lt;br /&gt;
This list contains all members that were added to the group by the current channel. Be aware that this does not include members inherited by higher levels of the channel tree. These can be found in the &lt;i&gt;Inherited members&lt;/i&gt; list. To prevent this list to be inherited by lower level channels uncheck &lt;i&gt;Inheritable&lt;/i&gt; or manually add the members to the &lt;i&gt;Excluded members&lt;/i&gt; list.</source>
        <translation>&lt;b&gt;Mienbros&lt;/b&gt;&lt;br /&gt;
Esta lista contiene todos los miembros que fueron agregados al grupo por el canal actual. Sepa que esto no incluye los miembros heredados por niveles superiores del árbol de canales. Estos pueden encontrarse en la lista &lt;i&gt;miembros heredados&lt;/i&gt;. Para impedir que esta lista sea heredada por los canales de nivel inferior desmarque &lt;i&gt;Heredable&lt;/i&gt; o agregue manualmente los miembros a la lista &lt;i&gt;Miembros excluidos&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Excluded members&lt;/b&gt;&lt;br /&gt;
Contains a list of members whose group membership will not be inherited from the parent channel.</source>
        <translation>&lt;b&gt;Miembros excluidos&lt;/b&gt;&lt;br /&gt;
Contiene una lista con los miembros cuya pertenencia al grupo no será heredada desde el canal padre.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inherited members&lt;/b&gt;&lt;br /&gt;
Contains the list of members inherited by the current channel. Uncheck &lt;i&gt;Inherit&lt;/i&gt; to prevent inheritance from higher level channels.</source>
        <translation>&lt;b&gt;Miembros heredados&lt;/b&gt;&lt;br /&gt;
Contiene la lista de miembros heredados por el canal actual. Desmarque &lt;i&gt;Heredar&lt;/i&gt; para impedir la herencia desde canales de nivel superior.</translation>
    </message>
    <message>
        <source>This controls which group of users this entry applies to.&lt;br /&gt;Note that the group is evaluated in the context of the channel the entry is used in. For example, the default ACL on the Root channel gives &lt;i&gt;Write&lt;/i&gt; permission to the &lt;i&gt;admin&lt;/i&gt; group. This entry, if inherited by a channel, will give a user write privileges if he belongs to the &lt;i&gt;admin&lt;/i&gt; group in that channel, even if he doesn&apos;t belong to the &lt;i&gt;admin&lt;/i&gt; group in the channel where the ACL originated.&lt;br /&gt;If a group name starts with &apos;!&apos;, its membership is negated, and if it starts with &apos;~&apos;, it is evaluated in the channel the ACL was defined in, rather than the channel the ACL is active in.&lt;br /&gt;If a group name starts with &apos;#&apos;, it is interpreted as an access token. Users must have entered whatever follows the &apos;#&apos; in their list of access tokens to match. This can be used for very simple password access to channels for non-authenticated users.&lt;br /&gt;If a group name starts with &apos;$&apos;, it will only match users whose certificate hash matches what follows the &apos;$&apos;.&lt;br /&gt;A few special predefined groups are:&lt;br /&gt;&lt;b&gt;all&lt;/b&gt; - Everyone will match.&lt;br /&gt;&lt;b&gt;auth&lt;/b&gt; - All authenticated users will match.&lt;br /&gt;&lt;b&gt;sub,a,b,c&lt;/b&gt; - User currently in a sub-channel minimum &lt;i&gt;a&lt;/i&gt; common parents, and between &lt;i&gt;b&lt;/i&gt; and &lt;i&gt;c&lt;/i&gt; channels down the chain. See the website for more extensive documentation on this one.&lt;br /&gt;&lt;b&gt;in&lt;/b&gt; - Users currently in the channel will match (convenience for &apos;&lt;i&gt;sub,0,0,0&lt;/i&gt;&apos;).&lt;br /&gt;&lt;b&gt;out&lt;/b&gt; - Users outside the channel will match (convenience for &apos;&lt;i&gt;!sub,0,0,0&lt;/i&gt;&apos;).&lt;br /&gt;Note that an entry applies to either a user or a group, not both.</source>
        <translation>Controla a que grupo de usuarios se aplica esta entrada.&lt;br /&gt;Preste atención a que el grupo se evalúa en el contexto del canal en el que se usa la entrada. Por ejemplo, la LCA por defecto en el canal Raíz da el permiso &lt;i&gt;Escritura&lt;/i&gt; al grupo &lt;i&gt;admin&lt;/i&gt;. Esta entrada, si es heredada por un canal, dará al usuario privilegios de escritura si pertenece al grupo &lt;i&gt;admin&lt;/i&gt; en ese canal, incluso si no pertence al grupo &lt;i&gt;admin&lt;/i&gt; en el canal donde la LCA se originó. &lt;br /&gt;Si un nombre de grupo comienza por &apos;!&apos;, se niega su pertenencia, y si comienza por &apos;~&apos;, se evalúa en el canal en el que la LCA se definió, en vez de en el canal en el que la LCA está activa.&lt;br /&gt;Si un nombre de un grupo comienza por &apos;#&apos;, se interpreta como una credencial de acceso. Los usuarios deben haber introducido lo que siga al &apos;#&apos; en su lista de credenciales de acceso para que se consideren como coincidentes. Esto puede usarse como un control de acceso a canales muy simple para usuarios sin autenticar.&lt;br /&gt;Si un nombre de grupo comienza por &apos;$&apos;, sólo se aplicará a los usuarios cuyo certificado tenga un resúmen que coincida con lo que siga al &apos;$&apos;.&lt;br/&gt;Algunos grupos especiales predefinidos son:&lt;br /&gt;&lt;b&gt;all&lt;/b&gt; - Representa a todos los usuarios.&lt;br /&gt;&lt;b&gt;auth&lt;/b&gt; - Representa a todos los usuarios autenticados.&lt;br /&gt;&lt;b&gt;sub,a,b,c&lt;/b&gt; - Representa a un usuario en un subcanal con un mínimo de &lt;i&gt;a&lt;/i&gt; padres comunes, y entre &lt;i&gt;b&lt;/i&gt; y &lt;i&gt;c&lt;/i&gt; canales por debajo en la cadena. Vea nuestro sitio web para una documentación más extensa acerca de este.&lt;br /&gt;&lt;b&gt;in&lt;/b&gt; - Representa a los usuarios actualmente en el canal (abreviatura de &lt;i&gt;sub,0,0,0&lt;/i&gt;).&lt;br /&gt;&lt;b&gt;out&lt;/b&gt; - Representa los usuarios fuera del canal (abreviatura de &lt;i&gt;!sub,0,0,0&lt;/i&gt;).&lt;br /&gt;Fíjese en que una entrada se aplica o a un usuario o a un grupo, no a ambos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Password&lt;/b&gt;&lt;br /&gt;This field allows you to easily set and change the password of a channel. It uses Mumble&apos;s access tokens feature in the background. Use ACLs and groups if you need more fine grained and powerful access control.</source>
        <translation>&lt;b&gt;Contraseña&lt;/b&gt;&lt;br /&gt;Este campo le permite establecer y cambiar fácilmente la contraseña de un canal. Internamente se usa la característica de credenciales de acceso de Mumble. Use LCAs y grupos si necesita un control de acceso más fino y potente.</translation>
    </message>
    <message>
        <source>This shows all the entries active on this channel. Entries inherited from parent channels will be shown in italics.&lt;br /&gt;ACLs are evaluated top to bottom, meaning priority increases as you move down the list.</source>
        <translation>Muestra todas las entradas activas en este canal. Las entradas heredadas de los canales padre se mostrarán en cursiva.&lt;br /&gt;Las LCAs se evalúan de arriba a abajo, lo que significa que la prioridad aumenta al desplazarse hacia abajo en la lista.</translation>
    </message>
    <message>
        <source>ID of the channel.</source>
        <translation>ID del canal.</translation>
    </message>
    <message>
        <source>Maximum Users</source>
        <translation>Número Máximo de Usuarios</translation>
    </message>
    <message>
        <source>Maximum number of users allowed in the channel</source>
        <translation>Número máximo de usuarios permitidos en el canal</translation>
    </message>
    <message>
        <source>&lt;b&gt;Maximum Users&lt;/b&gt;&lt;br /&gt;
This value allows you to set the maximum number of users allowed in the channel. If the value is above zero, only that number of users will be allowed to enter the channel. If the value is zero, the maximum number of users in the channel is given by the server&apos;s default limit.</source>
        <translation>&lt;b&gt;Número Máximo de Usuarios&lt;/b&gt;&lt;br /&gt;
Este valor permite fijar el número máximo de usuarios permitidos en el canal. Si el valor es superior a cero, solo dicho número de usuarios podrán ingresar en el canal. Si el valor es cero, el número máximo de usuarios en el canal está definido por el número de usuarios máximo por defecto del servidor.</translation>
    </message>
    <message>
        <source>This is the sort order for the channel.</source>
        <translation>Este es el orden de clasificación para el canal.</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Channel password</source>
        <translation>Contraseña del canal</translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation>Nombre del canal</translation>
    </message>
    <message>
        <source>Inherited group members</source>
        <translation>Miembros heredados del grupo</translation>
    </message>
    <message>
        <source>Inherited channel members</source>
        <translation>Miembros heredados del canal</translation>
    </message>
    <message>
        <source>List of ACL entries</source>
        <translation>Lista de entradas de ACL</translation>
    </message>
    <message>
        <source>Channel position</source>
        <translation>Posición del canal</translation>
    </message>
    <message>
        <source>Channel maximum users</source>
        <translation>Número máximo de usuarios en el canal</translation>
    </message>
    <message>
        <source>Channel description</source>
        <translation>Descripción de canal</translation>
    </message>
    <message>
        <source>Select member to add</source>
        <translation>Selecciona el miembro a añadir</translation>
    </message>
    <message>
        <source>Excluded group members</source>
        <translation>Miembros del grupo excluidos</translation>
    </message>
    <message>
        <source>Select member to remove</source>
        <translation>Selecciona el miembro que deseas eliminar</translation>
    </message>
    <message>
        <source>List of access control list entries</source>
        <translation>Entradas en la lista de control de acceso</translation>
    </message>
    <message>
        <source>Select group</source>
        <translation>Selecciona el grupo</translation>
    </message>
    <message>
        <source>Selects a group this ACL entry applies to. Selecting a group and selecting a user are mutually exclusive.</source>
        <translation>Selecciona un grupo al que aplica esta ACL. Puedes seleccionar un grupo o un usuario pero no ambos.</translation>
    </message>
    <message>
        <source>Select user</source>
        <translation>Selecciona un usuario</translation>
    </message>
    <message>
        <source>Selects a user this ACL entry applies to. Selecting a group and selecting a user are mutually exclusive.</source>
        <translation>Selecciona un usuario al que aplica esta ACL. Puedes seleccionar un grupo o un usuario pero no ambos.</translation>
    </message>
    <message>
        <source>List of available permissions</source>
        <translation>Lista de permisos disponibles</translation>
    </message>
</context>
<context>
    <name>ALSAAudioInput</name>
    <message>
        <source>Default ALSA Card</source>
        <translation>Tarjeta ALSA por defecto</translation>
    </message>
    <message>
        <source>Opening chosen ALSA Input failed: %1</source>
        <translation>Falló la apertura de la entrada ALSA elegida: %1</translation>
    </message>
</context>
<context>
    <name>ALSAAudioOutput</name>
    <message>
        <source>Default ALSA Card</source>
        <translation>Tarjeta ALSA por defecto</translation>
    </message>
    <message>
        <source>Opening chosen ALSA Output failed: %1</source>
        <translation>Falló la apertura de la salida ALSA elegida: %1</translation>
    </message>
</context>
<context>
    <name>ALSAEnumerator</name>
    <message>
        <source>Getting name (longname) of the sound card failed: %1</source>
        <translation>Error en la obtención del nombre (longname) de la tarjeta de sonido: %1</translation>
    </message>
    <message>
        <source>Getting name of the sound card failed: %1</source>
        <translation>Error en la obtención del nombre de la tarjeta de sonido: %1</translation>
    </message>
</context>
<context>
    <name>ASIOConfig</name>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versión %2)</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 samples buffer, with %3 sample resolution (%4 preferred) at %5 Hz</source>
        <oldsource>%1 -&gt; %2 samples buffer, with %3 sample resolution (%4 preferred) at %5Hz</oldsource>
        <translation>Búfer de %1 -&gt; %2 muestras, con resolución de %3 muestras (se prefieren %4) a %5Hz</translation>
    </message>
    <message>
        <source>ASIO Initialization failed: %1</source>
        <translation>Falló la inicialización de ASIO: %1</translation>
    </message>
    <message>
        <source>Failed to instantiate ASIO driver</source>
        <translation>No se pudo instanciar el controlador ASIO</translation>
    </message>
    <message>
        <source>ASIO</source>
        <translation>ASIO</translation>
    </message>
    <message>
        <source>Device selection</source>
        <translation>Selección del dispositivo</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Device to use for microphone</source>
        <translation>Dispositivo a usar para el micrófono</translation>
    </message>
    <message>
        <source>This chooses what device to query. You still need to actually query the device and select which channels to use.</source>
        <translation>Elige qué dispositivo consultar. Aún debe consultar realmente el dispositivo y seleccionar qué canales usar.</translation>
    </message>
    <message>
        <source>Query selected device</source>
        <translation>Consulta el dispositivo seleccionado</translation>
    </message>
    <message>
        <source>This queries the selected device for channels. Be aware that many ASIO drivers are buggy to the extreme, and querying them might cause a crash of either the application or the system.</source>
        <translation>Consulta el dispositivo seleccionado en busca de canales. Sepa que muchos controladores ASIO son extremadamente defectuosos, y consultarlos podría bloquear la aplicación o el sistema.</translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation>&amp;Consultar</translation>
    </message>
    <message>
        <source>Configure selected device</source>
        <translation>Configura el dispositivo seleccionado</translation>
    </message>
    <message>
        <source>This configures the selected device. Be aware that many ASIO drivers are buggy to the extreme, and querying them might cause a crash of either the application or the system.</source>
        <translation>Configura el dispositivo seleccionado. Sepa que muchos controladores ASIO son extremadamente defectuosos, y consultarlos podría bloquear la aplicación o el sistema.</translation>
    </message>
    <message>
        <source>&amp;Configure</source>
        <translation>&amp;Configurar</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacidades</translation>
    </message>
    <message>
        <source>Driver name</source>
        <translation>Nombre del controlador</translation>
    </message>
    <message>
        <source>Buffer size</source>
        <translation>Tamaño del búfer</translation>
    </message>
    <message>
        <source>This will configure the input channels for ASIO. Make sure you select at least one channel as microphone and speaker. &lt;i&gt;Microphone&lt;/i&gt; should be where your microphone is attached, and &lt;i&gt;Speaker&lt;/i&gt; should be a channel that samples &apos;&lt;i&gt;What you hear&lt;/i&gt;&apos;.&lt;br /&gt;For example, on the Audigy 2 ZS, a good selection for Microphone would be &apos;&lt;i&gt;Mic L&lt;/i&gt;&apos; while Speaker should be &apos;&lt;i&gt;Mix L&lt;/i&gt;&apos; and &apos;&lt;i&gt;Mix R&lt;/i&gt;&apos;.</source>
        <translation>Configura los canales de entrada para ASIO. Asegúrese de seleccionar al menos un canal como micrófono y altavoz. &lt;i&gt;Micrófono&lt;/i&gt; debería ser al que está conectado su micrófono, y &lt;i&gt;Altavoz&lt;/i&gt; debería ser un canal que muestree &lt;i&gt;lo que oye&lt;/i&gt;.&lt;br /&gt;Por ejemplo, para Audigy 2 ZS, una buena selección para Micrófono sería &lt;i&gt;Mic L&lt;/i&gt; mientras que Altavoz debería ser &lt;i&gt;Mix L&lt;/i&gt; y &lt;i&gt;Mix R&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>Configure input channels</source>
        <translation>Configurar canales de entrada</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <source>&lt;-</source>
        <translation>&lt;-</translation>
    </message>
    <message>
        <source>-&gt;</source>
        <translation>-&gt;</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Sin usar</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Altavoces</translation>
    </message>
    <message>
        <source>List of microphones</source>
        <translation>Lista de micrófonos</translation>
    </message>
    <message>
        <source>List of speakers</source>
        <translation>Lista de parlantes</translation>
    </message>
    <message>
        <source>Device list</source>
        <translation>Lista de dispositivos</translation>
    </message>
    <message>
        <source>Move from unused to microphone list</source>
        <translation>Pasar de &quot;no usados&quot; a lista de dispositivos de entrada</translation>
    </message>
    <message>
        <source>Move from microphone to unused list</source>
        <translation>Pasar de lista de dispositivos de entrada a &quot;no usados&quot;</translation>
    </message>
    <message>
        <source>List of unused devices</source>
        <translation>Lista de dispositivos no usados</translation>
    </message>
    <message>
        <source>Move from unused to speakers list</source>
        <translation>Pasar de &quot;no usados&quot; a lista de dispositivos de salida</translation>
    </message>
    <message>
        <source>Move from speakers to unused list</source>
        <translation>Pasar de lista de dispositivos de salida a &quot;no usados&quot;</translation>
    </message>
</context>
<context>
    <name>ASIOInput</name>
    <message>
        <source>You need to select at least one microphone and one speaker source to use ASIO.</source>
        <translation>Debe seleccionar al menos un dispositivo de micrófono y altavoz para usar ASIO.</translation>
    </message>
    <message>
        <source>Opening selected ASIO device failed. No input will be done.</source>
        <translation>Falló la apertura del dispositivo ASIO seleccionado. No se realizará ninguna entrada.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Mumble</source>
        <translation>Acerca de Mumble</translation>
    </message>
    <message>
        <source>&amp;About Mumble</source>
        <translation>&amp;Acerca de Mumble</translation>
    </message>
    <message>
        <source>&amp;License</source>
        <translation>&amp;Licencia</translation>
    </message>
    <message>
        <source>A&amp;uthors</source>
        <translation>A&amp;utores</translation>
    </message>
    <message>
        <source>&amp;Third-Party Licenses</source>
        <translation>Licencias de &amp;Terceros</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>License agreement</source>
        <translation>Acuerdo de licencia</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autores</translation>
    </message>
    <message>
        <source>Third-party license agreements</source>
        <translation>Acuerdos de licencia de terceros</translation>
    </message>
    <message>
        <source>For a list of authors, please see &lt;a href=&quot;https://github.com/mumble-voip/mumble/graphs/contributors&quot;&gt;https://github.com/mumble-voip/mumble/graphs/contributors&lt;/a&gt;</source>
        <translation>Para consultar la lista de autores, véase &lt;a href=&quot;https://github.com/mumble-voip/mumble/graphs/contributors&quot;&gt;https://github.com/mumble-voip/mumble/graphs/contributors&lt;/a&gt;</translation>
    </message>
    <message>
        <source>An Open Source, low-latency, high quality voice-chat utility</source>
        <translation>Una utilidad de chat de voz de código abierto, de baja latencia y alta calidad</translation>
    </message>
</context>
<context>
    <name>AccessibleQGroupBox</name>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioInput</name>
    <message>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Input device for audio</source>
        <translation>Dispositivo de salida para el audio</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the input device to use for audio.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Este es el dispositivo de salida a usar para el audio.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Transmission</source>
        <translation>Transmisión</translation>
    </message>
    <message>
        <source>&amp;Transmit</source>
        <translation>&amp;Transmitir</translation>
    </message>
    <message>
        <source>When to transmit your speech</source>
        <translation>Cuándo transmitir su habla</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets when speech should be transmitted.&lt;/b&gt;&lt;br /&gt;&lt;i&gt;Continuous&lt;/i&gt; - All the time&lt;br /&gt;&lt;i&gt;Voice Activity&lt;/i&gt; - When you are speaking clearly.&lt;br /&gt;&lt;i&gt;Push To Talk&lt;/i&gt; - When you hold down the hotkey set under &lt;i&gt;Shortcuts&lt;/i&gt;.</source>
        <translation>&lt;b&gt;Establece cuándo debería transmitirse el habla.&lt;/b&gt;&lt;br /&gt;&lt;i&gt;Contínuo&lt;/i&gt; - Todo el tiempo&lt;br /&gt;&lt;i&gt;Actividad Vocal&lt;/i&gt; - Cuando está hablando claramente.&lt;br /&gt;&lt;i&gt;Presionar Para Hablar&lt;/i&gt; - Cuando presiona la tecla establecida en &lt;i&gt;Métodos abreviados&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>DoublePush Time</source>
        <translation>Tiempo para DoblePulsación</translation>
    </message>
    <message>
        <source>If you press the PTT key twice in this time it will get locked.</source>
        <translation>Si presiona la tecla PTT dos veces durante este tiempo, esta quedará bloqueada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;DoublePush Time&lt;/b&gt;&lt;br /&gt;If you press the push-to-talk key twice during the configured interval of time it will be locked. Mumble will keep transmitting until you hit the key once more to unlock PTT again.</source>
        <translation>&lt;b&gt;Tiempo para DoblePulsación&lt;/b&gt;&lt;br /&gt;Si presiona la tecla presionar-para-hablar dos veces durante el intervalo de tiempo configurado, esta quedará bloqueada. Mumble seguirá transmitiendo hasta que presione la tecla una vez más para desbloquear PTT otra vez.</translation>
    </message>
    <message>
        <source>Reset audio cue to default</source>
        <translation>Restaura la indicación sonora al valor por defecto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reset&lt;/b&gt;&lt;br/&gt;Reset the paths for the files to their default.</source>
        <translation>&lt;b&gt;Restaurar&lt;/b&gt;&lt;br/&gt;Reinicia las rutas de los ficheros a sus valores por defecto.</translation>
    </message>
    <message>
        <source>Browse for on audio file</source>
        <translation>Selecciona un archivo de audio para asignarlo a la activación</translation>
    </message>
    <message>
        <source>Browse for off audio file</source>
        <translation>Selecciona un archivo de audio para asignarlo a la desactivación</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Al desactivar</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Al activar</translation>
    </message>
    <message>
        <source>Use SNR based speech detection</source>
        <translation>Usar detección basada en SNR</translation>
    </message>
    <message>
        <source>Signal to Noise</source>
        <translation>Señal/ruido</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets speech detection to use Amplitude.&lt;/b&gt;&lt;br /&gt;In this mode, the raw strength of the input signal is used to detect speech.</source>
        <translation>&lt;b&gt;Establece el uso de la amplitud para la detección vocal.&lt;/b&gt;&lt;br /&gt;En este modo, se usa la intensidad de la señal de entrada para detectar el habla.</translation>
    </message>
    <message>
        <source>Amplitude</source>
        <translation>Amplitud</translation>
    </message>
    <message>
        <source>Voice &amp;Hold</source>
        <translation>&amp;Persistencia de la voz</translation>
    </message>
    <message>
        <source>How long to keep transmitting after silence</source>
        <translation>Cuánto tiempo continuar transmitiendo tras un silencio</translation>
    </message>
    <message>
        <source>Silence Below</source>
        <translation>Silencio por debajo de</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the trigger values for voice detection.&lt;/b&gt;&lt;br /&gt;Use this together with the Audio Statistics window to manually tune the trigger values for detecting speech. Input values below &quot;Silence Below&quot; always count as silence. Values above &quot;Speech Above&quot; always count as voice. Values in between will count as voice if you&apos;re already talking, but will not trigger a new detection.</source>
        <translation>&lt;b&gt;Establece los valores que provocaran la detección vocal.&lt;/b&gt;&lt;br /&gt;Use esto junto con la ventana la ventana de estadísticas del audio para ajustar manualmente los valores que provocan la detección del habla. Los valores de entrada por debajo del &quot;Silencio por debajo de&quot; siempre se consideran como silencio. Los valores por encima del &quot;Habla por encima de&quot; siempre se consideran como voz. Los valores intermedios se considerarán como voz si usted ya estaba hablando, pero no provocarán una nueva detección.</translation>
    </message>
    <message>
        <source>Speech Above</source>
        <translation>Habla por encima de</translation>
    </message>
    <message>
        <source>Signal values above this count as voice</source>
        <translation>Los valores de la señal por encima de este se consideran como voz</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>Compresión</translation>
    </message>
    <message>
        <source>&amp;Quality</source>
        <translation>&amp;Calidad</translation>
    </message>
    <message>
        <source>Quality of compression (peak bandwidth)</source>
        <translation>Calidad de la compresión (ancho de banda máximo)</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the quality of compression.&lt;/b&gt;&lt;br /&gt;This determines how much bandwidth Mumble is allowed to use for outgoing audio.</source>
        <translation>&lt;b&gt;Establece la calidad de compresión.&lt;/b&gt;&lt;br /&gt;Esto determina cuánto ancho de banda se le permite usar a Mumble para el audio saliente.</translation>
    </message>
    <message>
        <source>Audio per packet</source>
        <translation>Audio por paquete</translation>
    </message>
    <message>
        <source>How many audio frames to send per packet</source>
        <translation>Cuántas tramas de audio enviar por paquete</translation>
    </message>
    <message>
        <source>&lt;b&gt;This selects how many audio frames should be put in one packet.&lt;/b&gt;&lt;br /&gt;Increasing this will increase the latency of your voice, but will also reduce bandwidth requirements.</source>
        <translation>&lt;b&gt;Selecciona cuántas tramas de audio deberían insertarse en un paquete.&lt;/b&gt;&lt;br /&gt;Aumentar esto incrementará la latencia de su voz, pero también reducirá los requisitos de ancho de banda.</translation>
    </message>
    <message>
        <source>Audio Processing</source>
        <translation>Procesamiento del audio</translation>
    </message>
    <message>
        <source>Noise suppression</source>
        <translation>Supresión de ruido</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the amount of noise suppression to apply.&lt;/b&gt;&lt;br /&gt;The higher this value, the more aggressively stationary noise will be suppressed.</source>
        <translation>&lt;b&gt;Establece la cantidad de supresión de ruido a aplicar.&lt;/b&gt;&lt;br /&gt;Cuanto más alto sea este valor, mas agresivamente se suprimirá el ruido estacionario.</translation>
    </message>
    <message>
        <source>Maximum amplification of input sound</source>
        <translation>Amplificación máxima del sonido de entrada</translation>
    </message>
    <message>
        <source>&lt;b&gt;Maximum amplification of input.&lt;/b&gt;&lt;br /&gt;Mumble normalizes the input volume before compressing, and this sets how much it&apos;s allowed to amplify.&lt;br /&gt;The actual level is continually updated based on your current speech pattern, but it will never go above the level specified here.&lt;br /&gt;If the &lt;i&gt;Microphone loudness&lt;/i&gt; level of the audio statistics hover around 100%, you probably want to set this to 2.0 or so, but if, like most people, you are unable to reach 100%, set this to something much higher.&lt;br /&gt;Ideally, set it so &lt;i&gt;Microphone Loudness * Amplification Factor &gt;= 100&lt;/i&gt;, even when you&apos;re speaking really soft.&lt;br /&gt;&lt;br /&gt;Note that there is no harm in setting this to maximum, but Mumble will start picking up other conversations if you leave it to auto-tune to that level.</source>
        <translation>&lt;b&gt;Amplificación máxima de la entrada.&lt;/b&gt;&lt;br /&gt;Mumble normaliza el volumen de entrada antes de la compresión, y esto establece cuánto se le permite amplificar.&lt;br /&gt;El nivel real se actualiza continuamente basado en su patrón de habla actual, pero nunca sobrepasará el nivel especificado aquí.&lt;br /&gt;Si el nivel de &lt;i&gt;Volumen del Micrófono&lt;/i&gt; de las estadísticas de audio ronda el 100%, probablemente desee establecer esto alrededor de 2.0, pero si, como la mayoría de la gente, no consigue alcanzar 100%, establezca esto a algo mucho mayor.&lt;br /&gt;Idealmente, fíjelo de tal forma que &lt;i&gt;Volumen del Micrófono * Factor de Amplificación &gt;= 100&lt;/i&gt;, incluso cuando hable realmente bajo.&lt;br /&gt;&lt;br /&gt;Fíjese en que no es perjudicial establecer esto al máximo, pero Mumble comenzará a captar otras conversaciones si lo deja autoajustarse a ese nivel.</translation>
    </message>
    <message>
        <source>Current speech detection chance</source>
        <translation>Probabilidad actual de detección del habla</translation>
    </message>
    <message>
        <source>Enabling this will cancel the echo from your speakers. Mixed has low CPU impact, but only works well if your speakers are equally loud and equidistant from the microphone. Multichannel echo cancellation provides much better echo cancellation, but at a higher CPU cost.</source>
        <translation>Habilitar esto cancelará el eco de sus altavoces. Mezclado tiene un impacto bajo en la CPU, pero sólo funciona bien si sus altavoces están al mismo volumen y son equidistantes al micrófono. La cancelación del eco multicanal proporciona mejor cancelación de eco, pero a un coste de CPU mayor.</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets speech detection to use Signal to Noise ratio.&lt;/b&gt;&lt;br /&gt;In this mode, the input is analyzed for something resembling a clear signal, and the clarity of that signal is used to trigger speech detection.</source>
        <translation>&lt;b&gt;Establece el uso de la relación señal/ruido para la detección vocal.&lt;/b&gt;&lt;br /&gt;En este modo, se analiza la entrada en busca de algo que parezca una señal clara, y la clarida de la señal se usa para provocar la detección vocal.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This shows the current speech detection settings.&lt;/b&gt;&lt;br /&gt;You can change the settings from the Settings dialog or from the Audio Wizard.</source>
        <translation>&lt;b&gt;Muestra las opciones actuales de detección del habla.&lt;/b&gt;&lt;br /&gt;Puede cambiar las opciones desde el cuadro de diálogo Opciones o desde el Asistente de audio.</translation>
    </message>
    <message>
        <source>Signal values below this count as silence</source>
        <translation>Los valores de la señal por debajo de este se consideran como silencio</translation>
    </message>
    <message>
        <source>Maximum bandwidth used for sending audio</source>
        <translation>Ancho de banda máximo usado para enviar audio</translation>
    </message>
    <message>
        <source>Use Amplitude based speech detection</source>
        <translation>Usar detección vocal basada en la Amplitud</translation>
    </message>
    <message>
        <source>&lt;b&gt;This selects how long after a perceived stop in speech transmission should continue.&lt;/b&gt;&lt;br /&gt;Set this higher if your voice breaks up when you speak (seen by a rapidly blinking voice icon next to your name).</source>
        <translation>&lt;b&gt;Selecciona por cuánto tiempo tras una detección percibida en el habla debería continuar la transmisión .&lt;/b&gt;&lt;br /&gt;Auméntelo si su voz es interrumpida mientras habla (observable por un icono de voz parpadeando rápidamente junto a su nombre).</translation>
    </message>
    <message>
        <source>Exclusive mode</source>
        <translation>Modo exclusivo</translation>
    </message>
    <message>
        <source>&lt;b&gt;This opens the device in exclusive mode.&lt;/b&gt;&lt;br /&gt;No other application will be able to use the device.</source>
        <translation>&lt;b&gt;Abre el dispositivo en modo exclusivo.&lt;/b&gt;&lt;br /&gt;Ninguna otra aplicación podrá usar el dispositivo.</translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation>Exclusivo</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>R&amp;einiciar</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Seleccionar...</translation>
    </message>
    <message>
        <source>B&amp;rowse...</source>
        <translation>S&amp;eleccionar...</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Previsualizar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;&lt;br/&gt;Plays the current &lt;i&gt;on&lt;/i&gt; sound followed by the current &lt;i&gt;off&lt;/i&gt; sound.</source>
        <translation>&lt;b&gt;Reproducir&lt;/b&gt;&lt;br/&gt;Reproduce el sonido &lt;i&gt;al activar&lt;/i&gt; actual seguido del sonido &lt;i&gt;al desactivar&lt;/i&gt; actual.</translation>
    </message>
    <message>
        <source>Displays an always on top window with a push to talk button in it</source>
        <translation>Muestra una ventana superpuesta con un botón presionar para hablar en ella</translation>
    </message>
    <message>
        <source>Display push to talk window</source>
        <translation>Mostrar ventana presionar para hablar</translation>
    </message>
    <message>
        <source>Misc</source>
        <translation>Varios</translation>
    </message>
    <message>
        <source>Gets played when starting to transmit</source>
        <translation>Es reproducido al comenzar a transmitir</translation>
    </message>
    <message>
        <source>Gets played when stopping to transmit</source>
        <translation>Es reproducido al terminar de transmitir</translation>
    </message>
    <message>
        <source>Hold Time</source>
        <translation>Tiempo de sostenimiento</translation>
    </message>
    <message>
        <source>Time the microphone stays open after the PTT key is released</source>
        <translation>Tiempo que el micrófono sigue abierte después de que se haya soltado la tecla PTT</translation>
    </message>
    <message>
        <source>Server maximum network bandwidth is only %1 kbit/s. Audio quality auto-adjusted to %2 kbit/s (%3 ms)</source>
        <translation>El ancho de banda máximo del servidor es de solo %1 kbit/s. Se ha ajustado automáticamente la calidad de audio a %2 kbit/s (%3 ms)</translation>
    </message>
    <message>
        <source>Max. Amplification</source>
        <translation>Amplificación máxima</translation>
    </message>
    <message>
        <source>Idle action</source>
        <translation>Acción por inactividad</translation>
    </message>
    <message>
        <source>minutes do</source>
        <translation>minutos, hacer</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>deafen</source>
        <translation>ensordecer</translation>
    </message>
    <message>
        <source>mute</source>
        <translation>enmudecer</translation>
    </message>
    <message>
        <source>after</source>
        <translation>tras</translation>
    </message>
    <message>
        <source>Echo Cancellation</source>
        <translation>Cancelación de Eco</translation>
    </message>
    <message>
        <source>The idle action will be reversed upon any key or mouse button input</source>
        <translation>La acción inactiva será revertida al presionar cualquier tecla o botón del mouse</translation>
    </message>
    <message>
        <source>Undo Idle action upon activity</source>
        <translation>Deshacer acción Idle sobre actividad</translation>
    </message>
    <message>
        <source>Audio input</source>
        <translation>Entrada de audio</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the input method to use for audio.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Este es el dispositivo de entrada a utilizar para audio.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Enable Opus&apos; low-delay mode when the quality is set to &lt;b&gt;64 kb/s&lt;/b&gt; or higher. </source>
        <translation>Activa el modo de bajo retardo de Opus cuando la calidad sea de &lt;b&gt;64 kb/s&lt;/b&gt; o superior. </translation>
    </message>
    <message>
        <source>If checked, Mumble will enable Opus&apos; low-delay mode when the quality is set to &lt;b&gt;64 kbit/s&lt;/b&gt; or higher. Low-delay mode decreases latency by &lt;b&gt;~15 milliseconds&lt;/b&gt; in the round trip. This mode may require an higher bitrate to preserve the same quality, in comparison with the music and VOIP modes.</source>
        <translation>Si está marcada, Mumble habilitará el modo de bajo retardo de Opus cuando la calidad se establezca en &lt;b&gt;64 kbit/s&lt;/b&gt; o más. El modo de bajo retardo disminuye la latencia en &lt;b&gt;~15 milisegundos&lt;/b&gt; en el recorrido de ida y vuelta. Este modo puede requerir una tasa de bits más alta para preservar la misma calidad, en comparación con los modos de música y VOIP.</translation>
    </message>
    <message>
        <source>Allow low delay mode</source>
        <translation>Permitir modo de bajo retardo</translation>
    </message>
    <message>
        <source>Don&apos;t use noise suppression.</source>
        <translation>No usar supresión de sonido.</translation>
    </message>
    <message>
        <source>Use the noise suppression algorithm provided by Speex.</source>
        <translation>Usar la supresión de sonido proporcionada por Speex.</translation>
    </message>
    <message>
        <source>Use the noise suppression algorithm provided by RNNoise.</source>
        <translation>Utilice el algoritmo de supresión de ruido proporcionado por RNNoise.</translation>
    </message>
    <message>
        <source>Use a combination of Speex and RNNoise to do noise suppression.</source>
        <translation>Utilice una combinación de Speex y RNNoise para hacer la supresión de ruido.</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <source>This controls the amount by which Speex will suppress noise.</source>
        <translation>Esto controla la cantidad en la que Speex suprimirá el ruido.</translation>
    </message>
    <message>
        <source>Speex suppression strength</source>
        <translation>Fuerza de supresión de Speex.</translation>
    </message>
    <message>
        <source>Mute cue</source>
        <translation>Silenciar la señal</translation>
    </message>
    <message>
        <source>Br&amp;owse...</source>
        <translation>Bu&amp;scar...</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Pre&amp;visualizar</translation>
    </message>
    <message>
        <source>Audio cue when using...</source>
        <translation>Señal acústica cuando se utiliza...</translation>
    </message>
    <message>
        <source>Audible audio cue when starting or stopping to transmit using Push To Talk</source>
        <translation>Señal acústica al iniciar o detener la transmisión mediante pulsa y habla</translation>
    </message>
    <message>
        <source>&lt;b&gt;This enables transmission audio cues when using Push To Talk.&lt;/b&gt;&lt;br /&gt;Setting this will give you a short audio beep when you start and stop transmitting.</source>
        <translation>&lt;b&gt;Esto habilita las señales de audio de transmisión cuando se utiliza pulsa y habla.&lt;/b&gt;&lt;br /&gt;Configurar esto le dará un breve pitido de audio cuando inicie y detenga la transmisión.</translation>
    </message>
    <message>
        <source>Push To Talk</source>
        <translation>Pulsa y habla</translation>
    </message>
    <message>
        <source>Audible audio cue when starting or stopping to transmit using Voice Activity</source>
        <translation>Aviso acústico al iniciar o detener la transmisión mediante la voz</translation>
    </message>
    <message>
        <source>&lt;b&gt;This enables transmission audio cues when using Voice Activity.&lt;/b&gt;&lt;br /&gt;Setting this will give you a short audio beep when you start and stop transmitting.</source>
        <translation>&lt;b&gt;Activa los avisos acústicos de la transmisión cuando se utiliza la voz.&lt;/b&gt;&lt;br /&gt;Con esta opción, escuchará un breve pitido cuando inicie y detenga la transmisión.</translation>
    </message>
    <message>
        <source>Voice Activity</source>
        <translation>Activación por voz</translation>
    </message>
    <message>
        <source>Input backend for audio</source>
        <translation>Entrada de audio</translation>
    </message>
    <message>
        <source>Audio input system</source>
        <translation>Sistema de entrada de audio</translation>
    </message>
    <message>
        <source>Audio input device</source>
        <translation>Dispositivo de entrada de audio</translation>
    </message>
    <message>
        <source>Transmission mode</source>
        <translation>Modo de transmisión</translation>
    </message>
    <message>
        <source>Push to talk lock threshold</source>
        <translation>Umbral de bloqueo de &quot;Pulse para hablar&quot;</translation>
    </message>
    <message>
        <source>Switch between push to talk and continuous mode by double tapping in this time frame</source>
        <translation>Cambia entre &quot;pulsar para hablar&quot; y &quot;modo continuo&quot; pulsando dos veces en este intervalo de tiempo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Voice hold Time&lt;/b&gt;&lt;br /&gt;After you release the push-to-talk key Mumble will keep transmitting for the selected amount of time.</source>
        <translation>&lt;b&gt;Tiempo de retención de voz &lt;/b&gt;&lt;br /&gt;Después de soltar la tecla de pulsar para hablar, Mumble seguirá transmitiendo durante el tiempo seleccionado.</translation>
    </message>
    <message>
        <source>Push to talk hold threshold</source>
        <translation>Umbral de bloqueo de &quot;Pulse para hablar&quot;</translation>
    </message>
    <message>
        <source>Extend push to talk send time after the key is released by this amount of time</source>
        <translation>Amplía el tiempo de envío de &quot;pulsar para hablar&quot; después de soltar la tecla en esta cantidad de tiempo</translation>
    </message>
    <message>
        <source>Voice hold time</source>
        <translation>Tiempo de retención de la voz</translation>
    </message>
    <message>
        <source>Silence below threshold</source>
        <translation>Umbral de silencio</translation>
    </message>
    <message>
        <source>This sets the threshold when Mumble will definitively consider a signal silence</source>
        <translation>Establece el umbral a partir del cual Mumble considera que una señal es silencio</translation>
    </message>
    <message>
        <source>Speech above threshold</source>
        <translation>Umbral superior de voz</translation>
    </message>
    <message>
        <source>This sets the threshold when Mumble will definitively consider a signal speech</source>
        <translation>Establece el umbral a partir del cual Mumble considera que una señal es voz</translation>
    </message>
    <message>
        <source>This sets how much speech is packed into a single network package</source>
        <translation>Establece cuánto de lo hablado se empaqueta en un único paquete de red</translation>
    </message>
    <message>
        <source>Audio compression quality</source>
        <translation>Calidad de compresión de audio</translation>
    </message>
    <message>
        <source>This sets the target compression bitrate</source>
        <translation>Establece el bitrate objetivo de compresión</translation>
    </message>
    <message>
        <source>Maximum amplification</source>
        <translation>Amplificación máxima</translation>
    </message>
    <message>
        <source>Speech is dynamically amplified by at most this amount</source>
        <translation>Máxima amplificación dinámica del habla</translation>
    </message>
    <message>
        <source>Noise suppression strength</source>
        <translation>Intensidad de supresión de ruido</translation>
    </message>
    <message>
        <source>Echo cancellation mode</source>
        <translation>Modo de cancelación del eco</translation>
    </message>
    <message>
        <source>Path to audio file</source>
        <translation>Ruta del archivo de audio</translation>
    </message>
    <message>
        <source>Path to audio cue file when stopping to speak. Use the &quot;browse&quot; button to open a file dialog.</source>
        <translation>Ruta al archivo de audio cuando se para para hablar. Utilice el botón &quot;Examinar&quot; para abrir una ventana de archivo.</translation>
    </message>
    <message>
        <source>Idle action time threshold (in minutes)</source>
        <translation>Umbral de tiempo de reposo (en minutos)</translation>
    </message>
    <message>
        <source>Select what to do when being idle for a configurable amount of time. Default: nothing</source>
        <translation>Selecciona qué hacer cuando se está inactivo durante una cantidad de tiempo configurable. Por defecto: nada</translation>
    </message>
    <message>
        <source>Gets played when you are trying to speak while being muted</source>
        <translation>Se reproduce cuando intentas hablar estando silenciado</translation>
    </message>
    <message>
        <source>Path to mute cue file. Use the &quot;browse&quot; button to open a file dialog.</source>
        <translation>Ruta al archivo de mute cue. Utilice el botón &quot;Examinar&quot; para abrir una ventana de archivo.</translation>
    </message>
    <message>
        <source>Browse for mute cue audio file</source>
        <translation>Buscar archivo de audio de mute</translation>
    </message>
    <message>
        <source>Path to audio cue file when starting to speak. Use the &quot;browse&quot; button to open a file dialog.</source>
        <translation>Ruta al archivo de audio cuando se empieza a hablar. Utilice el botón &quot;Examinar&quot; para abrir una ventana de archivo.</translation>
    </message>
    <message>
        <source>Preview the mute cue</source>
        <translation>Vista previa de la señal de silencio</translation>
    </message>
    <message>
        <source>The mute cue is an audio sample which plays when you are trying to speak while being muted</source>
        <translation>La señal de silencio es una muestra de audio que se reproduce cuando intentas hablar mientras estás silenciado</translation>
    </message>
    <message>
        <source>Preview both audio cues</source>
        <translation>Vista previa de ambas pistas de audio</translation>
    </message>
    <message>
        <source>&lt;b&gt;This shows peak outgoing bandwidth used.&lt;/b&gt;&lt;br /&gt;This shows the peak amount of bandwidth sent out from your machine. Audio bitrate is the maximum bitrate for the audio data alone. Position is the bitrate used for positional information. Overhead is our framing and the IP packet headers (IP and UDP is 75% of this overhead).</source>
        <translation>&lt;b&gt;Esto muestra el ancho de banda saliente maximo utilizado.&lt;/b&gt;&lt;br /&gt;Esto muestra la cantidad maxima de ancho de banda enviado desde su maquina. La tasa de bits de audio es la tasa de bits maxima solo para los datos de audio. La posicion es la tasa de bits utilizada para la informacion posicional. Los gastos generales son encabezados de los paquetes IP (IP y UPD representan el 75% de estos gastos generales).</translation>
    </message>
</context>
<context>
    <name>AudioInputDialog</name>
    <message>
        <source>Continuous</source>
        <translation>Contínuo</translation>
    </message>
    <message>
        <source>Voice Activity</source>
        <translation>Actividad Vocal</translation>
    </message>
    <message>
        <source>Push To Talk</source>
        <translation>Presionar Para Hablar</translation>
    </message>
    <message>
        <source>Audio Input</source>
        <translation>Entrada de audio</translation>
    </message>
    <message>
        <source>Access to the microphone was denied. Please allow Mumble to use the microphone by changing the settings in System Settings -&gt; Privacy &amp; Security -&gt; Microphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 kb/s</source>
        <translation>%1 kb/s</translation>
    </message>
    <message>
        <source>-%1 dB</source>
        <translation>-%1 dB</translation>
    </message>
    <message>
        <source>%1 kbit/s (Audio %2, Position %4, Overhead %3)</source>
        <translation>%1 kbit/s (Audio %2, Posición %4, Carga adicional %3)</translation>
    </message>
    <message>
        <source>Access to the microphone was denied. Please check that your operating system&apos;s microphone settings allow Mumble to use the microphone.</source>
        <translation>Se denegó el acceso al micrófono. Por favor, verifique que la configuración del micrófono en su sistema operativo permita que Mumble use el micrófono.</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deshabilitado</translation>
    </message>
    <message>
        <source>Disable echo cancellation.</source>
        <translation>Deshabilitar la cancelación de eco.</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>milisegundos</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>kilobits per second</source>
        <translation>kilobits por segundo</translation>
    </message>
    <message>
        <source>decibels</source>
        <translation>decibelios</translation>
    </message>
</context>
<context>
    <name>AudioOutput</name>
    <message>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Output method for audio</source>
        <translation>Método de salida para el audio</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Output device for audio</source>
        <translation>Dispositivo de salida para el audio</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the output device to use for audio.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Este es el dispositivo de salida a usar para el audio.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Positional Audio</source>
        <translation>Audio posicional</translation>
    </message>
    <message>
        <source>Audio Output</source>
        <translation>Salida de audio</translation>
    </message>
    <message>
        <source>Default &amp;Jitter Buffer</source>
        <translation>Búfer de &amp;fluctuación por defecto</translation>
    </message>
    <message>
        <source>Safety margin for jitter buffer</source>
        <translation>Márgen de seguridad para el búfer de fluctuación</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the minimum safety margin for the jitter buffer.&lt;/b&gt;&lt;br /&gt;All incoming audio is buffered, and the jitter buffer continually tries to push the buffer to the minimum sustainable by your network, so latency can be as low as possible. This sets the minimum buffer size to use. If the start of sentences you hear is very jittery, increase this value.</source>
        <translation>&lt;b&gt;Establece el márgen de seguridad máximo para el búfer de fluctuación.&lt;/b&gt;&lt;br /&gt;Todo el audio entrante es almacenado en un búfer, y el búfer de fluctuación trata de forzar continuamente a este búfer al mínimo sostenible por su red, para que la latencia sea tan baja como sea posible. Esto establece el tamaño mínimo de búfer a usar. Si el comienzo de las frases que oye es muy tembloroso, aumente este valor.</translation>
    </message>
    <message>
        <source>This sets the minimum distance for sound calculations. The volume of other users&apos; speech will not decrease until they are at least this far away from you.</source>
        <translation>Establece la distancia mínima para cálculos de sonido. El volumen del habla de otros usuarios no disminuirá hasta que estén al menos a esta distancia de ti.</translation>
    </message>
    <message>
        <source>This sets the maximum distance for sound calculations. When farther away than this, other users&apos; speech volume will not decrease any further.</source>
        <translation>Establece la distancia máxima para cálculos de sonido. Cuando estén más lejos que esto, el volumen del habla de otros usuarios no disminuirá más.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This enables one of the loopback test modes.&lt;/b&gt;&lt;br /&gt;&lt;i&gt;None&lt;/i&gt; - Loopback disabled&lt;br /&gt;&lt;i&gt;Local&lt;/i&gt; - Emulate a local server.&lt;br /&gt;&lt;i&gt;Server&lt;/i&gt; - Request loopback from server.&lt;br /&gt;Please note than when loopback is enabled, no other users will hear your voice. This setting is not saved on application exit.</source>
        <translation>&lt;b&gt;Habilita uno de los modos de prueba de bucle de retorno.&lt;/b&gt;&lt;br /&gt;&lt;i&gt;Ninguno&lt;/i&gt; - Bucle de retorno desactivado&lt;br /&gt;&lt;i&gt;Local&lt;/i&gt; - Emula un servidor local.&lt;br /&gt;&lt;i&gt;Servidor&lt;/i&gt; - Solicita un bucle de retorno desde el servidor.&lt;br /&gt;Por favor, fíjese en que cuando está activado el modo de bucle de retorno, ningún otro usuario oirá su voz. Esta opción no se guarda al salir de la aplicación.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Volume of incoming speech</source>
        <translation>Volúmen del habla entrante</translation>
    </message>
    <message>
        <source>&lt;b&gt;This adjusts the volume of incoming speech.&lt;/b&gt;&lt;br /&gt;Note that if you increase this beyond 100%, audio will be distorted.</source>
        <translation>&lt;b&gt;Ajusta el volumen del habla entrante.&lt;/b&gt;&lt;br /&gt;Fíjese en que si incrementa esto por encima de 100%, se distorsionará el audio.</translation>
    </message>
    <message>
        <source>Output Delay</source>
        <translation>Retraso de salida</translation>
    </message>
    <message>
        <source>Amount of data to buffer</source>
        <translation>Cantidad de datos a almacenar</translation>
    </message>
    <message>
        <source>The connected &quot;speakers&quot; are actually headphones</source>
        <oldsource>The connected &quot;speakers&quot; are actually headphones.</oldsource>
        <translation>Los &quot;altavoces&quot; conectados son en realidad auriculares</translation>
    </message>
    <message>
        <source>Bloom</source>
        <translation>Bloom</translation>
    </message>
    <message>
        <source>Factor for sound volume increase</source>
        <translation>Factor de aumento del volumen del sonido</translation>
    </message>
    <message>
        <source>How much should sound volume increase for sources that are really close?</source>
        <translation>¿Cuánto debería aumentar el sonido para fuentes que están muy cerca?</translation>
    </message>
    <message>
        <source>Checking this indicates that you don&apos;t have speakers connected, just headphones. This is important, as speakers are usually in front of you, while headphones are directly to your left/right.</source>
        <translation>Marcar esto indica que no tiene altavoces conectados, sólo auriculares. Esto es importante, ya que generalmente los altavoces están situados delante de usted, mientras que los auriculares están directamente a su izquierda/derecha.</translation>
    </message>
    <message>
        <source>This sets the amount of data to pre-buffer in the output buffer. Experiment with different values and set it to the lowest which doesn&apos;t cause rapid jitter in the sound.</source>
        <translation>Establece la cantidad de datos que prealmacenar en el búfer de salida. Experimente con diferentes valores y fíjelo al más bajo que no cause ruido en el sonido.</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>Auriculares</translation>
    </message>
    <message>
        <source>Minimum Distance</source>
        <translation>Distancia mínima</translation>
    </message>
    <message>
        <source>Maximum Distance</source>
        <translation>Distancia máxima</translation>
    </message>
    <message>
        <source>Minimum Volume</source>
        <translation>Volumen mínimo</translation>
    </message>
    <message>
        <source>What should the volume be at the maximum distance?</source>
        <translation>¿Cuál debería ser el volumen a la distancia máxima?</translation>
    </message>
    <message>
        <source>Loopback Test</source>
        <translation>Prueba de bucle de retorno</translation>
    </message>
    <message>
        <source>Delay Variance</source>
        <translation>Varianza del retraso</translation>
    </message>
    <message>
        <source>Variance in packet latency</source>
        <translation>Varianza de la latencia de los paquetes</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the packet latency variance for loopback testing.&lt;/b&gt;&lt;br /&gt;Most audio paths contain some variable latency. This allows you to set that variance for loopback mode testing. For example, if you set this to 15ms, this will emulate a network with 20-35ms ping latency or one with 80-95ms latency. Most domestic net connections have a variance of about 5ms.</source>
        <oldsource>&lt;b&gt;This sets the packet latency variance for loopback testing.&lt;/b&gt;&lt;br /&gt;Most audio paths contain some variable latency. This allows you set that variance for loopback mode testing. For example, if you set this to 15ms, this will emulate a network with 20-35ms ping latency or one with 80-95ms latency. Most domestic net connections have a variance of about 5ms.</oldsource>
        <translation>&lt;b&gt;Establece la varianza de la latencia de los paquetes para la prueba de bucle de retorno&lt;/b&gt;&lt;br /&gt;La mayoría de rutas de audio contienen algo de latencia variable. Esto le permite fijar esa varianza para la prueba de bucle de retorno. Por ejemplo, si fija esto a 15 ms, se emulará una red con 20-35 ms de latencia de ping u 80-95 ms de latencia. La mayoría de conexiones de red domésticas tienen una variancia de unos 5 ms.</translation>
    </message>
    <message>
        <source>Packet Loss</source>
        <translation>Pérdida de paquetes</translation>
    </message>
    <message>
        <source>Packet loss for loopback mode</source>
        <translation>Pérdida de paquetes para el modo de bucle de retorno</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the packet loss for loopback mode.&lt;/b&gt;&lt;br /&gt;This will be the ratio of packets lost. Unless your outgoing bandwidth is peaked or there&apos;s something wrong with your network connection, this will be 0%</source>
        <translation>&lt;b&gt;Establece la pérdida de paquetes para el modo de bucle de retorno.&lt;/b&gt;&lt;br /&gt;Esta será la tasa de paquetes perdidos. A menos que su ancho de banda de salida haya alcanzado el máximo o haya algún problema con su conexión, esta será siempre 0%</translation>
    </message>
    <message>
        <source>&amp;Loopback</source>
        <translation>&amp;Bucle de retorno</translation>
    </message>
    <message>
        <source>Desired loopback mode</source>
        <translation>Modo de bucle de retorno deseado</translation>
    </message>
    <message>
        <source>Attenuate applications by...</source>
        <translation>Atenuar las aplicaciones un...</translation>
    </message>
    <message>
        <source>Attenuation of other applications during speech</source>
        <translation>Atenuación de las otras aplicaciones durante el habla</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate volume of other applications during speech&lt;/b&gt;&lt;br /&gt;Mumble supports decreasing the volume of other applications during incoming and/or outgoing speech. This sets the attenuation of other applications if the feature is enabled.</source>
        <translation>&lt;b&gt;Atenuar el volumen de las otras aplicaciones durante el habla&lt;/b&gt;&lt;br /&gt;Mumble puede disminuir el volúmen de las otras aplicaciones durante el habla entrante y/o saliente. Esto establece la atenuación de las otras aplicaciones si la característica está habilitada.</translation>
    </message>
    <message>
        <source>If checked Mumble lowers the volume of other applications while other users talk</source>
        <translation>Si se marca, Mumble disminuye el volumen de las otras aplicaciones mientras otros usuarios hablan</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate applications while other users talk&lt;/b&gt;&lt;br /&gt;Mumble supports decreasing the volume of other applications during incoming and/or outgoing speech. This makes mumble activate the feature while other users talk to you.</source>
        <translation>&lt;b&gt;Atenuar las aplicaciones mientras otros usuarios hablan&lt;/b&gt;&lt;br /&gt;Mumble puede disminuir el volumen de las otras aplicaciones durante el habla entrante y/o saliente. Esto hace que Mumble active la característica mientras otros usuarios le hablan.</translation>
    </message>
    <message>
        <source>while other users talk</source>
        <translation>mientras otros usuarios hablan</translation>
    </message>
    <message>
        <source>If checked Mumble lowers the volume of other applications while you talk</source>
        <translation>Si se marca, Mumble disminuye el volumen de otras aplicaciones mientras usted habla</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate applications while you talk&lt;/b&gt;&lt;br /&gt;Mumble supports decreasing the volume of other applications during incoming and/or outgoing speech. This makes mumble activate the feature while you talk.</source>
        <translation>&lt;b&gt;Atenuar las aplicaciones mientras usted habla&lt;/b&gt;&lt;br /&gt;Mumble puede disminuir el volumen de las otras aplicaciones durante el habla entrante y/o saliente. Esto hace que Mumble active la característica mientras usted habla.</translation>
    </message>
    <message>
        <source>while you talk</source>
        <translation>mientras usted habla</translation>
    </message>
    <message>
        <source>Exclusive mode, not recommended.</source>
        <translation>Modo exclusivo, no recomendado.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This opens the device in exclusive mode.&lt;/b&gt;&lt;br /&gt;No other application will be able to use the device.</source>
        <translation>&lt;b&gt;Abre el dispositivo en modo exclusivo.&lt;/b&gt;&lt;br /&gt;Ninguna otra aplicación podrá usar el dispositivo.</translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation>Exclusivo</translation>
    </message>
    <message>
        <source>If checked Mumble lowers the volume of other users while you talk if you have the &quot;Priority Speaker&quot; status.</source>
        <translation>Si se marca Mumble disminuye el volumen de otros usuarios mientras usted habla si es usted un &quot;Orador prioritario&quot;.</translation>
    </message>
    <message>
        <source>If checked, Mumble will only attenuate applications that are using the same output source as Mumble</source>
        <translation>Si está marcada, Mumble sólo atenuará aplicaciones que compartan el dispositivo de salida con Mumble</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate only applications using the same output as Mumble&lt;/b&gt;&lt;br /&gt;If checked, applications that use a different output than Mumble will not be attenuated.</source>
        <translation>&lt;b&gt;Atenuar únicamente las aplicaciones que compartan dispositivo de salida con Mumble&lt;/b&gt;&lt;br /&gt;Si esta marcada, las aplicaciones que usen un dispositivo de salida distinto a Mumble no se atenuarán.</translation>
    </message>
    <message>
        <source>Only attenuate applications using the same output device</source>
        <translation>Atenuar únicamente aplicaciones que empleen el mismo dispositivo de salida</translation>
    </message>
    <message>
        <source>If checked, PulseAudio loopback modules will be attenuated</source>
        <translation>Si está marcada, los módulos de loopback de PulseAudio se atenuarán</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate PulseAudio loopback modules&lt;/b&gt;&lt;br /&gt;If loopback modules are linked to Mumble&apos;s output device/sink, they will also be attenuated.</source>
        <translation>&lt;b&gt;Atenuar los módulos de loopback de Pulseaudio&lt;/b&gt;&lt;br /&gt;Si los módulos de loopback estan enlazados con el dispositivo de salida de Mumble, también serán atenuados.</translation>
    </message>
    <message>
        <source>Attenuate PulseAudio loopback modules</source>
        <translation>Atenuar módulos de loopback de PulseAudio</translation>
    </message>
    <message>
        <source>Audio output</source>
        <translation>Salida de audio</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the output method to use for audio.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Este es el dispositivo de salida a usar para el audio.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate other users while talking as Priority Speaker&lt;/b&gt;&lt;br /&gt;Mumble supports decreasing the volume of other users while you talk as the &lt;i&gt;Priority Speaker&lt;/i&gt; to avoid getting disturbed. Checking this checkbox will enable this feature.</source>
        <translation>&lt;b&gt;Atenúe a otros usuarios mientras habla como Orador Prioritario&lt;/b&gt;&lt;br /&gt;Mumble admite la disminución del volumen de otros usuarios mientras habla como &lt;i&gt;Orador Prioritario&lt;/i&gt; para evitar ser molestado. Marcar esta casilla de verificación habilitará esta función.</translation>
    </message>
    <message>
        <source>Attenuate other users while talking as Priority Speaker</source>
        <translation>Atenúa a otros usuarios mientras hablas como Orador Prioritario</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Habilitar</translation>
    </message>
    <message>
        <source>Attenuation</source>
        <translation>Atenuación</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Positional audio cannot work with mono output devices!</source>
        <translation>¡El audio dependiente de la posición no funciona con dispositivos de salida mono!</translation>
    </message>
    <message>
        <source>Audio output system</source>
        <translation>Sistema de salida de audio</translation>
    </message>
    <message>
        <source>Audio output device</source>
        <translation>Dispositivo de salida de audio</translation>
    </message>
    <message>
        <source>Output delay of incoming speech</source>
        <translation>Retardo de salida del audio entrante</translation>
    </message>
    <message>
        <source>Jitter buffer time</source>
        <translation>Tiempo de buffer del &quot;jitter&quot;</translation>
    </message>
    <message>
        <source>Attenuation percentage</source>
        <translation>Porcentaje de atenuación</translation>
    </message>
    <message>
        <source>During speech, the volume of other applications will be reduced by this amount</source>
        <translation>Cantidad en la que se reducirá el volumen de otras aplicaciones mientras estás hablando</translation>
    </message>
    <message>
        <source>Minimum volume</source>
        <translation>Volumen mínimo</translation>
    </message>
    <message>
        <source>Minimum distance</source>
        <translation>Distancia mínima</translation>
    </message>
    <message>
        <source>Maximum distance</source>
        <translation>Distancia máxima</translation>
    </message>
    <message>
        <source>Loopback artificial delay</source>
        <translation>Retardo artificial de loopback</translation>
    </message>
    <message>
        <source>Loopback artificial packet loss</source>
        <translation>Pérdida de paquetes del loopback artificial</translation>
    </message>
    <message>
        <source>Loopback test mode</source>
        <translation>Modo de prueba de loopback</translation>
    </message>
    <message>
        <source>The loopback test can be used to test your audio configuration. While the loopback test is enabled, others will not be able to hear you.</source>
        <translation>La prueba de loopback se puede utilizar para probar tu configuración de audio. Mientras la prueba de loopback esté activada, los demás no podrán oírte.</translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while someone in your channel talks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attenuate listeners by...</source>
        <translation>Atenuar a los oyentes en un…</translation>
    </message>
</context>
<context>
    <name>AudioOutputDialog</name>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Audio Output</source>
        <translation>Salida de audio</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Distance at which audio volume from another player starts decreasing</source>
        <translation>Distancia a la que el volumen de audio de otro jugador comienza a disminuir</translation>
    </message>
    <message>
        <source>Distance at which a player&apos;s audio volume has reached its minimum value</source>
        <translation>Distancia a la que el volumen de audio de un reproductor ha alcanzado su valor mínimo</translation>
    </message>
    <message>
        <source>The minimum volume a player&apos;s audio will fade out to with increasing distance. Set to 0% for it to fade into complete silence for a realistic maximum hearing distance.</source>
        <translation>El volumen mínimo al que se desvanecerá el audio de un jugador al aumentar la distancia. Ajústalo al 0% para que se desvanezca en un silencio completo para una distancia de audición máxima realista.</translation>
    </message>
    <message>
        <source>If an audio source is close enough, blooming will cause the audio to be played on all speakers more or less regardless of their position (albeit with lower volume)</source>
        <translation>Si una fuente de audio está lo suficientemente cerca, el blooming hará que el audio se reproduzca en todos los altavoces más o menos independientemente de su posición (aunque con un volumen más bajo)</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>milisegundos</translation>
    </message>
    <message>
        <source>meters</source>
        <translation>metros</translation>
    </message>
</context>
<context>
    <name>AudioOutputSample</name>
    <message>
        <source>Choose sound file</source>
        <translation>Elija el archivo de sonido</translation>
    </message>
    <message>
        <source>Invalid sound file</source>
        <translation>Archivo de sonido inválido</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; cannot be used by Mumble. Please select a file with a compatible format and encoding.</source>
        <translation>El archivo &apos;%1&apos; no puede ser usado por Mumble. Por favor, seleccione un archivo con un formato y codificación compatible.</translation>
    </message>
</context>
<context>
    <name>AudioStats</name>
    <message>
        <source>&gt;1000 ms</source>
        <oldsource>&gt;1000ms</oldsource>
        <translation>&gt;1000 ms</translation>
    </message>
    <message>
        <source>Audio Statistics</source>
        <translation>Estadísticas del audio</translation>
    </message>
    <message>
        <source>Input Levels</source>
        <translation>Niveles de entrada</translation>
    </message>
    <message>
        <source>Peak microphone level</source>
        <translation>Nivel máximo del micrófono</translation>
    </message>
    <message>
        <source>Peak power in last frame</source>
        <translation>Potencia máxima en la última trama</translation>
    </message>
    <message>
        <source>This shows the peak power in the last frame (20 ms), and is the same measurement as you would usually find displayed as &quot;input power&quot;. Please disregard this and look at &lt;b&gt;Microphone power&lt;/b&gt; instead, which is much more steady and disregards outliers.</source>
        <translation>Muestra la potencia máxima en la última trama (20 ms), y es la misma medida que generalmente encontrará mostrada como &quot;potencia de entrada&quot;. Por favor, no haga caso a esto y vea &lt;b&gt;Potencia del micrófono&lt;/b&gt; en su lugar, que es mucho más estable e ignora las muestras extremas.</translation>
    </message>
    <message>
        <source>Peak speaker level</source>
        <translation>Nivel máximo de los altavoces</translation>
    </message>
    <message>
        <source>This shows the peak power of the speakers in the last frame (20 ms). Unless you are using a multi-channel sampling method (such as ASIO) with speaker channels configured, this will be 0. If you have such a setup configured, and this still shows 0 while you&apos;re playing audio from other programs, your setup is not working.</source>
        <oldsource>This shows the peak power in the last frame (20 ms) of the speakers. Unless you are using a multi-channel sampling method (such as ASIO) with speaker channels configured, this will be 0. If you have such a setup configured, and this still shows 0 while you&apos;re playing audio from other programs, your setup is not working.</oldsource>
        <translation>Muestra la potencia máxima de los altavoces en la última trama (20 ms). A menos que esté usando un método de muestreo multi-canal (como ASIO) con los canales de altavoces configurados, esto será 0. Si ha configurado una instalación de este tipo, y esto aún muestra 0 mientras se reproduce audio de otros programas, su instalación no está funcionando.</translation>
    </message>
    <message>
        <source>Peak clean level</source>
        <translation>Nivel limpio máximo</translation>
    </message>
    <message>
        <source>This shows the peak power in the last frame (20 ms) after all processing. Ideally, this should be -96 dB when you&apos;re not talking. In reality, a sound studio should see -60 dB, and you should hopefully see somewhere around -20 dB. When you are talking, this should rise to somewhere between -5 and -10 dB.&lt;br /&gt;If you are using echo cancellation, and this rises to more than -15 dB when you&apos;re not talking, your setup is not working, and you&apos;ll annoy other users with echoes.</source>
        <translation>Muestra la potencia máxima en la última trama (20 ms) tras todo el procesado. Idealmente, esto debería ser -96 dB cuando no esté hablando. En realidad, un estudio de sonido debería ver -60 dB, y usted debería ver en torno a -20 dB con un poco de suerte. Cuando hable, esto debería aumentar hasta un valor entre -5 y -10 dB.&lt;br /&gt;Si está usando cancelación de eco, y esto sube a más de -15 dB cuando no está hablando, su instalación no está funcionando, y molestará con ecos a los otros usuarios.</translation>
    </message>
    <message>
        <source>Signal Analysis</source>
        <translation>Análisis de la señal</translation>
    </message>
    <message>
        <source>Microphone power</source>
        <translation>Potencia del micrófono</translation>
    </message>
    <message>
        <source>How close the current input level is to ideal</source>
        <translation>Cuán próximo al ideal está el nivel de entrada actual</translation>
    </message>
    <message>
        <source>This shows how close your current input volume is to the ideal. To adjust your microphone level, open whatever program you use to adjust the recording volume, and look at the value here while talking.&lt;br /&gt;&lt;b&gt;Talk loud, as you would when you&apos;re upset over getting fragged by a noob.&lt;/b&gt;&lt;br /&gt;Adjust the volume until this value is close to 100%, but make sure it doesn&apos;t go above. If it does go above, you are likely to get clipping in parts of your speech, which will degrade sound quality.</source>
        <translation>Muestra cuán próximo al ideal está su nivel de volumen de entrada actual. Para ajustar su nivel de micrófono, abra el programa que emplea para ajustar el volumen de grabación, y observe el valor de aquí mientras habla.&lt;br /&gt;&lt;b&gt;Hable alto, como lo haría cuando está enfadado por perder ante un novato.&lt;/b&gt;&lt;br /&gt;Ajuste el volumen hasta que este valor esté próximo a 100%, pero asegúrese de que no lo sobrepasa. Si lo sobrepasa, es probable que se produzcan cortes en partes de su habla, lo que degradará la calidad de sonido.</translation>
    </message>
    <message>
        <source>Signal-To-Noise ratio</source>
        <translation>Relación señal/ruido</translation>
    </message>
    <message>
        <source>Signal-To-Noise ratio from the microphone</source>
        <translation>Tasa señal/ruido del micrófono</translation>
    </message>
    <message>
        <source>This is the Signal-To-Noise Ratio (SNR) of the microphone in the last frame (20 ms). It shows how much clearer the voice is compared to the noise.&lt;br /&gt;If this value is below 1.0, there&apos;s more noise than voice in the signal, and so quality is reduced.&lt;br /&gt;There is no upper limit to this value, but don&apos;t expect to see much above 40-50 without a sound studio.</source>
        <translation>Muestra la Tasa Señal/Ruido (SNR) del micrófono en la última trama (20 ms). Muestra cuán clara es la voz en comparación con el ruido.&lt;br /&gt;Si este valor está por debajo de 1.0, hay más ruido que voz en la señal, y por tanto se reduce la calidad.&lt;br /&gt;No hay límite superior para este valor, pero no espere ver muy por encima de 40-50 sin un estudio de sonido.</translation>
    </message>
    <message>
        <source>Speech Probability</source>
        <translation>Probabilidad de habla</translation>
    </message>
    <message>
        <source>Probability of speech</source>
        <translation>Probabilidad de habla</translation>
    </message>
    <message>
        <source>This is the probability that the last frame (20 ms) was speech and not environment noise.&lt;br /&gt;Voice activity transmission depends on this being right. The trick with this is that the middle of a sentence is always detected as speech; the problem is the pauses between words and the start of speech. It&apos;s hard to distinguish a sigh from a word starting with &apos;h&apos;.&lt;br /&gt;If this is in bold font, it means Mumble is currently transmitting (if you&apos;re connected).</source>
        <translation>Esta es la probabilidad de que la última trama (20 ms) fuera habla y no ruido ambiental.&lt;br /&gt;La transmisión por Actividad Vocal depende de la correción de este valor. El truco de esto es que el medio de una frase se detecta siempre como habla, el problema son las pausas entre palabras y el comienzo del discurso. Es difícil distinguir un suspiro de una palabra que empiece con &apos;h&apos;.&lt;br /&gt;Si esto está en fuente negrita, significa que Mumble está transmitiendo actualmente (si está conectado).</translation>
    </message>
    <message>
        <source>Configuration feedback</source>
        <translation>Información para la configuración</translation>
    </message>
    <message>
        <source>Current audio bitrate</source>
        <translation>Velocidad actual de transmisión del audio</translation>
    </message>
    <message>
        <source>Bitrate of last frame</source>
        <translation>Velocidad de transmisión de la última trama</translation>
    </message>
    <message>
        <source>DoublePush interval</source>
        <translation>Intervalo de DoblePulsación</translation>
    </message>
    <message>
        <source>Time between last two Push-To-Talk presses</source>
        <translation>Tiempo entre las dos últimas pulsaciones de PresionarParaHablar</translation>
    </message>
    <message>
        <source>Speech Detection</source>
        <translation>Detección del habla</translation>
    </message>
    <message>
        <source>Current speech detection chance</source>
        <translation>Probabilidad actual de detección del habla</translation>
    </message>
    <message>
        <source>&lt;b&gt;This shows the current speech detection settings.&lt;/b&gt;&lt;br /&gt;You can change the settings from the Settings dialog or from the Audio Wizard.</source>
        <translation>&lt;b&gt;Muestra las opciones actuales de detección del habla.&lt;/b&gt;&lt;br /&gt;Puede cambiar las opciones desde el cuadro de diálogo Opciones o desde el Asistente de audio.</translation>
    </message>
    <message>
        <source>Signal and noise power spectrum</source>
        <translation>Espectro de potencia de la señal y el ruido</translation>
    </message>
    <message>
        <source>Power spectrum of input signal and noise estimate</source>
        <translation>Espectro de potencia de la señal de entrada y estimación del ruido</translation>
    </message>
    <message>
        <source>This shows the power spectrum of the current input signal (red line) and the current noise estimate (filled blue).&lt;br /&gt;All amplitudes are multiplied by 30 to show the interesting parts (how much more signal than noise is present in each waveband).&lt;br /&gt;This is probably only of interest if you&apos;re trying to fine-tune noise conditions on your microphone. Under good conditions, there should be just a tiny flutter of blue at the bottom. If the blue is more than halfway up on the graph, you have a seriously noisy environment.</source>
        <translation>Muestra el espectro de potencia de la señal de entrada actual (línea roja) y la estimación de ruido actual (relleno azul).&lt;br /&gt;Todas las amplitudes se multiplican por 30 para mostrar las partes interesantes (cuánta más señal que ruido está presente en cada banda de onda).&lt;br /&gt;Esto probablemente tiene interés solo si está tratando de ajustar con precisión las condiciones de ruido de su micrófono. Bajo buenas condiciones, debería haber tan sólo una pequeña palpitación de azul en la parte inferior. Si el azul sobrepasa más de la mitad del gráfico, posee un entorno seriamente ruidoso.</translation>
    </message>
    <message>
        <source>Echo Analysis</source>
        <translation>Análisis del eco</translation>
    </message>
    <message>
        <source>Weights of the echo canceller</source>
        <translation>Pesos del cancelador de eco</translation>
    </message>
    <message>
        <source>This shows the weights of the echo canceller, with time increasing downwards and frequency increasing to the right.&lt;br /&gt;Ideally, this should be black, indicating no echo exists at all. More commonly, you&apos;ll have one or more horizontal stripes of bluish color representing time delayed echo. You should be able to see the weights updated in real time.&lt;br /&gt;Please note that as long as you have nothing to echo off, you won&apos;t see much useful data here. Play some music and things should stabilize. &lt;br /&gt;You can choose to view the real or imaginary parts of the frequency-domain weights, or alternately the computed modulus and phase. The most useful of these will likely be modulus, which is the amplitude of the echo, and shows you how much of the outgoing signal is being removed at that time step. The other viewing modes are mostly useful to people who want to tune the echo cancellation algorithms.&lt;br /&gt;Please note: If the entire image fluctuates massively while in modulus mode, the echo canceller fails to find any correlation whatsoever between the two input sources (speakers and microphone). Either you have a very long delay on the echo, or one of the input sources is configured wrong.</source>
        <translation>Muestra los pesos del cancelador de eco, con el tiempo incrementándose hacia abajo y la frecuencia incrementándose hacia la derecha.&lt;br /&gt;Idealmente, esto debería ser negro, indicando que no existe eco alguno. Más comúnmente, habrá una o más bandas horizontales de color azulado que representan eco retrasado en el tiempo. Debería poder ver los pesos actualizados en tiempo real.&lt;br /&gt;Fíjese en que mientras no haya nada a lo que cancelar el eco, no verá datos muy útiles aquí. Reproduzca algo de música y las cosas deberían estabilizarse.&lt;br /&gt;Puede elegir ver las partes reales o imaginarias de los pesos en el dominio de la frecuencia, o de forma alternativa el módulo y la fase calculados. Lo más útil de estos probablemente sea el módulo, que es la amplitud del eco, y muestra cuánto de la señal saliente está siendo eliminado en este paso de tiempo. Los otros modos de visionado son útiles en su mayoría a personas que quieren ajustar los algoritmos de cancelación de eco.&lt;br /&gt;Por favor, fíjese en que si la imagen completa fluctúa ampliamente mientras está en el modo módulo, el cancelador de eco no logra encontrar ninguna correlación entre las dos fuentes de entrada (altavoces y micrófono). O tiene un retraso muy largo en el eco, o una de las fuentes de entrada está mal configurada.</translation>
    </message>
    <message>
        <source>This is the audio bitrate of the last compressed frame (20 ms). The peak bitrate can be adjusted in the Settings dialog.</source>
        <translation>Esta es la tasa de bits de audio del ultimo cuadro comprimido (20 ms). La tasa de bits maxima se puede ajustar con el cuadro de dialogo Configuracion.</translation>
    </message>
</context>
<context>
    <name>AudioWizard</name>
    <message>
        <source>Audio Tuning Wizard</source>
        <translation>Asistente para el ajuste del audio</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <source>Welcome to the Mumble Audio Wizard</source>
        <translation>Bienvenido al Asistente para el ajuste del audio de Mumble</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Enjoy using Mumble</source>
        <translation>Disfrute usando Mumble</translation>
    </message>
    <message>
        <source>Device selection</source>
        <translation>Selección del dispositivo</translation>
    </message>
    <message>
        <source>Selecting the input and output device to use with Mumble.</source>
        <translation>Seleccionando el dispositivo de entrada y salida a usar con Mumble.</translation>
    </message>
    <message>
        <source>This is the device your microphone is connected to.</source>
        <translation>Este es el dispositivo al que esta conectado su micrófono.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Input method for audio</source>
        <translation>Método de entrada para el audio</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Input device to use</source>
        <translation>Dispositivo de entrada a usar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Selects which sound card to use for audio input.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Selecciona qué tarjeta de sonido usar para la entrada de audio.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cancel echo from headset or speakers</source>
        <translation>Cancelar el eco de los auriculares o altavoces</translation>
    </message>
    <message>
        <source>Use echo cancellation</source>
        <translation>Usar cancelación de eco</translation>
    </message>
    <message>
        <source>This enables echo cancellation of outgoing audio, which helps both on speakers and on headsets.</source>
        <translation>Esto habilita la cancelación de eco del audio saliente, que beneficia a altavoces y auriculares.</translation>
    </message>
    <message>
        <source>This is the device your speakers or headphones are connected to.</source>
        <translation>Este es el dispositivo al que están conectados sus altavoces o auriculares.</translation>
    </message>
    <message>
        <source>Output method for audio</source>
        <translation>Método de salida para el audio</translation>
    </message>
    <message>
        <source>Output device to use</source>
        <translation>Dispositivo de salida a usar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Selects which sound card to use for audio Output.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Selecciona qué tarjeta de sonido usar para la salida de audio.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Enable positional audio</source>
        <translation>Habilitar audio posicional</translation>
    </message>
    <message>
        <source>Allows positioning of sound</source>
        <oldsource>Allows positioning of sound.</oldsource>
        <translation>Habilita el posicionamiento del sonido</translation>
    </message>
    <message>
        <source>Input Device</source>
        <translation>Dispositivo de entrada</translation>
    </message>
    <message>
        <source>Output Device</source>
        <translation>Dispositivo de salida</translation>
    </message>
    <message>
        <source>This allows Mumble to use positional audio to place voices.</source>
        <translation>Permite a Mumble usar audio posicional para situar las voces.</translation>
    </message>
    <message>
        <source>&lt;p&gt;
To keep latency to an absolute minimum, it&apos;s important to buffer as little audio as possible on the soundcard. However, many soundcards report that they require a much smaller buffer than what they can actually work with, so the only way to set this value is to try and fail.
&lt;/p&gt;
&lt;p&gt;
You should hear a voice sample. Change the slider below to the lowest value which gives &lt;b&gt;no&lt;/b&gt; interruptions or jitter in the sound. Please note that local echo is disabled during this test.
&lt;/p&gt;
</source>
        <translation>&lt;p&gt;
Para mantener la latencia en el mínimo absoluto, es importante almacenar en la tarjeta de sonido la menor cantidad de audio que sea posible. Sin embargo, muchas tarjetas de sonido informan de que requieren un búfer mucho más pequeño del que en realidad necesitan para funcionar, asi que la única forma de establecer este valor es mediante prueba y error.
&lt;/p&gt;
&lt;p&gt;
Debería oir una muestra de voz. Cambie el control deslizante de abajo al valor mas bajo con el que no obtenga &lt;b&gt;ninguna&lt;/b&gt; interrupción ni ruido en el sonido. Por favor, fíjese en que el eco local se desactiva durante esta prueba.
&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Amount of data to buffer</source>
        <translation>Cantidad de datos a almacenar</translation>
    </message>
    <message>
        <source>This sets the amount of data to pre-buffer in the output buffer. Experiment with different values and set it to the lowest which doesn&apos;t cause rapid jitter in the sound.</source>
        <translation>Establece la cantidad de datos que prealmacenar en el búfer de salida. Experimente con diferentes valores y fíjelo al más bajo que no cause ruido en el sonido.</translation>
    </message>
    <message>
        <source>&lt;p&gt;
Open your sound control panel and go to the recording settings. Make sure the microphone is selected as active input with maximum recording volume. If there&apos;s an option to enable a &quot;Microphone boost&quot; make sure it&apos;s checked.
&lt;/p&gt;
&lt;p&gt;
Speak loudly, as when you are annoyed or excited. Decrease the volume in the sound control panel until the bar below stays as high as possible in the blue and green but &lt;b&gt;not&lt;/b&gt; the red zone while you speak.
&lt;/p&gt;
</source>
        <translation>&lt;p&gt;
Abra su panel de control de sonido y vaya a las opciones de grabación. Asegúrese de que el micrófono está seleccionado como la entrada activa y con el máximo volumen de grabación. Si existe una opción para habilitar un &quot;Potenciado del micrófono&quot; asegúrese de que está activada.
&lt;/p&gt;
&lt;p&gt;
Hable fuerte en voz alta, como cuando está molesto o entusiasmado. Baje el volumen en el panel de control de sonido hasta que la barra de abajo permanezca, mientras habla, tan alto como sea posible en la zona azul y verde pero &lt;b&gt;no&lt;/b&gt; en la zona roja.
&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Positional Audio</source>
        <translation>Audio posicional</translation>
    </message>
    <message>
        <source>Adjusting attenuation of positional audio.</source>
        <translation>Ajustando la atenuación del audio posicional.</translation>
    </message>
    <message>
        <source>Use headphones instead of speakers</source>
        <translation>Usar auriculares en vez de altavoces</translation>
    </message>
    <message>
        <source>&lt;p&gt;
Congratulations. You should now be ready to enjoy a richer sound experience with Mumble.
&lt;/p&gt;
&lt;p&gt;
Mumble is under continuous development, and the development team wants to focus on the features that benefit the most users. To this end, Mumble supports submitting anonymous statistics about your configuration to the developers. These statistics are essential for future development, and also make sure the features you use aren&apos;t deprecated.
&lt;/p&gt;
</source>
        <translation>&lt;p&gt;
Enhorabuena. Ya debería estar listo para disfrutar una experiencia de sonido más rica con Mumble.
&lt;/p&gt;
&lt;p&gt;
Mumble se encuentra en continuo desarrollo, y el equipo de desarrollo quiere centrarse en las características que beneficien a la mayoría de usuarios. Para ello, Mumble admite el envío de estadísticas anónimas acerca de su configuración a los desarrolladores. Dichas estadísticas son esenciales para el desarrollo futuro, y para asegurar que las características que usa no queden obsoletas.
&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Use headphones</source>
        <translation>Usar auriculares</translation>
    </message>
    <message>
        <source>This ignores the OS speaker configuration and configures the positioning for headphones instead.</source>
        <translation>Esto hace que se ignore la configuración de altavoces del SO y configura el posicionamiento para auriculares en su lugar.</translation>
    </message>
    <message>
        <source>Volume tuning</source>
        <translation>Control del volumen</translation>
    </message>
    <message>
        <source>Tuning microphone hardware volume to optimal settings.</source>
        <translation>Ajustar la configuración óptima del volumen para el micrófono.</translation>
    </message>
    <message>
        <source>Now talk softly, as you would when talking late at night and you don&apos;t want to disturb anyone. Adjust the slider below so that the bar moves into green when you talk, but stays blue while you&apos;re silent.</source>
        <translation>Ahora hable bajito, como cuando está hablando tarde en la noche y no quiere molestar a nadie. Ajuste el control deslizante de abajo de forma que la barra alcance el verde mientras habla, pero permanezca en azul mientras guarde silencio.</translation>
    </message>
    <message>
        <source>Voice Activity Detection</source>
        <translation>Detección de la Actividad Vocal</translation>
    </message>
    <message>
        <source>Letting Mumble figure out when you&apos;re talking and when you&apos;re silent.</source>
        <translation>Permitir a Mumble suponer cuándo está hablando y cuándo guarda silencio.</translation>
    </message>
    <message>
        <source>This will help Mumble figure out when you are talking. The first step is selecting which data value to use.</source>
        <translation>Esto ayudará a Mumble averiguar cuándo está hablando. El primer paso es seleccionar qué valor de los datos usar.</translation>
    </message>
    <message>
        <source>Raw amplitude from input</source>
        <translation>Amplitud sin procesar de la entrada</translation>
    </message>
    <message>
        <source>Signal-To-Noise ratio</source>
        <translation>Relación señal-ruiido</translation>
    </message>
    <message>
        <source>Next you need to adjust the following slider. The first few utterances you say should end up in the green area (definitive speech). While talking, you should stay inside the yellow (might be speech) and when you&apos;re not talking, everything should be in the red (definitively not speech).</source>
        <oldsource>Next you need to adjust the following two sliders. The first few utterances you say should end up in the green area (definitive speech). While talking, you should stay inside the yellow (might be speech) and when you&apos;re not talking, everything should be in the red (definitively not speech).</oldsource>
        <translation>Ahora debe ajustar los siguientes dos controles deslizantes. Las primeras palabras que diga deberían terminar en el área verde (es habla con toda certeza). Mientras habla, debería permanecer en la amarilla (podria ser habla) y cuando no esté hablando, todo deberia estar en la roja (definitivamente no es habla).</translation>
    </message>
    <message>
        <source>Device tuning</source>
        <translation>Ajuste del dispositivo</translation>
    </message>
    <message>
        <source>Changing hardware output delays to their minimum value.</source>
        <translation>Cambiando el retraso del hardware de salida al valor mínimo.</translation>
    </message>
    <message>
        <source>Submit anonymous statistics to the Mumble project</source>
        <translation>Enviar estadísticas anónimas al proyecto Mumble</translation>
    </message>
    <message>
        <source>Push To Talk:</source>
        <translation>Presionar Para Hablar:</translation>
    </message>
    <message>
        <source>Quality &amp; Notifications</source>
        <translation>&amp;Notificaciones de calidad</translation>
    </message>
    <message>
        <source>Adjust quality and notification settings.</source>
        <translation>Ajusta las opciones de calidad y notificación.</translation>
    </message>
    <message>
        <source>Quality settings</source>
        <translation>Configuración de calidad</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Equlibrada</translation>
    </message>
    <message>
        <source>Notification settings</source>
        <translation>Opciones de notificación</translation>
    </message>
    <message>
        <source>Use Text-To-Speech to read notifications and messages to you.</source>
        <translation>Usar Texto-A-Voz (TTS) para leer las notificaciones y mensajes para usted.</translation>
    </message>
    <message>
        <source>Disable Text-To-Speech and use sounds instead.</source>
        <translation>Inhabilitar Texto-A-Voz (TTS) y usar sonidos en su lugar.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Enables attenuation of other applications while users talk to you</source>
        <translation>Habilita la atenuación de las otras aplicaciones mientras los usuarios le hablan</translation>
    </message>
    <message>
        <source>Attenuate applications while other users talk</source>
        <translation>Atenuar las aplicaciones mientras otros usuarios hablan</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizada</translation>
    </message>
    <message>
        <source>You already set a customized quality configuration in Mumble. Select this setting to keep it.</source>
        <translation>Ya estableció una configuración de calidad personalizada en Mumble. Seleccione esta opción para mantenerla.</translation>
    </message>
    <message>
        <source>Enables attenuation of other applications while users talk to you. This means that as soon someone starts to speak to you in Mumble, the sound of all other applications (like audio players) will get attenuated so you can hear them more clearly.</source>
        <translation>Habilita la atenuación de las otras aplicaciones mientras los usuarios le hablan. Esto significa que en cuanto alguien comience a hablarle en Mumble el sonido de las demás aplicaciones, como reproductores de audio, será atenuado para permitirle entenderlo mejor.</translation>
    </message>
    <message>
        <source>Apply some high contrast optimizations for visually impaired users</source>
        <translation>Aplica algunas optimizaciones de alto contraste para usuarios con discapacidades visuales</translation>
    </message>
    <message>
        <source>Use high contrast graphics</source>
        <translation>Usar gráficos de alto contraste</translation>
    </message>
    <message>
        <source>Keep custom Text-To-Speech settings.</source>
        <translation>Mantener las opciones personalizadas de Texto-A-Voz (TTS).</translation>
    </message>
    <message>
        <source>&lt;p&gt;
Open your sound control panel and go to the recording settings. Make sure the microphone is selected as active input with maximum recording volume. If there&apos;s an option to enable a &quot;Microphone boost&quot; make sure it&apos;s checked.
&lt;/p&gt;
&lt;p&gt;
Speak loudly, as when you are annoyed or excited. Decrease the volume in the sound control panel until the bar below stays as high as possible in the striped and the empty but &lt;b&gt;not&lt;/b&gt; the crisscrossed zone while you speak.
&lt;/p&gt;
</source>
        <oldsource>&lt;p&gt;
Open your sound control panel and go to the recording settings. Make sure the microphone is selected as active input with maximum recording volume. If there&apos;s an option to enable a &quot;Microphone boost&quot; make sure it&apos;s checked.
&lt;/p&gt;
&lt;p&gt;
Speak loudly, as when you are annoyed or excited. Decrease the volume in the sound control panel until the bar below stays as high as possible in the striped and the empty but &lt;b&gt;not&lt;/b&gt; the criss-crossed zone while you speak.
&lt;/p&gt;
</oldsource>
        <comment>For high contrast mode</comment>
        <translation>&lt;p&gt;
Abra su panel de control de sonido y vaya a las opciones de grabación. Asegúrese de que el micrófono está seleccionado como la entrada activa y con el máximo volumen de grabación. Si existe una opción para habilitar un &quot;Potenciado del micrófono&quot; asegúrese de que está marcada.
&lt;/p&gt;
&lt;p&gt;
Hable fuerte en voz alta, como cuando está molesto o entusiasmado. Baje el volumen en el panel de control de sonido hasta que la barra de abajo permanezca, mientras habla, tan alto como sea posible en las zonas rayada y vacía pero &lt;b&gt;no&lt;/b&gt; en la zona entrecruzada.
&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Now talk softly, as you would when talking late at night and you don&apos;t want to disturb anyone. Adjust the slider below so that the bar moves into empty zone when you talk, but stays in the striped one while you&apos;re silent.</source>
        <comment>For high contrast mode</comment>
        <translation>Ahora hable bajito, como cuando está hablando tarde en la noche y no quiere molestar a nadie. Ajuste el control deslizante de abajo de forma que la barra alcance la zona vacía mientras habla, pero permanezca en la rayada mientras guarde silencio.</translation>
    </message>
    <message>
        <source>Next you need to adjust the following slider. The first few utterances you say should end up in the empty area (definitive speech). While talking, you should stay inside the striped (might be speech) and when you&apos;re not talking, everything should be in the crisscrossed (definitively not speech).</source>
        <comment>For high contrast mode</comment>
        <translation>Ahora debe ajustar los siguientes dos controles deslizantes. Las primeras palabras que diga deberían terminar en el área vacía (es habla con toda certeza). Mientras habla, debería permanecer en la rayada (podria ser habla) y cuando no esté hablando, todo deberia estar en la entrecruzada (definitivamente no es habla).</translation>
    </message>
    <message>
        <source>In this configuration Mumble will use a &lt;b&gt;low amount of bandwidth&lt;/b&gt;. This will inevitably result in high latency and poor quality. Choose this only if your connection cannot handle the other settings. (16kbit/s, 60ms per packet)</source>
        <translation>En esta configuración Mumble usará una &lt;b&gt;baja cantidad de ancho de banda&lt;/b&gt;. Esto ocasionará inevitablemente latencia alta y calidad pobre. Elija esto solo si su conexión no puede manejar las otras opciones. (16kbit/s, 60ms por paquete)</translation>
    </message>
    <message>
        <source>This is the &lt;b&gt;recommended default&lt;/b&gt; configuration. It provides a good balance between quality, latency, and bandwidth usage. (40kbit/s, 20ms per packet)</source>
        <translation>Esta es la configuración &lt;b&gt;recomendada por defecto&lt;/b&gt;. Proporciona un buen equilibrio entre calidad, latencia y uso de ancho de banda. (40kbit/s, 20ms por paquete)</translation>
    </message>
    <message>
        <source>This configuration is only recommended for use in setups where bandwidth is not an issue, like a LAN. It provides the lowest latency supported by Mumble and &lt;b&gt;high quality&lt;/b&gt;. (72kbit/s, 10ms per packet)</source>
        <translation>Solo se recomienda esta configuración para su uso en entornos en los que el ancho de banda no sea un problema, como una red de área local. Proporciona la latencia más baja soportada por Mumble y &lt;b&gt;alta calidad&lt;/b&gt;. (72kbit/s, 10ms por paquete)</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the input method to use for audio.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Este es el dispositivo de entrada a utilizar para audio.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the Output method to use for audio.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sistema de salida a utilizar para audio.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This is the audio tuning wizard for Mumble. This will help you correctly set the input levels of your sound card, and also set the correct parameters for sound processing in Mumble. &lt;/p&gt;&lt;p&gt;Please be aware that as long as this wizard is active, audio will be looped locally to allow you to listen to it, and no audio will be sent to the server. &lt;/p&gt;&lt;p&gt;Note that you can cancel this wizard at any time without it having an effect on your current audio systems. The settings are only applied once this wizard has been completed.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Este es el asistente para el ajuste del audio de Mumble. Le ayudará a establecer correctamente los niveles de entrada de su tarjeta de sonido, y también fijará los parámetros correctos para el procesamiento de sonido en Mumble. &lt;/p&gt;&lt;p&gt;Por favor, sepa que mientras este asistente esté activo, todo el audio será redirigido localmente para permitirle escucharlo, y no se enviará al servidor. &lt;/p&gt;&lt;p&gt;Tenga en cuenta que puede cancelar este asistente en cualquier momento y así no cambiará su configuración actual de sonido. La configuración se guardará sólo cuando usted haya completado este asistente.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumble supports positional audio for some games, and will position the voice of other users relative to their position in game. Depending on their position, the volume of the voice will be changed between the speakers to simulate the direction and distance the other user is at. Such positioning depends on your speaker configuration being correct in your operating system, so a test is done here. &lt;/p&gt;&lt;p&gt;The graph below shows the position of &lt;span style=&quot; color:#56b4e9;&quot;&gt;you&lt;/span&gt;, the &lt;span style=&quot; color:#d55e00;&quot;&gt;speakers&lt;/span&gt; and a &lt;span style=&quot; color:#009e73;&quot;&gt;moving sound source&lt;/span&gt; as if seen from above. You should hear the audio move between the channels. &lt;/p&gt;&lt;p&gt;You can also use your mouse to position the &lt;span style=&quot; color:#009e73;&quot;&gt;sound source&lt;/span&gt; manually.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumble adminte audio posicional para algunos juegos, y posicionará la voz de otros usuarios en relación a su posición en el juego. Dependiendo de su posición, el volumen de la voz cambiará entre los altavoces para simular la dirección y la distancia a la que están los otros usuarios. Tal posicionamiento depende de que la configuración de los altavoces sea correcta en su sistema operativo, así que se hará una prueba aquí. &lt;/p&gt;&lt;p&gt;El gráfico de abajo muestra &lt;span style=&quot; color:#56b4e9;&quot;&gt;su&lt;/span&gt; posición, los &lt;span style=&quot; color:#d55e00;&quot;&gt;altavoces&lt;/span&gt; y una &lt;span style=&quot; color:#009e73;&quot;&gt;fuente de sonido móvil&lt;/span&gt; vistas desde arriba. Debería oír el audio moverse entre los canales. &lt;/p&gt;&lt;p&gt;También puede usar el puntero para posicionar la &lt;span style=&quot; color:#009e73;&quot;&gt;fuente de sonido&lt;/span&gt; manualmente.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Maximum amplification</source>
        <translation>Amplificación máxima</translation>
    </message>
    <message>
        <source>No buttons assigned</source>
        <translation>No hay botones asignados</translation>
    </message>
    <message>
        <source>Audio input system</source>
        <translation>Sistema de entrada de audio</translation>
    </message>
    <message>
        <source>Audio input device</source>
        <translation>Dispositivo de entrada de audio</translation>
    </message>
    <message>
        <source>Select audio output device</source>
        <translation>Selecciona el dispositivo de salida de audio</translation>
    </message>
    <message>
        <source>Audio output system</source>
        <translation>Sistema de salida de audio</translation>
    </message>
    <message>
        <source>Audio output device</source>
        <translation>Dispositivo de salida de audio</translation>
    </message>
    <message>
        <source>The Mumble positional audio system enables users to link the relative position of their voice to third party applications such as games.</source>
        <translation>El sistema de audio posicional de Mumble permite a los usuarios vincular la posición relativa de su voz a aplicaciones de terceros, como juegos.</translation>
    </message>
    <message>
        <source>Output delay for incoming speech</source>
        <translation>Retardo de salida para el audio de entrada</translation>
    </message>
    <message>
        <source>Maximum amplification of input sound</source>
        <translation>Amplificación máxima del sonido de entrada</translation>
    </message>
    <message>
        <source>Speech is dynamically amplified by at most this amount</source>
        <translation>La voz se amplifica dinámicamente como máximo esta cantidad</translation>
    </message>
    <message>
        <source>Voice activity detection level</source>
        <translation>Nivel de detección de actividad vocal</translation>
    </message>
    <message>
        <source>This will set the range in which Mumble will consider a signal speech. Increase value to make voice activation more sensitive.</source>
        <translation>Esto establecerá el rango en el que Mumble considerará una señal de voz. Aumente el valor para que la activación por voz sea más sensible.</translation>
    </message>
    <message>
        <source>Push to talk</source>
        <translation>Pulsar para hablar</translation>
    </message>
    <message>
        <source>Use the &quot;push to talk shortcut&quot; button to assign a key</source>
        <translation>Utiliza el botón &quot;Acceso directo pulsar para hablar&quot; para asignar una tecla</translation>
    </message>
    <message>
        <source>Set push to talk shortcut</source>
        <translation>Establece el acceso directo de pulsar para hablar</translation>
    </message>
    <message>
        <source>This will open a shortcut edit dialog</source>
        <translation>Se abrirá un cuadro de diálogo para editar el acceso directo</translation>
    </message>
    <message>
        <source>Graphical positional audio simulation view</source>
        <translation>Vista gráfica de simulación de audio posicional</translation>
    </message>
    <message>
        <source>This visually represents the positional audio that is currently being played</source>
        <translation>Representa visualmente el audio posicional que se está reproduciendo</translation>
    </message>
</context>
<context>
    <name>BanDialog</name>
    <message>
        <source>Banning user</source>
        <translation>Baneando usuario</translation>
    </message>
    <message>
        <source>Enter reason</source>
        <translation>Introduzca el motivo</translation>
    </message>
    <message>
        <source>Ban User Certificate</source>
        <translation>Banear certificado de usuario</translation>
    </message>
    <message>
        <source>Ban IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban</source>
        <translation type="unfinished">Prohibir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
    </message>
    <message>
        <source>Banning user %1</source>
        <translation type="unfinished">Prohibiendo al usuario %1</translation>
    </message>
</context>
<context>
    <name>BanEditor</name>
    <message>
        <source>Mumble - Edit Bans</source>
        <translation>Mumble - Editar prohibiciones</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>&amp;Mask</source>
        <translation>&amp;Máscara</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Resúmen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>A&amp;ctualizar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Ban List</source>
        <translation>Lista de Bans</translation>
    </message>
    <message>
        <source>Search field</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>This is the search field. Use it to find bans that have this username set in the username field.</source>
        <translation>Este es el campo de búsqueda. Empleelo para encontrar baneos a traves del nombre establecido en el campo de usuario.</translation>
    </message>
    <message>
        <source>Who are you looking for?</source>
        <translation>A quien está buscando?</translation>
    </message>
    <message>
        <source>No nickname</source>
        <translation>Sin nombre de usuario</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>No IP address</source>
        <translation>Sin dirección IP</translation>
    </message>
    <message>
        <source>Reason for the ban</source>
        <translation>Razón del ban</translation>
    </message>
    <message>
        <source>No reason</source>
        <translation>Sin razón</translation>
    </message>
    <message>
        <source>Ban end date</source>
        <translation>Fecha de fin del ban</translation>
    </message>
    <message>
        <source>Ban end date. If you set the same date for start and end, the ban will be permanent (it will not expire).</source>
        <translation>Fecha fin del ban. Si se emplea la misma fecha para el inicio y fin del ban, el ban sera permanente (no expirará).</translation>
    </message>
    <message>
        <source>Certificate hash</source>
        <translation>Hash del certificado</translation>
    </message>
    <message>
        <source>No certificate hash</source>
        <translation>Sin hash del certificado</translation>
    </message>
    <message>
        <source>Banned users</source>
        <translation>Usuarios baneados</translation>
    </message>
    <message>
        <source>This is a list with banned users.</source>
        <translation>Esta es una lista con usuarios baneados.</translation>
    </message>
    <message>
        <source>Use this button if you want to add a new ban.</source>
        <translation>Emplee este botón si desea añadir un nuevo ban.</translation>
    </message>
    <message>
        <source>Use this button if you want to update ban information.</source>
        <translation>Emplee este botón si desea modificar la información de un ban.</translation>
    </message>
    <message>
        <source>Use this button if you want to remove user from the ban list.</source>
        <translation>Emplee este botón si desea eliminar un usuario de la lista de baneados.</translation>
    </message>
    <message>
        <source>Clear all fields</source>
        <translation>Limpiar todos los campos</translation>
    </message>
    <message>
        <source>This button clears all fields. Use it if you want to add a new ban.</source>
        <translation>Este botón limpia todos los campos. Empleelo si desea añadir un nuevo ban.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message numerus="yes">
        <source>Ban List - %n Ban(s)</source>
        <translation>
            <numerusform>Lista de Baneados -%n Ban</numerusform>
            <numerusform>Lista de Baneados -%n Ban(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Máscara</translation>
    </message>
    <message>
        <source>Search for banned user</source>
        <translation>Buscar usuario baneado</translation>
    </message>
    <message>
        <source>Username to ban</source>
        <translation>Nombre de usuario a banear</translation>
    </message>
    <message>
        <source>IP address to ban</source>
        <translation>Dirección IP a banear</translation>
    </message>
    <message>
        <source>Ban reason</source>
        <translation>Motivo del ban</translation>
    </message>
    <message>
        <source>Ban start date/time</source>
        <translation>Inicio del ban fecha/hora</translation>
    </message>
    <message>
        <source>Ban end date/time</source>
        <translation>Fin del ban fecha/hora</translation>
    </message>
    <message>
        <source>Certificate hash to ban</source>
        <translation>Hash del certificado a banear</translation>
    </message>
    <message>
        <source>List of banned users</source>
        <translation>Lista de usuarios baneados</translation>
    </message>
</context>
<context>
    <name>CertView</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Expiry Date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Autofirmado</translation>
    </message>
</context>
<context>
    <name>CertWizard</name>
    <message>
        <source>Unable to validate email.&lt;br /&gt;Enter a valid (or blank) email to continue.</source>
        <translation>No se pudo validar el correo electrónico.&lt;br /&gt;Introduzca una dirección de correo electrónico válida (o en blanco) para continuar.</translation>
    </message>
    <message>
        <source>There was an error generating your certificate.&lt;br /&gt;Please try again.</source>
        <translation>Hubo un error al generar su certificado.&lt;br /&gt;Por favor, inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Your certificate and key could not be exported to PKCS#12 format. There might be an error in your certificate.</source>
        <translation>Su certificado y su clave no pudieron ser exportados al formato PKCS#12. Podría haber un error en su certificado.</translation>
    </message>
    <message>
        <source>The file could not be opened for writing. Please use another file.</source>
        <translation>No se pudo abrir el archivo para su escritura. Por favor, use otro archivo.</translation>
    </message>
    <message>
        <source>The file&apos;s permissions could not be set. No certificate and key has been written. Please use another file.</source>
        <translation>No se han podido modificar los permisos del fichero. No se han guardado certificado ni la clave. Por favor emplee otro fichero.</translation>
    </message>
    <message>
        <source>The file could not be written successfully. Please use another file.</source>
        <translation>El archivo no pudo ser escrito con éxito. Por favor, use otro archivo.</translation>
    </message>
    <message>
        <source>The file could not be opened for reading. Please use another file.</source>
        <translation>El archivo no pudo ser abierto para su lectura. Por favor, use otro archivo.</translation>
    </message>
    <message>
        <source>The file is empty or could not be read. Please use another file.</source>
        <translation>El archivo está vacío o no pudo ser leído. Por favor, use otro archivo.</translation>
    </message>
    <message>
        <source>The file did not contain a valid certificate and key. Please use another file.</source>
        <translation>El archivo no contenía un certificado y una clave válidos. Por favor, use otro archivo.</translation>
    </message>
    <message>
        <source>Select file to export certificate to</source>
        <translation>Seleccione el archivo al que exportar el certificado</translation>
    </message>
    <message>
        <source>Select file to import certificate from</source>
        <translation>Seleccione el archivo del que importar el certificado</translation>
    </message>
    <message>
        <source>Unable to import. Missing password or incompatible file type.</source>
        <translation>No se puede importar. Falta la contraseña o el tipo de archivo incompatible.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Certificate Expiry:&lt;/b&gt; Your certificate is about to expire. You need to renew it, or you will no longer be able to connect to servers you are registered on.</source>
        <translation>&lt;b&gt;Vencimiento del certificado:&lt;/b&gt; Su certificado está a punto de caducar. Debe renovarlo, o de lo contrario no podrá conectarse a los servidores en los que se haya registrado.</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>Certificate Management</source>
        <translation>Gestión de certificados</translation>
    </message>
    <message>
        <source>Certificate Authentication</source>
        <translation>Autenticación con certificado</translation>
    </message>
    <message>
        <source>Authenticating to servers without using passwords</source>
        <translation>Autenticarse con a los servidore sin usar contraseñas</translation>
    </message>
    <message>
        <source>Current certificate</source>
        <translation>Certificado actual</translation>
    </message>
    <message>
        <source>This is the certificate Mumble currently uses.</source>
        <translation>Este es el certificado que Mumble usa actualmente.</translation>
    </message>
    <message>
        <source>Current Certificate</source>
        <translation>Certificado actual</translation>
    </message>
    <message>
        <source>Create a new certificate</source>
        <translation>Crear un nuevo certificado</translation>
    </message>
    <message>
        <source>This will create a new certificate.</source>
        <translation>Esto creará un nuevo certificado.</translation>
    </message>
    <message>
        <source>Import certificate from file</source>
        <translation>Importar certificado desde un archivo</translation>
    </message>
    <message>
        <source>This will import a certificate from file.</source>
        <translation>Esto importará un certificado desde un archivo.</translation>
    </message>
    <message>
        <source>Import a certificate</source>
        <translation>Importar un certificado</translation>
    </message>
    <message>
        <source>Export Certificate</source>
        <translation>Exportar certificado</translation>
    </message>
    <message>
        <source>This will export a certificate to file.</source>
        <translation>Esto exportará un certificado a un archivo.</translation>
    </message>
    <message>
        <source>Export current certificate</source>
        <translation>Exportar certificado actual</translation>
    </message>
    <message>
        <source>Import Certificate</source>
        <translation>Importar certificado</translation>
    </message>
    <message>
        <source>PKCS #12 Certificate import</source>
        <translation>Importación de certificado PKCS #12</translation>
    </message>
    <message>
        <source>&lt;p&gt;Mumble can import certificates stored in PKCS #12 format. This is the format used when exporting a key from Mumble, and also when exporting keys from Firefox, Internet Explorer, Opera etc.&lt;/p&gt;&lt;p&gt;If the file is password protected, you will need the password to import the certificate.&lt;/p&gt;</source>
        <oldsource>&lt;p&gt;Mumble can import certificates stored in PKCS #12 format. This is the format used when exporting a key from Mumble, and also when exporting keys from FireFox, Internet Explorer, Opera etc.&lt;/p&gt;&lt;p&gt;If the file is password protected, you will need the password to import the certificate.&lt;/p&gt;</oldsource>
        <translation>&lt;p&gt;Mumble puede importar certificados almacenados en el formato PKCS #12. Este es el formato que se usa al exportar una clave desde Mumble, y también cuando se importan claves desde Firefox, Internet Explorer, Opera, etc.&lt;/p&gt;&lt;p&gt;Si el archivo está protegido por contraseña, deberá introducir la contraseña para importar el certificado.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Importar desde</translation>
    </message>
    <message>
        <source>Filename to import from</source>
        <translation>Nombre del archivo desde el que importar</translation>
    </message>
    <message>
        <source>This is the filename you wish to import a certificate from.</source>
        <translation>Este es el nombre del archivo desde el que desea importar un certificado.</translation>
    </message>
    <message>
        <source>Select file to import from</source>
        <translation>Seleccionar el fichero desde el que importar</translation>
    </message>
    <message>
        <source>Open...</source>
        <translation>Abrir...</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password for PKCS#12 file</source>
        <translation>Contraseña para el archivo PKCS#12</translation>
    </message>
    <message>
        <source>This is the password for the PKCS#12 file containing your certificate.</source>
        <translation>Esta es la contraseña para el archivo PKCS#12 que contiene su certificado.</translation>
    </message>
    <message>
        <source>Certificate to import</source>
        <translation>Certificado para importar</translation>
    </message>
    <message>
        <source>This is the certificate you are importing.</source>
        <translation>Este es el certificado que está importando.</translation>
    </message>
    <message>
        <source>Certificate Details</source>
        <translation>Detalles del certificado</translation>
    </message>
    <message>
        <source>Replace Certificate</source>
        <translation>Reemplazar certificado</translation>
    </message>
    <message>
        <source>Replace existing certificate with new certificate?</source>
        <translation>¿Reemplazar el certificado existente con el nuevo certificado?</translation>
    </message>
    <message>
        <source>&lt;p&gt;You already have a certificate stored in Mumble, and you are about to replace it.&lt;/p&gt;
&lt;p&gt;If you are upgrading to a certificate issued to you by a trusted CA and the email addresses match your current certificate, this is completely safe, and servers you connect to will automatically recognize the strong certificate for your email address.
&lt;/p&gt;
&lt;p&gt;If this is not the case, you will no longer be recognized by any server you previously have authenticated with. If you haven&apos;t been registered on any server yet, this is nothing to worry about.
&lt;/p&gt;
&lt;p&gt;
Are you sure you wish to replace your certificate?
&lt;/p&gt;
</source>
        <translation>&lt;p&gt;Ya tiene un certificado almacenado en Mumble, y está a punto de reemplazarlo&lt;/p&gt;
&lt;p&gt;Si lo está actualizando a un certificado emitido por una AC de confianza y las direcciones de correo electrónico coinciden con las de su certificado actual, esto es completamente seguro, y los servidores a los que se conecte reconocerán automáticamente el certificado mejorado para su dirección de correo electrónico.
&lt;/p&gt;
&lt;p&gt;Si este no es el caso, ya no será reconocido por ningún servidor con el que se haya autenticado previamente. Si no se ha registrado en ningún servidor aún, no hay nada de qué preocuparse.
&lt;/p&gt;
&lt;p&gt;
¿Está seguro de querer reemplazar su certificado?
&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>This is the certificate Mumble currently uses. It will be replaced.</source>
        <translation>Este es el certificado que Mumble usa actualmente. Será reemplazado.</translation>
    </message>
    <message>
        <source>New certificate</source>
        <translation>Nuevo certificado</translation>
    </message>
    <message>
        <source>This is the new certificate that will replace the old one.</source>
        <translation>Este es el nuevo certificado que reemplazará el antiguo.</translation>
    </message>
    <message>
        <source>New Certificate</source>
        <translation>Nuevo certificado</translation>
    </message>
    <message>
        <source>Make a backup of your certificate</source>
        <translation>Hacer una copia de seguridad de su certificado</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar en</translation>
    </message>
    <message>
        <source>Filename to export to</source>
        <translation>Nombre del archivo al que exportar</translation>
    </message>
    <message>
        <source>This is the filename you wish to export a certificate to.</source>
        <translation>Este es el nombre del archivo al que desea exportar el certificado.</translation>
    </message>
    <message>
        <source>Save As...</source>
        <translation>Guardar como...</translation>
    </message>
    <message>
        <source>This is the certificate Mumble currently uses. It will be exported.</source>
        <translation>Este es el certificado que Mumble usa actualmente. Será exportado.</translation>
    </message>
    <message>
        <source>Generate a new certificate for strong authentication</source>
        <translation>Genera un nuevo certificado para autenticación robusta</translation>
    </message>
    <message>
        <source>&lt;p&gt;Mumble will now generate a strong certificate for authentication to servers.&lt;/p&gt;&lt;p&gt;If you wish, you may provide some additional information to be stored in the certificate, which will be presented to servers when you connect. If you provide a valid email address, you can upgrade to a CA issued email certificate later on, which provides strong identification.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mumble generará ahora un certificado robusto para la autenticación con los servidores.&lt;/p&gt;&lt;p&gt;Si lo desea, puede proporcionar información adicional para que se almacene en el certificado, que será presentada a los servidores cuando se conecte. Si proporciona una dirección de correo electrónico válida, puede actualizarlo posteriormente a un certificado de correo electrónico emitido por una AC, que proporciona una identificación robusta.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Your email address (e.g. johndoe@mumble.info)</source>
        <translation>Su dirección de correo electrónico (p.e. usuario@mumble.info)</translation>
    </message>
    <message>
        <source>This is your email address. It is strongly recommended to provide a valid email address, as this will allow you to upgrade to a strong certificate without authentication problems.</source>
        <translation>Esta es su dirección de correo electrónico. Se recomienda encarecidamente que proporcione una dirección de correo electrónico válida, ya que le permitirá actualizar posteriormente su certificado a uno robusto sin que ocurran problemas de autenticación.</translation>
    </message>
    <message>
        <source>Your name (e.g. John Doe)</source>
        <translation>Su nombre (p.e. José Pérez)</translation>
    </message>
    <message>
        <source>This is your name, and will be filled out in the certificate. This field is entirely optional.</source>
        <translation>Este es su nombre, y se usará para rellenar el certificado. Este campo es totalmente opcional.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>Certificate-based authentication is ready for use</source>
        <translation>La autenticación basada en certificados está lista para su uso</translation>
    </message>
    <message>
        <source>Enjoy using Mumble with strong authentication.</source>
        <translation>Disfrute usando Mumble con autenticación robusta.</translation>
    </message>
    <message>
        <source>Automatic certificate creation</source>
        <translation>Creación automática del certificado</translation>
    </message>
    <message>
        <source>&lt;p&gt;If you ever lose your current certificate, which will happen if your computer suffers a hardware failure or you reinstall your machine, you will no longer be able to authenticate to any server you are registered on. It is therefore &lt;b&gt;mandatory&lt;/b&gt; that you make a backup of your certificate. We strongly recommend you store this backup on removable storage, such as a USB flash drive.&lt;/p&gt;
&lt;p&gt;Note that this file will not be encrypted, and if anyone gains access to it, they will be able to impersonate you, so take good care of it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Si alguna vez pierde su certificado actual, lo que ocurrirá si su ordenador sufre un fallo de hardware o si reinstala su máquina, no podrá autenticarse con ningún servidor en el que se haya registrado. Es por tanto &lt;b&gt;obligatorio&lt;/b&gt; que haga una copia de seguridad de su certificado. Recomendamos encarecidamente que almacene esta copia de seguridad en almacenamiento extraíble, como una unidad extraíble USB.&lt;/p&gt;
&lt;p&gt;Fíjese en que este archivo no se encriptará, y si alguien consigue acceder a él, podrá hacerse pasar por usted, así que tenga cuidado con él.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Displays current certificate</source>
        <translation>Muestra el certificado actual</translation>
    </message>
    <message>
        <source>Certificate file to import</source>
        <translation>Archivo del certificado a importar</translation>
    </message>
    <message>
        <source>Use the &quot;open&quot; button to select a file using a dialog.</source>
        <translation>Utilice el botón &quot;Abrir&quot; para seleccionar un archivo mediante un cuadro de diálogo.</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>Contraseña del certificado</translation>
    </message>
    <message>
        <source>Displays imported certificate</source>
        <translation>Muestra el certificado importado</translation>
    </message>
    <message>
        <source>Displays new certificate</source>
        <translation>Muestra el nuevo certificado</translation>
    </message>
    <message>
        <source>File to export certificate to</source>
        <translation>Archivo al que exportar el certificado</translation>
    </message>
    <message>
        <source>Use the &quot;save as&quot; button to select a file using a dialog.</source>
        <translation>Utiliza el botón &quot;Guardar como&quot; para seleccionar un archivo mediante un cuadro de diálogo.</translation>
    </message>
    <message>
        <source>Your name. For example: John Doe</source>
        <translation>Su nombre. Por ejemplo: John Doe</translation>
    </message>
    <message>
        <source>Your email address. For example: johndoe@mumble.info</source>
        <translation>Su correo electrónico. Por ejemplo: johndoe@mumble.info</translation>
    </message>
    <message>
        <source>&lt;p&gt;Mumble can use certificates to authenticate with servers. Using certificates avoids passwords, meaning you don&apos;t need to disclose any password to the remote site. It also enables very easy user registration and a client side friends list independent of servers.&lt;/p&gt;&lt;p&gt;While Mumble can work without certificates, the majority of servers will expect you to have one.&lt;/p&gt;&lt;p&gt;Creating a new certificate automatically is sufficient for most use cases. But Mumble also supports certificates representing trust in the users ownership of an email address. These certificates are issued by third parties. For more information see our &lt;a href=&quot;https://www.mumble.info/documentation/user/certificates/&quot;&gt;user certificate documentation&lt;/a&gt;. &lt;/p&gt;</source>
        <translation>&lt;p&gt;Mumble puede usar certificados para autenticarse con servidores. El uso de certificados evita contraseñas, lo que significa que no necesita revelar ninguna contraseña al sitio remoto. También permite un registro de usuario muy fácil y una lista de amigos del lado cliente independiente de los servidores. &lt;/p&gt;&lt;p&gt;Mientras que Mumble puede funcionar sin certificados, la mayoría de los servidores esperan que tengas uno. &lt;/p&gt;&lt;p&gt;Crear un nuevo certificado automáticamente es suficiente para la mayoría de los casos de uso. Pero Mumble también admite certificados que representan la confianza en la propiedad de los usuarios de una dirección de correo electrónico. Estos certificados son emitidos por terceros. Para más información, consulte nuestra &lt;a href=&quot;https://www.mumble.info/documentation/user/certificates/&quot;&gt;documentación de certificados de usuario&lt;/a&gt;. &lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ChanACL</name>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Traverse</source>
        <translation>Recorrer</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Ingresar</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>Hablar</translation>
    </message>
    <message>
        <source>Mute/Deafen</source>
        <translation>Enmudecer/Ensordecer</translation>
    </message>
    <message>
        <source>Make channel</source>
        <translation>Crear canal</translation>
    </message>
    <message>
        <source>Make temporary</source>
        <translation>Convertir en temporal</translation>
    </message>
    <message>
        <source>Link channel</source>
        <translation>Vincular canal</translation>
    </message>
    <message>
        <source>This represents no privileges.</source>
        <translation>No representa ningún privilegio.</translation>
    </message>
    <message>
        <source>This represents total access to the channel, including the ability to change group and ACL information. This privilege implies all other privileges.</source>
        <translation>Representa acceso total al canal, incluyendo la habilidad de cambiar la información de grupo y LCA. Este privilegio implica los otros privilegios.</translation>
    </message>
    <message>
        <source>This represents the permission to traverse the channel. If a user is denied this privilege, he will be unable to access this channel and any sub-channels in any way, regardless of other permissions in the sub-channels.</source>
        <translation>Representa el permiso de recorrer el canal. Si se deniega este privilegio a un usuario, no podrá acceder a este canal ni ningún subcanal de ninguna forma, sin importar otros permisos en los subcanales.</translation>
    </message>
    <message>
        <source>This represents the permission to join the channel. If you have a hierarchical channel structure, you might want to give everyone Traverse, but restrict Enter in the root of your hierarchy.</source>
        <translation>Representa el permiso de unirse al canal. Si tiene una estructura de canales jerárquica, podría desear dar Recorrer a todos, pero restringir Ingresar en la raíz de su jerarquía.</translation>
    </message>
    <message>
        <source>This represents the permission to speak in a channel. Users without this privilege will be suppressed by the server (seen as muted), and will be unable to speak until they are unmuted by someone with the appropriate privileges.</source>
        <translation>Representa el permiso de hablar en un canal. Los usuarios sin este privilegio serán suprimidos por el servidor (vistos como mudos), y no podrán hablar hasta que se les de voz con los privilegios adecuados.</translation>
    </message>
    <message>
        <source>This represents the permission to whisper to this channel from the outside. This works exactly like the &lt;i&gt;speak&lt;/i&gt; privilege, but applies to packets spoken with the Whisper key held down. This may be used to broadcast to a hierarchy of channels without linking.</source>
        <translation>Representa el permiso de susurrar en un canal desde el exterior. Funciona exactamente como el privilegio &lt;i&gt;hablar&lt;/i&gt;, pero se aplica a paquetes hablados con la tecla Susurrar pulsada. Se usa para transmitir a una jerarquía de canales sin vincular.</translation>
    </message>
    <message>
        <source>This represents the permission to mute and deafen other users. Once muted, a user will stay muted until he is unmuted by another privileged user or reconnects to the server.</source>
        <translation>Representa el permiso de enmudecer y ensordecer a otros usuarios. Una vez enmudecido, un jugador permanecerá enmudecido hasta que se le otorgue voz por otro usuario con privilegios o se vuelva a conectar al servidor.</translation>
    </message>
    <message>
        <source>This represents the permission to move a user to another channel or kick him from the server. To actually move the user, either the moving user must have Move privileges in the destination channel, or the user must normally be allowed to enter the channel. Users with this privilege can move users into channels the target user normally wouldn&apos;t have permission to enter.</source>
        <translation>Representa el permiso de mover a un usuario a otro canal o expulsarlo del servidor. Para mover realmente al usuario, o bien el jugador que mueve debe tener privilegios Mover/Expulsar en el canal de destino, o debe estar permitido al usuario ingresar normalmente en el canal. Los usuarios con este privilegio pueden trasladar a usuarios a canales a los que el usuarios objetivo normalmente no tendría permiso para entrar.</translation>
    </message>
    <message>
        <source>This represents the permission to make sub-channels. The user making the sub-channel will be added to the admin group of the sub-channel.</source>
        <translation>Representa el permiso de crear subcanales. El usuarios que crea el subcanal será agregado al grupo admin del subcanal.</translation>
    </message>
    <message>
        <source>This represents the permission to make a temporary subchannel. The user making the sub-channel will be added to the admin group of the sub-channel. Temporary channels are not stored and disappear when the last user leaves.</source>
        <translation>Representa el permiso de crear un subcanal temporal. El usuario que crea el subcanal se añadirá al grupo admin del subcanal. Los canales temporales no se almacenan y desaparecen cuando lo abandona el último usuario.</translation>
    </message>
    <message>
        <source>This represents the permission to link channels. Users in linked channels hear each other, as long as the speaking user has the &lt;i&gt;speak&lt;/i&gt; privilege in the channel of the listener. You need the link privilege in both channels to create a link, but just in either channel to remove it.</source>
        <translation>Representa el permiso de vincular canales. Los usuarios en canales vinculados se oirán entre sí, siempre que el jugador que habla tenga el privilegio &lt;i&gt;hablar&lt;/i&gt; en el canal del oyente. Necesita el privilegio de vincular en ambos canales para crear un vínculo, pero sólo en uno de los caneles para eliminarlo.</translation>
    </message>
    <message>
        <source>This represents the permission to write text messages to other users in this channel.</source>
        <translation>Representa el permiso para escribir mensajes de texto a otros usuarios en este canal.</translation>
    </message>
    <message>
        <source>This represents the permission to forcibly remove users from the server.</source>
        <translation>Representa el permiso para eliminar usuarios del servidor por la fuerza.</translation>
    </message>
    <message>
        <source>This represents the permission to permanently remove users from the server.</source>
        <translation>Representa el permiso para eliminar usuarios del servidor permanentemente.</translation>
    </message>
    <message>
        <source>This represents the permission to register and unregister users on the server.</source>
        <translation>Represente el permiso para registrar y borrar usuarios del servidor.</translation>
    </message>
    <message>
        <source>This represents the permission to register oneself on the server.</source>
        <translation>Representa el permiso para registrarse a sí mismo en el servidor.</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Susurrar</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>Kick</source>
        <translation>Expulsar</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Prohibir</translation>
    </message>
    <message>
        <source>Register User</source>
        <translation>Registrar usuario</translation>
    </message>
    <message>
        <source>Register Self</source>
        <translation>Registrarse a sí mismo</translation>
    </message>
    <message>
        <source>Write ACL</source>
        <translation>Escribir LCA</translation>
    </message>
    <message>
        <source>This represents the permission to use the listen-feature allowing to listen to a channel without being in it.</source>
        <translation>Representa el permiso para usar la función de escucha, permitiendo escuchar a un canal sin estar en él.</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>This represents the permission to reset the comment or avatar of a user.</source>
        <translation>Esto representa el permiso para restablecer el comentario o avatar de un usuario.</translation>
    </message>
    <message>
        <source>Reset User Content</source>
        <translation>Restablecer contenido del usuario</translation>
    </message>
</context>
<context>
    <name>ChatbarTextEdit</name>
    <message>
        <source>Paste and &amp;Send</source>
        <oldsource>Paste and send</oldsource>
        <translation>Pegar y &amp;enviar</translation>
    </message>
    <message>
        <source>&lt;center&gt;Type chat message here&lt;/center&gt;</source>
        <translation>&lt;center&gt;Escriba aquí el mensaje de conversación&lt;/center&gt;</translation>
    </message>
    <message>
        <source>Unable to send image: too large.</source>
        <translation>No es posible enviar la imagen: es muy grande.</translation>
    </message>
    <message>
        <source>Unable to send image %1: too large.</source>
        <translation>No es posible enviar la imagen %1: es muy grande.</translation>
    </message>
    <message>
        <source>This server does not allow sending images.</source>
        <translation>Este servidor no permite enviar imágenes.</translation>
    </message>
</context>
<context>
    <name>ClientUser</name>
    <message>
        <source>Friend</source>
        <translation>Amigo</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>Autenticado</translation>
    </message>
    <message>
        <source>Priority speaker</source>
        <translation>Orador prioritario</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Grabando</translation>
    </message>
    <message>
        <source>Muted (server)</source>
        <translation>Mudo (servidor)</translation>
    </message>
    <message>
        <source>Deafened (server)</source>
        <translation>Sordo (servidor)</translation>
    </message>
    <message>
        <source>Local Ignore (Text messages)</source>
        <translation>Ignorado localmente (mensajes de texto)</translation>
    </message>
    <message>
        <source>Local Mute</source>
        <translation>Mudo localmente</translation>
    </message>
    <message>
        <source>Muted (self)</source>
        <translation>Mudo (por sí mismo)</translation>
    </message>
    <message>
        <source>Deafened (self)</source>
        <translation>Sordo (por sí mismo)</translation>
    </message>
    <message>
        <source>Local Ignore (Text-To-Speech)</source>
        <translation>Ignorado localmente (Texto-A-Voz)</translation>
    </message>
</context>
<context>
    <name>ConfigDialog</name>
    <message>
        <source>Accept changes</source>
        <translation>Aceptar cambios</translation>
    </message>
    <message>
        <source>This button will accept current settings and return to the application.&lt;br /&gt;The settings will be stored to disk when you leave the application.</source>
        <translation>Este botón aceptará las opciones actuales y volverá a la aplicación.&lt;br /&gt;Las opciones se almacenarán en el disco cuando salga de la aplicación.</translation>
    </message>
    <message>
        <source>Reject changes</source>
        <translation>Rechazar cambios</translation>
    </message>
    <message>
        <source>This button will reject all changes and return to the application.&lt;br /&gt;The settings will be reset to the previous positions.</source>
        <translation>Este botón rechazará todos los cambios y volverá a la aplicación.&lt;br /&gt;Las opciones se restaurarán a las posiciones previas.</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>Aplicar cambios</translation>
    </message>
    <message>
        <source>This button will immediately apply all changes.</source>
        <translation>Este botón aplicará inmediatamente todos los cambios.</translation>
    </message>
    <message>
        <source>Undo changes for current page</source>
        <translation>Deshace los cambios en la página actual</translation>
    </message>
    <message>
        <source>This button will revert any changes done on the current page to the most recent applied settings.</source>
        <translation>Este botón revertirá cualquier cambio hecho en la página actual a las opciones aplicadas mas recientemente.</translation>
    </message>
    <message>
        <source>Restore defaults for current page</source>
        <translation>Restaura las opciones por defecto en la página actual</translation>
    </message>
    <message>
        <source>Mumble Configuration</source>
        <translation>Configuración de Mumble</translation>
    </message>
    <message>
        <source>Configuration categories</source>
        <translation>Categorías de configuración</translation>
    </message>
    <message>
        <source>This button will restore the defaults for the settings on the current page. Other pages will not be changed.&lt;br /&gt;To restore all settings to their defaults, you can press the &quot;Defaults (All)&quot; button.</source>
        <translation>Este botón reestablecerá los valores por defecto para las opciones de la página actual. Otras páginas no serán cambiadas.&lt;br /&gt;Para reestablecer todas las configuraciones a sus valores por defecto, puede pulsar el botón &quot;Por defecto (Todas)&quot;.</translation>
    </message>
    <message>
        <source>Restore all defaults</source>
        <translation>Reestablecer todas.</translation>
    </message>
    <message>
        <source>This button will restore the defaults for all settings.</source>
        <translation>Este botón reestablecerá los valores por defecto de todas las configuraciones.</translation>
    </message>
    <message>
        <source>Defaults (All)</source>
        <translation>Por defecto (Todas)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connecting to %1</source>
        <translation>Conectando a %1</translation>
    </message>
    <message>
        <source>Enter username</source>
        <translation>Introduzca el nombre de usuario</translation>
    </message>
    <message>
        <source>Servername</source>
        <translation>Nombre del servidor</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Failed to fetch server list</source>
        <translation>No se pudo obtener la lista de servidores</translation>
    </message>
    <message>
        <source>Mumble Server Connect</source>
        <translation>Conexión al servidor Mumble</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Remove from Favorites</source>
        <translation>Eliminar de favoritos</translation>
    </message>
    <message>
        <source>Add custom server</source>
        <translation>Agregar servidor personal</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy favorite link to clipboard</source>
        <translation>Copiar enlace a favorito al portapapeles</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Paste favorite from clipboard</source>
        <translation>Pegar favorito desde el portapapeles</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Editar...</translation>
    </message>
    <message>
        <source>&amp;Add New...</source>
        <translation>&amp;Agregar nuevo...</translation>
    </message>
    <message>
        <source>Add to &amp;Favorites</source>
        <translation>Agregar a &amp;favoritos</translation>
    </message>
    <message>
        <source>Open &amp;Webpage</source>
        <translation>Abrir página &amp;web</translation>
    </message>
    <message>
        <source>Server list</source>
        <translation>Lista de servidores</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Show Populated</source>
        <translation>Mostrar en uso</translation>
    </message>
    <message>
        <source>Show Reachable</source>
        <translation>Mostrar alcanzables</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>África</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>Asia</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>América del Norte</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>Oceanía</translation>
    </message>
    <message>
        <source>South America</source>
        <translation>América del Sur</translation>
    </message>
    <message>
        <source>Consent to the transmission of private data</source>
        <translation>Consentir la transmisión de información privada</translation>
    </message>
    <message>
        <source>&lt;p&gt;To measure the latency (ping) of public servers and determine the number of active users, your IP address must be transmitted to each public server.&lt;/p&gt;&lt;p&gt;Do you consent to the transmission of your IP address? If you answer no, the public server list will be deactivated. However, you can reactivate it at any time in the network settings.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Para medir la latencia (ping) de servidores públicos y determinar el número de usuarios activos, es necesario transmitir tu dirección IP a cada servidor público.&lt;/p&gt;&lt;p&gt;Consientes a la transmisión de tu dirección IP? Si respondes que no, la lista de servidores públicos será desactivada. Sin embargo, puedes activarla cuando quieras en la configuración de red.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <source>Adding host %1</source>
        <translation>Agregando anfitrión %1</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Nombre del anfitrión</translation>
    </message>
    <message>
        <source>Bonjour name</source>
        <translation>Nombre Bonjour</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Página web</translation>
    </message>
    <message>
        <source>Packet loss</source>
        <translation>Pérdida de paquetes</translation>
    </message>
    <message>
        <source>Ping (80%)</source>
        <translation>Ping (80%)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Ping (95%)</source>
        <translation>Ping (95%)</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Ancho de banda</translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <translation>Dirección IPv4</translation>
    </message>
    <message>
        <source>IPv6 address</source>
        <translation>Dirección IPv6</translation>
    </message>
    <message>
        <source>This is the connection dialog. There are two different ways to connect to a Mumble server. If the server is listed publicly, you can use the server list to find it. If you know the server IP address, you can manually add a new permanent entry to your favorites.</source>
        <translation>Este es el diálogo de conexión. Hay dos formas diferentes de conectarse a un servidor Mumble. Si el servidor está listado públicamente, puedes usar la lista de servidores para encontrarlo. Si conoce la dirección IP del servidor, puede añadir manualmente una nueva entrada permanente a sus favoritos.</translation>
    </message>
    <message>
        <source>The server list contains your favorites and all publicly listed servers.</source>
        <translation>La lista de servidores contiene tus favoritos y todos los servidores listados públicamente.</translation>
    </message>
    <message>
        <source>With this search interface you can filter the Mumble servers displayed in the server list.</source>
        <translation>Con esta interfaz de búsqueda puedes filtrar los servidores de Mumble que aparecen en la lista de servidores.</translation>
    </message>
    <message>
        <source>Search for servername</source>
        <translation>Buscar por nombre de servidor</translation>
    </message>
    <message>
        <source>Search for location</source>
        <translation>Buscar por ubicación</translation>
    </message>
    <message>
        <source>Set filter mode</source>
        <translation>Ajustar modo de filtro</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
</context>
<context>
    <name>ConnectDialogEdit</name>
    <message>
        <source>Edit Server</source>
        <translation>Editar servidor</translation>
    </message>
    <message>
        <source>Name of the server</source>
        <translation>Nombre del servidor</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>Internet address of the server.</source>
        <oldsource>Internet address of the server. </oldsource>
        <translation>Dirección de Internet del servidor.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Address&lt;/b&gt;&lt;br/&gt;
Internet address of the server. This can be a normal hostname, an IPv4/IPv6 address or a Bonjour service identifier. Bonjour service identifiers have to be prefixed with a &apos;@&apos; to be recognized by Mumble.</source>
        <oldsource>&lt;b&gt;Address&lt;/b&gt;&lt;/br&gt;
Internet address of the server. This can be a normal hostname, an ipv4/6 address or a bonjour service identifier. Bonjour service identifiers have to be prefixed with a &apos;@&apos; to be recognized by Mumble.</oldsource>
        <translation>&lt;b&gt;Dirección&lt;/b&gt;&lt;br/&gt;
Dirección de Internet del servidor. Puede ser un nombre de anfitrión normal, una dirección IPv4/IPv6 o un identificador de servicio Bonjour. Los identificadores de servicio Bonjour deben contener el prefijo &apos;@&apos; para que sean reconocidos por Mumble.</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Puerto</translation>
    </message>
    <message>
        <source>Port on which the server is listening</source>
        <translation>Puerto en el que el servidor está escuchando</translation>
    </message>
    <message>
        <source>&lt;b&gt;Port&lt;/b&gt;&lt;br/&gt;
Port on which the server is listening. If the server is identified by a Bonjour service identifier this field will be ignored.</source>
        <translation>&lt;b&gt;Puert&lt;/b&gt;&lt;br/&gt;
Puerto en el que el servidor está escuchando. Si el servidor se identifica mediante un identificador de servicio Bonjour este campo será ignorado.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>Username to send to the server</source>
        <translation>Nombre de usuario que se envia al servidor</translation>
    </message>
    <message>
        <source>&lt;b&gt;Username&lt;/b&gt;&lt;br/&gt;
Username to send to the server. Be aware that the server can impose restrictions on how a username might look like. Also your username could already be taken by another user.</source>
        <translation>&lt;b&gt;Nombre de usuario&lt;/b&gt;&lt;br/&gt;
Nombre de usuario que se envia al servidor. Sepa que el servidor puede imponer restricciones acerca de que aspecto puede tener un nombre de usuario. Además, su nombre de usuario ya puede haber sido tomado por otro usuario.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation>Agregar servidor</translation>
    </message>
    <message>
        <source>You are currently connected to a server.
Do you want to fill the dialog with the connection data of this server?
Host: %1 Port: %2</source>
        <translation>Actualmente estás conectado a un servidor.
¿Desea llenar el cuadro de diálogo con los datos de conexión de este servidor?
Host: %1 Puerto: %2</translation>
    </message>
    <message>
        <source>You have an URL in your clipboard.
Do you want to fill the dialog with this data?
Host: %1 Port: %2</source>
        <translation>Tienes una URL en tu portapapeles.
¿Desea llenar el cuadro de diálogo con estos datos?
Host: %1 Puerto: %2</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password to send to the server</source>
        <translation>Contraseña que se enviará al servidor</translation>
    </message>
    <message>
        <source>&lt;b&gt;Password&lt;/b&gt;&lt;br/&gt;
Password to be sent to the server on connect. This password is needed when connecting as &lt;i&gt;SuperUser&lt;/i&gt; or to a server using password authentication. If not entered here the password will be queried on connect.</source>
        <translation>&lt;b&gt;Contraseña&lt;/b&gt;&lt;br/&gt;
Contraseña que se enviará al servidor al conectar. Se necesita esta contraseña cuando se conecta como &lt;i&gt;SuperUsuario&lt;/i&gt; o a un servidor que use autenticación por contraseña. Si no se introduce aquí, se le solicitará al conectarse.</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Mostrar contraseña</translation>
    </message>
    <message>
        <source>&lt;b&gt;Label&lt;/b&gt;&lt;br/&gt;
Label of the server. This is what the server will be named like in your server list and can be chosen freely.</source>
        <translation>&lt;b&gt;Etiqueta&lt;/b&gt;&lt;br/&gt;
Etiqueta de este servidor. Así es como se llamará el servidor en su lista de servidores y puede ser elegida libremente.</translation>
    </message>
    <message>
        <source>Local server label</source>
        <translation>Etiqueta del servidor local</translation>
    </message>
    <message>
        <source>127.0.0.1</source>
        <translation>127.0.0.1</translation>
    </message>
    <message>
        <source>64738</source>
        <translation>64738</translation>
    </message>
    <message>
        <source>Your username</source>
        <translation>Tu nombre de usuario</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Tu contraseña</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>&amp;Llenar</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorar</translation>
    </message>
    <message>
        <source>Server IP address</source>
        <translation>Dirección IP del servidor</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Puerto del servidor</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Label for server</source>
        <translation>Etiqueta para servidor</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Mumble Crash Report</source>
        <translation>Informe de error de Mumble</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;We&apos;re terribly sorry, but it seems Mumble has crashed. Do you want to send a crash report to the Mumble developers?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The crash report contains a partial copy of Mumble&apos;s memory at the time it crashed, and will help the developers fix the problem.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Lo sentimos muchísimo, pero parece que ha ocurrido un error en Mumble. ¿Desea enviar un informe de error a los desarrolladores de Mumble?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;El informe de error contiene una copia parcial de la memoria de Mumble en el momento en el que ocurrió el error, y ayudará a que los desarrolladores corrijan el problema.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Email address (optional)</source>
        <translation>Dirección de correo electrónico (opcional)</translation>
    </message>
    <message>
        <source>Please describe briefly, in English, what you were doing at the time of the crash</source>
        <oldsource>Please briefly describe what you were doing at the time of the crash</oldsource>
        <translation>Por favor, describa brevemente, en inglés, lo que estaba haciendo en el momento en que ocurrió el error</translation>
    </message>
    <message>
        <source>Send Report</source>
        <translation>Enviar informe</translation>
    </message>
    <message>
        <source>Don&apos;t send report</source>
        <translation>No enviar informe</translation>
    </message>
    <message>
        <source>Crash upload successful</source>
        <translation>Informe enviado con éxito</translation>
    </message>
    <message>
        <source>Thank you for helping make Mumble better!</source>
        <translation>¡Gracias por ayudar a mejorar Mumble!</translation>
    </message>
    <message>
        <source>Crash upload failed</source>
        <translation>Falló el envío del informe</translation>
    </message>
    <message>
        <source>Uploading crash report</source>
        <translation>Enviando informe de error</translation>
    </message>
    <message>
        <source>Abort upload</source>
        <translation>Suspender envio</translation>
    </message>
    <message>
        <source>HTTP error %1: &quot;%2&quot;</source>
        <translation>Error HTTP %1: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Internal error encountered in CrashReporter.cpp: Received network reply does not contain an HTTP status code. Please inform a developer about error code %1</source>
        <translation>Se ha encontrado un error interno en CrashReporter.cpp: La respuesta de red recivida no contiene un código de estado HTTP.
Por favor informa a un desarrollador sobre el código de error: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database &apos;%1&apos; is read-only. Mumble cannot store server settings (i.e. SSL certificates) until you fix this problem.</source>
        <oldsource>The database &apos;%1&apos; is read-only. Mumble can not store server settings (ie. SSL certificates) until you fix this problem.</oldsource>
        <translation>La base de datos &apos;%1&apos; es de solo lectura. Mumble no podrá almacenar los ajustes del servidor (p. ej., certificados SSL) hasta que arregle este problema.</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; set in the configuration file does not exist. Do you want to create a new database file at this location?</source>
        <translation>El archivo de base de datos &apos;%1&apos; especificado en el archivo de configuración no existe. ¿Desea crear un nuevo archivo de base de datos en esta ubicación?</translation>
    </message>
    <message>
        <source>Mumble failed to initialize a database in any of the possible locations.</source>
        <translation>Mumble no logró inicializar una base de datos en ninguna de las ubicaciones posibles.</translation>
    </message>
    <message>
        <source>You can also choose to reset the configured path to its default value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Configured Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Without Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeveloperConsole</name>
    <message>
        <source>Developer Console</source>
        <translation>Consola desarrollador</translation>
    </message>
</context>
<context>
    <name>DockTitleBar</name>
    <message>
        <source>Drag here</source>
        <translation>Arrastre aquí</translation>
    </message>
</context>
<context>
    <name>FailedConnectionDialog</name>
    <message>
        <source>Connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You connected with an invalid username, please try another one.</source>
        <translation type="unfinished">Se ha conectado con un nombre de usuario no válido, por favor, intente con otro.</translation>
    </message>
    <message>
        <source>The chosen username is already in use, please try another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished">Nombre de usuario</translation>
    </message>
    <message>
        <source>The chosen username belongs to a registered user on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provided password is not valid for this user. Please try a different one or use certificate-based authentication by not specifying a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The used certificate is not valid for this user. Please use a different certificate or specify a password to use password-based authentication instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished">Contraseña</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provided server password is invalid. Please choose a different one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
    </message>
</context>
<context>
    <name>GlobalShortcut</name>
    <message>
        <source>Shortcuts</source>
        <translation>Métodos abreviados</translation>
    </message>
    <message>
        <source>List of configured shortcuts</source>
        <translation>Lista de métodos abreviados configurados</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Método abreviado</translation>
    </message>
    <message>
        <source>Suppress</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Add new shortcut</source>
        <translation>Agregar nuevo método abreviado</translation>
    </message>
    <message>
        <source>This will add a new global shortcut</source>
        <translation>Esto agregará un nuevo método abreviado</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>Remove selected shortcut</source>
        <translation>Eliminar el método abreviado seleccionado</translation>
    </message>
    <message>
        <source>This will permanently remove a selected shortcut.</source>
        <translation>Esto eliminará permanentemente un método abreviado seleccionado.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumble can currently only use mouse buttons and keyboard modifier keys (Alt, Ctrl, Cmd, etc.) for global shortcuts.&lt;/p&gt;&lt;p&gt;If you want more flexibility, you can enable &lt;span style=&quot; font-style:italic;&quot;&gt;Access for assistive devices&lt;/span&gt; in the system&apos;s Accessibility preferences. However, please note that this change also potentially allows malicious programs to read what is typed on your keyboard.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Actualmente, Mumble solo puede usar concurrentemente para los métodos abreviados globales botones del ratón y teclas modificadoras del teclado (Alt, Ctrl, Cmd, etc.).&lt;/p&gt;&lt;p&gt;Si desea más flexibilidad, puede activar &lt;span style=&quot; font-style:italic;&quot;&gt;Acceso para dispositivos de ayuda&lt;/span&gt; en las preferencias de accesibilidad del sistema. Sin embargo, por favor fíjese en que este cambio también permite potencialmente que programas malintencionados lean lo que se escribe en su teclado.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Enable Global Shortcuts</source>
        <translation>Habilitar métodos abreviados globales</translation>
    </message>
    <message>
        <source>&lt;b&gt;Additional Shortcut Engines&lt;/b&gt;&lt;br /&gt;This section allows you to configure the use of additional GlobalShortcut engines.</source>
        <translation>&lt;b&gt;Motor de métodos abreviados adicionales&lt;/b&gt; &lt;br /&gt;Esta sección le permite configurar el uso del motor global de métodos abreviados adicionales.</translation>
    </message>
    <message>
        <source>Additional Shortcut Engines</source>
        <translation>Motor de métodos abreviados adicionales</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enable GKey&lt;/b&gt;.&lt;br /&gt;This setting enables support for the GKey shortcut engine, for &quot;G&quot;-keys found on Logitech keyboards.</source>
        <translation>&lt;b&gt;Habilitar GKey&lt;/b&gt;. &lt;br /&gt;Esta configuración habilita la compatibilidad con el motor de métodos abreviados GKey, para las teclas &quot;Gamer&quot; que se encuentran en los teclados Logitech.</translation>
    </message>
    <message>
        <source>Enable GKey</source>
        <translation>Habilitar GKey</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enable XInput&lt;/b&gt;&lt;br /&gt;This setting enables support for the XInput shortcut engine, for Xbox compatible controllers.</source>
        <translation>&lt;b&gt;Habilitar XInput&lt;/b&gt; &lt;br /&gt;Esta configuración habilita la compatibilidad con el motor de métodos abreviados XInput, para controladores compatibles con Xbox.</translation>
    </message>
    <message>
        <source>Enable XInput</source>
        <translation>Habilitar XInput</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enable shortcuts in privileged applications&lt;/b&gt;.&lt;br /&gt;Also known as &quot;UIAccess&quot;. This allows Mumble to receive global shortcut events from programs running at high privilege levels, such as an Admin Command Prompt or older games that run with admin privileges.
&lt;br /&gt;&lt;br /&gt;
Without this option enabled, using Mumble&apos;s global shortcuts in privileged applications will not work. This can seem inconsistent: for example, if the Push-to-Talk button is pressed in a non-privileged program, but released in a privileged application, Mumble will not observe that it has been released and you will continue to talk until you press the Push-to-Talk button again.</source>
        <translation>&lt;b&gt;Habilitar los métodos abreviados en aplicaciones con privilegios&lt;/b&gt;. &lt;br /&gt;También conocido como &quot;UIAccess&quot;. Esto permite que Mumble reciba métodos abreviados globales de los eventos programas que se ejecutan en niveles de privilegios altos, como el administrador del símbolo del sistema o juegos más antiguos que se ejecutan con privilegios de administrador.
&lt;br /&gt;&lt;br /&gt;
Sin esta opción habilitada, los métodos abreviados globales de Mumble en aplicaciones con privilegios no funcionará. Esto puede parecer inconsistente: por ejemplo, si se presiona el botón Presionar-para-Hablar en un programa sin privilegios, pero se libera en una aplicación con privilegios, Mumble no observará que se ha liberado y continuará hablando hasta que presione el botón Presionar-para-Hablar nuevamente.</translation>
    </message>
    <message>
        <source>Enable shortcuts in privileged applications</source>
        <translation>Habilitar los métodos abreviados en las aplicaciones con privilegios</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumble&apos;s Global Shortcuts system does currently not work properly in combination with the Wayland protocol. For more information, visit &lt;a href=&quot;https://github.com/mumble-voip/mumble/issues/5257&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0057ae;&quot;&gt;https://github.com/mumble-voip/mumble/issues/5257&lt;/span&gt;&lt;/a&gt;.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;El sistema de Atajos Globales de Mumble actualmente no funciona correctamente en combinación con el protocolo Wayland. Para más información, visite &lt;a href=&quot;https://github.com/mumble-voip/mumble/issues/5257&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0057ae;&quot;&gt;https://github.com/mumble-voip/mumble/issues/5257&lt;/span&gt;&lt;/a&gt;.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Configured shortcuts</source>
        <translation>Atajos configurados</translation>
    </message>
    <message>
        <source>Use up and down keys to navigate through your added shortcuts. Use left and right keys to navigate between actions and options for a single shortcut. Entries can be added and deleted with the buttons below.</source>
        <translation>Utilice las teclas arriba y abajo para navegar a traves de los accesos directos agregados. Utilice las teclas izquierda y derecha para navegar entre acciones y opciones para un unico accesso directo. Las entradas se pueden agregar y eliminar con los botones a continuaction.</translation>
    </message>
    <message>
        <source>Add unassigned shortcut</source>
        <translation>Agregar acceso directo no asignado</translation>
    </message>
    <message>
        <source>This adds a new empty entry to the &quot;Configured Shortcut&quot; tree above. The tree will be automatically focused. Assign a key or an action by selecting the entry in the tree above.</source>
        <translation>Esto agrega una nueva entrada vacía al árbol &quot;Atajos configurados&quot; de arriba. El árbol se enfocará automáticamente. Asigne una clave o una acción seleccionando la entrada en el árbol de arriba.</translation>
    </message>
    <message>
        <source>This removes the selected entry from the &quot;Configured Shortcut&quot; tree above</source>
        <translation>Esto elimina la entrada seleccionada del árbol &quot;Acceso directo configurado&quot; arriba</translation>
    </message>
</context>
<context>
    <name>GlobalShortcutButtons</name>
    <message>
        <source>Edit shortcut</source>
        <translation>Editar atajo</translation>
    </message>
    <message>
        <source>Start capture process</source>
        <translation>Comenzar el proceso de captura</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Starts the capture process: all buttons you press will be added to the tree.&lt;/p&gt;&lt;p&gt;Once all buttons are released, the capture process stops automatically.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Empieza el proceso de captura: todos los botones que presiones serán añadidos al árbol.&lt;/p&gt;&lt;p&gt;Una vez que todos los botones se hayan soltado, el proceso de captura terminará automaticamente&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove the currently selected items</source>
        <translation>Eliminar los elementos seleccionados actualmente</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>List of shortcuts</source>
        <translation>Lista de atajos</translation>
    </message>
    <message>
        <source>Toggling this button will make the application listen for a shortcut. Once the shortcut is entered, the application stops listening for a shortcut. Multiple shortcuts can be assigned to the current action. Navigate to the shortcut list above to review the shortcuts currently assigned to the current action.</source>
        <translation>Al alternar este botón, la aplicación buscará una acceso directo. Una vez que se ingresa el acceso directo, la aplicación deja de escuchar el acceso directo. Se pueden asignar varios atajos a la acción actual. Navegue a la lista de atajos de arriba para revisar los atajos actualmente asignados a la acción actual.</translation>
    </message>
    <message>
        <source>This button will remove the selected shortcut for the current action. Note that you will have to select a shortcut from the list above first before this button has any effect.</source>
        <translation>Este botón eliminará el acceso directo seleccionado para la acción actual. Tenga en cuenta que primero deberá seleccionar un acceso directo de la lista anterior antes de que este botón tenga algún efecto.</translation>
    </message>
</context>
<context>
    <name>GlobalShortcutConfig</name>
    <message>
        <source>Shortcuts</source>
        <translation>Métodos abreviados</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the global shortcut key combination.&lt;/b&gt;&lt;br /&gt;Click this field and then press the desired key/button combo to rebind. Double-click to clear.</source>
        <oldsource>&lt;b&gt;This is the global shortcut key combination.&lt;/b&gt;&lt;br /&gt;Double-click this field and then the desired key/button combo to rebind.</oldsource>
        <translation>&lt;b&gt;Esta es la combinación de teclas del método abreviado global.&lt;/b&gt;&lt;br /&gt;Haga clic en este campo y después presione la combinación de teclas deseada para volver a asociarla.</translation>
    </message>
    <message>
        <source>Suppress keys from other applications</source>
        <translation>Ocultar las teclas a otras aplicaciones</translation>
    </message>
    <message>
        <source>&lt;b&gt;This hides the button presses from other applications.&lt;/b&gt;&lt;br /&gt;Enabling this will hide the button (or the last button of a multi-button combo) from other applications. Note that not all buttons can be suppressed.</source>
        <translation>&lt;b&gt;Oculta a otras aplicaciones las pulsaciones de teclas.&lt;/b&gt;&lt;br /&gt;Habilitar esto ocultará el botón (o el último botón de una combinación de múltiples botones) a otras apliaciones. Tenga en cuenta que no todos los botones se pueden ocultar.</translation>
    </message>
    <message>
        <source>Shortcut action</source>
        <translation>Acción de atajo</translation>
    </message>
    <message>
        <source>Shortcut data</source>
        <translation>Dato de acceso directo</translation>
    </message>
    <message>
        <source>Shortcut input combinations</source>
        <translation>Combinaciones de entradas de accesos directos</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumble can currently only use mouse buttons and keyboard modifier keys (Alt, Ctrl, Cmd, etc.) for global shortcuts.&lt;/p&gt;&lt;p&gt;If you want more flexibility, you can add Mumble as a trusted accessibility program in the Privacy &amp; Security section of your Mac&apos;s System Settings.&lt;/p&gt;&lt;p&gt;In System Settings, open Privacy &amp; Security, then scroll to find Accessibility in the list. Finally, add Mumble to the list of trusted accessibility programs.&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>verificado</translation>
    </message>
    <message>
        <source>unchecked</source>
        <translation>sin verificar</translation>
    </message>
</context>
<context>
    <name>GlobalShortcutEngine</name>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>GlobalShortcutMac</name>
    <message>
        <source>Mouse</source>
        <translation>Ratón</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Teclado</translation>
    </message>
</context>
<context>
    <name>GlobalShortcutTarget</name>
    <message>
        <source>Whisper Target</source>
        <translation>Objetivo del susurro</translation>
    </message>
    <message>
        <source>Channel Target</source>
        <translation>Canal objetivo</translation>
    </message>
    <message>
        <source>Restrict to Group</source>
        <translation>Restringir al grupo</translation>
    </message>
    <message>
        <source>If specified, only members of this group will receive the whisper.</source>
        <translation>Si se especifica, sólo los miembros de este grupo recibirán el susurro.</translation>
    </message>
    <message>
        <source>List of users</source>
        <translation>Lista de usuarios</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Modifiers</source>
        <translation>Modificadores</translation>
    </message>
    <message>
        <source>Do not send positional audio information when using this whisper shortcut.</source>
        <translation>No enviar información de audio posicional cuando se use este método abreviado.</translation>
    </message>
    <message>
        <source>Ignore positional audio</source>
        <translation>Ignorar audio posicional</translation>
    </message>
    <message>
        <source>Shout to Linked channels</source>
        <translation>Gritar en los canales vinculados</translation>
    </message>
    <message>
        <source>Shout to subchannels</source>
        <translation>Gritar en los subcanales</translation>
    </message>
    <message>
        <source>The whisper will also be transmitted to linked channels.</source>
        <translation>El susurro también se transmitirá a los canales vinculados.</translation>
    </message>
    <message>
        <source>The whisper will also be sent to the subchannels of the channel target.</source>
        <translation>El susurro también se enviará a los subcanales del canal objetivo.</translation>
    </message>
    <message>
        <source>Shout/Whisper to:</source>
        <translation>Gritar/Susurrar a:</translation>
    </message>
    <message>
        <source>Current selection</source>
        <translation>Selección actual</translation>
    </message>
    <message>
        <source>When shouting to channel:</source>
        <translation>Al gritar en el canal:</translation>
    </message>
    <message>
        <source>Shout to linked channels</source>
        <translation>Gritar en los canales vinculados</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
</context>
<context>
    <name>GlobalShortcutWin</name>
    <message>
        <source>Mouse</source>
        <translation>Ratón</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Teclado</translation>
    </message>
</context>
<context>
    <name>GlobalShortcutX</name>
    <message>
        <source>Keyboard</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>Ratón</translation>
    </message>
</context>
<context>
    <name>JackAudioSystem</name>
    <message>
        <source>Hardware Ports</source>
        <translation>Puertos de Hardware</translation>
    </message>
    <message>
        <source>Mono</source>
        <translation>Mono</translation>
    </message>
    <message>
        <source>Stereo</source>
        <translation>Estéreo</translation>
    </message>
</context>
<context>
    <name>LCD</name>
    <message>
        <source>Not connected</source>
        <translation>Desconectado</translation>
    </message>
</context>
<context>
    <name>LCDConfig</name>
    <message>
        <source>Enable this device</source>
        <translation>Habilitar este dispositivo</translation>
    </message>
    <message>
        <source>LCD</source>
        <translation>LCD</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&lt;p&gt;This is the list of available LCD devices on your system.  It lists devices by name, but also includes the size of the display. Mumble supports outputting to several LCD devices at a time.&lt;/p&gt;
&lt;h3&gt;Size:&lt;/h3&gt;
&lt;p&gt;
This field describes the size of an LCD device. The size is given either in pixels (for Graphic LCDs) or in characters (for Character LCDs).&lt;/p&gt;
&lt;h3&gt;Enabled:&lt;/h3&gt;
&lt;p&gt;This decides whether Mumble should draw to a particular LCD device.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Esta es la lista de dispositivos LCD disponibles en su sistema. Enumera los dispositivos por nombre, pero también incluye el tamaño de la pantalla y el tipo de LCD. Mumble admite la salida hacia varios dispositivos LCD a la vez.&lt;/p&gt;
&lt;h3&gt;Tamaño:&lt;/h3&gt;
&lt;p&gt;
Este campo describe el tamaño de un dispositivo LCD. El tamaño se da, o bien en píxeles (para LCDs gráficos), o bien en caracteres (para LCDs de caracteres).&lt;/p&gt;
&lt;h3&gt;Habilitado:&lt;/h3&gt;
&lt;p&gt;Determina si Mumble deberia dibujar en un dispositivo LCD en particular.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Habilitado</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Minimum Column Width</source>
        <translation>Ancho de columna mínimo</translation>
    </message>
    <message>
        <source>&lt;p&gt;This option decides the minimum width a column in the User View.&lt;/p&gt;
&lt;p&gt;If too many people are speaking at once, the User View will split itself into columns. You can use this option to pick a compromise between number of users shown on the LCD, and width of user names.&lt;/p&gt;
</source>
        <translation>&lt;p&gt;Esta opción determina la anchura mínima de una columna en la vista del usuario.&lt;/p&gt;
&lt;p&gt;Si demasiada gente habla a la vez, la &quot;vista del jugador&quot; se dividirá en columnas. Puede usar esta opción para establecer un compromiso entre el número de jugadores mostrados en el LCD, y la anchura de los nombres de los jugadores.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>This setting decides the width of column splitter.</source>
        <translation>Esta opción determina la anchura del divisor de columnas.</translation>
    </message>
    <message>
        <source>Splitter Width</source>
        <translation>Anchura del divisor</translation>
    </message>
    <message>
        <source>Minimum column width</source>
        <translation>Ancho de columna mínimo</translation>
    </message>
    <message>
        <source>Splitter width</source>
        <translation>Anchura del divisor</translation>
    </message>
</context>
<context>
    <name>Log</name>
    <message>
        <source>Debug</source>
        <translation>Depuración</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Other self-muted/deafened</source>
        <translation>Otro se enmudeció/ensordeció a sí mismo</translation>
    </message>
    <message>
        <source>User recording state changed</source>
        <translation>El estado de grabación del usuario ha cambiado</translation>
    </message>
    <message>
        <source>User kicked (you or by you)</source>
        <translation>Usuario expulsado (usted o por usted)</translation>
    </message>
    <message>
        <source>User kicked</source>
        <translation>Usuario expulsado</translation>
    </message>
    <message>
        <source>You self-muted</source>
        <translation>Te has enmudecido</translation>
    </message>
    <message>
        <source>User muted (you)</source>
        <translation>Usuario mudo (usted)</translation>
    </message>
    <message>
        <source>User muted (by you)</source>
        <translation>Usuario mudo (por usted)</translation>
    </message>
    <message>
        <source>User muted (other)</source>
        <translation>Usuario mudo (a otro)</translation>
    </message>
    <message>
        <source>You self-unmuted</source>
        <translation>Te has desenmudecido</translation>
    </message>
    <message>
        <source>You self-deafened</source>
        <translation>Te has ensordecido</translation>
    </message>
    <message>
        <source>You self-undeafened</source>
        <translation>Te has desensordecido</translation>
    </message>
    <message>
        <source>User renamed</source>
        <translation>Nombre de usuario modificado</translation>
    </message>
    <message>
        <source>User connected and entered channel</source>
        <translation>Usuario conectado e ingresó en el canal</translation>
    </message>
    <message>
        <source>User left channel and disconnected</source>
        <translation>El usuario dejó el canal y se desconectó</translation>
    </message>
    <message>
        <source>Private text message</source>
        <translation>Mensaje privado de texto</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>[[ Invalid size ]]</source>
        <translation>[[ Tamaño inválido ]]</translation>
    </message>
    <message>
        <source>[[ Text object too large to display ]]</source>
        <translation>[[ Objeto de texto demasiado grande para ser mostrado ]]</translation>
    </message>
    <message>
        <source>[Date changed to %1]
</source>
        <translation>[Fecha cambiada a %1]
</translation>
    </message>
    <message>
        <source>link to %1</source>
        <translation>vínculo a %1</translation>
    </message>
    <message>
        <source>FTP link to %1</source>
        <translation>Enlace FTP a %1</translation>
    </message>
    <message>
        <source>player link</source>
        <translation>vínculo a jugador</translation>
    </message>
    <message>
        <source>channel link</source>
        <translation>vínculo a canal</translation>
    </message>
    <message>
        <source>%1 link</source>
        <translation>vínculo %1</translation>
    </message>
    <message>
        <source>Server connected</source>
        <translation>Conectado al servidor</translation>
    </message>
    <message>
        <source>Server disconnected</source>
        <translation>Desconectado del servidor</translation>
    </message>
    <message>
        <source>User joined server</source>
        <translation>El usuario entro en el servidor</translation>
    </message>
    <message>
        <source>User left server</source>
        <translation>E usuario salió del servidor</translation>
    </message>
    <message>
        <source>User joined channel</source>
        <translation>El usuario entro en el canal</translation>
    </message>
    <message>
        <source>User left channel</source>
        <translation>El usuario dejó el canal</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permiso denegado</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>You joined channel</source>
        <translation>Ingresaste en el canal</translation>
    </message>
    <message>
        <source>You joined channel (moved)</source>
        <translation>Ingresaste en el canal (movido)</translation>
    </message>
    <message>
        <source>User started listening to channel</source>
        <translation>El usuario empezó a escuchar en su canal</translation>
    </message>
    <message>
        <source>User stopped listening to channel</source>
        <translation>El usuario dejó de escuchar en su canal</translation>
    </message>
    <message>
        <source>Plugin message</source>
        <translation>Mensaje del plugin</translation>
    </message>
    <message>
        <source>[embedded content]</source>
        <translation>[contenido incrustado]</translation>
    </message>
</context>
<context>
    <name>LogConfig</name>
    <message>
        <source>Toggle console for %1 events</source>
        <translation>Conmutar consola para eventos &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Toggle pop-up notifications for %1 events</source>
        <translation>Conmutar notificaciones emergentes para eventos &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Toggle Text-To-Speech for %1 events</source>
        <translation>Conmutar Texto-A-Voz (TTS) para eventos &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Click here to toggle sound notification for %1 events</source>
        <translation>Haga clic aquí para conmutar las notificaciones sonoras para eventos &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Toggle window highlight (if not active) for %1 events</source>
        <translation>Alternar a ventana resaltada (si no está activado) para %1 eventos</translation>
    </message>
    <message>
        <source>Path to sound file used for sound notifications in the case of %1 events&lt;br /&gt;Single click to play&lt;br /&gt;Double-click to change</source>
        <translation>Ruta al archivo de sonido usado para notificaciones de sonido en caso de eventos &quot;%1&quot;&lt;br /&gt;Clic para reproducir&lt;br /&gt;Doble clic para cambiar</translation>
    </message>
    <message>
        <source>Click here to toggle console output for %1 events.&lt;br /&gt;If checked, this option makes Mumble output all %1 events in its message log.</source>
        <translation>Haga clic aquí para conmutar la salida a consola para los eventos &quot;%1&quot;&lt;br /&gt;Si se marca, esta opción hará que Mumble escriba todos los eventos &quot;%1&quot; en su registro de mensajes.</translation>
    </message>
    <message>
        <source>Click here to toggle pop-up notifications for %1 events.&lt;br /&gt;If checked, a notification pop-up will be created by Mumble for every %1 event.</source>
        <oldsource>Click here to toggle pop-up notifications for %1 events.&lt;br /&gt;If checked, a notification pop-up will be created by mumble for every %1 event.</oldsource>
        <translation>Haga clic aquí para conmutar las notificaciones emergentes para los eventos &quot;%1&quot;&lt;br /&gt;Si se marca, Mumble creará una ventana emergente por cada evento &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Click here to toggle window highlight for %1 events.&lt;br /&gt;If checked, Mumble&apos;s window will be highlighted for every %1 event, if not active.</source>
        <translation>Haga clic aquí para alternar el resaltado de la ventana para %1 eventos.&lt;br /&gt; Si está marcada, la ventana de Mumble se resaltará para cada evento %1, si no está activada.</translation>
    </message>
    <message>
        <source>Path to sound file used for sound notifications in the case of %1 events.&lt;br /&gt;Single click to play&lt;br /&gt;Double-click to change&lt;br /&gt;Ensure that sound notifications for these events are enabled or this field will not have any effect.</source>
        <translation>Ruta al archivo de sonido usado para notificaciones en caso de eventos &quot;%1&quot;.&lt;br /&gt;Clic para reproducir&lt;br /&gt;Doble clic para cambiar&lt;br /&gt;Asegúrese de que las notificaciones de sonido para estos eventos están habilitadas o este campo no tendrá efecto.</translation>
    </message>
    <message>
        <source>Click here to toggle Text-To-Speech for %1 events.&lt;br /&gt;If checked, Mumble uses Text-To-Speech to read %1 events out loud to you. Text-To-Speech is also able to read the contents of the event which is not true for sound files. Text-To-Speech and sound files cannot be used at the same time.</source>
        <oldsource>Click here to toggle sound notification for %1 events.&lt;br /&gt;If checked, Mumble uses a soundfile predefined by you to indicate %1 events. Soundfiles and Text-To-Speech cannot be used at the same time.</oldsource>
        <translation>Haga clic aquí para conmutar el Texto-A-Voz para los eventos &quot;%1&quot;&lt;br /&gt;Si se marca, Mumble usa Texto-A-Voz para leer los eventos &quot;%1&quot; en voz alta. El motor de Texto-A-Voz también puede leer el contenido del evento, algo que no puede conseguirse mediante ficheros de sonido. No se pueden usar Texto-A-Voz y archivos de sonido simultáneamente.</translation>
    </message>
    <message>
        <source>Click here to toggle sound notification for %1 events.&lt;br /&gt;If checked, Mumble uses a sound file predefined by you to indicate %1 events. Sound files and Text-To-Speech cannot be used at the same time.</source>
        <oldsource>Path to soundfile used for sound notifications in the case of %1 events.&lt;br /&gt;Single click to play&lt;br /&gt;Doubleclick to change&lt;br /&gt;Be sure that sound notifications for these events are enabled or this field will not have any effect.</oldsource>
        <translation>Haga clic aquí para conmutar las notificaciones de sonido para los eventos &quot;%1&quot;&lt;br /&gt;Si se marca, Mumble usa un archivo de sonido para indicarle los eventos &quot;%1&quot;. No se pueden usar archivos de sonido y Texto-A-Voz simultáneamente.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Consola</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <source>Text-To-Speech</source>
        <translation>Texto-A-Voz</translation>
    </message>
    <message>
        <source>Soundfile</source>
        <translation>Archivo de sonido</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Text To Speech</source>
        <translation>Texto A Voz (TTS)</translation>
    </message>
    <message>
        <source>Volume of Text-To-Speech Engine</source>
        <translation>Volumen del motor Texto-A-Voz (TTS)</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the volume used for the speech synthesis.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Este es el volumen usado para la síntesis de voz.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Length threshold</source>
        <translation>Umbral de longitud</translation>
    </message>
    <message>
        <source>Message length threshold for Text-To-Speech Engine</source>
        <translation>Umbral de longitud del mensaje para el motor Texto-A-Voz</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the length threshold used for the Text-To-Speech Engine.&lt;/b&gt;&lt;br /&gt;Messages longer than this limit will not be read aloud in their full length.</source>
        <translation>&lt;b&gt;Establece el umbral de longitud a usar para el motor de Texto-A-Voz.&lt;/b&gt;&lt;br /&gt;No se leeran en voz alta por completo los mensajes mayores que este límite.</translation>
    </message>
    <message>
        <source> Characters</source>
        <translation> Caracteres</translation>
    </message>
    <message>
        <source>If checked you will only hear whispers from users you added to your friend list.</source>
        <translation>Si se marca, sólo oirá susurros de los usuarios que haya agregado a su lista de amigos.</translation>
    </message>
    <message>
        <source>Only accept whispers from friends</source>
        <translation>Sólo aceptar susurros de amigos</translation>
    </message>
    <message>
        <source>If enabled text messages you send will be read back to you with TTS</source>
        <translation>Si se habilita, los mensajes de texto que envíe se leerán mediante Texto-A-Voz (TTS)</translation>
    </message>
    <message>
        <source>Read back own messages</source>
        <translation>Leer los mensajes propios</translation>
    </message>
    <message>
        <source>Chat Log</source>
        <translation>Registro de charlas</translation>
    </message>
    <message>
        <source>Maximum chat length</source>
        <translation>Longitud máxima de la charla</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Ilimitada</translation>
    </message>
    <message>
        <source> Lines</source>
        <translation> líneas</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Resaltar</translation>
    </message>
    <message>
        <source>If enabled, TTS will not dictate the message scope.</source>
        <translation>Si está habilitado, TTS no dictará el ámbito del mensaje.</translation>
    </message>
    <message>
        <source>Omit Message Scope</source>
        <translation>Omitir el ámbito del mensaje</translation>
    </message>
    <message>
        <source>If enabled, TTS will not dictate the message author.</source>
        <translation>Si está habilitado, TTS no dictará el autor del mensaje.</translation>
    </message>
    <message>
        <source>Omit Message Author</source>
        <translation>Omitir el Autor del Mensaje</translation>
    </message>
    <message>
        <source>If checked the time at the beginning of a message will be displayed in the 24-hour format.

The setting only applies for new messages, the already shown ones will retain the previous time format.</source>
        <translation>Si se marca, al comienzo de un mensaje la hora se mostrará en formato de 24 horas.

La configuración solo se aplica a los mensajes nuevos, los que ya se muestran conservarán el formato de hora anterior.</translation>
    </message>
    <message>
        <source>Use 24-hour clock</source>
        <translation>Usar reloj de 24 horas</translation>
    </message>
    <message>
        <source>How far individual messages are spaced out from one another.</source>
        <translation>Qué tanto los mensajes individuales están separados entre sí.</translation>
    </message>
    <message>
        <source>Message margins</source>
        <translation>Márgenes del mensaje</translation>
    </message>
    <message>
        <source>Chat message margins</source>
        <translation>Márgenes de mensajes del chat</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Misc.</source>
        <translation>Misc.</translation>
    </message>
    <message>
        <source>Number of users that will trigger message limiting functionality.</source>
        <translation>Número de usuarios que activará la funcionalidad de limitación de mensajes.</translation>
    </message>
    <message>
        <source>users on the server.</source>
        <translation>usuarios en el servidor.</translation>
    </message>
    <message>
        <source>Limit notifications when there are more than</source>
        <translation>Limitar las notificaciones cuando haya más de</translation>
    </message>
    <message>
        <source>Click here to toggle message limiting for all events - If using this option be sure to change the user limit below.</source>
        <translation>Haz clic aquí para alternar el límite de todos los eventos - Si estás utilizando esta opción, asegúrate de cambiar el límite de usuarios más abajo.</translation>
    </message>
    <message>
        <source>Toggle message limiting behavior for %1 events </source>
        <translation>Alterna el comportamiento de límite de mensajes para %1 eventos </translation>
    </message>
    <message>
        <source>Click to enable Text-to-Speech</source>
        <translation>Haz clic para activar el Texto-a-voz</translation>
    </message>
    <message>
        <source>Enable Text-to-Speech</source>
        <translation>Activar el Texto-a-voz</translation>
    </message>
    <message>
        <source>Click here to toggle limiting for %1 events.&lt;br /&gt;If checked, notifications for this event type will not be played when the user count on the server exceeds the set threshold.</source>
        <translation>Haz clic aquí para alternar el límite para %1 eventos.&lt;br /&gt;Si se marca, las notificaciones para este tipo de eventos no se reproducirán cuando el número de usuarios en el servidor exceda el umbral configurado.</translation>
    </message>
    <message>
        <source>Message Volume</source>
        <translation>Volumen de los mensajes</translation>
    </message>
    <message>
        <source>Volume adjustment for audio cues</source>
        <translation>Ajustes del volumen de las señales acústicas</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the volume adjustment for audio cues.&lt;/b&gt;&lt;br /&gt;A value of 0 dB means no change to the sound sample.</source>
        <translation>&lt;b&gt;Este es el ajuste de volumen para las señales de audio.&lt;/b&gt;&lt;br /&gt;Un valor de 0 dB significa que no hay cambios en la muestra de sonido.</translation>
    </message>
    <message>
        <source> dB</source>
        <translation> dB</translation>
    </message>
    <message>
        <source>Text-to-Speech volume</source>
        <translation>Volumen del texto por voz</translation>
    </message>
    <message>
        <source>Notification volume adjustment</source>
        <translation>Ajuste del volumen de las notificaciones</translation>
    </message>
    <message>
        <source>Volume adjustment for notification sounds</source>
        <translation>Ajuste del volumen de los sonidos de las notificaciones</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the volume adjustment for notification sounds.&lt;/b&gt;&lt;br /&gt;A value of 0 dB means no change to the sound sample.</source>
        <translation>&lt;b&gt;Este es el ajuste del volumen para los sonidos de la notificación.&lt;/b&gt;&lt;br /&gt;Un valor de 0 dB significa que no hay cambios en la muestra del sonido.</translation>
    </message>
    <message>
        <source>Audio cue volume adjustment</source>
        <translation>Ajuste del volumen de la señal acústica</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Notification sound volume adjustment</source>
        <translation>Ajuste del volumen del sonido de la notificación</translation>
    </message>
    <message>
        <source>Log message types and actions</source>
        <translation>Registrar tipos de mensajes y acciones</translation>
    </message>
    <message>
        <source>Use up and down keys to navigate through the message types. Use left and right keys to navigate between notification possibilities for a single message type.</source>
        <translation>Utilice las teclas arriba y abajo para navegar por los tipos de mensajes. Utilice las teclas izquierda y derecha para navegar entre las posibilidades de notificación para un solo tipo de mensaje.</translation>
    </message>
    <message>
        <source>Set length threshold</source>
        <translation>Establecer umbral de longitud</translation>
    </message>
    <message>
        <source>Text to speech volume</source>
        <translation>Volumen de texto a voz</translation>
    </message>
    <message>
        <source>Maximum chat log length</source>
        <translation>Longitud máxima del registro de chat</translation>
    </message>
    <message>
        <source>User limit for notifications</source>
        <translation>Límite de usuarios para notificaciones</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Tipo de mensaje</translation>
    </message>
    <message>
        <source>Log message to console checkbox</source>
        <translation>Casilla de verificación Registrar mensaje en la consola</translation>
    </message>
    <message>
        <source>Display pop-up notification for message checkbox</source>
        <translation>Mostrar notificación emergente para la casilla de verificación del mensaje</translation>
    </message>
    <message>
        <source>Highlight window for message checkbox</source>
        <translation>Resaltar ventana para casilla de verificación de mensaje</translation>
    </message>
    <message>
        <source>Read message using text to speech checkbox</source>
        <translation>Leer mensaje usando la casilla de texto a voz</translation>
    </message>
    <message>
        <source>Limit message notification if user count is high checkbox</source>
        <translation>Casilla Limitar la notificación de mensajes si el número de usarios es alto</translation>
    </message>
    <message>
        <source>Play sound file for message checkbox</source>
        <translation>Casilla de verificación reproducir archivo de sonido para mensaje</translation>
    </message>
    <message>
        <source>Path to sound file</source>
        <translation>Ruta al archivo de sonido</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>verificado</translation>
    </message>
    <message>
        <source>unchecked</source>
        <translation>sin verificar</translation>
    </message>
    <message>
        <source>decibels</source>
        <translation>decibelios</translation>
    </message>
</context>
<context>
    <name>LookConfig</name>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Only with users</source>
        <translation>Sólo con usuarios</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Preguntar</translation>
    </message>
    <message>
        <source>Do Nothing</source>
        <translation>No hacer nada</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>User Interface</source>
        <translation>Interfaz de usuario</translation>
    </message>
    <message>
        <source>This sets which channels to automatically expand. &lt;i&gt;None&lt;/i&gt; and &lt;i&gt;All&lt;/i&gt; will expand no or all channels, while &lt;i&gt;Only with users&lt;/i&gt; will expand and collapse channels as users join and leave them.</source>
        <translation>Establece qué canales expandir automáticamente. &lt;i&gt;Ninguno&lt;/i&gt; y &lt;i&gt;Todos&lt;/i&gt; harán que se expandan ninguno o todos los canales, mientras que &lt;i&gt;Sólo con usuarios&lt;/i&gt; hará que los canales se expandan y contraigan según los usuarios se unan a ellos o los abandonen.</translation>
    </message>
    <message>
        <source>List users above subchannels (requires restart).</source>
        <translation>Listar los usuarios encima de los subcanales (requiere reiniciar).</translation>
    </message>
    <message>
        <source>&lt;b&gt;If set, users will be shown above subchannels in the channel view.&lt;/b&gt;&lt;br /&gt;A restart of Mumble is required to see the change.</source>
        <translation>&lt;b&gt;Si se marca, los usuarios se mostrarán encima de los subcanales en la vista del canal.&lt;/b&gt;&lt;br /&gt;Se requiere reiniciar Mumble para ver el cambio.</translation>
    </message>
    <message>
        <source>Users above Channels</source>
        <translation>Usuarios encima de los canales</translation>
    </message>
    <message>
        <source>Show number of users in each channel</source>
        <translation>Muestra el número de usuarios en cada canal</translation>
    </message>
    <message>
        <source>Show channel user count</source>
        <translation>Mostrar el recuento de usuarios del canal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language to use (requires restart)</source>
        <translation>Idioma a usar (requiere reiniciar)</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets which language Mumble should use.&lt;/b&gt;&lt;br /&gt;You have to restart Mumble to use the new language.</source>
        <translation>&lt;b&gt;Establece qué idioma debería usar mumble.&lt;/b&gt;&lt;br /&gt;Tendrá que reiniciar Mumble para usar el nuevo idioma.</translation>
    </message>
    <message>
        <source>Look and Feel</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>Clásico</translation>
    </message>
    <message>
        <source>Stacked</source>
        <translation>Apilado</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Híbrido</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>This changes the behavior when moving channels.</source>
        <translation>Cambia el comportamiento al mover canales.</translation>
    </message>
    <message>
        <source>This sets the behavior of channel drags; it can be used to prevent accidental dragging. &lt;i&gt;Move&lt;/i&gt; moves the channel without prompting. &lt;i&gt;Do Nothing&lt;/i&gt; does nothing and prints an error message. &lt;i&gt;Ask&lt;/i&gt; uses a message box to confirm if you really wanted to move the channel.</source>
        <oldsource>This sets the behavior of channel drags; it can be used to prevent accidental dragging. &lt;i&gt;Move Channel&lt;/i&gt; moves the channel without prompting. &lt;i&gt;Do Nothing&lt;/i&gt; does nothing and prints an error message. &lt;i&gt;Ask&lt;/i&gt; uses a message box to confirm if you really wanted to move the channel.</oldsource>
        <translation>Establece la conducta del arrastre de canales, puede ser usada para prevenir arrastres accidentales. &lt;i&gt;Mover&lt;/i&gt; mueve el canal sin avisar. &lt;i&gt;No hacer nada&lt;/i&gt; no hace nada y muestra un mensaje de error. &lt;i&gt;Preguntar&lt;/i&gt; usa un cuadro de mensajes para confirmar si usted realmente deseaba mover el canal.</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Expandir</translation>
    </message>
    <message>
        <source>When to automatically expand channels</source>
        <translation>Cuándo expandir automáticamente los canales</translation>
    </message>
    <message>
        <source>Channel Dragging</source>
        <translation>Arrastre de canales</translation>
    </message>
    <message>
        <source>Always On Top</source>
        <translation>Siempre visible</translation>
    </message>
    <message>
        <source>&lt;b&gt;If set, minimizing the Mumble main window will cause it to be hidden and accessible only from the tray. Otherwise, it will be minimized as a window normally would.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Si se marca, minimizar la ventana principal de Mumble hará que se oculte y sólo sea accesible desde el área de notificación. De lo contrario, será minimizada como lo haría normalmente una ventana.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Hide in tray when minimized</source>
        <translation>Ocultar en el área de notificación al minimizar</translation>
    </message>
    <message>
        <source>Hide the main Mumble window in the tray when it is minimized.</source>
        <translation>Oculta la ventana principal de Mumble en el área de notificación cuando está minimizada.</translation>
    </message>
    <message>
        <source>This setting controls when the application will be always on top.</source>
        <translation>Esta opción controla cuando se mantendrá la aplicación sobre las demás.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <source>In minimal view</source>
        <translation>En la vista mínima</translation>
    </message>
    <message>
        <source>In normal view</source>
        <translation>En la vista normal</translation>
    </message>
    <message>
        <source>Displays talking status in system tray</source>
        <translation>Mostrar el estado del habla en el área de notificación</translation>
    </message>
    <message>
        <source>Show talking status in tray icon</source>
        <translation>Mostrar el estado del habla en el área de notificación</translation>
    </message>
    <message>
        <source>This setting controls in which situations the application will stay always on top. If you select &lt;i&gt;Never&lt;/i&gt; the application will not stay on top. &lt;i&gt;Always&lt;/i&gt; will always keep the application on top. &lt;i&gt;In minimal view&lt;/i&gt; / &lt;i&gt;In normal view&lt;/i&gt; will only keep the application always on top when minimal view is activated / deactivated.</source>
        <translation>Esta opción controla en qué situaciones la aplicación permanecerá visible sobre todas las demás. Si selecciona &lt;i&gt;Nunca&lt;/i&gt; la aplicación no se mantendrá sobre las demás. &lt;i&gt;Siempre&lt;/i&gt; hará que la aplicación se mantenga sobre las demás. &lt;i&gt;En la vista mínima&lt;/i&gt; / &lt;i&gt;En modo normal&lt;/i&gt; hará que la aplicación se mantenga sobre las demás sólo cuando la vista mínima se active / desactive.</translation>
    </message>
    <message>
        <source>Show context menu in menu bar</source>
        <translation>Mostrar el menú contextual en la barra de menú</translation>
    </message>
    <message>
        <source>Apply some high contrast optimizations for visually impaired users</source>
        <translation>Aplica algunas optimizaciones de alto contraste para usuarios con deficiencias visuales</translation>
    </message>
    <message>
        <source>Optimize for high contrast</source>
        <translation>Optimizar para alto contraste</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Adds user and channel context menus into the menu bar</source>
        <translation>Añade los menús contextuales de usuario y canal a la barra de menús</translation>
    </message>
    <message>
        <source>Tray Icon</source>
        <translation>Icono del área de notificación</translation>
    </message>
    <message>
        <source>Channel Tree</source>
        <translation>Árbol de canales</translation>
    </message>
    <message>
        <source>Use selected item as the chat bar target</source>
        <translation>Usar el elemento seleccionado como objetivo de la barra de charla</translation>
    </message>
    <message>
        <source>Filter automatically hides empty channels</source>
        <translation>FIltra automáticamente los canales vacios</translation>
    </message>
    <message>
        <source>Show transmit mode dropdown in toolbar</source>
        <translation>Mostrar desplegable de modo de transmisión en la barra de tareas</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>&lt;b&gt;Configures which theme the Mumble user interface should be styled with&lt;/b&gt;&lt;br /&gt;Mumble will pick up themes from certain directories and display them in this list. The one you select will be used to customize the visual appearance of Mumble. This includes colors, icons and more.</source>
        <translation>&lt;b&gt;Configura el tema de la interfaz de usuario de Mumble&lt;/b&gt;&lt;br /&gt;Mumble buscará temas en ciertos directorios y los mostrará en esta lista. El tema seleccionado será empleado para personalizar la apariencia visual de Mumble. Esto incluye colores, iconos y más.</translation>
    </message>
    <message>
        <source>User Dragging</source>
        <translation>Arrastrar usuario</translation>
    </message>
    <message>
        <source>This changes the behavior when moving users.</source>
        <translation>Cambia el comportamiento al mover usuarios.</translation>
    </message>
    <message>
        <source>This sets the behavior of user drags; it can be used to prevent accidental dragging. &lt;i&gt;Move&lt;/i&gt; moves the user without prompting. &lt;i&gt;Do Nothing&lt;/i&gt; does nothing and prints an error message. &lt;i&gt;Ask&lt;/i&gt; uses a message box to confirm if you really wanted to move the user.</source>
        <translation>Esto establece el comportamiento de los arrastres del usuario; Se puede utilizar para evitar el arrastre accidental. &lt;i&gt;Mover&lt;/i&gt; mueve al usuario sin preguntar. &lt;i&gt;No hacer nada&lt;/i&gt; no hace nada e imprime un mensaje de error. &lt;i&gt;Preguntar&lt;/i&gt; utiliza un cuadro de mensaje para confirmar si realmente quería mover al usuario.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enable Developer menu&lt;/b&gt;&lt;br /&gt;This enables the &quot;Developer&quot;-menu in Mumble. This menu is used for developer-specific features, such as the Developer Console.</source>
        <translation>&lt;b&gt;Habilitar el menú de desarrollador&lt;/b&gt; &lt;br /&gt;Esto habilita el menú &quot;Desarrollador&quot; en Mumble. Este menú se utiliza para funciones específicas del desarrollador, como la Consola del desarrollador.</translation>
    </message>
    <message>
        <source>Enable Developer menu</source>
        <translation>Habilitar el menú de Desarrollador</translation>
    </message>
    <message>
        <source>When in custom layout mode, checking this disables rearranging.</source>
        <translation>Cuando está en modo de diseño personalizado, marcando esto se desactiva la reorganización.</translation>
    </message>
    <message>
        <source>Lock layout</source>
        <translation>Bloquear diseño</translation>
    </message>
    <message>
        <source>Talking UI</source>
        <translation>Interfaz de uso del habla</translation>
    </message>
    <message>
        <source>A user that is silent for the given amount of seconds will be removed from the Talkin UI.</source>
        <translation>Un usuario que ha permanecido en silencio la cantidad permitida en segundos, será removido de la interfaz de uso del habla.</translation>
    </message>
    <message>
        <source>Remove silent user after</source>
        <translation>Eliminar usuario silencioso después de</translation>
    </message>
    <message>
        <source>If this is checked, the local user (yourself) will always be visible in the TalkingUI (regardless of talking state).</source>
        <translation>Si esto ha sido marcado, el usuario local (usted) siempre será visible en la interfaz de uso del habla (sin importar su propio estado de habla).</translation>
    </message>
    <message>
        <source>Always keep local user visible</source>
        <translation>Siempre mantener visible al usuario local</translation>
    </message>
    <message>
        <source>How many characters from the original name to display at the beginning of an abbreviated name.</source>
        <translation>Cuántos caracteres mostrar del nombre original al principio de su abreviación.</translation>
    </message>
    <message>
        <source>String to separate a channel name from its parent&apos;s.</source>
        <translation>String para separar el nombre de un canal del nombre de su canal padre.</translation>
    </message>
    <message>
        <source>Channel separator</source>
        <translation>Separador de canales</translation>
    </message>
    <message>
        <source>Abbreviated prefix characters</source>
        <translation>Caracteres abreviados de prefijo</translation>
    </message>
    <message>
        <source>The names of how many parent channels should be included in the channel&apos;s name when displaying it in the TalkingUI?</source>
        <translation>Cuántos nombres de canales padre debieran ser incluidos en el nombre del canal al mostrarlo en la interfaz del habla?</translation>
    </message>
    <message>
        <source>How many characters from the original name to display at the end of an abbreviated name.</source>
        <translation>Cuántos caracteres mostrar del nombre original al final de su abreviación.</translation>
    </message>
    <message>
        <source>Abbreviated postfix characters</source>
        <translation>Caracteres abreviados de sufijo</translation>
    </message>
    <message>
        <source>Whether to also allow abbreviating the current channel of a user (instead of only its parent channels).</source>
        <translation>Si además permitir abreviar el canal actual de un usuario (en lugar de sólo permitir abreviar sus canales padre).</translation>
    </message>
    <message>
        <source>Abbreviate current channel name</source>
        <translation>Abreviar el nombre del canal actual</translation>
    </message>
    <message>
        <source>Channel hierarchy depth</source>
        <translation>Profundidad en la jerarquía de canales</translation>
    </message>
    <message>
        <source>Abbreviation replacement</source>
        <translation>Reemplazo de abreviación</translation>
    </message>
    <message>
        <source>Whether the channel (hierarchy) name should be abbreviated, if it exceeds the specified maximum length.</source>
        <translation>Si (la jerarquía de) el canal actual debiese ser abreviada, en caso de exceder la longitud máxima especificada.</translation>
    </message>
    <message>
        <source>Abbreviate channel names</source>
        <translation>Abreviar los nombres de los canales</translation>
    </message>
    <message>
        <source>The preferred maximum length of a channel (hierarchy) name in the Talking UI. Note that this is not a hard limit though.</source>
        <translation>La longitud máxima preferida de (la jerarquía de) el nombre de un canal en la interfaz de habla. Tenga en cuenta que éste no es un límite absoluto.</translation>
    </message>
    <message>
        <source>Max. channel name length</source>
        <translation>Máx. longitud del nombre de un canal</translation>
    </message>
    <message>
        <source>Relative font size to use in the Talking UI in percent.</source>
        <translation>Tamaño relativo de fuente para usar en la interfaz del habla, en porcentaje.</translation>
    </message>
    <message>
        <source>Rel. font size (%)</source>
        <translation>Tamaño relativo de fuente (%)</translation>
    </message>
    <message>
        <source>String that gets used instead of the cut-out part of an abbreviated name.</source>
        <translation>El string a usar en lugar de la parte cortada de un nombre abreviado.</translation>
    </message>
    <message>
        <source>Prefix character count</source>
        <translation>Número de caracteres del prefijo</translation>
    </message>
    <message>
        <source>Postfix character count</source>
        <translation>Número de caracteres del sufijo</translation>
    </message>
    <message>
        <source>Show the local volume adjustment for each user (if any).</source>
        <translation>Muestra el ajuste local de volumen para cada uno de los usuarios (si los hay).</translation>
    </message>
    <message>
        <source>Show volume adjustments</source>
        <translation>Muestra los ajustes de volumen</translation>
    </message>
    <message>
        <source>Whether to show all of the local user&apos;s listeners (ears) in the TalkingUI (and thereby also the channels they are in). </source>
        <translation>Si mostrar todos los oyentes (oídos) del usuario local en la TalkingUI (y por tanto también los canales en los que están). </translation>
    </message>
    <message>
        <source>Show local user&apos;s listeners (ears)</source>
        <translation>Mostrar los oyentes locales del usuario (orejas)</translation>
    </message>
    <message>
        <source>Hide the username for each user if they have a nickname.</source>
        <translation>Esconder el nombre de usuario para cada usuario si tienen un apodo.</translation>
    </message>
    <message>
        <source>Show nicknames only</source>
        <translation>Solo mostrar los apodos</translation>
    </message>
    <message>
        <source>Channel Hierarchy String</source>
        <translation>Cadena de Jerarquía del Canal</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>The action to perform when a user is activated (via double-click or enter) in the search dialog.</source>
        <translation>La acción que reailzar cuando un usuario es activado (vía doble-clic o enter) en el diálogo de búsqueda.</translation>
    </message>
    <message>
        <source>Action (User):</source>
        <translation>Acción (Usuario):</translation>
    </message>
    <message>
        <source>The action to perform when a channel is activated (via double-click or enter) in the search dialog.</source>
        <translation>La acción que realizar cuando un canal es activado (vía doble-clic o enter) en el diálogo de búsqueda.</translation>
    </message>
    <message>
        <source>Action (Channel):</source>
        <translation>Acción (Canal):</translation>
    </message>
    <message>
        <source>Quit Behavior</source>
        <translation>Comportamiento al abandonar</translation>
    </message>
    <message>
        <source>This setting controls the behavior of clicking on the X in the top right corner.</source>
        <translation>Esta opción controla el comportamiento al hacer clic en la X de la esquina superior derecha.</translation>
    </message>
    <message>
        <source>This setting controls the behavior when closing Mumble. You can choose between being asked for confirmation, minimize instead if closing or just closing without any additional prompt. Optionally, the first two options can only apply when you are currently connected to a server (in that case, Mumble will quit without asking, when not connected to any server).</source>
        <translation>Esta configuración controla el comportamiento al cerrar Mumble. Puede elegir entre que se le pida confirmación, minimizar en lugar de cerrar o simplemente cerrar sin ningún aviso adicional. Opcionalmente, las dos primeras opciones sólo pueden aplicarse cuando esté conectado a un servidor (en ese caso, Mumble se cerrará sin preguntar, cuando no esté conectado a ningún servidor).</translation>
    </message>
    <message>
        <source>Always Ask</source>
        <translation>Preguntar siempre</translation>
    </message>
    <message>
        <source>Ask when connected</source>
        <translation>Preguntar cuando esté conectado</translation>
    </message>
    <message>
        <source>Always Minimize</source>
        <translation>Siempre minimizar</translation>
    </message>
    <message>
        <source>Minimize when connected</source>
        <translation>Minimizar cuando esté conectado</translation>
    </message>
    <message>
        <source>Always Quit</source>
        <translation>Siempre salir</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message>
        <source>If this is checked, users will always be visible in the TalkingUI (regardless of talking state).</source>
        <translation>Si esto está marcado, los usuarios siempre serán visibles en la TalkingUI (independientemente del estado de la conversación).</translation>
    </message>
    <message>
        <source>Always keep users visible</source>
        <translation>Mantener siempre visibles a los usuarios</translation>
    </message>
    <message>
        <source>Channel expand mode</source>
        <translation>Modo de expansión de canal</translation>
    </message>
    <message>
        <source>User dragging mode</source>
        <translation>Modo de arrastre del usuario</translation>
    </message>
    <message>
        <source>Channel dragging mode</source>
        <translation>Modo de arrastre de canal</translation>
    </message>
    <message>
        <source>Always on top mode</source>
        <translation>Modo siempre visible</translation>
    </message>
    <message>
        <source>Quit behavior mode</source>
        <translation>Salir del modo de comportamiento</translation>
    </message>
    <message>
        <source>Channel separator string</source>
        <translation>Separador de canales</translation>
    </message>
    <message>
        <source>Maximum channel name length</source>
        <translation>Longitud máxima del nombre del canal</translation>
    </message>
    <message>
        <source>Abbreviation replacement characters</source>
        <translation>Sustitución de abreviaturas</translation>
    </message>
    <message>
        <source>Relative font size (in percent)</source>
        <translation>Tamaño relativo de la fuente (en porcentaje)</translation>
    </message>
    <message>
        <source>Silent user display time (in seconds)</source>
        <translation>Tiempo de visualización del usuario silencioso (en segundos)</translation>
    </message>
    <message>
        <source>Mumble theme</source>
        <translation>tema de murmullo</translation>
    </message>
    <message>
        <source>User search action mode</source>
        <translation>Modo de acción de búsqueda de usuarios</translation>
    </message>
    <message>
        <source>Channel search action mode</source>
        <translation>Modo de acción de búsqueda de canales</translation>
    </message>
    <message>
        <source>Clears the TalkingUI background setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Background Color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color that gets used for the background of the talkingUI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background color that, if set, overrides the theme background color.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background Color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark theme to use to style the user interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Configures which theme the Mumble user interface should be styled with when it’s in the Dark theme&lt;/b&gt;&lt;br /&gt;Mumble will pick up themes from certain directories and display them in this list. The one you select will be used to customize the visual appearance of Mumble. This includes colors, icons and more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light theme to use to style the user interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the theme automatically based on the system theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic theme based on system theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the theme to the configured dark theme setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the theme to the configured light theme setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the themes directory in the systems file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Themes Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This controls whether Mumble will try to restore the window geometry and state from previous sessions on startup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore window geometry on startup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Root</source>
        <translation>Root</translation>
    </message>
    <message>
        <source>Push-to-Talk</source>
        <comment>Global Shortcut</comment>
        <translation>Presionar-para-Hablar (PTT)</translation>
    </message>
    <message>
        <source>Push and hold this button to send voice.</source>
        <comment>Global Shortcut</comment>
        <translation>Mantenga pulsado este botón para enviar la voz.</translation>
    </message>
    <message>
        <source>This configures the push-to-talk button, and as long as you hold this button down, you will transmit voice.</source>
        <comment>Global Shortcut</comment>
        <translation>Esto configura el botón presionar-para-hablar que, mientra mantenga pulsado, hará que se transmita la voz.</translation>
    </message>
    <message>
        <source>Reset Audio Processor</source>
        <comment>Global Shortcut</comment>
        <translation>Reiniciar el preprocesador de audio</translation>
    </message>
    <message>
        <source>Unlink Plugin</source>
        <comment>Global Shortcut</comment>
        <translation>Desvincular complemento</translation>
    </message>
    <message>
        <source>Push-to-Mute</source>
        <comment>Global Shortcut</comment>
        <translation>Presionar-para-Enmudecer</translation>
    </message>
    <message>
        <source>Join Channel</source>
        <comment>Global Shortcut</comment>
        <translation>Unirse al canal</translation>
    </message>
    <message>
        <source>Toggle Overlay</source>
        <comment>Global Shortcut</comment>
        <translation>Conmutar sobreimpresión</translation>
    </message>
    <message>
        <source>Toggle state of in-game overlay.</source>
        <comment>Global Shortcut</comment>
        <translation>Conmutar el estado de la sobreimpresión en el juego.</translation>
    </message>
    <message>
        <source>Toggle Minimal</source>
        <comment>Global Shortcut</comment>
        <translation>Conmutar mínimo</translation>
    </message>
    <message>
        <source>Volume Up (+10%)</source>
        <comment>Global Shortcut</comment>
        <translation>Aumentar el volumen (+10%)</translation>
    </message>
    <message>
        <source>Volume Down (-10%)</source>
        <comment>Global Shortcut</comment>
        <translation>Disminuir el volumen (-10%)</translation>
    </message>
    <message>
        <source>Mumble</source>
        <translation>Mumble</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Ventana</translation>
    </message>
    <message>
        <source>Minimize</source>
        <translation>Minimizar</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Mute Self</source>
        <comment>Global Shortcut</comment>
        <translation>Enmudecerse</translation>
    </message>
    <message>
        <source>Set self-mute status.</source>
        <comment>Global Shortcut</comment>
        <translation>Fija su estado de enmudecimiento.</translation>
    </message>
    <message>
        <source>This will set or toggle your muted status. If you turn this off, you will also disable self-deafen.</source>
        <comment>Global Shortcut</comment>
        <translation>Esto establecerá o conmutará su estado de enmudecimiento. Si lo desactiva, también desactivará el ensordecimiento.</translation>
    </message>
    <message>
        <source>Deafen Self</source>
        <comment>Global Shortcut</comment>
        <translation>Ensordecerse</translation>
    </message>
    <message>
        <source>Set self-deafen status.</source>
        <comment>Global Shortcut</comment>
        <translation>Fija su estado de ensordecimiento.</translation>
    </message>
    <message>
        <source>This will set or toggle your deafened status. If you turn this on, you will also enable self-mute.</source>
        <comment>Global Shortcut</comment>
        <translation>Esto fijará o conmutará su estado de ensordecimiento. Si lo activa, también activara su enmudecimiento.</translation>
    </message>
    <message>
        <source>Whisper/Shout</source>
        <oldsource>Whisper</oldsource>
        <translation>Susurrar/Gritar</translation>
    </message>
    <message>
        <source>&lt;center&gt;Not connected&lt;/center&gt;</source>
        <oldsource>Not connected</oldsource>
        <translation>&lt;center&gt;Desconectado&lt;/center&gt;</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Opening URL %1</source>
        <translation>Abriendo URL %1</translation>
    </message>
    <message>
        <source>File does not exist</source>
        <translation>El archivo no existe</translation>
    </message>
    <message>
        <source>Settings merged from file.</source>
        <translation>Opciones combinadas desde el archivo.</translation>
    </message>
    <message>
        <source>URL scheme is not &apos;mumble&apos;</source>
        <translation>El esquema del URL no es &apos;mumble&apos;</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Conectando a %1</translation>
    </message>
    <message>
        <source>Enter username</source>
        <translation>Introduzca el nombre de usuario</translation>
    </message>
    <message>
        <source>Connecting to server %1.</source>
        <translation>Conectando al servidor %1.</translation>
    </message>
    <message>
        <source>Reconnecting.</source>
        <translation>Volviendo a conectar.</translation>
    </message>
    <message>
        <source>Transmit Mode set to Continuous</source>
        <translation>Modo de Transmision ajustado a Continuo</translation>
    </message>
    <message>
        <source>Register yourself as %1</source>
        <translation>Registrarse como %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;You are about to register yourself on this server. This action cannot be undone, and your username cannot be changed once this is done. You will forever be known as &apos;%1&apos; on this server.&lt;/p&gt;&lt;p&gt;Are you sure you want to register yourself?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Está a punto de registrarse en este servidor. Esta acción no puede deshacerse, y su nombre de usuario no puede cambiarse una vez que se complete. Será conocido para siempre como &apos;%1&apos; en este servidor.&lt;/p&gt;&lt;p&gt;¿Está seguro de que desea registrarse?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Register user %1</source>
        <translation>Registrar al usuario %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;You are about to register %1 on the server. This action cannot be undone, the username cannot be changed, and as a registered user, %1 will have access to the server even if you change the server password.&lt;/p&gt;&lt;p&gt;From this point on, %1 will be authenticated with the certificate currently in use.&lt;/p&gt;&lt;p&gt;Are you sure you want to register %1?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Está a punto de registrar a %1 en el servidor. Esta acción no puede deshacerse, el nombre de usuario no puede cambiarse, y como usuario registrado, %1 tendrá acceso al servidor incluso si cambia la contraseña del servidor.&lt;/p&gt;&lt;p&gt;De ahora en adelante, %1 será autenticado mediante el certificado actualmente en uso.&lt;/p&gt;&lt;p&gt;¿Está seguro de que desea registrar a %1?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Kicking user %1</source>
        <translation>Expulsando al usuario %1</translation>
    </message>
    <message>
        <source>View comment on user %1</source>
        <translation>Ver los comentarios sobre el usuario %1</translation>
    </message>
    <message>
        <source>Message to channel %1</source>
        <translation>Mensaje al canal %1</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Conectado.</translation>
    </message>
    <message>
        <source>&lt;li&gt;Expected certificate digest (SHA-1):	%1&lt;/li&gt;</source>
        <translation>&lt;li&gt;Resumen del certificado (SHA-1):	%1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Server presented a certificate which failed verification.</source>
        <translation>El servidor presento un certificado que no superó la verificación.</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;The specific errors with this certificate are:&lt;/p&gt;&lt;ol&gt;%3&lt;/ol&gt;&lt;p&gt;Do you wish to accept this certificate anyway?&lt;br /&gt;(It will also be stored so you won&apos;t be asked this again.)&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Los errores específicos de este certificado son:&lt;/p&gt;&lt;ol&gt;%3&lt;/ol&gt;&lt;p&gt;¿Desea aceptar este certificado de todos modos?&lt;br /&gt; (También se almacenará para que no se le vuelva a preguntar.)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Server connection failed.</source>
        <translation>Conexión con el servidor fallida.</translation>
    </message>
    <message>
        <source>&lt;center&gt;Type message to channel &apos;%1&apos; here&lt;/center&gt;</source>
        <oldsource>Type message to channel &apos;%1&apos; here</oldsource>
        <translation>&lt;center&gt;Escriba aquí el mensaje al canal &apos;%1&apos;&lt;/center&gt;</translation>
    </message>
    <message>
        <source>&lt;center&gt;Type message to user &apos;%1&apos; here&lt;/center&gt;</source>
        <oldsource>Type message to user &apos;%1&apos; here</oldsource>
        <translation>&lt;center&gt;Escriba aquí el mensaje al usuario &apos;%1&apos;&lt;/center&gt;</translation>
    </message>
    <message>
        <source>Choose image file</source>
        <translation>Elija el archivo de imágen</translation>
    </message>
    <message>
        <source>Failed to load image</source>
        <translation>Fallo al cargar archivo de imágen</translation>
    </message>
    <message>
        <source>Could not open file for reading.</source>
        <translation>No se pudo abrir el archivo para su lectura.</translation>
    </message>
    <message>
        <source>Image format not recognized.</source>
        <translation>Formato de imágen no reconocido.</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>Use in conjunction with Whisper to.</source>
        <comment>Global Shortcut</comment>
        <translation>Emplee junto con Susurro a.</translation>
    </message>
    <message>
        <source>This will switch the states of the in-game overlay.</source>
        <comment>Global Shortcut</comment>
        <translation>Esto conmutará el estado de la sobreimpresión durante el juego.</translation>
    </message>
    <message>
        <source>Link Channel</source>
        <comment>Global Shortcut</comment>
        <translation>Vincular canal</translation>
    </message>
    <message>
        <source>Cycle Transmit Mode</source>
        <comment>Global Shortcut</comment>
        <translation>Modo de Transmisión Cíclica</translation>
    </message>
    <message>
        <source>Set Transmit Mode to Push-To-Talk</source>
        <comment>Global Shortcut</comment>
        <translation>Establecer el modo de transmisión en Pulsar-Para-Hablar</translation>
    </message>
    <message>
        <source>Set Transmit Mode to Continuous</source>
        <comment>Global Shortcut</comment>
        <translation>Establecer el modo de transmisión en continuo</translation>
    </message>
    <message>
        <source>Set Transmit Mode to VAD</source>
        <comment>Global Shortcut</comment>
        <translation>Establecer el Modo de Transmisión en VAD</translation>
    </message>
    <message>
        <source>Send Text Message</source>
        <comment>Global Shortcut</comment>
        <translation>Enviar Mensaje de Texto</translation>
    </message>
    <message>
        <source>Send Clipboard Text Message</source>
        <comment>Global Shortcut</comment>
        <translation>Enviar mensaje de texto del portapapeles</translation>
    </message>
    <message>
        <source>This will send your Clipboard content to the channel you are currently in.</source>
        <comment>Global Shortcut</comment>
        <translation>Esto enviará su contenido del Portapapeles al canal en el que se encuentra actualmente.</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>Continuo</translation>
    </message>
    <message>
        <source>Voice Activity</source>
        <translation>Actividad Vocal</translation>
    </message>
    <message>
        <source>Push-to-Talk</source>
        <translation>Presionar-para-Hablar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save Image As...</source>
        <translation>Guardar Imagen como...</translation>
    </message>
    <message>
        <source>Save Image File</source>
        <translation>Guardar Imagen</translation>
    </message>
    <message>
        <source>Could not save image: %1</source>
        <translation>No se pudo guardar la imagen: %1</translation>
    </message>
    <message>
        <source>Change your comment</source>
        <translation>Cambia su comentario</translation>
    </message>
    <message>
        <source>Transmit Mode set to Voice Activity</source>
        <translation>Modo de transmisión ajustado a Actividad Vocal</translation>
    </message>
    <message>
        <source>Transmit Mode set to Push-to-Talk</source>
        <translation>Modo de transmisión ajustado a Presionar-para-Hablar</translation>
    </message>
    <message>
        <source>&amp;View Certificate</source>
        <translation>&amp;Ver certificado</translation>
    </message>
    <message>
        <source>Enter reason</source>
        <translation>Introduzca el motivo</translation>
    </message>
    <message>
        <source>Sending message to %1</source>
        <translation>Enviando mensaje a %1</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>A %1: %2</translation>
    </message>
    <message>
        <source>Message to %1</source>
        <translation>Mensaje para %1</translation>
    </message>
    <message>
        <source>Are you sure you want to reset the comment of user %1?</source>
        <translation>¿Está seguro de que desea reiniciar el comentario sobre el usuario %1?</translation>
    </message>
    <message>
        <source>Are you sure you want to reset the avatar of user %1?</source>
        <translation>Estás seguro de que desea reiniciar el avatar del usuario %1?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete %1 and all its sub-channels?</source>
        <translation>¿Está seguro de que desa borrar %1 y todos sus subcanales?</translation>
    </message>
    <message>
        <source>Sending message to channel %1</source>
        <translation>Enviando mensaje al canal %1</translation>
    </message>
    <message>
        <source>Message to tree %1</source>
        <translation>Mensaje para el árbol %1</translation>
    </message>
    <message>
        <source>To %1 (Tree): %2</source>
        <oldsource>(Tree) %1: %2</oldsource>
        <translation>Al (Árbol) %1: %2</translation>
    </message>
    <message>
        <source>Unmuted and undeafened.</source>
        <translation>Con voz y escucha.</translation>
    </message>
    <message>
        <source>Unmuted.</source>
        <translation>Con voz.</translation>
    </message>
    <message>
        <source>Muted.</source>
        <translation>Mudo.</translation>
    </message>
    <message>
        <source>Muted and deafened.</source>
        <translation>Mudo y sordo.</translation>
    </message>
    <message>
        <source>Deafened.</source>
        <translation>Sordo.</translation>
    </message>
    <message>
        <source>Undeafened.</source>
        <translation>Con escucha.</translation>
    </message>
    <message>
        <source>Restart Mumble?</source>
        <translation>Reiniciar Mumble?</translation>
    </message>
    <message>
        <source>Some settings will only apply after a restart of Mumble. Restart Mumble now?</source>
        <translation>Algunas opciones tendrán efecto despues de reiniciar Mumble. Reiniciar Mumble ahora?</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Acerca de Qt</translation>
    </message>
    <message>
        <source>SSL Verification failed: %1</source>
        <translation>Falló la verificación SSL: %1</translation>
    </message>
    <message>
        <source>&lt;li&gt;Server certificate digest (SHA-1):	%1&lt;/li&gt;</source>
        <translation>&lt;li&gt;Resumen del certificado del servidor (SHA-1):	%1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;WARNING:&lt;/b&gt; The server presented a certificate that was different from the stored one.</source>
        <translation>&lt;b&gt;ADVERTENCIA:&lt;/b&gt; El servidor presentó un certificado que es diferente del almacenado.</translation>
    </message>
    <message>
        <source>Server connection failed: %1.</source>
        <translation>Falló la conexión con el servidor: %1.</translation>
    </message>
    <message>
        <source>Disconnected from server.</source>
        <translation>Desconectado del servidor.</translation>
    </message>
    <message>
        <source>Username in use</source>
        <translation>Nombre de usuario en uso</translation>
    </message>
    <message>
        <source>Wrong certificate or password</source>
        <translation>Certificado o contraseña incorrecta</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Contraseña incorrecta</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>C&amp;onfigure</source>
        <translation>C&amp;onfigurar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ayuda</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>This shows all recent activity. Connecting to servers, errors and information messages all show up here.&lt;br /&gt;To configure exactly which messages show up here, use the &lt;b&gt;Settings&lt;/b&gt; command from the menu.</source>
        <translation>Muestra toda la actividad reciente. Aquí se muestran conexiones a servidores, errores y mensajes informativos.&lt;br /&gt;Para configurar exactamente qué mensajes se muestran aquí, use la orden &lt;b&gt;Opciones&lt;/b&gt; del menú.</translation>
    </message>
    <message>
        <source>&amp;Quit Mumble</source>
        <translation>&amp;Salir de Mumble</translation>
    </message>
    <message>
        <source>Closes the program</source>
        <translation>Cierra el programa</translation>
    </message>
    <message>
        <source>Exits the application.</source>
        <translation>Sale de la aplicación.</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Open the server connection dialog</source>
        <translation>Abre el cuadro de diálogo de conexión con el servidor</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>Disconnect from server</source>
        <translation>Desconectarse del servidor</translation>
    </message>
    <message>
        <source>Disconnects you from the server.</source>
        <translation>Le desconecta del servidor.</translation>
    </message>
    <message>
        <source>Show information about the server connection</source>
        <translation>Muestra información acerca de la conexión con el servidor</translation>
    </message>
    <message>
        <source>This will show extended information about the connection to the server.</source>
        <translation>Muestra información extendida acerca de la conexión con el servidor.</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>En&amp;mudecer</translation>
    </message>
    <message>
        <source>&amp;Deafen</source>
        <translation>En&amp;sordecer</translation>
    </message>
    <message>
        <source>&amp;Local Mute</source>
        <translation>Enmudecer &amp;localmente</translation>
    </message>
    <message>
        <source>Send a Text Message</source>
        <translation>Enviar un mensaje de texto</translation>
    </message>
    <message>
        <source>Sends a text message to another user.</source>
        <translation>Envía un mensaje de texto a otro usuario.</translation>
    </message>
    <message>
        <source>Add new channel</source>
        <translation>Agrega un nuevo canal</translation>
    </message>
    <message>
        <source>This adds a new sub-channel to the currently selected channel.</source>
        <translation>Agrega un nuevo subcanal al canal actualmente seleccionado.</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>Elimina un canal</translation>
    </message>
    <message>
        <source>This removes a channel and all sub-channels.</source>
        <translation>Elimina un canal y todos sus subcanales.</translation>
    </message>
    <message>
        <source>Edit Groups and ACL for channel</source>
        <translation>Edita los Grupos y la LCA para el canal</translation>
    </message>
    <message>
        <source>This opens the Group and ACL dialog for the channel, to control permissions.</source>
        <translation>Abre el cuadro de diálogo Grupo y LCA para el canal, para controlar los permisos.</translation>
    </message>
    <message>
        <source>Link your channel to another channel</source>
        <translation>Vincula su canal a otro canal</translation>
    </message>
    <message>
        <source>This is the chatbar&lt;br /&gt;If you enter text here and then press enter the text is sent to the user or channel that was selected. If nothing is selected the message is sent to your current channel.</source>
        <translation>Esta es la barra de charla&lt;br /&gt;Si introduce texto aquí y después presiona intro, el texto se enviará al usuario o canal que esté seleccionado. Si no se selecciona nada, el mensaje se envía a su canal actual.</translation>
    </message>
    <message>
        <source>Chatbar</source>
        <translation>Barra de charla</translation>
    </message>
    <message>
        <source>Shows a dialog of registered servers, and also allows quick-connect.</source>
        <translation>Muestra un cuadro de diálogo con los servidores registrados, y también le permite establecer una conexión rápida.</translation>
    </message>
    <message>
        <source>Kick user (with reason)</source>
        <translation>Expulsar usuario (con motivo)</translation>
    </message>
    <message>
        <source>Kick selected user off server. You&apos;ll be asked to specify a reason.</source>
        <translation>Expulsa del servidor al usuario seleccionado. Se le pedirá que especifique un motivo.</translation>
    </message>
    <message>
        <source>Mute user</source>
        <translation>Enmudecer usuario</translation>
    </message>
    <message>
        <source>Mute or unmute user on server. Unmuting a deafened user will also undeafen them.</source>
        <translation>Enmudece o da voz en el servidor al usuario. Dar voz a un usuario ensordecido también le dará escucha.</translation>
    </message>
    <message>
        <source>Kick and ban user (with reason)</source>
        <translation>Expulsar y prohibir usuario (con motivo)</translation>
    </message>
    <message>
        <source>Kick and ban selected user from server. You&apos;ll be asked to specify a reason.</source>
        <translation>Expulsa y prohibe del servidor al usuario seleccionado. Se le pedirá que especifique un motivo.</translation>
    </message>
    <message>
        <source>Deafen user</source>
        <translation>Ensordecer usuario</translation>
    </message>
    <message>
        <source>Deafen or undeafen user on server. Deafening a user will also mute them.</source>
        <translation>Ensordece o da escucha en el servidor al usuario. Ensordecer a un usuario también lo enmudecerá.</translation>
    </message>
    <message>
        <source>Mute user locally</source>
        <translation>Enmudecer usuario localmente</translation>
    </message>
    <message>
        <source>Mute or unmute user locally. Use this on other users in the same room.</source>
        <translation>Enmudece o da voz localmente a un usuario. Use esto sobre otros usuarios de la misma sala.</translation>
    </message>
    <message>
        <source>This links your current channel to the selected channel. If users in a channel have permission to speak in the other channel, users can now hear each other. This is a permanent link, and will last until manually unlinked or the server is restarted. Please see the shortcuts for push-to-link.</source>
        <oldsource>This links your current channel to the selected channel. If they have permission to speak in the other channel, users can now hear each other. This is a permanent link, and will last until manually unlinked or the server is restarted. Please see the shortcuts for push-to-link.</oldsource>
        <translation>Vincula su canal actual con el canal seleccionado. Si tienen permiso para hablar en el otro canal, los usuarios podrán oírse entre sí. Este vínculo es permanente, y durará hasta que se desvincule manualmente o se reinicie el servidor. Por favor, vea los método abreviados para pulsar-para-vincular.</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <comment>Channel</comment>
        <translation>&amp;Desvincular</translation>
    </message>
    <message>
        <source>Unlink your channel from another channel</source>
        <translation>Desvincula su canal de otro canal</translation>
    </message>
    <message>
        <source>This unlinks your current channel from the selected channel.</source>
        <translation>Desvincula su canal actual del canal seleccionado.</translation>
    </message>
    <message>
        <source>Unlinks your channel from all linked channels.</source>
        <translation>Desvincula su canal de todos los canales vinculados.</translation>
    </message>
    <message>
        <source>This unlinks your current channel (not the selected one) from all linked channels.</source>
        <translation>Desvincula su canal actual (no el seleccionado) de todos los canales vinculados.</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <source>Reset audio preprocessor</source>
        <translation>Reinicia el preprocesador de audio</translation>
    </message>
    <message>
        <source>This will reset the audio preprocessor, including noise cancellation, automatic gain and voice activity detection. If something suddenly worsens the audio environment (like dropping the microphone) and it was temporary, use this to avoid having to wait for the preprocessor to readjust.</source>
        <translation>Reinicia el preprocesador de audio, incluyendo cancelación de ruido, ganancia automática y detección de actividad vocal. Si de pronto algo empeora el entorno de audio (como dejar caer el micrófono) y fue temporal, use esto para evitar tener que esperar a que se reajuste el preprocesador.</translation>
    </message>
    <message>
        <source>Mute yourself</source>
        <translation>Se enmudece a sí mismo</translation>
    </message>
    <message>
        <source>Mute or unmute yourself. When muted, you will not send any data to the server. Unmuting while deafened will also undeafen.</source>
        <translation>Se enmudece o se da voz a sí mismo. Cuando enmudezca, no enviará ningún dato al servidor. Darse voz mientras está ensordecido también le dará escucha.</translation>
    </message>
    <message>
        <source>Deafen yourself</source>
        <translation>Se ensordece a sí mismo</translation>
    </message>
    <message>
        <source>Deafen or undeafen yourself. When deafened, you will not hear anything. Deafening yourself will also mute.</source>
        <translation>Se ensordece o se da escucha a sí mismo. Cuando ensordezca, no oirá nada. Darse escucha a sí mismo también le dará voz.</translation>
    </message>
    <message>
        <source>&amp;Text-To-Speech</source>
        <translation>&amp;Texto-A-Voz</translation>
    </message>
    <message>
        <source>Toggle Text-To-Speech</source>
        <translation>Conmuta Texto-A-Voz</translation>
    </message>
    <message>
        <source>Enable or disable the text-to-speech engine. Only messages enabled for TTS in the Configuration dialog will actually be spoken.</source>
        <translation>Habilita o inhabilita el motor de texto-a-voz (TTS). Realmente sólo se dirán los mensajes habilitados para TTS en el cuadro de diálogo Configuración.</translation>
    </message>
    <message>
        <source>Display audio statistics</source>
        <translation>Muestra estadísticas de audio</translation>
    </message>
    <message>
        <source>Pops up a small dialog with information about your current audio input.</source>
        <translation>Muestra un pequeño cuadro de diálogo con información acerca de la entrada de audio.</translation>
    </message>
    <message>
        <source>Forcibly unlink plugin</source>
        <translation>Desvincular complemento forzosamente</translation>
    </message>
    <message>
        <source>This forces the current plugin to unlink, which is handy if it is reading completely wrong data.</source>
        <translation>Fuerza al complemento actual a desvincularse, lo que es útil si está leyendo datos completamente erróneos.</translation>
    </message>
    <message>
        <source>Configure Mumble</source>
        <translation>Configura Mumble</translation>
    </message>
    <message>
        <source>Allows you to change most settings for Mumble.</source>
        <translation>Le permite cambiar la mayoría de opciones de Mumble.</translation>
    </message>
    <message>
        <source>Start the audio configuration wizard</source>
        <translation>Inicia el asistente de configuración de audio</translation>
    </message>
    <message>
        <source>This will guide you through the process of configuring your audio hardware.</source>
        <translation>Le guiará a través del proceso de configuración de su hardware de audio.</translation>
    </message>
    <message>
        <source>&amp;What&apos;s This?</source>
        <translation>¿&amp;Qué es esto?</translation>
    </message>
    <message>
        <source>Enter What&apos;s This? mode</source>
        <translation>Entra en el modo &quot;¿Qué es esto?&quot;</translation>
    </message>
    <message>
        <source>Click this to enter &quot;What&apos;s This?&quot; mode. Your cursor will turn into a question mark. Click on any button, menu choice or area to show a description of what it is.</source>
        <translation>Haga clic en esto para entrar en el modo &quot;¿Qué es esto?&quot;. Su cursor se transformará en una interrogación. Haga clic en cualquier botón, opción de menú o área para mostrar una descripción de lo que es.</translation>
    </message>
    <message>
        <source>Information about Mumble</source>
        <translation>Información acerca de Mumble</translation>
    </message>
    <message>
        <source>Shows a small dialog with information and license for Mumble.</source>
        <translation>Muestra un pequeño cuadro de diálogo con información y la licencia de Mumble.</translation>
    </message>
    <message>
        <source>Information about Speex</source>
        <translation>Información acerca de Speex</translation>
    </message>
    <message>
        <source>Shows a small dialog with information about Speex.</source>
        <translation>Muestra un pequeño cuadro de diálogo con información acerca de Speex.</translation>
    </message>
    <message>
        <source>Information about Qt</source>
        <translation>Información acerca de Qt</translation>
    </message>
    <message>
        <source>Shows a small dialog with information about Qt.</source>
        <translation>Muestra un pequeño cuadro de diálogo con información acerca de Qt.</translation>
    </message>
    <message>
        <source>Check for &amp;Updates</source>
        <translation>Comprobar &amp;actualizaciones</translation>
    </message>
    <message>
        <source>Check for new version of Mumble</source>
        <translation>Comprueba si existe una nueva versión de Mumble</translation>
    </message>
    <message>
        <source>Connects to the Mumble webpage to check if a new version is available, and notifies you with an appropriate download URL if this is the case.</source>
        <translation>Se conecta a la página web de Mumble para comprobar si está disponible una nueva versión, y le notifica con una URL de descarga apropiada si este es el caso.</translation>
    </message>
    <message>
        <source>Sends a text message to all users in a channel.</source>
        <translation>Envía un mensaje de texto a todos los usuario de un canal.</translation>
    </message>
    <message>
        <source>Configure certificates for strong authentication</source>
        <translation>Configura los certificados para autenticación robusta</translation>
    </message>
    <message>
        <source>This starts the wizard for creating, importing and exporting certificates for authentication against servers.</source>
        <translation>Inicia el asistente para crear, importar y exporar certificados para autenticarse con los servidores.</translation>
    </message>
    <message>
        <source>Register user on server</source>
        <translation>Registra un usuario en el servidor</translation>
    </message>
    <message>
        <source>This will permanently register the user on the server.</source>
        <translation>Esto registrará al usuario permanentemente en el servidor.</translation>
    </message>
    <message>
        <source>Add &amp;Friend</source>
        <translation>Agregar &amp;amigo</translation>
    </message>
    <message>
        <source>Adds a user as your friend.</source>
        <translation>Agrega un usuario como su amigo.</translation>
    </message>
    <message>
        <source>This will add the user as a friend, so you can recognize him on this and other servers.</source>
        <translation>Esto agregará al usuario como un amigo, para que pueda reconocerlo en este y otros servidores.</translation>
    </message>
    <message>
        <source>&amp;Remove Friend</source>
        <translation>&amp;Eliminar amigo</translation>
    </message>
    <message>
        <source>Removes a user from your friends.</source>
        <translation>Elimina a un usuario de su lista de amigos.</translation>
    </message>
    <message>
        <source>This will remove a user from your friends list.</source>
        <translation>Esto eliminará a un usuario de su lista de amigos.</translation>
    </message>
    <message>
        <source>&amp;Update Friend</source>
        <translation>&amp;Actualizar amigo</translation>
    </message>
    <message>
        <source>Update name of your friend.</source>
        <translation>Actualiza el nombre de su amigo.</translation>
    </message>
    <message>
        <source>Your friend uses a different name than what is in your database. This will update the name.</source>
        <translation>Su amigo usa un nombre distinto al del que está en su base de datos. Esto actualizará el nombre.</translation>
    </message>
    <message>
        <source>Edit registered users list</source>
        <translation>Editar la lista de usuarios registrados</translation>
    </message>
    <message>
        <source>This opens the editor for registered users, which allow you to change their name or unregister them.</source>
        <translation>Abre el editor de usuarios registrados, que le permite cambiar sus nombres o borrarlos.</translation>
    </message>
    <message>
        <source>Add or remove text-based access tokens</source>
        <translation>Agrega o elimina credenciales de acceso basadas en texto</translation>
    </message>
    <message>
        <source>&amp;Minimal View</source>
        <translation>Vista &amp;mínima</translation>
    </message>
    <message>
        <source>Toggle minimal window modes</source>
        <translation>Conmutar los modos de ventana mínima</translation>
    </message>
    <message>
        <source>This will toggle minimal mode, where the log window and menu is hidden.</source>
        <translation>Esto conmutará el modo mínimo, en el que la ventana del registro de mensajes y el menú están ocultos.</translation>
    </message>
    <message>
        <source>You muted and deafened %1.</source>
        <translation>Fue enmudecido y ensordecido por %1.</translation>
    </message>
    <message>
        <source>You unmuted and undeafened %1.</source>
        <translation>Enmudeció y ensordeció a %1.</translation>
    </message>
    <message>
        <source>You undeafened %1.</source>
        <translation>Le dio escucha a %1.</translation>
    </message>
    <message>
        <source>You suppressed %1.</source>
        <translation>Contuvo a %1.</translation>
    </message>
    <message>
        <source>%1 muted and deafened by %2.</source>
        <translation>%1 fue enmudecido y ensordecido por %2.</translation>
    </message>
    <message>
        <source>%1 unmuted and undeafened by %2.</source>
        <translation>%2 dio voz y escucha a %1.</translation>
    </message>
    <message>
        <source>%1 undeafened by %2.</source>
        <translation>%2 dio escucha a %1.</translation>
    </message>
    <message>
        <source>%1 suppressed by %2.</source>
        <translation>%1 fue contenido por %2.</translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation>%1 fue llevado a %2.</translation>
    </message>
    <message>
        <source>%1 moved to %2 by %3.</source>
        <translation>%1 fue llevado a %2 por %3.</translation>
    </message>
    <message>
        <source>%1 moved in from %2 by %3.</source>
        <translation>%1 fue traído desde %2 por %3.</translation>
    </message>
    <message>
        <source>%1 is now muted and deafened.</source>
        <translation>%1 está ahora mudo y sordo.</translation>
    </message>
    <message>
        <source>Your account information can not be verified currently. Please try again later</source>
        <translation>La informacion de su cuenta no se puede verificar en este momento, por favor intente mas tarde</translation>
    </message>
    <message>
        <source>Welcome message: %1</source>
        <translation>Mensaje de bienvenida: %1</translation>
    </message>
    <message>
        <source>You were denied %1 privileges in %2.</source>
        <translation>Se le denegó el privilegio %1 en %2.</translation>
    </message>
    <message>
        <source>%3 was denied %1 privileges in %2.</source>
        <translation>Se le denegó el privilegio %1 en %2 a %3.</translation>
    </message>
    <message>
        <source>Denied: Cannot modify SuperUser.</source>
        <translation>Denegado: No puede modificar al SuperUsuario.</translation>
    </message>
    <message>
        <source>Denied: Text message too long.</source>
        <translation>Denegado: Mensaje de texto demasiado largo.</translation>
    </message>
    <message>
        <source>Denied: Operation not permitted in temporary channel.</source>
        <translation>Denegado: Operación no permitida en un canal temporal.</translation>
    </message>
    <message>
        <source>You need a certificate to perform this operation.</source>
        <translation>Necesita un certificado para realizar esta operación.</translation>
    </message>
    <message>
        <source>%1 does not have a certificate.</source>
        <translation>%1 no posee un certificado.</translation>
    </message>
    <message>
        <source>Channel is full.</source>
        <translation>El canal está lleno.</translation>
    </message>
    <message>
        <source>Channel nesting limit reached.</source>
        <translation>Se ha alcanzado el límite de anidamiento de canales.</translation>
    </message>
    <message>
        <source>Channel count limit reached. Need to delete channels before creating new ones.</source>
        <translation>Límite de recuento de canales alcanzado. Necesita eliminar canales antes de crear nuevos.</translation>
    </message>
    <message>
        <source>Permission denied.</source>
        <translation>Permiso denegado.</translation>
    </message>
    <message>
        <source>%1 connected and entered channel.</source>
        <translation>%1 se a conectado y entro en el canal.</translation>
    </message>
    <message>
        <source>%1 connected.</source>
        <translation>%1 se ha conectado.</translation>
    </message>
    <message>
        <source>%1 is now muted.</source>
        <translation>%1 está ahora mudo.</translation>
    </message>
    <message>
        <source>%1 is now unmuted.</source>
        <translation>%1 ahora tiene voz.</translation>
    </message>
    <message>
        <source>Recording started</source>
        <translation>Grabación iniciada</translation>
    </message>
    <message>
        <source>Recording stopped</source>
        <translation>Grabación detenida</translation>
    </message>
    <message>
        <source>%1 started recording.</source>
        <translation>%1 ha comenzado a grabar.</translation>
    </message>
    <message>
        <source>%1 stopped recording.</source>
        <translation>%1 ha dejado de grabar.</translation>
    </message>
    <message>
        <source>You revoked your priority speaker status.</source>
        <translation>Revocaste tu estado de hablante prioritario.</translation>
    </message>
    <message>
        <source>You assumed priority speaker status.</source>
        <translation>Asumiste el estado de hablante prioritario.</translation>
    </message>
    <message>
        <source>%1 revoked your priority speaker status.</source>
        <translation>%1 revocó tu estado de hablante prioritario.</translation>
    </message>
    <message>
        <source>%1 gave you priority speaker status.</source>
        <translation>%1 te dio el estado de hablante prioritario.</translation>
    </message>
    <message>
        <source>You revoked priority speaker status for %1.</source>
        <translation>Le revocaste el estado de hablante prioritario a %1.</translation>
    </message>
    <message>
        <source>You gave priority speaker status to %1.</source>
        <translation>Le diste el estado de hablante prioritario a %1.</translation>
    </message>
    <message>
        <source>%1 revoked own priority speaker status.</source>
        <translation>%1 revocó su estado de hablante prioritario.</translation>
    </message>
    <message>
        <source>%1 assumed priority speaker status.</source>
        <translation>%1 asumió el estado de hablante prioritario.</translation>
    </message>
    <message>
        <source>%1 revoked priority speaker status for %2.</source>
        <translation>%1 le revocó el estado de hablante prioritario a %2.</translation>
    </message>
    <message>
        <source>%1 gave priority speaker status to %2.</source>
        <translation>%1 le dió el estado de hablante prioritario a %2.</translation>
    </message>
    <message>
        <source>You were unmuted and undeafened by %1.</source>
        <translation>%1 le dio voz y sonido.</translation>
    </message>
    <message>
        <source>You were muted by %1.</source>
        <translation>Fue silenciado por %1.</translation>
    </message>
    <message>
        <source>You were undeafened by %1.</source>
        <translation>%1 le dio escucha.</translation>
    </message>
    <message>
        <source>You were suppressed.</source>
        <oldsource>You were suppressed by %1.</oldsource>
        <translation>Ha sido silenciado.</translation>
    </message>
    <message>
        <source>You were unsuppressed.</source>
        <translation>Ya no está silenciado.</translation>
    </message>
    <message>
        <source>You were unsuppressed by %1.</source>
        <translation>%1 le ha desmuteado.</translation>
    </message>
    <message>
        <source>You joined %1.</source>
        <translation>Ingresaste en %1.</translation>
    </message>
    <message>
        <source>According to the server&apos;s configuration, your username is considered invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied: According to the server&apos;s configuration, the channel name is considered invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>According to the server&apos;s configuration, the username %1 is considered invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>According to the server&apos;s configuration, the username is considered invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You moved %1 to %2.</source>
        <translation>Moviste %1 a %2.</translation>
    </message>
    <message>
        <source>%1 is recording</source>
        <translation>%1 está grabando</translation>
    </message>
    <message>
        <source>%1 renamed to %2 by %3.</source>
        <translation>%1 renombrado como %2 por %3.</translation>
    </message>
    <message>
        <source>%1 disconnected.</source>
        <translation>%1 se ha desconectado.</translation>
    </message>
    <message>
        <source>Server</source>
        <comment>message from</comment>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>The server requests minimum client version %1</source>
        <translation>El servidor solicita que el cliente tenga la versión %1 como mínimo</translation>
    </message>
    <message>
        <source>The server requests positional audio be enabled.</source>
        <translation>El servidor solicita que el audio posicional esté habilitado.</translation>
    </message>
    <message>
        <source>The server requests positional audio be disabled.</source>
        <translation>El servidor solicita que el audio posicional esté desactivado.</translation>
    </message>
    <message>
        <source>The server requests Push-to-Talk be enabled.</source>
        <translation>El servidor solicita que Presionar-para-Hablar (PTT) esté habilitado.</translation>
    </message>
    <message>
        <source>The server requests Push-to-Talk be disabled.</source>
        <translation>El servidor solicita que Presionar-para-Hablar (PTT) esté desactivado.</translation>
    </message>
    <message>
        <source>You were unmuted by %1.</source>
        <translation>%1 le dio voz.</translation>
    </message>
    <message>
        <source>You muted %1.</source>
        <translation>Enmudeció a %1.</translation>
    </message>
    <message>
        <source>You unsuppressed %1.</source>
        <translation>Liberó a %1.</translation>
    </message>
    <message>
        <source>You unmuted %1.</source>
        <translation>Dio voz a %1.</translation>
    </message>
    <message>
        <source>%1 muted by %2.</source>
        <translation>%1 enmudecido por %2.</translation>
    </message>
    <message>
        <source>%1 unsuppressed by %2.</source>
        <translation>%1 liberado por %2.</translation>
    </message>
    <message>
        <source>%1 unmuted by %2.</source>
        <translation>%2 dio voz a %1.</translation>
    </message>
    <message>
        <source>You were muted and deafened by %1.</source>
        <oldsource>You were deafened by %1.</oldsource>
        <translation>Fue enmudecido y ensordecido por %1.</translation>
    </message>
    <message>
        <source>You were kicked from the server by %1: %2.</source>
        <translation>Fue expulsado del servidor por %1: %2.</translation>
    </message>
    <message>
        <source>%3 was kicked from the server by %1: %2.</source>
        <translation>%3 fue expulsado del servidor por %1: %2.</translation>
    </message>
    <message>
        <source>You were kicked and banned from the server by %1: %2.</source>
        <translation>Fue expulsado y prohibido del servidor por %1: %2.</translation>
    </message>
    <message>
        <source>%3 was kicked and banned from the server by %1: %2.</source>
        <translation>%3 fue expulsado y prohibido del servidor por %1: %2.</translation>
    </message>
    <message>
        <source>You were moved to %1 by %2.</source>
        <translation>Fue movido a %1 por %2.</translation>
    </message>
    <message>
        <source>%1 entered channel.</source>
        <translation>%1 ingresó en el canal.</translation>
    </message>
    <message>
        <source>Server connection rejected: %1.</source>
        <translation>Conexión con el servidor rechazada: %1.</translation>
    </message>
    <message>
        <source>Denied: %1.</source>
        <translation>Denegado: %1.</translation>
    </message>
    <message>
        <source>%1 renamed to %2.</source>
        <translation>%1 renombrado a %2.</translation>
    </message>
    <message>
        <source>%1 left channel and disconnected.</source>
        <translation>%1 dejó el canal y se desconectó.</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>Mensaje de %1</translation>
    </message>
    <message>
        <source>You have User Dragging set to &quot;Do Nothing&quot; so the user wasn&apos;t moved.</source>
        <translation>Tiene la opción de Arrastrar Usuario en &quot;No hacer nada&quot;, por lo que el usuario no se movió.</translation>
    </message>
    <message>
        <source>You have Channel Dragging set to &quot;Do Nothing&quot; so the channel wasn&apos;t moved.</source>
        <translation>Ha establecido el arrastre de canales a &quot;No hacer nada&quot; así que el canal no se movió.</translation>
    </message>
    <message>
        <source>Unknown Channel Drag mode in UserModel::dropMimeData.</source>
        <translation>Modo de arrastre de canales desconocido en UserModel::dropMimeData.</translation>
    </message>
    <message>
        <source>Welcome to Mumble.</source>
        <translation>Bienvenido a Mumble.</translation>
    </message>
    <message>
        <source>Skipping version check in debug mode.</source>
        <translation>Omitiendo la comprobación de versión en modo de depuración.</translation>
    </message>
    <message>
        <source>Hide Frame</source>
        <translation>Ocultar marco</translation>
    </message>
    <message>
        <source>Toggle showing frame on minimal window</source>
        <translation>Conmuta entre mostrar o no el marco de la ventana mínima</translation>
    </message>
    <message>
        <source>This will toggle whether the minimal window should have a frame for moving and resizing.</source>
        <translation>Esto determina si la ventana mínima tiene un marco para ser movida o cambiada de tamaño.</translation>
    </message>
    <message>
        <source>Reset the comment of the selected user.</source>
        <translation>Restaura el comentario sobre el usuario seleccionado.</translation>
    </message>
    <message>
        <source>View comment in editor</source>
        <translation>Ver comentario en el editor</translation>
    </message>
    <message>
        <source>Query server for connection information for user</source>
        <translation>Solicitar al servidor información del usuario</translation>
    </message>
    <message>
        <source>S&amp;erver</source>
        <translation>S&amp;ervidor</translation>
    </message>
    <message>
        <source>&amp;Self</source>
        <translation>Mi &amp;usuario</translation>
    </message>
    <message>
        <source>&amp;Unlink Plugins</source>
        <translation>&amp;Desvincular complementos</translation>
    </message>
    <message>
        <source>Register yourself on the server</source>
        <translation>Le registra como usuario en el servidor</translation>
    </message>
    <message>
        <source>Change your avatar image on this server</source>
        <translation>Cambia su imágen avatar en este servidor</translation>
    </message>
    <message>
        <source>Remove currently defined avatar image.</source>
        <translation>Elimina la imágen avatar actualmente definida.</translation>
    </message>
    <message>
        <source>Icon Toolbar</source>
        <translation>Barra de herramientas de iconos</translation>
    </message>
    <message>
        <source>Change your own comment</source>
        <translation>Cambia su propio comentario</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>&amp;Copiar URL</translation>
    </message>
    <message>
        <source>Copies a link to this channel to the clipboard.</source>
        <translation>Copia un vínculo a este canal en el portapapeles.</translation>
    </message>
    <message>
        <source>Locally ignore user&apos;s text chat messages.</source>
        <translation>Ignora localmente los mensajes de texto de un usuario.</translation>
    </message>
    <message>
        <source>Silently drops all text messages from the user.</source>
        <translation>Omite silenciosamente todos los mensajes de texto del usuario.</translation>
    </message>
    <message>
        <source>Edit ban list on server</source>
        <translation>Editar la lista de bans del servidor</translation>
    </message>
    <message>
        <source>This lets you edit the server-side IP ban list.</source>
        <translation>Esto le permite editar la lista de bans por IP del servidor.</translation>
    </message>
    <message>
        <source>Enable or disable the filtering of select channels.
By default all empty channels will be filtered.
You can mark additional channels for filtering from
the channel&apos;s context menu.</source>
        <translation>Activa o desactiva el filtro de los canales seleccionados.
Por defecto todos los canales vacios serán filtrados.
Puede marcar canales adicionales para ser filtrados si así lo desea
en el menu contextual del canal.</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Developer</source>
        <translation>&amp;Desarrollador</translation>
    </message>
    <message>
        <source>Show the Developer Console</source>
        <translation>Mostrar la Consola de Desarrollador</translation>
    </message>
    <message>
        <source>Shows the Mumble Developer Console, where Mumble&apos;s log output can be inspected.</source>
        <translation>Muestra la Consola de desarrollador de Mumble, donde se puede inspeccionar la salida del registro de Mumble.</translation>
    </message>
    <message>
        <source>&amp;Connect...</source>
        <translation>&amp;Conectar...</translation>
    </message>
    <message>
        <source>&amp;Kick...</source>
        <translation>&amp;Expulsar...</translation>
    </message>
    <message>
        <source>&amp;Ban...</source>
        <translation>&amp;Banear</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Agregar...</translation>
    </message>
    <message>
        <source>&amp;Remove...</source>
        <translation>Elimina&amp;r</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Editar...</translation>
    </message>
    <message>
        <source>&amp;Audio Wizard...</source>
        <translation>&amp;Asistente de audio...</translation>
    </message>
    <message>
        <source>About &amp;Speex...</source>
        <translation>Acerca de &amp;Speex...</translation>
    </message>
    <message>
        <source>&amp;Certificate Wizard...</source>
        <translation>Asistente de &amp;Certificados...</translation>
    </message>
    <message>
        <source>Change &amp;Avatar...</source>
        <translation>Cambiar &amp;Avatar...</translation>
    </message>
    <message>
        <source>&amp;Change Comment...</source>
        <translation>&amp;Cambiar Comentario...</translation>
    </message>
    <message>
        <source>Server sync protocol violation. No user profile received.</source>
        <translation>Infracción del protocolo de sincronización del servidor. No se ha recibido ningún perfil de usuario.</translation>
    </message>
    <message>
        <source>Protocol violation. Server sent remove for occupied channel.</source>
        <translation>Violación del protocolo. El servidor enviará la eliminación para el canal ocupado.</translation>
    </message>
    <message>
        <source>Listen to this channel without joining it</source>
        <translation>Escuchar al canal sin entrar a éste</translation>
    </message>
    <message>
        <source>&amp;Listener</source>
        <translation>&amp;Oyente</translation>
    </message>
    <message>
        <source>No action available...</source>
        <translation>No hay acciones disponibles...</translation>
    </message>
    <message>
        <source>Unable to %1 into %2 - Adding the respective access (password) token might grant you access.</source>
        <translation>Imposible lograr %1 en %2 - Agregar la ficha respectiva de acceso (contraseña) podría daros acceso.</translation>
    </message>
    <message>
        <source>No more listeners allowed in this channel.</source>
        <translation>No se permiten más oyentes en este canal.</translation>
    </message>
    <message>
        <source>You are not allowed to listen to more channels than you currently are.</source>
        <translation>No tiene permitido escuchar a más canales que los que ya está escuchando.</translation>
    </message>
    <message>
        <source>You started listening to %1</source>
        <translation>Ha empezado a escuchar a %1</translation>
    </message>
    <message>
        <source>%1 started listening to your channel</source>
        <translation>%1 empezó a escuchar a su canal</translation>
    </message>
    <message>
        <source>You stopped listening to %1</source>
        <translation>Ha dejado de escuchar a %1</translation>
    </message>
    <message>
        <source>%1 stopped listening to your channel</source>
        <translation>%1 dejó de escuchar a su canal</translation>
    </message>
    <message>
        <source>Toggles the visibility of the TalkingUI.</source>
        <translation>Activa/desactiva la visibilidad de la interfaz de uso del habla.</translation>
    </message>
    <message>
        <source>Joins the channel of this user.</source>
        <translation>Entra al canal de este usuario.</translation>
    </message>
    <message>
        <source>Channels and users</source>
        <translation>Canales y usuarios</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Registro (log) de actividad</translation>
    </message>
    <message>
        <source>Locally disable Text-To-Speech for this user&apos;s text chat messages.</source>
        <translation>Desactiva Texto-A-Voz localmente para los mensajes de texto de este usuario en el chat.</translation>
    </message>
    <message>
        <source>Silently disables Text-To-Speech for all text messages from the user.</source>
        <translation>Desactiva silenciosamente Texto-A-Voz para todos los mensajes de texto del usuario.</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Árbol</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <translation>(%1) %2</translation>
    </message>
    <message>
        <source>Configuration file %1 does not exist or is not writable.
</source>
        <translation>El archivo de configuración %1 no existe o es de sólo lectura.
</translation>
    </message>
    <message>
        <source>Hide/show main window</source>
        <comment>Global Shortcut</comment>
        <translation>Ocultar/monstrar la ventana principal</translation>
    </message>
    <message>
        <source>Set a local nickname</source>
        <translation>Poner un apodo local</translation>
    </message>
    <message>
        <source>Sets a local nickname for another user.</source>
        <translation>Pone un apodo local para otro usuario.</translation>
    </message>
    <message>
        <source>Directory %1 does not exist.
</source>
        <translation>El directorio %1 no existe.
</translation>
    </message>
    <message>
        <source>Toggle TalkingUI</source>
        <comment>Global shortcut</comment>
        <translation>Alternar TalkingUI</translation>
    </message>
    <message>
        <source>Toggles the visibility of the TalkingUI.</source>
        <comment>Global Shortcut</comment>
        <translation>Activa/desactiva la visibilidad de la interfaz TalkingUI.</translation>
    </message>
    <message>
        <source>Toggle the channel filter (Alt+F)</source>
        <translation>Alternar el filtro de canal (Alt+F)</translation>
    </message>
    <message>
        <source>Alt+F</source>
        <translation>Alt+F</translation>
    </message>
    <message>
        <source>Search for a user or channel (Ctrl+F)</source>
        <translation>Buscar un usuario o canal (Ctrl+F)</translation>
    </message>
    <message>
        <source>Toggle search dialog</source>
        <comment>Global Shortcut</comment>
        <translation>Alternar el diálogo de búsqueda</translation>
    </message>
    <message>
        <source>This will open or close the search dialog depending on whether it is currently opened already</source>
        <translation>Estro abrirá o cerrará el diálogo de búsqueda dependiendo de si ya está abierto o no</translation>
    </message>
    <message>
        <source>Unmute yourself</source>
        <translation>Desenmudecerte a tí mismo</translation>
    </message>
    <message>
        <source>Undeafen yourself</source>
        <translation>Desensordecerte a ti mismo</translation>
    </message>
    <message>
        <source>Show the Positional Audio Viewer</source>
        <translation>Mostrar el Visualizador de Audio Posicional</translation>
    </message>
    <message>
        <source>Shows the Positional Audio Viewer. In it the current information used for positional audio can be inspected. Context and identity are also shown.</source>
        <translation>Muestra el Visualizador de Audio Posicional. En él se puede inspeccionar la información actual utilizada para el audio posicional. El contexto y la identidad también se muestran.</translation>
    </message>
    <message>
        <source>Mumble - Minimal View</source>
        <translation>Mumble - Vista Mínima</translation>
    </message>
    <message>
        <source>Invalid settings file encountered.</source>
        <translation>Archivo de configuración inválido detectado.</translation>
    </message>
    <message>
        <source>You are currently in minimal view but not connected to a server. Use the context menu to connect to a server or disable minimal view.</source>
        <translation>Actualmente se encuentra en modo compacto pero no está conectado a un servidor. Utilice el menú contextual para conectarse a un servidor o desactivar el modo compacto.</translation>
    </message>
    <message>
        <source>Local Volume Adjustment:</source>
        <translation>Ajuste local del volumen:</translation>
    </message>
    <message>
        <source>This version of Mumble can&apos;t handle URLs for Mumble version %1</source>
        <translation>Esta versión de Mumble no puede manejar las direcciones URLs para la versión %1</translation>
    </message>
    <message>
        <source>Listen to Channel</source>
        <comment>Global Shortcut</comment>
        <translation>Escuchar el canal</translation>
    </message>
    <message>
        <source>Toggles listening to the given channel.</source>
        <comment>Global Shortcut</comment>
        <translation>Permite escuchar el canal indicado.</translation>
    </message>
    <message>
        <source>Server instructed us to use an audio codec different from Opus, which is no longer supported. Disconnecting...</source>
        <translation>El servidor nos indicó que utilizáramos un códec de audio distinto de Opus, que ya no se admite. Desconectando...</translation>
    </message>
    <message>
        <source>Are you sure you want to close Mumble? Perhaps you prefer to minimize it instead?</source>
        <translation>¿Estás seguro de que quieres cerrar Mumble? ¿Quizá prefieres minimizarlo?</translation>
    </message>
    <message>
        <source>Remember this setting</source>
        <translation>Recordar esta configuración</translation>
    </message>
    <message>
        <source>Channel &amp;Filter</source>
        <translation>&amp;Filtro de canal</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <comment>Global Shortcut</comment>
        <translation>Conectarse a un servidor</translation>
    </message>
    <message>
        <source>This will open the server connection dialog</source>
        <comment>Global Shortcut</comment>
        <translation>Se abrirá el cuadro de diálogo de conexión con el servidor</translation>
    </message>
    <message>
        <source>Disconnect from server</source>
        <comment>Global Shortcut</comment>
        <translation>Desconectarse del servidor</translation>
    </message>
    <message>
        <source>This will disconnect you from the server</source>
        <comment>Global Shortcut</comment>
        <translation>Esto te desconectará del servidor</translation>
    </message>
    <message>
        <source>Open server information</source>
        <comment>Global Shortcut</comment>
        <translation>Información sobre el servidor abierto</translation>
    </message>
    <message>
        <source>This will show information about the server connection</source>
        <comment>Global Shortcut</comment>
        <translation>Esto mostrará información sobre la conexión al servidor</translation>
    </message>
    <message>
        <source>Open server tokens</source>
        <comment>Global Shortcut</comment>
        <translation>Abrir tokens del servidor</translation>
    </message>
    <message>
        <source>This will open the server tokens dialog</source>
        <comment>Global Shortcut</comment>
        <translation>Esto abrirá el cuadro de diálogo de tokens del servidor</translation>
    </message>
    <message>
        <source>Open server user list</source>
        <comment>Global Shortcut</comment>
        <translation>Abrir la lista de usuarios del servidor</translation>
    </message>
    <message>
        <source>This will open the server user list dialog</source>
        <comment>Global Shortcut</comment>
        <translation>Se abrirá el cuadro de diálogo de la lista de usuarios del servidor</translation>
    </message>
    <message>
        <source>Open server ban list</source>
        <comment>Global Shortcut</comment>
        <translation>Abrir la lista de prohibiciones del servidor</translation>
    </message>
    <message>
        <source>This will open the server ban list dialog</source>
        <comment>Global Shortcut</comment>
        <translation>Esto abrirá el cuadro de diálogo de la lista de prohibiciones del servidor</translation>
    </message>
    <message>
        <source>Toggle priority speaker</source>
        <comment>Global Shortcut</comment>
        <translation>Alternar altavoz prioritario</translation>
    </message>
    <message>
        <source>This will enable/disable the priority speaker</source>
        <comment>Global Shortcut</comment>
        <translation>Esto activará/desactivará el altavoz prioritario</translation>
    </message>
    <message>
        <source>Open recording dialog</source>
        <comment>Global Shortcut</comment>
        <translation>Abrir el diálogo de grabación</translation>
    </message>
    <message>
        <source>This will open the recording dialog</source>
        <translation>Se abrirá el cuadro de diálogo de grabación</translation>
    </message>
    <message>
        <source>Change comment</source>
        <comment>Global Shortcut</comment>
        <translation>Modificar el comentario</translation>
    </message>
    <message>
        <source>This will open the change comment dialog</source>
        <translation>Se abrirá el cuadro de diálogo de modificación de comentarios</translation>
    </message>
    <message>
        <source>Change avatar</source>
        <comment>Global Shortcut</comment>
        <translation>Cambiar el avatar</translation>
    </message>
    <message>
        <source>This will open your file explorer to change your avatar image on this server</source>
        <translation>Esto abrirá tu explorador de archivos para cambiar la imagen de tu avatar en este servidor</translation>
    </message>
    <message>
        <source>Remove avatar</source>
        <comment>Global Shortcut</comment>
        <translation>Eliminar el avatar</translation>
    </message>
    <message>
        <source>This will reset your avatar on the server</source>
        <translation>Esto restaurará tu avatar en el servidor</translation>
    </message>
    <message>
        <source>Register on the server</source>
        <comment>Global Shortcut</comment>
        <translation>Inscribirse en el servidor</translation>
    </message>
    <message>
        <source>This will register you on the server</source>
        <translation>Esto te registrará en el servidor</translation>
    </message>
    <message>
        <source>Audio statistics</source>
        <comment>Global Shortcut</comment>
        <translation>Estadísticas de audio</translation>
    </message>
    <message>
        <source>This will open the audio statistics dialog</source>
        <translation>Se abrirá el cuadro de diálogo de estadísticas de audio</translation>
    </message>
    <message>
        <source>Open settings</source>
        <comment>Global Shortcut</comment>
        <translation>Abrir la configuración</translation>
    </message>
    <message>
        <source>This will open the settings dialog</source>
        <translation>Se abrirá el cuadro de diálogo de la configuración</translation>
    </message>
    <message>
        <source>Start audio wizard</source>
        <comment>Global Shortcut</comment>
        <translation>Iniciar el asistente de audio</translation>
    </message>
    <message>
        <source>This will open the audio wizard dialog</source>
        <translation>Se abrirá el cuadro de diálogo del asistente de audio</translation>
    </message>
    <message>
        <source>Start certificate wizard</source>
        <comment>Global Shortcut</comment>
        <translation>Iniciar el asistente de certificados</translation>
    </message>
    <message>
        <source>This will open the certificate wizard dialog</source>
        <translation>Se abrirá el cuadro de diálogo del asistente para certificados</translation>
    </message>
    <message>
        <source>Toggle text to speech</source>
        <comment>Global Shortcut</comment>
        <translation>Pasar de texto a voz</translation>
    </message>
    <message>
        <source>This will enable/disable the text to speech</source>
        <translation>Esto activará/desactivará el texto a voz</translation>
    </message>
    <message>
        <source>Open about dialog</source>
        <comment>Global Shortcut</comment>
        <translation>Abrir el cuadro de diálogo acerca de</translation>
    </message>
    <message>
        <source>This will open the about dialog</source>
        <translation>Se abrirá el cuadro de diálogo acerca de</translation>
    </message>
    <message>
        <source>Open about Qt dialog</source>
        <comment>Global Shortcut</comment>
        <translation>Abrir el diálogo sobre Qt</translation>
    </message>
    <message>
        <source>This will open the about Qt dialog</source>
        <translation>Se abrirá el cuadro de diálogo acerca de Qt</translation>
    </message>
    <message>
        <source>Check for update</source>
        <comment>Global Shortcut</comment>
        <translation>Buscar actualizaciones</translation>
    </message>
    <message>
        <source>This will check if mumble is up to date</source>
        <translation>Esto comprobará si Mumble está actualizado</translation>
    </message>
    <message>
        <source>That sound was the mute cue. It activates when you speak while muted. Would you like to keep it enabled?</source>
        <translation>Ese sonido era la señal de silencio. Se activa cuando hablas estando silenciado. ¿Quieres mantenerlo activado?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Enter chat message</source>
        <translation>Ingresar mensaje de chat</translation>
    </message>
    <message>
        <source>&amp;Ban List</source>
        <translation>&amp;Lista de prohibiciones</translation>
    </message>
    <message>
        <source>&amp;Information</source>
        <translation>&amp;Información</translation>
    </message>
    <message>
        <source>Ig&amp;nore Messages</source>
        <translation>Ig&amp;nore mensajes</translation>
    </message>
    <message>
        <source>&amp;Send Message...</source>
        <translation>&amp;Enviar mensaje...</translation>
    </message>
    <message>
        <source>Set Ni&amp;ckname...</source>
        <translation>Establecer Ni&amp;ckname...</translation>
    </message>
    <message>
        <source>L&amp;ink</source>
        <translation>E&amp;nlace</translation>
    </message>
    <message>
        <source>U&amp;nlink All</source>
        <translation>D&amp;esvincular todo</translation>
    </message>
    <message>
        <source>M&amp;ute Self</source>
        <translation>yo mudo</translation>
    </message>
    <message>
        <source>D&amp;eafen Self</source>
        <translation>&amp;Silenciate</translation>
    </message>
    <message>
        <source>Audio &amp;Statistics</source>
        <translation>Audio y estadísticas</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Ajustes</translation>
    </message>
    <message>
        <source>Developer &amp;Console</source>
        <translation>&amp;Consola para los desarrolladores</translation>
    </message>
    <message>
        <source>Positional &amp;Audio Viewer</source>
        <translation>Visor posicional y de audio</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Re&amp;gister...</source>
        <translation>&amp;Registro…</translation>
    </message>
    <message>
        <source>Registered &amp;Users</source>
        <translation>Registradas y usuarias</translation>
    </message>
    <message>
        <source>&amp;Access Tokens</source>
        <translation>&amp;Fichas de acceso</translation>
    </message>
    <message>
        <source>Remo&amp;ve Avatar</source>
        <translation>&amp;Quitar el avatar</translation>
    </message>
    <message>
        <source>Reset Commen&amp;t...</source>
        <translation>&amp;Restablecer el comentario...</translation>
    </message>
    <message>
        <source>Remo&amp;ve Avatar...</source>
        <translation>&amp;Eliminar el avatar...</translation>
    </message>
    <message>
        <source>Remove the avatar of the selected user.</source>
        <translation>Eliminar el avatar de la usuaria seleccionada.</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Unirse</translation>
    </message>
    <message>
        <source>&amp;Hide When Filtering</source>
        <translation>&amp;Ocultar al filtrar</translation>
    </message>
    <message>
        <source>&amp;Pin When Filtering</source>
        <translation>&amp;Fijar al filtrar</translation>
    </message>
    <message>
        <source>Vie&amp;w Comment</source>
        <translation>&amp;Mostrar el comentario</translation>
    </message>
    <message>
        <source>&amp;Priority Speaker</source>
        <translation>&amp;Oradora prioritaria</translation>
    </message>
    <message>
        <source>&amp;Record...</source>
        <translation>&amp;Registro...</translation>
    </message>
    <message>
        <source>&amp;Listen To Channel</source>
        <translation>&amp;Escuchar canal</translation>
    </message>
    <message>
        <source>Talking &amp;UI</source>
        <translation>Hablando &amp;UI</translation>
    </message>
    <message>
        <source>&amp;Join User&apos;s Channel</source>
        <translation>&amp;Unirse al canal del usuario</translation>
    </message>
    <message>
        <source>M&amp;ove To Own Channel</source>
        <translation>&amp;Mover a Mi Canal</translation>
    </message>
    <message>
        <source>Moves this user to your current channel.</source>
        <translation>Mueve a esta usuario a tu canal actual.</translation>
    </message>
    <message>
        <source>Disable Te&amp;xt-To-Speech</source>
        <translation>&amp;Desactivar la síntesis de voz</translation>
    </message>
    <message>
        <source>&amp;Search...</source>
        <translation>&amp;Buscar...</translation>
    </message>
    <message>
        <source>Filtered channels and users</source>
        <translation>Canales filtrados y usuarias</translation>
    </message>
    <message>
        <source>Toggle positional audio</source>
        <comment>Global Shortcut</comment>
        <translation>Activar o desactivar el audio posicional</translation>
    </message>
    <message>
        <source>This will toggle positional audio on/off</source>
        <translation>Esto activará o desactivará el audio posicional</translation>
    </message>
    <message>
        <source>SSL error</source>
        <translation>Error SSL</translation>
    </message>
    <message>
        <source>Mumble is unable to establish a secure connection to the server. (&quot;%1&quot;)</source>
        <translation>Mumble no puede establecer una conexión segura con el servidor. (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>This could be caused by one of the following scenarios:&lt;ul&gt;&lt;li&gt;Your client and the server use different encryption standards. This could be because you are using a very old client or the server you are connecting to is very old. In the first case, you should update your client and in the second case you should contact the server administrator so that they can update their server.&lt;/li&gt;&lt;li&gt;Either your client or the server is using an old operating system that doesn&apos;t provide up-to-date encryption methods. In this case you should consider updating your OS or contacting the server admin so that they can update theirs.&lt;/li&gt;&lt;li&gt;The server you are connecting to isn&apos;t actually a Mumble server. Please ensure that the used server address really belongs to a Mumble server and not e.g. to a game server.&lt;/li&gt;&lt;li&gt;The port you are connecting to does not belong to a Mumble server but instead is bound to a completely unrelated process on the server-side. Please double-check you have used the correct port.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>Esto podría deberse a uno de los siguientes escenarios:&lt;ul&gt;&lt;li&gt;El cliente y el servidor usan estándares de cifrado diferentes. Esto puede deberse a que está utilizando un cliente muy antiguo o el servidor al que se está conectando es muy antiguo. En el primer caso, debe actualizar su cliente y en el segundo caso debe ponerse en contacto con el administrador del servidor para que pueda actualizar su servidor.&lt;/li&gt;&lt;li&gt;El cliente o el servidor utilizan un sistema operativo antiguo que no proporciona métodos de cifrado actualizados. En este caso, debe considerar actualizar su sistema operativo o ponerse en contacto con el administrador del servidor para que pueda actualizar el suyo.&lt;/li&gt;&lt;li&gt;El servidor al que te estás conectando no es en realidad un servidor Mumble. Asegúrese de que la dirección del servidor utilizada pertenezca realmente a un servidor de Mumble y no, por ejemplo, a un servidor de juegos.&lt;/li&gt;&lt;li&gt;El puerto al que se está conectando no pertenece a un servidor Mumble, sino que está vinculado a un proceso completamente no relacionado en el lado del servidor. Por favor, compruebe dos veces que ha utilizado el puerto correcto. &lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>M&amp;ove back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves you back to the previous channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move back</source>
        <comment>Global shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will move you back into your previous channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel you have been in previously no longer exists on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle listener attenuation mode</source>
        <comment>Global shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will cycle through the different attenuation modes for channel listeners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener attenuation up (+10%)</source>
        <comment>Global shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This increases the attenuation of channel listeners by 10 percents points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener attenuation down (-10%)</source>
        <comment>Global shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This decreases the attenuation of channel listeners by 10 percents points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adaptive Push</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When using the push-to-talk transmission mode, this will act as the push-to-talk action. Otherwise, it will act as a push-to-mute action.</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to decode image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will open the rich text editor to change your comment. Comments are separate for each server. Other users can read your comment by hovering over the comment icon in the user and channel tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will open the audio recording dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will open the search dialog. It&apos;s used to find channels and users in the current server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as &amp;Favorite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add current server as favorite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This adds the server you are currently connected to as favorite to the known connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to favorites.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manual</name>
    <message>
        <source>Manual Mumble Positional Audio</source>
        <translation>Manual Mumble del Audio Posicional</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Azimuth</source>
        <translation>Azimut</translation>
    </message>
    <message>
        <source>Elevation</source>
        <translation>Elevación</translation>
    </message>
    <message>
        <source>°</source>
        <translation>º</translation>
    </message>
    <message>
        <source>Meta data</source>
        <translation>Meta datos</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Establecer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Unhinge</source>
        <translation>Desquiciar</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Visualización</translation>
    </message>
    <message>
        <source>How long silent user&apos;s positions should stay marked after they have stopped talking (in seconds).</source>
        <translation>Por cuánto tiempo la posición de usuarios silenciosos debiese permanecer marcada, después de que hayan dejado de hablar (en segundos).</translation>
    </message>
    <message>
        <source>Silent user displaytime:</source>
        <translation>Tiempo de visualización de un usuario silencioso/a:</translation>
    </message>
    <message>
        <source>Graphical positional audio simulation view</source>
        <translation>Gráfico de posicionamiento del sonido en la simulación</translation>
    </message>
    <message>
        <source>This visually represents the positional audio configuration that is currently being used</source>
        <translation>Esto representa visualmente la configuración de audio posicional que se está utilizando actualmente</translation>
    </message>
    <message>
        <source>Listener Z coordinate</source>
        <translation>Coordenada Z del oyente</translation>
    </message>
    <message>
        <source>Listener X coordinate</source>
        <translation>Oyente x coordenada</translation>
    </message>
    <message>
        <source>Listener Y coordinate</source>
        <translation>Coordenada Y del oyente</translation>
    </message>
    <message>
        <source>Silent user display time (in seconds)</source>
        <translation>Tiempo de visualización del usuario silencioso (en segundos)</translation>
    </message>
    <message>
        <source>Listener azimuth (in degrees)</source>
        <translation>Azimut del oyente (en grados)</translation>
    </message>
    <message>
        <source>Listener elevation (in degrees)</source>
        <translation>Elevación del oyente (en grados)</translation>
    </message>
    <message>
        <source>Context string</source>
        <translation>Cadena de contexto</translation>
    </message>
    <message>
        <source>Use the &quot;set&quot; button to apply the context string</source>
        <translation>Utilice el botón &quot;establecer&quot; para aplicar la cadena de contexto</translation>
    </message>
    <message>
        <source>Apply the context string</source>
        <translation>Aplicar la cadena de contexto</translation>
    </message>
    <message>
        <source>Apply the identity string</source>
        <translation>Aplicar la cadena de identidad</translation>
    </message>
    <message>
        <source>Identity string</source>
        <translation>Cadena de identidad</translation>
    </message>
    <message>
        <source>Use the &quot;set&quot; button to apply the identity string</source>
        <translation>Utilice el botón &quot;establecer&quot; para aplicar la cadena de identidad</translation>
    </message>
</context>
<context>
    <name>NetworkConfig</name>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Use TCP compatibility mode</source>
        <oldsource>Use TCP compatability mode</oldsource>
        <translation>Usar modo de compatibilidad TCP</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enable TCP compatibility mode&lt;/b&gt;.&lt;br /&gt;This will make Mumble use only TCP when communicating with the server. This will increase overhead and cause lost packets to produce noticeable pauses in communication, so this should only be used if you are unable to use the default (which uses UDP for voice and TCP for control).</source>
        <translation>&lt;b&gt;Habilita el modo de Compatibilidad TCP&lt;/b&gt;.&lt;br /&gt;Esto hará que Mumble sólo use TCP cuando se comunique con el servidor. Esto aumentará la carga adicional y provocará que los paquetes perdidos produzcan notables pausas en la comunicación, así que sólo debería ser usado si no consigue usar la opción por defecto (que emplea UDP para la voz y TCP para el control).</translation>
    </message>
    <message>
        <source>Reconnect when disconnected</source>
        <translation>Vuelve a conectarse cuando sea desconectado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reconnect when disconnected&lt;/b&gt;.&lt;br /&gt;This will make Mumble try to automatically reconnect after 10 seconds if your server connection fails.</source>
        <translation>&lt;b&gt;Volver a conectar cuando sea desconectado&lt;/b&gt;.&lt;br /&gt;Hace que Mumble intente volver a conectar automáticamente después de 10 segundos si falla su conexión con el servidor.</translation>
    </message>
    <message>
        <source>Reconnect automatically</source>
        <translation>Reconectar automáticamente</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Type of proxy to connect through</source>
        <translation>Tipo de proxy a través del que conectar</translation>
    </message>
    <message>
        <source>Direct connection</source>
        <translation>Conexión directa</translation>
    </message>
    <message>
        <source>HTTP(S) proxy</source>
        <translation>Proxy HTTP(S)</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>Proxy SOCKS5</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Nombre del servidor</translation>
    </message>
    <message>
        <source>Hostname of the proxy</source>
        <translation>Nombre del servidor proxy</translation>
    </message>
    <message>
        <source>Force TCP mode</source>
        <translation>Forzar modo TCP</translation>
    </message>
    <message>
        <source>Enable QoS to prioritize packets</source>
        <translation>Habilita QoS para dar prioridad a los paquetes</translation>
    </message>
    <message>
        <source>This will enable QoS, which will attempt to prioritize voice packets over other traffic.</source>
        <translation>Esto habilitará QoS (&lt;i&gt;quality of service&lt;/i&gt;,calidad de servicio), lo que tratará de dar mayor prioridad a los paquetes de voz sobre el resto del tráfico.</translation>
    </message>
    <message>
        <source>Use Quality of Service</source>
        <translation>Usar Calidad de Servicio (QoS)</translation>
    </message>
    <message>
        <source>Don&apos;t send certificate to server and don&apos;t save passwords. (Not saved).</source>
        <translation>No enviar información de certificados al servidor y no almacenar las contraseñas. (No se guarda).</translation>
    </message>
    <message>
        <source>&lt;b&gt;This will suppress identity information from the client.&lt;/b&gt;&lt;p&gt;The client will not identify itself with a certificate, even if defined, and will not cache passwords for connections. This is primarily a test-option and is not saved.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Esto suprime la información de identidad del cliente.&lt;/b&gt;&lt;p&gt;El cliente no se identificará con un certificado, incluso si está definido, y no almacenará las contraseñas de las conexiones. Se trata principalmente de una opción para pruebas y no se guarda.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Suppress certificate and password storage</source>
        <translation>Suprimir certificados y almacenamiento de contraseñas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Type of proxy to connect through.&lt;/b&gt;&lt;br /&gt;This makes Mumble connect through a proxy for all outgoing connections. Note: Proxy tunneling forces Mumble into TCP compatibility mode, causing all voice data to be sent via the control channel.</source>
        <translation>&lt;b&gt;Tipo de proxy a través del que conectar&lt;/b&gt;&lt;br /&gt;Esto hace que Mumble se conecte a través de un proxy para todas las conexiones salientes. Nota: El uso de túneles proxy fuerza a Mumble al modo de compatibilidad TCP, causando que todos los datos de voz se envíen a través del canal de control.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hostname of the proxy.&lt;/b&gt;&lt;br /&gt;This field specifies the hostname of the proxy you wish to tunnel network traffic through.</source>
        <translation>&lt;b&gt;Nombre del servidor proxy.&lt;/b&gt;&lt;br /&gt;Este campo especifica el nombre del servidor proxy a través del que desea enviar el tráfico.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Port number of the proxy</source>
        <translation>Número de puerto del proxy</translation>
    </message>
    <message>
        <source>&lt;b&gt;Port number of the proxy.&lt;/b&gt;&lt;br /&gt;This field specifies the port number that the proxy expects connections on.</source>
        <translation>&lt;b&gt;Número de puerto del proxy.&lt;/b&gt;&lt;br /&gt;Este campo especifica el número de puerto al que el proxy espera las conexiones.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Username for proxy authentication</source>
        <translation>Nombre de usuario para la autenticación con el proxy</translation>
    </message>
    <message>
        <source>&lt;b&gt;Username for proxy authentication.&lt;/b&gt;&lt;br /&gt;This specifies the username you use for authenticating yourself with the proxy. In case the proxy does not use authentication, or you want to connect anonymously, simply leave this field blank.</source>
        <translation>&lt;b&gt;Nombre de usuario para la autenticación con el proxy.&lt;/b&gt;&lt;br /&gt;Esto especifica el nombre de usuario que utilizará para autentificarse con el proxy. En caso de que el proxy no use autenticación, o que desee conectarse anónimamente, simplemente deje este campo en blanco.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password for proxy authentication</source>
        <translation>Contraseña para la autenticación con el proxy</translation>
    </message>
    <message>
        <source>&lt;b&gt;Password for proxy authentication.&lt;/b&gt;&lt;br /&gt;This specifies the password you use for authenticating yourself with the proxy. In case the proxy does not use authentication, or you want to connect anonymously, simply leave this field blank.</source>
        <translation>&lt;b&gt;Contraseña para la autenticación con el proxy.&lt;/b&gt;&lt;br /&gt;Esto especifica la contraseña que usará para autenticarse con el proxy. En caso de que el proxy no use autenticación, o que desee conectarse anónimamente, sencillamente deje este campo en blanco.</translation>
    </message>
    <message>
        <source>Mumble services</source>
        <translation>Servicios de Mumble</translation>
    </message>
    <message>
        <source>Check for new releases of Mumble automatically.</source>
        <translation>Buscar nuevas versiones de Mumble automáticamente.</translation>
    </message>
    <message>
        <source>This will check for new releases of Mumble every time you start the program, and notify you if one is available.</source>
        <translation>Esto hará que se busquen nuevas versiones de Mumble cada vez que se inicia el programa, y se le informe si hay una disponible.</translation>
    </message>
    <message>
        <source>Check for application updates on startup</source>
        <translation>Buscar actualizaciones de la aplicación durante al inicio</translation>
    </message>
    <message>
        <source>Check for new releases of plugins automatically.</source>
        <translation>Buscar nuevas versiones de los complementos automáticamente.</translation>
    </message>
    <message>
        <source>This will check for new releases of plugins every time you start the program, and download them automatically.</source>
        <translation>Esto hará que se busquen nuevas versiones de los complementos cada vez que inicia el programa, y las descará automáticamente.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Submit anonymous statistics.&lt;/b&gt;&lt;br /&gt;Mumble has a small development team, and as such needs to focus its development where it is needed most. By submitting a bit of statistics you help the project determine where to focus development.</source>
        <translation>&lt;b&gt;Envíar estadísticas anónimas.&lt;/b&gt;&lt;br /&gt;Mumble tiene un equipo de desarrollo pequeño, y como tal necesita centrar su desarrollo donde mas se necesita. Con el envío de algunas estadísticas está contribuyendo a determinar dónde centrar el desarrollo.</translation>
    </message>
    <message>
        <source>Submit anonymous statistics to the Mumble project</source>
        <translation>Envia estadísticas anónimas al proyecto Mumble</translation>
    </message>
    <message>
        <source>Submit anonymous statistics</source>
        <translation>Enviar estadísticas anónimas</translation>
    </message>
    <message>
        <source>Reconnect to last used server when starting Mumble</source>
        <translation>Vuelve a conectarse al último servidor usado cuando se inicia Mumble</translation>
    </message>
    <message>
        <source>Reconnect to last server on startup</source>
        <translation>Reconectar al último servidor al inicio</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Prevent OS information being sent to Mumble servers and web servers</source>
        <translation>Evitar que la información del SO se envíe a servidores Mumble y servidores web</translation>
    </message>
    <message>
        <source>&lt;b&gt;Don&apos;t send OS information to servers&lt;/b&gt;&lt;br/&gt;
Prevents the client from sending potentially identifying information about the operating system to the Mumble server and web servers.</source>
        <translation>&lt;b&gt;No envíe información del SO a los servidores&lt;/b&gt;&lt;br/&gt;
Impide que el cliente envíe información potencialmente identificable sobre el sistema operativo al servidor de Mumble y a los servidores web.</translation>
    </message>
    <message>
        <source>Do not send OS information to Mumble servers and web servers</source>
        <translation>No envíe información del SO a servidores Mumble y servidores web</translation>
    </message>
    <message>
        <source>When toggled this hides the public server list from the connect dialog</source>
        <translation>Al activar, esto esconde la lista de servidores públicos del diálogo de conexión</translation>
    </message>
    <message>
        <source>Hide public server list</source>
        <translation>Esconder la lista de servidores públicos</translation>
    </message>
    <message>
        <source>Check for plugin updates on startup</source>
        <translation>Comprobar si hay actualizaciones de plugins en el inicio</translation>
    </message>
    <message>
        <source>Automatically download and install plugin updates</source>
        <translation>Descargar e instalar automáticamente las actualizaciones de los plugins</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>Tipo de proxy</translation>
    </message>
    <message>
        <source>Proxy hostname</source>
        <translation>Nombre de host proxy</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Puerto del proxy</translation>
    </message>
    <message>
        <source>Proxy username</source>
        <translation>Nombre de usuario del proxy</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Contraseña del proxy</translation>
    </message>
</context>
<context>
    <name>Overlay</name>
    <message>
        <source>Silent</source>
        <translation>Callado</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>Hablando</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>Susurro</translation>
    </message>
    <message>
        <source>Shout</source>
        <translation>Grito</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Failed to create communication with overlay at %2: %1. No overlay will be available.</source>
        <translation>No se pudo establecer la comunicación con la sobreimpresión en %2: %1. La sobreimpresión no estará disponible.</translation>
    </message>
</context>
<context>
    <name>OverlayClient</name>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Only talking</source>
        <translation>Sólo hablando</translation>
    </message>
    <message>
        <source>Talking and recently active</source>
        <translation>Hablando y activo recientemente</translation>
    </message>
    <message>
        <source>All in current channel</source>
        <translation>Todos en el canal actual</translation>
    </message>
    <message>
        <source>All in linked channels</source>
        <translation>Todos en los canales vinculados</translation>
    </message>
    <message>
        <source>Always show yourself</source>
        <translation>Siempre mostrarse a sí mismo</translation>
    </message>
    <message>
        <source>Configure recently active time (%1 seconds)...</source>
        <translation>Configura el tiempo para considerar como activo recientemente (%1 segundos)...</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Ordenar</translation>
    </message>
    <message>
        <source>Alphabetically</source>
        <translation>Alfabéticamente</translation>
    </message>
    <message>
        <source>Last state change</source>
        <translation>Último cambio de estado</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Editar...</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Restaurar zoom</translation>
    </message>
    <message>
        <source>Configure recently active time</source>
        <translation>Configura el tiempo para considerar como activo recientemente</translation>
    </message>
    <message>
        <source>Amount of seconds users remain active after talking:</source>
        <translation>Cantidad de segundos que los usuarios permanecerán activos después de hablar:</translation>
    </message>
</context>
<context>
    <name>OverlayConfig</name>
    <message>
        <source>To move the users, drag the little red dot.</source>
        <translation>Para mover a los usuarios, arrarstre el punto rojo pequeño.</translation>
    </message>
    <message>
        <source>To resize the users, mouse wheel over a user.</source>
        <oldsource>To resize the users, mousewheel over a user.</oldsource>
        <translation>Para cambiar el tamaño de los usuarios, use la rueda del ratón sobre un usuario.</translation>
    </message>
    <message>
        <source>For more options, right click a user.</source>
        <oldsource>For more options, rightclick a user.</oldsource>
        <translation>Para más opciones, haga clic con el botón derecho sobre un usuario.</translation>
    </message>
    <message>
        <source>Launcher Filter</source>
        <translation>Filtro de Lanzador</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Sobreimpresión</translation>
    </message>
    <message>
        <source>Choose executable</source>
        <translation>Elija el fichero ejecutable</translation>
    </message>
    <message>
        <source>Choose application</source>
        <translation>Elija una aplicación</translation>
    </message>
    <message>
        <source>Choose path</source>
        <translation>Elegir ruta</translation>
    </message>
    <message>
        <source>Load Overlay Presets</source>
        <translation>Cargar ajustes de superposición</translation>
    </message>
    <message>
        <source>Mumble overlay presets (*.mumblelay)</source>
        <translation>Ajustes de superposición de Mumble (*.mumblelay)</translation>
    </message>
    <message>
        <source>Save Overlay Presets</source>
        <translation>Guardar ajustes de superposición</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Enable overlay.</source>
        <translation>Habilita la sobreimpresión.</translation>
    </message>
    <message>
        <source>Enable Overlay</source>
        <translation>Habilitar Sobreimpresión</translation>
    </message>
    <message>
        <source>This sets whether the overlay is enabled or not. This setting is only checked when applications are started, so make sure Mumble is running and this option is on before you start the application.&lt;br /&gt;Please note that if you start Mumble after starting the application, or if you disable the overlay while the application is running, there is no safe way to restart the overlay without also restarting the application.</source>
        <oldsource>This sets whether the overlay is enabled or not. This setting is only checked when applications are started, so make sure Mumble is running and this option is on before you start the application.&lt;br /&gt;Please note that if you start the application after starting Mumble, or if you disable the overlay while running, there is no safe way to restart the overlay without also restarting the application.</oldsource>
        <translation>Establece si la sobreimpresión está habilitada o no. Esta opción se comprueba sólo cuando se inician las aplicaciones, así que asegúrese de que Mumble está ejecutándose y esta opción está activada antes de que inicie la aplicación.&lt;br /&gt;Por favor, fíjese en que si inicia la aplicación después de iniciar Mumble, o si desactiva la sobreimpresión mientras se está ejecutando, no existe ninguna forma segura de reiniciar la sobreimpresión sin reiniciar también la aplicación.</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>Lista negra</translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation>Lista blanca</translation>
    </message>
    <message>
        <source>Uninstall Overlay</source>
        <translation>Desinstalar la sobreimpresión</translation>
    </message>
    <message>
        <source>Overlay Installation</source>
        <translation>Instalación de la sobreimpresión</translation>
    </message>
    <message>
        <source>Mumble has detected that you do not have the Mumble Overlay installed.

Click the button below to install the overlay.</source>
        <translation>Mumble ha detectado que no se ha instalado la sobreimpresión de Mumble.

Haga clic en el botón inferior para instalar la sobreimpresión.</translation>
    </message>
    <message>
        <source>Install Mumble Overlay</source>
        <translation>Instalar la sobreimpresión de Mumble</translation>
    </message>
    <message>
        <source>Overlay Upgrade</source>
        <translation>Actualizar la sobreimpresión</translation>
    </message>
    <message>
        <source>Mumble has detected an old version of the overlay support files installed on your computer.

To upgrade these files to their latest versions, click the button below.</source>
        <translation>Mumble ha detectado en su ordenador una versión antigua de los ficheros de soporte a la sobreimpresión.

Para actualizar estos ficheros a la última versión, haga clic en el botón inferior.</translation>
    </message>
    <message>
        <source>Upgrade Mumble Overlay</source>
        <translation>Actualizar la sobreimpresión de Mumble</translation>
    </message>
    <message>
        <source>Display a frame counter in the overlay</source>
        <translation>Mostrar un contador de fotogramas en la superposición</translation>
    </message>
    <message>
        <source>Show FPS counter</source>
        <translation>Mostrar contador de FPS</translation>
    </message>
    <message>
        <source>Load an overlay preset from file</source>
        <translation>Carga un conjunto de ajustes de superposición desde un archivo</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Cargar…</translation>
    </message>
    <message>
        <source>Save your overlay settings to file</source>
        <translation>Guarda sus ajustes de superposición a un archivo</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Set the overlay font.</source>
        <translation>Establece la fuente de la superposición.</translation>
    </message>
    <message>
        <source>Set the overlay text color.</source>
        <translation>Establece el color del texto la superposición.</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>FPS and Clock Display</source>
        <translation>FPS y Reloj Display</translation>
    </message>
    <message>
        <source>Display a clock in the overlay showing the current local time (system time).</source>
        <translation>Mostrar un reloj en la sobreimpresión mostrando la hora actual local (hora del sistema).</translation>
    </message>
    <message>
        <source>Show Clock</source>
        <translation>Mostrar Reloj</translation>
    </message>
    <message>
        <source>Overlay Exceptions</source>
        <translation>Excepciones de Sobreimpresión</translation>
    </message>
    <message>
        <source>Overlay Exception Mode</source>
        <translation>Modo Excepciones de Sobreimpresión</translation>
    </message>
    <message>
        <source>Allowed launchers</source>
        <translation>Lanzadores permitidos</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Allowed programs</source>
        <translation>Programas permitidos</translation>
    </message>
    <message>
        <source>Allowed paths</source>
        <translation>Rutas permitidas</translation>
    </message>
    <message>
        <source>Blacklisted programs</source>
        <translation>Lista negra de programas</translation>
    </message>
</context>
<context>
    <name>OverlayEditor</name>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>User is not talking</source>
        <translation>El usuario no está hablando</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Pasivo</translation>
    </message>
    <message>
        <source>User is talking in your channel or a linked channel</source>
        <translation>El usuario está hablando en su canal o en un canal vinculado</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>Hablando</translation>
    </message>
    <message>
        <source>User is whispering to you privately</source>
        <translation>El usuario está susurrándole en privado</translation>
    </message>
    <message>
        <source>Private Whisper</source>
        <translation>Susurro privado</translation>
    </message>
    <message>
        <source>User is shouting to your channel</source>
        <translation>El usuario está gritando en su canal</translation>
    </message>
    <message>
        <source>Channel Whisper</source>
        <translation>Susurro al canal</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Zoom Factor</source>
        <translation>Factor de zoom</translation>
    </message>
    <message>
        <source>Enabled Elements</source>
        <translation>Elementos habilitados</translation>
    </message>
    <message>
        <source>User avatar, chosen by each user</source>
        <translation>Avatar del usuario, elegido por cada usuario</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <source>User&apos;s name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Name of user&apos;s channel, if outside your current channel</source>
        <translation>Nombre del canal del usuario, si está fuera de su canal actual</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Muted or deafened</source>
        <translation>Mudo o sordo</translation>
    </message>
    <message>
        <source>Mute state</source>
        <translation>Estado mudo</translation>
    </message>
    <message>
        <source>Bounding box, automatically shrunk to minimum size to contain all visible elements</source>
        <translation>Caja circundante, encogida automáticamente al tamaño mínimo que puede contener todos los elementos visibles</translation>
    </message>
    <message>
        <source>Bounding box</source>
        <translation>Caja circundante</translation>
    </message>
    <message>
        <source>Overlay Editor</source>
        <translation>Editor de superposición</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Nivel de zoom</translation>
    </message>
</context>
<context>
    <name>OverlayEditorScene</name>
    <message>
        <source>Layout preset</source>
        <translation>Diseño preprogramado</translation>
    </message>
    <message>
        <source>Large square avatar</source>
        <translation>Gran avatar cuadrado</translation>
    </message>
    <message>
        <source>Avatar and Name</source>
        <translation>Avatar y nombre</translation>
    </message>
    <message>
        <source>User Opacity</source>
        <translation>Opacidad del usuario</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Object Opacity</source>
        <translation>Opacidad del objeto</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Alineación</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Superior</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Inferior</translation>
    </message>
    <message>
        <source>Color...</source>
        <translation>Color...</translation>
    </message>
    <message>
        <source>Font...</source>
        <translation>Fuente...</translation>
    </message>
    <message>
        <source>Bounding box</source>
        <translation>Caja circundante</translation>
    </message>
    <message>
        <source>Pen width</source>
        <translation>Ancho de la línea</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Relleno</translation>
    </message>
    <message>
        <source>Pen color</source>
        <translation>Color de la línea</translation>
    </message>
    <message>
        <source>Fill color</source>
        <translation>Color de relleno</translation>
    </message>
    <message>
        <source>Pick pen color</source>
        <translation>Escoja el color de la línea</translation>
    </message>
    <message>
        <source>Pick fill color</source>
        <translation>Escoja el color de relleno</translation>
    </message>
    <message>
        <source>Pick color</source>
        <translation>Escoja el color</translation>
    </message>
    <message>
        <source>Pick font</source>
        <translation>Escoja la fuente</translation>
    </message>
</context>
<context>
    <name>PluginConfig</name>
    <message>
        <source>Plugins</source>
        <translation>Complementos</translation>
    </message>
    <message>
        <source>Plugin has no configure function.</source>
        <translation>El complemento no tiene función de configuración.</translation>
    </message>
    <message>
        <source>Plugin has no about function.</source>
        <translation>El complemento no tiene información &quot;acerca de&quot;.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Enable plugins and transmit positional information</source>
        <translation>Habilita los complementos y transmite información posicional</translation>
    </message>
    <message>
        <source>This allows plugins for supported games to fetch your in-game position and transmit it with each voice packet. This enables other users to hear your voice in-game from the direction your character is in relation to their own.</source>
        <translation>Permite que los complementos para los juegos soportados extraigan su posición en el juego y transmitan eso con cada paquete de voz. Esto permite que otros jugadores oigan su voz en el juego desde la dirección en la que su personaje está en relación al suyo.</translation>
    </message>
    <message>
        <source>Link to Game and Transmit Position</source>
        <translation>Vincularse con el juego y transmitir la posición</translation>
    </message>
    <message>
        <source>Reloads all plugins</source>
        <translation>Recarga todos los complementos</translation>
    </message>
    <message>
        <source>This rescans and reloads plugins. Use this if you just added or changed a plugin to the plugins directory.</source>
        <translation>Vuelve a buscar y a recargar los complementos. Use esto si acaba de agregar o cambiar un complemento en el directorio de complementos.</translation>
    </message>
    <message>
        <source>&amp;Reload plugins</source>
        <translation>&amp;Recargar complementos</translation>
    </message>
    <message>
        <source>Information about plugin</source>
        <translation>Información acerca del complemento</translation>
    </message>
    <message>
        <source>This shows a small information message about the plugin.</source>
        <translation>Muestra un pequeño mensaje de información acerca del complemento.</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>Show configuration page of plugin</source>
        <translation>Muestra la página de configuración del complemento</translation>
    </message>
    <message>
        <source>This shows the configuration page of the plugin, if any.</source>
        <translation>Muestra la página de configuración del complemento, si la hay.</translation>
    </message>
    <message>
        <source>&amp;Configure</source>
        <translation>&amp;Configurar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Habilitar</translation>
    </message>
    <message>
        <source>PA</source>
        <translation>PA</translation>
    </message>
    <message>
        <source>KeyEvents</source>
        <translation>KeyEvents (eventos clave)</translation>
    </message>
    <message>
        <source>Install a plugin from a local file</source>
        <translation>Instalar un plugin a partir de un archivo local</translation>
    </message>
    <message>
        <source>Install plugin...</source>
        <translation>Instalar un plugin...</translation>
    </message>
    <message>
        <source>Unload the currently selected plugin. This will remove it from the plugin list for the current session.</source>
        <translation>Descargue el plugin actualmente seleccionado. Esto lo eliminará de la lista de plugins para la sesión actual.</translation>
    </message>
    <message>
        <source>Unload</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>The plugin was installed successfully</source>
        <translation>Este plugin se ha instalado satisfactoriamente</translation>
    </message>
    <message>
        <source>Unable to deactivate all requested features for plugin &quot;%1&quot;</source>
        <translation>No ha sido posible desactivar todas las características para el plugin &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unable to load plugin &quot;%1&quot;</source>
        <translation>No se ha podido cargar el plugin &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Whether the positional audio feature of this plugin should be enabled</source>
        <translation>Si la función de audio posicional de este plugin debe ser activada</translation>
    </message>
    <message>
        <source>This plugin does not provide support for positional audio</source>
        <translation>Este plugin no proporciona soporte para el audio posicional</translation>
    </message>
    <message>
        <source>Whether this plugin has the permission to be listening to all keyboard events that occur while Mumble has focus</source>
        <translation>Sí este complemento tiene permiso para consultar todas las pulsaciones de teclas que ocurren mientras Mumble está activo</translation>
    </message>
    <message>
        <source>Whether this plugin should be enabled</source>
        <translation>Si este plugin debe estar habilitado</translation>
    </message>
    <message>
        <source>List of plugins</source>
        <translation>Lista de plugins</translation>
    </message>
    <message>
        <source>Use up and down keys to navigate through plugins. Use left and right keys to navigate between single plugin permissions.</source>
        <translation>Utilice las teclas arriba y abajo para navegar por los plugins. Utilice las teclas izquierda y derecha para navegar entre los permisos de cada plugin.</translation>
    </message>
    <message>
        <source>Plugin name</source>
        <translation>Nombre del plugin</translation>
    </message>
    <message>
        <source>Plugin enabled checkbox</source>
        <translation>Casilla para activar y desactivar el plugin</translation>
    </message>
    <message>
        <source>Plugin positional audio permission checkbox</source>
        <translation>Casilla de autorización del plugin de la posición del audio</translation>
    </message>
    <message>
        <source>Plugin keyboard event listen permission checkbox</source>
        <translation>Casilla de verificación del permiso de escucha de eventos de teclado del plugin</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>comprobado</translation>
    </message>
    <message>
        <source>unchecked</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
</context>
<context>
    <name>PluginInstaller</name>
    <message>
        <source>PluginInstaller</source>
        <translation>InstaladorDePlugins</translation>
    </message>
    <message>
        <source>You are about to install the plugin listed below. Do you wish to proceed?</source>
        <translation>Estas a punto de instalar el plugin listado debajo. ¿Quieres proceder?</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Name:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Nombre:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Version:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Versión:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Author(s):&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Autore(s):&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Description:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Descripción:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a valid plugin file!</source>
        <translation>¡El archivo &quot;%1&quot; no es un archivo de plugin válido!</translation>
    </message>
    <message>
        <source>Unable to load plugin &quot;%1&quot; - check the plugin interface!</source>
        <translation>¡Ha sido imposible cargar el plugin &quot;%1&quot; - comprueba la interfaz de plugins!</translation>
    </message>
    <message>
        <source>Unable to delete old plugin at &quot;%1&quot;</source>
        <translation>No se ha podido eliminar el plugin viejo en &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unable to copy plugin library from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>No se ha podido copiar la librería de plugins de &quot;%1&quot; a &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Unable to move plugin library to &quot;%1&quot;</source>
        <translation>No se ha podido mover la librería de plugins a &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unable to locate the plugin manifest (manifest.xml)</source>
        <translation>No se puede localizar el manifiesto del plugin (manifest.xml)</translation>
    </message>
    <message>
        <source>Error while processing manifest: %1</source>
        <translation>Error al procesar el manifiesto: %1</translation>
    </message>
    <message>
        <source>Unable to find plugin for the current OS (&quot;%1&quot;) and architecture (&quot;%2&quot;)</source>
        <translation>No se puede encontrar el plugin para el sistema operativo (&quot;%1&quot;) y la arquitectura (&quot;%2&quot;) actuales</translation>
    </message>
    <message>
        <source>Unable to locate plugin library specified in manifest (&quot;%1&quot;) in the bundle</source>
        <translation>No se ha podido localizar la biblioteca de los complementos especificada en el manifiesto (&quot;%1&quot;) en el paquete</translation>
    </message>
    <message>
        <source>Overwrite plugin?</source>
        <translation>¿Sobreescribir el plugin?</translation>
    </message>
    <message>
        <source>The new plugin &quot;%1&quot; (%2) is about to overwrite the already installed plugin &quot;%3&quot; (%4). Do you wish to proceed?</source>
        <translation>El nuevo plugin &quot;%1&quot; (%2) está a punto de sobreescribir al plugin ya instalado &quot;%3&quot; (%4). ¿Quieres continuar?</translation>
    </message>
</context>
<context>
    <name>PluginManager</name>
    <message>
        <source>%1 lost link</source>
        <translation>%1 ha perdido el link</translation>
    </message>
    <message>
        <source>%1 linked</source>
        <translation>%1 vinculado</translation>
    </message>
    <message>
        <source>Plugin &quot;%1&quot; encountered a permanent error in positional data gathering</source>
        <translation>El plugin &quot;%1&quot; ha encontrado un error permanente en la recogida de los datos de la ubicación</translation>
    </message>
    <message>
        <source>Failed at loading manual plugin: %1</source>
        <translation>Se ha producido un error cargando el plugin manual: %1</translation>
    </message>
    <message>
        <source>Non-plugin found in plugin directory: &quot;%1&quot; (%2)</source>
        <translation>No se ha encontrado ningún plugin en el directorio de plugins: &quot;%1&quot; (%2)</translation>
    </message>
</context>
<context>
    <name>PluginUpdater</name>
    <message>
        <source>PluginUpdater</source>
        <translation>Actualizador de Plugin</translation>
    </message>
    <message>
        <source>The following plugins can be updated.</source>
        <translation>Los siguientes plugins pueden ser actualizados.</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <source>Download-URL</source>
        <translation>URL de descarga</translation>
    </message>
    <message>
        <source>Do you want to update the selected plugins?</source>
        <translation>¿Quieres actualizar los plugins seleccionados?</translation>
    </message>
    <message>
        <source>Unable to download plugin update for &quot;%1&quot; from &quot;%2&quot; (%3)</source>
        <translation>No ha sido posible descargar la actualización para &quot;%1% desde &quot;%2&quot; (%3)</translation>
    </message>
    <message>
        <source>Update for plugin &quot;%1&quot; failed due to too many redirects</source>
        <translation>La actualización del plugin &quot;%1&quot; ha fallado porque se produjeron demasiados redireccionamientos</translation>
    </message>
    <message>
        <source>Unable to download plugin update for &quot;%1&quot; from &quot;%2&quot; (HTTP status code %3)</source>
        <translation>No se ha podido descargar la actualización para &quot;%1&quot; desde &quot;%2&quot; (Código de estado HTTP %3)</translation>
    </message>
    <message>
        <source>Successfully updated plugin &quot;%1&quot;</source>
        <translation>Se ha actualizado el plugin&quot;%1&quot; correctamente</translation>
    </message>
</context>
<context>
    <name>PortAudioSystem</name>
    <message>
        <source>Default device</source>
        <translation>Dispositivo por defecto</translation>
    </message>
</context>
<context>
    <name>PositionalAudioViewer</name>
    <message>
        <source>Positional Audio Viewer</source>
        <translation>Visualizador de Audio Posicional</translation>
    </message>
    <message>
        <source>Camera direction</source>
        <translation>Dirección de la cámara</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>Player position</source>
        <translation>Posición del jugador</translation>
    </message>
    <message>
        <source>Player axis</source>
        <translation>Eje del jugador</translation>
    </message>
    <message>
        <source>Player direction</source>
        <translation>Dirección del jugador</translation>
    </message>
    <message>
        <source>Camera axis</source>
        <translation>Eje de la cámara</translation>
    </message>
    <message>
        <source>Camera position</source>
        <translation>Posición de la cámara</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
</context>
<context>
    <name>PulseAudioSystem</name>
    <message>
        <source>Default Input</source>
        <translation>Entrada por defecto</translation>
    </message>
    <message>
        <source>Default Output</source>
        <translation>Salida por defecto</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <source>Failed to restart mumble</source>
        <translation>Falló el reinicio de mumble</translation>
    </message>
    <message>
        <source>Mumble failed to restart itself. Please restart it manually.</source>
        <translation>Mumble falló al intentar reiniciarse. Por favor reinicia manualmente.</translation>
    </message>
    <message>
        <source>Mumble is currently connected to a server</source>
        <translation>Mumble está actualmente conectado a un servidor</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Talking UI</source>
        <translation>Interfaz de uso del habla</translation>
    </message>
    <message>
        <source>Echo cancellation is not supported for the interface combination &quot;%1&quot; (in) and &quot;%2&quot; (out).</source>
        <translation>Cancelación de eco no está disponible para la combinación de interfaces &quot;%1&quot; (entrada) y &quot;%2&quot; (salida).</translation>
    </message>
    <message>
        <source>Local Mute</source>
        <translation>Mudo localmente</translation>
    </message>
    <message>
        <source>Ignore Messages</source>
        <translation>Ignorar mensajes</translation>
    </message>
    <message>
        <source>Disable Text-To-Speech</source>
        <translation>Desactivar Texto-A-Voz</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be saved permanently and is lost on restart because %2 does not have a certificate.</source>
        <translation>No pudo guardarse &quot;%1&quot; y se perderá al reiniciar, porque %2 no tiene un certificado.</translation>
    </message>
    <message>
        <source>Local Volume Adjustment...</source>
        <translation>Ajuste Local de Volumen...</translation>
    </message>
    <message>
        <source>&lt;p&gt;You&apos;re using a Mumble version that &lt;b&gt;explicitly disabled&lt;/b&gt; update-checks.&lt;/p&gt;&lt;p&gt;This means that the update notification you might receive by using this option will &lt;b&gt;most likely be meaningless&lt;/b&gt; for you.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Usted está utilizando una versión de Mumble que &lt;b&gt;explícitamente desactivó&lt;/b&gt; la búsqueda de actualizaciones.&lt;/p&gt;&lt;p&gt;Esto significa que las notificaciones de actualización que reciba al usar esta opción serán &lt;b&gt;muy probablemente, irrelevantes&lt;/b&gt; para usted.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Talking (muted)</source>
        <translation>Hablando (enmudecido)</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Todos los mensajes</translation>
    </message>
    <message>
        <source>Toggle console for all events</source>
        <translation>Alternar consola para todos los eventos</translation>
    </message>
    <message>
        <source>Toggle pop-up notifications for all events</source>
        <translation>Alternar notificaciones “pop-up” para todos los eventos</translation>
    </message>
    <message>
        <source>Toggle window highlight (if not active) for all events</source>
        <translation>Alternar el resaltado de la ventana (si no está activo) para todos los eventos</translation>
    </message>
    <message>
        <source>Click here to toggle sound notifications for all events</source>
        <translation>Haz click aquí para alternar las notificaciones sonoras para todos los eventos</translation>
    </message>
    <message>
        <source>Toggle Text-to-Speech for all events</source>
        <translation>Alternar el Texto-a-Voz para todos los eventos</translation>
    </message>
    <message>
        <source>RNNoise is not available due to a sample rate mismatch.</source>
        <translation>RNNoise no está disponible debido a una diferencia en la frecuencia de muestreo.</translation>
    </message>
    <message>
        <source>Reset all settings?</source>
        <translation>¿Restablecer todos los ajustes?</translation>
    </message>
    <message>
        <source>Do you really want to reset all settings (not only the ones currently visible) to their default value?</source>
        <translation>¿Realmente quieres resetear todas las configuracionse (no solo las actualmente visibles) a sus valores por defecto?</translation>
    </message>
    <message>
        <source>Local Nickname Adjustment...</source>
        <translation>Ajuste del Apodo Local...</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blocked URL scheme &quot;%1&quot;&lt;/b&gt;</source>
        <translation>&lt;b&gt;Esquema de una dirección URL bloqueada &quot;%1&quot;&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The URL uses a scheme that has been blocked for security reasons.</source>
        <translation>La URL usa un esquema que ha sido bloqueado por razones de seguridad.</translation>
    </message>
    <message>
        <source>Blocked URL: &quot;%1&quot;</source>
        <translation>URL bloqueada: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Default Device</source>
        <translation>Dispositivo predeterminado</translation>
    </message>
    <message>
        <source>Access to the microphone was denied. Please allow Mumble to use the microphone by changing the settings in System Settings -&gt; Privacy &amp; Security -&gt; Microphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If enabled this tries to cancel out echo from the audio stream.</source>
        <translation>Si se activa, esto intenta cancelar el eco de la transmisión de audio.</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deshabilitado</translation>
    </message>
    <message>
        <source>Echo cancellation is disabled.</source>
        <translation>La cancelación de eco está deshabilitada.</translation>
    </message>
    <message>
        <source>Mixed echo cancellation (speex)</source>
        <translation>Cancelación de eco mixta (speex)</translation>
    </message>
    <message>
        <source>Mixed has low CPU impact, but only works well if your speakers are equally loud and equidistant from the microphone.</source>
        <translation>Mixed tiene poco impacto en la CPU, pero solo funciona bien si tus altavoces tienen un volumen muy alto y están a la misma distancia del micrófono.</translation>
    </message>
    <message>
        <source>Multichannel echo cancellation (speex)</source>
        <translation>Cancelación de eco multicanal (speex)</translation>
    </message>
    <message>
        <source>Multichannel echo cancellation provides much better echo cancellation, but at a higher CPU cost. Multichannel echo cancellation requires more CPU, so you should try mixed first.</source>
        <translation>La cancelación de eco muticanal provee una cancelación de eco mucho mejor, pero a un coste de CPU mayor. La cancelación de eco multicanal requiere más CPU, por lo que es recomendable probar la mixta primero.</translation>
    </message>
    <message>
        <source>The provided URL uses an invalid version format: &quot;%1&quot;</source>
        <translation>La URL provista utiliza una versión de formato inválida: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The directories in which Mumble searches for extra translation files are:
</source>
        <translation>Los directorios en los que Mumble busca por archivos de traducción extra son:
</translation>
    </message>
    <message>
        <source>Invocation</source>
        <translation>Invocación</translation>
    </message>
    <message>
        <source>EXPERIMENTAL: Acoustic echo cancellation (Apple).</source>
        <translation>EXPERIMENTAL: Cancelación de eco acústica (Apple).</translation>
    </message>
    <message>
        <source>The support for this option is experimental only! This option works best when using built-in microphone and speaker.</source>
        <translation>¡El soporte para esta opción solo es experimental! Esta opción funciona mejor cuando se usa el micrófono y los altavoces integrados.</translation>
    </message>
    <message>
        <source>Shortcuts migration incomplete</source>
        <translation>Migración de atajo incompleta</translation>
    </message>
    <message>
        <source>Unfortunately %1 shortcut(s) could not be migrated.
You can register them again.</source>
        <translation>Desafortunadamente %1 atajo(s) no pudieron ser migrados.
Puedes registrarlos otra vez.</translation>
    </message>
    <message>
        <source>Potentially broken settings</source>
        <translation>Ajustes potencialmente rotos</translation>
    </message>
    <message>
        <source>Load backup settings?</source>
        <translation>¿Cargar la configuración de la copia de seguridad?</translation>
    </message>
    <message>
        <source>It seems that Mumble did not perform a normal shutdown. If you did not intentionally kill the application, this could mean that the used settings caused a crash. Do you want to load the setting&apos;s backup instead?</source>
        <translation>Parece que Mumble no se cerro de forma correcta. Si no forzaste el cierre de la ejecución intencionadamente la aplicación, esto podría significar que los ajustes usados causaron un fallo. ¿Quieres cargar la copia de seguridad de la configuración en su lugar?</translation>
    </message>
    <message>
        <source>The backed-up settings also seem to have been saved without Mumble exiting normally (potentially indicating a crash).</source>
        <translation>Los ajustes guardados también parecen haberse guardado sin que Mumble se haya cerrado normalmente (lo que podría indicar un fallo).</translation>
    </message>
    <message>
        <source>If you experience repeated crashes with these settings, you might have to manually delete the settings files at &lt;pre&gt;%1&lt;/pre&gt; and &lt;pre&gt;%2&lt;/pre&gt; in order to reset all settings to their default value.</source>
        <translation>Si experimenta fallos repetidos con esta configuración, es posible que tenga que eliminar manualmente los archivos de la configuración en &lt;pre&gt;%1&lt;/pre&gt; y &lt;pre&gt;%2&lt;/pre&gt; para restablecer todas las configuraciones a su valor predeterminado.</translation>
    </message>
    <message>
        <source>Access to the microphone was denied due to system restrictions. You will not be able to use the microphone in this session.</source>
        <translation>El acceso al micrófono se denegó debido a restricciones del sistema. No podrás utilizar el micrófono en esta sesión.</translation>
    </message>
    <message>
        <source>Unknown Version</source>
        <translation>Versión desconocida</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>This is you</source>
        <translation>Esté eres tú</translation>
    </message>
    <message>
        <source>friend</source>
        <translation>amigo</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>muted and deafened</source>
        <translation>silenciado y muteado</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>silenciado</translation>
    </message>
    <message>
        <source>locally muted</source>
        <translation>silenciado localmente</translation>
    </message>
    <message>
        <source>unmuted</source>
        <translation>sin silenciar</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>grabación</translation>
    </message>
    <message>
        <source>priority speaker</source>
        <translation>Altavoz prioritario</translation>
    </message>
    <message>
        <source>has a long comment</source>
        <translation>tiene un comentario lago</translation>
    </message>
    <message>
        <source>text messages ignored</source>
        <translation>­mensajes de texto ignorados</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registrado</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>your channel</source>
        <translation>tu canal</translation>
    </message>
    <message>
        <source>accessible</source>
        <translation>accesible</translation>
    </message>
    <message>
        <source>inaccessible</source>
        <translation>inaccesible</translation>
    </message>
    <message>
        <source>public</source>
        <translation>público</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>Filtrado</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>Fijado</translation>
    </message>
    <message>
        <source>Listening for input</source>
        <translation>Escuchando entradas</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>&lt;p&gt;If you&apos;re using Linux this is most likely because you are using a version from your distribution&apos;s package repository that have their own update cycles.&lt;/p&gt;&lt;p&gt;If you want to always have the most recent Mumble version, you should consider using a different method of installation.
See &lt;a href=&quot;https://github.com/mumble-voip/mumble&quot;&gt;the project repository&lt;/a&gt; for what alternatives there are.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Si está utilizando Linux, lo más probable es que esto se deba a que está utilizando una versión del repositorio de paquetes de su distribución que tiene sus propios ciclos de actualización.&lt;/p&gt;&lt;p&gt;Si desea tener siempre la versión más reciente de Mumble, debe considerar usar un método de instalación diferente.
Consulte &lt;a href=&quot;https://github.com/mumble-voip/mumble&quot;&gt; el repositorio del proyecto&lt;/a&gt; para ver qué alternativas existen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ResponsiveImageDialog</name>
    <message>
        <source>Image Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RichTextEditor</name>
    <message>
        <source>Failed to load image</source>
        <translation>No se pudo cargar la imágen</translation>
    </message>
    <message>
        <source>Image file too large to embed in document. Please use images smaller than %1 kB.</source>
        <translation>Archivo de imágen demasiado grande para ser incrustado en el documento. Por favor, use imágenes más pequeñas que %1 kB.</translation>
    </message>
    <message>
        <source>Message is too long.</source>
        <translation>El mensaje es demasiado largo.</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Visualización</translation>
    </message>
    <message>
        <source>Source Text</source>
        <translation>Texto fuente</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Negrita</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>Curs&amp;iva</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Subrayado</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>Insertar vínculo</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>Insertar imágen</translation>
    </message>
</context>
<context>
    <name>RichTextEditorLink</name>
    <message>
        <source>Add Link</source>
        <translation>Agregar vínculo</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
</context>
<context>
    <name>Search::SearchDialog</name>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Enter search String...</source>
        <translation>Introduce la Cadena de búsqueda...</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Whether to search for users</source>
        <translation>Ya sea para buscar usuarios</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuarios</translation>
    </message>
    <message>
        <source>Whether the search should be performed case-sensitively</source>
        <translation>La búsqueda debe realizarse distinguiendo entre mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>Case-&amp;sensitive</source>
        <translation>Distingue mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Whether the search string should be interpreted as a regular expression</source>
        <translation>Si la cadena de búsqueda debe interpretarse como una expresión regular</translation>
    </message>
    <message>
        <source>&amp;RegEx</source>
        <translation>&amp;Expresiones regulares</translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation>&amp;Canales</translation>
    </message>
    <message>
        <source>Search for:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>Whether to search for channels</source>
        <translation>Ya sea para buscar canales</translation>
    </message>
    <message>
        <source>Search string</source>
        <translation>Cadena de búsqueda</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de búsqueda</translation>
    </message>
    <message>
        <source>Use up and down keys to navigate through the search results.</source>
        <translation>Utilice las teclas arriba y abajo para navegar por los resultados de búsqueda.</translation>
    </message>
</context>
<context>
    <name>ServerHandler</name>
    <message>
        <source>Unable to resolve hostname</source>
        <translation>No se pude determinar el nombre del equipo</translation>
    </message>
    <message>
        <source>Server is not responding to TCP pings</source>
        <translation>El servidor no responde a los pings de TCP</translation>
    </message>
    <message>
        <source>UDP packets cannot be sent to or received from the server. Switching to TCP mode.</source>
        <translation>No se pueden enviar o recibir paquetes UDP del servidor. Cambiando al modo TCP.</translation>
    </message>
    <message>
        <source>UDP packets cannot be sent to the server. Switching to TCP mode.</source>
        <translation>No se pueden enviar paquetes UDP al servidor. Cambiando al modo TCP.</translation>
    </message>
    <message>
        <source>UDP packets cannot be received from the server. Switching to TCP mode.</source>
        <translation>No se pueden recibir paquetes UDP del servidor. Cambiando al modo TCP.</translation>
    </message>
    <message>
        <source>UDP packets can be sent to and received from the server. Switching back to UDP mode.</source>
        <translation>Se pueden enviar y recibir paquetes UDP del servidor. Volviendo al modo UDP.</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Expiró el tiempo de espera para la conexión</translation>
    </message>
</context>
<context>
    <name>ServerInformation</name>
    <message>
        <source>Server information</source>
        <translation>Información del servidor</translation>
    </message>
    <message>
        <source>Server Information</source>
        <translation>Información del Servidor</translation>
    </message>
    <message>
        <source>&lt;b&gt;Host:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Host:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Port:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Puerto:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Protocol:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Protocolo:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Release:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Versión:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;OS:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;SO:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Allowed:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Permitido:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Current:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Actual:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Codec:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Códec:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>Detalles de la conexión</translation>
    </message>
    <message>
        <source>UDP (Voice)</source>
        <translation>UDP (Voz)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Encryption:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Encripción:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Avg. latency:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Latencia media:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Correctos</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Tardíos</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <source>Resync</source>
        <translation>Resincronizaciones</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Salientes</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrantes</translation>
    </message>
    <message>
        <source>Voice packets is currently sent over TCP.</source>
        <translation>Los paquetes de voz actualmente están siendo enviados por TCP.</translation>
    </message>
    <message>
        <source>TCP (Control)</source>
        <translation>TCP (Control)</translation>
    </message>
    <message>
        <source>&lt;b&gt;TLS version:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Versión TLS:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cipher suite:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Suite de cifrado:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;forward secrecy&gt;</source>
        <translation>&lt;forward secrecy&gt;</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Whether the connection supports perfect forward secrecy (PFS).</source>
        <translation>Indica si la conexión admite Perfect Forward Secrecy (PFS).</translation>
    </message>
    <message>
        <source>&lt;b&gt;PFS:&lt;/b&gt;</source>
        <translation>&lt;b&gt;PFS:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>&lt;b&gt;Users:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Usuarios:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>TCP Parameters</source>
        <translation>Parámetros TCP</translation>
    </message>
    <message>
        <source>&amp;View Certificate</source>
        <translation>&amp;Ver certificado</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;DE ACUERDO</translation>
    </message>
</context>
<context>
    <name>ServerView</name>
    <message>
        <source>Favorite</source>
        <translation>Favorito</translation>
    </message>
    <message>
        <source>LAN</source>
        <translation>LAN</translation>
    </message>
    <message>
        <source>Public Internet</source>
        <translation>Internet pública</translation>
    </message>
</context>
<context>
    <name>ShortcutActionWidget</name>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
</context>
<context>
    <name>ShortcutDelegate</name>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Toggle</source>
        <translation>Conmutar</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>No buttons assigned</source>
        <translation>No hay botones asignados</translation>
    </message>
    <message>
        <source>Press to show button combination</source>
        <translation>Presione para mostrar la combinación de botones</translation>
    </message>
    <message>
        <source>&lt; Unknown Channel &gt;</source>
        <translation>&lt; Canal desconocido &gt;</translation>
    </message>
</context>
<context>
    <name>ShortcutTargetDialog</name>
    <message>
        <source>Root</source>
        <translation>Raíz</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Padre</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Subchannel #%1</source>
        <translation>Subcanal nª %1</translation>
    </message>
</context>
<context>
    <name>ShortcutTargetWidget</name>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Raíz</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Padre</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Subchannel #%1</source>
        <translation>Subcanal nª %1</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Inválido</translation>
    </message>
    <message>
        <source>Empty</source>
        <oldsource>&lt;Empty&gt;</oldsource>
        <translation>Vacío</translation>
    </message>
    <message>
        <source>Current selection</source>
        <translation>Selección actual</translation>
    </message>
</context>
<context>
    <name>ShortcutToggleWidget</name>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Toggle</source>
        <translation>Conmutar</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
</context>
<context>
    <name>TextMessage</name>
    <message>
        <source>Enter text</source>
        <translation>Introduzca el texto</translation>
    </message>
    <message>
        <source>If checked the message is recursively sent to all subchannels</source>
        <translation>Si se marca, el mensaje se envía recursivamente a todos los subcanales</translation>
    </message>
    <message>
        <source>Send recursively to subchannels</source>
        <translation>Enviar recursivamente a los subcanales</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>Tokens</name>
    <message>
        <source>Empty Token</source>
        <translation>Credencial vacía</translation>
    </message>
    <message>
        <source>Mumble - Access Tokens</source>
        <translation>Mumble - Credenciales de acceso</translation>
    </message>
    <message>
        <source>List of access tokens on current server</source>
        <translation>Lista de credenciales de acceso en el servidor actual</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is an editable list of access tokens on the connected server.&lt;/b&gt;
&lt;br /&gt;
An access token is a text string, which can be used as a password for very simple access management on channels. Mumble will remember the tokens you&apos;ve used and resend them to the server next time you reconnect, so you don&apos;t have to enter these every time.
</source>
        <translation>&lt;b&gt;Esta es una lista editable de credenciales de acceso en el servidor al que está conectado.&lt;/b&gt;
&lt;br /&gt;
Una credencial de acceso es una cadena de texto que puede ser usada como contraseña para una gestión de acceso a los canales muy simple. Mumble recordará las credenciales que ha usado y las volverá a enviar al servidor la próxima vez que se conecte, de manera que no tenga que introducirlas cada vez.
</translation>
    </message>
    <message>
        <source>Add a token</source>
        <translation>Agrega una credencial</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>Remove a token</source>
        <translation>Elimina una credencial</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Token List</source>
        <translation>Lista de tokens</translation>
    </message>
    <message>
        <source>Use the arrow keys to navigate this list of access tokens. The tokens are displayed in plain text.</source>
        <translation>Utilice las teclas de flecha para navegar por esta lista de tokens de acceso. Los tokens se muestran en texto plano.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserEdit</name>
    <message>
        <source>Registered Users</source>
        <translation>Usuarios registrados</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Who are you looking for?</source>
        <translation>A quién estás buscando?</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dias</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semanas</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Meses</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <source>Inactive for</source>
        <translation>Inactivo durante</translation>
    </message>
    <message numerus="yes">
        <source>Registered users: %n account(s)</source>
        <translation>
            <numerusform>Usuarios registrados: %n cuenta</numerusform>
            <numerusform>Usuarios registrados: %n cuenta(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>User list</source>
        <translation>Lista de usuarios</translation>
    </message>
    <message>
        <source>Search for user</source>
        <translation>Buscar usuario</translation>
    </message>
    <message>
        <source>Set inactivity filter mode</source>
        <translation>Establecer el modo de filtro de inactividad</translation>
    </message>
    <message>
        <source>Filter for inactivity</source>
        <translation>Filtrar por inactividad</translation>
    </message>
</context>
<context>
    <name>UserInformation</name>
    <message>
        <source>User Information</source>
        <translation>Información del usuario</translation>
    </message>
    <message>
        <source>Connection Information</source>
        <translation>Información de la conexión</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>S.O.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>Ping Statistics</source>
        <translation>Estadísticas de ping</translation>
    </message>
    <message>
        <source>Pings received</source>
        <translation>Pings recibidos</translation>
    </message>
    <message>
        <source>Average ping</source>
        <translation>Ping medio</translation>
    </message>
    <message>
        <source>TCP (Control)</source>
        <translation>TCP (Control)</translation>
    </message>
    <message>
        <source>UDP (Voice)</source>
        <translation>UDP (Voz)</translation>
    </message>
    <message>
        <source>UDP Network statistics</source>
        <translation>Estadísticas de red de UDP</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Correctos</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Tardíos</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <source>Resync</source>
        <translation>Resincronizaciones</translation>
    </message>
    <message>
        <source>From Client</source>
        <translation>Desde el cliente</translation>
    </message>
    <message>
        <source>To Client</source>
        <translation>Hacia el cliente</translation>
    </message>
    <message>
        <source>Connection time</source>
        <translation>Tiempo de conexión</translation>
    </message>
    <message>
        <source>%1w</source>
        <translation>%1sem</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1d</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1h</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1s</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <oldsource>%1.%2.%3 (%4)</oldsource>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Soportado</translation>
    </message>
    <message>
        <source>Not Supported</source>
        <translation>No soportado</translation>
    </message>
    <message>
        <source>Not Reported</source>
        <translation>No declarado</translation>
    </message>
    <message>
        <source>%1 online (%2 idle)</source>
        <translation>%1 conectado (%2 inactivo)</translation>
    </message>
    <message>
        <source>%1 online</source>
        <translation>%1 conectado</translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <comment>GroupBox</comment>
        <translation>Ancho de banda</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <comment>Label</comment>
        <translation>Ancho de banda</translation>
    </message>
    <message>
        <source>Ping deviation</source>
        <translation>Desviación del ping</translation>
    </message>
    <message>
        <source>Warning: The server seems to report a truncated protocol version for this client. (See: &lt;a href=&quot;https://github.com/mumble-voip/mumble/issues/5827/&quot;&gt;Issue #5827&lt;/a&gt;)</source>
        <translation>Advertencia: El servidor parece informar de una versión del protocolo truncada para este cliente. (Véase: &lt;a href=&quot;https://github.com/mumble-voip/mumble/issues/5827/&quot;&gt;Edición nº 5827&lt;/a&gt;)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>to client rolling average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last X minutes:</source>
        <translation>Últimos X minutos:</translation>
    </message>
    <message>
        <source>% lost</source>
        <translation>% perdidos</translation>
    </message>
    <message>
        <source>from client rolling average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% late</source>
        <translation>% retrasados</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>Last %1 %2:</source>
        <translation>Últimos %1 %2:</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message>
        <source>Nick</source>
        <translation>Nick (apodo)</translation>
    </message>
    <message>
        <source>Inactive days</source>
        <translation>Dias inactivo</translation>
    </message>
    <message>
        <source>Last channel</source>
        <translation>Último canal</translation>
    </message>
    <message>
        <source>Last seen: %1</source>
        <translation>Visto por última vez: %1</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Channel ID: %1</source>
        <translation>Canal ID: %1</translation>
    </message>
</context>
<context>
    <name>UserLocalNicknameDialog</name>
    <message>
        <source>Local nickname for other users</source>
        <translation>Apodo local para otros usuarios</translation>
    </message>
    <message>
        <source>&lt;b&gt;Adjust the nickname of other users locally&lt;/b&gt;&lt;br /&gt;</source>
        <translation>&lt;b&gt;Ajustar el apodo de otros usuarios localmente&lt;/b&gt;&lt;br /&gt;</translation>
    </message>
    <message>
        <source>User nickname</source>
        <translation>Apodo del usuario</translation>
    </message>
    <message>
        <source>Adjusting local nickname for %1</source>
        <translation>Ajustando el apodo local para %1</translation>
    </message>
</context>
<context>
    <name>UserModel</name>
    <message>
        <source>This is a user connected to the server. The icon to the left of the user indicates whether or not they are talking:</source>
        <translation>Este es un usuario conectado al servidor. El icono a la izquierda del usuario indica si está o no hablando:</translation>
    </message>
    <message>
        <source>Talking to your channel.</source>
        <translation>Hablando a su canal.</translation>
    </message>
    <message>
        <source>Shouting directly to your channel.</source>
        <oldsource>Whispering directly to your channel.</oldsource>
        <translation>Susurrando directamente a su canal.</translation>
    </message>
    <message>
        <source>Whispering directly to you.</source>
        <translation>Susurrándote directamente a ti.</translation>
    </message>
    <message>
        <source>Not talking.</source>
        <translation>Callado.</translation>
    </message>
    <message>
        <source>This is a channel on the server. The icon indicates the state of the channel:</source>
        <translation>Esto es un canal del servidor. El icono indica el estado del canal:</translation>
    </message>
    <message>
        <source>Your current channel.</source>
        <translation>Su canal actual.</translation>
    </message>
    <message>
        <source>A channel that is linked with your channel. Linked channels can talk to each other.</source>
        <translation>Un canal que está vinculado con su canal. Los canales vinculados pueden hablarse entre sí.</translation>
    </message>
    <message>
        <source>A channel on the server that you are not linked to.</source>
        <translation>Un canal del servidor al que no está vinculado.</translation>
    </message>
    <message>
        <source>This shows the flags the user has on the server, if any:</source>
        <translation>Esto muestra los emblemas que tiene el usuario en el servidor, si los hay:</translation>
    </message>
    <message>
        <source>On your friend list</source>
        <translation>En su lista de amigos</translation>
    </message>
    <message>
        <source>Authenticated user</source>
        <translation>Usuario autenticado</translation>
    </message>
    <message>
        <source>Muted (manually muted by self)</source>
        <translation>Mudo (enmudecido manualmente por sí mismo)</translation>
    </message>
    <message>
        <source>Muted (manually muted by admin)</source>
        <translation>Mudo (enmudecido manualmente por un administrado)</translation>
    </message>
    <message>
        <source>Muted (not allowed to speak in current channel)</source>
        <translation>Mudo (no se le permite hablar en el canal actual)</translation>
    </message>
    <message>
        <source>Muted (muted by you, only on your machine)</source>
        <translation>Mudo (enmudecido por usted, sólo en su máquina)</translation>
    </message>
    <message>
        <source>Muted (push-to-mute)</source>
        <translation>Mudo (Presionar-para-enmudecer)</translation>
    </message>
    <message>
        <source>Deafened (by self)</source>
        <translation>Sordo (por sí mismo)</translation>
    </message>
    <message>
        <source>Deafened (by admin)</source>
        <translation>Sordo (por un administrador)</translation>
    </message>
    <message>
        <source>User has a new comment set (click to show)</source>
        <translation>El usuario ha recibido un nuevo comentario (clic para mostrar)</translation>
    </message>
    <message>
        <source>User has a comment set, which you&apos;ve already seen. (click to show)</source>
        <translation>El usuario tiene un comentario que ya ha visto (clic para mostrar)</translation>
    </message>
    <message>
        <source>Ignoring Text Messages</source>
        <translation>Ignorando mensajes de texto</translation>
    </message>
    <message>
        <source>This shows the flags the channel has, if any:</source>
        <translation>Muestra los emblemas que tiene el canal, si los hay:</translation>
    </message>
    <message>
        <source>Channel has a new comment set (click to show)</source>
        <translation>El canal ha recibido un nuevo comentario (clic para mostrar)</translation>
    </message>
    <message>
        <source>Channel has a comment set, which you&apos;ve already seen. (click to show)</source>
        <translation>El canal tiene un comentario que ya ha visto (clic para mostrar)</translation>
    </message>
    <message>
        <source>Channel will be hidden when filtering is enabled</source>
        <translation>El canal será ocultado cuando el filtro esté activado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Emblemas</translation>
    </message>
    <message>
        <source>Are you sure you want to drag this user?</source>
        <translation>¿Seguro que deseas arrastrar este usuario?</translation>
    </message>
    <message>
        <source>Are you sure you want to drag this channel?</source>
        <translation>¿Está seguro de que desea arrastrar este canal?</translation>
    </message>
    <message>
        <source>Cannot perform this movement automatically, please reset the numeric sorting indicators or adjust it manually.</source>
        <translation>No se puede realizar este movimiento automáticamente, por favor, reinicie los indicadores numéricos de órden o ajústelo manualmente.</translation>
    </message>
    <message>
        <source>Talking while being muted on your end</source>
        <translation>Hablando mientras se está mudo en tu lado</translation>
    </message>
    <message>
        <source>This is a channel listener. The corresponding user hears everything you say in this channel.</source>
        <translation>Este es un canal escucha. El usuario correspondiente escucha todo lo que dices en este canal.</translation>
    </message>
    <message>
        <source>Channel has access restrictions so that you can&apos;t enter it</source>
        <translation>Este canal tiene restricciones de acceso, por lo que no lo puedes acceder</translation>
    </message>
    <message>
        <source>Channel has access restrictions but you can enter nonetheless</source>
        <translation>Este canal tiene restricciones, pero puedes entrar de todas maneras</translation>
    </message>
    <message>
        <source>Channel will be pinned when filtering is enabled</source>
        <translation>El canal se fijará cuando se active el filtrado</translation>
    </message>
    <message>
        <source>Channel Listener</source>
        <translation>Oyente del canal</translation>
    </message>
    <message>
        <source>This channel listener belongs to %1</source>
        <translation>El oyente de este canal pertenece a %1</translation>
    </message>
</context>
<context>
    <name>VersionCheck</name>
    <message>
        <source>Upgrade Mumble</source>
        <translation>Actualizar Mumble</translation>
    </message>
    <message>
        <source>A new version of Mumble has been detected and automatically downloaded. It is recommended that you either upgrade to this version, or downgrade to the latest stable release. Do you want to launch the installer now?</source>
        <translation>Se ha detectado y descargado una nueva versión de Mumble. Se recomienda que se actualice a esta versión o que se desactualice a la última versión estable. ¿Desea iniciar el instalador ahora?</translation>
    </message>
    <message>
        <source>Failed to launch snapshot installer.</source>
        <translation>No se pudo iniciar el instalador de la versión en desarrollo.</translation>
    </message>
    <message>
        <source>Corrupt download of new version detected. Automatically removed.</source>
        <translation>Se ha detectado una descarga corrupta de la nueva versión. Se ha eliminado automáticamente.</translation>
    </message>
    <message>
        <source>Downloading new snapshot from %1 to %2</source>
        <translation>Descargando nueva versión en desarrollo desde %1 en %2</translation>
    </message>
    <message>
        <source>Failed to write new version to disk.</source>
        <oldsource>Failed to write new version to disc.</oldsource>
        <translation>No se pudo escribir la nueva versión en el disco.</translation>
    </message>
    <message>
        <source>Mumble failed to retrieve version information from the central server.</source>
        <translation>Mumble no pudo recuperar del servidor central la información de la versión.</translation>
    </message>
</context>
<context>
    <name>ViewCert</name>
    <message>
        <source>Certificate Chain Details</source>
        <translation>Detalles de la cadena de certificados</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Cadena de certificados</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Detalles del certificado</translation>
    </message>
    <message>
        <source>Common Name</source>
        <translation>Nombre común</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Subunit</source>
        <translation>Subunidad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Valid from: %1</source>
        <translation>Válido desde: %1</translation>
    </message>
    <message>
        <source>Valid to: %1</source>
        <translation>Válido hasta: %1</translation>
    </message>
    <message>
        <source>Serial: %1</source>
        <translation>Número de serie: %1</translation>
    </message>
    <message>
        <source>Public Key: %1 bits %2</source>
        <translation>Clave pública: %1 bits %2</translation>
    </message>
    <message>
        <source>RSA</source>
        <translation>RSA</translation>
    </message>
    <message>
        <source>DSA</source>
        <translation>DSA</translation>
    </message>
    <message>
        <source>Digest (SHA-1): %1</source>
        <translation>Huella digital (SHA-1): %1</translation>
    </message>
    <message>
        <source>Digest (SHA-256): %1</source>
        <translation>Huella digital (SHA-256): %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Correo electrónico: %1</translation>
    </message>
    <message>
        <source>DNS: %1</source>
        <translation>DNS: %1</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Emitido por:</translation>
    </message>
    <message>
        <source>Unit Name</source>
        <translation>Nombre de la unidad</translation>
    </message>
</context>
<context>
    <name>VoiceRecorder</name>
    <message>
        <source>Recorder failed to create directory &apos;%1&apos;</source>
        <translation>La grabadora no pudo crear el directorio &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Recorder failed to open file &apos;%1&apos;</source>
        <translation>La grabadora falló al abrir el archivo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>.wav - Uncompressed</source>
        <translation>.wav - Sin comprimir</translation>
    </message>
    <message>
        <source>.ogg (Vorbis) - Compressed</source>
        <translation>.ogg (Vorbis) - Comprimido</translation>
    </message>
    <message>
        <source>.au - Uncompressed</source>
        <translation>.au - Sin comprimir</translation>
    </message>
    <message>
        <source>.flac - Lossless compressed</source>
        <translation>.flac - Comprimido sin pérdidas</translation>
    </message>
    <message>
        <source>.opus - Lossy compressed</source>
        <translation>.opus - Lossy comprimido</translation>
    </message>
    <message>
        <source>.mp3 - Lossy compressed</source>
        <translation>.mp3 - Compresión con pérdida</translation>
    </message>
</context>
<context>
    <name>VoiceRecorderDialog</name>
    <message>
        <source>Recorder</source>
        <translation>Grabadora</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>00:00:00</source>
        <translation>00:00:00</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Multichannel</source>
        <translation>Multicanal</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Output format</source>
        <translation>Formato de salida</translation>
    </message>
    <message>
        <source>Target directory</source>
        <translation>Directorio de destino</translation>
    </message>
    <message>
        <source>Filename</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Seleccionar...</translation>
    </message>
    <message>
        <source>Valid variables are:</source>
        <translation>Las variables válidas son:</translation>
    </message>
    <message>
        <source>Inserts the user&apos;s name</source>
        <translation>Inserta el nombre del usuario</translation>
    </message>
    <message>
        <source>Inserts the current date</source>
        <translation>Inserta la fecha actual</translation>
    </message>
    <message>
        <source>Inserts the current time</source>
        <translation>Inserta la hora actual</translation>
    </message>
    <message>
        <source>Inserts the hostname</source>
        <translation>Inserta el nombre del equipo</translation>
    </message>
    <message>
        <source>Recorder still running</source>
        <translation>Grabadora en funcionamiento</translation>
    </message>
    <message>
        <source>Closing the recorder without stopping it will discard unwritten audio. Do you really want to close the recorder?</source>
        <translation>Cerrar la grabadora sin detenerla previamente puede causa una perdida de audio. Desea cerrar la grabadora?</translation>
    </message>
    <message>
        <source>Unable to start recording. Not connected to a server.</source>
        <translation>No se pudo iniciar la grabación. No está conectado a un servidor.</translation>
    </message>
    <message>
        <source>The server you are currently connected to is version 1.2.2 or older. For privacy reasons, recording on servers of versions older than 1.2.3 is not possible.
Please contact your server administrator for further information.</source>
        <translation>El servidor al que está conectado actualmente funciona con la versión 1.2.2 o anterior. Por razones de privacidad, no es posible la grabación en servidores con versiones anteriores a la 1.2.3.
Por favor, contacte con el administrador de su servidor para más información.</translation>
    </message>
    <message>
        <source>There is already a recorder active for this server.</source>
        <translation>Ya hay una grabadora activa para este servidor.</translation>
    </message>
    <message>
        <source>Please select a recording format.</source>
        <translation>Por favor, seleccione un formato de grabación.</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Parando</translation>
    </message>
    <message>
        <source>Select target directory</source>
        <translation>Seleccione un directorio de destino</translation>
    </message>
    <message>
        <source>Downmix</source>
        <translation>Mezclar</translation>
    </message>
    <message>
        <source>Unable to start recording - the audio output is miconfigured (0Hz sample rate)</source>
        <translation>Imposible empezar a grabar - la salida de audio está mal configurada (frecuencia de muestreo de 0Hz)</translation>
    </message>
    <message>
        <source>Multichannel + Transport (JACK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport (JACK, standalone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field contains the directory path to store any voice recordings in. Use the &quot;browse&quot; button to open a file dialog.</source>
        <translation>Este campo contiene la ruta del directorio en el que se almacenarán las grabaciones de voz. Utiliza el botón &quot;Examinar&quot; para abrir un cuadro de diálogo de archivos.</translation>
    </message>
    <message>
        <source>This field contains the filename any voice recording is saved as. Various variables can be used to augment the filename. For example %time for the current time.</source>
        <translation>Este campo contiene el nombre de archivo con el que se guarda cualquier grabación de voz. Se pueden utilizar varias variables para aumentar el nombre del archivo. Por ejemplo %time para la hora actual.</translation>
    </message>
</context>
<context>
    <name>VolumeSliderWidgetAction</name>
    <message>
        <source>Volume Adjustment</source>
        <translation>Ajuste del volumen</translation>
    </message>
    <message>
        <source>Local volume adjustment</source>
        <translation>Ajuste de volumen local</translation>
    </message>
</context>
<context>
    <name>WASAPIInput</name>
    <message>
        <source>Access to the microphone was denied. Please check that your operating system&apos;s microphone settings allow Mumble to use the microphone.</source>
        <translation>Se denegó el acceso al micrófono. Por favor, verifique la configuración del micrófono en su sistema operativo. Permita que Mumble use el micrófono.</translation>
    </message>
</context>
<context>
    <name>WASAPISystem</name>
    <message>
        <source>Default Device</source>
        <translation>Dispositivo por defecto</translation>
    </message>
</context>
<context>
    <name>qwPTTButtonWidget</name>
    <message>
        <source>Mumble PTT</source>
        <translation>Presionar-para-Hablar (PTT) de Mumble</translation>
    </message>
    <message>
        <source>Push to talk</source>
        <translation>Presionar-para-Hablar (PTT)</translation>
    </message>
</context>
</TS>
