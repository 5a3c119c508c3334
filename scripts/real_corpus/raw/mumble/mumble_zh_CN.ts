<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ACLEditor</name>
    <message>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>Allow %1</source>
        <translation>允许%1</translation>
    </message>
    <message>
        <source>Deny %1</source>
        <translation>拒绝%1</translation>
    </message>
    <message>
        <source>Mumble - Add channel</source>
        <translation>Mumble - 添加频道</translation>
    </message>
    <message>
        <source>Default server value</source>
        <translation>服务器默认设置</translation>
    </message>
    <message>
        <source>Failed: Invalid channel</source>
        <translation>失败：无效的频道</translation>
    </message>
    <message>
        <source>Mumble - Edit %1</source>
        <translation>Mumble - 编辑 %1</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID：%1</translation>
    </message>
    <message>
        <source>This grants the %1 privilege. If a privilege is both allowed and denied, it is denied.&lt;br /&gt;%2</source>
        <translation>授予“%1”权限。如果一项权限既被设为允许又被设为禁止，那么它将被禁止。&lt;br /&gt;%2</translation>
    </message>
    <message>
        <source>Channel must have a name</source>
        <translation>必须给频道命名</translation>
    </message>
    <message>
        <source>This revokes the %1 privilege. If a privilege is both allowed and denied, it is denied.&lt;br /&gt;%2</source>
        <translation>撤销“%1”权限。如果一项权限既被设为允许又被设为禁止，那么它将被禁止。&lt;br /&gt;%2</translation>
    </message>
    <message>
        <source>Dialog</source>
        <translation>对话框</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Enter the channel name here.</source>
        <translation>在这里输入频道名。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Enter the channel password here.</source>
        <translation>在这里输入频道密码。</translation>
    </message>
    <message>
        <source>Check to create a temporary channel.</source>
        <translation>选中此项以创建一个临时频道。</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>临时频道</translation>
    </message>
    <message>
        <source>&lt;b&gt;Position&lt;/b&gt;&lt;br/&gt;
This value enables you to change the way Mumble arranges the channels in the tree. A channel with a higher &lt;i&gt;Position&lt;/i&gt; value will always be placed below one with a lower value and the other way around. If the &lt;i&gt;Position&lt;/i&gt; value of two channels is equal they will get sorted alphabetically by their name.</source>
        <oldsource>&lt;b&gt;Position&lt;/b&gt;&lt;br/&gt;
This value enables you to change the way mumble arranges the channels in the tree. A channel with a higher &lt;i&gt;Position&lt;/i&gt; value will always be placed below one with a lower value and the other way around. If the &lt;i&gt;Position&lt;/i&gt; value of two channels is equal they will get sorted alphabetically by their name.</oldsource>
        <translation>&lt;b&gt;位置&lt;/b&gt;&lt;br/&gt;
这个值允许您更改 Mumble 在频道树列表中排列频道的方式。一个拥有较高&lt;i&gt;位置&lt;/i&gt;值的频道总是被排在拥有较低值的频道下方。如果两个频道的&lt;i&gt;位置&lt;/i&gt;值相同，它们将按名称顺序排列。</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置序号</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>分组(&amp;G)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>List of groups</source>
        <translation>分组列表</translation>
    </message>
    <message>
        <source>Remove selected group</source>
        <translation>删除所选分组</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Inherit group members from parent</source>
        <translation>从上级分组继承组成员</translation>
    </message>
    <message>
        <source>Inherit</source>
        <translation>继承</translation>
    </message>
    <message>
        <source>Make group inheritable to sub-channels</source>
        <translation>允许分组被子频道继承</translation>
    </message>
    <message>
        <source>Inheritable</source>
        <translation>可继承</translation>
    </message>
    <message>
        <source>Group was inherited from parent channel</source>
        <translation>分组是从上级频道继承的</translation>
    </message>
    <message>
        <source>Inherited</source>
        <translation>来自继承</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add member to group</source>
        <translation>添加成员到分组</translation>
    </message>
    <message>
        <source>Remove member from group</source>
        <translation>将成员从分组删除</translation>
    </message>
    <message>
        <source>&amp;ACL</source>
        <translation>&amp;ACL（访问控制列表）</translation>
    </message>
    <message>
        <source>Active ACLs</source>
        <translation>激活的 ACL</translation>
    </message>
    <message>
        <source>Inherit ACL of parent?</source>
        <translation>是否从父级继承 ACL？</translation>
    </message>
    <message>
        <source>This sets whether or not the ACL up the chain of parent channels are applied to this object. Only those entries that are marked in the parent as &quot;Apply to sub-channels&quot; will be inherited.</source>
        <translation>设置是否应用从父频道继承的 ACL 选项。只有被标记为“作用于子频道”的规则才会被继承。</translation>
    </message>
    <message>
        <source>Inherit ACLs</source>
        <translation>继承 ACL</translation>
    </message>
    <message>
        <source>Move entry up</source>
        <translation>规则上移</translation>
    </message>
    <message>
        <source>This moves the entry up in the list. As entries are evaluated in order, this may change the effective permissions of users. You cannot move an entry above an inherited entry, if you really need that you&apos;ll have to duplicate the inherited entry.</source>
        <translation>在列表中将您选中的规则向上移动。一条规则通过顺序来决定优先级，这将会改变用户的权限的实际效果。您不能将一条规则移动到到继承的规则之上。如果您确实需要这样做，就需要新建一条重复的规则。</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move entry down</source>
        <translation>规则下移</translation>
    </message>
    <message>
        <source>This moves the entry down in the list. As entries are evaluated in order, this may change the effective permissions of users.</source>
        <translation>在列表中将您选中的规则向下移动。一条规则通过顺序来决定优先级，这将会改变用户的权限的实际效果。</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Add new entry</source>
        <translation>添加新规则</translation>
    </message>
    <message>
        <source>This adds a new entry, initially set with no permissions and applying to all.</source>
        <translation>添加一条新的规则，它默认没有任何权限，并对所有成员生效。</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>This removes the currently selected entry.</source>
        <translation>删除当前所选的规则。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Entry should apply to this channel.</source>
        <oldsource>Entry should apply to this channel</oldsource>
        <translation>规则应作用于当前频道。</translation>
    </message>
    <message>
        <source>This makes the entry apply to this channel.</source>
        <translation>将此规则设置为作用于当前频道。</translation>
    </message>
    <message>
        <source>Applies to this channel</source>
        <translation>作用于当前频道</translation>
    </message>
    <message>
        <source>Entry should apply to sub-channels.</source>
        <translation>规则应作用于子频道。</translation>
    </message>
    <message>
        <source>Add new group</source>
        <translation>添加新分组</translation>
    </message>
    <message>
        <source>&lt;b&gt;Add&lt;/b&gt;&lt;br/&gt;
Add a new group.</source>
        <translation>&lt;b&gt;添加&lt;/b&gt;&lt;br/&gt;
添加一个新的分组。</translation>
    </message>
    <message>
        <source>Inherited members</source>
        <translation>被继承的成员</translation>
    </message>
    <message>
        <source>Contains the list of members added to the group by this channel.</source>
        <translation>包含被该频道添加到分组的成员列表。</translation>
    </message>
    <message>
        <source>Contains a list of members whose group membership will not be inherited from the parent channel.</source>
        <translation>包含不从父频道继承分组成员关系的成员列表。</translation>
    </message>
    <message>
        <source>Contains the list of members inherited by other channels.</source>
        <translation>包含被其他频道继承的成员列表。</translation>
    </message>
    <message>
        <source>Type in the name of a user you wish to add to the group and click Add.</source>
        <translation>输入您希望添加到分组的用户名并点击添加。</translation>
    </message>
    <message>
        <source>Type in the name of a user you wish to remove from the group and click Add.</source>
        <translation>输入您希望从分组删除的用户名并点击添加。</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>例外</translation>
    </message>
    <message>
        <source>Excluded members</source>
        <translation>例外成员</translation>
    </message>
    <message>
        <source>This makes the entry apply to sub-channels of this channel.</source>
        <translation>这将使规则作用于此频道的所有子频道。</translation>
    </message>
    <message>
        <source>Applies to sub-channels</source>
        <translation>作用于子频道</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>User/Group</source>
        <translation>用户/分组</translation>
    </message>
    <message>
        <source>Group this entry applies to</source>
        <translation>该规则作用的分组</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <source>User this entry applies to</source>
        <translation>该规则作用的用户</translation>
    </message>
    <message>
        <source>This controls which user this entry applies to. Just type in the user name and hit enter to query the server for a match.</source>
        <translation>此选项控制规则将作用于哪些用户。请输入用户名并按回车键，以向服务器查询匹配。</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>属性(&amp;P)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Name&lt;/b&gt;&lt;br /&gt;Enter the channel name in this field. The name has to comply with the restriction imposed by the server you are connected to.</source>
        <translation>&lt;b&gt;名称&lt;/b&gt;&lt;br /&gt;在此输入频道名称。名称需要符合您所连接的服务器的限制。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Temporary&lt;/b&gt;&lt;br /&gt;
When checked the channel created will be marked as temporary. This means when the last player leaves it the channel will be automatically deleted by the server.</source>
        <translation>&lt;b&gt;临时频道&lt;/b&gt;&lt;br /&gt;
选中后，创建的频道将被标记为临时频道。这意味着此频道的最后一名用户离开后，频道将被服务器自动删除。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Group&lt;/b&gt;&lt;br /&gt;
These are all the groups currently defined for the channel. To create a new group, just type in the name and press enter.</source>
        <translation>&lt;b&gt;分组&lt;/b&gt;&lt;br /&gt;
此频道目前定义的所有分组。要创建一个新的分组，只需要输入名称并按回车键。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Remove&lt;/b&gt;&lt;br /&gt;This removes the currently selected group. If the group was inherited, it will not be removed from the list, but all local information about the group will be cleared.</source>
        <translation>&lt;b&gt;删除&lt;/b&gt;&lt;br /&gt;删除当前所选分组。如果分组是继承的，将无法从列表中删除，但所有关于此分组的本地信息将被清除。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inherit&lt;/b&gt;&lt;br /&gt;This inherits all the members in the group from the parent, if the group is marked as &lt;i&gt;Inheritable&lt;/i&gt; in the parent channel.</source>
        <translation>&lt;b&gt;继承&lt;/b&gt;&lt;br /&gt;如果此分组在父频道被标记为&lt;i&gt;可继承&lt;/i&gt;，则从父级继承此分组的所有成员。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inheritable&lt;/b&gt;&lt;br /&gt;This makes this group inheritable to sub-channels. If the group is non-inheritable, sub-channels are still free to create a new group with the same name.</source>
        <translation>&lt;b&gt;可继承&lt;/b&gt;&lt;br /&gt;标记此分组能够被子频道继承。如果分组不可被继承，子频道也可以自由建立一个同名的新分组。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inherited&lt;/b&gt;&lt;br /&gt;This indicates that the group was inherited from the parent channel. You cannot edit this flag, it&apos;s just for information.</source>
        <translation>&lt;b&gt;来自继承&lt;/b&gt;&lt;br /&gt;表示此分组是从父频道继承来的，您不能编辑这个标识，这仅仅是一条信息。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Members&lt;/b&gt;&lt;br /&gt;
This list contains all members that were added to the group by the current channel. Be aware that this does not include members inherited by higher levels of the channel tree. These can be found in the &lt;i&gt;Inherited members&lt;/i&gt; list. To prevent this list to be inherited by lower level channels uncheck &lt;i&gt;Inheritable&lt;/i&gt; or manually add the members to the &lt;i&gt;Excluded members&lt;/i&gt; list.</source>
        <translation>&lt;b&gt;成员&lt;/b&gt;&lt;br /&gt;
此列表包含所有被当前频道添加到该分组的成员。请注意这里不包含继承自频道树中更高层级频道的成员。您可以在&lt;i&gt;继承的成员&lt;/i&gt;列表中找到此类成员。如果不希望成员被低层级的频道继承，可以取消选择&lt;i&gt;可继承&lt;/i&gt;选项或者将成员添加到&lt;i&gt;例外成员&lt;/i&gt;列表。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Excluded members&lt;/b&gt;&lt;br /&gt;
Contains a list of members whose group membership will not be inherited from the parent channel.</source>
        <translation>&lt;b&gt;例外成员&lt;/b&gt;&lt;br /&gt;
包含不会从父频道继承分组成员关系的成员列表。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inherited members&lt;/b&gt;&lt;br /&gt;
Contains the list of members inherited by the current channel. Uncheck &lt;i&gt;Inherit&lt;/i&gt; to prevent inheritance from higher level channels.</source>
        <translation>&lt;b&gt;继承的成员&lt;/b&gt;&lt;br /&gt;
包含被当前频道继承的成员列表。取消&lt;i&gt;继承&lt;/i&gt;选项可以阻止从高层级频道继承。</translation>
    </message>
    <message>
        <source>This controls which group of users this entry applies to.&lt;br /&gt;Note that the group is evaluated in the context of the channel the entry is used in. For example, the default ACL on the Root channel gives &lt;i&gt;Write&lt;/i&gt; permission to the &lt;i&gt;admin&lt;/i&gt; group. This entry, if inherited by a channel, will give a user write privileges if he belongs to the &lt;i&gt;admin&lt;/i&gt; group in that channel, even if he doesn&apos;t belong to the &lt;i&gt;admin&lt;/i&gt; group in the channel where the ACL originated.&lt;br /&gt;If a group name starts with &apos;!&apos;, its membership is negated, and if it starts with &apos;~&apos;, it is evaluated in the channel the ACL was defined in, rather than the channel the ACL is active in.&lt;br /&gt;If a group name starts with &apos;#&apos;, it is interpreted as an access token. Users must have entered whatever follows the &apos;#&apos; in their list of access tokens to match. This can be used for very simple password access to channels for non-authenticated users.&lt;br /&gt;If a group name starts with &apos;$&apos;, it will only match users whose certificate hash matches what follows the &apos;$&apos;.&lt;br /&gt;A few special predefined groups are:&lt;br /&gt;&lt;b&gt;all&lt;/b&gt; - Everyone will match.&lt;br /&gt;&lt;b&gt;auth&lt;/b&gt; - All authenticated users will match.&lt;br /&gt;&lt;b&gt;sub,a,b,c&lt;/b&gt; - User currently in a sub-channel minimum &lt;i&gt;a&lt;/i&gt; common parents, and between &lt;i&gt;b&lt;/i&gt; and &lt;i&gt;c&lt;/i&gt; channels down the chain. See the website for more extensive documentation on this one.&lt;br /&gt;&lt;b&gt;in&lt;/b&gt; - Users currently in the channel will match (convenience for &apos;&lt;i&gt;sub,0,0,0&lt;/i&gt;&apos;).&lt;br /&gt;&lt;b&gt;out&lt;/b&gt; - Users outside the channel will match (convenience for &apos;&lt;i&gt;!sub,0,0,0&lt;/i&gt;&apos;).&lt;br /&gt;Note that an entry applies to either a user or a group, not both.</source>
        <translation>控制此规则作用于哪个用户组。&lt;br /&gt;请注意分组由规则所作用的频道的上下文关系决定。例如，Root 频道的默认 ACL 允许 &lt;i&gt;admin&lt;/i&gt; 组的&lt;i&gt;编辑&lt;/i&gt;权限。如果某个频道继承了这条规则，并且一名用户属于此频道的 &lt;i&gt;admin&lt;/i&gt; 组，即使他不属于该 ACL 原始定义频道的 &lt;i&gt;admin&lt;/i&gt; 组，此用户也会有编辑权限。&lt;br /&gt;如果一个分组名以“!”符号开头，则它的规则会被反转，而如果分组名以“~”开头，则它的规则会按照定义 ACL 的原始频道而非当前频道进行计算。&lt;br /&gt;如果分组名以“#”开头，它将会被解释为一个访问令牌。用户需要在他们的访问令牌列表中添加“#”号后面对应的字符串才能匹配。这是一种非常简单的使未认证用户通过密码访问频道的方式。&lt;br /&gt;如果分组名以“$”开头，则只会匹配证书哈希与“$”后面的字符串匹配的用户。&lt;br /&gt;还有一些特殊的预定义组如下：&lt;br /&gt;&lt;b&gt;all&lt;/b&gt; - 匹配所有人。&lt;br /&gt;&lt;b&gt;auth&lt;/b&gt; - 匹配所有已认证用户。&lt;br /&gt;&lt;b&gt;sub,a,b,c&lt;/b&gt; - 匹配处于共同父频道数至少为 &lt;i&gt;a&lt;/i&gt; 的、子频道深度介于 &lt;i&gt;b&lt;/i&gt; 和 &lt;i&gt;c&lt;/i&gt; 之间的频道中的用户。查看网站上的扩展文档以了解本预定义组的更多信息。&lt;br /&gt;&lt;b&gt;in&lt;/b&gt; - 匹配在当前频道的用户（“&lt;i&gt;sub,0,0,0&lt;/i&gt;”的简写）。&lt;br /&gt;&lt;b&gt;out&lt;/b&gt; - 匹配不在当前频道的用户（“&lt;i&gt;!sub,0,0,0&lt;/i&gt;”的简写）。&lt;br /&gt;请注意，规则仅适用于用户或分组之一，而不能同时适用于两者。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Password&lt;/b&gt;&lt;br /&gt;This field allows you to easily set and change the password of a channel. It uses Mumble&apos;s access tokens feature in the background. Use ACLs and groups if you need more fine grained and powerful access control.</source>
        <translation>&lt;b&gt;密码&lt;/b&gt;&lt;br /&gt;您可以为频道设置一个密码，其本质为 Mumble 的访问令牌功能。如果您需要更细致、强大的访问控制，请使用 ACL 和分组功能。</translation>
    </message>
    <message>
        <source>This shows all the entries active on this channel. Entries inherited from parent channels will be shown in italics.&lt;br /&gt;ACLs are evaluated top to bottom, meaning priority increases as you move down the list.</source>
        <translation>显示当前频道被激活的所有规则。从父频道继承的规则以斜体显示。&lt;br /&gt;ACL 的优先级是自上而下的，这意味着列表最下面的规则拥有最高的优先级。</translation>
    </message>
    <message>
        <source>ID of the channel.</source>
        <translation>频道的 ID。</translation>
    </message>
    <message>
        <source>Maximum Users</source>
        <translation>最大用户数</translation>
    </message>
    <message>
        <source>Maximum number of users allowed in the channel</source>
        <translation>频道内允许的最大用户数</translation>
    </message>
    <message>
        <source>&lt;b&gt;Maximum Users&lt;/b&gt;&lt;br /&gt;
This value allows you to set the maximum number of users allowed in the channel. If the value is above zero, only that number of users will be allowed to enter the channel. If the value is zero, the maximum number of users in the channel is given by the server&apos;s default limit.</source>
        <translation>&lt;b&gt;最大用户数&lt;/b&gt;&lt;br /&gt;
该值设置频道内允许的最大用户数。如果该值为 0，则使用服务器的默认设置。</translation>
    </message>
    <message>
        <source>This is the sort order for the channel.</source>
        <translation>这是用于排序此频道的参数。</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Channel password</source>
        <translation>频道密码</translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation>频道名</translation>
    </message>
    <message>
        <source>Inherited group members</source>
        <translation>被继承的组成员</translation>
    </message>
    <message>
        <source>Inherited channel members</source>
        <translation>被继承的频道成员</translation>
    </message>
    <message>
        <source>List of ACL entries</source>
        <translation>ACL 条目列表</translation>
    </message>
    <message>
        <source>Channel position</source>
        <translation>频道位置</translation>
    </message>
    <message>
        <source>Channel maximum users</source>
        <translation>频道最大用户数</translation>
    </message>
    <message>
        <source>Channel description</source>
        <translation>频道描述</translation>
    </message>
    <message>
        <source>Select member to add</source>
        <translation>选择成员以添加</translation>
    </message>
    <message>
        <source>Excluded group members</source>
        <translation>排除分组成员</translation>
    </message>
    <message>
        <source>Select member to remove</source>
        <translation>选择成员以删除</translation>
    </message>
    <message>
        <source>List of access control list entries</source>
        <translation>ACL 条目列表</translation>
    </message>
    <message>
        <source>Select group</source>
        <translation>选择分组</translation>
    </message>
    <message>
        <source>Selects a group this ACL entry applies to. Selecting a group and selecting a user are mutually exclusive.</source>
        <translation>选择应用此 ACL 条目的分组。选择分组与选择用户是互斥操作。</translation>
    </message>
    <message>
        <source>Select user</source>
        <translation>选择用户</translation>
    </message>
    <message>
        <source>Selects a user this ACL entry applies to. Selecting a group and selecting a user are mutually exclusive.</source>
        <translation>选择应用此 ACL 条目的用户。选择分组与选择用户是互斥操作。</translation>
    </message>
    <message>
        <source>List of available permissions</source>
        <translation>可用权限列表</translation>
    </message>
</context>
<context>
    <name>ALSAAudioInput</name>
    <message>
        <source>Default ALSA Card</source>
        <translation>默认 ALSA 声卡</translation>
    </message>
    <message>
        <source>Opening chosen ALSA Input failed: %1</source>
        <translation>开启所选 ALSA 输入设备失败：%1</translation>
    </message>
</context>
<context>
    <name>ALSAAudioOutput</name>
    <message>
        <source>Default ALSA Card</source>
        <translation>默认 ALSA 声卡</translation>
    </message>
    <message>
        <source>Opening chosen ALSA Output failed: %1</source>
        <translation>开启所选 ALSA 输出设备失败：%1</translation>
    </message>
</context>
<context>
    <name>ALSAEnumerator</name>
    <message>
        <source>Getting name (longname) of the sound card failed: %1</source>
        <translation>获取声卡完整名称失败：%1</translation>
    </message>
    <message>
        <source>Getting name of the sound card failed: %1</source>
        <translation>获取声卡名称失败：%1</translation>
    </message>
</context>
<context>
    <name>ASIOConfig</name>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1（版本 %2）</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 samples buffer, with %3 sample resolution (%4 preferred) at %5 Hz</source>
        <oldsource>%1 -&gt; %2 samples buffer, with %3 sample resolution (%4 preferred) at %5Hz</oldsource>
        <translation>%1 -&gt; %2 采样缓冲，%3 采样分辨率（%4 首选），频率 %5 Hz</translation>
    </message>
    <message>
        <source>ASIO Initialization failed: %1</source>
        <translation>ASIO 初始化失败：%1</translation>
    </message>
    <message>
        <source>Failed to instantiate ASIO driver</source>
        <translation>ASIO 驱动实例化失败</translation>
    </message>
    <message>
        <source>ASIO</source>
        <translation>ASIO</translation>
    </message>
    <message>
        <source>Device selection</source>
        <translation>设备选择</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Device to use for microphone</source>
        <translation>麦克风使用的硬件</translation>
    </message>
    <message>
        <source>This chooses what device to query. You still need to actually query the device and select which channels to use.</source>
        <translation>此选项选择需要查询的设备。您需要实际查询设备并且选择需要使用的通道。</translation>
    </message>
    <message>
        <source>Query selected device</source>
        <translation>查询所选设备</translation>
    </message>
    <message>
        <source>This queries the selected device for channels. Be aware that many ASIO drivers are buggy to the extreme, and querying them might cause a crash of either the application or the system.</source>
        <translation>查询所选设备的通道。请注意很多 ASIO 驱动是非常不完善的，查询它们可能会导致应用或系统崩溃。</translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation>查询(&amp;Q)</translation>
    </message>
    <message>
        <source>Configure selected device</source>
        <translation>配置所选设备</translation>
    </message>
    <message>
        <source>This configures the selected device. Be aware that many ASIO drivers are buggy to the extreme, and querying them might cause a crash of either the application or the system.</source>
        <translation>配置所选的设备。请注意很多 ASIO 驱动是非常不完善的，查询它们可能会导致应用或系统崩溃。</translation>
    </message>
    <message>
        <source>&amp;Configure</source>
        <translation>配置(&amp;C)</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>性能</translation>
    </message>
    <message>
        <source>Driver name</source>
        <translation>设备名</translation>
    </message>
    <message>
        <source>Buffer size</source>
        <translation>缓存大小</translation>
    </message>
    <message>
        <source>This will configure the input channels for ASIO. Make sure you select at least one channel as microphone and speaker. &lt;i&gt;Microphone&lt;/i&gt; should be where your microphone is attached, and &lt;i&gt;Speaker&lt;/i&gt; should be a channel that samples &apos;&lt;i&gt;What you hear&lt;/i&gt;&apos;.&lt;br /&gt;For example, on the Audigy 2 ZS, a good selection for Microphone would be &apos;&lt;i&gt;Mic L&lt;/i&gt;&apos; while Speaker should be &apos;&lt;i&gt;Mix L&lt;/i&gt;&apos; and &apos;&lt;i&gt;Mix R&lt;/i&gt;&apos;.</source>
        <translation>配置 ASIO 的输入通道。确保至少选择一个通道作为麦克风和扬声器。&lt;i&gt;麦克风&lt;/i&gt;应当是您的麦克风所连接的通道，而&lt;i&gt;扬声器&lt;/i&gt;应当是发出“&lt;i&gt;您听到的声音&lt;/i&gt;”的通道。&lt;br /&gt;例如，在 Audigy 2 ZS 上，麦克风应选择“&lt;i&gt;Mic L&lt;/i&gt;”，而扬声器应选择“&lt;i&gt;Mix L&lt;/i&gt;”和“&lt;i&gt;Mix R&lt;/i&gt;”。</translation>
    </message>
    <message>
        <source>Configure input channels</source>
        <translation>设置输入通道</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>麦克风</translation>
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
        <translation>未使用</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>扬声器</translation>
    </message>
    <message>
        <source>List of microphones</source>
        <translation>麦克风列表</translation>
    </message>
    <message>
        <source>List of speakers</source>
        <translation>扬声器列表</translation>
    </message>
    <message>
        <source>Device list</source>
        <translation>设备列表</translation>
    </message>
    <message>
        <source>Move from unused to microphone list</source>
        <translation>从未使用列表移动到麦克风列表</translation>
    </message>
    <message>
        <source>Move from microphone to unused list</source>
        <translation>从麦克风列表移动到未使用列表</translation>
    </message>
    <message>
        <source>List of unused devices</source>
        <translation>未使用设备列表</translation>
    </message>
    <message>
        <source>Move from unused to speakers list</source>
        <translation>从未使用列表移动到扬声器列表</translation>
    </message>
    <message>
        <source>Move from speakers to unused list</source>
        <translation>从扬声器列表移动到未使用列表</translation>
    </message>
</context>
<context>
    <name>ASIOInput</name>
    <message>
        <source>You need to select at least one microphone and one speaker source to use ASIO.</source>
        <translation>要使用 ASIO，您必须选择至少一个麦克风与一个扬声器源。</translation>
    </message>
    <message>
        <source>Opening selected ASIO device failed. No input will be done.</source>
        <translation>开启所选 ASIO 设备失败。无法进行输入。</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Mumble</source>
        <translation>关于 Mumble</translation>
    </message>
    <message>
        <source>&amp;About Mumble</source>
        <translation>关于 Mumble(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;License</source>
        <translation>许可(&amp;L)</translation>
    </message>
    <message>
        <source>A&amp;uthors</source>
        <translation>作者(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Third-Party Licenses</source>
        <translation>第三方许可(&amp;T)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>License agreement</source>
        <translation>许可</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Third-party license agreements</source>
        <translation>第三方许可</translation>
    </message>
    <message>
        <source>For a list of authors, please see &lt;a href=&quot;https://github.com/mumble-voip/mumble/graphs/contributors&quot;&gt;https://github.com/mumble-voip/mumble/graphs/contributors&lt;/a&gt;</source>
        <translation>作者列表，请见 &lt;a href=&quot;https://github.com/mumble-voip/mumble/graphs/contributors&quot;&gt;https://github.com/mumble-voip/mumble/graphs/contributors&lt;/a&gt;</translation>
    </message>
    <message>
        <source>An Open Source, low-latency, high quality voice-chat utility</source>
        <translation>一个开源、低延迟、高音质的语音聊天软件</translation>
    </message>
</context>
<context>
    <name>AccessibleQGroupBox</name>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
</context>
<context>
    <name>AudioInput</name>
    <message>
        <source>Interface</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Input device for audio</source>
        <translation>音频输入设备</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the input device to use for audio.&lt;/b&gt;</source>
        <translation>&lt;b&gt;音频采用的输入设备。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Transmission</source>
        <translation>传输</translation>
    </message>
    <message>
        <source>&amp;Transmit</source>
        <translation>传输模式(&amp;T)</translation>
    </message>
    <message>
        <source>When to transmit your speech</source>
        <translation>何时传输您的语音</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets when speech should be transmitted.&lt;/b&gt;&lt;br /&gt;&lt;i&gt;Continuous&lt;/i&gt; - All the time&lt;br /&gt;&lt;i&gt;Voice Activity&lt;/i&gt; - When you are speaking clearly.&lt;br /&gt;&lt;i&gt;Push To Talk&lt;/i&gt; - When you hold down the hotkey set under &lt;i&gt;Shortcuts&lt;/i&gt;.</source>
        <translation>&lt;b&gt;设置何时传输您的语音。&lt;/b&gt;&lt;br /&gt;&lt;i&gt;连续发言&lt;/i&gt; - 始终发送语音。&lt;br /&gt;&lt;i&gt;语音激活&lt;/i&gt; - 当您清楚地发言时。&lt;br /&gt;&lt;i&gt;按键发言&lt;/i&gt; - 当您按住您设置的&lt;i&gt;快捷键&lt;/i&gt;时。</translation>
    </message>
    <message>
        <source>DoublePush Time</source>
        <translation>双击时间</translation>
    </message>
    <message>
        <source>If you press the PTT key twice in this time it will get locked.</source>
        <translation>如果您在这个时间内连续按下两次按键发言键，它将会被锁定。</translation>
    </message>
    <message>
        <source>&lt;b&gt;DoublePush Time&lt;/b&gt;&lt;br /&gt;If you press the push-to-talk key twice during the configured interval of time it will be locked. Mumble will keep transmitting until you hit the key once more to unlock PTT again.</source>
        <translation>&lt;b&gt;双击时间&lt;/b&gt;&lt;br /&gt;如果您在配置的时间间隔内按下两次按键发言快捷键，它将会被锁定。 Mumble 将连续传输语音，直到您再次按下该键解锁按键发言状态。</translation>
    </message>
    <message>
        <source>Reset audio cue to default</source>
        <translation>重置音频提示为默认值</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reset&lt;/b&gt;&lt;br/&gt;Reset the paths for the files to their default.</source>
        <translation>&lt;b&gt;重置&lt;/b&gt;&lt;br/&gt;重置文件的路径为默认值。</translation>
    </message>
    <message>
        <source>Browse for on audio file</source>
        <translation>浏览传输开启时的音频文件</translation>
    </message>
    <message>
        <source>Browse for off audio file</source>
        <translation>浏览传输关闭时的音频文件</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Use SNR based speech detection</source>
        <translation>使用信噪比语音检测</translation>
    </message>
    <message>
        <source>Signal to Noise</source>
        <translation>信噪比</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets speech detection to use Amplitude.&lt;/b&gt;&lt;br /&gt;In this mode, the raw strength of the input signal is used to detect speech.</source>
        <translation>&lt;b&gt;设置使用振幅进行语音检测&lt;/b&gt;&lt;br /&gt;在此模式下，使用输入信号的原始强度检测您是否在说话。</translation>
    </message>
    <message>
        <source>Amplitude</source>
        <translation>振幅</translation>
    </message>
    <message>
        <source>Voice &amp;Hold</source>
        <translation>语音保持(&amp;H)</translation>
    </message>
    <message>
        <source>How long to keep transmitting after silence</source>
        <translation>安静后保持多久的传输时间</translation>
    </message>
    <message>
        <source>Silence Below</source>
        <translation>安静阈值</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the trigger values for voice detection.&lt;/b&gt;&lt;br /&gt;Use this together with the Audio Statistics window to manually tune the trigger values for detecting speech. Input values below &quot;Silence Below&quot; always count as silence. Values above &quot;Speech Above&quot; always count as voice. Values in between will count as voice if you&apos;re already talking, but will not trigger a new detection.</source>
        <translation>&lt;b&gt;设置语音检测的触发值。&lt;/b&gt;&lt;br /&gt;将此功能与“音频统计”窗口一起使用，可手动调整用于检测语音的触发值。低于“安静阈值”的输入值始终算作安静。高于“语音阈值”的值始终算作语音。如果您已经在说话，那么介于中间的值不会触发新的检测，都算作语音。</translation>
    </message>
    <message>
        <source>Speech Above</source>
        <translation>语音阈值</translation>
    </message>
    <message>
        <source>Signal values above this count as voice</source>
        <translation>超过此值的信号即为语音</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>压缩</translation>
    </message>
    <message>
        <source>&amp;Quality</source>
        <translation>质量(&amp;Q)</translation>
    </message>
    <message>
        <source>Quality of compression (peak bandwidth)</source>
        <translation>压缩质量（峰值带宽）</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the quality of compression.&lt;/b&gt;&lt;br /&gt;This determines how much bandwidth Mumble is allowed to use for outgoing audio.</source>
        <translation>&lt;b&gt;设置压缩质量&lt;/b&gt;&lt;br /&gt;这决定了允许 Mumble 传出音频使用的带宽。</translation>
    </message>
    <message>
        <source>Audio per packet</source>
        <translation>数据包音频量</translation>
    </message>
    <message>
        <source>How many audio frames to send per packet</source>
        <translation>每个数据包发送多少音频帧</translation>
    </message>
    <message>
        <source>&lt;b&gt;This selects how many audio frames should be put in one packet.&lt;/b&gt;&lt;br /&gt;Increasing this will increase the latency of your voice, but will also reduce bandwidth requirements.</source>
        <translation>&lt;b&gt;选择应将多少个音频帧放入一个数据包中。&lt;/b&gt;&lt;br /&gt;增加此值会增加语音的延迟，但也会降低带宽要求。</translation>
    </message>
    <message>
        <source>Audio Processing</source>
        <translation>音频处理</translation>
    </message>
    <message>
        <source>Noise suppression</source>
        <translation>噪声抑制</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the amount of noise suppression to apply.&lt;/b&gt;&lt;br /&gt;The higher this value, the more aggressively stationary noise will be suppressed.</source>
        <translation>&lt;b&gt;设置要应用的噪声抑制量。&lt;/b&gt;&lt;br /&gt;该值越高，被消除的静止噪声就越多。</translation>
    </message>
    <message>
        <source>Maximum amplification of input sound</source>
        <translation>输入声音的最大放大倍数</translation>
    </message>
    <message>
        <source>&lt;b&gt;Maximum amplification of input.&lt;/b&gt;&lt;br /&gt;Mumble normalizes the input volume before compressing, and this sets how much it&apos;s allowed to amplify.&lt;br /&gt;The actual level is continually updated based on your current speech pattern, but it will never go above the level specified here.&lt;br /&gt;If the &lt;i&gt;Microphone loudness&lt;/i&gt; level of the audio statistics hover around 100%, you probably want to set this to 2.0 or so, but if, like most people, you are unable to reach 100%, set this to something much higher.&lt;br /&gt;Ideally, set it so &lt;i&gt;Microphone Loudness * Amplification Factor &gt;= 100&lt;/i&gt;, even when you&apos;re speaking really soft.&lt;br /&gt;&lt;br /&gt;Note that there is no harm in setting this to maximum, but Mumble will start picking up other conversations if you leave it to auto-tune to that level.</source>
        <translation>&lt;b&gt;输入的最大放大倍数&lt;/b&gt;&lt;br /&gt;Mumble 会在压缩前将输入音量标准化，并设置允许放大的倍数。&lt;br /&gt;实际级别会根据您当前的语音模式不断更新，但永远不会超过此处指定的级别。&lt;br /&gt;如果音频统计的&lt;i&gt;麦克风响度&lt;/i&gt;级别徘徊在 100% 左右，您可能希望将此值设置为 2.0 左右，但如果像大多数人一样，无法达到 100%，请将此值设置得更高。&lt;br /&gt;一般来说，应该将其设置到&lt;i&gt;麦克风响度 * 放大倍数 &gt;= 100&lt;/i&gt;，即使您说话十分柔和。&lt;br /&gt;&lt;br /&gt;请注意，将此值设置为最大没有任何害处，但如果您使其自动调整到该级别，Mumble 将会开始接收其他对话。</translation>
    </message>
    <message>
        <source>Current speech detection chance</source>
        <translation>当前语音检测状态</translation>
    </message>
    <message>
        <source>Enabling this will cancel the echo from your speakers. Mixed has low CPU impact, but only works well if your speakers are equally loud and equidistant from the microphone. Multichannel echo cancellation provides much better echo cancellation, but at a higher CPU cost.</source>
        <translation>启用该选项将消除从您的扬声器里发出的回声。混合模式消耗的 CPU 资源较少，但是它仅在扬声器与麦克风音量等级相近并距离相等时工作良好。多通道回声消除提供更好的回声消除效果，但是消耗的 CPU 资源较多。</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>禁用</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets speech detection to use Signal to Noise ratio.&lt;/b&gt;&lt;br /&gt;In this mode, the input is analyzed for something resembling a clear signal, and the clarity of that signal is used to trigger speech detection.</source>
        <translation>&lt;b&gt;设置使用信噪比进行语音检测。&lt;/b&gt;&lt;br /&gt;在此模式下，分析输入信号是否类似于清晰信号，并以该信号的清晰度触发语音检测。</translation>
    </message>
    <message>
        <source>&lt;b&gt;This shows the current speech detection settings.&lt;/b&gt;&lt;br /&gt;You can change the settings from the Settings dialog or from the Audio Wizard.</source>
        <translation>&lt;b&gt;显示当前的语音检测设置。&lt;/b&gt;&lt;br /&gt;您可以在设置对话框或者音频向导中改变设置。</translation>
    </message>
    <message>
        <source>Signal values below this count as silence</source>
        <translation>低于此值的信号被视为安静</translation>
    </message>
    <message>
        <source>Maximum bandwidth used for sending audio</source>
        <translation>用于发送的音频的最大带宽</translation>
    </message>
    <message>
        <source>Use Amplitude based speech detection</source>
        <translation>使用振幅语音检测</translation>
    </message>
    <message>
        <source>&lt;b&gt;This selects how long after a perceived stop in speech transmission should continue.&lt;/b&gt;&lt;br /&gt;Set this higher if your voice breaks up when you speak (seen by a rapidly blinking voice icon next to your name).</source>
        <translation>&lt;b&gt;选择感知到说话停止后应该持续传输多长时间。&lt;/b&gt;&lt;br /&gt;如果您发言时遇到声音中断（通过您名字旁边快速闪烁的语音图标检查），请将此值调高。</translation>
    </message>
    <message>
        <source>Exclusive mode</source>
        <translation>独占模式</translation>
    </message>
    <message>
        <source>&lt;b&gt;This opens the device in exclusive mode.&lt;/b&gt;&lt;br /&gt;No other application will be able to use the device.</source>
        <translation>&lt;b&gt;以独占模式开启设备&lt;/b&gt;&lt;br /&gt;其他应用程序将无法使用该设备。</translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation>独占</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>重置(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <source>B&amp;rowse...</source>
        <translation>浏览(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>试听(&amp;P)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;&lt;br/&gt;Plays the current &lt;i&gt;on&lt;/i&gt; sound followed by the current &lt;i&gt;off&lt;/i&gt; sound.</source>
        <translation>&lt;b&gt;试听&lt;/b&gt;&lt;br/&gt;播放当前设置的&lt;i&gt;开启&lt;/i&gt;提示音和&lt;i&gt;关闭&lt;/i&gt;提示音。</translation>
    </message>
    <message>
        <source>Displays an always on top window with a push to talk button in it</source>
        <translation>显示一个总是置顶的窗口，其中包含一个“按键发言”按钮</translation>
    </message>
    <message>
        <source>Display push to talk window</source>
        <translation>显示按键发言窗口</translation>
    </message>
    <message>
        <source>Misc</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Gets played when starting to transmit</source>
        <translation>开始传输时播放</translation>
    </message>
    <message>
        <source>Gets played when stopping to transmit</source>
        <translation>停止传输时播放</translation>
    </message>
    <message>
        <source>Hold Time</source>
        <translation>保持时间</translation>
    </message>
    <message>
        <source>Time the microphone stays open after the PTT key is released</source>
        <translation>释放按键发言键后麦克风保持打开的时间</translation>
    </message>
    <message>
        <source>Server maximum network bandwidth is only %1 kbit/s. Audio quality auto-adjusted to %2 kbit/s (%3 ms)</source>
        <translation>服务器限制带宽为 %1 千比特/秒。语音质量已自动调整到 %2 千比特/秒（%3 毫秒）</translation>
    </message>
    <message>
        <source>Max. Amplification</source>
        <translation>最大放大倍数</translation>
    </message>
    <message>
        <source>Idle action</source>
        <translation>空闲操作</translation>
    </message>
    <message>
        <source>minutes do</source>
        <translation>分钟后</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>什么也不做</translation>
    </message>
    <message>
        <source>deafen</source>
        <translation>关闭扬声器</translation>
    </message>
    <message>
        <source>mute</source>
        <translation>关闭麦克风</translation>
    </message>
    <message>
        <source>after</source>
        <translation>在空闲</translation>
    </message>
    <message>
        <source>Echo Cancellation</source>
        <translation>回声消除</translation>
    </message>
    <message>
        <source>The idle action will be reversed upon any key or mouse button input</source>
        <translation>在检测到任何鼠标或键盘动作后，撤销空闲操作</translation>
    </message>
    <message>
        <source>Undo Idle action upon activity</source>
        <translation>在活动时撤消空闲操作</translation>
    </message>
    <message>
        <source>Audio input</source>
        <translation>音频输入</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the input method to use for audio.&lt;/b&gt;</source>
        <translation>&lt;b&gt;音频采用的输入方式。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Enable Opus&apos; low-delay mode when the quality is set to &lt;b&gt;64 kb/s&lt;/b&gt; or higher. </source>
        <translation>当音质设置为 &lt;b&gt;64 千比特/秒&lt;/b&gt;或更高时，启用 Opus 的低延迟模式。 </translation>
    </message>
    <message>
        <source>If checked, Mumble will enable Opus&apos; low-delay mode when the quality is set to &lt;b&gt;64 kbit/s&lt;/b&gt; or higher. Low-delay mode decreases latency by &lt;b&gt;~15 milliseconds&lt;/b&gt; in the round trip. This mode may require an higher bitrate to preserve the same quality, in comparison with the music and VOIP modes.</source>
        <translation>选中时，Mumble 会在质量设置为 &lt;b&gt;64 千比特/秒&lt;/b&gt;或更高时启用 Opus 的低延迟模式。低延迟模式下，每次往返会降低&lt;b&gt;约 15 毫秒&lt;/b&gt;延迟。与音乐和 VOIP 模式相比，此模式可能需要较高的比特率以保证音频质量。</translation>
    </message>
    <message>
        <source>Allow low delay mode</source>
        <translation>允许低延迟模式</translation>
    </message>
    <message>
        <source>Don&apos;t use noise suppression.</source>
        <translation>不使用噪声抑制。</translation>
    </message>
    <message>
        <source>Use the noise suppression algorithm provided by Speex.</source>
        <translation>使用 Speex 提供的噪声抑制算法。</translation>
    </message>
    <message>
        <source>Use the noise suppression algorithm provided by RNNoise.</source>
        <translation>使用 RNNoise 提供的噪声抑制算法。</translation>
    </message>
    <message>
        <source>Use a combination of Speex and RNNoise to do noise suppression.</source>
        <translation>使用 Speex 与 RNNoise 组合的噪声抑制。</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>同时</translation>
    </message>
    <message>
        <source>This controls the amount by which Speex will suppress noise.</source>
        <translation>此选项控制 Speex 噪声抑制量。</translation>
    </message>
    <message>
        <source>Speex suppression strength</source>
        <translation>Speex 抑制强度</translation>
    </message>
    <message>
        <source>Mute cue</source>
        <translation>静音提示</translation>
    </message>
    <message>
        <source>Br&amp;owse...</source>
        <translation>浏览(&amp;O)...</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>Audio cue when using...</source>
        <translation>当使用功能时播放音频提示…</translation>
    </message>
    <message>
        <source>Audible audio cue when starting or stopping to transmit using Push To Talk</source>
        <translation>当开始或停止按键发言时播放音频提示</translation>
    </message>
    <message>
        <source>&lt;b&gt;This enables transmission audio cues when using Push To Talk.&lt;/b&gt;&lt;br /&gt;Setting this will give you a short audio beep when you start and stop transmitting.</source>
        <translation>&lt;b&gt;这会在使用按键发言时启用传输状态音频提示。&lt;/b&gt;&lt;br /&gt;如果设置，您在开始或停止传输时会听到简短的提示音频。</translation>
    </message>
    <message>
        <source>Push To Talk</source>
        <translation>按键发言</translation>
    </message>
    <message>
        <source>Audible audio cue when starting or stopping to transmit using Voice Activity</source>
        <translation>当开始或停止语音激活时播放音频提示</translation>
    </message>
    <message>
        <source>&lt;b&gt;This enables transmission audio cues when using Voice Activity.&lt;/b&gt;&lt;br /&gt;Setting this will give you a short audio beep when you start and stop transmitting.</source>
        <translation>&lt;b&gt;这会在使用语音激活时启用传输状态音频提示。&lt;/b&gt;&lt;br /&gt;如果设置，您在开始或停止传输时会听到简短的提示音频。</translation>
    </message>
    <message>
        <source>Voice Activity</source>
        <translation>语音激活</translation>
    </message>
    <message>
        <source>Input backend for audio</source>
        <translation>音频输入后端</translation>
    </message>
    <message>
        <source>Audio input system</source>
        <translation>音频输入系统</translation>
    </message>
    <message>
        <source>Audio input device</source>
        <translation>音频输入设备</translation>
    </message>
    <message>
        <source>Transmission mode</source>
        <translation>传输模式</translation>
    </message>
    <message>
        <source>Push to talk lock threshold</source>
        <translation>按键发言锁定阈值</translation>
    </message>
    <message>
        <source>Switch between push to talk and continuous mode by double tapping in this time frame</source>
        <translation>在此时间窗口内双击按键，在按键发言与连续发言之间切换</translation>
    </message>
    <message>
        <source>&lt;b&gt;Voice hold Time&lt;/b&gt;&lt;br /&gt;After you release the push-to-talk key Mumble will keep transmitting for the selected amount of time.</source>
        <translation>&lt;b&gt;语音持续时间&lt;/b&gt;&lt;br /&gt;松开按键发言键后，Mumble 将会持续传输指定的时间。</translation>
    </message>
    <message>
        <source>Push to talk hold threshold</source>
        <translation>按键发言持续阈值</translation>
    </message>
    <message>
        <source>Extend push to talk send time after the key is released by this amount of time</source>
        <translation>松开此按键后，按键发言发送时间将延长这么久</translation>
    </message>
    <message>
        <source>Voice hold time</source>
        <translation>语音持续时间</translation>
    </message>
    <message>
        <source>Silence below threshold</source>
        <translation>低于阈值时静默</translation>
    </message>
    <message>
        <source>This sets the threshold when Mumble will definitively consider a signal silence</source>
        <translation>此选项设置 Mumble 确信信号为静默的阈值</translation>
    </message>
    <message>
        <source>Speech above threshold</source>
        <translation>高于阈值时发言</translation>
    </message>
    <message>
        <source>This sets the threshold when Mumble will definitively consider a signal speech</source>
        <translation>此选项设置 Mumble 确信信号为语音的阈值</translation>
    </message>
    <message>
        <source>This sets how much speech is packed into a single network package</source>
        <translation>此选项设置单个网络数据包中包含的语音量</translation>
    </message>
    <message>
        <source>Audio compression quality</source>
        <translation>音频压缩质量</translation>
    </message>
    <message>
        <source>This sets the target compression bitrate</source>
        <translation>此选项设置目标压缩比特率</translation>
    </message>
    <message>
        <source>Maximum amplification</source>
        <translation>最大放大倍数</translation>
    </message>
    <message>
        <source>Speech is dynamically amplified by at most this amount</source>
        <translation>语音最多动态放大此倍数</translation>
    </message>
    <message>
        <source>Noise suppression strength</source>
        <translation>噪声抑制强度</translation>
    </message>
    <message>
        <source>Echo cancellation mode</source>
        <translation>回声消除模式</translation>
    </message>
    <message>
        <source>Path to audio file</source>
        <translation>音频文件路径</translation>
    </message>
    <message>
        <source>Path to audio cue file when stopping to speak. Use the &quot;browse&quot; button to open a file dialog.</source>
        <translation>停止发言音频提示文件的路径。使用“浏览”按钮打开文件对话框。</translation>
    </message>
    <message>
        <source>Idle action time threshold (in minutes)</source>
        <translation>空闲动作时间阈值（分钟）</translation>
    </message>
    <message>
        <source>Select what to do when being idle for a configurable amount of time. Default: nothing</source>
        <translation>选择空闲指定时间后进行的操作。默认：什么也不做</translation>
    </message>
    <message>
        <source>Gets played when you are trying to speak while being muted</source>
        <translation>当您尝试在麦克风关闭时发言，则播放提示</translation>
    </message>
    <message>
        <source>Path to mute cue file. Use the &quot;browse&quot; button to open a file dialog.</source>
        <translation>静音提示文件的路径。使用“浏览”按钮打开文件对话框。</translation>
    </message>
    <message>
        <source>Browse for mute cue audio file</source>
        <translation>浏览静音提示音频文件</translation>
    </message>
    <message>
        <source>Path to audio cue file when starting to speak. Use the &quot;browse&quot; button to open a file dialog.</source>
        <translation>开始发言音频提示文件的路径。使用“浏览”按钮打开文件对话框。</translation>
    </message>
    <message>
        <source>Preview the mute cue</source>
        <translation>预览静音提示</translation>
    </message>
    <message>
        <source>The mute cue is an audio sample which plays when you are trying to speak while being muted</source>
        <translation>此静音提示是一个样例，当您尝试在麦克风关闭时发言，则播放此提示</translation>
    </message>
    <message>
        <source>Preview both audio cues</source>
        <translation>预览所有音频提示</translation>
    </message>
    <message>
        <source>&lt;b&gt;This shows peak outgoing bandwidth used.&lt;/b&gt;&lt;br /&gt;This shows the peak amount of bandwidth sent out from your machine. Audio bitrate is the maximum bitrate for the audio data alone. Position is the bitrate used for positional information. Overhead is our framing and the IP packet headers (IP and UDP is 75% of this overhead).</source>
        <translation>&lt;b&gt;显示所用的最大传出带宽。&lt;/b&gt;&lt;br /&gt;显示从您机器发出的带宽的最大值。音频比特率是音频数据本身的最大比特率。位置是定位信息所用的比特率。开销是我们的帧结构和 IP 数据包头（IP 和 UDP 是开销的 75%）。</translation>
    </message>
</context>
<context>
    <name>AudioInputDialog</name>
    <message>
        <source>Continuous</source>
        <translation>连续发言</translation>
    </message>
    <message>
        <source>Voice Activity</source>
        <translation>语音激活</translation>
    </message>
    <message>
        <source>Push To Talk</source>
        <translation>按键发言</translation>
    </message>
    <message>
        <source>Audio Input</source>
        <translation>音频输入</translation>
    </message>
    <message>
        <source>Access to the microphone was denied. Please allow Mumble to use the microphone by changing the settings in System Settings -&gt; Privacy &amp; Security -&gt; Microphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 kb/s</source>
        <translation>%1 千字节/秒</translation>
    </message>
    <message>
        <source>-%1 dB</source>
        <translation>-%1 分贝</translation>
    </message>
    <message>
        <source>%1 kbit/s (Audio %2, Position %4, Overhead %3)</source>
        <translation>%1 千比特/秒（音频 %2，位置 %4，开销 %3）</translation>
    </message>
    <message>
        <source>Access to the microphone was denied. Please check that your operating system&apos;s microphone settings allow Mumble to use the microphone.</source>
        <translation>访问麦克风的权限被拒绝。请您检查操作系统的麦克风设置，允许 Mumble 使用麦克风。</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>禁用</translation>
    </message>
    <message>
        <source>Disable echo cancellation.</source>
        <translation>禁用回声消除。</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>kilobits per second</source>
        <translation>千比特每秒</translation>
    </message>
    <message>
        <source>decibels</source>
        <translation>分贝</translation>
    </message>
</context>
<context>
    <name>AudioOutput</name>
    <message>
        <source>Interface</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Output method for audio</source>
        <translation>音频输出方式</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Output device for audio</source>
        <translation>音频输出设备</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the output device to use for audio.&lt;/b&gt;</source>
        <translation>&lt;b&gt;音频采用的输出设备。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Positional Audio</source>
        <translation>定位音频</translation>
    </message>
    <message>
        <source>Audio Output</source>
        <translation>音频输出</translation>
    </message>
    <message>
        <source>Default &amp;Jitter Buffer</source>
        <translation>默认抖动缓冲区(&amp;J)</translation>
    </message>
    <message>
        <source>Safety margin for jitter buffer</source>
        <translation>抖动缓冲安全边际</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the minimum safety margin for the jitter buffer.&lt;/b&gt;&lt;br /&gt;All incoming audio is buffered, and the jitter buffer continually tries to push the buffer to the minimum sustainable by your network, so latency can be as low as possible. This sets the minimum buffer size to use. If the start of sentences you hear is very jittery, increase this value.</source>
        <translation>&lt;b&gt;设置抖动缓冲区的最小安全边际。&lt;/b&gt;&lt;br /&gt;所有传入的音频都被缓冲，抖动缓冲区不断尝试将缓冲区推进到您的网络最低的可持续限度，以尽可能降低延迟。这将设置要使用的最小缓冲区大小。如果您听到的句子开头抖动较大，请增大这个值。</translation>
    </message>
    <message>
        <source>This sets the minimum distance for sound calculations. The volume of other users&apos; speech will not decrease until they are at least this far away from you.</source>
        <translation>设置声音计算的最小距离。在其他用户与您的距离超出这个值之前，他们的语音音量不会被减小。</translation>
    </message>
    <message>
        <source>This sets the maximum distance for sound calculations. When farther away than this, other users&apos; speech volume will not decrease any further.</source>
        <translation>设置声音计算的最大距离。在其他用户与您的距离超过这个值时，他们的语音音量将不会继续被减小。</translation>
    </message>
    <message>
        <source>&lt;b&gt;This enables one of the loopback test modes.&lt;/b&gt;&lt;br /&gt;&lt;i&gt;None&lt;/i&gt; - Loopback disabled&lt;br /&gt;&lt;i&gt;Local&lt;/i&gt; - Emulate a local server.&lt;br /&gt;&lt;i&gt;Server&lt;/i&gt; - Request loopback from server.&lt;br /&gt;Please note than when loopback is enabled, no other users will hear your voice. This setting is not saved on application exit.</source>
        <translation>&lt;b&gt;启用回放测试模式&lt;/b&gt;&lt;br /&gt;&lt;i&gt;无&lt;/i&gt; - 禁用回放&lt;br /&gt;&lt;i&gt;本地&lt;/i&gt; - 模拟一个本地服务器&lt;br /&gt;&lt;i&gt;服务器&lt;/i&gt; - 向服务器请求回放&lt;br /&gt;请注意，启用回放时，其他用户将无法听到您的声音。此设置在退出程序后不会被保存。</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Volume of incoming speech</source>
        <translation>传入语音音量</translation>
    </message>
    <message>
        <source>&lt;b&gt;This adjusts the volume of incoming speech.&lt;/b&gt;&lt;br /&gt;Note that if you increase this beyond 100%, audio will be distorted.</source>
        <translation>&lt;b&gt;调整传入的语音音量&lt;/b&gt;&lt;br /&gt;注意，如果您将这个值增大到超过 100%，音频将会失真。</translation>
    </message>
    <message>
        <source>Output Delay</source>
        <translation>输出延迟</translation>
    </message>
    <message>
        <source>Amount of data to buffer</source>
        <translation>缓冲的数据总量</translation>
    </message>
    <message>
        <source>The connected &quot;speakers&quot; are actually headphones</source>
        <oldsource>The connected &quot;speakers&quot; are actually headphones.</oldsource>
        <translation>已连接的“扬声器”实际上是耳机</translation>
    </message>
    <message>
        <source>Bloom</source>
        <translation>增幅</translation>
    </message>
    <message>
        <source>Factor for sound volume increase</source>
        <translation>音量增大因子</translation>
    </message>
    <message>
        <source>How much should sound volume increase for sources that are really close?</source>
        <translation>对于非常接近的音源，音量应该增大多少？</translation>
    </message>
    <message>
        <source>Checking this indicates that you don&apos;t have speakers connected, just headphones. This is important, as speakers are usually in front of you, while headphones are directly to your left/right.</source>
        <translation>如果您仅使用耳机，而未连接任何扬声器，请选中此选项。这非常重要，因为扬声器通常在您面前，而耳机则直接将声音传输到您的左右耳。</translation>
    </message>
    <message>
        <source>This sets the amount of data to pre-buffer in the output buffer. Experiment with different values and set it to the lowest which doesn&apos;t cause rapid jitter in the sound.</source>
        <translation>设置输出缓冲区中需要预缓冲的数据量。尝试不同的值并将其设置为最低值，可以避免声音中的快速抖动。</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>耳机</translation>
    </message>
    <message>
        <source>Minimum Distance</source>
        <translation>最小距离</translation>
    </message>
    <message>
        <source>Maximum Distance</source>
        <translation>最大距离</translation>
    </message>
    <message>
        <source>Minimum Volume</source>
        <translation>最小音量</translation>
    </message>
    <message>
        <source>What should the volume be at the maximum distance?</source>
        <translation>在最大距离时的音量应有多大？</translation>
    </message>
    <message>
        <source>Loopback Test</source>
        <translation>回放测试</translation>
    </message>
    <message>
        <source>Delay Variance</source>
        <translation>延迟差异</translation>
    </message>
    <message>
        <source>Variance in packet latency</source>
        <translation>数据包延迟的差异</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the packet latency variance for loopback testing.&lt;/b&gt;&lt;br /&gt;Most audio paths contain some variable latency. This allows you to set that variance for loopback mode testing. For example, if you set this to 15ms, this will emulate a network with 20-35ms ping latency or one with 80-95ms latency. Most domestic net connections have a variance of about 5ms.</source>
        <oldsource>&lt;b&gt;This sets the packet latency variance for loopback testing.&lt;/b&gt;&lt;br /&gt;Most audio paths contain some variable latency. This allows you set that variance for loopback mode testing. For example, if you set this to 15ms, this will emulate a network with 20-35ms ping latency or one with 80-95ms latency. Most domestic net connections have a variance of about 5ms.</oldsource>
        <translation>&lt;b&gt;设置回放测试的数据包延迟差异。&lt;/b&gt;&lt;br /&gt;大多数音频路径包含一些可变延迟。这使您可以为回放模式测试设置该差异。例如，如果将此值设置为 15 毫秒，则会模拟具有 20-35 毫秒 Ping 延迟的网络或具有 80-95 毫秒延迟的网络。大多数区域的网络连接的差异约为 5 毫秒。</translation>
    </message>
    <message>
        <source>Packet Loss</source>
        <translation>丢包</translation>
    </message>
    <message>
        <source>Packet loss for loopback mode</source>
        <translation>回放模式丢包</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the packet loss for loopback mode.&lt;/b&gt;&lt;br /&gt;This will be the ratio of packets lost. Unless your outgoing bandwidth is peaked or there&apos;s something wrong with your network connection, this will be 0%</source>
        <translation>&lt;b&gt;设置回放模式的丢包。&lt;/b&gt;&lt;br /&gt;设置丢包率。除非您的带宽太小或者网络出现问题，否则应该为 0%</translation>
    </message>
    <message>
        <source>&amp;Loopback</source>
        <translation>回放(&amp;L)</translation>
    </message>
    <message>
        <source>Desired loopback mode</source>
        <translation>预期回放模式</translation>
    </message>
    <message>
        <source>Attenuate applications by...</source>
        <translation>减小其他应用音量...</translation>
    </message>
    <message>
        <source>Attenuation of other applications during speech</source>
        <translation>说话时减小其他应用程序的音量</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate volume of other applications during speech&lt;/b&gt;&lt;br /&gt;Mumble supports decreasing the volume of other applications during incoming and/or outgoing speech. This sets the attenuation of other applications if the feature is enabled.</source>
        <translation>&lt;b&gt;在有人说话时减小其他应用程序的音量&lt;/b&gt;&lt;br /&gt;Mumble 支持在传入和/或传出语音期间减小其他应用程序的音量。如果启用此功能，则会设置其他应用程序的音量衰减。</translation>
    </message>
    <message>
        <source>If checked Mumble lowers the volume of other applications while other users talk</source>
        <translation>选中时，Mumble 会在其他用户说话时减小其他应用程序的音量</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate applications while other users talk&lt;/b&gt;&lt;br /&gt;Mumble supports decreasing the volume of other applications during incoming and/or outgoing speech. This makes mumble activate the feature while other users talk to you.</source>
        <translation>&lt;b&gt;在其他用户说话时减小其他应用程序的音量&lt;/b&gt;&lt;br /&gt;Mumble 支持在传入和/或传出语音期间减小其他应用程序的音量。该选项使 Mumble 在其他用户与您交谈时激活该功能。</translation>
    </message>
    <message>
        <source>while other users talk</source>
        <translation>当其他人说话时</translation>
    </message>
    <message>
        <source>If checked Mumble lowers the volume of other applications while you talk</source>
        <translation>选中时，Mumble 会在您说话时减小其他应用程序的音量</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate applications while you talk&lt;/b&gt;&lt;br /&gt;Mumble supports decreasing the volume of other applications during incoming and/or outgoing speech. This makes mumble activate the feature while you talk.</source>
        <translation>&lt;b&gt;在您说话时减小其他应用程序的音量&lt;/b&gt;&lt;br /&gt;Mumble 支持在传入和/或传出语音期间减小其他应用程序的音量。该选项使 Mumble 在您说话时激活该功能。</translation>
    </message>
    <message>
        <source>while you talk</source>
        <translation>当您说话时</translation>
    </message>
    <message>
        <source>Exclusive mode, not recommended.</source>
        <translation>独占模式（不推荐）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;This opens the device in exclusive mode.&lt;/b&gt;&lt;br /&gt;No other application will be able to use the device.</source>
        <translation>&lt;b&gt;以独占模式开启设备。&lt;/b&gt;&lt;br /&gt;其他应用程序将无法使用该设备。</translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation>独占</translation>
    </message>
    <message>
        <source>If checked Mumble lowers the volume of other users while you talk if you have the &quot;Priority Speaker&quot; status.</source>
        <translation>选中时，如果您具有“优先发言人”状态，Mumble 会在您说话时减小其他用户的音量。</translation>
    </message>
    <message>
        <source>If checked, Mumble will only attenuate applications that are using the same output source as Mumble</source>
        <translation>如果选中，Mumble 将仅减小音频输出源与 Mumble 相同的应用程序的音量</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate only applications using the same output as Mumble&lt;/b&gt;&lt;br /&gt;If checked, applications that use a different output than Mumble will not be attenuated.</source>
        <translation>&lt;b&gt;仅减小音频输出源与 Mumble 相同的应用程序的音量&lt;/b&gt;&lt;br /&gt;如果选中，则输出源与 Mumble 不同的应用程序将不会被减小音量。</translation>
    </message>
    <message>
        <source>Only attenuate applications using the same output device</source>
        <translation>仅衰减音频输出设备与 Mumble 相同的应用程序</translation>
    </message>
    <message>
        <source>If checked, PulseAudio loopback modules will be attenuated</source>
        <translation>如果选中，将减小 PulseAudio 回放模块的音量</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate PulseAudio loopback modules&lt;/b&gt;&lt;br /&gt;If loopback modules are linked to Mumble&apos;s output device/sink, they will also be attenuated.</source>
        <translation>&lt;b&gt;减小 PulseAudio 回放模块的音量&lt;/b&gt;&lt;br /&gt;如果回放模块被链接到 Mumble 的输出设备/接收器，它们也将被衰减。</translation>
    </message>
    <message>
        <source>Attenuate PulseAudio loopback modules</source>
        <translation>衰减 PulseAudio 回放模块</translation>
    </message>
    <message>
        <source>Audio output</source>
        <translation>音频输出</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the output method to use for audio.&lt;/b&gt;</source>
        <translation>&lt;b&gt;音频采用的输出方式。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate other users while talking as Priority Speaker&lt;/b&gt;&lt;br /&gt;Mumble supports decreasing the volume of other users while you talk as the &lt;i&gt;Priority Speaker&lt;/i&gt; to avoid getting disturbed. Checking this checkbox will enable this feature.</source>
        <translation>&lt;b&gt;在作为优先发言人说话时减小其他用户的音量&lt;/b&gt;&lt;br /&gt;Mumble 支持您在作为&lt;i&gt;优先发言人&lt;/i&gt;说话时减小其他用户的音量以避免受到干扰。选中此选项将启用此功能。</translation>
    </message>
    <message>
        <source>Attenuate other users while talking as Priority Speaker</source>
        <translation>在以优先发言人身份说话时减小其他用户的音量</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Attenuation</source>
        <translation>衰减</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> m</source>
        <translation> 米</translation>
    </message>
    <message>
        <source>Positional audio cannot work with mono output devices!</source>
        <translation>定位音频无法在单声道输出设备上使用！</translation>
    </message>
    <message>
        <source>Audio output system</source>
        <translation>音频输出系统</translation>
    </message>
    <message>
        <source>Audio output device</source>
        <translation>音频输出设备</translation>
    </message>
    <message>
        <source>Output delay of incoming speech</source>
        <translation>传入语音的输出延迟</translation>
    </message>
    <message>
        <source>Jitter buffer time</source>
        <translation>抖动缓冲时间</translation>
    </message>
    <message>
        <source>Attenuation percentage</source>
        <translation>衰减百分比</translation>
    </message>
    <message>
        <source>During speech, the volume of other applications will be reduced by this amount</source>
        <translation>在语音过程中，其他应用程序的音量将减少相应的值</translation>
    </message>
    <message>
        <source>Minimum volume</source>
        <translation>最小音量</translation>
    </message>
    <message>
        <source>Minimum distance</source>
        <translation>最小距离</translation>
    </message>
    <message>
        <source>Maximum distance</source>
        <translation>最大距离</translation>
    </message>
    <message>
        <source>Loopback artificial delay</source>
        <translation>回放模拟延迟</translation>
    </message>
    <message>
        <source>Loopback artificial packet loss</source>
        <translation>回放模拟丢包</translation>
    </message>
    <message>
        <source>Loopback test mode</source>
        <translation>回放测试模式</translation>
    </message>
    <message>
        <source>The loopback test can be used to test your audio configuration. While the loopback test is enabled, others will not be able to hear you.</source>
        <translation>回放测试可以用于测试您的音频配置。启用回放测试时，其他人无法听到您。</translation>
    </message>
    <message>
        <source>at</source>
        <translation>于</translation>
    </message>
    <message>
        <source>while someone in your channel talks</source>
        <translation>当其他人在您所在频道说话时</translation>
    </message>
    <message>
        <source>always</source>
        <translation>总是</translation>
    </message>
    <message>
        <source>Attenuate listeners by...</source>
        <translation>减小来自监听的音量...</translation>
    </message>
</context>
<context>
    <name>AudioOutputDialog</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Audio Output</source>
        <translation>音频输出</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Distance at which audio volume from another player starts decreasing</source>
        <translation>其他玩家音频音量开始减小的距离</translation>
    </message>
    <message>
        <source>Distance at which a player&apos;s audio volume has reached its minimum value</source>
        <translation>其他玩家音频音量达到最小值的距离</translation>
    </message>
    <message>
        <source>The minimum volume a player&apos;s audio will fade out to with increasing distance. Set to 0% for it to fade into complete silence for a realistic maximum hearing distance.</source>
        <translation>玩家距离增大时，其音频减弱不会超过此最低音量。设置为 0% 时，超出最大可听见距离的玩家将会被完全静音。</translation>
    </message>
    <message>
        <source>If an audio source is close enough, blooming will cause the audio to be played on all speakers more or less regardless of their position (albeit with lower volume)</source>
        <translation>如果音源足够接近，音频会或多或少地在所有扬声器中播放，无论它们的位置如何（尽管音量较低）</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>meters</source>
        <translation>米</translation>
    </message>
</context>
<context>
    <name>AudioOutputSample</name>
    <message>
        <source>Choose sound file</source>
        <translation>选择声音文件</translation>
    </message>
    <message>
        <source>Invalid sound file</source>
        <translation>无效的声音文件</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; cannot be used by Mumble. Please select a file with a compatible format and encoding.</source>
        <translation>Mumble 无法使用文件“%1”。请选择格式与编码兼容的文件。</translation>
    </message>
</context>
<context>
    <name>AudioStats</name>
    <message>
        <source>&gt;1000 ms</source>
        <oldsource>&gt;1000ms</oldsource>
        <translation>&gt;1000 毫秒</translation>
    </message>
    <message>
        <source>Audio Statistics</source>
        <translation>音频统计</translation>
    </message>
    <message>
        <source>Input Levels</source>
        <translation>输入电平</translation>
    </message>
    <message>
        <source>Peak microphone level</source>
        <translation>麦克风峰值电平</translation>
    </message>
    <message>
        <source>Peak power in last frame</source>
        <translation>最后一帧的峰值功率</translation>
    </message>
    <message>
        <source>This shows the peak power in the last frame (20 ms), and is the same measurement as you would usually find displayed as &quot;input power&quot;. Please disregard this and look at &lt;b&gt;Microphone power&lt;/b&gt; instead, which is much more steady and disregards outliers.</source>
        <translation>显示最后一帧（20 毫秒）的峰值功率，与常见的显示为“输入功率”的测量值相同。请忽略此值，然后查看&lt;b&gt;麦克风功率&lt;/b&gt;，这样更加稳定并且会忽略异常值。</translation>
    </message>
    <message>
        <source>Peak speaker level</source>
        <translation>扬声器峰值电平</translation>
    </message>
    <message>
        <source>This shows the peak power of the speakers in the last frame (20 ms). Unless you are using a multi-channel sampling method (such as ASIO) with speaker channels configured, this will be 0. If you have such a setup configured, and this still shows 0 while you&apos;re playing audio from other programs, your setup is not working.</source>
        <oldsource>This shows the peak power in the last frame (20 ms) of the speakers. Unless you are using a multi-channel sampling method (such as ASIO) with speaker channels configured, this will be 0. If you have such a setup configured, and this still shows 0 while you&apos;re playing audio from other programs, your setup is not working.</oldsource>
        <translation>显示最后一帧（20 毫秒）扬声器的峰值功率。除非您配置了扬声器通道的多通道采样方法（例如 ASIO），否则将为 0。如果您进行了这样的配置，并且当您用其他应用程序播放音频时仍然显示 0，则说明您的设置无效。</translation>
    </message>
    <message>
        <source>Peak clean level</source>
        <translation>清洁峰值电平</translation>
    </message>
    <message>
        <source>This shows the peak power in the last frame (20 ms) after all processing. Ideally, this should be -96 dB when you&apos;re not talking. In reality, a sound studio should see -60 dB, and you should hopefully see somewhere around -20 dB. When you are talking, this should rise to somewhere between -5 and -10 dB.&lt;br /&gt;If you are using echo cancellation, and this rises to more than -15 dB when you&apos;re not talking, your setup is not working, and you&apos;ll annoy other users with echoes.</source>
        <translation>显示经过处理后的最后一帧（20 毫秒）的峰值功率。理想情况下，在您未说话时，它应该是 -96 分贝。实际上，音频工作室应该看到 -60 分贝，有时可能会达到 -20 分贝左右。在您说话时，它应该上升到介于 -5 到 -10 分贝之间。&lt;br /&gt;如果您正在使用回声消除，并且这个值在您未说话时上升到超过 -15 分贝，则表示您的设置不起作用，您的回声会干扰到其他用户。</translation>
    </message>
    <message>
        <source>Signal Analysis</source>
        <translation>信号分析</translation>
    </message>
    <message>
        <source>Microphone power</source>
        <translation>麦克风功率</translation>
    </message>
    <message>
        <source>How close the current input level is to ideal</source>
        <translation>当前输入电平与理想电平的接近程度</translation>
    </message>
    <message>
        <source>This shows how close your current input volume is to the ideal. To adjust your microphone level, open whatever program you use to adjust the recording volume, and look at the value here while talking.&lt;br /&gt;&lt;b&gt;Talk loud, as you would when you&apos;re upset over getting fragged by a noob.&lt;/b&gt;&lt;br /&gt;Adjust the volume until this value is close to 100%, but make sure it doesn&apos;t go above. If it does go above, you are likely to get clipping in parts of your speech, which will degrade sound quality.</source>
        <translation>这表明您当前的输入音量与理想值的接近程度。要调整麦克风音量，请打开用于调节录音音量的任何程序，并在说话时查看此处的值。&lt;br /&gt;&lt;b&gt;然后像您被菜鸟击杀时那样暴躁地大声说话。&lt;/b&gt;&lt;br /&gt;调整音量直到此值接近 100%，但请确保它不要更高。如果更高，您的部分语音可能会出现裁切，这会降低音质。</translation>
    </message>
    <message>
        <source>Signal-To-Noise ratio</source>
        <translation>信噪比</translation>
    </message>
    <message>
        <source>Signal-To-Noise ratio from the microphone</source>
        <translation>麦克风的信噪比</translation>
    </message>
    <message>
        <source>This is the Signal-To-Noise Ratio (SNR) of the microphone in the last frame (20 ms). It shows how much clearer the voice is compared to the noise.&lt;br /&gt;If this value is below 1.0, there&apos;s more noise than voice in the signal, and so quality is reduced.&lt;br /&gt;There is no upper limit to this value, but don&apos;t expect to see much above 40-50 without a sound studio.</source>
        <translation>这是最后一帧（20 毫秒）麦克风的信噪比（SNR）。它表示声音与噪声的清晰程度的对比。&lt;br /&gt;如果此值低于 1.0，则信号中的噪声比声音更多，因此质量会降低。&lt;br /&gt;这个值没有上限，但是如果您没有一个专业级的音频工作室，就不要期望能够达到 40-50 以上。</translation>
    </message>
    <message>
        <source>Speech Probability</source>
        <translation>语音概率</translation>
    </message>
    <message>
        <source>Probability of speech</source>
        <translation>声音是语音的概率</translation>
    </message>
    <message>
        <source>This is the probability that the last frame (20 ms) was speech and not environment noise.&lt;br /&gt;Voice activity transmission depends on this being right. The trick with this is that the middle of a sentence is always detected as speech; the problem is the pauses between words and the start of speech. It&apos;s hard to distinguish a sigh from a word starting with &apos;h&apos;.&lt;br /&gt;If this is in bold font, it means Mumble is currently transmitting (if you&apos;re connected).</source>
        <translation>这是最后一帧（20 毫秒）是语音而非环境噪声的概率。&lt;br /&gt;语音激活的传输取决于此概率。其策略是句子的中间部分总是被检测为语音；问题在于词语之间和语句开始的停顿。很难区分叹气与以“h”开头的单词。&lt;br /&gt;如果此值为粗体字，则表示 Mumble 当前正在传输（如果您已连接）。</translation>
    </message>
    <message>
        <source>Configuration feedback</source>
        <translation>配置反馈</translation>
    </message>
    <message>
        <source>Current audio bitrate</source>
        <translation>当前音频比特率</translation>
    </message>
    <message>
        <source>Bitrate of last frame</source>
        <translation>最后一帧比特率</translation>
    </message>
    <message>
        <source>DoublePush interval</source>
        <translation>双击间隔</translation>
    </message>
    <message>
        <source>Time between last two Push-To-Talk presses</source>
        <translation>最后两次按下按键发言键的间隔时间</translation>
    </message>
    <message>
        <source>Speech Detection</source>
        <translation>语音检测</translation>
    </message>
    <message>
        <source>Current speech detection chance</source>
        <translation>当前语音检测状态</translation>
    </message>
    <message>
        <source>&lt;b&gt;This shows the current speech detection settings.&lt;/b&gt;&lt;br /&gt;You can change the settings from the Settings dialog or from the Audio Wizard.</source>
        <translation>&lt;b&gt;显示当前的语音检测设置。&lt;/b&gt;&lt;br /&gt;您可以在设置对话框或者音频向导中改变设置。</translation>
    </message>
    <message>
        <source>Signal and noise power spectrum</source>
        <translation>信噪功率谱</translation>
    </message>
    <message>
        <source>Power spectrum of input signal and noise estimate</source>
        <translation>输入信号和噪声估值的功率谱</translation>
    </message>
    <message>
        <source>This shows the power spectrum of the current input signal (red line) and the current noise estimate (filled blue).&lt;br /&gt;All amplitudes are multiplied by 30 to show the interesting parts (how much more signal than noise is present in each waveband).&lt;br /&gt;This is probably only of interest if you&apos;re trying to fine-tune noise conditions on your microphone. Under good conditions, there should be just a tiny flutter of blue at the bottom. If the blue is more than halfway up on the graph, you have a seriously noisy environment.</source>
        <translation>显示当前输入信号（红线）和噪声估值（蓝色区域）的功率谱。&lt;br /&gt;所有幅度都被乘以 30 以显示有趣的部分（每个波段中信号比噪声多出多少）。&lt;br /&gt;这可能只在您尝试微调麦克风上的噪声条件时有意义。在良好的条件下，底部应该只有一点点蓝色的颤动。如果图表上的蓝色超过一半，则您的环境非常嘈杂。</translation>
    </message>
    <message>
        <source>Echo Analysis</source>
        <translation>回声分析</translation>
    </message>
    <message>
        <source>Weights of the echo canceller</source>
        <translation>回声消除器权重</translation>
    </message>
    <message>
        <source>This shows the weights of the echo canceller, with time increasing downwards and frequency increasing to the right.&lt;br /&gt;Ideally, this should be black, indicating no echo exists at all. More commonly, you&apos;ll have one or more horizontal stripes of bluish color representing time delayed echo. You should be able to see the weights updated in real time.&lt;br /&gt;Please note that as long as you have nothing to echo off, you won&apos;t see much useful data here. Play some music and things should stabilize. &lt;br /&gt;You can choose to view the real or imaginary parts of the frequency-domain weights, or alternately the computed modulus and phase. The most useful of these will likely be modulus, which is the amplitude of the echo, and shows you how much of the outgoing signal is being removed at that time step. The other viewing modes are mostly useful to people who want to tune the echo cancellation algorithms.&lt;br /&gt;Please note: If the entire image fluctuates massively while in modulus mode, the echo canceller fails to find any correlation whatsoever between the two input sources (speakers and microphone). Either you have a very long delay on the echo, or one of the input sources is configured wrong.</source>
        <translation>显示回声消除器的权重，时间向下增加，频率向右增加。&lt;br /&gt;理想情况下，图表应该是黑色，表示根本不存在回声。更常见的是，您会看见一个或多个蓝色水平条纹代表延时回声。您应该能够看到实时更新的权重。&lt;br /&gt;请注意，只要您没有任何回声，您就不会在这里看到太多有用的数据。播放一些音乐，它就应该会稳定下来。&lt;br /&gt;您可以选择查看频域权重的实部或虚部，或者经计算的模数和相位。其中最有用的可能是模数，它是回声的幅度，并显示在该时间步内消除了多少输出信号。其他查看模式对于想要调整回声消除算法的人来说非常有用。&lt;br /&gt;请注意：如果整个图像在模数模式下大幅波动，则回声消除器无法在两个输入源（扬声器与麦克风）之间找到任何相关性。您或者在回声上有很长的延迟，或者其中一个输入源配置错误。</translation>
    </message>
    <message>
        <source>This is the audio bitrate of the last compressed frame (20 ms). The peak bitrate can be adjusted in the Settings dialog.</source>
        <translation>这是上一个已压缩帧（20 毫秒）的音频比特率。最高比特率可以在“设置”对话框中调整。</translation>
    </message>
</context>
<context>
    <name>AudioWizard</name>
    <message>
        <source>Audio Tuning Wizard</source>
        <translation>音频设置向导</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>Welcome to the Mumble Audio Wizard</source>
        <translation>欢迎来到 Mumble 音频设置向导</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Enjoy using Mumble</source>
        <translation>祝您使用 Mumble 愉快</translation>
    </message>
    <message>
        <source>Device selection</source>
        <translation>设备选择</translation>
    </message>
    <message>
        <source>Selecting the input and output device to use with Mumble.</source>
        <translation>选择 Mumble 使用的输入和输出设备。</translation>
    </message>
    <message>
        <source>This is the device your microphone is connected to.</source>
        <translation>这是您的麦克风连接的设备。</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Input method for audio</source>
        <translation>音频输入方式</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Input device to use</source>
        <translation>要使用的输入设备</translation>
    </message>
    <message>
        <source>&lt;b&gt;Selects which sound card to use for audio input.&lt;/b&gt;</source>
        <translation>&lt;b&gt;选择您用于音频输入的声卡。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cancel echo from headset or speakers</source>
        <translation>消除耳机或扬声器的回声</translation>
    </message>
    <message>
        <source>Use echo cancellation</source>
        <translation>使用回声消除</translation>
    </message>
    <message>
        <source>This enables echo cancellation of outgoing audio, which helps both on speakers and on headsets.</source>
        <translation>这将启用输出音频的回声消除，这对耳机和扬声器都很有帮助。</translation>
    </message>
    <message>
        <source>This is the device your speakers or headphones are connected to.</source>
        <translation>连接到您的扬声器或者耳机的设备。</translation>
    </message>
    <message>
        <source>Output method for audio</source>
        <translation>音频输出方式</translation>
    </message>
    <message>
        <source>Output device to use</source>
        <translation>要使用的输出设备</translation>
    </message>
    <message>
        <source>&lt;b&gt;Selects which sound card to use for audio Output.&lt;/b&gt;</source>
        <translation>&lt;b&gt;选择您用于音频输出的声卡。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Enable positional audio</source>
        <translation>启用定位音频</translation>
    </message>
    <message>
        <source>Allows positioning of sound</source>
        <oldsource>Allows positioning of sound.</oldsource>
        <translation>允许声音包含位置信息</translation>
    </message>
    <message>
        <source>Input Device</source>
        <translation>输入设备</translation>
    </message>
    <message>
        <source>Output Device</source>
        <translation>输出设备</translation>
    </message>
    <message>
        <source>This allows Mumble to use positional audio to place voices.</source>
        <translation>允许 Mumble 使用定位音频放置声音。</translation>
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
要想降低音频延迟，尽量减少声卡缓冲区缓冲的音频是非常重要的。但是，很多声卡声称所需的缓冲区大小都小于正常工作所需的大小，所以唯一的办法就是调整和尝试。
&lt;/p&gt;
&lt;p&gt;
您应该听到一段语音示例。调整下面的滑块，在&lt;b&gt;不&lt;/b&gt;造成声音卡顿和抖动的前提下，尽可能调低。请注意，在此测试期间，本地回放暂时关闭。
&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Amount of data to buffer</source>
        <translation>要缓冲的数据量</translation>
    </message>
    <message>
        <source>This sets the amount of data to pre-buffer in the output buffer. Experiment with different values and set it to the lowest which doesn&apos;t cause rapid jitter in the sound.</source>
        <translation>设置输出缓冲区中需要预缓冲的数据量。尝试不同的值并将其设置为最低值，可以避免声音中的快速抖动。</translation>
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
打开操作系统的声音控制面板，前往“录制”设置。确保“麦克风”是当前激活的输入，并且录制音量为最大，如果有“麦克风加强”选项，那么也请启用。
&lt;/p&gt;
&lt;p&gt;
现在对着麦克风大声说话，并同时逐渐降低“麦克风”面板中的音量，直到下方的指示条在您说话时始终处于蓝色和绿色区域，而&lt;b&gt;不会&lt;/b&gt;到达红色区域。
&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Positional Audio</source>
        <translation>定位音频</translation>
    </message>
    <message>
        <source>Adjusting attenuation of positional audio.</source>
        <translation>调整定位音频的衰减。</translation>
    </message>
    <message>
        <source>Use headphones instead of speakers</source>
        <translation>使用耳机代替扬声器</translation>
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
祝贺，您现在可以开始体验 Mumble 的丰富音频功能。
&lt;/p&gt;
&lt;p&gt;
Mumble 仍在持续开发中，开发团队希望能专注于大多数用户需要的功能。所以这个选项使 Mumble 支持向开发者提交关于设置的匿名统计数据。这些数据会帮助我们未来的开发进程，也保证您需要的功能不会被废弃。
&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Use headphones</source>
        <translation>使用耳机</translation>
    </message>
    <message>
        <source>This ignores the OS speaker configuration and configures the positioning for headphones instead.</source>
        <translation>忽略系统扬声器配置，并改为耳机配置位置音频。</translation>
    </message>
    <message>
        <source>Volume tuning</source>
        <translation>音量调节</translation>
    </message>
    <message>
        <source>Tuning microphone hardware volume to optimal settings.</source>
        <translation>调节麦克风硬件音量来优化设置。</translation>
    </message>
    <message>
        <source>Now talk softly, as you would when talking late at night and you don&apos;t want to disturb anyone. Adjust the slider below so that the bar moves into green when you talk, but stays blue while you&apos;re silent.</source>
        <translation>现在请轻声说话，像夜间的悄悄话一样。调节下方的滑块，使指示条能够在您说话时处于绿色区域，但在不说话时保持在蓝色区域。</translation>
    </message>
    <message>
        <source>Voice Activity Detection</source>
        <translation>语音激活检测</translation>
    </message>
    <message>
        <source>Letting Mumble figure out when you&apos;re talking and when you&apos;re silent.</source>
        <translation>让 Mumble 能够判断您是否正在说话。</translation>
    </message>
    <message>
        <source>This will help Mumble figure out when you are talking. The first step is selecting which data value to use.</source>
        <translation>这些设置能让 Mumble 判断您是否正在说话。首先选择使用哪种数据来判断发言状态。</translation>
    </message>
    <message>
        <source>Raw amplitude from input</source>
        <translation>原始输入振幅</translation>
    </message>
    <message>
        <source>Signal-To-Noise ratio</source>
        <translation>信噪比</translation>
    </message>
    <message>
        <source>Next you need to adjust the following slider. The first few utterances you say should end up in the green area (definitive speech). While talking, you should stay inside the yellow (might be speech) and when you&apos;re not talking, everything should be in the red (definitively not speech).</source>
        <oldsource>Next you need to adjust the following two sliders. The first few utterances you say should end up in the green area (definitive speech). While talking, you should stay inside the yellow (might be speech) and when you&apos;re not talking, everything should be in the red (definitively not speech).</oldsource>
        <translation>然后我们来调节下方的滑块，使您说的前几个音节能让上方的指示条达到绿色区域（明确发言）；当您正在说话时，指示条应该在黄色区域（疑似发言）；当您不说话时，指示条应该处于红色区域（明确不发言）。</translation>
    </message>
    <message>
        <source>Device tuning</source>
        <translation>设备调整</translation>
    </message>
    <message>
        <source>Changing hardware output delays to their minimum value.</source>
        <translation>尽量调节硬件输出延迟到最小。</translation>
    </message>
    <message>
        <source>Submit anonymous statistics to the Mumble project</source>
        <translation>向 Mumble 发送匿名统计数据</translation>
    </message>
    <message>
        <source>Push To Talk:</source>
        <translation>按键发言：</translation>
    </message>
    <message>
        <source>Quality &amp; Notifications</source>
        <translation>音频质量与通知</translation>
    </message>
    <message>
        <source>Adjust quality and notification settings.</source>
        <translation>调节音频质量与通知设置。</translation>
    </message>
    <message>
        <source>Quality settings</source>
        <translation>质量设置</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>均衡</translation>
    </message>
    <message>
        <source>Notification settings</source>
        <translation>通知设置</translation>
    </message>
    <message>
        <source>Use Text-To-Speech to read notifications and messages to you.</source>
        <translation>启用语音播报来朗读通知和其他人的消息。</translation>
    </message>
    <message>
        <source>Disable Text-To-Speech and use sounds instead.</source>
        <translation>禁用语音播报，改用提示音。</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Enables attenuation of other applications while users talk to you</source>
        <translation>允许在其他用户说话时减小其他应用程序的音量</translation>
    </message>
    <message>
        <source>Attenuate applications while other users talk</source>
        <translation>其他用户说话时减小应用程序音量</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>You already set a customized quality configuration in Mumble. Select this setting to keep it.</source>
        <translation>您已在 Mumble 中设置了自定义质量。选择此设置以保留它。</translation>
    </message>
    <message>
        <source>Enables attenuation of other applications while users talk to you. This means that as soon someone starts to speak to you in Mumble, the sound of all other applications (like audio players) will get attenuated so you can hear them more clearly.</source>
        <translation>在其他用户与您交谈时衰减其他应用程序的音量。这意味着一旦有人开始在 Mumble 中与您交谈，所有其他应用程序（如音频播放器）的声音音量将会被减小，以便您可以更清楚地听到其他人的声音。</translation>
    </message>
    <message>
        <source>Apply some high contrast optimizations for visually impaired users</source>
        <translation>为视障用户应用一些高对比度优化</translation>
    </message>
    <message>
        <source>Use high contrast graphics</source>
        <translation>使用高对比度图像</translation>
    </message>
    <message>
        <source>Keep custom Text-To-Speech settings.</source>
        <translation>保留自定义的语音播报设置。</translation>
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
打开操作系统的声音控制面板，前往“录制”设置。确保“麦克风”是当前激活的输入，并且录制音量为最大，如果有“麦克风加强”选项，那么也请启用。
&lt;/p&gt;
&lt;p&gt;
现在对着麦克风大声说话，并同时逐渐降低“麦克风”面板中的音量，直到下方的指示条在您说话时始终处于条纹和空白区域，而&lt;b&gt;不会&lt;/b&gt;到达网格区域。
&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Now talk softly, as you would when talking late at night and you don&apos;t want to disturb anyone. Adjust the slider below so that the bar moves into empty zone when you talk, but stays in the striped one while you&apos;re silent.</source>
        <comment>For high contrast mode</comment>
        <translation>现在请轻声说话，像夜间的悄悄话一样。调节下方的滑块，使指示条能够在您说话时处于空白区域，但在不说话时保持在条纹区域。</translation>
    </message>
    <message>
        <source>Next you need to adjust the following slider. The first few utterances you say should end up in the empty area (definitive speech). While talking, you should stay inside the striped (might be speech) and when you&apos;re not talking, everything should be in the crisscrossed (definitively not speech).</source>
        <comment>For high contrast mode</comment>
        <translation>然后我们来调节下方的滑块，使您说的前几个音节能让上方的指示条达到空白区域（明确发言）；当您正在说话时，指示条应该在条纹区域（疑似发言）；当您不说话时，指示条应该处于网格区域（明确不发言）。</translation>
    </message>
    <message>
        <source>In this configuration Mumble will use a &lt;b&gt;low amount of bandwidth&lt;/b&gt;. This will inevitably result in high latency and poor quality. Choose this only if your connection cannot handle the other settings. (16kbit/s, 60ms per packet)</source>
        <translation>在此配置下，Mumble 会使用&lt;b&gt;较小的带宽&lt;/b&gt;，但不可避免地会导致较高的延迟和较低的音质。仅在网络连接无法支持其他配置时使用。（16 千比特/秒，每个数据包 60 毫秒）</translation>
    </message>
    <message>
        <source>This is the &lt;b&gt;recommended default&lt;/b&gt; configuration. It provides a good balance between quality, latency, and bandwidth usage. (40kbit/s, 20ms per packet)</source>
        <translation>这是&lt;b&gt;推荐的默认设置&lt;/b&gt;。在音质、延迟和带宽上有良好的平衡。（40 千比特/秒，每个数据包 20 毫秒）</translation>
    </message>
    <message>
        <source>This configuration is only recommended for use in setups where bandwidth is not an issue, like a LAN. It provides the lowest latency supported by Mumble and &lt;b&gt;high quality&lt;/b&gt;. (72kbit/s, 10ms per packet)</source>
        <translation>仅在带宽完全不是问题的情况下使用，例如局域网中。使 Mumble 启用所支持的最低延迟和&lt;b&gt;最高音质&lt;/b&gt;。（72 千比特/秒，每个数据包 10 毫秒）</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the input method to use for audio.&lt;/b&gt;</source>
        <translation>&lt;b&gt;音频采用的输入方式。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the Output method to use for audio.&lt;/b&gt;</source>
        <translation>&lt;b&gt;音频采用的输出方式。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This is the audio tuning wizard for Mumble. This will help you correctly set the input levels of your sound card, and also set the correct parameters for sound processing in Mumble. &lt;/p&gt;&lt;p&gt;Please be aware that as long as this wizard is active, audio will be looped locally to allow you to listen to it, and no audio will be sent to the server. &lt;/p&gt;&lt;p&gt;Note that you can cancel this wizard at any time without it having an effect on your current audio systems. The settings are only applied once this wizard has been completed.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;这是 Mumble 的音频设置向导。它将帮助您正确地设置您的声卡的输入电平，以及正确的 Mumble 声音处理参数。&lt;/p&gt;&lt;p&gt;请注意，在整个设置过程中，音频将采用本地回放的方式使您能听到，而且没有任何音频会被发送到服务器。&lt;/p&gt;&lt;p&gt;您可以随时退出此向导，而不会影响您的音频设置。设置只会在向导完成时被保存。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumble supports positional audio for some games, and will position the voice of other users relative to their position in game. Depending on their position, the volume of the voice will be changed between the speakers to simulate the direction and distance the other user is at. Such positioning depends on your speaker configuration being correct in your operating system, so a test is done here. &lt;/p&gt;&lt;p&gt;The graph below shows the position of &lt;span style=&quot; color:#56b4e9;&quot;&gt;you&lt;/span&gt;, the &lt;span style=&quot; color:#d55e00;&quot;&gt;speakers&lt;/span&gt; and a &lt;span style=&quot; color:#009e73;&quot;&gt;moving sound source&lt;/span&gt; as if seen from above. You should hear the audio move between the channels. &lt;/p&gt;&lt;p&gt;You can also use your mouse to position the &lt;span style=&quot; color:#009e73;&quot;&gt;sound source&lt;/span&gt; manually.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumble 支持在一些游戏中使用定位音频功能，能够根据玩家在游戏中的相对位置来将用户的语音方位化。根据他们的位置，用户之间语音的音量会随着距离和方向而模拟变化。这需要您在操作系统中正确配置扬声器的立体声，此测试就是为了保证这一点。&lt;/p&gt;&lt;p&gt;下方的图像显示了&lt;span style=&quot; color:#56b4e9;&quot;&gt;您&lt;/span&gt;、&lt;span style=&quot; color:#d55e00;&quot;&gt;扬声器&lt;/span&gt;和&lt;span style=&quot; color:#009e73;&quot;&gt;移动的音源&lt;/span&gt;的俯视图。您应该能够听到音频在声道中的移动。&lt;/p&gt;&lt;p&gt;您也可以使用鼠标手动移动&lt;span style=&quot; color:#009e73;&quot;&gt;音源&lt;/span&gt;。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Maximum amplification</source>
        <translation>最大放大倍数</translation>
    </message>
    <message>
        <source>No buttons assigned</source>
        <translation>未分配按键</translation>
    </message>
    <message>
        <source>Audio input system</source>
        <translation>音频输入系统</translation>
    </message>
    <message>
        <source>Audio input device</source>
        <translation>音频输入设备</translation>
    </message>
    <message>
        <source>Select audio output device</source>
        <translation>选择音频输出设备</translation>
    </message>
    <message>
        <source>Audio output system</source>
        <translation>音频输出系统</translation>
    </message>
    <message>
        <source>Audio output device</source>
        <translation>音频输出设备</translation>
    </message>
    <message>
        <source>The Mumble positional audio system enables users to link the relative position of their voice to third party applications such as games.</source>
        <translation>Mumble 定位音频系统使用户能够将其语音的相对位置链接到游戏等第三方应用程序。</translation>
    </message>
    <message>
        <source>Output delay for incoming speech</source>
        <translation>传入语音的输出延迟</translation>
    </message>
    <message>
        <source>Maximum amplification of input sound</source>
        <translation>输入声音的最大放大倍数</translation>
    </message>
    <message>
        <source>Speech is dynamically amplified by at most this amount</source>
        <translation>语音最多动态放大此倍数</translation>
    </message>
    <message>
        <source>Voice activity detection level</source>
        <translation>语音激活检测级别</translation>
    </message>
    <message>
        <source>This will set the range in which Mumble will consider a signal speech. Increase value to make voice activation more sensitive.</source>
        <translation>此选项设置 Mumble 认为信号是语音的范围。增大此值，语音激活会更加灵敏。</translation>
    </message>
    <message>
        <source>Push to talk</source>
        <translation>按键发言</translation>
    </message>
    <message>
        <source>Use the &quot;push to talk shortcut&quot; button to assign a key</source>
        <translation>使用“按键发言快捷键”按钮分配按键</translation>
    </message>
    <message>
        <source>Set push to talk shortcut</source>
        <translation>设置按键发言快捷键</translation>
    </message>
    <message>
        <source>This will open a shortcut edit dialog</source>
        <translation>这将会打开快捷键编辑对话框</translation>
    </message>
    <message>
        <source>Graphical positional audio simulation view</source>
        <translation>图形化定位音频模拟视图</translation>
    </message>
    <message>
        <source>This visually represents the positional audio that is currently being played</source>
        <translation>可视化展示当前播放的定位音频</translation>
    </message>
</context>
<context>
    <name>BanDialog</name>
    <message>
        <source>Banning user</source>
        <translation>封禁用户</translation>
    </message>
    <message>
        <source>Enter reason</source>
        <translation>输入原因</translation>
    </message>
    <message>
        <source>Ban User Certificate</source>
        <translation>封禁用户证书</translation>
    </message>
    <message>
        <source>Ban IP</source>
        <translation>封禁 IP</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>封禁</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Banning user %1</source>
        <translation>封禁用户 %1</translation>
    </message>
</context>
<context>
    <name>BanEditor</name>
    <message>
        <source>Mumble - Edit Bans</source>
        <translation>Mumble - 编辑封禁</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Mask</source>
        <translation>掩码(&amp;M)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>哈希</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>更新(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Ban List</source>
        <translation>封禁名单</translation>
    </message>
    <message>
        <source>Search field</source>
        <translation>搜索框</translation>
    </message>
    <message>
        <source>This is the search field. Use it to find bans that have this username set in the username field.</source>
        <translation>这是搜索框。使用它来查找用户名字段包含此用户名的封禁。</translation>
    </message>
    <message>
        <source>Who are you looking for?</source>
        <translation>您在找谁？</translation>
    </message>
    <message>
        <source>No nickname</source>
        <translation>无昵称</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>No IP address</source>
        <translation>无 IP 地址</translation>
    </message>
    <message>
        <source>Reason for the ban</source>
        <translation>封禁原因</translation>
    </message>
    <message>
        <source>No reason</source>
        <translation>无原因</translation>
    </message>
    <message>
        <source>Ban end date</source>
        <translation>封禁结束时间</translation>
    </message>
    <message>
        <source>Ban end date. If you set the same date for start and end, the ban will be permanent (it will not expire).</source>
        <translation>封禁结束时间。如果您设置的开始与结束时间相同，此封禁将会是永久的（永不过期）。</translation>
    </message>
    <message>
        <source>Certificate hash</source>
        <translation>证书哈希</translation>
    </message>
    <message>
        <source>No certificate hash</source>
        <translation>无证书哈希</translation>
    </message>
    <message>
        <source>Banned users</source>
        <translation>封禁用户</translation>
    </message>
    <message>
        <source>This is a list with banned users.</source>
        <translation>显示被封禁用户的列表。</translation>
    </message>
    <message>
        <source>Use this button if you want to add a new ban.</source>
        <translation>使用此按钮添加一个新的封禁。</translation>
    </message>
    <message>
        <source>Use this button if you want to update ban information.</source>
        <translation>使用此按钮更新一个封禁的信息。</translation>
    </message>
    <message>
        <source>Use this button if you want to remove user from the ban list.</source>
        <translation>使用此按钮从封禁列表中删除一名用户。</translation>
    </message>
    <message>
        <source>Clear all fields</source>
        <translation>清除所有输入</translation>
    </message>
    <message>
        <source>This button clears all fields. Use it if you want to add a new ban.</source>
        <translation>此按钮可以清除全部输入内容。在您需要添加新封禁时使用。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message numerus="yes">
        <source>Ban List - %n Ban(s)</source>
        <translation>
            <numerusform>封禁列表 - %n 个封禁</numerusform>
        </translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>掩码</translation>
    </message>
    <message>
        <source>Search for banned user</source>
        <translation>搜索被封禁的用户</translation>
    </message>
    <message>
        <source>Username to ban</source>
        <translation>要封禁的用户名</translation>
    </message>
    <message>
        <source>IP address to ban</source>
        <translation>要封禁的 IP 地址</translation>
    </message>
    <message>
        <source>Ban reason</source>
        <translation>封禁原因</translation>
    </message>
    <message>
        <source>Ban start date/time</source>
        <translation>封禁开始日期/时间</translation>
    </message>
    <message>
        <source>Ban end date/time</source>
        <translation>封禁结束日期/时间</translation>
    </message>
    <message>
        <source>Certificate hash to ban</source>
        <translation>要封禁的证书哈希</translation>
    </message>
    <message>
        <source>List of banned users</source>
        <translation>封禁用户列表</translation>
    </message>
</context>
<context>
    <name>CertView</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <source>Expiry Date</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>自签名</translation>
    </message>
</context>
<context>
    <name>CertWizard</name>
    <message>
        <source>Unable to validate email.&lt;br /&gt;Enter a valid (or blank) email to continue.</source>
        <translation>无法验证电子邮件。&lt;br /&gt;输入一个有效的电子邮件地址或留空以继续。</translation>
    </message>
    <message>
        <source>There was an error generating your certificate.&lt;br /&gt;Please try again.</source>
        <translation>生成证书时发生错误。&lt;br /&gt;请重试。</translation>
    </message>
    <message>
        <source>Your certificate and key could not be exported to PKCS#12 format. There might be an error in your certificate.</source>
        <translation>您的证书和密钥无法导出为 PKCS#12 格式。您的证书可能存在错误。</translation>
    </message>
    <message>
        <source>The file could not be opened for writing. Please use another file.</source>
        <translation>无法打开并写入文件。请选择其他文件。</translation>
    </message>
    <message>
        <source>The file&apos;s permissions could not be set. No certificate and key has been written. Please use another file.</source>
        <translation>无法设置文件权限。证书和密钥未被写入。请选择其他文件。</translation>
    </message>
    <message>
        <source>The file could not be written successfully. Please use another file.</source>
        <translation>无法成功写入文件。请选择其他文件。</translation>
    </message>
    <message>
        <source>The file could not be opened for reading. Please use another file.</source>
        <translation>无法打开并读取文件。请选择其他文件。</translation>
    </message>
    <message>
        <source>The file is empty or could not be read. Please use another file.</source>
        <translation>文件为空或不可读。请选择其他文件。</translation>
    </message>
    <message>
        <source>The file did not contain a valid certificate and key. Please use another file.</source>
        <translation>文件不包含有效的证书和密钥。请选择其他文件。</translation>
    </message>
    <message>
        <source>Select file to export certificate to</source>
        <translation>选择证书要导出到的文件</translation>
    </message>
    <message>
        <source>Select file to import certificate from</source>
        <translation>选择要导入的证书文件</translation>
    </message>
    <message>
        <source>Unable to import. Missing password or incompatible file type.</source>
        <translation>无法导入。密码错误或文件类型不受支持。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Certificate Expiry:&lt;/b&gt; Your certificate is about to expire. You need to renew it, or you will no longer be able to connect to servers you are registered on.</source>
        <translation>&lt;b&gt;证书过期：&lt;/b&gt;您的证书已过期。您需要重新生成一个新的证书，否则将无法连接到注册过的服务器。</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>Certificate Management</source>
        <translation>证书管理</translation>
    </message>
    <message>
        <source>Certificate Authentication</source>
        <translation>证书认证</translation>
    </message>
    <message>
        <source>Authenticating to servers without using passwords</source>
        <translation>免密码登录服务器</translation>
    </message>
    <message>
        <source>Current certificate</source>
        <translation>当前证书</translation>
    </message>
    <message>
        <source>This is the certificate Mumble currently uses.</source>
        <translation>Mumble 当前正在使用的证书。</translation>
    </message>
    <message>
        <source>Current Certificate</source>
        <translation>当前证书</translation>
    </message>
    <message>
        <source>Create a new certificate</source>
        <translation>创建新证书</translation>
    </message>
    <message>
        <source>This will create a new certificate.</source>
        <translation>创建一个新的证书。</translation>
    </message>
    <message>
        <source>Import certificate from file</source>
        <translation>从文件导入证书</translation>
    </message>
    <message>
        <source>This will import a certificate from file.</source>
        <translation>从文件导入一个证书。</translation>
    </message>
    <message>
        <source>Import a certificate</source>
        <translation>导入证书</translation>
    </message>
    <message>
        <source>Export Certificate</source>
        <translation>导出证书</translation>
    </message>
    <message>
        <source>This will export a certificate to file.</source>
        <translation>导出一个证书到文件。</translation>
    </message>
    <message>
        <source>Export current certificate</source>
        <translation>导出当前证书</translation>
    </message>
    <message>
        <source>Import Certificate</source>
        <translation>导入证书</translation>
    </message>
    <message>
        <source>PKCS #12 Certificate import</source>
        <translation>导入 PKS #12 证书</translation>
    </message>
    <message>
        <source>&lt;p&gt;Mumble can import certificates stored in PKCS #12 format. This is the format used when exporting a key from Mumble, and also when exporting keys from Firefox, Internet Explorer, Opera etc.&lt;/p&gt;&lt;p&gt;If the file is password protected, you will need the password to import the certificate.&lt;/p&gt;</source>
        <oldsource>&lt;p&gt;Mumble can import certificates stored in PKCS #12 format. This is the format used when exporting a key from Mumble, and also when exporting keys from FireFox, Internet Explorer, Opera etc.&lt;/p&gt;&lt;p&gt;If the file is password protected, you will need the password to import the certificate.&lt;/p&gt;</oldsource>
        <translation>&lt;p&gt;Mumble 可以导入一个 PKCS #12 格式的证书。这种格式的证书不仅可以被 Mumble 导入，还可以由 Firefox、Internet Explorer、Opera 等浏览器导出。&lt;/p&gt;&lt;p&gt;如果文件是被密码保护的，您需要输入密码才能导入证书。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>导入自</translation>
    </message>
    <message>
        <source>Filename to import from</source>
        <translation>导入证书的文件名</translation>
    </message>
    <message>
        <source>This is the filename you wish to import a certificate from.</source>
        <translation>您需要导入的证书文件名。</translation>
    </message>
    <message>
        <source>Select file to import from</source>
        <translation>选择需要导入的文件</translation>
    </message>
    <message>
        <source>Open...</source>
        <translation>打开...</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password for PKCS#12 file</source>
        <translation>PKCS#12 证书文件的密码</translation>
    </message>
    <message>
        <source>This is the password for the PKCS#12 file containing your certificate.</source>
        <translation>包含证书的 PKCS#12 文件的密码。</translation>
    </message>
    <message>
        <source>Certificate to import</source>
        <translation>导入的证书</translation>
    </message>
    <message>
        <source>This is the certificate you are importing.</source>
        <translation>您要导入的证书。</translation>
    </message>
    <message>
        <source>Certificate Details</source>
        <translation>证书详情</translation>
    </message>
    <message>
        <source>Replace Certificate</source>
        <translation>替换证书</translation>
    </message>
    <message>
        <source>Replace existing certificate with new certificate?</source>
        <translation>用新证书替换已存在的证书？</translation>
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
        <translation>&lt;p&gt;您已经在 Mumble 中保存了一个证书，并且您现在将要替换它。&lt;/p&gt;
&lt;p&gt;如果您升级到一个由可信证书机构签发的证书，并且证书的使用的电子邮件符合您的当前证书，这是完全安全的，而且您连接到的服务器会根据您的电子邮件地址自动识别这个强证书。
&lt;/p&gt;
&lt;p&gt;如果情况不是这样，您将不会被任何注册过的服务器认可。如果您尚未在任何服务器注册过，则没有任何影响。
&lt;/p&gt;
&lt;p&gt;
确定要替换证书？
&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>This is the certificate Mumble currently uses. It will be replaced.</source>
        <translation>Mumble 当前正在使用的证书。它将会被替换。</translation>
    </message>
    <message>
        <source>New certificate</source>
        <translation>新证书</translation>
    </message>
    <message>
        <source>This is the new certificate that will replace the old one.</source>
        <translation>用于替换当前证书的新证书。</translation>
    </message>
    <message>
        <source>New Certificate</source>
        <translation>新证书</translation>
    </message>
    <message>
        <source>Make a backup of your certificate</source>
        <translation>创建证书的备份</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出至</translation>
    </message>
    <message>
        <source>Filename to export to</source>
        <translation>导出证书的文件名</translation>
    </message>
    <message>
        <source>This is the filename you wish to export a certificate to.</source>
        <translation>您需要导出的证书文件名。</translation>
    </message>
    <message>
        <source>Save As...</source>
        <translation>保存为...</translation>
    </message>
    <message>
        <source>This is the certificate Mumble currently uses. It will be exported.</source>
        <translation>Mumble 当前正在使用的证书。它将会被导出。</translation>
    </message>
    <message>
        <source>Generate a new certificate for strong authentication</source>
        <translation>生成一个用于强认证的证书</translation>
    </message>
    <message>
        <source>&lt;p&gt;Mumble will now generate a strong certificate for authentication to servers.&lt;/p&gt;&lt;p&gt;If you wish, you may provide some additional information to be stored in the certificate, which will be presented to servers when you connect. If you provide a valid email address, you can upgrade to a CA issued email certificate later on, which provides strong identification.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mumble 将会生成一个强证书用于服务器认证。&lt;/p&gt;&lt;p&gt;您可以提供一些额外的信息，这些信息将写在证书内，并向您连接的服务器呈现。如果您提供了一个有效的电子邮件地址，就可以随时升级到由证书机构签发的电子邮件证书，可以提供更强的身份认证。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Your email address (e.g. johndoe@mumble.info)</source>
        <translation>您的电子邮件地址（例如 johndoe@mumble.info）</translation>
    </message>
    <message>
        <source>This is your email address. It is strongly recommended to provide a valid email address, as this will allow you to upgrade to a strong certificate without authentication problems.</source>
        <translation>您的电子邮件地址。强烈推荐使用有效的邮件地址，否则可能会在升级强认证的时候遇到问题。</translation>
    </message>
    <message>
        <source>Your name (e.g. John Doe)</source>
        <translation>您的姓名（例如 John Doe）</translation>
    </message>
    <message>
        <source>This is your name, and will be filled out in the certificate. This field is entirely optional.</source>
        <translation>您希望填写到证书里的名称。这完全是可选的。</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Certificate-based authentication is ready for use</source>
        <translation>证书认证已可用</translation>
    </message>
    <message>
        <source>Enjoy using Mumble with strong authentication.</source>
        <translation>享受 Mumble 的强认证功能。</translation>
    </message>
    <message>
        <source>Automatic certificate creation</source>
        <translation>自动证书创建</translation>
    </message>
    <message>
        <source>&lt;p&gt;If you ever lose your current certificate, which will happen if your computer suffers a hardware failure or you reinstall your machine, you will no longer be able to authenticate to any server you are registered on. It is therefore &lt;b&gt;mandatory&lt;/b&gt; that you make a backup of your certificate. We strongly recommend you store this backup on removable storage, such as a USB flash drive.&lt;/p&gt;
&lt;p&gt;Note that this file will not be encrypted, and if anyone gains access to it, they will be able to impersonate you, so take good care of it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;如果您丢失了当前证书，例如计算机硬件发送故障或者重新安装了操作系统，您将无法通过已注册服务器的身份认证。因此需要&lt;b&gt;强制&lt;/b&gt;备份证书文件。我们强烈建议您将此备份存储到可移动设备中，例如 U 盘。&lt;/p&gt;
&lt;p&gt;注意：这个文件是未加密的，如果其他人获得此文件，他们将可以冒充您，所以请小心保管。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Displays current certificate</source>
        <translation>显示当前证书</translation>
    </message>
    <message>
        <source>Certificate file to import</source>
        <translation>要导入的证书文件</translation>
    </message>
    <message>
        <source>Use the &quot;open&quot; button to select a file using a dialog.</source>
        <translation>使用“打开”按钮通过对话框选择文件。</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>证书密码</translation>
    </message>
    <message>
        <source>Displays imported certificate</source>
        <translation>显示导入的证书</translation>
    </message>
    <message>
        <source>Displays new certificate</source>
        <translation>显示新证书</translation>
    </message>
    <message>
        <source>File to export certificate to</source>
        <translation>将证书导出至文件</translation>
    </message>
    <message>
        <source>Use the &quot;save as&quot; button to select a file using a dialog.</source>
        <translation>使用“另存为”按钮通过对话框选择文件。</translation>
    </message>
    <message>
        <source>Your name. For example: John Doe</source>
        <translation>您的名字。例如：John Doe</translation>
    </message>
    <message>
        <source>Your email address. For example: johndoe@mumble.info</source>
        <translation>您的电子邮件地址。例如：johndoe@mumble.info</translation>
    </message>
    <message>
        <source>&lt;p&gt;Mumble can use certificates to authenticate with servers. Using certificates avoids passwords, meaning you don&apos;t need to disclose any password to the remote site. It also enables very easy user registration and a client side friends list independent of servers.&lt;/p&gt;&lt;p&gt;While Mumble can work without certificates, the majority of servers will expect you to have one.&lt;/p&gt;&lt;p&gt;Creating a new certificate automatically is sufficient for most use cases. But Mumble also supports certificates representing trust in the users ownership of an email address. These certificates are issued by third parties. For more information see our &lt;a href=&quot;https://www.mumble.info/documentation/user/certificates/&quot;&gt;user certificate documentation&lt;/a&gt;. &lt;/p&gt;</source>
        <translation>&lt;p&gt;Mumble 可以使用证书与服务器进行身份验证。使用证书避免密码，意味着您无需向远程站点披露任何密码。证书还支持非常简单的用户注册流程，以及与服务器无关的客户端好友列表。&lt;/p&gt;&lt;p&gt;虽然没有证书 Mumble 也能正常工作，但多数服务器都期望您有一份证书。&lt;/p&gt;&lt;p&gt;对于多数使用情况，自动创建新证书已足够。但 Mumble 还支持以证书表示信任用户对电子邮件地址的所有权。此类证书由第三方签发。更多信息，请查看我们的&lt;a href=&quot;https://www.mumble.info/documentation/user/certificates/&quot;&gt;用户证书文档&lt;/a&gt;。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ChanACL</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Traverse</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>进入</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>说话</translation>
    </message>
    <message>
        <source>Mute/Deafen</source>
        <translation>禁言/禁听</translation>
    </message>
    <message>
        <source>Make channel</source>
        <translation>创建频道</translation>
    </message>
    <message>
        <source>Make temporary</source>
        <translation>创建临时频道</translation>
    </message>
    <message>
        <source>Link channel</source>
        <translation>链接频道</translation>
    </message>
    <message>
        <source>This represents no privileges.</source>
        <translation>表示没有任何权限。</translation>
    </message>
    <message>
        <source>This represents total access to the channel, including the ability to change group and ACL information. This privilege implies all other privileges.</source>
        <translation>允许完全控制频道，包括改变分组和 ACL 信息。此权限包含了所有其他权限。</translation>
    </message>
    <message>
        <source>This represents the permission to traverse the channel. If a user is denied this privilege, he will be unable to access this channel and any sub-channels in any way, regardless of other permissions in the sub-channels.</source>
        <translation>允许通过频道。如果用户不具有此权限，他将无法进入此频道和所有子频道，即使他拥有子频道的其他权限。</translation>
    </message>
    <message>
        <source>This represents the permission to join the channel. If you have a hierarchical channel structure, you might want to give everyone Traverse, but restrict Enter in the root of your hierarchy.</source>
        <translation>允许进入频道。如果您设定了分级频道结构，则可能需要授予所有人通过权限，但限制根频道的进入权限。</translation>
    </message>
    <message>
        <source>This represents the permission to speak in a channel. Users without this privilege will be suppressed by the server (seen as muted), and will be unable to speak until they are unmuted by someone with the appropriate privileges.</source>
        <translation>允许在频道内说话。用户如果没有此权限，将会在此频道内被服务器禁言（关闭麦克风），直到被具有相关权限的人解除禁言。</translation>
    </message>
    <message>
        <source>This represents the permission to whisper to this channel from the outside. This works exactly like the &lt;i&gt;speak&lt;/i&gt; privilege, but applies to packets spoken with the Whisper key held down. This may be used to broadcast to a hierarchy of channels without linking.</source>
        <translation>允许在频道外时对此频道发送密语。与&lt;i&gt;说话&lt;/i&gt;权限类似。但仅当用户按下密语键时才有效。此功能可以在不链接频道的情况下向多级频道广播内容。</translation>
    </message>
    <message>
        <source>This represents the permission to mute and deafen other users. Once muted, a user will stay muted until he is unmuted by another privileged user or reconnects to the server.</source>
        <translation>允许关闭其他用户的麦克风（禁言）和扬声器（禁听）。一旦被禁言，用户将一直处于麦克风关闭状态，直到被其他拥有权限的用户解除或者重新连接服务器。</translation>
    </message>
    <message>
        <source>This represents the permission to move a user to another channel or kick him from the server. To actually move the user, either the moving user must have Move privileges in the destination channel, or the user must normally be allowed to enter the channel. Users with this privilege can move users into channels the target user normally wouldn&apos;t have permission to enter.</source>
        <translation>允许将用户移动到另一个频道或者将其踢出服务器。对于移动操作，需要移动者拥有目标频道的移动权限，或者被移动者拥有进入目标频道的权限。拥有此权限的用户可以将没有进入某个频道权限的用户移动到该频道。</translation>
    </message>
    <message>
        <source>This represents the permission to make sub-channels. The user making the sub-channel will be added to the admin group of the sub-channel.</source>
        <translation>允许创建子频道。用户可以创建一个子频道并被加入子频道的 admin（管理员）组。</translation>
    </message>
    <message>
        <source>This represents the permission to make a temporary subchannel. The user making the sub-channel will be added to the admin group of the sub-channel. Temporary channels are not stored and disappear when the last user leaves.</source>
        <translation>允许创建临时子频道。用户可以创建一个临时子频道并被加入其 admin（管理员）组。临时频道不会一直存在，在最后一名用户离开后，临时频道就会消失。</translation>
    </message>
    <message>
        <source>This represents the permission to link channels. Users in linked channels hear each other, as long as the speaking user has the &lt;i&gt;speak&lt;/i&gt; privilege in the channel of the listener. You need the link privilege in both channels to create a link, but just in either channel to remove it.</source>
        <translation>允许链接频道。只要说话的用户拥有对应频道的&lt;i&gt;说话&lt;/i&gt;权限，被链接的频道内的用户就可以听到彼此的说话。您需要同时拥有两个频道的链接权限才能创建频道链接，但是只要拥有其中一个频道的链接权限就能删除此链接。</translation>
    </message>
    <message>
        <source>This represents the permission to write text messages to other users in this channel.</source>
        <translation>允许在频道内发送文字消息给其他用户。</translation>
    </message>
    <message>
        <source>This represents the permission to forcibly remove users from the server.</source>
        <translation>允许强制用户离开服务器。</translation>
    </message>
    <message>
        <source>This represents the permission to permanently remove users from the server.</source>
        <translation>允许永久阻止用户进入服务器。</translation>
    </message>
    <message>
        <source>This represents the permission to register and unregister users on the server.</source>
        <translation>允许在服务器上为其他用户注册和取消注册。</translation>
    </message>
    <message>
        <source>This represents the permission to register oneself on the server.</source>
        <translation>允许用户在服务器上注册自己。</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>密语</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动用户</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>文字消息</translation>
    </message>
    <message>
        <source>Kick</source>
        <translation>踢出用户</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>封禁用户</translation>
    </message>
    <message>
        <source>Register User</source>
        <translation>注册用户</translation>
    </message>
    <message>
        <source>Register Self</source>
        <translation>注册自己</translation>
    </message>
    <message>
        <source>Write ACL</source>
        <translation>编辑 ACL</translation>
    </message>
    <message>
        <source>This represents the permission to use the listen-feature allowing to listen to a channel without being in it.</source>
        <translation>允许用户在频道之外监听此频道。</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>监听</translation>
    </message>
    <message>
        <source>This represents the permission to reset the comment or avatar of a user.</source>
        <translation>允许用户重置其他用户的简介或头像。</translation>
    </message>
    <message>
        <source>Reset User Content</source>
        <translation>重置用户信息</translation>
    </message>
</context>
<context>
    <name>ChatbarTextEdit</name>
    <message>
        <source>Paste and &amp;Send</source>
        <oldsource>Paste and send</oldsource>
        <translation>粘贴并发送(&amp;S)</translation>
    </message>
    <message>
        <source>&lt;center&gt;Type chat message here&lt;/center&gt;</source>
        <translation>&lt;center&gt;在这里输入聊天消息&lt;/center&gt;</translation>
    </message>
    <message>
        <source>Unable to send image: too large.</source>
        <translation>无法发送图片：图片过大。</translation>
    </message>
    <message>
        <source>Unable to send image %1: too large.</source>
        <translation>无法发送图片 %1：图片过大。</translation>
    </message>
    <message>
        <source>This server does not allow sending images.</source>
        <translation>当前服务器不允许发送图片。</translation>
    </message>
</context>
<context>
    <name>ClientUser</name>
    <message>
        <source>Friend</source>
        <translation>好友</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>已认证</translation>
    </message>
    <message>
        <source>Priority speaker</source>
        <translation>优先发言人</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>正在录音</translation>
    </message>
    <message>
        <source>Muted (server)</source>
        <translation>麦克风关闭（禁言）</translation>
    </message>
    <message>
        <source>Deafened (server)</source>
        <translation>扬声器关闭（禁听）</translation>
    </message>
    <message>
        <source>Local Ignore (Text messages)</source>
        <translation>本地屏蔽（文字消息）</translation>
    </message>
    <message>
        <source>Local Mute</source>
        <translation>本地屏蔽（语音）</translation>
    </message>
    <message>
        <source>Muted (self)</source>
        <translation>麦克风关闭（自己）</translation>
    </message>
    <message>
        <source>Deafened (self)</source>
        <translation>扬声器关闭（自己）</translation>
    </message>
    <message>
        <source>Local Ignore (Text-To-Speech)</source>
        <translation>本地屏蔽（语音播报）</translation>
    </message>
</context>
<context>
    <name>ConfigDialog</name>
    <message>
        <source>Accept changes</source>
        <translation>接受修改</translation>
    </message>
    <message>
        <source>This button will accept current settings and return to the application.&lt;br /&gt;The settings will be stored to disk when you leave the application.</source>
        <translation>接受当前的设置并返回应用程序。&lt;br /&gt;在您退出应用时，这些设置将被保存到硬盘。</translation>
    </message>
    <message>
        <source>Reject changes</source>
        <translation>拒绝修改</translation>
    </message>
    <message>
        <source>This button will reject all changes and return to the application.&lt;br /&gt;The settings will be reset to the previous positions.</source>
        <translation>拒绝所有的修改并返回应用程序。&lt;br /&gt;设置将被重置为上一个状态。</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>应用修改</translation>
    </message>
    <message>
        <source>This button will immediately apply all changes.</source>
        <translation>立即应用所有的修改。</translation>
    </message>
    <message>
        <source>Undo changes for current page</source>
        <translation>撤销此页面的修改</translation>
    </message>
    <message>
        <source>This button will revert any changes done on the current page to the most recent applied settings.</source>
        <translation>撤销您在此页面上的所有修改。</translation>
    </message>
    <message>
        <source>Restore defaults for current page</source>
        <translation>恢复此页面为默认值</translation>
    </message>
    <message>
        <source>Mumble Configuration</source>
        <translation>Mumble 配置</translation>
    </message>
    <message>
        <source>Configuration categories</source>
        <translation>配置分类</translation>
    </message>
    <message>
        <source>This button will restore the defaults for the settings on the current page. Other pages will not be changed.&lt;br /&gt;To restore all settings to their defaults, you can press the &quot;Defaults (All)&quot; button.</source>
        <translation>恢复此页面上的所有设置为默认值。其他页面不会被修改。&lt;br /&gt;要将所有设置恢复为默认，您可以点击“恢复所有为默认值”按钮。</translation>
    </message>
    <message>
        <source>Restore all defaults</source>
        <translation>恢复所有为默认值</translation>
    </message>
    <message>
        <source>This button will restore the defaults for all settings.</source>
        <translation>将所有设置恢复为默认值。</translation>
    </message>
    <message>
        <source>Defaults (All)</source>
        <translation>默认值（所有）</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connecting to %1</source>
        <translation>正在连接 %1</translation>
    </message>
    <message>
        <source>Enter username</source>
        <translation>输入用户名</translation>
    </message>
    <message>
        <source>Servername</source>
        <translation>服务器名</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户数</translation>
    </message>
    <message>
        <source>Failed to fetch server list</source>
        <translation>获取服务器列表失败</translation>
    </message>
    <message>
        <source>Mumble Server Connect</source>
        <translation>Mumble 服务器连接</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Remove from Favorites</source>
        <translation>从收藏夹中删除</translation>
    </message>
    <message>
        <source>Add custom server</source>
        <translation>添加自定义服务器</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy favorite link to clipboard</source>
        <translation>复制收藏夹链接到剪贴板</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Paste favorite from clipboard</source>
        <translation>从剪贴板粘贴到收藏夹</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>编辑(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Add New...</source>
        <translation>添加(&amp;A)...</translation>
    </message>
    <message>
        <source>Add to &amp;Favorites</source>
        <translation>添加到收藏夹(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Webpage</source>
        <translation>打开网页(&amp;W)</translation>
    </message>
    <message>
        <source>Server list</source>
        <translation>服务器列表</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>显示所有</translation>
    </message>
    <message>
        <source>Show Populated</source>
        <translation>显示有人</translation>
    </message>
    <message>
        <source>Show Reachable</source>
        <translation>显示可连接</translation>
    </message>
    <message>
        <source>All</source>
        <translation>所有</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>非洲</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>亚洲</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>欧洲</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>北美洲</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>大洋洲</translation>
    </message>
    <message>
        <source>South America</source>
        <translation>南美洲</translation>
    </message>
    <message>
        <source>Consent to the transmission of private data</source>
        <translation>同意传输私有数据</translation>
    </message>
    <message>
        <source>&lt;p&gt;To measure the latency (ping) of public servers and determine the number of active users, your IP address must be transmitted to each public server.&lt;/p&gt;&lt;p&gt;Do you consent to the transmission of your IP address? If you answer no, the public server list will be deactivated. However, you can reactivate it at any time in the network settings.&lt;/p&gt;</source>
        <translation>&lt;p&gt;为了获取公共服务器的延迟（Ping）和在线用户数，您的 IP 地址必须被发送到所有公共服务器。&lt;/p&gt;&lt;p&gt;您同意传输您的 IP 地址吗？如果您不同意，公共服务器列表会被禁用。但您随时可以在网络设置内重新启用它。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>连接(&amp;O)</translation>
    </message>
    <message>
        <source>Adding host %1</source>
        <translation>添加主机 %1</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>Bonjour name</source>
        <translation>Bonjour 名称</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网页</translation>
    </message>
    <message>
        <source>Packet loss</source>
        <translation>丢包</translation>
    </message>
    <message>
        <source>Ping (80%)</source>
        <translation>Ping（80%）</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Ping (95%)</source>
        <translation>Ping（95%）</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation>%1 千比特/秒</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <translation>IPv4 地址</translation>
    </message>
    <message>
        <source>IPv6 address</source>
        <translation>IPv6 地址</translation>
    </message>
    <message>
        <source>This is the connection dialog. There are two different ways to connect to a Mumble server. If the server is listed publicly, you can use the server list to find it. If you know the server IP address, you can manually add a new permanent entry to your favorites.</source>
        <translation>这是连接对话框。有两种方式连接 Mumble 服务器。如果服务器被公开列出，您可以通过服务器列表找到它。如果您知道服务器的 IP 地址，则可以手动向收藏夹内永久添加。</translation>
    </message>
    <message>
        <source>The server list contains your favorites and all publicly listed servers.</source>
        <translation>服务器列表包括您的收藏夹和所有公开列出的服务器。</translation>
    </message>
    <message>
        <source>With this search interface you can filter the Mumble servers displayed in the server list.</source>
        <translation>通过搜索界面，您可以筛选服务器列表内的 Mumble 服务器。</translation>
    </message>
    <message>
        <source>Search for servername</source>
        <translation>搜索服务器名称</translation>
    </message>
    <message>
        <source>Search for location</source>
        <translation>搜索地理位置</translation>
    </message>
    <message>
        <source>Set filter mode</source>
        <translation>设置筛选模式</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
</context>
<context>
    <name>ConnectDialogEdit</name>
    <message>
        <source>Edit Server</source>
        <translation>编辑服务器</translation>
    </message>
    <message>
        <source>Name of the server</source>
        <translation>服务器名称</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>地址(&amp;D)</translation>
    </message>
    <message>
        <source>Internet address of the server.</source>
        <oldsource>Internet address of the server. </oldsource>
        <translation>服务器的 Internet 地址。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Address&lt;/b&gt;&lt;br/&gt;
Internet address of the server. This can be a normal hostname, an IPv4/IPv6 address or a Bonjour service identifier. Bonjour service identifiers have to be prefixed with a &apos;@&apos; to be recognized by Mumble.</source>
        <oldsource>&lt;b&gt;Address&lt;/b&gt;&lt;/br&gt;
Internet address of the server. This can be a normal hostname, an ipv4/6 address or a bonjour service identifier. Bonjour service identifiers have to be prefixed with a &apos;@&apos; to be recognized by Mumble.</oldsource>
        <translation>&lt;b&gt;地址&lt;/b&gt;&lt;br/&gt;
服务器的 Internet 地址，可以是普通的主机名、IPv4/IPv6 地址或者一个 Bonjour 服务 ID。Bonjour 服务 ID 必须以“@”为前缀，Mumble 才能识别。</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>端口(&amp;P)</translation>
    </message>
    <message>
        <source>Port on which the server is listening</source>
        <translation>服务器所监听的端口</translation>
    </message>
    <message>
        <source>&lt;b&gt;Port&lt;/b&gt;&lt;br/&gt;
Port on which the server is listening. If the server is identified by a Bonjour service identifier this field will be ignored.</source>
        <translation>&lt;b&gt;端口&lt;/b&gt;&lt;br/&gt;
服务器所使用的监听端口。如果服务器由 Bonjour 服务 ID 标识，此值会被忽略。</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>Username to send to the server</source>
        <translation>发送到服务器的用户名</translation>
    </message>
    <message>
        <source>&lt;b&gt;Username&lt;/b&gt;&lt;br/&gt;
Username to send to the server. Be aware that the server can impose restrictions on how a username might look like. Also your username could already be taken by another user.</source>
        <translation>&lt;b&gt;用户名&lt;/b&gt;&lt;br/&gt;
发送到服务器的用户名。请注意，服务器可以限制用户名的格式。您的用户名也可能已被其他用户使用。</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation>添加服务器</translation>
    </message>
    <message>
        <source>You are currently connected to a server.
Do you want to fill the dialog with the connection data of this server?
Host: %1 Port: %2</source>
        <translation>您当前已连接到一个服务器。
您想要将当前连接服务器的数据填写到此对话框吗？
主机：%1 端口：%2</translation>
    </message>
    <message>
        <source>You have an URL in your clipboard.
Do you want to fill the dialog with this data?
Host: %1 Port: %2</source>
        <translation>您的剪贴板中有一个 URL。
您想要将它填写到此对话框吗？
主机：%1 端口：%2</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password to send to the server</source>
        <translation>发送到服务器的密码</translation>
    </message>
    <message>
        <source>&lt;b&gt;Password&lt;/b&gt;&lt;br/&gt;
Password to be sent to the server on connect. This password is needed when connecting as &lt;i&gt;SuperUser&lt;/i&gt; or to a server using password authentication. If not entered here the password will be queried on connect.</source>
        <translation>&lt;b&gt;密码&lt;/b&gt;&lt;br/&gt;
连接服务器时发送到服务器的密码。如果您以 &lt;i&gt;SuperUser&lt;/i&gt;（超级用户）身份连接服务器或者连接一个通过密码认证的服务器，则需要填写密码。如果您没有在此处输入，则连接服务器时会被要求输入密码。</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>显示密码</translation>
    </message>
    <message>
        <source>&lt;b&gt;Label&lt;/b&gt;&lt;br/&gt;
Label of the server. This is what the server will be named like in your server list and can be chosen freely.</source>
        <translation>&lt;b&gt;别名&lt;/b&gt;&lt;br/&gt;
服务器的别名。此名称会在服务器列表中显示，您可以随意选择此名称。</translation>
    </message>
    <message>
        <source>Local server label</source>
        <translation>本地服务器别名</translation>
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
        <translation>用户名</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>填写(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>忽略(&amp;I)</translation>
    </message>
    <message>
        <source>Server IP address</source>
        <translation>服务器 IP 地址</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>服务器端口</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Label for server</source>
        <translation>服务器标签</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Mumble Crash Report</source>
        <translation>Mumble 崩溃报告</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;We&apos;re terribly sorry, but it seems Mumble has crashed. Do you want to send a crash report to the Mumble developers?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The crash report contains a partial copy of Mumble&apos;s memory at the time it crashed, and will help the developers fix the problem.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;很抱歉，Mumble 发生了崩溃。您是否需要向 Mumble 开发者发送崩溃报告？&lt;/b&gt;&lt;/p&gt;&lt;p&gt;此报告包含部分 Mumble 崩溃时的内存快照，可以帮助开发者更好地解决问题。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Email address (optional)</source>
        <translation>电子邮件地址（选填）</translation>
    </message>
    <message>
        <source>Please describe briefly, in English, what you were doing at the time of the crash</source>
        <oldsource>Please briefly describe what you were doing at the time of the crash</oldsource>
        <translation>请使用英语简单地描述您在崩溃之前的操作</translation>
    </message>
    <message>
        <source>Send Report</source>
        <translation>发送报告</translation>
    </message>
    <message>
        <source>Don&apos;t send report</source>
        <translation>不发送报告</translation>
    </message>
    <message>
        <source>Crash upload successful</source>
        <translation>崩溃报告上传成功</translation>
    </message>
    <message>
        <source>Thank you for helping make Mumble better!</source>
        <translation>感谢您帮助 Mumble 变得更好！</translation>
    </message>
    <message>
        <source>Crash upload failed</source>
        <translation>崩溃报告上传失败</translation>
    </message>
    <message>
        <source>Uploading crash report</source>
        <translation>正在上传崩溃报告</translation>
    </message>
    <message>
        <source>Abort upload</source>
        <translation>取消上传</translation>
    </message>
    <message>
        <source>HTTP error %1: &quot;%2&quot;</source>
        <translation>HTTP 错误 %1：“%2”</translation>
    </message>
    <message>
        <source>Internal error encountered in CrashReporter.cpp: Received network reply does not contain an HTTP status code. Please inform a developer about error code %1</source>
        <translation>CrashReporter.cpp 发生了内部错误：接收的网络响应不包含 HTTP 状态码。请联系开发者提供错误代码 %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database &apos;%1&apos; is read-only. Mumble cannot store server settings (i.e. SSL certificates) until you fix this problem.</source>
        <oldsource>The database &apos;%1&apos; is read-only. Mumble can not store server settings (ie. SSL certificates) until you fix this problem.</oldsource>
        <translation>数据库“%1”是只读的。在修复此错误前，Mumble 将无法保存服务器设置（即 SSL 证书）。</translation>
    </message>
    <message>
        <source>The database file &apos;%1&apos; set in the configuration file does not exist. Do you want to create a new database file at this location?</source>
        <translation>配置文件中设置的数据库文件“%1”不存在。您希望在该位置新建数据库吗？</translation>
    </message>
    <message>
        <source>Mumble failed to initialize a database in any of the possible locations.</source>
        <translation>Mumble 无法从任何可能的位置初始化数据库。</translation>
    </message>
    <message>
        <source>You can also choose to reset the configured path to its default value.</source>
        <translation>您也可以选择将已配置的路径重置为默认值。</translation>
    </message>
    <message>
        <source>Create File</source>
        <translation>创建文件</translation>
    </message>
    <message>
        <source>Reset Configured Path</source>
        <translation>重置已配置路径</translation>
    </message>
    <message>
        <source>Quit Without Changes</source>
        <translation>退出而不修改</translation>
    </message>
</context>
<context>
    <name>DeveloperConsole</name>
    <message>
        <source>Developer Console</source>
        <translation>开发者控制台</translation>
    </message>
</context>
<context>
    <name>DockTitleBar</name>
    <message>
        <source>Drag here</source>
        <translation>拖放到此处</translation>
    </message>
</context>
<context>
    <name>FailedConnectionDialog</name>
    <message>
        <source>Connection failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <source>You connected with an invalid username, please try another one.</source>
        <translation>您正以无效的用户名连接，请换一个试试。</translation>
    </message>
    <message>
        <source>The chosen username is already in use, please try another one.</source>
        <translation>您选择的用户名已被使用，请换一个试试。</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>The chosen username belongs to a registered user on this server.</source>
        <translation>您选择的用户名属于该服务器上的一名已注册用户。</translation>
    </message>
    <message>
        <source>The provided password is not valid for this user. Please try a different one or use certificate-based authentication by not specifying a password.</source>
        <translation>您提供的密码对此用户无效。请尝试其他密码，或者不指定密码以使用证书身份认证。</translation>
    </message>
    <message>
        <source>The used certificate is not valid for this user. Please use a different certificate or specify a password to use password-based authentication instead.</source>
        <translation>您使用的证书对此用户无效。请使用其他证书，或指定密码进行身份认证。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Change certificate</source>
        <translation>更改证书</translation>
    </message>
    <message>
        <source>The provided server password is invalid. Please choose a different one.</source>
        <translation>您提供的服务器密码无效。请输入其他密码。</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>重新连接</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>GlobalShortcut</name>
    <message>
        <source>Shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>List of configured shortcuts</source>
        <translation>已设置快捷键列表</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Suppress</source>
        <translation>屏蔽</translation>
    </message>
    <message>
        <source>Add new shortcut</source>
        <translation>添加新的快捷键</translation>
    </message>
    <message>
        <source>This will add a new global shortcut</source>
        <translation>添加一个新的全局快捷键</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Remove selected shortcut</source>
        <translation>删除所选快捷键</translation>
    </message>
    <message>
        <source>This will permanently remove a selected shortcut.</source>
        <translation>永久删除被选中的快捷键。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumble can currently only use mouse buttons and keyboard modifier keys (Alt, Ctrl, Cmd, etc.) for global shortcuts.&lt;/p&gt;&lt;p&gt;If you want more flexibility, you can enable &lt;span style=&quot; font-style:italic;&quot;&gt;Access for assistive devices&lt;/span&gt; in the system&apos;s Accessibility preferences. However, please note that this change also potentially allows malicious programs to read what is typed on your keyboard.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumble 目前仅支持鼠标按钮和键盘修饰键（Alt、Ctrl、Cmd 等）作为全局快捷键。&lt;/p&gt;&lt;p&gt;如果您希望更灵活，可以在系统辅助功能偏好设置中启用&lt;span style=&quot; font-style:italic;&quot;&gt;辅助设备访问&lt;/span&gt;。但请注意，此更改还可能允许恶意程序读取键盘上键入的内容。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Enable Global Shortcuts</source>
        <translation>启用全局快捷键</translation>
    </message>
    <message>
        <source>&lt;b&gt;Additional Shortcut Engines&lt;/b&gt;&lt;br /&gt;This section allows you to configure the use of additional GlobalShortcut engines.</source>
        <translation>&lt;b&gt;其他快捷键引擎&lt;/b&gt;&lt;br /&gt;本部分允许您配置其他全局快捷键引擎的使用。</translation>
    </message>
    <message>
        <source>Additional Shortcut Engines</source>
        <translation>其他快捷键引擎</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enable GKey&lt;/b&gt;.&lt;br /&gt;This setting enables support for the GKey shortcut engine, for &quot;G&quot;-keys found on Logitech keyboards.</source>
        <translation>&lt;b&gt;启用 GKey&lt;/b&gt;。&lt;br /&gt;此设置启用对 GKey 快捷键引擎的支持，用于 Logitech 键盘上的 G 键。</translation>
    </message>
    <message>
        <source>Enable GKey</source>
        <translation>启用 GKey</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enable XInput&lt;/b&gt;&lt;br /&gt;This setting enables support for the XInput shortcut engine, for Xbox compatible controllers.</source>
        <translation>&lt;b&gt;启用 XInput&lt;/b&gt;&lt;br /&gt;此设置启用对 XInput 快捷键引擎的支持，用于兼容 Xbox 的游戏控制器。</translation>
    </message>
    <message>
        <source>Enable XInput</source>
        <translation>启用 XInput</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enable shortcuts in privileged applications&lt;/b&gt;.&lt;br /&gt;Also known as &quot;UIAccess&quot;. This allows Mumble to receive global shortcut events from programs running at high privilege levels, such as an Admin Command Prompt or older games that run with admin privileges.
&lt;br /&gt;&lt;br /&gt;
Without this option enabled, using Mumble&apos;s global shortcuts in privileged applications will not work. This can seem inconsistent: for example, if the Push-to-Talk button is pressed in a non-privileged program, but released in a privileged application, Mumble will not observe that it has been released and you will continue to talk until you press the Push-to-Talk button again.</source>
        <translation>&lt;b&gt;允许在特权应用中使用快捷键&lt;/b&gt;。&lt;br /&gt;这也被称为“UIAccess”，使 Mumble 可以从高权限应用程序接收全局快捷键事件，例如在管理员命令提示符或以管理员权限运行的旧游戏中。
&lt;br /&gt;&lt;br /&gt;
如果未启用此选项，则在特权应用程序中，Mumble 全局快捷键将不起作用。这可能导致看起来不一致的行为：例如，如果在非特权程序中按住按键发言键，但在特权应用程序中松开，Mumble 将无法发现它已被释放，您将会继续保持说话状态，直到您再次按下按键发言键。</translation>
    </message>
    <message>
        <source>Enable shortcuts in privileged applications</source>
        <translation>在特权应用中启用快捷键</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumble&apos;s Global Shortcuts system does currently not work properly in combination with the Wayland protocol. For more information, visit &lt;a href=&quot;https://github.com/mumble-voip/mumble/issues/5257&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0057ae;&quot;&gt;https://github.com/mumble-voip/mumble/issues/5257&lt;/span&gt;&lt;/a&gt;.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumble 的全局快捷键系统目前不能在 Wayland 接口下正常工作。要了解更多信息，请访问 &lt;a href=&quot;https://github.com/mumble-voip/mumble/issues/5257&quot;&gt;&lt;span style=&quot; text-decoration: underline; color:#0057ae;&quot;&gt;https://github.com/mumble-voip/mumble/issues/5257&lt;/span&gt;&lt;/a&gt;。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Configured shortcuts</source>
        <translation>已配置的快捷键</translation>
    </message>
    <message>
        <source>Use up and down keys to navigate through your added shortcuts. Use left and right keys to navigate between actions and options for a single shortcut. Entries can be added and deleted with the buttons below.</source>
        <translation>使用上下箭头在您添加的快捷键中导航。使用左右箭头在单个快捷键的操作与选项间导航。可以通过下面的按钮添加和删除条目。</translation>
    </message>
    <message>
        <source>Add unassigned shortcut</source>
        <translation>添加未分配的快捷键</translation>
    </message>
    <message>
        <source>This adds a new empty entry to the &quot;Configured Shortcut&quot; tree above. The tree will be automatically focused. Assign a key or an action by selecting the entry in the tree above.</source>
        <translation>这会向上面的“已配置的快捷键”树添加一个空条目。此树会自动获得焦点。在树中选择条目以分配按键或操作。</translation>
    </message>
    <message>
        <source>This removes the selected entry from the &quot;Configured Shortcut&quot; tree above</source>
        <translation>这会从上面的“已配置的快捷键”树中删除选中的条目</translation>
    </message>
</context>
<context>
    <name>GlobalShortcutButtons</name>
    <message>
        <source>Edit shortcut</source>
        <translation>编辑快捷键</translation>
    </message>
    <message>
        <source>Start capture process</source>
        <translation>开始录制过程</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Starts the capture process: all buttons you press will be added to the tree.&lt;/p&gt;&lt;p&gt;Once all buttons are released, the capture process stops automatically.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;开始录制过程：您按下的所有按键会被添加到树中。&lt;/p&gt;&lt;p&gt;所有按键都松开后，录制过程自动停止。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove the currently selected items</source>
        <translation>删除已选项目</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>List of shortcuts</source>
        <translation>快捷键列表</translation>
    </message>
    <message>
        <source>Toggling this button will make the application listen for a shortcut. Once the shortcut is entered, the application stops listening for a shortcut. Multiple shortcuts can be assigned to the current action. Navigate to the shortcut list above to review the shortcuts currently assigned to the current action.</source>
        <translation>开关此按钮会使应用程序监听快捷键。输入快捷键后，应用程序会停止监听快捷键。当前操作可以绑定多个快捷键。导航到上面的快捷键列表以检查当前操作绑定的快捷键。</translation>
    </message>
    <message>
        <source>This button will remove the selected shortcut for the current action. Note that you will have to select a shortcut from the list above first before this button has any effect.</source>
        <translation>此按钮将会为当前操作删除选中的快捷键。注意，您需要先在上面的列表中选择一个快捷键，此按钮才会生效。</translation>
    </message>
</context>
<context>
    <name>GlobalShortcutConfig</name>
    <message>
        <source>Shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the global shortcut key combination.&lt;/b&gt;&lt;br /&gt;Click this field and then press the desired key/button combo to rebind. Double-click to clear.</source>
        <oldsource>&lt;b&gt;This is the global shortcut key combination.&lt;/b&gt;&lt;br /&gt;Double-click this field and then the desired key/button combo to rebind.</oldsource>
        <translation>&lt;b&gt;全局快捷键组合。&lt;/b&gt;&lt;br /&gt;点击此框，然后按下相应的按键/按钮组合，以重新绑定快捷键，双击清除已绑定的快捷键。</translation>
    </message>
    <message>
        <source>Suppress keys from other applications</source>
        <translation>屏蔽其他应用程序的按键</translation>
    </message>
    <message>
        <source>&lt;b&gt;This hides the button presses from other applications.&lt;/b&gt;&lt;br /&gt;Enabling this will hide the button (or the last button of a multi-button combo) from other applications. Note that not all buttons can be suppressed.</source>
        <translation>&lt;b&gt;隐藏其他应用程序的按键。&lt;/b&gt;&lt;br /&gt;启用此功能将隐藏其他应用程序的按键（或组合键的最后一个键）。请注意，并非所有按键都可以被屏蔽。</translation>
    </message>
    <message>
        <source>Shortcut action</source>
        <translation>快捷键操作</translation>
    </message>
    <message>
        <source>Shortcut data</source>
        <translation>快捷键数据</translation>
    </message>
    <message>
        <source>Shortcut input combinations</source>
        <translation>快捷键输入组合</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumble can currently only use mouse buttons and keyboard modifier keys (Alt, Ctrl, Cmd, etc.) for global shortcuts.&lt;/p&gt;&lt;p&gt;If you want more flexibility, you can add Mumble as a trusted accessibility program in the Privacy &amp; Security section of your Mac&apos;s System Settings.&lt;/p&gt;&lt;p&gt;In System Settings, open Privacy &amp; Security, then scroll to find Accessibility in the list. Finally, add Mumble to the list of trusted accessibility programs.&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>已勾选</translation>
    </message>
    <message>
        <source>unchecked</source>
        <translation>未勾选</translation>
    </message>
</context>
<context>
    <name>GlobalShortcutEngine</name>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>GlobalShortcutMac</name>
    <message>
        <source>Mouse</source>
        <translation>鼠标</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>键盘</translation>
    </message>
</context>
<context>
    <name>GlobalShortcutTarget</name>
    <message>
        <source>Whisper Target</source>
        <translation>密语目标</translation>
    </message>
    <message>
        <source>Channel Target</source>
        <translation>频道目标</translation>
    </message>
    <message>
        <source>Restrict to Group</source>
        <translation>限制分组</translation>
    </message>
    <message>
        <source>If specified, only members of this group will receive the whisper.</source>
        <translation>如果指定，只有分组中的用户才能接收到密语。</translation>
    </message>
    <message>
        <source>List of users</source>
        <translation>用户列表</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Modifiers</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Do not send positional audio information when using this whisper shortcut.</source>
        <translation>使用密语快捷键时不发送定位音频信息。</translation>
    </message>
    <message>
        <source>Ignore positional audio</source>
        <translation>忽略定位音频</translation>
    </message>
    <message>
        <source>Shout to Linked channels</source>
        <translation>对链接的频道呼喊</translation>
    </message>
    <message>
        <source>Shout to subchannels</source>
        <translation>对子频道呼喊</translation>
    </message>
    <message>
        <source>The whisper will also be transmitted to linked channels.</source>
        <translation>密语也会被传输到链接的频道。</translation>
    </message>
    <message>
        <source>The whisper will also be sent to the subchannels of the channel target.</source>
        <translation>密语也会被传输到目标频道的子频道。</translation>
    </message>
    <message>
        <source>Shout/Whisper to:</source>
        <translation>呼喊/密语至：</translation>
    </message>
    <message>
        <source>Current selection</source>
        <translation>当前选择</translation>
    </message>
    <message>
        <source>When shouting to channel:</source>
        <translation>向频道呼喊时：</translation>
    </message>
    <message>
        <source>Shout to linked channels</source>
        <translation>呼喊至链接的频道</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>频道</translation>
    </message>
</context>
<context>
    <name>GlobalShortcutWin</name>
    <message>
        <source>Mouse</source>
        <translation>鼠标</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>键盘</translation>
    </message>
</context>
<context>
    <name>GlobalShortcutX</name>
    <message>
        <source>Keyboard</source>
        <translation>键盘</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>鼠标</translation>
    </message>
</context>
<context>
    <name>JackAudioSystem</name>
    <message>
        <source>Hardware Ports</source>
        <translation>硬件端口</translation>
    </message>
    <message>
        <source>Mono</source>
        <translation>单声道</translation>
    </message>
    <message>
        <source>Stereo</source>
        <translation>立体声</translation>
    </message>
</context>
<context>
    <name>LCD</name>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
</context>
<context>
    <name>LCDConfig</name>
    <message>
        <source>Enable this device</source>
        <translation>启用此设备</translation>
    </message>
    <message>
        <source>LCD</source>
        <translation>LCD</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>&lt;p&gt;This is the list of available LCD devices on your system.  It lists devices by name, but also includes the size of the display. Mumble supports outputting to several LCD devices at a time.&lt;/p&gt;
&lt;h3&gt;Size:&lt;/h3&gt;
&lt;p&gt;
This field describes the size of an LCD device. The size is given either in pixels (for Graphic LCDs) or in characters (for Character LCDs).&lt;/p&gt;
&lt;h3&gt;Enabled:&lt;/h3&gt;
&lt;p&gt;This decides whether Mumble should draw to a particular LCD device.&lt;/p&gt;</source>
        <translation>&lt;p&gt;您系统中可用的 LCD 设备列表。此列表按设备名称排列，也包含屏幕的尺寸。Mumble 支持在同时输出到多个 LCD 设备。&lt;/p&gt;
&lt;h3&gt;尺寸：&lt;/h3&gt;
&lt;p&gt;
此区域显示了 LCD 设备的尺寸。该尺寸以像素（图像 LCD）或者字符数（字符 LCD）表示。&lt;/p&gt;
&lt;h3&gt;启用：&lt;/h3&gt;
&lt;p&gt;表示 Mumble 是否应该向该 LCD 设备输出显示。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Minimum Column Width</source>
        <translation>最小列宽</translation>
    </message>
    <message>
        <source>&lt;p&gt;This option decides the minimum width a column in the User View.&lt;/p&gt;
&lt;p&gt;If too many people are speaking at once, the User View will split itself into columns. You can use this option to pick a compromise between number of users shown on the LCD, and width of user names.&lt;/p&gt;
</source>
        <translation>&lt;p&gt;此选项定义用户视图中一列的最小宽度。&lt;/p&gt;
&lt;p&gt;如果太多用户在同一时间说话，用户视图会被分割成不同的列。您可以使用此选项，在 LCD 上显示的用户数量与用户名宽度之间找到一个平衡。&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>This setting decides the width of column splitter.</source>
        <translation>设置列分割线的宽度。</translation>
    </message>
    <message>
        <source>Splitter Width</source>
        <translation>分割线宽度</translation>
    </message>
    <message>
        <source>Minimum column width</source>
        <translation>最小列宽</translation>
    </message>
    <message>
        <source>Splitter width</source>
        <translation>分割线宽度</translation>
    </message>
</context>
<context>
    <name>Log</name>
    <message>
        <source>Debug</source>
        <translation>日志（调试）</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>日志（严重）</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>日志（警告）</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>日志（信息）</translation>
    </message>
    <message>
        <source>Other self-muted/deafened</source>
        <translation>其他人关闭自己的麦克风/扬声器</translation>
    </message>
    <message>
        <source>User recording state changed</source>
        <translation>用户录音状态改变</translation>
    </message>
    <message>
        <source>User kicked (you or by you)</source>
        <translation>用户踢出你或被你踢出</translation>
    </message>
    <message>
        <source>User kicked</source>
        <translation>用户踢出</translation>
    </message>
    <message>
        <source>You self-muted</source>
        <translation>您关闭自己的麦克风</translation>
    </message>
    <message>
        <source>User muted (you)</source>
        <translation>用户关闭您的麦克风</translation>
    </message>
    <message>
        <source>User muted (by you)</source>
        <translation>用户被您关闭麦克风</translation>
    </message>
    <message>
        <source>User muted (other)</source>
        <translation>用户关闭麦克风（其他）</translation>
    </message>
    <message>
        <source>You self-unmuted</source>
        <translation>您开启自己的麦克风</translation>
    </message>
    <message>
        <source>You self-deafened</source>
        <translation>您关闭自己的扬声器</translation>
    </message>
    <message>
        <source>You self-undeafened</source>
        <translation>您开启自己的扬声器</translation>
    </message>
    <message>
        <source>User renamed</source>
        <translation>用户重命名</translation>
    </message>
    <message>
        <source>User connected and entered channel</source>
        <translation>用户连接到服务器并进入频道</translation>
    </message>
    <message>
        <source>User left channel and disconnected</source>
        <translation>用户离开频道并断开连接</translation>
    </message>
    <message>
        <source>Private text message</source>
        <translation>私人文字消息</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>[[ Invalid size ]]</source>
        <translation>[[ 无效尺寸 ]]</translation>
    </message>
    <message>
        <source>[[ Text object too large to display ]]</source>
        <translation>[[ 文字对象太大，无法显示 ]]</translation>
    </message>
    <message>
        <source>[Date changed to %1]
</source>
        <translation>[日期变更为 %1]
</translation>
    </message>
    <message>
        <source>link to %1</source>
        <translation>链接到 %1</translation>
    </message>
    <message>
        <source>FTP link to %1</source>
        <translation>FTP 链接到 %1</translation>
    </message>
    <message>
        <source>player link</source>
        <translation>播放器链接</translation>
    </message>
    <message>
        <source>channel link</source>
        <translation>频道链接</translation>
    </message>
    <message>
        <source>%1 link</source>
        <translation>%1 链接</translation>
    </message>
    <message>
        <source>Server connected</source>
        <translation>加入服务器</translation>
    </message>
    <message>
        <source>Server disconnected</source>
        <translation>离开服务器</translation>
    </message>
    <message>
        <source>User joined server</source>
        <translation>用户加入服务器</translation>
    </message>
    <message>
        <source>User left server</source>
        <translation>用户离开服务器</translation>
    </message>
    <message>
        <source>User joined channel</source>
        <translation>用户加入频道</translation>
    </message>
    <message>
        <source>User left channel</source>
        <translation>用户离开频道</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>权限被拒绝</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>文字消息</translation>
    </message>
    <message>
        <source>You joined channel</source>
        <translation>您加入频道</translation>
    </message>
    <message>
        <source>You joined channel (moved)</source>
        <translation>您加入频道（被移动）</translation>
    </message>
    <message>
        <source>User started listening to channel</source>
        <translation>用户开始监听频道</translation>
    </message>
    <message>
        <source>User stopped listening to channel</source>
        <translation>用户停止监听频道</translation>
    </message>
    <message>
        <source>Plugin message</source>
        <translation>插件消息</translation>
    </message>
    <message>
        <source>[embedded content]</source>
        <translation>[嵌入内容]</translation>
    </message>
</context>
<context>
    <name>LogConfig</name>
    <message>
        <source>Toggle console for %1 events</source>
        <translation>开关“%1”事件的控制台输出</translation>
    </message>
    <message>
        <source>Toggle pop-up notifications for %1 events</source>
        <translation>开关“%1”事件的弹出通知</translation>
    </message>
    <message>
        <source>Toggle Text-To-Speech for %1 events</source>
        <translation>开关“%1”事件的语音播报</translation>
    </message>
    <message>
        <source>Click here to toggle sound notification for %1 events</source>
        <translation>开关“%1”事件的提示音</translation>
    </message>
    <message>
        <source>Toggle window highlight (if not active) for %1 events</source>
        <translation>开关“%1”事件的窗口高亮（如果未激活）</translation>
    </message>
    <message>
        <source>Path to sound file used for sound notifications in the case of %1 events&lt;br /&gt;Single click to play&lt;br /&gt;Double-click to change</source>
        <translation>为“%1”事件的提示音选择一个声音文件&lt;br /&gt;点击播放&lt;br /&gt;双击更改</translation>
    </message>
    <message>
        <source>Click here to toggle console output for %1 events.&lt;br /&gt;If checked, this option makes Mumble output all %1 events in its message log.</source>
        <translation>点击这里开关“%1”事件的控制台输出。&lt;br /&gt;如果选中此选项，Mumble 将会把所有“%1”事件输出到消息日志。</translation>
    </message>
    <message>
        <source>Click here to toggle pop-up notifications for %1 events.&lt;br /&gt;If checked, a notification pop-up will be created by Mumble for every %1 event.</source>
        <oldsource>Click here to toggle pop-up notifications for %1 events.&lt;br /&gt;If checked, a notification pop-up will be created by mumble for every %1 event.</oldsource>
        <translation>点击这里开关“%1”事件的弹出通知。&lt;br /&gt;如果选中此选项，Mumble 将会为所有“%1”事件弹出一个通知。</translation>
    </message>
    <message>
        <source>Click here to toggle window highlight for %1 events.&lt;br /&gt;If checked, Mumble&apos;s window will be highlighted for every %1 event, if not active.</source>
        <translation>点击这里开关“%1”事件的窗口高亮。&lt;br /&gt;如果选中此选项，在 Mumble 窗口未激活的情况下，每次“%1”事件都会高亮窗口。</translation>
    </message>
    <message>
        <source>Path to sound file used for sound notifications in the case of %1 events.&lt;br /&gt;Single click to play&lt;br /&gt;Double-click to change&lt;br /&gt;Ensure that sound notifications for these events are enabled or this field will not have any effect.</source>
        <translation>为“%1”事件选择提示音文件路径。&lt;br /&gt;点击播放&lt;br /&gt;双击更改&lt;br /&gt;请确保这些事件已经开启提示音或者未设置其他提醒效果。</translation>
    </message>
    <message>
        <source>Click here to toggle Text-To-Speech for %1 events.&lt;br /&gt;If checked, Mumble uses Text-To-Speech to read %1 events out loud to you. Text-To-Speech is also able to read the contents of the event which is not true for sound files. Text-To-Speech and sound files cannot be used at the same time.</source>
        <oldsource>Click here to toggle sound notification for %1 events.&lt;br /&gt;If checked, Mumble uses a soundfile predefined by you to indicate %1 events. Soundfiles and Text-To-Speech cannot be used at the same time.</oldsource>
        <translation>点击这里开关“%1”事件的语音播报。&lt;br /&gt;如果选中此选项，Mumble 将会使用文字转语音引擎为您播报“%1”事件。语音播报能够读出事件内容，这是提示音所不具备的功能。语音播报和提示音不能同时启用。</translation>
    </message>
    <message>
        <source>Click here to toggle sound notification for %1 events.&lt;br /&gt;If checked, Mumble uses a sound file predefined by you to indicate %1 events. Sound files and Text-To-Speech cannot be used at the same time.</source>
        <oldsource>Path to soundfile used for sound notifications in the case of %1 events.&lt;br /&gt;Single click to play&lt;br /&gt;Doubleclick to change&lt;br /&gt;Be sure that sound notifications for these events are enabled or this field will not have any effect.</oldsource>
        <translation>点击这里开关“%1”事件的提示音。&lt;br /&gt;如果选中此选项，Mumble 会使用您设定好的声音文件提示“%1”事件。提示音和语音播报不能同时启用。</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Text-To-Speech</source>
        <translation>语音播报</translation>
    </message>
    <message>
        <source>Soundfile</source>
        <translation>提示音文件</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Text To Speech</source>
        <translation>语音播报</translation>
    </message>
    <message>
        <source>Volume of Text-To-Speech Engine</source>
        <translation>语音播报引擎的音量</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the volume used for the speech synthesis.&lt;/b&gt;</source>
        <translation>&lt;b&gt;设置语音合成的音量&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Length threshold</source>
        <translation>长度限制</translation>
    </message>
    <message>
        <source>Message length threshold for Text-To-Speech Engine</source>
        <translation>语音播放引擎的消息长度限制</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the length threshold used for the Text-To-Speech Engine.&lt;/b&gt;&lt;br /&gt;Messages longer than this limit will not be read aloud in their full length.</source>
        <translation>&lt;b&gt;设置语音播报消息的长度&lt;/b&gt;&lt;br /&gt;超过这个长度限制的消息将不会被完整播报内容。</translation>
    </message>
    <message>
        <source> Characters</source>
        <translation> 字符</translation>
    </message>
    <message>
        <source>If checked you will only hear whispers from users you added to your friend list.</source>
        <translation>如果选中此选项，您将只能听到好友列表内用户的密语。</translation>
    </message>
    <message>
        <source>Only accept whispers from friends</source>
        <translation>仅接受好友的密语</translation>
    </message>
    <message>
        <source>If enabled text messages you send will be read back to you with TTS</source>
        <translation>如果启用，您发送的文字消息也会被语音播报给您</translation>
    </message>
    <message>
        <source>Read back own messages</source>
        <translation>播报自己的消息</translation>
    </message>
    <message>
        <source>Chat Log</source>
        <translation>聊天记录</translation>
    </message>
    <message>
        <source>Maximum chat length</source>
        <translation>最大聊天长度</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source> Lines</source>
        <translation> 行</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>窗口高亮</translation>
    </message>
    <message>
        <source>If enabled, TTS will not dictate the message scope.</source>
        <translation>启用时，不会语音播报消息发送范围。</translation>
    </message>
    <message>
        <source>Omit Message Scope</source>
        <translation>省略消息范围</translation>
    </message>
    <message>
        <source>If enabled, TTS will not dictate the message author.</source>
        <translation>启用时，不会语音播报消息发送者名称。</translation>
    </message>
    <message>
        <source>Omit Message Author</source>
        <translation>省略发言人名称</translation>
    </message>
    <message>
        <source>If checked the time at the beginning of a message will be displayed in the 24-hour format.

The setting only applies for new messages, the already shown ones will retain the previous time format.</source>
        <translation>选中时，消息前的时间会以 24 小时格式显示。

此设置仅会对新消息生效，之前的消息会以原有时间格式显示。</translation>
    </message>
    <message>
        <source>Use 24-hour clock</source>
        <translation>使用 24 小时制</translation>
    </message>
    <message>
        <source>How far individual messages are spaced out from one another.</source>
        <translation>每条消息之间的行距。</translation>
    </message>
    <message>
        <source>Message margins</source>
        <translation>消息间隔</translation>
    </message>
    <message>
        <source>Chat message margins</source>
        <translation>聊天消息间距</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>Misc.</source>
        <translation>杂项</translation>
    </message>
    <message>
        <source>Number of users that will trigger message limiting functionality.</source>
        <translation>触发消息限制功能所需用户数。</translation>
    </message>
    <message>
        <source>users on the server.</source>
        <translation>时，限制通知数量。</translation>
    </message>
    <message>
        <source>Limit notifications when there are more than</source>
        <translation>当服务器上的用户数超过</translation>
    </message>
    <message>
        <source>Click here to toggle message limiting for all events - If using this option be sure to change the user limit below.</source>
        <translation>点击此处开关所有事件的消息限制——使用此选项时，请确保修改下方的用户限制。</translation>
    </message>
    <message>
        <source>Toggle message limiting behavior for %1 events </source>
        <translation>开关 %1 事件的消息限制 </translation>
    </message>
    <message>
        <source>Click to enable Text-to-Speech</source>
        <translation>点击启用语音播报</translation>
    </message>
    <message>
        <source>Enable Text-to-Speech</source>
        <translation>启用语音播报</translation>
    </message>
    <message>
        <source>Click here to toggle limiting for %1 events.&lt;br /&gt;If checked, notifications for this event type will not be played when the user count on the server exceeds the set threshold.</source>
        <translation>点击这里切换 %1 事件的限制。&lt;br /&gt;勾选后，当服务器上的用户数量达到设置的阈值时，此事件类型的提醒将不会触发。</translation>
    </message>
    <message>
        <source>Message Volume</source>
        <translation>消息音量</translation>
    </message>
    <message>
        <source>Volume adjustment for audio cues</source>
        <translation>音频提示的音量调节</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the volume adjustment for audio cues.&lt;/b&gt;&lt;br /&gt;A value of 0 dB means no change to the sound sample.</source>
        <translation>&lt;b&gt;音频提示的音量调节。&lt;/b&gt;&lt;br /&gt;0 分贝表示不改变声音样本。</translation>
    </message>
    <message>
        <source> dB</source>
        <translation> 分贝</translation>
    </message>
    <message>
        <source>Text-to-Speech volume</source>
        <translation>语音播报音量</translation>
    </message>
    <message>
        <source>Notification volume adjustment</source>
        <translation>通知音量调节</translation>
    </message>
    <message>
        <source>Volume adjustment for notification sounds</source>
        <translation>通知声音的音量调节</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the volume adjustment for notification sounds.&lt;/b&gt;&lt;br /&gt;A value of 0 dB means no change to the sound sample.</source>
        <translation>&lt;b&gt;通知声音的音量调节。&lt;/b&gt;&lt;br /&gt;0 分贝表示不改变声音样本。</translation>
    </message>
    <message>
        <source>Audio cue volume adjustment</source>
        <translation>音频提示音量调节</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Notification sound volume adjustment</source>
        <translation>通知声音音量调节</translation>
    </message>
    <message>
        <source>Log message types and actions</source>
        <translation>日志消息类型与操作</translation>
    </message>
    <message>
        <source>Use up and down keys to navigate through the message types. Use left and right keys to navigate between notification possibilities for a single message type.</source>
        <translation>使用上下箭头在消息类型中导航。使用左右箭头在单个消息类型的通知选项间导航。</translation>
    </message>
    <message>
        <source>Set length threshold</source>
        <translation>设置长度阈值</translation>
    </message>
    <message>
        <source>Text to speech volume</source>
        <translation>语音播报音量</translation>
    </message>
    <message>
        <source>Maximum chat log length</source>
        <translation>最大聊天日志长度</translation>
    </message>
    <message>
        <source>User limit for notifications</source>
        <translation>通知的用户限额</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>消息类型</translation>
    </message>
    <message>
        <source>Log message to console checkbox</source>
        <translation>记录日志消息到控制台选项</translation>
    </message>
    <message>
        <source>Display pop-up notification for message checkbox</source>
        <translation>通过弹出式通知显示日志消息选项</translation>
    </message>
    <message>
        <source>Highlight window for message checkbox</source>
        <translation>有消息时高亮窗口选项</translation>
    </message>
    <message>
        <source>Read message using text to speech checkbox</source>
        <translation>通过语音播报朗读消息选项</translation>
    </message>
    <message>
        <source>Limit message notification if user count is high checkbox</source>
        <translation>如果用户数过多则限制消息通知选项</translation>
    </message>
    <message>
        <source>Play sound file for message checkbox</source>
        <translation>为消息播放音频选项</translation>
    </message>
    <message>
        <source>Path to sound file</source>
        <translation>音频文件路径</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>已勾选</translation>
    </message>
    <message>
        <source>unchecked</source>
        <translation>未勾选</translation>
    </message>
    <message>
        <source>decibels</source>
        <translation>分贝</translation>
    </message>
</context>
<context>
    <name>LookConfig</name>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Only with users</source>
        <translation>仅有用户时</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部展开</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>询问</translation>
    </message>
    <message>
        <source>Do Nothing</source>
        <translation>无动作</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>User Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <source>This sets which channels to automatically expand. &lt;i&gt;None&lt;/i&gt; and &lt;i&gt;All&lt;/i&gt; will expand no or all channels, while &lt;i&gt;Only with users&lt;/i&gt; will expand and collapse channels as users join and leave them.</source>
        <translation>设置频道的自动展开。&lt;i&gt;不展开&lt;/i&gt;和&lt;i&gt;全部展开&lt;/i&gt;将会折叠所有频道或展开所有频道。&lt;i&gt;仅有用户时&lt;/i&gt;将会在用户加入或离开频道时自动展开或折叠。</translation>
    </message>
    <message>
        <source>List users above subchannels (requires restart).</source>
        <translation>将用户显示在子频道上方（需要重启）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;If set, users will be shown above subchannels in the channel view.&lt;/b&gt;&lt;br /&gt;A restart of Mumble is required to see the change.</source>
        <translation>&lt;b&gt;如果选中，频道的用户将会显示在其子频道的上方。&lt;/b&gt;&lt;br /&gt;此更改需要重启 Mumble 才能生效。</translation>
    </message>
    <message>
        <source>Users above Channels</source>
        <translation>用户显示在频道上方</translation>
    </message>
    <message>
        <source>Show number of users in each channel</source>
        <translation>显示每个频道的用户数</translation>
    </message>
    <message>
        <source>Show channel user count</source>
        <translation>显示频道用户数</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Language to use (requires restart)</source>
        <translation>将使用的语言（需要重启）</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets which language Mumble should use.&lt;/b&gt;&lt;br /&gt;You have to restart Mumble to use the new language.</source>
        <translation>&lt;b&gt;设置 Mumble 应该使用的语言。&lt;/b&gt;&lt;br /&gt;您需要重启 Mumble 才能使用新的语言。</translation>
    </message>
    <message>
        <source>Look and Feel</source>
        <translation>外观和体验</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>经典</translation>
    </message>
    <message>
        <source>Stacked</source>
        <translation>堆叠</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>混合</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>This changes the behavior when moving channels.</source>
        <translation>改变移动频道时的行为。</translation>
    </message>
    <message>
        <source>This sets the behavior of channel drags; it can be used to prevent accidental dragging. &lt;i&gt;Move&lt;/i&gt; moves the channel without prompting. &lt;i&gt;Do Nothing&lt;/i&gt; does nothing and prints an error message. &lt;i&gt;Ask&lt;/i&gt; uses a message box to confirm if you really wanted to move the channel.</source>
        <oldsource>This sets the behavior of channel drags; it can be used to prevent accidental dragging. &lt;i&gt;Move Channel&lt;/i&gt; moves the channel without prompting. &lt;i&gt;Do Nothing&lt;/i&gt; does nothing and prints an error message. &lt;i&gt;Ask&lt;/i&gt; uses a message box to confirm if you really wanted to move the channel.</oldsource>
        <translation>设置频道被拖动时的行为，用于防止意外的拖动。&lt;i&gt;移动&lt;/i&gt;表示立刻移动频道而不需要任何确认。&lt;i&gt;无动作&lt;/i&gt;表示不做任何改变并显示一条错误消息。&lt;i&gt;询问&lt;/i&gt;表示弹出一个消息框以确认您是否确实要移动频道。</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>频道展开</translation>
    </message>
    <message>
        <source>When to automatically expand channels</source>
        <translation>何时自动展开频道</translation>
    </message>
    <message>
        <source>Channel Dragging</source>
        <translation>频道拖动</translation>
    </message>
    <message>
        <source>Always On Top</source>
        <translation>始终置顶</translation>
    </message>
    <message>
        <source>&lt;b&gt;If set, minimizing the Mumble main window will cause it to be hidden and accessible only from the tray. Otherwise, it will be minimized as a window normally would.&lt;/b&gt;</source>
        <translation>&lt;b&gt;如果设置，最小化时 Mumble 主窗口将被最小化到系统托盘。否则将以普通窗口方式最小化。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Hide in tray when minimized</source>
        <translation>最小化时隐藏到系统托盘</translation>
    </message>
    <message>
        <source>Hide the main Mumble window in the tray when it is minimized.</source>
        <translation>在最小化时隐藏 Mumble 主窗口到系统托盘。</translation>
    </message>
    <message>
        <source>This setting controls when the application will be always on top.</source>
        <translation>此选项控制应用程序何时需要置顶显示。</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>总是</translation>
    </message>
    <message>
        <source>In minimal view</source>
        <translation>简洁视图时</translation>
    </message>
    <message>
        <source>In normal view</source>
        <translation>普通视图时</translation>
    </message>
    <message>
        <source>Displays talking status in system tray</source>
        <translation>在系统托盘显示说话状态</translation>
    </message>
    <message>
        <source>Show talking status in tray icon</source>
        <translation>使用系统托盘图标显示说话状态</translation>
    </message>
    <message>
        <source>This setting controls in which situations the application will stay always on top. If you select &lt;i&gt;Never&lt;/i&gt; the application will not stay on top. &lt;i&gt;Always&lt;/i&gt; will always keep the application on top. &lt;i&gt;In minimal view&lt;/i&gt; / &lt;i&gt;In normal view&lt;/i&gt; will only keep the application always on top when minimal view is activated / deactivated.</source>
        <translation>此选项控制何时将应用置于顶层。如果选择&lt;i&gt;从不&lt;/i&gt;，应用程序将永远不会至于顶层。&lt;i&gt;总是&lt;/i&gt;表示应用程序总是显示在顶层。&lt;i&gt;简洁视图时&lt;/i&gt;/&lt;i&gt;普通视图时&lt;/i&gt;表示将仅在激活/未激活简洁视图时将应用程序置于顶层。</translation>
    </message>
    <message>
        <source>Show context menu in menu bar</source>
        <translation>菜单栏显示右键菜单</translation>
    </message>
    <message>
        <source>Apply some high contrast optimizations for visually impaired users</source>
        <translation>为视障用户启用一些高对比度优化</translation>
    </message>
    <message>
        <source>Optimize for high contrast</source>
        <translation>高对比度优化</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <source>Adds user and channel context menus into the menu bar</source>
        <translation>在菜单栏添加“用户”和“频道”的右键菜单</translation>
    </message>
    <message>
        <source>Tray Icon</source>
        <translation>系统托盘图标</translation>
    </message>
    <message>
        <source>Channel Tree</source>
        <translation>频道树</translation>
    </message>
    <message>
        <source>Use selected item as the chat bar target</source>
        <translation>以所选对象作为聊天栏目标</translation>
    </message>
    <message>
        <source>Filter automatically hides empty channels</source>
        <translation>筛选频道时自动隐藏空频道</translation>
    </message>
    <message>
        <source>Show transmit mode dropdown in toolbar</source>
        <translation>在工具栏显示传输模式下拉列表</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>&lt;b&gt;Configures which theme the Mumble user interface should be styled with&lt;/b&gt;&lt;br /&gt;Mumble will pick up themes from certain directories and display them in this list. The one you select will be used to customize the visual appearance of Mumble. This includes colors, icons and more.</source>
        <translation>&lt;b&gt;配置 Mumble 界面应该使用哪种主题设置样式&lt;/b&gt;&lt;br /&gt;Mumble 将从特定目录中获取主题并将其显示在此列表中。您选择的主题将用于自定义 Mumble 的外观，包括颜色、图标等。</translation>
    </message>
    <message>
        <source>User Dragging</source>
        <translation>用户拖动</translation>
    </message>
    <message>
        <source>This changes the behavior when moving users.</source>
        <translation>改变移动用户时的行为。</translation>
    </message>
    <message>
        <source>This sets the behavior of user drags; it can be used to prevent accidental dragging. &lt;i&gt;Move&lt;/i&gt; moves the user without prompting. &lt;i&gt;Do Nothing&lt;/i&gt; does nothing and prints an error message. &lt;i&gt;Ask&lt;/i&gt; uses a message box to confirm if you really wanted to move the user.</source>
        <translation>设置用户被拖动时的行为，用于防止意外的拖动。&lt;i&gt;移动&lt;/i&gt;表示立刻移动用户而不需要任何确认。&lt;i&gt;无动作&lt;/i&gt;表示不做任何改变并显示一条错误消息。&lt;i&gt;询问&lt;/i&gt;表示弹出一个消息框以确认您是否确实要移动用户。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enable Developer menu&lt;/b&gt;&lt;br /&gt;This enables the &quot;Developer&quot;-menu in Mumble. This menu is used for developer-specific features, such as the Developer Console.</source>
        <translation>&lt;b&gt;启用开发者菜单&lt;/b&gt;&lt;br /&gt;Mumble 将启用“开发者”菜单。此菜单用于开发者使用的功能，例如开发者控制台。</translation>
    </message>
    <message>
        <source>Enable Developer menu</source>
        <translation>启用开发者菜单</translation>
    </message>
    <message>
        <source>When in custom layout mode, checking this disables rearranging.</source>
        <translation>在自定义布局模式下，选中此选项将禁止重新排列。</translation>
    </message>
    <message>
        <source>Lock layout</source>
        <translation>锁定布局</translation>
    </message>
    <message>
        <source>Talking UI</source>
        <translation>对话界面</translation>
    </message>
    <message>
        <source>A user that is silent for the given amount of seconds will be removed from the Talkin UI.</source>
        <translation>指定秒数之后没有发言的用户会被移出对话界面。</translation>
    </message>
    <message>
        <source>Remove silent user after</source>
        <translation>用户被移出前需未发言</translation>
    </message>
    <message>
        <source>If this is checked, the local user (yourself) will always be visible in the TalkingUI (regardless of talking state).</source>
        <translation>选中时，本地用户（您自己）将总在对话界面内可见（无论是否在发言）。</translation>
    </message>
    <message>
        <source>Always keep local user visible</source>
        <translation>自己总是可见</translation>
    </message>
    <message>
        <source>How many characters from the original name to display at the beginning of an abbreviated name.</source>
        <translation>缩短后的名称显示原名称中的前多少个字符。</translation>
    </message>
    <message>
        <source>String to separate a channel name from its parent&apos;s.</source>
        <translation>分隔当前频道与父频道名称的字符。</translation>
    </message>
    <message>
        <source>Channel separator</source>
        <translation>频道分隔符</translation>
    </message>
    <message>
        <source>Abbreviated prefix characters</source>
        <translation>缩短前缀字符</translation>
    </message>
    <message>
        <source>The names of how many parent channels should be included in the channel&apos;s name when displaying it in the TalkingUI?</source>
        <translation>对话界面显示频道名时，应包括多少个父频道？</translation>
    </message>
    <message>
        <source>How many characters from the original name to display at the end of an abbreviated name.</source>
        <translation>缩短后的名称显示原名称中的后多少个字符。</translation>
    </message>
    <message>
        <source>Abbreviated postfix characters</source>
        <translation>缩短后缀字符</translation>
    </message>
    <message>
        <source>Whether to also allow abbreviating the current channel of a user (instead of only its parent channels).</source>
        <translation>是否允许缩短用户所在频道（而非仅缩短父频道）。</translation>
    </message>
    <message>
        <source>Abbreviate current channel name</source>
        <translation>缩短当前频道名</translation>
    </message>
    <message>
        <source>Channel hierarchy depth</source>
        <translation>频道嵌套层数</translation>
    </message>
    <message>
        <source>Abbreviation replacement</source>
        <translation>缩写替换</translation>
    </message>
    <message>
        <source>Whether the channel (hierarchy) name should be abbreviated, if it exceeds the specified maximum length.</source>
        <translation>如果达到最大长度，是否应该缩短频道名（包含嵌套）。</translation>
    </message>
    <message>
        <source>Abbreviate channel names</source>
        <translation>缩短频道名</translation>
    </message>
    <message>
        <source>The preferred maximum length of a channel (hierarchy) name in the Talking UI. Note that this is not a hard limit though.</source>
        <translation>对话界面中频道名（包含嵌套）的最大长度。注意这并非强制限制。</translation>
    </message>
    <message>
        <source>Max. channel name length</source>
        <translation>频道名最大长度</translation>
    </message>
    <message>
        <source>Relative font size to use in the Talking UI in percent.</source>
        <translation>对话界面使用的相对字号（按百分比）。</translation>
    </message>
    <message>
        <source>Rel. font size (%)</source>
        <translation>相对字号（%）</translation>
    </message>
    <message>
        <source>String that gets used instead of the cut-out part of an abbreviated name.</source>
        <translation>缩短名称时，用于替换被去掉的字符。</translation>
    </message>
    <message>
        <source>Prefix character count</source>
        <translation>前缀字符数</translation>
    </message>
    <message>
        <source>Postfix character count</source>
        <translation>后缀字符数</translation>
    </message>
    <message>
        <source>Show the local volume adjustment for each user (if any).</source>
        <translation>显示每名用户的本地音量调整（如果有）。</translation>
    </message>
    <message>
        <source>Show volume adjustments</source>
        <translation>显示音量调整</translation>
    </message>
    <message>
        <source>Whether to show all of the local user&apos;s listeners (ears) in the TalkingUI (and thereby also the channels they are in). </source>
        <translation>是否在对话界面显示本地用户的所有监听者（以及他们所在频道）。 </translation>
    </message>
    <message>
        <source>Show local user&apos;s listeners (ears)</source>
        <translation>显示本地用户的监听者</translation>
    </message>
    <message>
        <source>Hide the username for each user if they have a nickname.</source>
        <translation>如果有昵称则隐藏用户名。</translation>
    </message>
    <message>
        <source>Show nicknames only</source>
        <translation>仅显示昵称</translation>
    </message>
    <message>
        <source>Channel Hierarchy String</source>
        <translation>频道层级字符串</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>The action to perform when a user is activated (via double-click or enter) in the search dialog.</source>
        <translation>在搜索对话框中，用户被激活时（双击或 Enter 键）执行的操作。</translation>
    </message>
    <message>
        <source>Action (User):</source>
        <translation>操作（用户）：</translation>
    </message>
    <message>
        <source>The action to perform when a channel is activated (via double-click or enter) in the search dialog.</source>
        <translation>在搜索对话框中，频道被激活时（双击或 Enter 键）执行的操作。</translation>
    </message>
    <message>
        <source>Action (Channel):</source>
        <translation>操作（频道）：</translation>
    </message>
    <message>
        <source>Quit Behavior</source>
        <translation>退出行为</translation>
    </message>
    <message>
        <source>This setting controls the behavior of clicking on the X in the top right corner.</source>
        <translation>此设置控制点击右上角 X 的行为。</translation>
    </message>
    <message>
        <source>This setting controls the behavior when closing Mumble. You can choose between being asked for confirmation, minimize instead if closing or just closing without any additional prompt. Optionally, the first two options can only apply when you are currently connected to a server (in that case, Mumble will quit without asking, when not connected to any server).</source>
        <translation>此设置控制关闭 Mumble 的行为。您可以选择请求确认、关闭时最小化或不确认直接退出。或者，前两个选项可以仅在连接到服务器时生效（如果此时 Mumble 没有连接到任何服务器，则不确认直接退出）。</translation>
    </message>
    <message>
        <source>Always Ask</source>
        <translation>总是询问</translation>
    </message>
    <message>
        <source>Ask when connected</source>
        <translation>连接服务器时询问</translation>
    </message>
    <message>
        <source>Always Minimize</source>
        <translation>总是最小化</translation>
    </message>
    <message>
        <source>Minimize when connected</source>
        <translation>连接服务器时最小化</translation>
    </message>
    <message>
        <source>Always Quit</source>
        <translation>总是退出</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>If this is checked, users will always be visible in the TalkingUI (regardless of talking state).</source>
        <translation>选中时，用户将总在对话界面内可见（无论是否在发言）。</translation>
    </message>
    <message>
        <source>Always keep users visible</source>
        <translation>用户总是可见</translation>
    </message>
    <message>
        <source>Channel expand mode</source>
        <translation>频道展开模式</translation>
    </message>
    <message>
        <source>User dragging mode</source>
        <translation>用户拖动模式</translation>
    </message>
    <message>
        <source>Channel dragging mode</source>
        <translation>频道拖动模式</translation>
    </message>
    <message>
        <source>Always on top mode</source>
        <translation>始终置顶模式</translation>
    </message>
    <message>
        <source>Quit behavior mode</source>
        <translation>退出行为模式</translation>
    </message>
    <message>
        <source>Channel separator string</source>
        <translation>频道分隔符字符串</translation>
    </message>
    <message>
        <source>Maximum channel name length</source>
        <translation>最大频道名称长度</translation>
    </message>
    <message>
        <source>Abbreviation replacement characters</source>
        <translation>缩写替换字符</translation>
    </message>
    <message>
        <source>Relative font size (in percent)</source>
        <translation>相对字号（百分比）</translation>
    </message>
    <message>
        <source>Silent user display time (in seconds)</source>
        <translation>沉默用户显示时间（秒）</translation>
    </message>
    <message>
        <source>Mumble theme</source>
        <translation>Mumble 主题</translation>
    </message>
    <message>
        <source>User search action mode</source>
        <translation>用户搜索操作模式</translation>
    </message>
    <message>
        <source>Channel search action mode</source>
        <translation>频道搜索操作模式</translation>
    </message>
    <message>
        <source>Clears the TalkingUI background setting.</source>
        <translation>清除对话界面背景设置。</translation>
    </message>
    <message>
        <source>Clear Background Color</source>
        <translation>清除背景颜色</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Color that gets used for the background of the talkingUI.</source>
        <translation>用于对话界面背景的颜色。</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Background color that, if set, overrides the theme background color.</source>
        <translation>如果设置，则以此背景色覆盖主题的背景色。</translation>
    </message>
    <message>
        <source>Background Color</source>
        <translation>背景色</translation>
    </message>
    <message>
        <source>Choose a Color</source>
        <translation>选择颜色</translation>
    </message>
    <message>
        <source>Dark theme to use to style the user interface</source>
        <translation>用于装饰用户界面的暗黑主题</translation>
    </message>
    <message>
        <source>&lt;b&gt;Configures which theme the Mumble user interface should be styled with when it’s in the Dark theme&lt;/b&gt;&lt;br /&gt;Mumble will pick up themes from certain directories and display them in this list. The one you select will be used to customize the visual appearance of Mumble. This includes colors, icons and more.</source>
        <translation>&lt;b&gt;在暗黑模式下时，配置用于装饰 Mumble 用户界面的主题&lt;/b&gt;&lt;br /&gt;Mumble 会读取特定文件夹内的主题，并在此列表中显示。您所选择的主题将会用于自定义 Mumble 的外观。包括颜色、图标等。</translation>
    </message>
    <message>
        <source>Light theme to use to style the user interface</source>
        <translation>用于装饰用户界面的明亮主题</translation>
    </message>
    <message>
        <source>Dark Theme</source>
        <translation>暗黑主题</translation>
    </message>
    <message>
        <source>Sets the theme automatically based on the system theme.</source>
        <translation>根据系统主题自动设置主题。</translation>
    </message>
    <message>
        <source>Automatic theme based on system theme</source>
        <translation>根据系统自动设置主题</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Sets the theme to the configured dark theme setting</source>
        <translation>将主题设置为当前暗黑配置</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>暗黑</translation>
    </message>
    <message>
        <source>Sets the theme to the configured light theme setting</source>
        <translation>将主题设置为当前明亮配置</translation>
    </message>
    <message>
        <source>Light Theme</source>
        <translation>明亮主题</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>明亮</translation>
    </message>
    <message>
        <source>Open the themes directory in the systems file manager</source>
        <translation>在系统的文件管理器中打开主题文件夹</translation>
    </message>
    <message>
        <source>Open Themes Directory</source>
        <translation>打开主题文件夹</translation>
    </message>
    <message>
        <source>This controls whether Mumble will try to restore the window geometry and state from previous sessions on startup.</source>
        <translation>此选项控制 Mumble 在启动时是否尝试从之前的会话中恢复窗口的形状和状态。</translation>
    </message>
    <message>
        <source>Restore window geometry on startup</source>
        <translation>在启动时恢复窗口形状</translation>
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
        <translation>按键发言</translation>
    </message>
    <message>
        <source>Push and hold this button to send voice.</source>
        <comment>Global Shortcut</comment>
        <translation>按住此按钮时发送语音。</translation>
    </message>
    <message>
        <source>This configures the push-to-talk button, and as long as you hold this button down, you will transmit voice.</source>
        <comment>Global Shortcut</comment>
        <translation>设置“按键发言”按钮，只要按住这个按钮，就会发送您的语音。</translation>
    </message>
    <message>
        <source>Reset Audio Processor</source>
        <comment>Global Shortcut</comment>
        <translation>重置音频处理器</translation>
    </message>
    <message>
        <source>Unlink Plugin</source>
        <comment>Global Shortcut</comment>
        <translation>取消链接插件</translation>
    </message>
    <message>
        <source>Push-to-Mute</source>
        <comment>Global Shortcut</comment>
        <translation>按键静音</translation>
    </message>
    <message>
        <source>Join Channel</source>
        <comment>Global Shortcut</comment>
        <translation>加入频道</translation>
    </message>
    <message>
        <source>Toggle Overlay</source>
        <comment>Global Shortcut</comment>
        <translation>开关游戏内界面</translation>
    </message>
    <message>
        <source>Toggle state of in-game overlay.</source>
        <comment>Global Shortcut</comment>
        <translation>开关游戏内界面显示状态。</translation>
    </message>
    <message>
        <source>Toggle Minimal</source>
        <comment>Global Shortcut</comment>
        <translation>开关简洁视图</translation>
    </message>
    <message>
        <source>Volume Up (+10%)</source>
        <comment>Global Shortcut</comment>
        <translation>音量增大（10%）</translation>
    </message>
    <message>
        <source>Volume Down (-10%)</source>
        <comment>Global Shortcut</comment>
        <translation>音量减小（10%）</translation>
    </message>
    <message>
        <source>Mumble</source>
        <translation>Mumble</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>窗口(&amp;W)</translation>
    </message>
    <message>
        <source>Minimize</source>
        <translation>最小化</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Mute Self</source>
        <comment>Global Shortcut</comment>
        <translation>开关自己的麦克风</translation>
    </message>
    <message>
        <source>Set self-mute status.</source>
        <comment>Global Shortcut</comment>
        <translation>设置自己麦克风的开关状态。</translation>
    </message>
    <message>
        <source>This will set or toggle your muted status. If you turn this off, you will also disable self-deafen.</source>
        <comment>Global Shortcut</comment>
        <translation>开启或关闭自己的麦克风。如果您打开麦克风，同时也会打开扬声器。</translation>
    </message>
    <message>
        <source>Deafen Self</source>
        <comment>Global Shortcut</comment>
        <translation>开关自己的扬声器</translation>
    </message>
    <message>
        <source>Set self-deafen status.</source>
        <comment>Global Shortcut</comment>
        <translation>设置自己扬声器的开关状态。</translation>
    </message>
    <message>
        <source>This will set or toggle your deafened status. If you turn this on, you will also enable self-mute.</source>
        <comment>Global Shortcut</comment>
        <translation>开启或关闭自己的扬声器。如果您关闭扬声器，同时也会关闭麦克风。</translation>
    </message>
    <message>
        <source>Whisper/Shout</source>
        <oldsource>Whisper</oldsource>
        <translation>密语/呼喊</translation>
    </message>
    <message>
        <source>&lt;center&gt;Not connected&lt;/center&gt;</source>
        <oldsource>Not connected</oldsource>
        <translation>&lt;center&gt;未连接&lt;/center&gt;</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Opening URL %1</source>
        <translation>打开网址 %1</translation>
    </message>
    <message>
        <source>File does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>Settings merged from file.</source>
        <translation>从文件合并设置。</translation>
    </message>
    <message>
        <source>URL scheme is not &apos;mumble&apos;</source>
        <translation>URL 协议不是“mumble”</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>正在连接 %1</translation>
    </message>
    <message>
        <source>Enter username</source>
        <translation>输入用户名</translation>
    </message>
    <message>
        <source>Connecting to server %1.</source>
        <translation>正在连接服务器 %1 。</translation>
    </message>
    <message>
        <source>Reconnecting.</source>
        <translation>正在重新连接。</translation>
    </message>
    <message>
        <source>Transmit Mode set to Continuous</source>
        <translation>传输模式设置为连续发言</translation>
    </message>
    <message>
        <source>Register yourself as %1</source>
        <translation>以 %1 身份注册自己</translation>
    </message>
    <message>
        <source>&lt;p&gt;You are about to register yourself on this server. This action cannot be undone, and your username cannot be changed once this is done. You will forever be known as &apos;%1&apos; on this server.&lt;/p&gt;&lt;p&gt;Are you sure you want to register yourself?&lt;/p&gt;</source>
        <translation>&lt;p&gt;您将要在服务器上注册自己，此操作无法撤销，用户名注册后无法修改，“%1”将一直作为您在此服务器的用户名。&lt;/p&gt;&lt;p&gt;确认注册自己？&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Register user %1</source>
        <translation>注册用户 %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;You are about to register %1 on the server. This action cannot be undone, the username cannot be changed, and as a registered user, %1 will have access to the server even if you change the server password.&lt;/p&gt;&lt;p&gt;From this point on, %1 will be authenticated with the certificate currently in use.&lt;/p&gt;&lt;p&gt;Are you sure you want to register %1?&lt;/p&gt;</source>
        <translation>&lt;p&gt;您将要在服务器上注册 %1。此操作无法撤销，用户名注册后无法修改，作为已注册用户，%1 将一直可以加入此服务器，即使您修改了服务器密码。&lt;/p&gt;&lt;p&gt;从此之后，%1 将通过当前使用的证书进行身份认证。&lt;/p&gt;&lt;p&gt;确认注册 %1 ？&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Kicking user %1</source>
        <translation>踢出用户 %1</translation>
    </message>
    <message>
        <source>View comment on user %1</source>
        <translation>浏览用户 %1 的简介</translation>
    </message>
    <message>
        <source>Message to channel %1</source>
        <translation>向频道 %1 发送消息</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>已连接。</translation>
    </message>
    <message>
        <source>&lt;li&gt;Expected certificate digest (SHA-1):	%1&lt;/li&gt;</source>
        <translation>&lt;li&gt;预期证书摘要（SHA-1）：	%1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Server presented a certificate which failed verification.</source>
        <translation>服务器提供的证书验证失败。</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;The specific errors with this certificate are:&lt;/p&gt;&lt;ol&gt;%3&lt;/ol&gt;&lt;p&gt;Do you wish to accept this certificate anyway?&lt;br /&gt;(It will also be stored so you won&apos;t be asked this again.)&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;此证书的具体错误为：&lt;/p&gt;&lt;ol&gt;%3&lt;/ol&gt;&lt;p&gt;您仍希望接受此证书吗？&lt;br /&gt;（此信任会被保存，您只会被询问这一次。）&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Server connection failed.</source>
        <translation>连接服务器失败。</translation>
    </message>
    <message>
        <source>&lt;center&gt;Type message to channel &apos;%1&apos; here&lt;/center&gt;</source>
        <oldsource>Type message to channel &apos;%1&apos; here</oldsource>
        <translation>&lt;center&gt;在此输入发送到频道“%1”的消息&lt;/center&gt;</translation>
    </message>
    <message>
        <source>&lt;center&gt;Type message to user &apos;%1&apos; here&lt;/center&gt;</source>
        <oldsource>Type message to user &apos;%1&apos; here</oldsource>
        <translation>&lt;center&gt;在此输入发送给用户“%1”的消息&lt;/center&gt;</translation>
    </message>
    <message>
        <source>Choose image file</source>
        <translation>选择图片文件</translation>
    </message>
    <message>
        <source>Failed to load image</source>
        <translation>读取图片失败</translation>
    </message>
    <message>
        <source>Could not open file for reading.</source>
        <translation>无法打开并读取文件。</translation>
    </message>
    <message>
        <source>Image format not recognized.</source>
        <translation>无法识别图片格式。</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>频道(&amp;C)</translation>
    </message>
    <message>
        <source>Use in conjunction with Whisper to.</source>
        <comment>Global Shortcut</comment>
        <translation>与密语一同使用。</translation>
    </message>
    <message>
        <source>This will switch the states of the in-game overlay.</source>
        <comment>Global Shortcut</comment>
        <translation>切换游戏内界面的状态。</translation>
    </message>
    <message>
        <source>Link Channel</source>
        <comment>Global Shortcut</comment>
        <translation>链接频道</translation>
    </message>
    <message>
        <source>Cycle Transmit Mode</source>
        <comment>Global Shortcut</comment>
        <translation>循环切换传输模式</translation>
    </message>
    <message>
        <source>Set Transmit Mode to Push-To-Talk</source>
        <comment>Global Shortcut</comment>
        <translation>设置传输模式为按键发言</translation>
    </message>
    <message>
        <source>Set Transmit Mode to Continuous</source>
        <comment>Global Shortcut</comment>
        <translation>设置传输模式为连续发言</translation>
    </message>
    <message>
        <source>Set Transmit Mode to VAD</source>
        <comment>Global Shortcut</comment>
        <translation>设置传输模式为语音激活</translation>
    </message>
    <message>
        <source>Send Text Message</source>
        <comment>Global Shortcut</comment>
        <translation>发送文字消息</translation>
    </message>
    <message>
        <source>Send Clipboard Text Message</source>
        <comment>Global Shortcut</comment>
        <translation>发送剪贴板上的文字消息</translation>
    </message>
    <message>
        <source>This will send your Clipboard content to the channel you are currently in.</source>
        <comment>Global Shortcut</comment>
        <translation>将您的剪贴板内容发送到当前所在的频道。</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>连续发言</translation>
    </message>
    <message>
        <source>Voice Activity</source>
        <translation>语音激活</translation>
    </message>
    <message>
        <source>Push-to-Talk</source>
        <translation>按键发言</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save Image As...</source>
        <translation>保存图片为...</translation>
    </message>
    <message>
        <source>Save Image File</source>
        <translation>保存图片文件</translation>
    </message>
    <message>
        <source>Could not save image: %1</source>
        <translation>无法保存图片：%1</translation>
    </message>
    <message>
        <source>Change your comment</source>
        <translation>修改您的简介</translation>
    </message>
    <message>
        <source>Transmit Mode set to Voice Activity</source>
        <translation>传输模式设置为语音激活</translation>
    </message>
    <message>
        <source>Transmit Mode set to Push-to-Talk</source>
        <translation>传输模式设置为按键发言</translation>
    </message>
    <message>
        <source>&amp;View Certificate</source>
        <translation>查看证书(&amp;V)</translation>
    </message>
    <message>
        <source>Enter reason</source>
        <translation>输入原因</translation>
    </message>
    <message>
        <source>Sending message to %1</source>
        <translation>正在向 %1 发送消息</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>至 %1：%2</translation>
    </message>
    <message>
        <source>Message to %1</source>
        <translation>向 %1 发送消息</translation>
    </message>
    <message>
        <source>Are you sure you want to reset the comment of user %1?</source>
        <translation>确定要重置用户 %1 的简介？</translation>
    </message>
    <message>
        <source>Are you sure you want to reset the avatar of user %1?</source>
        <translation>确定要重置用户 %1 的头像？</translation>
    </message>
    <message>
        <source>Are you sure you want to delete %1 and all its sub-channels?</source>
        <translation>确定要删除 %1 及其所有子频道？</translation>
    </message>
    <message>
        <source>Sending message to channel %1</source>
        <translation>正在向频道 %1 发送消息</translation>
    </message>
    <message>
        <source>Message to tree %1</source>
        <translation>向频道树 %1 发送消息</translation>
    </message>
    <message>
        <source>To %1 (Tree): %2</source>
        <oldsource>(Tree) %1: %2</oldsource>
        <translation>至 %1（频道树）：%2</translation>
    </message>
    <message>
        <source>Unmuted and undeafened.</source>
        <translation>开启麦克风和扬声器。</translation>
    </message>
    <message>
        <source>Unmuted.</source>
        <translation>开启麦克风。</translation>
    </message>
    <message>
        <source>Muted.</source>
        <translation>关闭麦克风。</translation>
    </message>
    <message>
        <source>Muted and deafened.</source>
        <translation>关闭麦克风和扬声器。</translation>
    </message>
    <message>
        <source>Deafened.</source>
        <translation>关闭扬声器。</translation>
    </message>
    <message>
        <source>Undeafened.</source>
        <translation>开启扬声器。</translation>
    </message>
    <message>
        <source>Restart Mumble?</source>
        <translation>重新启动 Mumble？</translation>
    </message>
    <message>
        <source>Some settings will only apply after a restart of Mumble. Restart Mumble now?</source>
        <translation>某些设置仅在重启 Mumble 后才应用。现在重启 Mumble 吗？</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>关于 Qt</translation>
    </message>
    <message>
        <source>SSL Verification failed: %1</source>
        <translation>SSL 验证失败：%1</translation>
    </message>
    <message>
        <source>&lt;li&gt;Server certificate digest (SHA-1):	%1&lt;/li&gt;</source>
        <translation>&lt;li&gt;服务器证书摘要（SHA-1）：	%1&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;WARNING:&lt;/b&gt; The server presented a certificate that was different from the stored one.</source>
        <translation>&lt;b&gt;警告：&lt;/b&gt;服务器现有证书与已保存的证书不一致。</translation>
    </message>
    <message>
        <source>Server connection failed: %1.</source>
        <translation>连接服务器失败：%1。</translation>
    </message>
    <message>
        <source>Disconnected from server.</source>
        <translation>从服务器断开连接。</translation>
    </message>
    <message>
        <source>Username in use</source>
        <translation>用户名已被使用</translation>
    </message>
    <message>
        <source>Wrong certificate or password</source>
        <translation>证书或者密码错误</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片文件 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>C&amp;onfigure</source>
        <translation>配置(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>This shows all recent activity. Connecting to servers, errors and information messages all show up here.&lt;br /&gt;To configure exactly which messages show up here, use the &lt;b&gt;Settings&lt;/b&gt; command from the menu.</source>
        <translation>显示所有最近的动态。连接到服务器、错误和信息等消息都将显示在这里。&lt;br /&gt;如果要设置这里显示的信息，请在菜单里选择&lt;b&gt;设置&lt;/b&gt;命令。</translation>
    </message>
    <message>
        <source>&amp;Quit Mumble</source>
        <translation>退出 Mumble (&amp;Q)</translation>
    </message>
    <message>
        <source>Closes the program</source>
        <translation>关闭程序</translation>
    </message>
    <message>
        <source>Exits the application.</source>
        <translation>退出应用程序。</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Open the server connection dialog</source>
        <translation>打开服务器连接对话框</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>断开连接(&amp;D)</translation>
    </message>
    <message>
        <source>Disconnect from server</source>
        <translation>从服务器断开连接</translation>
    </message>
    <message>
        <source>Disconnects you from the server.</source>
        <translation>从服务器断开您的连接。</translation>
    </message>
    <message>
        <source>Show information about the server connection</source>
        <translation>显示服务器连接的信息</translation>
    </message>
    <message>
        <source>This will show extended information about the connection to the server.</source>
        <translation>显示关于服务器连接的扩展信息。</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>禁言(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Deafen</source>
        <translation>禁听(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Local Mute</source>
        <translation>本地屏蔽(&amp;L)</translation>
    </message>
    <message>
        <source>Send a Text Message</source>
        <translation>发送一条文字消息</translation>
    </message>
    <message>
        <source>Sends a text message to another user.</source>
        <translation>向其他用户发送一条文字消息。</translation>
    </message>
    <message>
        <source>Add new channel</source>
        <translation>添加新频道</translation>
    </message>
    <message>
        <source>This adds a new sub-channel to the currently selected channel.</source>
        <translation>在当前所选频道下添加一个新的子频道。</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>删除频道</translation>
    </message>
    <message>
        <source>This removes a channel and all sub-channels.</source>
        <translation>删除一个频道及其所有子频道。</translation>
    </message>
    <message>
        <source>Edit Groups and ACL for channel</source>
        <translation>编辑频道的分组和 ACL</translation>
    </message>
    <message>
        <source>This opens the Group and ACL dialog for the channel, to control permissions.</source>
        <translation>打开频道的分组和 ACL 对话框，以控制权限。</translation>
    </message>
    <message>
        <source>Link your channel to another channel</source>
        <translation>将您的频道链接到其他频道</translation>
    </message>
    <message>
        <source>This is the chatbar&lt;br /&gt;If you enter text here and then press enter the text is sent to the user or channel that was selected. If nothing is selected the message is sent to your current channel.</source>
        <translation>这里是聊天栏&lt;br /&gt;如果您在这里输入文字并且按下回车，文字将会被发送到您选中的用户或频道。如果未选择，则会发送到当前频道。</translation>
    </message>
    <message>
        <source>Chatbar</source>
        <translation>聊天栏</translation>
    </message>
    <message>
        <source>Shows a dialog of registered servers, and also allows quick-connect.</source>
        <translation>显示已注册服务器对话框，可以在此进行快速连接。</translation>
    </message>
    <message>
        <source>Kick user (with reason)</source>
        <translation>踢出用户（包含原因）</translation>
    </message>
    <message>
        <source>Kick selected user off server. You&apos;ll be asked to specify a reason.</source>
        <translation>将选中的用户踢出服务器。您必须输入一条原因。</translation>
    </message>
    <message>
        <source>Mute user</source>
        <translation>禁言用户</translation>
    </message>
    <message>
        <source>Mute or unmute user on server. Unmuting a deafened user will also undeafen them.</source>
        <translation>关闭或开启服务器上用户的麦克风。为一名已关闭扬声器的用户开启麦克风也会同时开启他的扬声器。</translation>
    </message>
    <message>
        <source>Kick and ban user (with reason)</source>
        <translation>踢出并且封禁用户（包含原因）</translation>
    </message>
    <message>
        <source>Kick and ban selected user from server. You&apos;ll be asked to specify a reason.</source>
        <translation>将所选的用户从服务器踢出并封禁。您必须输入一条原因。</translation>
    </message>
    <message>
        <source>Deafen user</source>
        <translation>禁听用户</translation>
    </message>
    <message>
        <source>Deafen or undeafen user on server. Deafening a user will also mute them.</source>
        <translation>关闭或开启服务器用户的扬声器。为一名用户关闭扬声器也会同时关闭他的麦克风。</translation>
    </message>
    <message>
        <source>Mute user locally</source>
        <translation>仅在本地屏蔽用户</translation>
    </message>
    <message>
        <source>Mute or unmute user locally. Use this on other users in the same room.</source>
        <translation>仅在本地屏蔽或解禁用户的麦克风。需要对同一频道的其他用户使用。</translation>
    </message>
    <message>
        <source>This links your current channel to the selected channel. If users in a channel have permission to speak in the other channel, users can now hear each other. This is a permanent link, and will last until manually unlinked or the server is restarted. Please see the shortcuts for push-to-link.</source>
        <oldsource>This links your current channel to the selected channel. If they have permission to speak in the other channel, users can now hear each other. This is a permanent link, and will last until manually unlinked or the server is restarted. Please see the shortcuts for push-to-link.</oldsource>
        <translation>将您当前的频道链接到所选频道。如果频道中的用户有权在另一个频道中发言，则用户可以互相听到彼此的声音。这是一个永久链接，将持续到手动取消链接或服务器重新启动。请参阅按键链接的快捷键。</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <comment>Channel</comment>
        <translation>取消链接(&amp;U)</translation>
    </message>
    <message>
        <source>Unlink your channel from another channel</source>
        <translation>取消您的频道与其他频道的链接</translation>
    </message>
    <message>
        <source>This unlinks your current channel from the selected channel.</source>
        <translation>取消您的当前频道与所选频道的链接。</translation>
    </message>
    <message>
        <source>Unlinks your channel from all linked channels.</source>
        <translation>取消您的频道与所有已链接频道的链接。</translation>
    </message>
    <message>
        <source>This unlinks your current channel (not the selected one) from all linked channels.</source>
        <translation>取消您的频道到所有已链接的频道（而非仅已选频道）的链接。</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <source>Reset audio preprocessor</source>
        <translation>重置音频预处理器</translation>
    </message>
    <message>
        <source>This will reset the audio preprocessor, including noise cancellation, automatic gain and voice activity detection. If something suddenly worsens the audio environment (like dropping the microphone) and it was temporary, use this to avoid having to wait for the preprocessor to readjust.</source>
        <translation>这将重置音频预处理器，包括噪声消除，自动增益和语音活动检测。如果某些因素突然暂时恶化了音频环境（例如麦克风摔落），可以使用此功能避免等待预处理器重新调整。</translation>
    </message>
    <message>
        <source>Mute yourself</source>
        <translation>关闭自己的麦克风</translation>
    </message>
    <message>
        <source>Mute or unmute yourself. When muted, you will not send any data to the server. Unmuting while deafened will also undeafen.</source>
        <translation>关闭或开启您自己的麦克风。当麦克风被关闭时，您将不会向服务器发送任何数据。开启麦克风也会同时开启扬声器。</translation>
    </message>
    <message>
        <source>Deafen yourself</source>
        <translation>关闭自己的扬声器</translation>
    </message>
    <message>
        <source>Deafen or undeafen yourself. When deafened, you will not hear anything. Deafening yourself will also mute.</source>
        <translation>关闭或开启您自己的扬声器。当扬声器被关闭时，您无法听到任何谈话。关闭扬声器也会同时关闭麦克风。</translation>
    </message>
    <message>
        <source>&amp;Text-To-Speech</source>
        <translation>语音播报(&amp;T)</translation>
    </message>
    <message>
        <source>Toggle Text-To-Speech</source>
        <translation>开关语音播报</translation>
    </message>
    <message>
        <source>Enable or disable the text-to-speech engine. Only messages enabled for TTS in the Configuration dialog will actually be spoken.</source>
        <translation>启用或禁用文字转语音引擎。只有在“配置”对话框中启用语音播报的消息才会被实际朗读。</translation>
    </message>
    <message>
        <source>Display audio statistics</source>
        <translation>显示音频统计</translation>
    </message>
    <message>
        <source>Pops up a small dialog with information about your current audio input.</source>
        <translation>弹出关于您当前音频输入的对话框。</translation>
    </message>
    <message>
        <source>Forcibly unlink plugin</source>
        <translation>强制取消链接插件</translation>
    </message>
    <message>
        <source>This forces the current plugin to unlink, which is handy if it is reading completely wrong data.</source>
        <translation>强制当前插件取消链接。在插件数据读取错误时非常方便。</translation>
    </message>
    <message>
        <source>Configure Mumble</source>
        <translation>配置 Mumble</translation>
    </message>
    <message>
        <source>Allows you to change most settings for Mumble.</source>
        <translation>允许您更改 Mumble 的大多数设置。</translation>
    </message>
    <message>
        <source>Start the audio configuration wizard</source>
        <translation>开始音频配置向导</translation>
    </message>
    <message>
        <source>This will guide you through the process of configuring your audio hardware.</source>
        <translation>指导您配置您的音频硬件。</translation>
    </message>
    <message>
        <source>&amp;What&apos;s This?</source>
        <translation>这是什么(&amp;W)？</translation>
    </message>
    <message>
        <source>Enter What&apos;s This? mode</source>
        <translation>进入“这是什么?”模式</translation>
    </message>
    <message>
        <source>Click this to enter &quot;What&apos;s This?&quot; mode. Your cursor will turn into a question mark. Click on any button, menu choice or area to show a description of what it is.</source>
        <translation>点击进入“这是什么？”模式。您的鼠标会变成问号形状。点击其他的按钮、菜单选项或者其他区域以显示对应内容的帮助。</translation>
    </message>
    <message>
        <source>Information about Mumble</source>
        <translation>关于 Mumble 的信息</translation>
    </message>
    <message>
        <source>Shows a small dialog with information and license for Mumble.</source>
        <translation>显示包含 Mumble 信息和许可的对话框。</translation>
    </message>
    <message>
        <source>Information about Speex</source>
        <translation>关于 Speex 的信息</translation>
    </message>
    <message>
        <source>Shows a small dialog with information about Speex.</source>
        <translation>显示包含 Speex 信息的对话框。</translation>
    </message>
    <message>
        <source>Information about Qt</source>
        <translation>关于 QT 的信息</translation>
    </message>
    <message>
        <source>Shows a small dialog with information about Qt.</source>
        <translation>显示包含 QT 信息的对话框。</translation>
    </message>
    <message>
        <source>Check for &amp;Updates</source>
        <translation>检查更新(&amp;U)</translation>
    </message>
    <message>
        <source>Check for new version of Mumble</source>
        <translation>检查 Mumble 的新版本</translation>
    </message>
    <message>
        <source>Connects to the Mumble webpage to check if a new version is available, and notifies you with an appropriate download URL if this is the case.</source>
        <translation>连接到 Mumble 网站，查找是否有可用的新版本，并通知您一个可用的下载地址。</translation>
    </message>
    <message>
        <source>Sends a text message to all users in a channel.</source>
        <translation>向频道中的所有人发送文字消息。</translation>
    </message>
    <message>
        <source>Configure certificates for strong authentication</source>
        <translation>配置证书进行强认证</translation>
    </message>
    <message>
        <source>This starts the wizard for creating, importing and exporting certificates for authentication against servers.</source>
        <translation>开始证书向导，进行创建、导入或导出用于服务器认证的证书。</translation>
    </message>
    <message>
        <source>Register user on server</source>
        <translation>在服务器上注册用户</translation>
    </message>
    <message>
        <source>This will permanently register the user on the server.</source>
        <translation>在此服务器上永久注册用户。</translation>
    </message>
    <message>
        <source>Add &amp;Friend</source>
        <translation>添加好友(&amp;F)</translation>
    </message>
    <message>
        <source>Adds a user as your friend.</source>
        <translation>添加一名用户为您的好友。</translation>
    </message>
    <message>
        <source>This will add the user as a friend, so you can recognize him on this and other servers.</source>
        <translation>添加一名用户为您的好友，使您可以在此服务器和其他服务器认出他。</translation>
    </message>
    <message>
        <source>&amp;Remove Friend</source>
        <translation>删除好友(&amp;R)</translation>
    </message>
    <message>
        <source>Removes a user from your friends.</source>
        <translation>从您的好友中删除一名用户。</translation>
    </message>
    <message>
        <source>This will remove a user from your friends list.</source>
        <translation>从您的好友列表中删除一名用户。</translation>
    </message>
    <message>
        <source>&amp;Update Friend</source>
        <translation>更新好友(&amp;U)</translation>
    </message>
    <message>
        <source>Update name of your friend.</source>
        <translation>更新好友的名称。</translation>
    </message>
    <message>
        <source>Your friend uses a different name than what is in your database. This will update the name.</source>
        <translation>您的好友使用的名称与您的数据库存储不同。此功能将更新此名称。</translation>
    </message>
    <message>
        <source>Edit registered users list</source>
        <translation>编辑已注册用户列表</translation>
    </message>
    <message>
        <source>This opens the editor for registered users, which allow you to change their name or unregister them.</source>
        <translation>打开已注册用户编辑器，允许您修改已注册用户的名称或者取消他们的注册。</translation>
    </message>
    <message>
        <source>Add or remove text-based access tokens</source>
        <translation>添加或删除文本形式的访问令牌</translation>
    </message>
    <message>
        <source>&amp;Minimal View</source>
        <translation>简洁视图(&amp;M)</translation>
    </message>
    <message>
        <source>Toggle minimal window modes</source>
        <translation>开关简洁视图模式</translation>
    </message>
    <message>
        <source>This will toggle minimal mode, where the log window and menu is hidden.</source>
        <translation>开关简洁视图模式，日志窗口和菜单将被隐藏。</translation>
    </message>
    <message>
        <source>You muted and deafened %1.</source>
        <translation>您关闭了 %1 的麦克风和扬声器。</translation>
    </message>
    <message>
        <source>You unmuted and undeafened %1.</source>
        <translation>您开启了 %1 的麦克风和扬声器。</translation>
    </message>
    <message>
        <source>You undeafened %1.</source>
        <translation>您开启了 %1 的扬声器。</translation>
    </message>
    <message>
        <source>You suppressed %1.</source>
        <translation>您禁言了 %1。</translation>
    </message>
    <message>
        <source>%1 muted and deafened by %2.</source>
        <translation>%2 关闭了 %1 的麦克风和扬声器。</translation>
    </message>
    <message>
        <source>%1 unmuted and undeafened by %2.</source>
        <translation>%2 开启了 %1 的麦克风和扬声器。</translation>
    </message>
    <message>
        <source>%1 undeafened by %2.</source>
        <translation>%2 开启了 %1 的扬声器。</translation>
    </message>
    <message>
        <source>%1 suppressed by %2.</source>
        <translation>%1 被 %2 禁言。</translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation>%1 移动到 %2。</translation>
    </message>
    <message>
        <source>%1 moved to %2 by %3.</source>
        <translation>%1 被 %3 移动到 %2。</translation>
    </message>
    <message>
        <source>%1 moved in from %2 by %3.</source>
        <translation>%1 被 %3 从 %2 移动至此。</translation>
    </message>
    <message>
        <source>%1 is now muted and deafened.</source>
        <translation>%1 关闭了麦克风和扬声器。</translation>
    </message>
    <message>
        <source>Your account information can not be verified currently. Please try again later</source>
        <translation>当前无法验证您的帐户信息，请稍后重试</translation>
    </message>
    <message>
        <source>Welcome message: %1</source>
        <translation>欢迎消息：%1</translation>
    </message>
    <message>
        <source>You were denied %1 privileges in %2.</source>
        <translation>您在 %2 的“%1”权限被拒绝。</translation>
    </message>
    <message>
        <source>%3 was denied %1 privileges in %2.</source>
        <translation>%3 在 %2 的“%1”权限被拒绝。</translation>
    </message>
    <message>
        <source>Denied: Cannot modify SuperUser.</source>
        <translation>拒绝：无法修改 SuperUser（超级用户）。</translation>
    </message>
    <message>
        <source>Denied: Text message too long.</source>
        <translation>拒绝：文本消息过长。</translation>
    </message>
    <message>
        <source>Denied: Operation not permitted in temporary channel.</source>
        <translation>拒绝：临时频道不允许此操作。</translation>
    </message>
    <message>
        <source>You need a certificate to perform this operation.</source>
        <translation>您需要一个证书以执行该操作。</translation>
    </message>
    <message>
        <source>%1 does not have a certificate.</source>
        <translation>%1 没有证书。</translation>
    </message>
    <message>
        <source>Channel is full.</source>
        <translation>频道已满。</translation>
    </message>
    <message>
        <source>Channel nesting limit reached.</source>
        <translation>频道嵌套层次达到上限。</translation>
    </message>
    <message>
        <source>Channel count limit reached. Need to delete channels before creating new ones.</source>
        <translation>频道数量达到上限。需要在创建新频道之前删除一些频道。</translation>
    </message>
    <message>
        <source>Permission denied.</source>
        <translation>权限被拒绝。</translation>
    </message>
    <message>
        <source>%1 connected and entered channel.</source>
        <translation>%1 连接到服务器并加入频道。</translation>
    </message>
    <message>
        <source>%1 connected.</source>
        <translation>%1 已连接。</translation>
    </message>
    <message>
        <source>%1 is now muted.</source>
        <translation>%1 关闭了麦克风。</translation>
    </message>
    <message>
        <source>%1 is now unmuted.</source>
        <translation>%1 开启了麦克风。</translation>
    </message>
    <message>
        <source>Recording started</source>
        <translation>录音开始</translation>
    </message>
    <message>
        <source>Recording stopped</source>
        <translation>录音结束</translation>
    </message>
    <message>
        <source>%1 started recording.</source>
        <translation>%1 开始录音。</translation>
    </message>
    <message>
        <source>%1 stopped recording.</source>
        <translation>%1 结束录音。</translation>
    </message>
    <message>
        <source>You revoked your priority speaker status.</source>
        <translation>您撤销了自己的优先发言人状态。</translation>
    </message>
    <message>
        <source>You assumed priority speaker status.</source>
        <translation>您获得优先发言人状态。</translation>
    </message>
    <message>
        <source>%1 revoked your priority speaker status.</source>
        <translation>%1 撤销了您的优先发言人状态。</translation>
    </message>
    <message>
        <source>%1 gave you priority speaker status.</source>
        <translation>%1 授予您优先发言人状态。</translation>
    </message>
    <message>
        <source>You revoked priority speaker status for %1.</source>
        <translation>您撤销了 %1 的优先发言人状态。</translation>
    </message>
    <message>
        <source>You gave priority speaker status to %1.</source>
        <translation>您授予 %1 优先发言人状态。</translation>
    </message>
    <message>
        <source>%1 revoked own priority speaker status.</source>
        <translation>%1 撤销了自己的优先发言人状态。</translation>
    </message>
    <message>
        <source>%1 assumed priority speaker status.</source>
        <translation>%1 获得优先发言人状态。</translation>
    </message>
    <message>
        <source>%1 revoked priority speaker status for %2.</source>
        <translation>%1 撤销了 %2 的优先发言人状态。</translation>
    </message>
    <message>
        <source>%1 gave priority speaker status to %2.</source>
        <translation>%1 授予 %2 优先发言人状态。</translation>
    </message>
    <message>
        <source>You were unmuted and undeafened by %1.</source>
        <translation>%1 开启了您的的麦克风和扬声器。</translation>
    </message>
    <message>
        <source>You were muted by %1.</source>
        <translation>%1 关闭了您的麦克风。</translation>
    </message>
    <message>
        <source>You were undeafened by %1.</source>
        <translation>%1 开启了您的扬声器。</translation>
    </message>
    <message>
        <source>You were suppressed.</source>
        <oldsource>You were suppressed by %1.</oldsource>
        <translation>您被禁言。</translation>
    </message>
    <message>
        <source>You were unsuppressed.</source>
        <translation>您被解除禁言。</translation>
    </message>
    <message>
        <source>You were unsuppressed by %1.</source>
        <translation>%1 解除了您的禁言。</translation>
    </message>
    <message>
        <source>You joined %1.</source>
        <translation>您加入了 %1。</translation>
    </message>
    <message>
        <source>According to the server&apos;s configuration, your username is considered invalid.</source>
        <translation>根据服务器配置，您的用户名无效。</translation>
    </message>
    <message>
        <source>Denied: According to the server&apos;s configuration, the channel name is considered invalid.</source>
        <translation>被拒绝：根据服务器配置，频道名无效。</translation>
    </message>
    <message>
        <source>According to the server&apos;s configuration, the username %1 is considered invalid.</source>
        <translation>根据服务器配置，用户名 %1 无效。</translation>
    </message>
    <message>
        <source>According to the server&apos;s configuration, the username is considered invalid.</source>
        <translation>根据服务器配置，用户名无效。</translation>
    </message>
    <message>
        <source>You moved %1 to %2.</source>
        <translation>您将 %1 移动到 %2。</translation>
    </message>
    <message>
        <source>%1 is recording</source>
        <translation>%1 正在录音</translation>
    </message>
    <message>
        <source>%1 renamed to %2 by %3.</source>
        <translation>%1 被 %3 重命名为 %2。</translation>
    </message>
    <message>
        <source>%1 disconnected.</source>
        <translation>%1 断开连接。</translation>
    </message>
    <message>
        <source>Server</source>
        <comment>message from</comment>
        <translation>服务器</translation>
    </message>
    <message>
        <source>The server requests minimum client version %1</source>
        <translation>服务器要求客户端版本至少为 %1</translation>
    </message>
    <message>
        <source>The server requests positional audio be enabled.</source>
        <translation>服务器要求启用定位音频。</translation>
    </message>
    <message>
        <source>The server requests positional audio be disabled.</source>
        <translation>服务器要求禁用定位音频。</translation>
    </message>
    <message>
        <source>The server requests Push-to-Talk be enabled.</source>
        <translation>服务器要求启用按键发言。</translation>
    </message>
    <message>
        <source>The server requests Push-to-Talk be disabled.</source>
        <translation>服务器要求禁用按键发言。</translation>
    </message>
    <message>
        <source>You were unmuted by %1.</source>
        <translation>%1 开启了您的麦克风。</translation>
    </message>
    <message>
        <source>You muted %1.</source>
        <translation>您关闭了 %1 的麦克风。</translation>
    </message>
    <message>
        <source>You unsuppressed %1.</source>
        <translation>您解除了 %1 的禁言。</translation>
    </message>
    <message>
        <source>You unmuted %1.</source>
        <translation>您开启了 %1 的麦克风。</translation>
    </message>
    <message>
        <source>%1 muted by %2.</source>
        <translation>%2 关闭了 %1 的麦克风。</translation>
    </message>
    <message>
        <source>%1 unsuppressed by %2.</source>
        <translation>%2 解除了 %1 的禁言。</translation>
    </message>
    <message>
        <source>%1 unmuted by %2.</source>
        <translation>%2 开启了 %1 麦克风。</translation>
    </message>
    <message>
        <source>You were muted and deafened by %1.</source>
        <oldsource>You were deafened by %1.</oldsource>
        <translation>%1 关闭了您的麦克风和扬声器。</translation>
    </message>
    <message>
        <source>You were kicked from the server by %1: %2.</source>
        <translation>%1 将您踢出了服务器：%2。</translation>
    </message>
    <message>
        <source>%3 was kicked from the server by %1: %2.</source>
        <translation>%1 将 %3 踢出了服务器：%2。</translation>
    </message>
    <message>
        <source>You were kicked and banned from the server by %1: %2.</source>
        <translation>%1 将您踢出了服务器并封禁：%2。</translation>
    </message>
    <message>
        <source>%3 was kicked and banned from the server by %1: %2.</source>
        <translation>%1 将 %3 踢出了服务器并封禁：%2。</translation>
    </message>
    <message>
        <source>You were moved to %1 by %2.</source>
        <translation>您被 %2 移动到 %1。</translation>
    </message>
    <message>
        <source>%1 entered channel.</source>
        <translation>%1 进入频道。</translation>
    </message>
    <message>
        <source>Server connection rejected: %1.</source>
        <translation>服务器拒绝连接：%1。</translation>
    </message>
    <message>
        <source>Denied: %1.</source>
        <translation>拒绝：%1。</translation>
    </message>
    <message>
        <source>%1 renamed to %2.</source>
        <translation>%1 重命名为 %2。</translation>
    </message>
    <message>
        <source>%1 left channel and disconnected.</source>
        <translation>%1 离开频道并断开连接。</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>来自 %1 的消息</translation>
    </message>
    <message>
        <source>You have User Dragging set to &quot;Do Nothing&quot; so the user wasn&apos;t moved.</source>
        <translation>用户未被移动，因为您将用户拖动设置为“无动作”。</translation>
    </message>
    <message>
        <source>You have Channel Dragging set to &quot;Do Nothing&quot; so the channel wasn&apos;t moved.</source>
        <translation>频道未被移动，因为您将频道拖动设置为“无动作”。</translation>
    </message>
    <message>
        <source>Unknown Channel Drag mode in UserModel::dropMimeData.</source>
        <translation>UserModel::dropMimeData 中的频道拖动模式未知。</translation>
    </message>
    <message>
        <source>Welcome to Mumble.</source>
        <translation>欢迎使用 Mumble。</translation>
    </message>
    <message>
        <source>Skipping version check in debug mode.</source>
        <translation>在调试模式跳过版本检查。</translation>
    </message>
    <message>
        <source>Hide Frame</source>
        <translation>隐藏边框</translation>
    </message>
    <message>
        <source>Toggle showing frame on minimal window</source>
        <translation>切换简洁视图下的窗口边框显示</translation>
    </message>
    <message>
        <source>This will toggle whether the minimal window should have a frame for moving and resizing.</source>
        <translation>切换在简洁视图模式下是否显示用于移动或改变窗口大小的边框。</translation>
    </message>
    <message>
        <source>Reset the comment of the selected user.</source>
        <translation>重置所选用户的简介。</translation>
    </message>
    <message>
        <source>View comment in editor</source>
        <translation>在编辑器中查看简介</translation>
    </message>
    <message>
        <source>Query server for connection information for user</source>
        <translation>向服务器查询用户的连接信息</translation>
    </message>
    <message>
        <source>S&amp;erver</source>
        <translation>服务器(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Self</source>
        <translation>自己(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Unlink Plugins</source>
        <translation>取消链接插件(&amp;U)</translation>
    </message>
    <message>
        <source>Register yourself on the server</source>
        <translation>在服务器上注册自己</translation>
    </message>
    <message>
        <source>Change your avatar image on this server</source>
        <translation>修改您在此服务器上的头像</translation>
    </message>
    <message>
        <source>Remove currently defined avatar image.</source>
        <translation>删除当前头像图片。</translation>
    </message>
    <message>
        <source>Icon Toolbar</source>
        <translation>图标工具栏</translation>
    </message>
    <message>
        <source>Change your own comment</source>
        <translation>修改您自己的简介</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>复制网址(&amp;C)</translation>
    </message>
    <message>
        <source>Copies a link to this channel to the clipboard.</source>
        <translation>将指向此频道的链接复制到剪贴板。</translation>
    </message>
    <message>
        <source>Locally ignore user&apos;s text chat messages.</source>
        <translation>本地忽略用户的文字聊天消息。</translation>
    </message>
    <message>
        <source>Silently drops all text messages from the user.</source>
        <translation>静默地删除此用户的所有文字消息。</translation>
    </message>
    <message>
        <source>Edit ban list on server</source>
        <translation>编辑服务器封禁列表</translation>
    </message>
    <message>
        <source>This lets you edit the server-side IP ban list.</source>
        <translation>使您可以编辑服务端的 IP 封禁列表。</translation>
    </message>
    <message>
        <source>Enable or disable the filtering of select channels.
By default all empty channels will be filtered.
You can mark additional channels for filtering from
the channel&apos;s context menu.</source>
        <translation>对所选频道启用或禁用筛选。
默认情况下，所有空频道会被隐藏。
您可以通过频道的右键菜单将频道标记为
筛选时隐藏。</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Developer</source>
        <translation>开发者(&amp;D)</translation>
    </message>
    <message>
        <source>Show the Developer Console</source>
        <translation>显示开发者控制台</translation>
    </message>
    <message>
        <source>Shows the Mumble Developer Console, where Mumble&apos;s log output can be inspected.</source>
        <translation>显示开发者控制台，用于检查 Mumble 的日志输出。</translation>
    </message>
    <message>
        <source>&amp;Connect...</source>
        <translation>连接(&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Kick...</source>
        <translation>踢出(&amp;K)...</translation>
    </message>
    <message>
        <source>&amp;Ban...</source>
        <translation>封禁(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>添加(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Remove...</source>
        <translation>删除(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>编辑(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Audio Wizard...</source>
        <translation>音频向导(&amp;A)...</translation>
    </message>
    <message>
        <source>About &amp;Speex...</source>
        <translation>关于 &amp;Speex...</translation>
    </message>
    <message>
        <source>&amp;Certificate Wizard...</source>
        <translation>证书向导(&amp;C)...</translation>
    </message>
    <message>
        <source>Change &amp;Avatar...</source>
        <translation>修改头像(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Change Comment...</source>
        <translation>修改简介(&amp;C)...</translation>
    </message>
    <message>
        <source>Server sync protocol violation. No user profile received.</source>
        <translation>服务器同步协议冲突。未收到用户资料。</translation>
    </message>
    <message>
        <source>Protocol violation. Server sent remove for occupied channel.</source>
        <translation>协议冲突。服务器删除了此频道。</translation>
    </message>
    <message>
        <source>Listen to this channel without joining it</source>
        <translation>监听频道而无需加入</translation>
    </message>
    <message>
        <source>&amp;Listener</source>
        <translation>监听者(&amp;L)</translation>
    </message>
    <message>
        <source>No action available...</source>
        <translation>无可用操作...</translation>
    </message>
    <message>
        <source>Unable to %1 into %2 - Adding the respective access (password) token might grant you access.</source>
        <translation>缺少 %2 的 %1 权限 - 可能需要添加访问令牌或密码以获取权限。</translation>
    </message>
    <message>
        <source>No more listeners allowed in this channel.</source>
        <translation>此频道无法容纳更多监听者。</translation>
    </message>
    <message>
        <source>You are not allowed to listen to more channels than you currently are.</source>
        <translation>您无法再监听更多频道。</translation>
    </message>
    <message>
        <source>You started listening to %1</source>
        <translation>您开始监听 %1</translation>
    </message>
    <message>
        <source>%1 started listening to your channel</source>
        <translation>%1 开始监听您的频道</translation>
    </message>
    <message>
        <source>You stopped listening to %1</source>
        <translation>您停止监听 %1</translation>
    </message>
    <message>
        <source>%1 stopped listening to your channel</source>
        <translation>%1 停止监听您的频道</translation>
    </message>
    <message>
        <source>Toggles the visibility of the TalkingUI.</source>
        <translation>切换对话界面的可见性。</translation>
    </message>
    <message>
        <source>Joins the channel of this user.</source>
        <translation>加入此用户所在的频道。</translation>
    </message>
    <message>
        <source>Channels and users</source>
        <translation>频道与用户</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>活动日志</translation>
    </message>
    <message>
        <source>Locally disable Text-To-Speech for this user&apos;s text chat messages.</source>
        <translation>本地禁用此用户聊天消息的语音播报。</translation>
    </message>
    <message>
        <source>Silently disables Text-To-Speech for all text messages from the user.</source>
        <translation>静默禁用此用户所有聊天消息的语音播报。</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>频道树</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>私人</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <translation>（%1）%2</translation>
    </message>
    <message>
        <source>Configuration file %1 does not exist or is not writable.
</source>
        <translation>配置文件 %1 不存在或不可写。
</translation>
    </message>
    <message>
        <source>Hide/show main window</source>
        <comment>Global Shortcut</comment>
        <translation>隐藏/显示主界面</translation>
    </message>
    <message>
        <source>Set a local nickname</source>
        <translation>设置本地昵称</translation>
    </message>
    <message>
        <source>Sets a local nickname for another user.</source>
        <translation>为另一名用户设置本地昵称。</translation>
    </message>
    <message>
        <source>Directory %1 does not exist.
</source>
        <translation>文件夹 %1 不存在。
</translation>
    </message>
    <message>
        <source>Toggle TalkingUI</source>
        <comment>Global shortcut</comment>
        <translation>开关对话界面</translation>
    </message>
    <message>
        <source>Toggles the visibility of the TalkingUI.</source>
        <comment>Global Shortcut</comment>
        <translation>切换对话界面的可见性。</translation>
    </message>
    <message>
        <source>Toggle the channel filter (Alt+F)</source>
        <translation>开关频道筛选器 (Alt+F)</translation>
    </message>
    <message>
        <source>Alt+F</source>
        <translation>Alt+F</translation>
    </message>
    <message>
        <source>Search for a user or channel (Ctrl+F)</source>
        <translation>搜索用户或频道 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Toggle search dialog</source>
        <comment>Global Shortcut</comment>
        <translation>开关搜索对话框</translation>
    </message>
    <message>
        <source>This will open or close the search dialog depending on whether it is currently opened already</source>
        <translation>根据当前的开启状态打开或关闭搜索对话框</translation>
    </message>
    <message>
        <source>Unmute yourself</source>
        <translation>打开自己的麦克风</translation>
    </message>
    <message>
        <source>Undeafen yourself</source>
        <translation>打开自己的扬声器</translation>
    </message>
    <message>
        <source>Show the Positional Audio Viewer</source>
        <translation>显示定位音频查看器</translation>
    </message>
    <message>
        <source>Shows the Positional Audio Viewer. In it the current information used for positional audio can be inspected. Context and identity are also shown.</source>
        <translation>显示定位音频查看器。可以在其中检查定位音频的当前信息，包括上下文和标识符。</translation>
    </message>
    <message>
        <source>Mumble - Minimal View</source>
        <translation>Mumble - 最小化视图</translation>
    </message>
    <message>
        <source>Invalid settings file encountered.</source>
        <translation>遇到无效设置文件。</translation>
    </message>
    <message>
        <source>You are currently in minimal view but not connected to a server. Use the context menu to connect to a server or disable minimal view.</source>
        <translation>您当前处于简洁模式但尚未连接服务器。您可以通过上下文菜单连接服务器或禁用简洁模式。</translation>
    </message>
    <message>
        <source>Local Volume Adjustment:</source>
        <translation>本地音量调整：</translation>
    </message>
    <message>
        <source>This version of Mumble can&apos;t handle URLs for Mumble version %1</source>
        <translation>当前版本的 Mumble 无法处理用于 Mumble %1 的 URL</translation>
    </message>
    <message>
        <source>Listen to Channel</source>
        <comment>Global Shortcut</comment>
        <translation>监听频道</translation>
    </message>
    <message>
        <source>Toggles listening to the given channel.</source>
        <comment>Global Shortcut</comment>
        <translation>切换指定频道的监听状态。</translation>
    </message>
    <message>
        <source>Server instructed us to use an audio codec different from Opus, which is no longer supported. Disconnecting...</source>
        <translation>服务器指示我们使用不再支持的非 Opus 音频编解码器。正在断开连接……</translation>
    </message>
    <message>
        <source>Are you sure you want to close Mumble? Perhaps you prefer to minimize it instead?</source>
        <translation>您确定要关闭 Mumble 吗？可能您更愿意最小化？</translation>
    </message>
    <message>
        <source>Remember this setting</source>
        <translation>记住此设置</translation>
    </message>
    <message>
        <source>Channel &amp;Filter</source>
        <translation>频道筛选器(&amp;F)</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <comment>Global Shortcut</comment>
        <translation>连接到服务器</translation>
    </message>
    <message>
        <source>This will open the server connection dialog</source>
        <comment>Global Shortcut</comment>
        <translation>这会打开服务器连接对话框</translation>
    </message>
    <message>
        <source>Disconnect from server</source>
        <comment>Global Shortcut</comment>
        <translation>断开与服务器的连接</translation>
    </message>
    <message>
        <source>This will disconnect you from the server</source>
        <comment>Global Shortcut</comment>
        <translation>这会断开您与服务器的连接</translation>
    </message>
    <message>
        <source>Open server information</source>
        <comment>Global Shortcut</comment>
        <translation>打开服务器信息</translation>
    </message>
    <message>
        <source>This will show information about the server connection</source>
        <comment>Global Shortcut</comment>
        <translation>这会显示服务器连接的信息</translation>
    </message>
    <message>
        <source>Open server tokens</source>
        <comment>Global Shortcut</comment>
        <translation>打开服务器令牌</translation>
    </message>
    <message>
        <source>This will open the server tokens dialog</source>
        <comment>Global Shortcut</comment>
        <translation>这会打开服务器令牌对话框</translation>
    </message>
    <message>
        <source>Open server user list</source>
        <comment>Global Shortcut</comment>
        <translation>打开服务器用户列表</translation>
    </message>
    <message>
        <source>This will open the server user list dialog</source>
        <comment>Global Shortcut</comment>
        <translation>这会打开服务器用户列表对话框</translation>
    </message>
    <message>
        <source>Open server ban list</source>
        <comment>Global Shortcut</comment>
        <translation>打开服务器封禁列表</translation>
    </message>
    <message>
        <source>This will open the server ban list dialog</source>
        <comment>Global Shortcut</comment>
        <translation>这会打开服务器封禁列表对话框</translation>
    </message>
    <message>
        <source>Toggle priority speaker</source>
        <comment>Global Shortcut</comment>
        <translation>切换优先发言人状态</translation>
    </message>
    <message>
        <source>This will enable/disable the priority speaker</source>
        <comment>Global Shortcut</comment>
        <translation>这会启用/禁用优先发言人状态</translation>
    </message>
    <message>
        <source>Open recording dialog</source>
        <comment>Global Shortcut</comment>
        <translation>打开录音对话框</translation>
    </message>
    <message>
        <source>This will open the recording dialog</source>
        <translation>这会打开录音对话框</translation>
    </message>
    <message>
        <source>Change comment</source>
        <comment>Global Shortcut</comment>
        <translation>修改简介</translation>
    </message>
    <message>
        <source>This will open the change comment dialog</source>
        <translation>这会打开修改简介对话框</translation>
    </message>
    <message>
        <source>Change avatar</source>
        <comment>Global Shortcut</comment>
        <translation>修改头像</translation>
    </message>
    <message>
        <source>This will open your file explorer to change your avatar image on this server</source>
        <translation>这会打开您的文件资源管理器，以修改您在此服务器上的头像图片</translation>
    </message>
    <message>
        <source>Remove avatar</source>
        <comment>Global Shortcut</comment>
        <translation>删除头像</translation>
    </message>
    <message>
        <source>This will reset your avatar on the server</source>
        <translation>这会重置您在服务器上的头像</translation>
    </message>
    <message>
        <source>Register on the server</source>
        <comment>Global Shortcut</comment>
        <translation>在服务器上注册</translation>
    </message>
    <message>
        <source>This will register you on the server</source>
        <translation>这会在服务器上为您注册</translation>
    </message>
    <message>
        <source>Audio statistics</source>
        <comment>Global Shortcut</comment>
        <translation>音频统计</translation>
    </message>
    <message>
        <source>This will open the audio statistics dialog</source>
        <translation>这会打开音频统计对话框</translation>
    </message>
    <message>
        <source>Open settings</source>
        <comment>Global Shortcut</comment>
        <translation>打开设置</translation>
    </message>
    <message>
        <source>This will open the settings dialog</source>
        <translation>这会打开设置对话框</translation>
    </message>
    <message>
        <source>Start audio wizard</source>
        <comment>Global Shortcut</comment>
        <translation>启动音频向导</translation>
    </message>
    <message>
        <source>This will open the audio wizard dialog</source>
        <translation>这会打开音频向导对话框</translation>
    </message>
    <message>
        <source>Start certificate wizard</source>
        <comment>Global Shortcut</comment>
        <translation>启动证书向导</translation>
    </message>
    <message>
        <source>This will open the certificate wizard dialog</source>
        <translation>这会打开证书向导对话框</translation>
    </message>
    <message>
        <source>Toggle text to speech</source>
        <comment>Global Shortcut</comment>
        <translation>切换语音播报</translation>
    </message>
    <message>
        <source>This will enable/disable the text to speech</source>
        <translation>这会启用/禁用语音播报</translation>
    </message>
    <message>
        <source>Open about dialog</source>
        <comment>Global Shortcut</comment>
        <translation>打开关于对话框</translation>
    </message>
    <message>
        <source>This will open the about dialog</source>
        <translation>这会打开关于对话框</translation>
    </message>
    <message>
        <source>Open about Qt dialog</source>
        <comment>Global Shortcut</comment>
        <translation>打开关于 Qt 对话框</translation>
    </message>
    <message>
        <source>This will open the about Qt dialog</source>
        <translation>这会打开关于 Qt 对话框</translation>
    </message>
    <message>
        <source>Check for update</source>
        <comment>Global Shortcut</comment>
        <translation>检查更新</translation>
    </message>
    <message>
        <source>This will check if mumble is up to date</source>
        <translation>这会检查 Mumble 是否为最新版</translation>
    </message>
    <message>
        <source>That sound was the mute cue. It activates when you speak while muted. Would you like to keep it enabled?</source>
        <translation>此声音是静音提示。您在静音时发言会激活它。您希望保持启用吗？</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Enter chat message</source>
        <translation>输入聊天消息</translation>
    </message>
    <message>
        <source>&amp;Ban List</source>
        <translation>封禁列表(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Information</source>
        <translation>信息(&amp;I)</translation>
    </message>
    <message>
        <source>Ig&amp;nore Messages</source>
        <translation>忽略消息(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Send Message...</source>
        <translation>发送消息(&amp;S)...</translation>
    </message>
    <message>
        <source>Set Ni&amp;ckname...</source>
        <translation>设置昵称(&amp;C)...</translation>
    </message>
    <message>
        <source>L&amp;ink</source>
        <translation>链接(&amp;I)</translation>
    </message>
    <message>
        <source>U&amp;nlink All</source>
        <translation>取消所有链接(&amp;N)</translation>
    </message>
    <message>
        <source>M&amp;ute Self</source>
        <translation>关闭自己的麦克风(&amp;U)</translation>
    </message>
    <message>
        <source>D&amp;eafen Self</source>
        <translation>关闭自己的扬声器(&amp;E)</translation>
    </message>
    <message>
        <source>Audio &amp;Statistics</source>
        <translation>音频统计(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>Developer &amp;Console</source>
        <translation>开发者控制台(&amp;C)</translation>
    </message>
    <message>
        <source>Positional &amp;Audio Viewer</source>
        <translation>定位音频查看器(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Re&amp;gister...</source>
        <translation>注册(&amp;G)...</translation>
    </message>
    <message>
        <source>Registered &amp;Users</source>
        <translation>已注册用户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Access Tokens</source>
        <translation>访问令牌(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve Avatar</source>
        <translation>删除头像(&amp;V)</translation>
    </message>
    <message>
        <source>Reset Commen&amp;t...</source>
        <translation>重置简介(&amp;T)...</translation>
    </message>
    <message>
        <source>Remo&amp;ve Avatar...</source>
        <translation>删除头像(&amp;V)...</translation>
    </message>
    <message>
        <source>Remove the avatar of the selected user.</source>
        <translation>删除选中用户的头像。</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>加入(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Hide When Filtering</source>
        <translation>筛选时隐藏(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Pin When Filtering</source>
        <translation>筛选时固定(&amp;P)</translation>
    </message>
    <message>
        <source>Vie&amp;w Comment</source>
        <translation>查看简介(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Priority Speaker</source>
        <translation>优先发言人(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Record...</source>
        <translation>录音(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Listen To Channel</source>
        <translation>监听频道(&amp;L)</translation>
    </message>
    <message>
        <source>Talking &amp;UI</source>
        <translation>对话界面(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Join User&apos;s Channel</source>
        <translation>加入用户的频道(&amp;J)</translation>
    </message>
    <message>
        <source>M&amp;ove To Own Channel</source>
        <translation>移动到自己的频道(&amp;O)</translation>
    </message>
    <message>
        <source>Moves this user to your current channel.</source>
        <translation>移动此用户到您当前所在频道。</translation>
    </message>
    <message>
        <source>Disable Te&amp;xt-To-Speech</source>
        <translation>禁用语音播报(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Search...</source>
        <translation>搜索(&amp;S)...</translation>
    </message>
    <message>
        <source>Filtered channels and users</source>
        <translation>筛选的频道和用户</translation>
    </message>
    <message>
        <source>Toggle positional audio</source>
        <comment>Global Shortcut</comment>
        <translation>开关定位音频</translation>
    </message>
    <message>
        <source>This will toggle positional audio on/off</source>
        <translation>这会打开/关闭定位音频</translation>
    </message>
    <message>
        <source>SSL error</source>
        <translation>SSL 错误</translation>
    </message>
    <message>
        <source>Mumble is unable to establish a secure connection to the server. (&quot;%1&quot;)</source>
        <translation>Mumble 无法建立到服务器的安全连接（&quot;%1&quot;）</translation>
    </message>
    <message>
        <source>This could be caused by one of the following scenarios:&lt;ul&gt;&lt;li&gt;Your client and the server use different encryption standards. This could be because you are using a very old client or the server you are connecting to is very old. In the first case, you should update your client and in the second case you should contact the server administrator so that they can update their server.&lt;/li&gt;&lt;li&gt;Either your client or the server is using an old operating system that doesn&apos;t provide up-to-date encryption methods. In this case you should consider updating your OS or contacting the server admin so that they can update theirs.&lt;/li&gt;&lt;li&gt;The server you are connecting to isn&apos;t actually a Mumble server. Please ensure that the used server address really belongs to a Mumble server and not e.g. to a game server.&lt;/li&gt;&lt;li&gt;The port you are connecting to does not belong to a Mumble server but instead is bound to a completely unrelated process on the server-side. Please double-check you have used the correct port.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>这可能由下列情形之一导致：&lt;ul&gt;&lt;li&gt;客户端和服务器使用不同的加密标准。这可能是因为客户端版本太旧或者要连接到的服务器版本太旧。如果是第一种情况，则应该更新客户端。如果是第二种情况，则应该联系服务器管理员更新服务器。&lt;/li&gt;&lt;li&gt;客户端或服务器使用的旧版操作系统未提供足够新的加密方法。在这种情况下，您应该考虑更新操作系统，或联系服务器管理员更新服务器的操作系统。&lt;/li&gt;&lt;li&gt;您正在连接的服务器不是 Mumble 服务器。请确保所用的服务器地址确实属于 Mumble 服务器而不是游戏服务器等。&lt;/li&gt;&lt;li&gt;您正在连接的端口不属于 Mumble 服务器，而是绑定到服务端一个完全无关的进程。请再次确认您使用的是正确的端口。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>M&amp;ove back</source>
        <translation>后退(&amp;O)</translation>
    </message>
    <message>
        <source>Moves you back to the previous channel</source>
        <translation>将您移动回之前的频道</translation>
    </message>
    <message>
        <source>Move back</source>
        <comment>Global shortcut</comment>
        <translation>后退</translation>
    </message>
    <message>
        <source>This will move you back into your previous channel</source>
        <translation>这会将您移动回之前所在的频道</translation>
    </message>
    <message>
        <source>The channel you have been in previously no longer exists on this server.</source>
        <translation>您之前所在的频道已不存在于服务器上。</translation>
    </message>
    <message>
        <source>Cycle listener attenuation mode</source>
        <comment>Global shortcut</comment>
        <translation>循环切换监听衰减模式</translation>
    </message>
    <message>
        <source>This will cycle through the different attenuation modes for channel listeners</source>
        <translation>这会在频道监听者的不同衰减模式之间切换</translation>
    </message>
    <message>
        <source>Listener attenuation up (+10%)</source>
        <comment>Global shortcut</comment>
        <translation>增大监听者衰减（+10%）</translation>
    </message>
    <message>
        <source>This increases the attenuation of channel listeners by 10 percents points</source>
        <translation>这会将频道监听者衰减增大百分之 10</translation>
    </message>
    <message>
        <source>Listener attenuation down (-10%)</source>
        <comment>Global shortcut</comment>
        <translation>减小监听者衰减（-10%）</translation>
    </message>
    <message>
        <source>This decreases the attenuation of channel listeners by 10 percents points</source>
        <translation>这会将频道监听者衰减减小百分之 10</translation>
    </message>
    <message>
        <source>Adaptive Push</source>
        <comment>Global Shortcut</comment>
        <translation>自适应按键</translation>
    </message>
    <message>
        <source>When using the push-to-talk transmission mode, this will act as the push-to-talk action. Otherwise, it will act as a push-to-mute action.</source>
        <comment>Global Shortcut</comment>
        <translation>在按键发言模式下，将此按键作为发言键。在其他情况下，将其作为静音键。</translation>
    </message>
    <message>
        <source>Open Image</source>
        <translation>打开图片</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Failed to decode image.</source>
        <translation>解码图片失败。</translation>
    </message>
    <message>
        <source>This will open the rich text editor to change your comment. Comments are separate for each server. Other users can read your comment by hovering over the comment icon in the user and channel tree.</source>
        <translation>这会打开富文本编辑器以更改您的简介。可以在不同的服务器上使用不同的简介。其他用户在用户和频道树中，指向简介图标就可以阅读您的简介。</translation>
    </message>
    <message>
        <source>This will open the audio recording dialog.</source>
        <translation>这会打开音频录制对话框。</translation>
    </message>
    <message>
        <source>This will open the search dialog. It&apos;s used to find channels and users in the current server.</source>
        <translation>这会打开搜索对话框。用于在当前服务器寻找频道和用户。</translation>
    </message>
    <message>
        <source>Add as &amp;Favorite</source>
        <translation>添加为收藏(&amp;F)</translation>
    </message>
    <message>
        <source>Add current server as favorite</source>
        <translation>将当前服务器添加为收藏</translation>
    </message>
    <message>
        <source>This adds the server you are currently connected to as favorite to the known connections.</source>
        <translation>这会将您当前连接的服务器作为收藏，添加到已知连接中。</translation>
    </message>
    <message>
        <source>Added %1 to favorites.</source>
        <translation>已添加 %1 为收藏。</translation>
    </message>
</context>
<context>
    <name>Manual</name>
    <message>
        <source>Manual Mumble Positional Audio</source>
        <translation>手动 Mumble 定位音频</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
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
        <translation>米</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>朝向</translation>
    </message>
    <message>
        <source>Azimuth</source>
        <translation>方位</translation>
    </message>
    <message>
        <source>Elevation</source>
        <translation>俯仰</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>Meta data</source>
        <translation>元数据</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>标识符</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Unhinge</source>
        <translation>分离窗口</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>激活</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>How long silent user&apos;s positions should stay marked after they have stopped talking (in seconds).</source>
        <translation>用户在不发言多久（单位为秒）之后，其位置仍被标记。</translation>
    </message>
    <message>
        <source>Silent user displaytime:</source>
        <translation>沉默用户显示时间：</translation>
    </message>
    <message>
        <source>Graphical positional audio simulation view</source>
        <translation>图形化定位音频模拟视图</translation>
    </message>
    <message>
        <source>This visually represents the positional audio configuration that is currently being used</source>
        <translation>可视化展示当前使用的定位音频配置</translation>
    </message>
    <message>
        <source>Listener Z coordinate</source>
        <translation>听众 Z 坐标</translation>
    </message>
    <message>
        <source>Listener X coordinate</source>
        <translation>听众 X 坐标</translation>
    </message>
    <message>
        <source>Listener Y coordinate</source>
        <translation>听众 Y 坐标</translation>
    </message>
    <message>
        <source>Silent user display time (in seconds)</source>
        <translation>沉默用户显示时间（秒）</translation>
    </message>
    <message>
        <source>Listener azimuth (in degrees)</source>
        <translation>听众方位角（角度）</translation>
    </message>
    <message>
        <source>Listener elevation (in degrees)</source>
        <translation>听众俯仰角（角度）</translation>
    </message>
    <message>
        <source>Context string</source>
        <translation>上下文字符串</translation>
    </message>
    <message>
        <source>Use the &quot;set&quot; button to apply the context string</source>
        <translation>使用“设置”按钮应用上下文字符串</translation>
    </message>
    <message>
        <source>Apply the context string</source>
        <translation>应用上下文字符串</translation>
    </message>
    <message>
        <source>Apply the identity string</source>
        <translation>应用标识符字符串</translation>
    </message>
    <message>
        <source>Identity string</source>
        <translation>标识符字符串</translation>
    </message>
    <message>
        <source>Use the &quot;set&quot; button to apply the identity string</source>
        <translation>使用“设置”按钮应用标识符字符串</translation>
    </message>
</context>
<context>
    <name>NetworkConfig</name>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Use TCP compatibility mode</source>
        <oldsource>Use TCP compatability mode</oldsource>
        <translation>使用 TCP 兼容模式</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enable TCP compatibility mode&lt;/b&gt;.&lt;br /&gt;This will make Mumble use only TCP when communicating with the server. This will increase overhead and cause lost packets to produce noticeable pauses in communication, so this should only be used if you are unable to use the default (which uses UDP for voice and TCP for control).</source>
        <translation>&lt;b&gt;启用 TCP 兼容模式&lt;/b&gt;。&lt;br /&gt;设置 Mumble 仅使用 TCP 协议与服务器通信。这将会增加开销并且会导致丢包，使您在交谈中遇到中断，所以请仅在无法使用默认模式（UDP 语音，TCP 控制）的情况下使用。</translation>
    </message>
    <message>
        <source>Reconnect when disconnected</source>
        <translation>在连接断开时重新连接</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reconnect when disconnected&lt;/b&gt;.&lt;br /&gt;This will make Mumble try to automatically reconnect after 10 seconds if your server connection fails.</source>
        <translation>&lt;b&gt;在连接断开时重新连接&lt;/b&gt;。&lt;br /&gt;如果您连接服务器失败，Mumble 将在 10 秒后自动重新连接。</translation>
    </message>
    <message>
        <source>Reconnect automatically</source>
        <translation>自动重连</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Type of proxy to connect through</source>
        <translation>连接的代理类型</translation>
    </message>
    <message>
        <source>Direct connection</source>
        <translation>直接连接</translation>
    </message>
    <message>
        <source>HTTP(S) proxy</source>
        <translation>HTTP(S) 代理</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5 代理</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>Hostname of the proxy</source>
        <translation>代理的主机名</translation>
    </message>
    <message>
        <source>Force TCP mode</source>
        <translation>强制 TCP 模式</translation>
    </message>
    <message>
        <source>Enable QoS to prioritize packets</source>
        <translation>启用 QoS 以调整数据包优先级</translation>
    </message>
    <message>
        <source>This will enable QoS, which will attempt to prioritize voice packets over other traffic.</source>
        <translation>启用 QoS，尝试优先于其他网络流量发送语音数据包。</translation>
    </message>
    <message>
        <source>Use Quality of Service</source>
        <translation>使用 QoS</translation>
    </message>
    <message>
        <source>Don&apos;t send certificate to server and don&apos;t save passwords. (Not saved).</source>
        <translation>不向服务器发送证书并且不保存密码。（此设置不会被保存）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;This will suppress identity information from the client.&lt;/b&gt;&lt;p&gt;The client will not identify itself with a certificate, even if defined, and will not cache passwords for connections. This is primarily a test-option and is not saved.&lt;/p&gt;</source>
        <translation>&lt;b&gt;禁用客户端身份验证。&lt;/b&gt;&lt;p&gt;禁用后，客户端将无法通过证书认证自己，也不会保存连接的密码。该选项主要用于测试目的，不会被保存。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Suppress certificate and password storage</source>
        <translation>禁用证书和密码存储</translation>
    </message>
    <message>
        <source>&lt;b&gt;Type of proxy to connect through.&lt;/b&gt;&lt;br /&gt;This makes Mumble connect through a proxy for all outgoing connections. Note: Proxy tunneling forces Mumble into TCP compatibility mode, causing all voice data to be sent via the control channel.</source>
        <translation>&lt;b&gt;连接的代理的类型。&lt;/b&gt;&lt;br /&gt;Mumble 将为所有出站连接使用代理服务器。注意：代理隧道将强制 Mumble 使用 TCP 兼容模式，因此所有的语音数据将通过控制信道传输。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hostname of the proxy.&lt;/b&gt;&lt;br /&gt;This field specifies the hostname of the proxy you wish to tunnel network traffic through.</source>
        <translation>&lt;b&gt;代理的主机名。&lt;/b&gt;&lt;br /&gt;指定您用于隧道传输网络流量的代理的主机名。</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Port number of the proxy</source>
        <translation>代理的端口号</translation>
    </message>
    <message>
        <source>&lt;b&gt;Port number of the proxy.&lt;/b&gt;&lt;br /&gt;This field specifies the port number that the proxy expects connections on.</source>
        <translation>&lt;b&gt;代理的端口号。&lt;/b&gt;&lt;br /&gt;指定代理连接的端口号。</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Username for proxy authentication</source>
        <translation>用于代理认证的用户名</translation>
    </message>
    <message>
        <source>&lt;b&gt;Username for proxy authentication.&lt;/b&gt;&lt;br /&gt;This specifies the username you use for authenticating yourself with the proxy. In case the proxy does not use authentication, or you want to connect anonymously, simply leave this field blank.</source>
        <translation>&lt;b&gt;用于代理认证的用户名。&lt;/b&gt;&lt;br /&gt;指定您向代理认证身份时使用的用户名。如果您使用的代理不认证身份，或者您希望匿名连接，请留空。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password for proxy authentication</source>
        <translation>用于代理认证的密码</translation>
    </message>
    <message>
        <source>&lt;b&gt;Password for proxy authentication.&lt;/b&gt;&lt;br /&gt;This specifies the password you use for authenticating yourself with the proxy. In case the proxy does not use authentication, or you want to connect anonymously, simply leave this field blank.</source>
        <translation>&lt;b&gt;用于代理认证的密码。&lt;/b&gt;&lt;br /&gt;指定您向代理认证身份时使用的密码。如果您使用的代理不认证身份，或者您希望匿名连接，请留空。</translation>
    </message>
    <message>
        <source>Mumble services</source>
        <translation>Mumble 服务</translation>
    </message>
    <message>
        <source>Check for new releases of Mumble automatically.</source>
        <translation>自动检查 Mumble 更新。</translation>
    </message>
    <message>
        <source>This will check for new releases of Mumble every time you start the program, and notify you if one is available.</source>
        <translation>在您每次启动程序时检查 Mumble 的新版本，并在有新版本时通知您。</translation>
    </message>
    <message>
        <source>Check for application updates on startup</source>
        <translation>在启动时检查应用程序更新</translation>
    </message>
    <message>
        <source>Check for new releases of plugins automatically.</source>
        <translation>自动检查插件更新。</translation>
    </message>
    <message>
        <source>This will check for new releases of plugins every time you start the program, and download them automatically.</source>
        <translation>每次启动程序时检查插件的更新并自动下载。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Submit anonymous statistics.&lt;/b&gt;&lt;br /&gt;Mumble has a small development team, and as such needs to focus its development where it is needed most. By submitting a bit of statistics you help the project determine where to focus development.</source>
        <translation>&lt;b&gt;提交匿名统计数据。&lt;/b&gt;&lt;br /&gt;Mumble 开发团队的规模很小，因此需要将开发重点放在用户最需要的地方。通过提交一些统计数据，您可以帮助开发团队决定重点开发哪些功能。</translation>
    </message>
    <message>
        <source>Submit anonymous statistics to the Mumble project</source>
        <translation>提交匿名统计数据至 Mumble 项目</translation>
    </message>
    <message>
        <source>Submit anonymous statistics</source>
        <translation>提交匿名统计</translation>
    </message>
    <message>
        <source>Reconnect to last used server when starting Mumble</source>
        <translation>启动 Mumble 时自动连接到最后使用的服务器</translation>
    </message>
    <message>
        <source>Reconnect to last server on startup</source>
        <translation>启动时自动连接上次的服务器</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>Prevent OS information being sent to Mumble servers and web servers</source>
        <translation>阻止向 Mumble 服务器和网页服务器发送操作系统信息</translation>
    </message>
    <message>
        <source>&lt;b&gt;Don&apos;t send OS information to servers&lt;/b&gt;&lt;br/&gt;
Prevents the client from sending potentially identifying information about the operating system to the Mumble server and web servers.</source>
        <translation>&lt;b&gt;请勿向服务器发送操作系统信息&lt;/b&gt;&lt;br/&gt;
阻止客户端向 Mumble 服务器和网页服务器发送潜在的操作系统识别信息。</translation>
    </message>
    <message>
        <source>Do not send OS information to Mumble servers and web servers</source>
        <translation>请勿向 Mumble 服务器和网页服务器发送操作系统信息</translation>
    </message>
    <message>
        <source>When toggled this hides the public server list from the connect dialog</source>
        <translation>启用时，在连接对话框隐藏公共服务器列表</translation>
    </message>
    <message>
        <source>Hide public server list</source>
        <translation>隐藏公共服务器列表</translation>
    </message>
    <message>
        <source>Check for plugin updates on startup</source>
        <translation>启动时检查插件更新</translation>
    </message>
    <message>
        <source>Automatically download and install plugin updates</source>
        <translation>自动下载并安装插件更新</translation>
    </message>
    <message>
        <source>Proxy type</source>
        <translation>代理类型</translation>
    </message>
    <message>
        <source>Proxy hostname</source>
        <translation>代理主机名</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>代理端口</translation>
    </message>
    <message>
        <source>Proxy username</source>
        <translation>代理用户名</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>代理密码</translation>
    </message>
</context>
<context>
    <name>Overlay</name>
    <message>
        <source>Silent</source>
        <translation>安静</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>说话</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>密语</translation>
    </message>
    <message>
        <source>Shout</source>
        <translation>呼喊</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>Failed to create communication with overlay at %2: %1. No overlay will be available.</source>
        <translation>在 %2：%1 与游戏内界面建立通信失败。游戏内界面将不可用。</translation>
    </message>
</context>
<context>
    <name>OverlayClient</name>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Only talking</source>
        <translation>仅正在说话</translation>
    </message>
    <message>
        <source>Talking and recently active</source>
        <translation>正在说话与最近活跃</translation>
    </message>
    <message>
        <source>All in current channel</source>
        <translation>频道内所有人</translation>
    </message>
    <message>
        <source>All in linked channels</source>
        <translation>已链接频道内所有人</translation>
    </message>
    <message>
        <source>Always show yourself</source>
        <translation>总是显示自己</translation>
    </message>
    <message>
        <source>Configure recently active time (%1 seconds)...</source>
        <translation>配置最近活跃时间（%1 秒）...</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列数</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Alphabetically</source>
        <translation>按字母顺序</translation>
    </message>
    <message>
        <source>Last state change</source>
        <translation>最后状态变化</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>编辑...</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>Configure recently active time</source>
        <translation>配置最近活跃时间</translation>
    </message>
    <message>
        <source>Amount of seconds users remain active after talking:</source>
        <translation>用户停止说话后保持活跃状态的秒数：</translation>
    </message>
</context>
<context>
    <name>OverlayConfig</name>
    <message>
        <source>To move the users, drag the little red dot.</source>
        <translation>要移动用户列表，请拖动小红点。</translation>
    </message>
    <message>
        <source>To resize the users, mouse wheel over a user.</source>
        <oldsource>To resize the users, mousewheel over a user.</oldsource>
        <translation>要改变用户列表尺寸，请在列表上滚动鼠标滚轮。</translation>
    </message>
    <message>
        <source>For more options, right click a user.</source>
        <oldsource>For more options, rightclick a user.</oldsource>
        <translation>查看更多选项，请在用户列表上点击鼠标右键。</translation>
    </message>
    <message>
        <source>Launcher Filter</source>
        <translation>启动器筛选</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>游戏内界面</translation>
    </message>
    <message>
        <source>Choose executable</source>
        <translation>选择可执行文件</translation>
    </message>
    <message>
        <source>Choose application</source>
        <translation>选择应用程序</translation>
    </message>
    <message>
        <source>Choose path</source>
        <translation>选择路径</translation>
    </message>
    <message>
        <source>Load Overlay Presets</source>
        <translation>加载游戏内界面预设</translation>
    </message>
    <message>
        <source>Mumble overlay presets (*.mumblelay)</source>
        <translation>Mumble 游戏内界面预设 (*.mumblelay)</translation>
    </message>
    <message>
        <source>Save Overlay Presets</source>
        <translation>保存游戏内界面预设</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Enable overlay.</source>
        <translation>启用游戏内界面。</translation>
    </message>
    <message>
        <source>Enable Overlay</source>
        <translation>启用游戏内界面</translation>
    </message>
    <message>
        <source>This sets whether the overlay is enabled or not. This setting is only checked when applications are started, so make sure Mumble is running and this option is on before you start the application.&lt;br /&gt;Please note that if you start Mumble after starting the application, or if you disable the overlay while the application is running, there is no safe way to restart the overlay without also restarting the application.</source>
        <oldsource>This sets whether the overlay is enabled or not. This setting is only checked when applications are started, so make sure Mumble is running and this option is on before you start the application.&lt;br /&gt;Please note that if you start the application after starting Mumble, or if you disable the overlay while running, there is no safe way to restart the overlay without also restarting the application.</oldsource>
        <translation>设置是否启用游戏内界面。此设置仅在应用程序启动时检查，因此请确保在启动应用程序前已经运行了 Mumble 并且已启用此选项。&lt;br /&gt;请注意，如果您在启动应用程序之后启动 Mumble，或者在应用程序运行期间禁用了游戏内界面，则除了重启应用程序之外，没有办法安全的重新启动游戏内界面。</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>黑名单</translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation>白名单</translation>
    </message>
    <message>
        <source>Uninstall Overlay</source>
        <translation>卸载游戏内界面</translation>
    </message>
    <message>
        <source>Overlay Installation</source>
        <translation>游戏内界面安装</translation>
    </message>
    <message>
        <source>Mumble has detected that you do not have the Mumble Overlay installed.

Click the button below to install the overlay.</source>
        <translation>Mumble 检测到您尚未安装 Mumble 游戏内界面。

点击下面的按钮安装它。</translation>
    </message>
    <message>
        <source>Install Mumble Overlay</source>
        <translation>安装 Mumble 游戏内界面</translation>
    </message>
    <message>
        <source>Overlay Upgrade</source>
        <translation>游戏内界面升级</translation>
    </message>
    <message>
        <source>Mumble has detected an old version of the overlay support files installed on your computer.

To upgrade these files to their latest versions, click the button below.</source>
        <translation>Mumble 检测到您的计算机上安装了低版本的游戏内界面支持文件。

点击下面的按钮将这些文件升级到新版本。</translation>
    </message>
    <message>
        <source>Upgrade Mumble Overlay</source>
        <translation>升级 Mumble 游戏内界面</translation>
    </message>
    <message>
        <source>Display a frame counter in the overlay</source>
        <translation>在游戏内界面显示帧数</translation>
    </message>
    <message>
        <source>Show FPS counter</source>
        <translation>显示 FPS 计数</translation>
    </message>
    <message>
        <source>Load an overlay preset from file</source>
        <translation>从文件中加载游戏内界面预设</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>加载…</translation>
    </message>
    <message>
        <source>Save your overlay settings to file</source>
        <translation>将您的游戏内界面设置保存到文件</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Set the overlay font.</source>
        <translation>设置游戏内界面字体。</translation>
    </message>
    <message>
        <source>Set the overlay text color.</source>
        <translation>设置游戏内界面文字颜色。</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>字体</translation>
    </message>
    <message>
        <source>FPS and Clock Display</source>
        <translation>FPS 与时钟显示</translation>
    </message>
    <message>
        <source>Display a clock in the overlay showing the current local time (system time).</source>
        <translation>在游戏内界面上显示时钟（当前系统时间）。</translation>
    </message>
    <message>
        <source>Show Clock</source>
        <translation>显示时钟</translation>
    </message>
    <message>
        <source>Overlay Exceptions</source>
        <translation>游戏内界面例外</translation>
    </message>
    <message>
        <source>Overlay Exception Mode</source>
        <translation>例外模式</translation>
    </message>
    <message>
        <source>Allowed launchers</source>
        <translation>允许的启动器</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Allowed programs</source>
        <translation>允许的程序</translation>
    </message>
    <message>
        <source>Allowed paths</source>
        <translation>允许的路径</translation>
    </message>
    <message>
        <source>Blacklisted programs</source>
        <translation>黑名单程序</translation>
    </message>
</context>
<context>
    <name>OverlayEditor</name>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>User is not talking</source>
        <translation>用户未在说话</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>安静</translation>
    </message>
    <message>
        <source>User is talking in your channel or a linked channel</source>
        <translation>用户正在当前频道或链接频道内说话</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>说话</translation>
    </message>
    <message>
        <source>User is whispering to you privately</source>
        <translation>用户正在私下与您密语</translation>
    </message>
    <message>
        <source>Private Whisper</source>
        <translation>私人密语</translation>
    </message>
    <message>
        <source>User is shouting to your channel</source>
        <translation>用户正在对当前频道呼喊</translation>
    </message>
    <message>
        <source>Channel Whisper</source>
        <translation>频道密语</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Zoom Factor</source>
        <translation>缩放参数</translation>
    </message>
    <message>
        <source>Enabled Elements</source>
        <translation>启用元素</translation>
    </message>
    <message>
        <source>User avatar, chosen by each user</source>
        <translation>每名用户自己选择的头像</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>头像</translation>
    </message>
    <message>
        <source>User&apos;s name</source>
        <translation>用户的名称</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name of user&apos;s channel, if outside your current channel</source>
        <translation>用户所在的频道名称，如果他不在您的当前频道</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>Muted or deafened</source>
        <translation>关闭麦克风或关闭扬声器</translation>
    </message>
    <message>
        <source>Mute state</source>
        <translation>静音状态</translation>
    </message>
    <message>
        <source>Bounding box, automatically shrunk to minimum size to contain all visible elements</source>
        <translation>背景会自动收缩到最小尺寸以包含所有可见元素</translation>
    </message>
    <message>
        <source>Bounding box</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Overlay Editor</source>
        <translation>游戏内界面编辑器</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>放大级别</translation>
    </message>
</context>
<context>
    <name>OverlayEditorScene</name>
    <message>
        <source>Layout preset</source>
        <translation>布局预设</translation>
    </message>
    <message>
        <source>Large square avatar</source>
        <translation>大尺寸方形头像</translation>
    </message>
    <message>
        <source>Avatar and Name</source>
        <translation>头像加用户名</translation>
    </message>
    <message>
        <source>User Opacity</source>
        <translation>用户不透明度</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Object Opacity</source>
        <translation>组件不透明度</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>对齐方式</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左对齐</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>居中对齐</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右对齐</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>顶端对齐</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>底端对齐</translation>
    </message>
    <message>
        <source>Color...</source>
        <translation>颜色...</translation>
    </message>
    <message>
        <source>Font...</source>
        <translation>字体...</translation>
    </message>
    <message>
        <source>Bounding box</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Pen width</source>
        <translation>线条宽度</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>间距</translation>
    </message>
    <message>
        <source>Pen color</source>
        <translation>线条颜色</translation>
    </message>
    <message>
        <source>Fill color</source>
        <translation>填充颜色</translation>
    </message>
    <message>
        <source>Pick pen color</source>
        <translation>选择线条颜色</translation>
    </message>
    <message>
        <source>Pick fill color</source>
        <translation>选择填充颜色</translation>
    </message>
    <message>
        <source>Pick color</source>
        <translation>选择颜色</translation>
    </message>
    <message>
        <source>Pick font</source>
        <translation>选择字体</translation>
    </message>
</context>
<context>
    <name>PluginConfig</name>
    <message>
        <source>Plugins</source>
        <translation>插件</translation>
    </message>
    <message>
        <source>Plugin has no configure function.</source>
        <translation>插件不支持配置。</translation>
    </message>
    <message>
        <source>Plugin has no about function.</source>
        <translation>插件不支持关于信息。</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Enable plugins and transmit positional information</source>
        <translation>启用插件并传输位置信息</translation>
    </message>
    <message>
        <source>This allows plugins for supported games to fetch your in-game position and transmit it with each voice packet. This enables other users to hear your voice in-game from the direction your character is in relation to their own.</source>
        <translation>允许支持的游戏的插件获取您在游戏中的位置并在每个语音数据包中传输。使其他用户能从您在游戏内的角色与他们的角色之间的相对方向听到您的语音。</translation>
    </message>
    <message>
        <source>Link to Game and Transmit Position</source>
        <translation>链接到游戏并传输位置信息</translation>
    </message>
    <message>
        <source>Reloads all plugins</source>
        <translation>重新加载所有插件</translation>
    </message>
    <message>
        <source>This rescans and reloads plugins. Use this if you just added or changed a plugin to the plugins directory.</source>
        <translation>重新扫描并重载插件。如果您添加或者修改了插件目录中的插件，请使用此功能。</translation>
    </message>
    <message>
        <source>&amp;Reload plugins</source>
        <translation>重新加载插件(&amp;R)</translation>
    </message>
    <message>
        <source>Information about plugin</source>
        <translation>插件信息</translation>
    </message>
    <message>
        <source>This shows a small information message about the plugin.</source>
        <translation>显示关于插件的简要信息。</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Show configuration page of plugin</source>
        <translation>显示插件的配置页面</translation>
    </message>
    <message>
        <source>This shows the configuration page of the plugin, if any.</source>
        <translation>如果可用的话，显示此插件的配置页面。</translation>
    </message>
    <message>
        <source>&amp;Configure</source>
        <translation>设置(&amp;C)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>PA</source>
        <translation>PA</translation>
    </message>
    <message>
        <source>KeyEvents</source>
        <translation>键盘事件</translation>
    </message>
    <message>
        <source>Install a plugin from a local file</source>
        <translation>从本地文件安装插件</translation>
    </message>
    <message>
        <source>Install plugin...</source>
        <translation>安装插件...</translation>
    </message>
    <message>
        <source>Unload the currently selected plugin. This will remove it from the plugin list for the current session.</source>
        <translation>取消加载已选插件。插件将会从插件列表中删除，直到本次会话结束。</translation>
    </message>
    <message>
        <source>Unload</source>
        <translation>取消加载</translation>
    </message>
    <message>
        <source>The plugin was installed successfully</source>
        <translation>成功安装此插件</translation>
    </message>
    <message>
        <source>Unable to deactivate all requested features for plugin &quot;%1&quot;</source>
        <translation>无法关闭所有插件“%1”要求的功能</translation>
    </message>
    <message>
        <source>Unable to load plugin &quot;%1&quot;</source>
        <translation>无法加载插件“%1”</translation>
    </message>
    <message>
        <source>Whether the positional audio feature of this plugin should be enabled</source>
        <translation>是否应该启用此插件的定位音频功能</translation>
    </message>
    <message>
        <source>This plugin does not provide support for positional audio</source>
        <translation>此插件未提供定位音频支持</translation>
    </message>
    <message>
        <source>Whether this plugin has the permission to be listening to all keyboard events that occur while Mumble has focus</source>
        <translation>此插件是否有权限在 Mumble 获得焦点时监听所有键盘事件</translation>
    </message>
    <message>
        <source>Whether this plugin should be enabled</source>
        <translation>是否应该启用此插件</translation>
    </message>
    <message>
        <source>List of plugins</source>
        <translation>插件列表</translation>
    </message>
    <message>
        <source>Use up and down keys to navigate through plugins. Use left and right keys to navigate between single plugin permissions.</source>
        <translation>使用上下箭头在插件中导航。使用左右箭头在单个插件的权限间导航。</translation>
    </message>
    <message>
        <source>Plugin name</source>
        <translation>插件名称</translation>
    </message>
    <message>
        <source>Plugin enabled checkbox</source>
        <translation>插件启用选项</translation>
    </message>
    <message>
        <source>Plugin positional audio permission checkbox</source>
        <translation>插件的定位音频权限选项</translation>
    </message>
    <message>
        <source>Plugin keyboard event listen permission checkbox</source>
        <translation>插件键盘事件监听权限选项</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>已勾选</translation>
    </message>
    <message>
        <source>unchecked</source>
        <translation>未勾选</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>不可用</translation>
    </message>
</context>
<context>
    <name>PluginInstaller</name>
    <message>
        <source>PluginInstaller</source>
        <translation>插件安装器</translation>
    </message>
    <message>
        <source>You are about to install the plugin listed below. Do you wish to proceed?</source>
        <translation>您即将安装下列插件。确定要继续吗？</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Name:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;名称：&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Version:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;版本：&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Author(s):&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;作者：&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Description:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;描述：&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a valid plugin file!</source>
        <translation>文件“%1”不是有效的插件文件！</translation>
    </message>
    <message>
        <source>Unable to load plugin &quot;%1&quot; - check the plugin interface!</source>
        <translation>无法加载插件“%1”，请检查插件接口！</translation>
    </message>
    <message>
        <source>Unable to delete old plugin at &quot;%1&quot;</source>
        <translation>无法删除旧插件“%1”</translation>
    </message>
    <message>
        <source>Unable to copy plugin library from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>无法从“%1”复制插件库到“%2”</translation>
    </message>
    <message>
        <source>Unable to move plugin library to &quot;%1&quot;</source>
        <translation>无法移动插件库到“%1”</translation>
    </message>
    <message>
        <source>Unable to locate the plugin manifest (manifest.xml)</source>
        <translation>无法定位插件清单文件（manifest.xml）</translation>
    </message>
    <message>
        <source>Error while processing manifest: %1</source>
        <translation>处理清单文件错误：%1</translation>
    </message>
    <message>
        <source>Unable to find plugin for the current OS (&quot;%1&quot;) and architecture (&quot;%2&quot;)</source>
        <translation>无法找到匹配当前操作系统（“%1”）和架构（“%2”）的插件</translation>
    </message>
    <message>
        <source>Unable to locate plugin library specified in manifest (&quot;%1&quot;) in the bundle</source>
        <translation>无法在插件包中定位到清单文件所指定的插件库（“%1”）</translation>
    </message>
    <message>
        <source>Overwrite plugin?</source>
        <translation>覆盖插件？</translation>
    </message>
    <message>
        <source>The new plugin &quot;%1&quot; (%2) is about to overwrite the already installed plugin &quot;%3&quot; (%4). Do you wish to proceed?</source>
        <translation>新插件“%1”（%2）即将覆盖已安装的插件“%3”（%4）。您要继续吗？</translation>
    </message>
</context>
<context>
    <name>PluginManager</name>
    <message>
        <source>%1 lost link</source>
        <translation>%1 失去链接</translation>
    </message>
    <message>
        <source>%1 linked</source>
        <translation>%1 已链接</translation>
    </message>
    <message>
        <source>Plugin &quot;%1&quot; encountered a permanent error in positional data gathering</source>
        <translation>插件“%1”在收集位置数据时遇到永久性错误</translation>
    </message>
    <message>
        <source>Failed at loading manual plugin: %1</source>
        <translation>手动加载插件失败：%1</translation>
    </message>
    <message>
        <source>Non-plugin found in plugin directory: &quot;%1&quot; (%2)</source>
        <translation>在插件目录发现非插件：“%1”（%2）</translation>
    </message>
</context>
<context>
    <name>PluginUpdater</name>
    <message>
        <source>PluginUpdater</source>
        <translation>插件更新器</translation>
    </message>
    <message>
        <source>The following plugins can be updated.</source>
        <translation>以下插件可以更新。</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>插件</translation>
    </message>
    <message>
        <source>Download-URL</source>
        <translation>下载链接</translation>
    </message>
    <message>
        <source>Do you want to update the selected plugins?</source>
        <translation>您要更新已选插件吗？</translation>
    </message>
    <message>
        <source>Unable to download plugin update for &quot;%1&quot; from &quot;%2&quot; (%3)</source>
        <translation>无法从“%2”下载插件“%1”的更新（%3）</translation>
    </message>
    <message>
        <source>Update for plugin &quot;%1&quot; failed due to too many redirects</source>
        <translation>由于重定向过多，更新插件“%1”失败</translation>
    </message>
    <message>
        <source>Unable to download plugin update for &quot;%1&quot; from &quot;%2&quot; (HTTP status code %3)</source>
        <translation>无法从“%2”下载插件“%1”的更新（HTTP 状态码 %3）</translation>
    </message>
    <message>
        <source>Successfully updated plugin &quot;%1&quot;</source>
        <translation>成功更新插件“%1”</translation>
    </message>
</context>
<context>
    <name>PortAudioSystem</name>
    <message>
        <source>Default device</source>
        <translation>默认设备</translation>
    </message>
</context>
<context>
    <name>PositionalAudioViewer</name>
    <message>
        <source>Positional Audio Viewer</source>
        <translation>定位音频查看器</translation>
    </message>
    <message>
        <source>Camera direction</source>
        <translation>摄像机方向</translation>
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
        <translation>玩家位置</translation>
    </message>
    <message>
        <source>Player axis</source>
        <translation>玩家轴线</translation>
    </message>
    <message>
        <source>Player direction</source>
        <translation>玩家方向</translation>
    </message>
    <message>
        <source>Camera axis</source>
        <translation>摄像机轴线</translation>
    </message>
    <message>
        <source>Camera position</source>
        <translation>摄像机位置</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>标识符</translation>
    </message>
</context>
<context>
    <name>PulseAudioSystem</name>
    <message>
        <source>Default Input</source>
        <translation>默认输入</translation>
    </message>
    <message>
        <source>Default Output</source>
        <translation>默认输出</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <source>Failed to restart mumble</source>
        <translation>重新启动 Mumble 失败</translation>
    </message>
    <message>
        <source>Mumble failed to restart itself. Please restart it manually.</source>
        <translation>Mumble 重新启动自身失败。请手动重启。</translation>
    </message>
    <message>
        <source>Mumble is currently connected to a server</source>
        <translation>Mumble 已连接到服务器</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Talking UI</source>
        <translation>对话界面</translation>
    </message>
    <message>
        <source>Echo cancellation is not supported for the interface combination &quot;%1&quot; (in) and &quot;%2&quot; (out).</source>
        <translation>回声消除不支持“%1”输入与“%2”输出接口的组合。</translation>
    </message>
    <message>
        <source>Local Mute</source>
        <translation>本地屏蔽</translation>
    </message>
    <message>
        <source>Ignore Messages</source>
        <translation>忽略消息</translation>
    </message>
    <message>
        <source>Disable Text-To-Speech</source>
        <translation>禁用语音播报</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be saved permanently and is lost on restart because %2 does not have a certificate.</source>
        <translation>“%1”无法永久保存，将会在重启后丢失，因为 %2 没有证书。</translation>
    </message>
    <message>
        <source>Local Volume Adjustment...</source>
        <translation>本地音量调整...</translation>
    </message>
    <message>
        <source>&lt;p&gt;You&apos;re using a Mumble version that &lt;b&gt;explicitly disabled&lt;/b&gt; update-checks.&lt;/p&gt;&lt;p&gt;This means that the update notification you might receive by using this option will &lt;b&gt;most likely be meaningless&lt;/b&gt; for you.&lt;/p&gt;</source>
        <translation>&lt;p&gt;您正在使用&lt;b&gt;显式禁用&lt;/b&gt;更新检查的 Mumble 版本。&lt;/p&gt;&lt;p&gt;这意味着您通过此选项收到的更新提醒对您来说&lt;b&gt;很可能是无意义的&lt;/b&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Talking (muted)</source>
        <translation>正在发言（已屏蔽）</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>所有消息</translation>
    </message>
    <message>
        <source>Toggle console for all events</source>
        <translation>开关所有事件的控制台输出</translation>
    </message>
    <message>
        <source>Toggle pop-up notifications for all events</source>
        <translation>开关所有事件的弹出通知</translation>
    </message>
    <message>
        <source>Toggle window highlight (if not active) for all events</source>
        <translation>开关所有事件的窗口高亮（如果未激活）</translation>
    </message>
    <message>
        <source>Click here to toggle sound notifications for all events</source>
        <translation>开关所有事件的提示音</translation>
    </message>
    <message>
        <source>Toggle Text-to-Speech for all events</source>
        <translation>开关所有事件的语音播报</translation>
    </message>
    <message>
        <source>RNNoise is not available due to a sample rate mismatch.</source>
        <translation>由于采样率不匹配，RNNoise 不可用。</translation>
    </message>
    <message>
        <source>Reset all settings?</source>
        <translation>重置所有设置？</translation>
    </message>
    <message>
        <source>Do you really want to reset all settings (not only the ones currently visible) to their default value?</source>
        <translation>您确定要将所有设置（不仅包括当前可见部分）为默认值吗？</translation>
    </message>
    <message>
        <source>Local Nickname Adjustment...</source>
        <translation>本地昵称调整...</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blocked URL scheme &quot;%1&quot;&lt;/b&gt;</source>
        <translation>&lt;b&gt;已禁止 URL 方案“%1”&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The URL uses a scheme that has been blocked for security reasons.</source>
        <translation>此 URL 使用的方案由于安全原因已被禁止。</translation>
    </message>
    <message>
        <source>Blocked URL: &quot;%1&quot;</source>
        <translation>禁止 URL：“%1”</translation>
    </message>
    <message>
        <source>Default Device</source>
        <translation>默认设备</translation>
    </message>
    <message>
        <source>Access to the microphone was denied. Please allow Mumble to use the microphone by changing the settings in System Settings -&gt; Privacy &amp; Security -&gt; Microphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If enabled this tries to cancel out echo from the audio stream.</source>
        <translation>如果启用，将会尝试消除音频流中的回声。</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>禁用</translation>
    </message>
    <message>
        <source>Echo cancellation is disabled.</source>
        <translation>回声消除已禁用。</translation>
    </message>
    <message>
        <source>Mixed echo cancellation (speex)</source>
        <translation>混合回声消除（Speex）</translation>
    </message>
    <message>
        <source>Mixed has low CPU impact, but only works well if your speakers are equally loud and equidistant from the microphone.</source>
        <translation>混合模式消耗的 CPU 资源较少，但是它仅在扬声器与麦克风音量等级相近并距离相等时工作良好。</translation>
    </message>
    <message>
        <source>Multichannel echo cancellation (speex)</source>
        <translation>多通道回声消除（Speex）</translation>
    </message>
    <message>
        <source>Multichannel echo cancellation provides much better echo cancellation, but at a higher CPU cost. Multichannel echo cancellation requires more CPU, so you should try mixed first.</source>
        <translation>多通道回声消除提供更好的回声消除效果，但是消耗的 CPU 资源较多，您可能需要先尝试使用混合模式。</translation>
    </message>
    <message>
        <source>The provided URL uses an invalid version format: &quot;%1&quot;</source>
        <translation>提供的 URL 版本格式无效：“%1”</translation>
    </message>
    <message>
        <source>The directories in which Mumble searches for extra translation files are:
</source>
        <translation>Mumble 搜索额外翻译文件的文件夹：
</translation>
    </message>
    <message>
        <source>Invocation</source>
        <translation>调用</translation>
    </message>
    <message>
        <source>EXPERIMENTAL: Acoustic echo cancellation (Apple).</source>
        <translation>实验性：声学回声消除（Apple）。</translation>
    </message>
    <message>
        <source>The support for this option is experimental only! This option works best when using built-in microphone and speaker.</source>
        <translation>此选项的支持是实验性的！使用内置麦克风和扬声器时，此选项效果最佳。</translation>
    </message>
    <message>
        <source>Shortcuts migration incomplete</source>
        <translation>快捷键迁移未完成</translation>
    </message>
    <message>
        <source>Unfortunately %1 shortcut(s) could not be migrated.
You can register them again.</source>
        <translation>很不幸，无法迁移 %1 个快捷键。
您可以重新设置它们。</translation>
    </message>
    <message>
        <source>Potentially broken settings</source>
        <translation>可能损坏的设置</translation>
    </message>
    <message>
        <source>Load backup settings?</source>
        <translation>加载备份设置吗？</translation>
    </message>
    <message>
        <source>It seems that Mumble did not perform a normal shutdown. If you did not intentionally kill the application, this could mean that the used settings caused a crash. Do you want to load the setting&apos;s backup instead?</source>
        <translation>看起来 Mumble 没有正常退出。如果您并非有意强行结束此应用，则可能是因为某些设置导致的崩溃。您要改为加载设置备份吗？</translation>
    </message>
    <message>
        <source>The backed-up settings also seem to have been saved without Mumble exiting normally (potentially indicating a crash).</source>
        <translation>备份的设置看起来也是在 Mumble 没有正常退出的情况下保存的（可能表示发生了崩溃）。</translation>
    </message>
    <message>
        <source>If you experience repeated crashes with these settings, you might have to manually delete the settings files at &lt;pre&gt;%1&lt;/pre&gt; and &lt;pre&gt;%2&lt;/pre&gt; in order to reset all settings to their default value.</source>
        <translation>如果您在使用此设置时遇到多次重复崩溃，就可能需要手动删除位于 &lt;pre&gt;％1&lt;/pre&gt; 和 &lt;pre&gt;％2&lt;/pre&gt; 处的配置文件，来将所有设置重置为默认值。</translation>
    </message>
    <message>
        <source>Access to the microphone was denied due to system restrictions. You will not be able to use the microphone in this session.</source>
        <translation>由于系统限制，对麦克风的访问已被禁止。您在这次会话中将无法使用麦克风。</translation>
    </message>
    <message>
        <source>Unknown Version</source>
        <translation>未知版本</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>This is you</source>
        <translation>这是您</translation>
    </message>
    <message>
        <source>friend</source>
        <translation>好友</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>muted and deafened</source>
        <translation>已关闭麦克风和扬声器</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>已关闭麦克风</translation>
    </message>
    <message>
        <source>locally muted</source>
        <translation>已本地屏蔽</translation>
    </message>
    <message>
        <source>unmuted</source>
        <translation>已打开麦克风</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>正在录音</translation>
    </message>
    <message>
        <source>priority speaker</source>
        <translation>优先发言人</translation>
    </message>
    <message>
        <source>has a long comment</source>
        <translation>简介过长</translation>
    </message>
    <message>
        <source>text messages ignored</source>
        <translation>已忽略文本消息</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>已注册</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>your channel</source>
        <translation>您的频道</translation>
    </message>
    <message>
        <source>accessible</source>
        <translation>可访问</translation>
    </message>
    <message>
        <source>inaccessible</source>
        <translation>不可访问</translation>
    </message>
    <message>
        <source>public</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>已筛选</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>已固定</translation>
    </message>
    <message>
        <source>Listening for input</source>
        <translation>正在监听输入</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>&lt;p&gt;If you&apos;re using Linux this is most likely because you are using a version from your distribution&apos;s package repository that have their own update cycles.&lt;/p&gt;&lt;p&gt;If you want to always have the most recent Mumble version, you should consider using a different method of installation.
See &lt;a href=&quot;https://github.com/mumble-voip/mumble&quot;&gt;the project repository&lt;/a&gt; for what alternatives there are.&lt;/p&gt;</source>
        <translation>&lt;p&gt;如果您使用 Linux，那么您很可能正在使用来自发行版包仓库的版本，并且该仓库拥有自己的更新周期。&lt;/p&gt;&lt;p&gt;如果您想始终使用最新 Mumble 版本，则应该考虑使用不同的安装方式。
请看&lt;a href=&quot;https://github.com/mumble-voip/mumble&quot;&gt;项目仓库&lt;/a&gt;了解有哪些其他方式。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ResponsiveImageDialog</name>
    <message>
        <source>Image Preview</source>
        <translation>图片预览</translation>
    </message>
</context>
<context>
    <name>RichTextEditor</name>
    <message>
        <source>Failed to load image</source>
        <translation>读取图片失败</translation>
    </message>
    <message>
        <source>Image file too large to embed in document. Please use images smaller than %1 kB.</source>
        <translation>图片文件太大，无法嵌入文档。请选择小于 %1 KB 的图片。</translation>
    </message>
    <message>
        <source>Message is too long.</source>
        <translation>消息过长。</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>可视化</translation>
    </message>
    <message>
        <source>Source Text</source>
        <translation>源代码</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>粗体(&amp;B)</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>斜体(&amp;I)</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>斜体</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>下划线</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>插入链接</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>插入图片</translation>
    </message>
</context>
<context>
    <name>RichTextEditorLink</name>
    <message>
        <source>Add Link</source>
        <translation>添加链接</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
</context>
<context>
    <name>Search::SearchDialog</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>加入</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Enter search String...</source>
        <translation>输入搜索关键词……</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Whether to search for users</source>
        <translation>是否搜索用户</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>Whether the search should be performed case-sensitively</source>
        <translation>搜索是否区分大小写</translation>
    </message>
    <message>
        <source>Case-&amp;sensitive</source>
        <translation>区分大小写(&amp;S)</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Whether the search string should be interpreted as a regular expression</source>
        <translation>搜索关键词是否应该作为正则表达式解析</translation>
    </message>
    <message>
        <source>&amp;RegEx</source>
        <translation>正则表达式(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation>频道(&amp;C)</translation>
    </message>
    <message>
        <source>Search for:</source>
        <translation>搜索范围：</translation>
    </message>
    <message>
        <source>Whether to search for channels</source>
        <translation>是否搜索频道</translation>
    </message>
    <message>
        <source>Search string</source>
        <translation>搜索字符串</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Use up and down keys to navigate through the search results.</source>
        <translation>使用上下箭头在搜索结果中导航。</translation>
    </message>
</context>
<context>
    <name>ServerHandler</name>
    <message>
        <source>Unable to resolve hostname</source>
        <translation>无法解析主机名</translation>
    </message>
    <message>
        <source>Server is not responding to TCP pings</source>
        <translation>服务器未响应 TCP Ping</translation>
    </message>
    <message>
        <source>UDP packets cannot be sent to or received from the server. Switching to TCP mode.</source>
        <translation>UDP 数据包无法发送到服务器或从服务器接收。将切换为 TCP 模式。</translation>
    </message>
    <message>
        <source>UDP packets cannot be sent to the server. Switching to TCP mode.</source>
        <translation>UDP 数据包无法发送到服务器。将切换为 TCP 模式。</translation>
    </message>
    <message>
        <source>UDP packets cannot be received from the server. Switching to TCP mode.</source>
        <translation>无法从服务器接收 UDP 数据包。将切换为 TCP 模式。</translation>
    </message>
    <message>
        <source>UDP packets can be sent to and received from the server. Switching back to UDP mode.</source>
        <translation>UDP 数据包可以发送到服务器或从服务器接收。将切换回 UDP 模式。</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>连接超时</translation>
    </message>
</context>
<context>
    <name>ServerInformation</name>
    <message>
        <source>Server information</source>
        <translation>服务器信息</translation>
    </message>
    <message>
        <source>Server Information</source>
        <translation>服务器信息</translation>
    </message>
    <message>
        <source>&lt;b&gt;Host:&lt;/b&gt;</source>
        <translation>&lt;b&gt;主机：&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Port:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;端口：&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Protocol:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;协议：&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Release:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;版本：&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;OS:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;操作系统：&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;Allowed:&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;允许：&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Current:&lt;/b&gt;</source>
        <translation>&lt;b&gt;当前：&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Codec:&lt;/b&gt;</source>
        <translation>&lt;b&gt;编解码器：&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>连接详情</translation>
    </message>
    <message>
        <source>UDP (Voice)</source>
        <translation>UDP（语音信道）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Encryption:&lt;/b&gt;</source>
        <translation>&lt;b&gt;加密算法：&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Avg. latency:&lt;/b&gt;</source>
        <translation>&lt;b&gt;平均延迟：&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>Resync</source>
        <translation>重新同步</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Voice packets is currently sent over TCP.</source>
        <translation>语音包当前通过 TCP 发送。</translation>
    </message>
    <message>
        <source>TCP (Control)</source>
        <translation>TCP（控制信道）</translation>
    </message>
    <message>
        <source>&lt;b&gt;TLS version:&lt;/b&gt;</source>
        <translation>&lt;b&gt;TLS 版本：&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cipher suite:&lt;/b&gt;</source>
        <translation>&lt;b&gt;密码套件：&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;forward secrecy&gt;</source>
        <translation>&lt;前向加密&gt;</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Whether the connection supports perfect forward secrecy (PFS).</source>
        <translation>此连接是否支持完美的前向加密（PFS）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;PFS:&lt;/b&gt;</source>
        <translation>&lt;b&gt;PFS：&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>&lt;b&gt;Users:&lt;/b&gt;</source>
        <translation>&lt;b&gt;用户：&lt;/b&gt;</translation>
    </message>
    <message>
        <source>TCP Parameters</source>
        <translation>TCP 参数</translation>
    </message>
    <message>
        <source>&amp;View Certificate</source>
        <translation>查看证书(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>确定(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ServerView</name>
    <message>
        <source>Favorite</source>
        <translation>收藏夹</translation>
    </message>
    <message>
        <source>LAN</source>
        <translation>局域网</translation>
    </message>
    <message>
        <source>Public Internet</source>
        <translation>公共服务器</translation>
    </message>
</context>
<context>
    <name>ShortcutActionWidget</name>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
</context>
<context>
    <name>ShortcutDelegate</name>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Toggle</source>
        <translation>切换</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>No buttons assigned</source>
        <translation>未分配按键</translation>
    </message>
    <message>
        <source>Press to show button combination</source>
        <translation>点击显示组合键</translation>
    </message>
    <message>
        <source>&lt; Unknown Channel &gt;</source>
        <translation>&lt; 未知频道 &gt;</translation>
    </message>
</context>
<context>
    <name>ShortcutTargetDialog</name>
    <message>
        <source>Root</source>
        <translation>Root</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父级</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Subchannel #%1</source>
        <translation>子频道 #%1</translation>
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
        <translation>Root</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父级</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Subchannel #%1</source>
        <translation>子频道 #%1</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Empty</source>
        <oldsource>&lt;Empty&gt;</oldsource>
        <translation>空</translation>
    </message>
    <message>
        <source>Current selection</source>
        <translation>当前选择</translation>
    </message>
</context>
<context>
    <name>ShortcutToggleWidget</name>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Toggle</source>
        <translation>切换</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
</context>
<context>
    <name>TextMessage</name>
    <message>
        <source>Enter text</source>
        <translation>输入文字</translation>
    </message>
    <message>
        <source>If checked the message is recursively sent to all subchannels</source>
        <translation>如果选中，则将消息递归发送到所有子频道</translation>
    </message>
    <message>
        <source>Send recursively to subchannels</source>
        <translation>发送至所有子频道</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>Tokens</name>
    <message>
        <source>Empty Token</source>
        <translation>空令牌</translation>
    </message>
    <message>
        <source>Mumble - Access Tokens</source>
        <translation>Mumble - 访问令牌</translation>
    </message>
    <message>
        <source>List of access tokens on current server</source>
        <translation>当前服务器的令牌列表</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is an editable list of access tokens on the connected server.&lt;/b&gt;
&lt;br /&gt;
An access token is a text string, which can be used as a password for very simple access management on channels. Mumble will remember the tokens you&apos;ve used and resend them to the server next time you reconnect, so you don&apos;t have to enter these every time.
</source>
        <translation>&lt;b&gt;这是包含已连接服务器上访问令牌的可编辑列表。&lt;/b&gt;
&lt;br /&gt;
一个访问令牌就是一条文本字符串，像密码一样使用，用于简单地管理频道访问权限。Mumble 将会记住您使用过的令牌，并在您下次连接此服务器的时候发送，所以您不需要每次重新输入。
</translation>
    </message>
    <message>
        <source>Add a token</source>
        <translation>添加一个令牌</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Remove a token</source>
        <translation>删除一个令牌</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Token List</source>
        <translation>令牌列表</translation>
    </message>
    <message>
        <source>Use the arrow keys to navigate this list of access tokens. The tokens are displayed in plain text.</source>
        <translation>使用上下箭头在访问令牌列表中导航。令牌以纯文本显示。</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
</context>
<context>
    <name>UserEdit</name>
    <message>
        <source>Registered Users</source>
        <translation>已注册用户</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Who are you looking for?</source>
        <translation>您在找谁？</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Inactive for</source>
        <translation>已离开</translation>
    </message>
    <message numerus="yes">
        <source>Registered users: %n account(s)</source>
        <translation>
            <numerusform>已注册用户：%n 个帐户</numerusform>
        </translation>
    </message>
    <message>
        <source>User list</source>
        <translation>用户列表</translation>
    </message>
    <message>
        <source>Search for user</source>
        <translation>搜索用户</translation>
    </message>
    <message>
        <source>Set inactivity filter mode</source>
        <translation>设置离开时间筛选模式</translation>
    </message>
    <message>
        <source>Filter for inactivity</source>
        <translation>离开时间筛选</translation>
    </message>
</context>
<context>
    <name>UserInformation</name>
    <message>
        <source>User Information</source>
        <translation>用户信息</translation>
    </message>
    <message>
        <source>Connection Information</source>
        <translation>连接信息</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Ping Statistics</source>
        <translation>Ping 统计</translation>
    </message>
    <message>
        <source>Pings received</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Average ping</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>TCP (Control)</source>
        <translation>TCP（控制信道）</translation>
    </message>
    <message>
        <source>UDP (Voice)</source>
        <translation>UDP（语音信道）</translation>
    </message>
    <message>
        <source>UDP Network statistics</source>
        <translation>UDP 网络统计</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>Resync</source>
        <translation>重新同步</translation>
    </message>
    <message>
        <source>From Client</source>
        <translation>客户端发送</translation>
    </message>
    <message>
        <source>To Client</source>
        <translation>客户端接收</translation>
    </message>
    <message>
        <source>Connection time</source>
        <translation>连接时间</translation>
    </message>
    <message>
        <source>%1w</source>
        <translation>%1 周</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1 时</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <oldsource>%1.%2.%3 (%4)</oldsource>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>Not Supported</source>
        <translation>不支持</translation>
    </message>
    <message>
        <source>Not Reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>%1 online (%2 idle)</source>
        <translation>%1 在线（%2 空闲）</translation>
    </message>
    <message>
        <source>%1 online</source>
        <translation>%1 在线</translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation>%1 千比特/秒</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <comment>GroupBox</comment>
        <translation>带宽</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <comment>Label</comment>
        <translation>带宽</translation>
    </message>
    <message>
        <source>Ping deviation</source>
        <translation>误差</translation>
    </message>
    <message>
        <source>Warning: The server seems to report a truncated protocol version for this client. (See: &lt;a href=&quot;https://github.com/mumble-voip/mumble/issues/5827/&quot;&gt;Issue #5827&lt;/a&gt;)</source>
        <translation>警告：此服务器报告的客户端协议版本似乎被截断了。（详见：&lt;a href=&quot;https://github.com/mumble-voip/mumble/issues/5827/&quot;&gt;Issue #5827&lt;/a&gt;）</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>to client rolling average</source>
        <translation>到客户端移动平均值</translation>
    </message>
    <message>
        <source>Last X minutes:</source>
        <translation>近 X 分钟：</translation>
    </message>
    <message>
        <source>% lost</source>
        <translation>丢失 %</translation>
    </message>
    <message>
        <source>from client rolling average</source>
        <translation>来自客户端移动平均值</translation>
    </message>
    <message>
        <source>% late</source>
        <translation>落后 %</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>总计：</translation>
    </message>
    <message>
        <source>Last %1 %2:</source>
        <translation>近 %1 %2：</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message>
        <source>Nick</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Inactive days</source>
        <translation>离开天数</translation>
    </message>
    <message>
        <source>Last channel</source>
        <translation>最后所在频道</translation>
    </message>
    <message>
        <source>Last seen: %1</source>
        <translation>上次出现：%1</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Channel ID: %1</source>
        <translation>频道 ID：%1</translation>
    </message>
</context>
<context>
    <name>UserLocalNicknameDialog</name>
    <message>
        <source>Local nickname for other users</source>
        <translation>其他用户本地昵称</translation>
    </message>
    <message>
        <source>&lt;b&gt;Adjust the nickname of other users locally&lt;/b&gt;&lt;br /&gt;</source>
        <translation>&lt;b&gt;在本地调整其他用户的昵称&lt;/b&gt;&lt;br /&gt;</translation>
    </message>
    <message>
        <source>User nickname</source>
        <translation>用户昵称</translation>
    </message>
    <message>
        <source>Adjusting local nickname for %1</source>
        <translation>调整 %1 的本地昵称</translation>
    </message>
</context>
<context>
    <name>UserModel</name>
    <message>
        <source>This is a user connected to the server. The icon to the left of the user indicates whether or not they are talking:</source>
        <translation>这是一名已连接到服务器的用户。用户左侧的图标表明他们是否正在说话：</translation>
    </message>
    <message>
        <source>Talking to your channel.</source>
        <translation>正在对您的频道说话。</translation>
    </message>
    <message>
        <source>Shouting directly to your channel.</source>
        <oldsource>Whispering directly to your channel.</oldsource>
        <translation>正在直接对您的频道呼喊。</translation>
    </message>
    <message>
        <source>Whispering directly to you.</source>
        <translation>正在直接对您密语。</translation>
    </message>
    <message>
        <source>Not talking.</source>
        <translation>未在说话。</translation>
    </message>
    <message>
        <source>This is a channel on the server. The icon indicates the state of the channel:</source>
        <translation>这是服务器上的一个频道。图标显示了频道的状态：</translation>
    </message>
    <message>
        <source>Your current channel.</source>
        <translation>您当前所在的频道。</translation>
    </message>
    <message>
        <source>A channel that is linked with your channel. Linked channels can talk to each other.</source>
        <translation>一个链接到您的频道的频道。被链接的频道之间可以互相说话。</translation>
    </message>
    <message>
        <source>A channel on the server that you are not linked to.</source>
        <translation>一个在服务器上的您未链接的频道。</translation>
    </message>
    <message>
        <source>This shows the flags the user has on the server, if any:</source>
        <translation>如果有的话，显示此用户在此服务器上的标识：</translation>
    </message>
    <message>
        <source>On your friend list</source>
        <translation>您的好友</translation>
    </message>
    <message>
        <source>Authenticated user</source>
        <translation>已认证用户</translation>
    </message>
    <message>
        <source>Muted (manually muted by self)</source>
        <translation>麦克风关闭（自己设置）</translation>
    </message>
    <message>
        <source>Muted (manually muted by admin)</source>
        <translation>麦克风关闭（管理员设置）</translation>
    </message>
    <message>
        <source>Muted (not allowed to speak in current channel)</source>
        <translation>麦克风关闭（当前频道不允许说话）</translation>
    </message>
    <message>
        <source>Muted (muted by you, only on your machine)</source>
        <translation>麦克风关闭（被您屏蔽，仅在您的设备上生效）</translation>
    </message>
    <message>
        <source>Muted (push-to-mute)</source>
        <translation>麦克风关闭（按键静音）</translation>
    </message>
    <message>
        <source>Deafened (by self)</source>
        <translation>扬声器关闭（自己设置）</translation>
    </message>
    <message>
        <source>Deafened (by admin)</source>
        <translation>扬声器关闭（管理员设置）</translation>
    </message>
    <message>
        <source>User has a new comment set (click to show)</source>
        <translation>用户有新简介（点击显示）</translation>
    </message>
    <message>
        <source>User has a comment set, which you&apos;ve already seen. (click to show)</source>
        <translation>用户的简介已被您看过。（点击显示）</translation>
    </message>
    <message>
        <source>Ignoring Text Messages</source>
        <translation>忽略文字消息</translation>
    </message>
    <message>
        <source>This shows the flags the channel has, if any:</source>
        <translation>如果有的话，显示此频道的标记：</translation>
    </message>
    <message>
        <source>Channel has a new comment set (click to show)</source>
        <translation>频道有新简介（点击显示）</translation>
    </message>
    <message>
        <source>Channel has a comment set, which you&apos;ve already seen. (click to show)</source>
        <translation>频道的简介已被您看过。（点击显示）</translation>
    </message>
    <message>
        <source>Channel will be hidden when filtering is enabled</source>
        <translation>启用频道筛选时，此频道会被隐藏</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Are you sure you want to drag this user?</source>
        <translation>确定要移动此用户？</translation>
    </message>
    <message>
        <source>Are you sure you want to drag this channel?</source>
        <translation>确定要移动此频道？</translation>
    </message>
    <message>
        <source>Cannot perform this movement automatically, please reset the numeric sorting indicators or adjust it manually.</source>
        <translation>无法自动完成移动操作，请重设或手动调整位置序号。</translation>
    </message>
    <message>
        <source>Talking while being muted on your end</source>
        <translation>正在说话，但您已对其静音</translation>
    </message>
    <message>
        <source>This is a channel listener. The corresponding user hears everything you say in this channel.</source>
        <translation>这是一名频道监听者。对应的用户会听到您在此频道的任何发言。</translation>
    </message>
    <message>
        <source>Channel has access restrictions so that you can&apos;t enter it</source>
        <translation>频道具有访问限制，您无法进入</translation>
    </message>
    <message>
        <source>Channel has access restrictions but you can enter nonetheless</source>
        <translation>频道具有访问限制，但您仍可以进入</translation>
    </message>
    <message>
        <source>Channel will be pinned when filtering is enabled</source>
        <translation>启用频道筛选时，此频道会被固定</translation>
    </message>
    <message>
        <source>Channel Listener</source>
        <translation>频道监听者</translation>
    </message>
    <message>
        <source>This channel listener belongs to %1</source>
        <translation>此频道监听者属于 %1</translation>
    </message>
</context>
<context>
    <name>VersionCheck</name>
    <message>
        <source>Upgrade Mumble</source>
        <translation>升级 Mumble</translation>
    </message>
    <message>
        <source>A new version of Mumble has been detected and automatically downloaded. It is recommended that you either upgrade to this version, or downgrade to the latest stable release. Do you want to launch the installer now?</source>
        <translation>已检测到并自动下载新版本 Mumble。推荐您升级到此新版本，或者降级至最新的稳定版。是否立即运行安装程序？</translation>
    </message>
    <message>
        <source>Failed to launch snapshot installer.</source>
        <translation>运行快照版本安装程序失败。</translation>
    </message>
    <message>
        <source>Corrupt download of new version detected. Automatically removed.</source>
        <translation>检测到的新版本下载失败。已自动删除。</translation>
    </message>
    <message>
        <source>Downloading new snapshot from %1 to %2</source>
        <translation>从 %1 下载新的快照版本到 %2</translation>
    </message>
    <message>
        <source>Failed to write new version to disk.</source>
        <oldsource>Failed to write new version to disc.</oldsource>
        <translation>将新版本写入到硬盘失败。</translation>
    </message>
    <message>
        <source>Mumble failed to retrieve version information from the central server.</source>
        <translation>从中心服务器获取 Mumble 版本信息失败。</translation>
    </message>
</context>
<context>
    <name>ViewCert</name>
    <message>
        <source>Certificate Chain Details</source>
        <translation>证书链详情</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>证书链</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>证书详情</translation>
    </message>
    <message>
        <source>Common Name</source>
        <translation>通用名称</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Subunit</source>
        <translation>子部门</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>State</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Valid from: %1</source>
        <translation>有效期始于：%1</translation>
    </message>
    <message>
        <source>Valid to: %1</source>
        <translation>有效期止于：%1</translation>
    </message>
    <message>
        <source>Serial: %1</source>
        <translation>序列号：%1</translation>
    </message>
    <message>
        <source>Public Key: %1 bits %2</source>
        <translation>公钥：%1 位 %2</translation>
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
        <translation>摘要（SHA-1）：%1</translation>
    </message>
    <message>
        <source>Digest (SHA-256): %1</source>
        <translation>摘要（SHA-256）：%1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>电子邮件：%1</translation>
    </message>
    <message>
        <source>DNS: %1</source>
        <translation>DNS：%1</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>颁发者：</translation>
    </message>
    <message>
        <source>Unit Name</source>
        <translation>部门名称</translation>
    </message>
</context>
<context>
    <name>VoiceRecorder</name>
    <message>
        <source>Recorder failed to create directory &apos;%1&apos;</source>
        <translation>录音机创建目录“%1”失败</translation>
    </message>
    <message>
        <source>Recorder failed to open file &apos;%1&apos;</source>
        <translation>录音机打开文件“%1”失败</translation>
    </message>
    <message>
        <source>.wav - Uncompressed</source>
        <translation>.wav - 不压缩</translation>
    </message>
    <message>
        <source>.ogg (Vorbis) - Compressed</source>
        <translation>.ogg (Vorbis) - 压缩</translation>
    </message>
    <message>
        <source>.au - Uncompressed</source>
        <translation>.au - 不压缩</translation>
    </message>
    <message>
        <source>.flac - Lossless compressed</source>
        <translation>.flac - 无损压缩</translation>
    </message>
    <message>
        <source>.opus - Lossy compressed</source>
        <translation>.opus - 有损压缩</translation>
    </message>
    <message>
        <source>.mp3 - Lossy compressed</source>
        <translation>.mp3 - 有损压缩</translation>
    </message>
</context>
<context>
    <name>VoiceRecorderDialog</name>
    <message>
        <source>Recorder</source>
        <translation>录音机</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>控制</translation>
    </message>
    <message>
        <source>00:00:00</source>
        <translation>00:00:00</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Multichannel</source>
        <translation>多轨</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Output format</source>
        <translation>输出格式</translation>
    </message>
    <message>
        <source>Target directory</source>
        <translation>目标目录</translation>
    </message>
    <message>
        <source>Filename</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <source>Valid variables are:</source>
        <translation>有效的变量：</translation>
    </message>
    <message>
        <source>Inserts the user&apos;s name</source>
        <translation>插入用户名称</translation>
    </message>
    <message>
        <source>Inserts the current date</source>
        <translation>插入当前日期</translation>
    </message>
    <message>
        <source>Inserts the current time</source>
        <translation>插入当前时间</translation>
    </message>
    <message>
        <source>Inserts the hostname</source>
        <translation>插入主机名</translation>
    </message>
    <message>
        <source>Recorder still running</source>
        <translation>录音机仍在运行</translation>
    </message>
    <message>
        <source>Closing the recorder without stopping it will discard unwritten audio. Do you really want to close the recorder?</source>
        <translation>不停止录音而直接关闭录音机会导致丢弃未保存的音频。确定要关闭录音机吗？</translation>
    </message>
    <message>
        <source>Unable to start recording. Not connected to a server.</source>
        <translation>无法开始录音。尚未连接到服务器。</translation>
    </message>
    <message>
        <source>The server you are currently connected to is version 1.2.2 or older. For privacy reasons, recording on servers of versions older than 1.2.3 is not possible.
Please contact your server administrator for further information.</source>
        <translation>当前连接的服务器为 1.2.2 或更早版本。由于隐私原因，不支持在低于版本 1.2.3 的服务器上录音。
请联系此服务器的管理员获取更多信息。</translation>
    </message>
    <message>
        <source>There is already a recorder active for this server.</source>
        <translation>此服务器上已经有一个录音机被激活。</translation>
    </message>
    <message>
        <source>Please select a recording format.</source>
        <translation>请选择录音格式。</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>正在停止</translation>
    </message>
    <message>
        <source>Select target directory</source>
        <translation>选择目标文件夹</translation>
    </message>
    <message>
        <source>Downmix</source>
        <translation>缩混</translation>
    </message>
    <message>
        <source>Unable to start recording - the audio output is miconfigured (0Hz sample rate)</source>
        <translation>无法开始录音 - 音频输出配置错误（采样率为 0Hz）</translation>
    </message>
    <message>
        <source>Multichannel + Transport (JACK)</source>
        <translation>多通道 + 传输（JACK）</translation>
    </message>
    <message>
        <source>Transport (JACK, standalone)</source>
        <translation>传输（独立 JACK）</translation>
    </message>
    <message>
        <source>This field contains the directory path to store any voice recordings in. Use the &quot;browse&quot; button to open a file dialog.</source>
        <translation>此字段包含存储录音的文件夹路径。使用“浏览”按钮打开文件对话框。</translation>
    </message>
    <message>
        <source>This field contains the filename any voice recording is saved as. Various variables can be used to augment the filename. For example %time for the current time.</source>
        <translation>此字段包含保存录音的文件名。文件名中可以使用各种变量。例如以 %time 表示当前时间。</translation>
    </message>
</context>
<context>
    <name>VolumeSliderWidgetAction</name>
    <message>
        <source>Volume Adjustment</source>
        <translation>音量调整</translation>
    </message>
    <message>
        <source>Local volume adjustment</source>
        <translation>本地音量调整</translation>
    </message>
</context>
<context>
    <name>WASAPIInput</name>
    <message>
        <source>Access to the microphone was denied. Please check that your operating system&apos;s microphone settings allow Mumble to use the microphone.</source>
        <translation>访问麦克风的权限被拒绝。请您检查操作系统的麦克风设置，允许 Mumble 使用麦克风。</translation>
    </message>
</context>
<context>
    <name>WASAPISystem</name>
    <message>
        <source>Default Device</source>
        <translation>默认设备</translation>
    </message>
</context>
<context>
    <name>qwPTTButtonWidget</name>
    <message>
        <source>Mumble PTT</source>
        <translation>Mumble 按键发言</translation>
    </message>
    <message>
        <source>Push to talk</source>
        <translation>按键发言</translation>
    </message>
</context>
</TS>
