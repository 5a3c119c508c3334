<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>ACLEditor</name>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mumble - Add channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default server value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: Invalid channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mumble - Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This grants the %1 privilege. If a privilege is both allowed and denied, it is denied.&lt;br /&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel must have a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This revokes the %1 privilege. If a privilege is both allowed and denied, it is denied.&lt;br /&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the channel name here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the channel password here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check to create a temporary channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Position&lt;/b&gt;&lt;br/&gt;
This value enables you to change the way Mumble arranges the channels in the tree. A channel with a higher &lt;i&gt;Position&lt;/i&gt; value will always be placed below one with a lower value and the other way around. If the &lt;i&gt;Position&lt;/i&gt; value of two channels is equal they will get sorted alphabetically by their name.</source>
        <oldsource>&lt;b&gt;Position&lt;/b&gt;&lt;br/&gt;
This value enables you to change the way mumble arranges the channels in the tree. A channel with a higher &lt;i&gt;Position&lt;/i&gt; value will always be placed below one with a lower value and the other way around. If the &lt;i&gt;Position&lt;/i&gt; value of two channels is equal they will get sorted alphabetically by their name.</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherit group members from parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make group inheritable to sub-channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inheritable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group was inherited from parent channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member to group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove member from group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ACL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active ACLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherit ACL of parent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sets whether or not the ACL up the chain of parent channels are applied to this object. Only those entries that are marked in the parent as &quot;Apply to sub-channels&quot; will be inherited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherit ACLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move entry up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This moves the entry up in the list. As entries are evaluated in order, this may change the effective permissions of users. You cannot move an entry above an inherited entry, if you really need that you&apos;ll have to duplicate the inherited entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move entry down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This moves the entry down in the list. As entries are evaluated in order, this may change the effective permissions of users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add new entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This adds a new entry, initially set with no permissions and applying to all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This removes the currently selected entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry should apply to this channel.</source>
        <oldsource>Entry should apply to this channel</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This makes the entry apply to this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to this channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry should apply to sub-channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add new group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Add&lt;/b&gt;&lt;br/&gt;
Add a new group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherited members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains the list of members added to the group by this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains a list of members whose group membership will not be inherited from the parent channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains the list of members inherited by other channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in the name of a user you wish to add to the group and click Add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in the name of a user you wish to remove from the group and click Add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This makes the entry apply to sub-channels of this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to sub-channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User/Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group this entry applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User this entry applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This controls which user this entry applies to. Just type in the user name and hit enter to query the server for a match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Name&lt;/b&gt;&lt;br /&gt;Enter the channel name in this field. The name has to comply with the restriction imposed by the server you are connected to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Temporary&lt;/b&gt;&lt;br /&gt;
When checked the channel created will be marked as temporary. This means when the last player leaves it the channel will be automatically deleted by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Group&lt;/b&gt;&lt;br /&gt;
These are all the groups currently defined for the channel. To create a new group, just type in the name and press enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Remove&lt;/b&gt;&lt;br /&gt;This removes the currently selected group. If the group was inherited, it will not be removed from the list, but all local information about the group will be cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Inherit&lt;/b&gt;&lt;br /&gt;This inherits all the members in the group from the parent, if the group is marked as &lt;i&gt;Inheritable&lt;/i&gt; in the parent channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Inheritable&lt;/b&gt;&lt;br /&gt;This makes this group inheritable to sub-channels. If the group is non-inheritable, sub-channels are still free to create a new group with the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Inherited&lt;/b&gt;&lt;br /&gt;This indicates that the group was inherited from the parent channel. You cannot edit this flag, it&apos;s just for information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Members&lt;/b&gt;&lt;br /&gt;
This list contains all members that were added to the group by the current channel. Be aware that this does not include members inherited by higher levels of the channel tree. These can be found in the &lt;i&gt;Inherited members&lt;/i&gt; list. To prevent this list to be inherited by lower level channels uncheck &lt;i&gt;Inheritable&lt;/i&gt; or manually add the members to the &lt;i&gt;Excluded members&lt;/i&gt; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Excluded members&lt;/b&gt;&lt;br /&gt;
Contains a list of members whose group membership will not be inherited from the parent channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Inherited members&lt;/b&gt;&lt;br /&gt;
Contains the list of members inherited by the current channel. Uncheck &lt;i&gt;Inherit&lt;/i&gt; to prevent inheritance from higher level channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This controls which group of users this entry applies to.&lt;br /&gt;Note that the group is evaluated in the context of the channel the entry is used in. For example, the default ACL on the Root channel gives &lt;i&gt;Write&lt;/i&gt; permission to the &lt;i&gt;admin&lt;/i&gt; group. This entry, if inherited by a channel, will give a user write privileges if he belongs to the &lt;i&gt;admin&lt;/i&gt; group in that channel, even if he doesn&apos;t belong to the &lt;i&gt;admin&lt;/i&gt; group in the channel where the ACL originated.&lt;br /&gt;If a group name starts with &apos;!&apos;, its membership is negated, and if it starts with &apos;~&apos;, it is evaluated in the channel the ACL was defined in, rather than the channel the ACL is active in.&lt;br /&gt;If a group name starts with &apos;#&apos;, it is interpreted as an access token. Users must have entered whatever follows the &apos;#&apos; in their list of access tokens to match. This can be used for very simple password access to channels for non-authenticated users.&lt;br /&gt;If a group name starts with &apos;$&apos;, it will only match users whose certificate hash matches what follows the &apos;$&apos;.&lt;br /&gt;A few special predefined groups are:&lt;br /&gt;&lt;b&gt;all&lt;/b&gt; - Everyone will match.&lt;br /&gt;&lt;b&gt;auth&lt;/b&gt; - All authenticated users will match.&lt;br /&gt;&lt;b&gt;sub,a,b,c&lt;/b&gt; - User currently in a sub-channel minimum &lt;i&gt;a&lt;/i&gt; common parents, and between &lt;i&gt;b&lt;/i&gt; and &lt;i&gt;c&lt;/i&gt; channels down the chain. See the website for more extensive documentation on this one.&lt;br /&gt;&lt;b&gt;in&lt;/b&gt; - Users currently in the channel will match (convenience for &apos;&lt;i&gt;sub,0,0,0&lt;/i&gt;&apos;).&lt;br /&gt;&lt;b&gt;out&lt;/b&gt; - Users outside the channel will match (convenience for &apos;&lt;i&gt;!sub,0,0,0&lt;/i&gt;&apos;).&lt;br /&gt;Note that an entry applies to either a user or a group, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Password&lt;/b&gt;&lt;br /&gt;This field allows you to easily set and change the password of a channel. It uses Mumble&apos;s access tokens feature in the background. Use ACLs and groups if you need more fine grained and powerful access control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shows all the entries active on this channel. Entries inherited from parent channels will be shown in italics.&lt;br /&gt;ACLs are evaluated top to bottom, meaning priority increases as you move down the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID of the channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum number of users allowed in the channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Maximum Users&lt;/b&gt;&lt;br /&gt;
This value allows you to set the maximum number of users allowed in the channel. If the value is above zero, only that number of users will be allowed to enter the channel. If the value is zero, the maximum number of users in the channel is given by the server&apos;s default limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the sort order for the channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherited group members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherited channel members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of ACL entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel maximum users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select member to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded group members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select member to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of access control list entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selects a group this ACL entry applies to. Selecting a group and selecting a user are mutually exclusive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selects a user this ACL entry applies to. Selecting a group and selecting a user are mutually exclusive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of available permissions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ALSAAudioInput</name>
    <message>
        <source>Default ALSA Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening chosen ALSA Input failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ALSAAudioOutput</name>
    <message>
        <source>Default ALSA Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening chosen ALSA Output failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ALSAEnumerator</name>
    <message>
        <source>Getting name (longname) of the sound card failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting name of the sound card failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ASIOConfig</name>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -&gt; %2 samples buffer, with %3 sample resolution (%4 preferred) at %5 Hz</source>
        <oldsource>%1 -&gt; %2 samples buffer, with %3 sample resolution (%4 preferred) at %5Hz</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASIO Initialization failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to instantiate ASIO driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASIO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device to use for microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chooses what device to query. You still need to actually query the device and select which channels to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query selected device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This queries the selected device for channels. Be aware that many ASIO drivers are buggy to the extreme, and querying them might cause a crash of either the application or the system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure selected device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This configures the selected device. Be aware that many ASIO drivers are buggy to the extreme, and querying them might cause a crash of either the application or the system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Configure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will configure the input channels for ASIO. Make sure you select at least one channel as microphone and speaker. &lt;i&gt;Microphone&lt;/i&gt; should be where your microphone is attached, and &lt;i&gt;Speaker&lt;/i&gt; should be a channel that samples &apos;&lt;i&gt;What you hear&lt;/i&gt;&apos;.&lt;br /&gt;For example, on the Audigy 2 ZS, a good selection for Microphone would be &apos;&lt;i&gt;Mic L&lt;/i&gt;&apos; while Speaker should be &apos;&lt;i&gt;Mix L&lt;/i&gt;&apos; and &apos;&lt;i&gt;Mix R&lt;/i&gt;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure input channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of microphones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move from unused to microphone list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move from microphone to unused list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of unused devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move from unused to speakers list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move from speakers to unused list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ASIOInput</name>
    <message>
        <source>You need to select at least one microphone and one speaker source to use ASIO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening selected ASIO device failed. No input will be done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Mumble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Mumble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;uthors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Third-Party Licenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party license agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a list of authors, please see &lt;a href=&quot;https://github.com/mumble-voip/mumble/graphs/contributors&quot;&gt;https://github.com/mumble-voip/mumble/graphs/contributors&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Open Source, low-latency, high quality voice-chat utility</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input device for audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the input device to use for audio.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to transmit your speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets when speech should be transmitted.&lt;/b&gt;&lt;br /&gt;&lt;i&gt;Continuous&lt;/i&gt; - All the time&lt;br /&gt;&lt;i&gt;Voice Activity&lt;/i&gt; - When you are speaking clearly.&lt;br /&gt;&lt;i&gt;Push To Talk&lt;/i&gt; - When you hold down the hotkey set under &lt;i&gt;Shortcuts&lt;/i&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DoublePush Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you press the PTT key twice in this time it will get locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;DoublePush Time&lt;/b&gt;&lt;br /&gt;If you press the push-to-talk key twice during the configured interval of time it will be locked. Mumble will keep transmitting until you hit the key once more to unlock PTT again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset audio cue to default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Reset&lt;/b&gt;&lt;br/&gt;Reset the paths for the files to their default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for on audio file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for off audio file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use SNR based speech detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal to Noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets speech detection to use Amplitude.&lt;/b&gt;&lt;br /&gt;In this mode, the raw strength of the input signal is used to detect speech.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amplitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice &amp;Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to keep transmitting after silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence Below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the trigger values for voice detection.&lt;/b&gt;&lt;br /&gt;Use this together with the Audio Statistics window to manually tune the trigger values for detecting speech. Input values below &quot;Silence Below&quot; always count as silence. Values above &quot;Speech Above&quot; always count as voice. Values in between will count as voice if you&apos;re already talking, but will not trigger a new detection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech Above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal values above this count as voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality of compression (peak bandwidth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the quality of compression.&lt;/b&gt;&lt;br /&gt;This determines how much bandwidth Mumble is allowed to use for outgoing audio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio per packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many audio frames to send per packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This selects how many audio frames should be put in one packet.&lt;/b&gt;&lt;br /&gt;Increasing this will increase the latency of your voice, but will also reduce bandwidth requirements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise suppression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the amount of noise suppression to apply.&lt;/b&gt;&lt;br /&gt;The higher this value, the more aggressively stationary noise will be suppressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum amplification of input sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Maximum amplification of input.&lt;/b&gt;&lt;br /&gt;Mumble normalizes the input volume before compressing, and this sets how much it&apos;s allowed to amplify.&lt;br /&gt;The actual level is continually updated based on your current speech pattern, but it will never go above the level specified here.&lt;br /&gt;If the &lt;i&gt;Microphone loudness&lt;/i&gt; level of the audio statistics hover around 100%, you probably want to set this to 2.0 or so, but if, like most people, you are unable to reach 100%, set this to something much higher.&lt;br /&gt;Ideally, set it so &lt;i&gt;Microphone Loudness * Amplification Factor &gt;= 100&lt;/i&gt;, even when you&apos;re speaking really soft.&lt;br /&gt;&lt;br /&gt;Note that there is no harm in setting this to maximum, but Mumble will start picking up other conversations if you leave it to auto-tune to that level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current speech detection chance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabling this will cancel the echo from your speakers. Mixed has low CPU impact, but only works well if your speakers are equally loud and equidistant from the microphone. Multichannel echo cancellation provides much better echo cancellation, but at a higher CPU cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets speech detection to use Signal to Noise ratio.&lt;/b&gt;&lt;br /&gt;In this mode, the input is analyzed for something resembling a clear signal, and the clarity of that signal is used to trigger speech detection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This shows the current speech detection settings.&lt;/b&gt;&lt;br /&gt;You can change the settings from the Settings dialog or from the Audio Wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal values below this count as silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum bandwidth used for sending audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Amplitude based speech detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This selects how long after a perceived stop in speech transmission should continue.&lt;/b&gt;&lt;br /&gt;Set this higher if your voice breaks up when you speak (seen by a rapidly blinking voice icon next to your name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusive mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This opens the device in exclusive mode.&lt;/b&gt;&lt;br /&gt;No other application will be able to use the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;&lt;br/&gt;Plays the current &lt;i&gt;on&lt;/i&gt; sound followed by the current &lt;i&gt;off&lt;/i&gt; sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays an always on top window with a push to talk button in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display push to talk window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gets played when starting to transmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gets played when stopping to transmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time the microphone stays open after the PTT key is released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server maximum network bandwidth is only %1 kbit/s. Audio quality auto-adjusted to %2 kbit/s (%3 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max. Amplification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deafen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo Cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle action will be reversed upon any key or mouse button input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Idle action upon activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the input method to use for audio.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable Opus&apos; low-delay mode when the quality is set to &lt;b&gt;64 kb/s&lt;/b&gt; or higher. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If checked, Mumble will enable Opus&apos; low-delay mode when the quality is set to &lt;b&gt;64 kbit/s&lt;/b&gt; or higher. Low-delay mode decreases latency by &lt;b&gt;~15 milliseconds&lt;/b&gt; in the round trip. This mode may require an higher bitrate to preserve the same quality, in comparison with the music and VOIP modes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow low delay mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t use noise suppression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the noise suppression algorithm provided by Speex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the noise suppression algorithm provided by RNNoise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a combination of Speex and RNNoise to do noise suppression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This controls the amount by which Speex will suppress noise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speex suppression strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Br&amp;owse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio cue when using...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audible audio cue when starting or stopping to transmit using Push To Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This enables transmission audio cues when using Push To Talk.&lt;/b&gt;&lt;br /&gt;Setting this will give you a short audio beep when you start and stop transmitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push To Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audible audio cue when starting or stopping to transmit using Voice Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This enables transmission audio cues when using Voice Activity.&lt;/b&gt;&lt;br /&gt;Setting this will give you a short audio beep when you start and stop transmitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input backend for audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio input system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio input device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmission mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push to talk lock threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between push to talk and continuous mode by double tapping in this time frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Voice hold Time&lt;/b&gt;&lt;br /&gt;After you release the push-to-talk key Mumble will keep transmitting for the selected amount of time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push to talk hold threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend push to talk send time after the key is released by this amount of time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice hold time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence below threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sets the threshold when Mumble will definitively consider a signal silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech above threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sets the threshold when Mumble will definitively consider a signal speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sets how much speech is packed into a single network package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio compression quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sets the target compression bitrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum amplification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech is dynamically amplified by at most this amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise suppression strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo cancellation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path to audio file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path to audio cue file when stopping to speak. Use the &quot;browse&quot; button to open a file dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle action time threshold (in minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select what to do when being idle for a configurable amount of time. Default: nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gets played when you are trying to speak while being muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path to mute cue file. Use the &quot;browse&quot; button to open a file dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for mute cue audio file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path to audio cue file when starting to speak. Use the &quot;browse&quot; button to open a file dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the mute cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mute cue is an audio sample which plays when you are trying to speak while being muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview both audio cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This shows peak outgoing bandwidth used.&lt;/b&gt;&lt;br /&gt;This shows the peak amount of bandwidth sent out from your machine. Audio bitrate is the maximum bitrate for the audio data alone. Position is the bitrate used for positional information. Overhead is our framing and the IP packet headers (IP and UDP is 75% of this overhead).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioInputDialog</name>
    <message>
        <source>Continuous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push To Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the microphone was denied. Please allow Mumble to use the microphone by changing the settings in System Settings -&gt; Privacy &amp; Security -&gt; Microphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kb/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-%1 dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kbit/s (Audio %2, Position %4, Overhead %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the microphone was denied. Please check that your operating system&apos;s microphone settings allow Mumble to use the microphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable echo cancellation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kilobits per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decibels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioOutput</name>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output method for audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output device for audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the output device to use for audio.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positional Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;Jitter Buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety margin for jitter buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the minimum safety margin for the jitter buffer.&lt;/b&gt;&lt;br /&gt;All incoming audio is buffered, and the jitter buffer continually tries to push the buffer to the minimum sustainable by your network, so latency can be as low as possible. This sets the minimum buffer size to use. If the start of sentences you hear is very jittery, increase this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sets the minimum distance for sound calculations. The volume of other users&apos; speech will not decrease until they are at least this far away from you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sets the maximum distance for sound calculations. When farther away than this, other users&apos; speech volume will not decrease any further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This enables one of the loopback test modes.&lt;/b&gt;&lt;br /&gt;&lt;i&gt;None&lt;/i&gt; - Loopback disabled&lt;br /&gt;&lt;i&gt;Local&lt;/i&gt; - Emulate a local server.&lt;br /&gt;&lt;i&gt;Server&lt;/i&gt; - Request loopback from server.&lt;br /&gt;Please note than when loopback is enabled, no other users will hear your voice. This setting is not saved on application exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume of incoming speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This adjusts the volume of incoming speech.&lt;/b&gt;&lt;br /&gt;Note that if you increase this beyond 100%, audio will be distorted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output Delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount of data to buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connected &quot;speakers&quot; are actually headphones</source>
        <oldsource>The connected &quot;speakers&quot; are actually headphones.</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bloom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factor for sound volume increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much should sound volume increase for sources that are really close?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking this indicates that you don&apos;t have speakers connected, just headphones. This is important, as speakers are usually in front of you, while headphones are directly to your left/right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sets the amount of data to pre-buffer in the output buffer. Experiment with different values and set it to the lowest which doesn&apos;t cause rapid jitter in the sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the volume be at the maximum distance?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopback Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance in packet latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the packet latency variance for loopback testing.&lt;/b&gt;&lt;br /&gt;Most audio paths contain some variable latency. This allows you to set that variance for loopback mode testing. For example, if you set this to 15ms, this will emulate a network with 20-35ms ping latency or one with 80-95ms latency. Most domestic net connections have a variance of about 5ms.</source>
        <oldsource>&lt;b&gt;This sets the packet latency variance for loopback testing.&lt;/b&gt;&lt;br /&gt;Most audio paths contain some variable latency. This allows you set that variance for loopback mode testing. For example, if you set this to 15ms, this will emulate a network with 20-35ms ping latency or one with 80-95ms latency. Most domestic net connections have a variance of about 5ms.</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet loss for loopback mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the packet loss for loopback mode.&lt;/b&gt;&lt;br /&gt;This will be the ratio of packets lost. Unless your outgoing bandwidth is peaked or there&apos;s something wrong with your network connection, this will be 0%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desired loopback mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attenuate applications by...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attenuation of other applications during speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate volume of other applications during speech&lt;/b&gt;&lt;br /&gt;Mumble supports decreasing the volume of other applications during incoming and/or outgoing speech. This sets the attenuation of other applications if the feature is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If checked Mumble lowers the volume of other applications while other users talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate applications while other users talk&lt;/b&gt;&lt;br /&gt;Mumble supports decreasing the volume of other applications during incoming and/or outgoing speech. This makes mumble activate the feature while other users talk to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while other users talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If checked Mumble lowers the volume of other applications while you talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate applications while you talk&lt;/b&gt;&lt;br /&gt;Mumble supports decreasing the volume of other applications during incoming and/or outgoing speech. This makes mumble activate the feature while you talk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while you talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusive mode, not recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This opens the device in exclusive mode.&lt;/b&gt;&lt;br /&gt;No other application will be able to use the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If checked Mumble lowers the volume of other users while you talk if you have the &quot;Priority Speaker&quot; status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If checked, Mumble will only attenuate applications that are using the same output source as Mumble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate only applications using the same output as Mumble&lt;/b&gt;&lt;br /&gt;If checked, applications that use a different output than Mumble will not be attenuated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only attenuate applications using the same output device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If checked, PulseAudio loopback modules will be attenuated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate PulseAudio loopback modules&lt;/b&gt;&lt;br /&gt;If loopback modules are linked to Mumble&apos;s output device/sink, they will also be attenuated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attenuate PulseAudio loopback modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the output method to use for audio.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate other users while talking as Priority Speaker&lt;/b&gt;&lt;br /&gt;Mumble supports decreasing the volume of other users while you talk as the &lt;i&gt;Priority Speaker&lt;/i&gt; to avoid getting disturbed. Checking this checkbox will enable this feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attenuate other users while talking as Priority Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attenuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positional audio cannot work with mono output devices!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio output system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio output device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output delay of incoming speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jitter buffer time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attenuation percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During speech, the volume of other applications will be reduced by this amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopback artificial delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopback artificial packet loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopback test mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loopback test can be used to test your audio configuration. While the loopback test is enabled, others will not be able to hear you.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioOutputDialog</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance at which audio volume from another player starts decreasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance at which a player&apos;s audio volume has reached its minimum value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum volume a player&apos;s audio will fade out to with increasing distance. Set to 0% for it to fade into complete silence for a realistic maximum hearing distance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If an audio source is close enough, blooming will cause the audio to be played on all speakers more or less regardless of their position (albeit with lower volume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioOutputSample</name>
    <message>
        <source>Choose sound file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid sound file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; cannot be used by Mumble. Please select a file with a compatible format and encoding.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioStats</name>
    <message>
        <source>&gt;1000 ms</source>
        <oldsource>&gt;1000ms</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak microphone level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak power in last frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shows the peak power in the last frame (20 ms), and is the same measurement as you would usually find displayed as &quot;input power&quot;. Please disregard this and look at &lt;b&gt;Microphone power&lt;/b&gt; instead, which is much more steady and disregards outliers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak speaker level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shows the peak power of the speakers in the last frame (20 ms). Unless you are using a multi-channel sampling method (such as ASIO) with speaker channels configured, this will be 0. If you have such a setup configured, and this still shows 0 while you&apos;re playing audio from other programs, your setup is not working.</source>
        <oldsource>This shows the peak power in the last frame (20 ms) of the speakers. Unless you are using a multi-channel sampling method (such as ASIO) with speaker channels configured, this will be 0. If you have such a setup configured, and this still shows 0 while you&apos;re playing audio from other programs, your setup is not working.</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak clean level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shows the peak power in the last frame (20 ms) after all processing. Ideally, this should be -96 dB when you&apos;re not talking. In reality, a sound studio should see -60 dB, and you should hopefully see somewhere around -20 dB. When you are talking, this should rise to somewhere between -5 and -10 dB.&lt;br /&gt;If you are using echo cancellation, and this rises to more than -15 dB when you&apos;re not talking, your setup is not working, and you&apos;ll annoy other users with echoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How close the current input level is to ideal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shows how close your current input volume is to the ideal. To adjust your microphone level, open whatever program you use to adjust the recording volume, and look at the value here while talking.&lt;br /&gt;&lt;b&gt;Talk loud, as you would when you&apos;re upset over getting fragged by a noob.&lt;/b&gt;&lt;br /&gt;Adjust the volume until this value is close to 100%, but make sure it doesn&apos;t go above. If it does go above, you are likely to get clipping in parts of your speech, which will degrade sound quality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal-To-Noise ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal-To-Noise ratio from the microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the Signal-To-Noise Ratio (SNR) of the microphone in the last frame (20 ms). It shows how much clearer the voice is compared to the noise.&lt;br /&gt;If this value is below 1.0, there&apos;s more noise than voice in the signal, and so quality is reduced.&lt;br /&gt;There is no upper limit to this value, but don&apos;t expect to see much above 40-50 without a sound studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability of speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the probability that the last frame (20 ms) was speech and not environment noise.&lt;br /&gt;Voice activity transmission depends on this being right. The trick with this is that the middle of a sentence is always detected as speech; the problem is the pauses between words and the start of speech. It&apos;s hard to distinguish a sigh from a word starting with &apos;h&apos;.&lt;br /&gt;If this is in bold font, it means Mumble is currently transmitting (if you&apos;re connected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current audio bitrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitrate of last frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DoublePush interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time between last two Push-To-Talk presses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech Detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current speech detection chance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This shows the current speech detection settings.&lt;/b&gt;&lt;br /&gt;You can change the settings from the Settings dialog or from the Audio Wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal and noise power spectrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power spectrum of input signal and noise estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shows the power spectrum of the current input signal (red line) and the current noise estimate (filled blue).&lt;br /&gt;All amplitudes are multiplied by 30 to show the interesting parts (how much more signal than noise is present in each waveband).&lt;br /&gt;This is probably only of interest if you&apos;re trying to fine-tune noise conditions on your microphone. Under good conditions, there should be just a tiny flutter of blue at the bottom. If the blue is more than halfway up on the graph, you have a seriously noisy environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights of the echo canceller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shows the weights of the echo canceller, with time increasing downwards and frequency increasing to the right.&lt;br /&gt;Ideally, this should be black, indicating no echo exists at all. More commonly, you&apos;ll have one or more horizontal stripes of bluish color representing time delayed echo. You should be able to see the weights updated in real time.&lt;br /&gt;Please note that as long as you have nothing to echo off, you won&apos;t see much useful data here. Play some music and things should stabilize. &lt;br /&gt;You can choose to view the real or imaginary parts of the frequency-domain weights, or alternately the computed modulus and phase. The most useful of these will likely be modulus, which is the amplitude of the echo, and shows you how much of the outgoing signal is being removed at that time step. The other viewing modes are mostly useful to people who want to tune the echo cancellation algorithms.&lt;br /&gt;Please note: If the entire image fluctuates massively while in modulus mode, the echo canceller fails to find any correlation whatsoever between the two input sources (speakers and microphone). Either you have a very long delay on the echo, or one of the input sources is configured wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the audio bitrate of the last compressed frame (20 ms). The peak bitrate can be adjusted in the Settings dialog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioWizard</name>
    <message>
        <source>Audio Tuning Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to the Mumble Audio Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enjoy using Mumble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selecting the input and output device to use with Mumble.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the device your microphone is connected to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input method for audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input device to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Selects which sound card to use for audio input.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel echo from headset or speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use echo cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enables echo cancellation of outgoing audio, which helps both on speakers and on headsets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the device your speakers or headphones are connected to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output method for audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output device to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Selects which sound card to use for audio Output.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable positional audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows positioning of sound</source>
        <oldsource>Allows positioning of sound.</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This allows Mumble to use positional audio to place voices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;
To keep latency to an absolute minimum, it&apos;s important to buffer as little audio as possible on the soundcard. However, many soundcards report that they require a much smaller buffer than what they can actually work with, so the only way to set this value is to try and fail.
&lt;/p&gt;
&lt;p&gt;
You should hear a voice sample. Change the slider below to the lowest value which gives &lt;b&gt;no&lt;/b&gt; interruptions or jitter in the sound. Please note that local echo is disabled during this test.
&lt;/p&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount of data to buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sets the amount of data to pre-buffer in the output buffer. Experiment with different values and set it to the lowest which doesn&apos;t cause rapid jitter in the sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;
Open your sound control panel and go to the recording settings. Make sure the microphone is selected as active input with maximum recording volume. If there&apos;s an option to enable a &quot;Microphone boost&quot; make sure it&apos;s checked.
&lt;/p&gt;
&lt;p&gt;
Speak loudly, as when you are annoyed or excited. Decrease the volume in the sound control panel until the bar below stays as high as possible in the blue and green but &lt;b&gt;not&lt;/b&gt; the red zone while you speak.
&lt;/p&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positional Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusting attenuation of positional audio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use headphones instead of speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;
Congratulations. You should now be ready to enjoy a richer sound experience with Mumble.
&lt;/p&gt;
&lt;p&gt;
Mumble is under continuous development, and the development team wants to focus on the features that benefit the most users. To this end, Mumble supports submitting anonymous statistics about your configuration to the developers. These statistics are essential for future development, and also make sure the features you use aren&apos;t deprecated.
&lt;/p&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use headphones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ignores the OS speaker configuration and configures the positioning for headphones instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume tuning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuning microphone hardware volume to optimal settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now talk softly, as you would when talking late at night and you don&apos;t want to disturb anyone. Adjust the slider below so that the bar moves into green when you talk, but stays blue while you&apos;re silent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice Activity Detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letting Mumble figure out when you&apos;re talking and when you&apos;re silent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will help Mumble figure out when you are talking. The first step is selecting which data value to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw amplitude from input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal-To-Noise ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next you need to adjust the following slider. The first few utterances you say should end up in the green area (definitive speech). While talking, you should stay inside the yellow (might be speech) and when you&apos;re not talking, everything should be in the red (definitively not speech).</source>
        <oldsource>Next you need to adjust the following two sliders. The first few utterances you say should end up in the green area (definitive speech). While talking, you should stay inside the yellow (might be speech) and when you&apos;re not talking, everything should be in the red (definitively not speech).</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device tuning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing hardware output delays to their minimum value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit anonymous statistics to the Mumble project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push To Talk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality &amp; Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust quality and notification settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Text-To-Speech to read notifications and messages to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable Text-To-Speech and use sounds instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enables attenuation of other applications while users talk to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attenuate applications while other users talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already set a customized quality configuration in Mumble. Select this setting to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enables attenuation of other applications while users talk to you. This means that as soon someone starts to speak to you in Mumble, the sound of all other applications (like audio players) will get attenuated so you can hear them more clearly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply some high contrast optimizations for visually impaired users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use high contrast graphics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep custom Text-To-Speech settings.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now talk softly, as you would when talking late at night and you don&apos;t want to disturb anyone. Adjust the slider below so that the bar moves into empty zone when you talk, but stays in the striped one while you&apos;re silent.</source>
        <comment>For high contrast mode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next you need to adjust the following slider. The first few utterances you say should end up in the empty area (definitive speech). While talking, you should stay inside the striped (might be speech) and when you&apos;re not talking, everything should be in the crisscrossed (definitively not speech).</source>
        <comment>For high contrast mode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this configuration Mumble will use a &lt;b&gt;low amount of bandwidth&lt;/b&gt;. This will inevitably result in high latency and poor quality. Choose this only if your connection cannot handle the other settings. (16kbit/s, 60ms per packet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the &lt;b&gt;recommended default&lt;/b&gt; configuration. It provides a good balance between quality, latency, and bandwidth usage. (40kbit/s, 20ms per packet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This configuration is only recommended for use in setups where bandwidth is not an issue, like a LAN. It provides the lowest latency supported by Mumble and &lt;b&gt;high quality&lt;/b&gt;. (72kbit/s, 10ms per packet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the input method to use for audio.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the Output method to use for audio.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This is the audio tuning wizard for Mumble. This will help you correctly set the input levels of your sound card, and also set the correct parameters for sound processing in Mumble. &lt;/p&gt;&lt;p&gt;Please be aware that as long as this wizard is active, audio will be looped locally to allow you to listen to it, and no audio will be sent to the server. &lt;/p&gt;&lt;p&gt;Note that you can cancel this wizard at any time without it having an effect on your current audio systems. The settings are only applied once this wizard has been completed.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumble supports positional audio for some games, and will position the voice of other users relative to their position in game. Depending on their position, the volume of the voice will be changed between the speakers to simulate the direction and distance the other user is at. Such positioning depends on your speaker configuration being correct in your operating system, so a test is done here. &lt;/p&gt;&lt;p&gt;The graph below shows the position of &lt;span style=&quot; color:#56b4e9;&quot;&gt;you&lt;/span&gt;, the &lt;span style=&quot; color:#d55e00;&quot;&gt;speakers&lt;/span&gt; and a &lt;span style=&quot; color:#009e73;&quot;&gt;moving sound source&lt;/span&gt; as if seen from above. You should hear the audio move between the channels. &lt;/p&gt;&lt;p&gt;You can also use your mouse to position the &lt;span style=&quot; color:#009e73;&quot;&gt;sound source&lt;/span&gt; manually.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum amplification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No buttons assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio input system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio input device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select audio output device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio output system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio output device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Mumble positional audio system enables users to link the relative position of their voice to third party applications such as games.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output delay for incoming speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum amplification of input sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech is dynamically amplified by at most this amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice activity detection level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will set the range in which Mumble will consider a signal speech. Increase value to make voice activation more sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push to talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &quot;push to talk shortcut&quot; button to assign a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set push to talk shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will open a shortcut edit dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphical positional audio simulation view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visually represents the positional audio that is currently being played</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BanDialog</name>
    <message>
        <source>Banning user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban User Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banning user %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BanEditor</name>
    <message>
        <source>Mumble - Edit Bans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the search field. Use it to find bans that have this username set in the username field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who are you looking for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban end date. If you set the same date for start and end, the ban will be permanent (it will not expire).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banned users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a list with banned users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this button if you want to add a new ban.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this button if you want to update ban information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this button if you want to remove user from the ban list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This button clears all fields. Use it if you want to add a new ban.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ban List - %n Ban(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for banned user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username to ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address to ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban start date/time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban end date/time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate hash to ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of banned users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertView</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertWizard</name>
    <message>
        <source>Unable to validate email.&lt;br /&gt;Enter a valid (or blank) email to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was an error generating your certificate.&lt;br /&gt;Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your certificate and key could not be exported to PKCS#12 format. There might be an error in your certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened for writing. Please use another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s permissions could not be set. No certificate and key has been written. Please use another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written successfully. Please use another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened for reading. Please use another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty or could not be read. Please use another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file did not contain a valid certificate and key. Please use another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select file to export certificate to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select file to import certificate from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to import. Missing password or incompatible file type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Certificate Expiry:&lt;/b&gt; Your certificate is about to expire. You need to renew it, or you will no longer be able to connect to servers you are registered on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>Certificate Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticating to servers without using passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the certificate Mumble currently uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will create a new certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import certificate from file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will import a certificate from file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will export a certificate to file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export current certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS #12 Certificate import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Mumble can import certificates stored in PKCS #12 format. This is the format used when exporting a key from Mumble, and also when exporting keys from Firefox, Internet Explorer, Opera etc.&lt;/p&gt;&lt;p&gt;If the file is password protected, you will need the password to import the certificate.&lt;/p&gt;</source>
        <oldsource>&lt;p&gt;Mumble can import certificates stored in PKCS #12 format. This is the format used when exporting a key from Mumble, and also when exporting keys from FireFox, Internet Explorer, Opera etc.&lt;/p&gt;&lt;p&gt;If the file is password protected, you will need the password to import the certificate.&lt;/p&gt;</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filename to import from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the filename you wish to import a certificate from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select file to import from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for PKCS#12 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the password for the PKCS#12 file containing your certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the certificate you are importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace existing certificate with new certificate?</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the certificate Mumble currently uses. It will be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the new certificate that will replace the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a backup of your certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filename to export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the filename you wish to export a certificate to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the certificate Mumble currently uses. It will be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a new certificate for strong authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Mumble will now generate a strong certificate for authentication to servers.&lt;/p&gt;&lt;p&gt;If you wish, you may provide some additional information to be stored in the certificate, which will be presented to servers when you connect. If you provide a valid email address, you can upgrade to a CA issued email certificate later on, which provides strong identification.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your email address (e.g. johndoe@mumble.info)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your email address. It is strongly recommended to provide a valid email address, as this will allow you to upgrade to a strong certificate without authentication problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name (e.g. John Doe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your name, and will be filled out in the certificate. This field is entirely optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate-based authentication is ready for use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enjoy using Mumble with strong authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic certificate creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;If you ever lose your current certificate, which will happen if your computer suffers a hardware failure or you reinstall your machine, you will no longer be able to authenticate to any server you are registered on. It is therefore &lt;b&gt;mandatory&lt;/b&gt; that you make a backup of your certificate. We strongly recommend you store this backup on removable storage, such as a USB flash drive.&lt;/p&gt;
&lt;p&gt;Note that this file will not be encrypted, and if anyone gains access to it, they will be able to impersonate you, so take good care of it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays current certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &quot;open&quot; button to select a file using a dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays imported certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays new certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to export certificate to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &quot;save as&quot; button to select a file using a dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name. For example: John Doe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your email address. For example: johndoe@mumble.info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Mumble can use certificates to authenticate with servers. Using certificates avoids passwords, meaning you don&apos;t need to disclose any password to the remote site. It also enables very easy user registration and a client side friends list independent of servers.&lt;/p&gt;&lt;p&gt;While Mumble can work without certificates, the majority of servers will expect you to have one.&lt;/p&gt;&lt;p&gt;Creating a new certificate automatically is sufficient for most use cases. But Mumble also supports certificates representing trust in the users ownership of an email address. These certificates are issued by third parties. For more information see our &lt;a href=&quot;https://www.mumble.info/documentation/user/certificates/&quot;&gt;user certificate documentation&lt;/a&gt;. &lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChanACL</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute/Deafen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make temporary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This represents no privileges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This represents total access to the channel, including the ability to change group and ACL information. This privilege implies all other privileges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This represents the permission to traverse the channel. If a user is denied this privilege, he will be unable to access this channel and any sub-channels in any way, regardless of other permissions in the sub-channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This represents the permission to join the channel. If you have a hierarchical channel structure, you might want to give everyone Traverse, but restrict Enter in the root of your hierarchy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This represents the permission to speak in a channel. Users without this privilege will be suppressed by the server (seen as muted), and will be unable to speak until they are unmuted by someone with the appropriate privileges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This represents the permission to whisper to this channel from the outside. This works exactly like the &lt;i&gt;speak&lt;/i&gt; privilege, but applies to packets spoken with the Whisper key held down. This may be used to broadcast to a hierarchy of channels without linking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This represents the permission to mute and deafen other users. Once muted, a user will stay muted until he is unmuted by another privileged user or reconnects to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This represents the permission to move a user to another channel or kick him from the server. To actually move the user, either the moving user must have Move privileges in the destination channel, or the user must normally be allowed to enter the channel. Users with this privilege can move users into channels the target user normally wouldn&apos;t have permission to enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This represents the permission to make sub-channels. The user making the sub-channel will be added to the admin group of the sub-channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This represents the permission to make a temporary subchannel. The user making the sub-channel will be added to the admin group of the sub-channel. Temporary channels are not stored and disappear when the last user leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This represents the permission to link channels. Users in linked channels hear each other, as long as the speaking user has the &lt;i&gt;speak&lt;/i&gt; privilege in the channel of the listener. You need the link privilege in both channels to create a link, but just in either channel to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This represents the permission to write text messages to other users in this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This represents the permission to forcibly remove users from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This represents the permission to permanently remove users from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This represents the permission to register and unregister users on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This represents the permission to register oneself on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register Self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write ACL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This represents the permission to use the listen-feature allowing to listen to a channel without being in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This represents the permission to reset the comment or avatar of a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset User Content</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatbarTextEdit</name>
    <message>
        <source>Paste and &amp;Send</source>
        <oldsource>Paste and send</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;center&gt;Type chat message here&lt;/center&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to send image: too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to send image %1: too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not allow sending images.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientUser</name>
    <message>
        <source>Friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted (server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deafened (server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Ignore (Text messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted (self)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deafened (self)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Ignore (Text-To-Speech)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigDialog</name>
    <message>
        <source>Accept changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This button will accept current settings and return to the application.&lt;br /&gt;The settings will be stored to disk when you leave the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This button will reject all changes and return to the application.&lt;br /&gt;The settings will be reset to the previous positions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This button will immediately apply all changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo changes for current page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This button will revert any changes done on the current page to the most recent applied settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore defaults for current page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mumble Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This button will restore the defaults for the settings on the current page. Other pages will not be changed.&lt;br /&gt;To restore all settings to their defaults, you can press the &quot;Defaults (All)&quot; button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore all defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This button will restore the defaults for all settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults (All)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servername</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to fetch server list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mumble Server Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from Favorites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add custom server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy favorite link to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste favorite from clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add New...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;Favorites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Webpage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Populated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Africa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North America</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South America</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to the transmission of private data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;To measure the latency (ping) of public servers and determine the number of active users, your IP address must be transmitted to each public server.&lt;/p&gt;&lt;p&gt;Do you consent to the transmission of your IP address? If you answer no, the public server list will be deactivated. However, you can reactivate it at any time in the network settings.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonjour name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping (80%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping (95%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the connection dialog. There are two different ways to connect to a Mumble server. If the server is listed publicly, you can use the server list to find it. If you know the server IP address, you can manually add a new permanent entry to your favorites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server list contains your favorites and all publicly listed servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With this search interface you can filter the Mumble servers displayed in the server list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for servername</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set filter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialogEdit</name>
    <message>
        <source>Edit Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet address of the server.</source>
        <oldsource>Internet address of the server. </oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Address&lt;/b&gt;&lt;br/&gt;
Internet address of the server. This can be a normal hostname, an IPv4/IPv6 address or a Bonjour service identifier. Bonjour service identifiers have to be prefixed with a &apos;@&apos; to be recognized by Mumble.</source>
        <oldsource>&lt;b&gt;Address&lt;/b&gt;&lt;/br&gt;
Internet address of the server. This can be a normal hostname, an ipv4/6 address or a bonjour service identifier. Bonjour service identifiers have to be prefixed with a &apos;@&apos; to be recognized by Mumble.</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port on which the server is listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Port&lt;/b&gt;&lt;br/&gt;
Port on which the server is listening. If the server is identified by a Bonjour service identifier this field will be ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username to send to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Username&lt;/b&gt;&lt;br/&gt;
Username to send to the server. Be aware that the server can impose restrictions on how a username might look like. Also your username could already be taken by another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are currently connected to a server.
Do you want to fill the dialog with the connection data of this server?
Host: %1 Port: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have an URL in your clipboard.
Do you want to fill the dialog with this data?
Host: %1 Port: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password to send to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Password&lt;/b&gt;&lt;br/&gt;
Password to be sent to the server on connect. This password is needed when connecting as &lt;i&gt;SuperUser&lt;/i&gt; or to a server using password authentication. If not entered here the password will be queried on connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Label&lt;/b&gt;&lt;br/&gt;
Label of the server. This is what the server will be named like in your server list and can be chosen freely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local server label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>64738</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label for server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Mumble Crash Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;We&apos;re terribly sorry, but it seems Mumble has crashed. Do you want to send a crash report to the Mumble developers?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The crash report contains a partial copy of Mumble&apos;s memory at the time it crashed, and will help the developers fix the problem.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please describe briefly, in English, what you were doing at the time of the crash</source>
        <oldsource>Please briefly describe what you were doing at the time of the crash</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t send report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crash upload successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for helping make Mumble better!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crash upload failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading crash report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP error %1: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error encountered in CrashReporter.cpp: Received network reply does not contain an HTTP status code. Please inform a developer about error code %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database &apos;%1&apos; is read-only. Mumble cannot store server settings (i.e. SSL certificates) until you fix this problem.</source>
        <oldsource>The database &apos;%1&apos; is read-only. Mumble can not store server settings (ie. SSL certificates) until you fix this problem.</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; set in the configuration file does not exist. Do you want to create a new database file at this location?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mumble failed to initialize a database in any of the possible locations.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DockTitleBar</name>
    <message>
        <source>Drag here</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen username is already in use, please try another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalShortcut</name>
    <message>
        <source>Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of configured shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add new shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will add a new global shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will permanently remove a selected shortcut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumble can currently only use mouse buttons and keyboard modifier keys (Alt, Ctrl, Cmd, etc.) for global shortcuts.&lt;/p&gt;&lt;p&gt;If you want more flexibility, you can enable &lt;span style=&quot; font-style:italic;&quot;&gt;Access for assistive devices&lt;/span&gt; in the system&apos;s Accessibility preferences. However, please note that this change also potentially allows malicious programs to read what is typed on your keyboard.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable Global Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Additional Shortcut Engines&lt;/b&gt;&lt;br /&gt;This section allows you to configure the use of additional GlobalShortcut engines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional Shortcut Engines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Enable GKey&lt;/b&gt;.&lt;br /&gt;This setting enables support for the GKey shortcut engine, for &quot;G&quot;-keys found on Logitech keyboards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable GKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Enable XInput&lt;/b&gt;&lt;br /&gt;This setting enables support for the XInput shortcut engine, for Xbox compatible controllers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable XInput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Enable shortcuts in privileged applications&lt;/b&gt;.&lt;br /&gt;Also known as &quot;UIAccess&quot;. This allows Mumble to receive global shortcut events from programs running at high privilege levels, such as an Admin Command Prompt or older games that run with admin privileges.
&lt;br /&gt;&lt;br /&gt;
Without this option enabled, using Mumble&apos;s global shortcuts in privileged applications will not work. This can seem inconsistent: for example, if the Push-to-Talk button is pressed in a non-privileged program, but released in a privileged application, Mumble will not observe that it has been released and you will continue to talk until you press the Push-to-Talk button again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable shortcuts in privileged applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumble&apos;s Global Shortcuts system does currently not work properly in combination with the Wayland protocol. For more information, visit &lt;a href=&quot;https://github.com/mumble-voip/mumble/issues/5257&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0057ae;&quot;&gt;https://github.com/mumble-voip/mumble/issues/5257&lt;/span&gt;&lt;/a&gt;.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use up and down keys to navigate through your added shortcuts. Use left and right keys to navigate between actions and options for a single shortcut. Entries can be added and deleted with the buttons below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add unassigned shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This adds a new empty entry to the &quot;Configured Shortcut&quot; tree above. The tree will be automatically focused. Assign a key or an action by selecting the entry in the tree above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This removes the selected entry from the &quot;Configured Shortcut&quot; tree above</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalShortcutButtons</name>
    <message>
        <source>Edit shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start capture process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Starts the capture process: all buttons you press will be added to the tree.&lt;/p&gt;&lt;p&gt;Once all buttons are released, the capture process stops automatically.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the currently selected items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggling this button will make the application listen for a shortcut. Once the shortcut is entered, the application stops listening for a shortcut. Multiple shortcuts can be assigned to the current action. Navigate to the shortcut list above to review the shortcuts currently assigned to the current action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This button will remove the selected shortcut for the current action. Note that you will have to select a shortcut from the list above first before this button has any effect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalShortcutConfig</name>
    <message>
        <source>Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the global shortcut key combination.&lt;/b&gt;&lt;br /&gt;Click this field and then press the desired key/button combo to rebind. Double-click to clear.</source>
        <oldsource>&lt;b&gt;This is the global shortcut key combination.&lt;/b&gt;&lt;br /&gt;Double-click this field and then the desired key/button combo to rebind.</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppress keys from other applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This hides the button presses from other applications.&lt;/b&gt;&lt;br /&gt;Enabling this will hide the button (or the last button of a multi-button combo) from other applications. Note that not all buttons can be suppressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut input combinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumble can currently only use mouse buttons and keyboard modifier keys (Alt, Ctrl, Cmd, etc.) for global shortcuts.&lt;/p&gt;&lt;p&gt;If you want more flexibility, you can add Mumble as a trusted accessibility program in the Privacy &amp; Security section of your Mac&apos;s System Settings.&lt;/p&gt;&lt;p&gt;In System Settings, open Privacy &amp; Security, then scroll to find Accessibility in the list. Finally, add Mumble to the list of trusted accessibility programs.&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchecked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalShortcutEngine</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalShortcutMac</name>
    <message>
        <source>Mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalShortcutTarget</name>
    <message>
        <source>Whisper Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict to Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If specified, only members of this group will receive the whisper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of users</source>
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
        <source>Modifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not send positional audio information when using this whisper shortcut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore positional audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shout to Linked channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shout to subchannels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whisper will also be transmitted to linked channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whisper will also be sent to the subchannels of the channel target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shout/Whisper to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When shouting to channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shout to linked channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalShortcutWin</name>
    <message>
        <source>Mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalShortcutX</name>
    <message>
        <source>Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JackAudioSystem</name>
    <message>
        <source>Hardware Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stereo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LCD</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LCDConfig</name>
    <message>
        <source>Enable this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LCD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This is the list of available LCD devices on your system.  It lists devices by name, but also includes the size of the display. Mumble supports outputting to several LCD devices at a time.&lt;/p&gt;
&lt;h3&gt;Size:&lt;/h3&gt;
&lt;p&gt;
This field describes the size of an LCD device. The size is given either in pixels (for Graphic LCDs) or in characters (for Character LCDs).&lt;/p&gt;
&lt;h3&gt;Enabled:&lt;/h3&gt;
&lt;p&gt;This decides whether Mumble should draw to a particular LCD device.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum Column Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This option decides the minimum width a column in the User View.&lt;/p&gt;
&lt;p&gt;If too many people are speaking at once, the User View will split itself into columns. You can use this option to pick a compromise between number of users shown on the LCD, and width of user names.&lt;/p&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This setting decides the width of column splitter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splitter Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum column width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splitter width</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Log</name>
    <message>
        <source>Debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other self-muted/deafened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User recording state changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User kicked (you or by you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User kicked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You self-muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User muted (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User muted (by you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User muted (other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You self-unmuted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You self-deafened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You self-undeafened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User connected and entered channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User left channel and disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[[ Invalid size ]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[[ Text object too large to display ]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Date changed to %1]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTP link to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>player link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User joined server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User left server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User joined channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User left channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You joined channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You joined channel (moved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User started listening to channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User stopped listening to channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugin message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[embedded content]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogConfig</name>
    <message>
        <source>Toggle console for %1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle pop-up notifications for %1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle Text-To-Speech for %1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click here to toggle sound notification for %1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle window highlight (if not active) for %1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path to sound file used for sound notifications in the case of %1 events&lt;br /&gt;Single click to play&lt;br /&gt;Double-click to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click here to toggle console output for %1 events.&lt;br /&gt;If checked, this option makes Mumble output all %1 events in its message log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click here to toggle pop-up notifications for %1 events.&lt;br /&gt;If checked, a notification pop-up will be created by Mumble for every %1 event.</source>
        <oldsource>Click here to toggle pop-up notifications for %1 events.&lt;br /&gt;If checked, a notification pop-up will be created by mumble for every %1 event.</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click here to toggle window highlight for %1 events.&lt;br /&gt;If checked, Mumble&apos;s window will be highlighted for every %1 event, if not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path to sound file used for sound notifications in the case of %1 events.&lt;br /&gt;Single click to play&lt;br /&gt;Double-click to change&lt;br /&gt;Ensure that sound notifications for these events are enabled or this field will not have any effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click here to toggle Text-To-Speech for %1 events.&lt;br /&gt;If checked, Mumble uses Text-To-Speech to read %1 events out loud to you. Text-To-Speech is also able to read the contents of the event which is not true for sound files. Text-To-Speech and sound files cannot be used at the same time.</source>
        <oldsource>Click here to toggle sound notification for %1 events.&lt;br /&gt;If checked, Mumble uses a soundfile predefined by you to indicate %1 events. Soundfiles and Text-To-Speech cannot be used at the same time.</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click here to toggle sound notification for %1 events.&lt;br /&gt;If checked, Mumble uses a sound file predefined by you to indicate %1 events. Sound files and Text-To-Speech cannot be used at the same time.</source>
        <oldsource>Path to soundfile used for sound notifications in the case of %1 events.&lt;br /&gt;Single click to play&lt;br /&gt;Doubleclick to change&lt;br /&gt;Be sure that sound notifications for these events are enabled or this field will not have any effect.</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text-To-Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soundfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text To Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume of Text-To-Speech Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the volume used for the speech synthesis.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message length threshold for Text-To-Speech Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the length threshold used for the Text-To-Speech Engine.&lt;/b&gt;&lt;br /&gt;Messages longer than this limit will not be read aloud in their full length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If checked you will only hear whispers from users you added to your friend list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only accept whispers from friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If enabled text messages you send will be read back to you with TTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read back own messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum chat length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If enabled, TTS will not dictate the message scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omit Message Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If enabled, TTS will not dictate the message author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omit Message Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If checked the time at the beginning of a message will be displayed in the 24-hour format.

The setting only applies for new messages, the already shown ones will retain the previous time format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 24-hour clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far individual messages are spaced out from one another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message margins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat message margins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of users that will trigger message limiting functionality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit notifications when there are more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click here to toggle message limiting for all events - If using this option be sure to change the user limit below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle message limiting behavior for %1 events </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to enable Text-to-Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable Text-to-Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click here to toggle limiting for %1 events.&lt;br /&gt;If checked, notifications for this event type will not be played when the user count on the server exceeds the set threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume adjustment for audio cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the volume adjustment for audio cues.&lt;/b&gt;&lt;br /&gt;A value of 0 dB means no change to the sound sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text-to-Speech volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification volume adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume adjustment for notification sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the volume adjustment for notification sounds.&lt;/b&gt;&lt;br /&gt;A value of 0 dB means no change to the sound sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio cue volume adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification sound volume adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log message types and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use up and down keys to navigate through the message types. Use left and right keys to navigate between notification possibilities for a single message type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set length threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to speech volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum chat log length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User limit for notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log message to console checkbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display pop-up notification for message checkbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight window for message checkbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read message using text to speech checkbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit message notification if user count is high checkbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play sound file for message checkbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path to sound file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchecked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decibels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookConfig</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only with users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sets which channels to automatically expand. &lt;i&gt;None&lt;/i&gt; and &lt;i&gt;All&lt;/i&gt; will expand no or all channels, while &lt;i&gt;Only with users&lt;/i&gt; will expand and collapse channels as users join and leave them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List users above subchannels (requires restart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;If set, users will be shown above subchannels in the channel view.&lt;/b&gt;&lt;br /&gt;A restart of Mumble is required to see the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users above Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show number of users in each channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show channel user count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language to use (requires restart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets which language Mumble should use.&lt;/b&gt;&lt;br /&gt;You have to restart Mumble to use the new language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look and Feel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This changes the behavior when moving channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sets the behavior of channel drags; it can be used to prevent accidental dragging. &lt;i&gt;Move&lt;/i&gt; moves the channel without prompting. &lt;i&gt;Do Nothing&lt;/i&gt; does nothing and prints an error message. &lt;i&gt;Ask&lt;/i&gt; uses a message box to confirm if you really wanted to move the channel.</source>
        <oldsource>This sets the behavior of channel drags; it can be used to prevent accidental dragging. &lt;i&gt;Move Channel&lt;/i&gt; moves the channel without prompting. &lt;i&gt;Do Nothing&lt;/i&gt; does nothing and prints an error message. &lt;i&gt;Ask&lt;/i&gt; uses a message box to confirm if you really wanted to move the channel.</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to automatically expand channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel Dragging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always On Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;If set, minimizing the Mumble main window will cause it to be hidden and accessible only from the tray. Otherwise, it will be minimized as a window normally would.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide in tray when minimized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the main Mumble window in the tray when it is minimized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This setting controls when the application will be always on top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In minimal view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In normal view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays talking status in system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show talking status in tray icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This setting controls in which situations the application will stay always on top. If you select &lt;i&gt;Never&lt;/i&gt; the application will not stay on top. &lt;i&gt;Always&lt;/i&gt; will always keep the application on top. &lt;i&gt;In minimal view&lt;/i&gt; / &lt;i&gt;In normal view&lt;/i&gt; will only keep the application always on top when minimal view is activated / deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show context menu in menu bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply some high contrast optimizations for visually impaired users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimize for high contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds user and channel context menus into the menu bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tray Icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use selected item as the chat bar target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter automatically hides empty channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show transmit mode dropdown in toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Configures which theme the Mumble user interface should be styled with&lt;/b&gt;&lt;br /&gt;Mumble will pick up themes from certain directories and display them in this list. The one you select will be used to customize the visual appearance of Mumble. This includes colors, icons and more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User Dragging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This changes the behavior when moving users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sets the behavior of user drags; it can be used to prevent accidental dragging. &lt;i&gt;Move&lt;/i&gt; moves the user without prompting. &lt;i&gt;Do Nothing&lt;/i&gt; does nothing and prints an error message. &lt;i&gt;Ask&lt;/i&gt; uses a message box to confirm if you really wanted to move the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Enable Developer menu&lt;/b&gt;&lt;br /&gt;This enables the &quot;Developer&quot;-menu in Mumble. This menu is used for developer-specific features, such as the Developer Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable Developer menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When in custom layout mode, checking this disables rearranging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking UI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user that is silent for the given amount of seconds will be removed from the Talkin UI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove silent user after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this is checked, the local user (yourself) will always be visible in the TalkingUI (regardless of talking state).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always keep local user visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many characters from the original name to display at the beginning of an abbreviated name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>String to separate a channel name from its parent&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviated prefix characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names of how many parent channels should be included in the channel&apos;s name when displaying it in the TalkingUI?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many characters from the original name to display at the end of an abbreviated name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviated postfix characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether to also allow abbreviating the current channel of a user (instead of only its parent channels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviate current channel name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel hierarchy depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviation replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the channel (hierarchy) name should be abbreviated, if it exceeds the specified maximum length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviate channel names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preferred maximum length of a channel (hierarchy) name in the Talking UI. Note that this is not a hard limit though.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max. channel name length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative font size to use in the Talking UI in percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rel. font size (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>String that gets used instead of the cut-out part of an abbreviated name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix character count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postfix character count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the local volume adjustment for each user (if any).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show volume adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether to show all of the local user&apos;s listeners (ears) in the TalkingUI (and thereby also the channels they are in). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show local user&apos;s listeners (ears)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the username for each user if they have a nickname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show nicknames only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel Hierarchy String</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action to perform when a user is activated (via double-click or enter) in the search dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action (User):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action to perform when a channel is activated (via double-click or enter) in the search dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action (Channel):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Behavior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This setting controls the behavior of clicking on the X in the top right corner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This setting controls the behavior when closing Mumble. You can choose between being asked for confirmation, minimize instead if closing or just closing without any additional prompt. Optionally, the first two options can only apply when you are currently connected to a server (in that case, Mumble will quit without asking, when not connected to any server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask when connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always Minimize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimize when connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this is checked, users will always be visible in the TalkingUI (regardless of talking state).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always keep users visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel expand mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User dragging mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel dragging mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always on top mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit behavior mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel separator string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum channel name length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviation replacement characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative font size (in percent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent user display time (in seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mumble theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User search action mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel search action mode</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push-to-Talk</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push and hold this button to send voice.</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This configures the push-to-talk button, and as long as you hold this button down, you will transmit voice.</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Audio Processor</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink Plugin</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push-to-Mute</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join Channel</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle Overlay</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle state of in-game overlay.</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle Minimal</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume Up (+10%)</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume Down (-10%)</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mumble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute Self</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set self-mute status.</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will set or toggle your muted status. If you turn this off, you will also disable self-deafen.</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deafen Self</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set self-deafen status.</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will set or toggle your deafened status. If you turn this on, you will also enable self-mute.</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whisper/Shout</source>
        <oldsource>Whisper</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;center&gt;Not connected&lt;/center&gt;</source>
        <oldsource>Not connected</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening URL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings merged from file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL scheme is not &apos;mumble&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to server %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmit Mode set to Continuous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register yourself as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;You are about to register yourself on this server. This action cannot be undone, and your username cannot be changed once this is done. You will forever be known as &apos;%1&apos; on this server.&lt;/p&gt;&lt;p&gt;Are you sure you want to register yourself?&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;You are about to register %1 on the server. This action cannot be undone, the username cannot be changed, and as a registered user, %1 will have access to the server even if you change the server password.&lt;/p&gt;&lt;p&gt;From this point on, %1 will be authenticated with the certificate currently in use.&lt;/p&gt;&lt;p&gt;Are you sure you want to register %1?&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kicking user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View comment on user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Expected certificate digest (SHA-1):	%1&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server presented a certificate which failed verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;The specific errors with this certificate are:&lt;/p&gt;&lt;ol&gt;%3&lt;/ol&gt;&lt;p&gt;Do you wish to accept this certificate anyway?&lt;br /&gt;(It will also be stored so you won&apos;t be asked this again.)&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server connection failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;center&gt;Type message to channel &apos;%1&apos; here&lt;/center&gt;</source>
        <oldsource>Type message to channel &apos;%1&apos; here</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;center&gt;Type message to user &apos;%1&apos; here&lt;/center&gt;</source>
        <oldsource>Type message to user &apos;%1&apos; here</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to load image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open file for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image format not recognized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use in conjunction with Whisper to.</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will switch the states of the in-game overlay.</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link Channel</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle Transmit Mode</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Transmit Mode to Push-To-Talk</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Transmit Mode to Continuous</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Transmit Mode to VAD</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Text Message</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Clipboard Text Message</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will send your Clipboard content to the channel you are currently in.</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push-to-Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Image As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Image File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmit Mode set to Voice Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmit Mode set to Push-to-Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending message to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure you want to reset the comment of user %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure you want to reset the avatar of user %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure you want to delete %1 and all its sub-channels?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending message to channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to tree %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1 (Tree): %2</source>
        <oldsource>(Tree) %1: %2</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmuted and undeafened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmuted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted and deafened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deafened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undeafened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Mumble?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some settings will only apply after a restart of Mumble. Restart Mumble now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL Verification failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;Server certificate digest (SHA-1):	%1&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;WARNING:&lt;/b&gt; The server presented a certificate that was different from the stored one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server connection failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected from server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong certificate or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfigure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shows all recent activity. Connecting to servers, errors and information messages all show up here.&lt;br /&gt;To configure exactly which messages show up here, use the &lt;b&gt;Settings&lt;/b&gt; command from the menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit Mumble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the server connection dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect from server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnects you from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show information about the server connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will show extended information about the connection to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deafen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Local Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a Text Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends a text message to another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add new channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This adds a new sub-channel to the currently selected channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This removes a channel and all sub-channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Groups and ACL for channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This opens the Group and ACL dialog for the channel, to control permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link your channel to another channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the chatbar&lt;br /&gt;If you enter text here and then press enter the text is sent to the user or channel that was selected. If nothing is selected the message is sent to your current channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chatbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a dialog of registered servers, and also allows quick-connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kick user (with reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kick selected user off server. You&apos;ll be asked to specify a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute or unmute user on server. Unmuting a deafened user will also undeafen them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kick and ban user (with reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kick and ban selected user from server. You&apos;ll be asked to specify a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deafen user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deafen or undeafen user on server. Deafening a user will also mute them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute user locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute or unmute user locally. Use this on other users in the same room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This links your current channel to the selected channel. If users in a channel have permission to speak in the other channel, users can now hear each other. This is a permanent link, and will last until manually unlinked or the server is restarted. Please see the shortcuts for push-to-link.</source>
        <oldsource>This links your current channel to the selected channel. If they have permission to speak in the other channel, users can now hear each other. This is a permanent link, and will last until manually unlinked or the server is restarted. Please see the shortcuts for push-to-link.</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <comment>Channel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink your channel from another channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This unlinks your current channel from the selected channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlinks your channel from all linked channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This unlinks your current channel (not the selected one) from all linked channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset audio preprocessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will reset the audio preprocessor, including noise cancellation, automatic gain and voice activity detection. If something suddenly worsens the audio environment (like dropping the microphone) and it was temporary, use this to avoid having to wait for the preprocessor to readjust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute or unmute yourself. When muted, you will not send any data to the server. Unmuting while deafened will also undeafen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deafen yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deafen or undeafen yourself. When deafened, you will not hear anything. Deafening yourself will also mute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text-To-Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle Text-To-Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable or disable the text-to-speech engine. Only messages enabled for TTS in the Configuration dialog will actually be spoken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display audio statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pops up a small dialog with information about your current audio input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forcibly unlink plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This forces the current plugin to unlink, which is handy if it is reading completely wrong data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure Mumble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows you to change most settings for Mumble.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the audio configuration wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will guide you through the process of configuring your audio hardware.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What&apos;s This?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter What&apos;s This? mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click this to enter &quot;What&apos;s This?&quot; mode. Your cursor will turn into a question mark. Click on any button, menu choice or area to show a description of what it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information about Mumble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a small dialog with information and license for Mumble.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information about Speex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a small dialog with information about Speex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information about Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a small dialog with information about Qt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for &amp;Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for new version of Mumble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects to the Mumble webpage to check if a new version is available, and notifies you with an appropriate download URL if this is the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends a text message to all users in a channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure certificates for strong authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This starts the wizard for creating, importing and exporting certificates for authentication against servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register user on server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will permanently register the user on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a user as your friend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will add the user as a friend, so you can recognize him on this and other servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes a user from your friends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will remove a user from your friends list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update Friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update name of your friend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your friend uses a different name than what is in your database. This will update the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit registered users list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This opens the editor for registered users, which allow you to change their name or unregister them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or remove text-based access tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimal View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle minimal window modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will toggle minimal mode, where the log window and menu is hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You muted and deafened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You unmuted and undeafened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You undeafened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You suppressed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 muted and deafened by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unmuted and undeafened by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 undeafened by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 suppressed by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved to %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved in from %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now muted and deafened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account information can not be verified currently. Please try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were denied %1 privileges in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%3 was denied %1 privileges in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied: Cannot modify SuperUser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied: Text message too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied: Operation not permitted in temporary channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need a certificate to perform this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not have a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel nesting limit reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel count limit reached. Need to delete channels before creating new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connected and entered channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now muted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now unmuted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You revoked your priority speaker status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You assumed priority speaker status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 revoked your priority speaker status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave you priority speaker status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You revoked priority speaker status for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You gave priority speaker status to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 revoked own priority speaker status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assumed priority speaker status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 revoked priority speaker status for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave priority speaker status to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were unmuted and undeafened by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were muted by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were undeafened by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were suppressed.</source>
        <oldsource>You were suppressed by %1.</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were unsuppressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were unsuppressed by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You joined %1.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 renamed to %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <comment>message from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requests minimum client version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requests positional audio be enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requests positional audio be disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requests Push-to-Talk be enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requests Push-to-Talk be disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were unmuted by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You muted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You unsuppressed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You unmuted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 muted by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unsuppressed by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unmuted by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were muted and deafened by %1.</source>
        <oldsource>You were deafened by %1.</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were kicked from the server by %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%3 was kicked from the server by %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were kicked and banned from the server by %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%3 was kicked and banned from the server by %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were moved to %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entered channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server connection rejected: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 renamed to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left channel and disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have User Dragging set to &quot;Do Nothing&quot; so the user wasn&apos;t moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have Channel Dragging set to &quot;Do Nothing&quot; so the channel wasn&apos;t moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown Channel Drag mode in UserModel::dropMimeData.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Mumble.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipping version check in debug mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle showing frame on minimal window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will toggle whether the minimal window should have a frame for moving and resizing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the comment of the selected user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View comment in editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query server for connection information for user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;erver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink Plugins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register yourself on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your avatar image on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove currently defined avatar image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icon Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your own comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies a link to this channel to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locally ignore user&apos;s text chat messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silently drops all text messages from the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit ban list on server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lets you edit the server-side IP ban list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable or disable the filtering of select channels.
By default all empty channels will be filtered.
You can mark additional channels for filtering from
the channel&apos;s context menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Developer Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the Mumble Developer Console, where Mumble&apos;s log output can be inspected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kick...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ban...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audio Wizard...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Speex...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate Wizard...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Avatar...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change Comment...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server sync protocol violation. No user profile received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol violation. Server sent remove for occupied channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen to this channel without joining it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action available...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to %1 into %2 - Adding the respective access (password) token might grant you access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more listeners allowed in this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to listen to more channels than you currently are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You started listening to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started listening to your channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped listening to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped listening to your channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggles the visibility of the TalkingUI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins the channel of this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels and users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locally disable Text-To-Speech for this user&apos;s text chat messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silently disables Text-To-Speech for all text messages from the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration file %1 does not exist or is not writable.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide/show main window</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a local nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets a local nickname for another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory %1 does not exist.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle TalkingUI</source>
        <comment>Global shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggles the visibility of the TalkingUI.</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle the channel filter (Alt+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for a user or channel (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle search dialog</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will open or close the search dialog depending on whether it is currently opened already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undeafen yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Positional Audio Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the Positional Audio Viewer. In it the current information used for positional audio can be inspected. Context and identity are also shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mumble - Minimal View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid settings file encountered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are currently in minimal view but not connected to a server. Use the context menu to connect to a server or disable minimal view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Volume Adjustment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of Mumble can&apos;t handle URLs for Mumble version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen to Channel</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggles listening to the given channel.</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server instructed us to use an audio codec different from Opus, which is no longer supported. Disconnecting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure you want to close Mumble? Perhaps you prefer to minimize it instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember this setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel &amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will open the server connection dialog</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect from server</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will disconnect you from the server</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open server information</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will show information about the server connection</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open server tokens</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will open the server tokens dialog</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open server user list</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will open the server user list dialog</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open server ban list</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will open the server ban list dialog</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle priority speaker</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will enable/disable the priority speaker</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open recording dialog</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will open the recording dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change comment</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will open the change comment dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change avatar</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will open your file explorer to change your avatar image on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove avatar</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will reset your avatar on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register on the server</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will register you on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio statistics</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will open the audio statistics dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open settings</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will open the settings dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start audio wizard</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will open the audio wizard dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start certificate wizard</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will open the certificate wizard dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle text to speech</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will enable/disable the text to speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open about dialog</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will open the about dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open about Qt dialog</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will open the about Qt dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for update</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will check if mumble is up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That sound was the mute cue. It activates when you speak while muted. Would you like to keep it enabled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter chat message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ban List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ig&amp;nore Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send Message...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Ni&amp;ckname...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nlink All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ute Self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;eafen Self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio &amp;Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer &amp;Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positional &amp;Audio Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gister...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered &amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve Avatar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Commen&amp;t...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve Avatar...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the avatar of the selected user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide When Filtering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin When Filtering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vie&amp;w Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listen To Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking &amp;UI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join User&apos;s Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ove To Own Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves this user to your current channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable Te&amp;xt-To-Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered channels and users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle positional audio</source>
        <comment>Global Shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will toggle positional audio on/off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mumble is unable to establish a secure connection to the server. (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could be caused by one of the following scenarios:&lt;ul&gt;&lt;li&gt;Your client and the server use different encryption standards. This could be because you are using a very old client or the server you are connecting to is very old. In the first case, you should update your client and in the second case you should contact the server administrator so that they can update their server.&lt;/li&gt;&lt;li&gt;Either your client or the server is using an old operating system that doesn&apos;t provide up-to-date encryption methods. In this case you should consider updating your OS or contacting the server admin so that they can update theirs.&lt;/li&gt;&lt;li&gt;The server you are connecting to isn&apos;t actually a Mumble server. Please ensure that the used server address really belongs to a Mumble server and not e.g. to a game server.&lt;/li&gt;&lt;li&gt;The port you are connecting to does not belong to a Mumble server but instead is bound to a completely unrelated process on the server-side. Please double-check you have used the correct port.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azimuth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elevation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unhinge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long silent user&apos;s positions should stay marked after they have stopped talking (in seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent user displaytime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphical positional audio simulation view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visually represents the positional audio configuration that is currently being used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener Z coordinate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener X coordinate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener Y coordinate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent user display time (in seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener azimuth (in degrees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener elevation (in degrees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &quot;set&quot; button to apply the context string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the context string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the identity string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &quot;set&quot; button to apply the identity string</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkConfig</name>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use TCP compatibility mode</source>
        <oldsource>Use TCP compatability mode</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Enable TCP compatibility mode&lt;/b&gt;.&lt;br /&gt;This will make Mumble use only TCP when communicating with the server. This will increase overhead and cause lost packets to produce noticeable pauses in communication, so this should only be used if you are unable to use the default (which uses UDP for voice and TCP for control).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect when disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Reconnect when disconnected&lt;/b&gt;.&lt;br /&gt;This will make Mumble try to automatically reconnect after 10 seconds if your server connection fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of proxy to connect through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP(S) proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostname of the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force TCP mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable QoS to prioritize packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will enable QoS, which will attempt to prioritize voice packets over other traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Quality of Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t send certificate to server and don&apos;t save passwords. (Not saved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This will suppress identity information from the client.&lt;/b&gt;&lt;p&gt;The client will not identify itself with a certificate, even if defined, and will not cache passwords for connections. This is primarily a test-option and is not saved.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppress certificate and password storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Type of proxy to connect through.&lt;/b&gt;&lt;br /&gt;This makes Mumble connect through a proxy for all outgoing connections. Note: Proxy tunneling forces Mumble into TCP compatibility mode, causing all voice data to be sent via the control channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Hostname of the proxy.&lt;/b&gt;&lt;br /&gt;This field specifies the hostname of the proxy you wish to tunnel network traffic through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port number of the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Port number of the proxy.&lt;/b&gt;&lt;br /&gt;This field specifies the port number that the proxy expects connections on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username for proxy authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Username for proxy authentication.&lt;/b&gt;&lt;br /&gt;This specifies the username you use for authenticating yourself with the proxy. In case the proxy does not use authentication, or you want to connect anonymously, simply leave this field blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for proxy authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Password for proxy authentication.&lt;/b&gt;&lt;br /&gt;This specifies the password you use for authenticating yourself with the proxy. In case the proxy does not use authentication, or you want to connect anonymously, simply leave this field blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mumble services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for new releases of Mumble automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will check for new releases of Mumble every time you start the program, and notify you if one is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for application updates on startup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for new releases of plugins automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will check for new releases of plugins every time you start the program, and download them automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Submit anonymous statistics.&lt;/b&gt;&lt;br /&gt;Mumble has a small development team, and as such needs to focus its development where it is needed most. By submitting a bit of statistics you help the project determine where to focus development.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit anonymous statistics to the Mumble project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit anonymous statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect to last used server when starting Mumble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect to last server on startup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevent OS information being sent to Mumble servers and web servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Don&apos;t send OS information to servers&lt;/b&gt;&lt;br/&gt;
Prevents the client from sending potentially identifying information about the operating system to the Mumble server and web servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not send OS information to Mumble servers and web servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When toggled this hides the public server list from the connect dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide public server list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for plugin updates on startup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatically download and install plugin updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Overlay</name>
    <message>
        <source>Silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to create communication with overlay at %2: %1. No overlay will be available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverlayClient</name>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only talking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking and recently active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All in current channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All in linked channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always show yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure recently active time (%1 seconds)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alphabetically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last state change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure recently active time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount of seconds users remain active after talking:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverlayConfig</name>
    <message>
        <source>To move the users, drag the little red dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To resize the users, mouse wheel over a user.</source>
        <oldsource>To resize the users, mousewheel over a user.</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For more options, right click a user.</source>
        <oldsource>For more options, rightclick a user.</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launcher Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose executable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Overlay Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mumble overlay presets (*.mumblelay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Overlay Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable overlay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable Overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sets whether the overlay is enabled or not. This setting is only checked when applications are started, so make sure Mumble is running and this option is on before you start the application.&lt;br /&gt;Please note that if you start Mumble after starting the application, or if you disable the overlay while the application is running, there is no safe way to restart the overlay without also restarting the application.</source>
        <oldsource>This sets whether the overlay is enabled or not. This setting is only checked when applications are started, so make sure Mumble is running and this option is on before you start the application.&lt;br /&gt;Please note that if you start the application after starting Mumble, or if you disable the overlay while running, there is no safe way to restart the overlay without also restarting the application.</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uninstall Overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay Installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mumble has detected that you do not have the Mumble Overlay installed.

Click the button below to install the overlay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Mumble Overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mumble has detected an old version of the overlay support files installed on your computer.

To upgrade these files to their latest versions, click the button below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade Mumble Overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display a frame counter in the overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show FPS counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load an overlay preset from file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your overlay settings to file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the overlay font.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the overlay text color.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FPS and Clock Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display a clock in the overlay showing the current local time (system time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay Exception Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed launchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blacklisted programs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverlayEditor</name>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User is not talking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User is talking in your channel or a linked channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User is whispering to you privately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private Whisper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User is shouting to your channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel Whisper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled Elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User avatar, chosen by each user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of user&apos;s channel, if outside your current channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted or deafened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounding box, automatically shrunk to minimum size to contain all visible elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounding box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverlayEditorScene</name>
    <message>
        <source>Layout preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large square avatar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avatar and Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounding box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pen width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pen color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick pen color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick fill color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick font</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PluginConfig</name>
    <message>
        <source>Plugins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugin has no configure function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugin has no about function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable plugins and transmit positional information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This allows plugins for supported games to fetch your in-game position and transmit it with each voice packet. This enables other users to hear your voice in-game from the direction your character is in relation to their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to Game and Transmit Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloads all plugins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rescans and reloads plugins. Use this if you just added or changed a plugin to the plugins directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload plugins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information about plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shows a small information message about the plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show configuration page of plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shows the configuration page of the plugin, if any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Configure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeyEvents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install a plugin from a local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install plugin...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unload the currently selected plugin. This will remove it from the plugin list for the current session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plugin was installed successfully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to deactivate all requested features for plugin &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to load plugin &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the positional audio feature of this plugin should be enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plugin does not provide support for positional audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether this plugin has the permission to be listening to all keyboard events that occur while Mumble has focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether this plugin should be enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of plugins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use up and down keys to navigate through plugins. Use left and right keys to navigate between single plugin permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugin name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugin enabled checkbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugin positional audio permission checkbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugin keyboard event listen permission checkbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchecked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PluginInstaller</name>
    <message>
        <source>PluginInstaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are about to install the plugin listed below. Do you wish to proceed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Name:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Version:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Author(s):&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Description:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a valid plugin file!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to load plugin &quot;%1&quot; - check the plugin interface!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to delete old plugin at &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to copy plugin library from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to move plugin library to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to locate the plugin manifest (manifest.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error while processing manifest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to find plugin for the current OS (&quot;%1&quot;) and architecture (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to locate plugin library specified in manifest (&quot;%1&quot;) in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite plugin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new plugin &quot;%1&quot; (%2) is about to overwrite the already installed plugin &quot;%3&quot; (%4). Do you wish to proceed?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PluginManager</name>
    <message>
        <source>%1 lost link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugin &quot;%1&quot; encountered a permanent error in positional data gathering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed at loading manual plugin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-plugin found in plugin directory: &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PluginUpdater</name>
    <message>
        <source>PluginUpdater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The following plugins can be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download-URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to update the selected plugins?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to download plugin update for &quot;%1&quot; from &quot;%2&quot; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update for plugin &quot;%1&quot; failed due to too many redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to download plugin update for &quot;%1&quot; from &quot;%2&quot; (HTTP status code %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successfully updated plugin &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortAudioSystem</name>
    <message>
        <source>Default device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionalAudioViewer</name>
    <message>
        <source>Positional Audio Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PulseAudioSystem</name>
    <message>
        <source>Default Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default Output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <source>Failed to restart mumble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mumble failed to restart itself. Please restart it manually.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mumble is currently connected to a server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Talking UI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo cancellation is not supported for the interface combination &quot;%1&quot; (in) and &quot;%2&quot; (out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable Text-To-Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be saved permanently and is lost on restart because %2 does not have a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Volume Adjustment...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;You&apos;re using a Mumble version that &lt;b&gt;explicitly disabled&lt;/b&gt; update-checks.&lt;/p&gt;&lt;p&gt;This means that the update notification you might receive by using this option will &lt;b&gt;most likely be meaningless&lt;/b&gt; for you.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking (muted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle console for all events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle pop-up notifications for all events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle window highlight (if not active) for all events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click here to toggle sound notifications for all events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle Text-to-Speech for all events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RNNoise is not available due to a sample rate mismatch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset all settings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you really want to reset all settings (not only the ones currently visible) to their default value?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Nickname Adjustment...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Blocked URL scheme &quot;%1&quot;&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL uses a scheme that has been blocked for security reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked URL: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the microphone was denied. Please allow Mumble to use the microphone by changing the settings in System Settings -&gt; Privacy &amp; Security -&gt; Microphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If enabled this tries to cancel out echo from the audio stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo cancellation is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed echo cancellation (speex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed has low CPU impact, but only works well if your speakers are equally loud and equidistant from the microphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multichannel echo cancellation (speex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multichannel echo cancellation provides much better echo cancellation, but at a higher CPU cost. Multichannel echo cancellation requires more CPU, so you should try mixed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provided URL uses an invalid version format: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directories in which Mumble searches for extra translation files are:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPERIMENTAL: Acoustic echo cancellation (Apple).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The support for this option is experimental only! This option works best when using built-in microphone and speaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcuts migration incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfortunately %1 shortcut(s) could not be migrated.
You can register them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potentially broken settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load backup settings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It seems that Mumble did not perform a normal shutdown. If you did not intentionally kill the application, this could mean that the used settings caused a crash. Do you want to load the setting&apos;s backup instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backed-up settings also seem to have been saved without Mumble exiting normally (potentially indicating a crash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you experience repeated crashes with these settings, you might have to manually delete the settings files at &lt;pre&gt;%1&lt;/pre&gt; and &lt;pre&gt;%2&lt;/pre&gt; in order to reset all settings to their default value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the microphone was denied due to system restrictions. You will not be able to use the microphone in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>muted and deafened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locally muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unmuted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a long comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text messages ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accessible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inaccessible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening for input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;If you&apos;re using Linux this is most likely because you are using a version from your distribution&apos;s package repository that have their own update cycles.&lt;/p&gt;&lt;p&gt;If you want to always have the most recent Mumble version, you should consider using a different method of installation.
See &lt;a href=&quot;https://github.com/mumble-voip/mumble&quot;&gt;the project repository&lt;/a&gt; for what alternatives there are.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image file too large to embed in document. Please use images smaller than %1 kB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RichTextEditorLink</name>
    <message>
        <source>Add Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Search::SearchDialog</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter search String...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether to search for users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the search should be performed case-sensitively</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case-&amp;sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the search string should be interpreted as a regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;RegEx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether to search for channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use up and down keys to navigate through the search results.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerHandler</name>
    <message>
        <source>Unable to resolve hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server is not responding to TCP pings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP packets cannot be sent to or received from the server. Switching to TCP mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP packets cannot be sent to the server. Switching to TCP mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP packets cannot be received from the server. Switching to TCP mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP packets can be sent to and received from the server. Switching back to UDP mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerInformation</name>
    <message>
        <source>Server information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Host:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Port:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Protocol:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Release:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;OS:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Allowed:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Current:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Codec:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP (Voice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Encryption:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Avg. latency:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice packets is currently sent over TCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP (Control)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;TLS version:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cipher suite:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;forward secrecy&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the connection supports perfect forward secrecy (PFS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;PFS:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Users:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerView</name>
    <message>
        <source>Favorite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public Internet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutActionWidget</name>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutDelegate</name>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No buttons assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press to show button combination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; Unknown Channel &gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutTargetDialog</name>
    <message>
        <source>Root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subchannel #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutTargetWidget</name>
    <message>
        <source>...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subchannel #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty</source>
        <oldsource>&lt;Empty&gt;</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current selection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutToggleWidget</name>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextMessage</name>
    <message>
        <source>Enter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If checked the message is recursively sent to all subchannels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send recursively to subchannels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tokens</name>
    <message>
        <source>Empty Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mumble - Access Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of access tokens on current server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This is an editable list of access tokens on the connected server.&lt;/b&gt;
&lt;br /&gt;
An access token is a text string, which can be used as a password for very simple access management on channels. Mumble will remember the tokens you&apos;ve used and resend them to the server next time you reconnect, so you don&apos;t have to enter these every time.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the arrow keys to navigate this list of access tokens. The tokens are displayed in plain text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who are you looking for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive for</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Registered users: %n account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>User list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set inactivity filter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter for inactivity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserInformation</name>
    <message>
        <source>User Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pings received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP (Control)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP (Voice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP Network statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <oldsource>%1.%2.%3 (%4)</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 online (%2 idle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <comment>GroupBox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <comment>Label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: The server seems to report a truncated protocol version for this client. (See: &lt;a href=&quot;https://github.com/mumble-voip/mumble/issues/5827/&quot;&gt;Issue #5827&lt;/a&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to client rolling average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last X minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from client rolling average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last %1 %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message>
        <source>Nick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserLocalNicknameDialog</name>
    <message>
        <source>Local nickname for other users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Adjust the nickname of other users locally&lt;/b&gt;&lt;br /&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusting local nickname for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserModel</name>
    <message>
        <source>This is a user connected to the server. The icon to the left of the user indicates whether or not they are talking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking to your channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shouting directly to your channel.</source>
        <oldsource>Whispering directly to your channel.</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whispering directly to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not talking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a channel on the server. The icon indicates the state of the channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your current channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A channel that is linked with your channel. Linked channels can talk to each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A channel on the server that you are not linked to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shows the flags the user has on the server, if any:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On your friend list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticated user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted (manually muted by self)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted (manually muted by admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted (not allowed to speak in current channel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted (muted by you, only on your machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted (push-to-mute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deafened (by self)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deafened (by admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User has a new comment set (click to show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User has a comment set, which you&apos;ve already seen. (click to show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignoring Text Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shows the flags the channel has, if any:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel has a new comment set (click to show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel has a comment set, which you&apos;ve already seen. (click to show)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel will be hidden when filtering is enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure you want to drag this user?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure you want to drag this channel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot perform this movement automatically, please reset the numeric sorting indicators or adjust it manually.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking while being muted on your end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a channel listener. The corresponding user hears everything you say in this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel has access restrictions so that you can&apos;t enter it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel has access restrictions but you can enter nonetheless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel will be pinned when filtering is enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel Listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This channel listener belongs to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionCheck</name>
    <message>
        <source>Upgrade Mumble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new version of Mumble has been detected and automatically downloaded. It is recommended that you either upgrade to this version, or downgrade to the latest stable release. Do you want to launch the installer now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to launch snapshot installer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrupt download of new version detected. Automatically removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading new snapshot from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to write new version to disk.</source>
        <oldsource>Failed to write new version to disc.</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mumble failed to retrieve version information from the central server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewCert</name>
    <message>
        <source>Certificate Chain Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subunit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public Key: %1 bits %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest (SHA-1): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest (SHA-256): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceRecorder</name>
    <message>
        <source>Recorder failed to create directory &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorder failed to open file &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.wav - Uncompressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.ogg (Vorbis) - Compressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.au - Uncompressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.flac - Lossless compressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.opus - Lossy compressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.mp3 - Lossy compressed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceRecorderDialog</name>
    <message>
        <source>Recorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>00:00:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multichannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid variables are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserts the user&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserts the current date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserts the current time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserts the hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorder still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the recorder without stopping it will discard unwritten audio. Do you really want to close the recorder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to start recording. Not connected to a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server you are currently connected to is version 1.2.2 or older. For privacy reasons, recording on servers of versions older than 1.2.3 is not possible.
Please contact your server administrator for further information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a recorder active for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please select a recording format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select target directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downmix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to start recording - the audio output is miconfigured (0Hz sample rate)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field contains the filename any voice recording is saved as. Various variables can be used to augment the filename. For example %time for the current time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolumeSliderWidgetAction</name>
    <message>
        <source>Volume Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local volume adjustment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WASAPIInput</name>
    <message>
        <source>Access to the microphone was denied. Please check that your operating system&apos;s microphone settings allow Mumble to use the microphone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WASAPISystem</name>
    <message>
        <source>Default Device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qwPTTButtonWidget</name>
    <message>
        <source>Mumble PTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push to talk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
