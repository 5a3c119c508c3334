<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>ACLEditor</name>
    <message>
        <source>Deny</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>允許</translation>
    </message>
    <message>
        <source>Allow %1</source>
        <translation>允許 %1</translation>
    </message>
    <message>
        <source>Deny %1</source>
        <translation>拒絕 %1</translation>
    </message>
    <message>
        <source>Mumble - Add channel</source>
        <translation>Mumble - 新增頻道</translation>
    </message>
    <message>
        <source>Default server value</source>
        <translation>伺服器預設值</translation>
    </message>
    <message>
        <source>Failed: Invalid channel</source>
        <translation>失敗: 無效的頻道</translation>
    </message>
    <message>
        <source>Mumble - Edit %1</source>
        <translation>Mumble - 編輯 %1</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>This grants the %1 privilege. If a privilege is both allowed and denied, it is denied.&lt;br /&gt;%2</source>
        <translation>授予 %1 權限.如果一個權限同時被拒絕和允許，則視為被拒絕。&lt;br /&gt;%2</translation>
    </message>
    <message>
        <source>Channel must have a name</source>
        <translation>頻道必須指定一個名稱</translation>
    </message>
    <message>
        <source>This revokes the %1 privilege. If a privilege is both allowed and denied, it is denied.&lt;br /&gt;%2</source>
        <translation>撤銷 %1 權限.如果一個權限同時被拒絕和允許，則視為被拒絕。&lt;br /&gt;%2</translation>
    </message>
    <message>
        <source>Dialog</source>
        <translation>對話框</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Enter the channel name here.</source>
        <translation>在此輸入頻道名稱。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Enter the channel password here.</source>
        <translation>在此輸入頻道密碼。</translation>
    </message>
    <message>
        <source>Check to create a temporary channel.</source>
        <translation>點此建立臨時頻道。</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>臨時頻道</translation>
    </message>
    <message>
        <source>&lt;b&gt;Position&lt;/b&gt;&lt;br/&gt;
This value enables you to change the way Mumble arranges the channels in the tree. A channel with a higher &lt;i&gt;Position&lt;/i&gt; value will always be placed below one with a lower value and the other way around. If the &lt;i&gt;Position&lt;/i&gt; value of two channels is equal they will get sorted alphabetically by their name.</source>
        <oldsource>&lt;b&gt;Position&lt;/b&gt;&lt;br/&gt;
This value enables you to change the way mumble arranges the channels in the tree. A channel with a higher &lt;i&gt;Position&lt;/i&gt; value will always be placed below one with a lower value and the other way around. If the &lt;i&gt;Position&lt;/i&gt; value of two channels is equal they will get sorted alphabetically by their name.</oldsource>
        <translation type="unfinished">這個數值讓您改變頻道在 Mumble 清單樹的部署位置。當頻道擁有較小的數值時，將被放在比較上面的位置，如果有多個頻道擁有相同數值時，將依頻道名稱做排序。</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>群組(&amp;G)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>群組</translation>
    </message>
    <message>
        <source>List of groups</source>
        <translation>群組清單</translation>
    </message>
    <message>
        <source>Remove selected group</source>
        <translation>刪除群組</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Inherit group members from parent</source>
        <translation>繼承自父組成員</translation>
    </message>
    <message>
        <source>Inherit</source>
        <translation>繼承</translation>
    </message>
    <message>
        <source>Make group inheritable to sub-channels</source>
        <translation>使群組可被子頻道繼承</translation>
    </message>
    <message>
        <source>Inheritable</source>
        <translation>可繼承</translation>
    </message>
    <message>
        <source>Group was inherited from parent channel</source>
        <translation>繼承自父頻道的群組</translation>
    </message>
    <message>
        <source>Inherited</source>
        <translation>繼承的</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Add member to group</source>
        <translation>新增群組成員</translation>
    </message>
    <message>
        <source>Remove member from group</source>
        <translation>刪除群組成員</translation>
    </message>
    <message>
        <source>&amp;ACL</source>
        <translation>存取控制表(&amp;A)</translation>
    </message>
    <message>
        <source>Active ACLs</source>
        <translation>目前的存取控制規則</translation>
    </message>
    <message>
        <source>Inherit ACL of parent?</source>
        <translation>繼承自父存取控制表？</translation>
    </message>
    <message>
        <source>This sets whether or not the ACL up the chain of parent channels are applied to this object. Only those entries that are marked in the parent as &quot;Apply to sub-channels&quot; will be inherited.</source>
        <translation>設定是否將父頻道的存取控制表套用至當前對象。只有在父頻道內被標記為“套用到子頻道”的項目將被繼承。</translation>
    </message>
    <message>
        <source>Inherit ACLs</source>
        <translation>繼承存取控制表</translation>
    </message>
    <message>
        <source>Move entry up</source>
        <translation>上移規則順位</translation>
    </message>
    <message>
        <source>This moves the entry up in the list. As entries are evaluated in order, this may change the effective permissions of users. You cannot move an entry above an inherited entry, if you really need that you&apos;ll have to duplicate the inherited entry.</source>
        <translation>在列表中上移規則順位。由於規則自上而下依序處理，這有可能改變使用者的有效權限。你不能將一個項目移到繼承的項目之上，如果你確實想這麼做，你需要複製繼承的規則。</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move entry down</source>
        <translation>下移規則順位</translation>
    </message>
    <message>
        <source>This moves the entry down in the list. As entries are evaluated in order, this may change the effective permissions of users.</source>
        <translation>在列表中下移規則順位。由於規則自上而下依序處理，這有可能改變使用者的有效權限。</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Add new entry</source>
        <translation>新增規則</translation>
    </message>
    <message>
        <source>This adds a new entry, initially set with no permissions and applying to all.</source>
        <translation>新增規則，預設值為無權限且套用到所有項目。</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>刪除規則</translation>
    </message>
    <message>
        <source>This removes the currently selected entry.</source>
        <translation>刪除選取的規則。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>刪除(&amp;R)</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>前後關系</translation>
    </message>
    <message>
        <source>Entry should apply to this channel.</source>
        <oldsource>Entry should apply to this channel</oldsource>
        <translation>輸入的內容將應用於此頻道。</translation>
    </message>
    <message>
        <source>This makes the entry apply to this channel.</source>
        <translation>指定規則到目前頻道。</translation>
    </message>
    <message>
        <source>Applies to this channel</source>
        <translation>使用在目前頻道</translation>
    </message>
    <message>
        <source>Entry should apply to sub-channels.</source>
        <translation>使用在子頻道的規則。</translation>
    </message>
    <message>
        <source>Add new group</source>
        <translation>新增群組</translation>
    </message>
    <message>
        <source>&lt;b&gt;Add&lt;/b&gt;&lt;br/&gt;
Add a new group.</source>
        <translation>&lt;b&gt;新增&lt;/b&gt;&lt;br/&gt;
新增群組。</translation>
    </message>
    <message>
        <source>Inherited members</source>
        <translation>繼承的成員</translation>
    </message>
    <message>
        <source>Contains the list of members added to the group by this channel.</source>
        <translation>顯示被頻道加入群組的成員。</translation>
    </message>
    <message>
        <source>Contains a list of members whose group membership will not be inherited from the parent channel.</source>
        <translation>顯示不繼承父頻道的成員。</translation>
    </message>
    <message>
        <source>Contains the list of members inherited by other channels.</source>
        <translation>顯示繼承其他頻道的成員。</translation>
    </message>
    <message>
        <source>Type in the name of a user you wish to add to the group and click Add.</source>
        <translation>輸入欲移入本群組的使用者名稱並點選新增。</translation>
    </message>
    <message>
        <source>Type in the name of a user you wish to remove from the group and click Add.</source>
        <translation>輸入欲移出本群組的使用者名稱並點選移除。</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <source>Excluded members</source>
        <translation>排除的成員</translation>
    </message>
    <message>
        <source>This makes the entry apply to sub-channels of this channel.</source>
        <translation>使用該規則到目前頻道的子頻道。</translation>
    </message>
    <message>
        <source>Applies to sub-channels</source>
        <translation>套用到子頻道</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>權限</translation>
    </message>
    <message>
        <source>User/Group</source>
        <translation>使用者/群組</translation>
    </message>
    <message>
        <source>Group this entry applies to</source>
        <translation>套用該規則的群組</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>User this entry applies to</source>
        <translation>使用該規則的使用者</translation>
    </message>
    <message>
        <source>This controls which user this entry applies to. Just type in the user name and hit enter to query the server for a match.</source>
        <translation>控制該規則應用到哪個使用者。請向伺服器送出使用者名稱來查詢。</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>屬性(&amp;P)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Name&lt;/b&gt;&lt;br /&gt;Enter the channel name in this field. The name has to comply with the restriction imposed by the server you are connected to.</source>
        <translation>&lt;b&gt;名稱&lt;/b&gt;&lt;br /&gt;在此輸入頻道名稱。此名稱必須符合連線伺服器的使用規則。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Temporary&lt;/b&gt;&lt;br /&gt;
When checked the channel created will be marked as temporary. This means when the last player leaves it the channel will be automatically deleted by the server.</source>
        <translation>&lt;b&gt;臨時頻道&lt;/b&gt;&lt;br /&gt;
選擇後將建立一個臨時頻道。這表示當最後一個使用者離開的時候，本頻道將自動關閉。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Group&lt;/b&gt;&lt;br /&gt;
These are all the groups currently defined for the channel. To create a new group, just type in the name and press enter.</source>
        <translation>&lt;b&gt;群組&lt;/b&gt;&lt;br /&gt;
這些是頻道內已設定好的群組。要建立新群組，只要輸入名稱並送出即可。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Remove&lt;/b&gt;&lt;br /&gt;This removes the currently selected group. If the group was inherited, it will not be removed from the list, but all local information about the group will be cleared.</source>
        <translation>&lt;b&gt;刪除&lt;/b&gt;&lt;br /&gt;刪除選擇的群組。如果本群組是被繼承的，那將不會在此清單中消失，但是所有關於此群組的資訊將被清除。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inherit&lt;/b&gt;&lt;br /&gt;This inherits all the members in the group from the parent, if the group is marked as &lt;i&gt;Inheritable&lt;/i&gt; in the parent channel.</source>
        <translation>&lt;b&gt;繼承&lt;/b&gt;&lt;br /&gt;如果父群組被標記為&lt;i&gt;可繼承&lt;/i&gt;則此群組的所有成員將來自父群組。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inheritable&lt;/b&gt;&lt;br /&gt;This makes this group inheritable to sub-channels. If the group is non-inheritable, sub-channels are still free to create a new group with the same name.</source>
        <translation>&lt;b&gt;可繼承&lt;/b&gt;&lt;br/&gt;使本群組可繼承到子頻道。如果群組不可繼承，則子頻道可以建立一個同名群組。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inherited&lt;/b&gt;&lt;br /&gt;This indicates that the group was inherited from the parent channel. You cannot edit this flag, it&apos;s just for information.</source>
        <translation>&lt;b&gt;繼承&lt;/b&gt;&lt;br/&gt;表示群組設定來自父頻道，你無法編輯這個旗幟，它僅供參考。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Members&lt;/b&gt;&lt;br /&gt;
This list contains all members that were added to the group by the current channel. Be aware that this does not include members inherited by higher levels of the channel tree. These can be found in the &lt;i&gt;Inherited members&lt;/i&gt; list. To prevent this list to be inherited by lower level channels uncheck &lt;i&gt;Inheritable&lt;/i&gt; or manually add the members to the &lt;i&gt;Excluded members&lt;/i&gt; list.</source>
        <translation>&lt;b&gt;成員&lt;/b&gt;&lt;br/&gt;這份清單涵蓋目前頻道所有已加入群組的成員。請注意，這並未包含來自頻道樹中繼承自父頻道的成員。繼承自父頻道的成員可以在&lt;i&gt;繼承的成員&lt;/i&gt;清單中找到。要防止這份清單被等級較低的頻道繼承，取消&lt;i&gt;可繼承&lt;/i&gt;或手動增加到&lt;i&gt;排除的成員&lt;/i&gt;名單。</translation>
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
        <translation>頻道名稱。</translation>
    </message>
    <message>
        <source>Maximum Users</source>
        <translation>使用者最大值</translation>
    </message>
    <message>
        <source>Maximum number of users allowed in the channel</source>
        <translation>頻道內可允許的最大使用者數量</translation>
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
        <translation>屬性</translation>
    </message>
    <message>
        <source>Channel password</source>
        <translation>頻道密碼</translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation>頻道名稱</translation>
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
        <translation>頻道使用者上限</translation>
    </message>
    <message>
        <source>Channel description</source>
        <translation>頻道註釋</translation>
    </message>
    <message>
        <source>Select member to add</source>
        <translation>選擇要加入的成員</translation>
    </message>
    <message>
        <source>Excluded group members</source>
        <translation>排除的群組成員</translation>
    </message>
    <message>
        <source>Select member to remove</source>
        <translation>選擇要移除的成員</translation>
    </message>
    <message>
        <source>List of access control list entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select group</source>
        <translation>選擇群組</translation>
    </message>
    <message>
        <source>Selects a group this ACL entry applies to. Selecting a group and selecting a user are mutually exclusive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select user</source>
        <translation>選擇使用者</translation>
    </message>
    <message>
        <source>Selects a user this ACL entry applies to. Selecting a group and selecting a user are mutually exclusive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of available permissions</source>
        <translation>可用的權限列表</translation>
    </message>
</context>
<context>
    <name>ALSAAudioInput</name>
    <message>
        <source>Default ALSA Card</source>
        <translation>預設 ALSA 音效卡</translation>
    </message>
    <message>
        <source>Opening chosen ALSA Input failed: %1</source>
        <translation>無法打開所選 ALSA 輸入: %1</translation>
    </message>
</context>
<context>
    <name>ALSAAudioOutput</name>
    <message>
        <source>Default ALSA Card</source>
        <translation>預設 ALSA 音效卡</translation>
    </message>
    <message>
        <source>Opening chosen ALSA Output failed: %1</source>
        <translation>無法打開所選 ALSA 輸出: %1</translation>
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
        <translation>取得音效卡名稱失敗: %1</translation>
    </message>
</context>
<context>
    <name>ASIOConfig</name>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (版本 %2)</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 samples buffer, with %3 sample resolution (%4 preferred) at %5 Hz</source>
        <oldsource>%1 -&gt; %2 samples buffer, with %3 sample resolution (%4 preferred) at %5Hz</oldsource>
        <translation>%1 -&gt; %2 取樣緩衝, 使用 %3 取樣解析度 (%4 優先) 在 %5 Hz</translation>
    </message>
    <message>
        <source>ASIO Initialization failed: %1</source>
        <translation>ASIO初始化失敗: %1</translation>
    </message>
    <message>
        <source>Failed to instantiate ASIO driver</source>
        <translation>無法初始化 ASIO 驅動</translation>
    </message>
    <message>
        <source>ASIO</source>
        <translation>ASIO</translation>
    </message>
    <message>
        <source>Device selection</source>
        <translation>選擇裝置</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>Device to use for microphone</source>
        <translation>作為麥克風的裝置</translation>
    </message>
    <message>
        <source>This chooses what device to query. You still need to actually query the device and select which channels to use.</source>
        <translation>選擇要查詢的裝置。你仍需要實際查詢該裝置然後選擇要使用哪些聲道。</translation>
    </message>
    <message>
        <source>Query selected device</source>
        <translation>查詢所選裝置</translation>
    </message>
    <message>
        <source>This queries the selected device for channels. Be aware that many ASIO drivers are buggy to the extreme, and querying them might cause a crash of either the application or the system.</source>
        <translation>查詢所選裝置的聲道。注意大多數 ASIO 驅動有極端漏洞，查詢裝置可能導致應用程式或系統當機。</translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation>查詢(&amp;Q)</translation>
    </message>
    <message>
        <source>Configure selected device</source>
        <translation>設定選則的裝置</translation>
    </message>
    <message>
        <source>This configures the selected device. Be aware that many ASIO drivers are buggy to the extreme, and querying them might cause a crash of either the application or the system.</source>
        <translation>設定選擇的裝置。注意大多數 ASIO 驅動有極端漏洞，查詢裝置可能導致應用程式或系統當機。</translation>
    </message>
    <message>
        <source>&amp;Configure</source>
        <translation>設定(&amp;C)</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>裝置訊息</translation>
    </message>
    <message>
        <source>Driver name</source>
        <translation>裝置名稱</translation>
    </message>
    <message>
        <source>Buffer size</source>
        <translation>緩重區大小</translation>
    </message>
    <message>
        <source>This will configure the input channels for ASIO. Make sure you select at least one channel as microphone and speaker. &lt;i&gt;Microphone&lt;/i&gt; should be where your microphone is attached, and &lt;i&gt;Speaker&lt;/i&gt; should be a channel that samples &apos;&lt;i&gt;What you hear&lt;/i&gt;&apos;.&lt;br /&gt;For example, on the Audigy 2 ZS, a good selection for Microphone would be &apos;&lt;i&gt;Mic L&lt;/i&gt;&apos; while Speaker should be &apos;&lt;i&gt;Mix L&lt;/i&gt;&apos; and &apos;&lt;i&gt;Mix R&lt;/i&gt;&apos;.</source>
        <translation>This will configure the input channels for ASIO. Make sure you select at least one channel as microphone and speaker. &lt;i&gt;Microphone&lt;/i&gt; should be where your microphone is attached, and &lt;i&gt;Speaker&lt;/i&gt; should be a channel that samples &apos;&lt;i&gt;What you hear&lt;/i&gt;&apos;.&lt;br /&gt;For example, on the Audigy 2 ZS, a good selection for Microphone would be &apos;&lt;i&gt;Mic L&lt;/i&gt;&apos; while Speaker should be &apos;&lt;i&gt;Mix L&lt;/i&gt;&apos; and &apos;&lt;i&gt;Mix R&lt;/i&gt;&apos;.</translation>
    </message>
    <message>
        <source>Configure input channels</source>
        <translation>設定輸入頻道</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>頻道</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>麥克風</translation>
    </message>
    <message>
        <source>&lt;-</source>
        <translation>←</translation>
    </message>
    <message>
        <source>-&gt;</source>
        <translation>→</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>喇叭</translation>
    </message>
    <message>
        <source>List of microphones</source>
        <translation>麥克風列表</translation>
    </message>
    <message>
        <source>List of speakers</source>
        <translation>音效輸出裝置列表</translation>
    </message>
    <message>
        <source>Device list</source>
        <translation>裝置列表</translation>
    </message>
    <message>
        <source>Move from unused to microphone list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move from microphone to unused list</source>
        <translation>移動麥克風到未使用列表</translation>
    </message>
    <message>
        <source>List of unused devices</source>
        <translation>未使用裝置列表</translation>
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
        <translation>你至少需要一個麥克風和一個音效輸出裝置來使用 ASIO。</translation>
    </message>
    <message>
        <source>Opening selected ASIO device failed. No input will be done.</source>
        <translation>無法打開所選 ASIO 裝置。沒有可用輸入。</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Mumble</source>
        <translation>關於 Mumble</translation>
    </message>
    <message>
        <source>&amp;About Mumble</source>
        <translation>關於 Mumble(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;License</source>
        <translation>授權(&amp;L)</translation>
    </message>
    <message>
        <source>A&amp;uthors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>&amp;Third-Party Licenses</source>
        <translation>&amp;第三方憑證</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>License agreement</source>
        <translation>憑證協議</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Third-party license agreements</source>
        <translation>第三方憑證協議</translation>
    </message>
    <message>
        <source>For a list of authors, please see &lt;a href=&quot;https://github.com/mumble-voip/mumble/graphs/contributors&quot;&gt;https://github.com/mumble-voip/mumble/graphs/contributors&lt;/a&gt;</source>
        <translation>如遇瞭解作者名單，請查看&lt;a href=&quot;https://github.com/mumble-voip/mumble/graphs/contributors&quot;&gt;https://github.com/mumble-voip/mumble/graphs/contributors&lt;/a&gt;</translation>
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
        <translation>空</translation>
    </message>
</context>
<context>
    <name>AudioInput</name>
    <message>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系統</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>Input device for audio</source>
        <translation>語音輸入裝置</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the input device to use for audio.&lt;/b&gt;</source>
        <translation>&lt;b&gt;這是用來輸入語音的裝置。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Transmission</source>
        <translation>語音發送</translation>
    </message>
    <message>
        <source>&amp;Transmit</source>
        <translation>語音發送時機(&amp;T)</translation>
    </message>
    <message>
        <source>When to transmit your speech</source>
        <translation>何時發送你的語音</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets when speech should be transmitted.&lt;/b&gt;&lt;br /&gt;&lt;i&gt;Continuous&lt;/i&gt; - All the time&lt;br /&gt;&lt;i&gt;Voice Activity&lt;/i&gt; - When you are speaking clearly.&lt;br /&gt;&lt;i&gt;Push To Talk&lt;/i&gt; - When you hold down the hotkey set under &lt;i&gt;Shortcuts&lt;/i&gt;.</source>
        <translation>&lt;b&gt;設置何時語音將被發送。&lt;/b&gt;&lt;br /&gt;&lt;i&gt;連續&lt;/i&gt;一直&lt;br /&gt;&lt;i&gt;有語音活動&lt;/i&gt; 當你說話清晰時。&lt;br /&gt;&lt;i&gt;按鍵通話&lt;/i&gt; - 當你按住作為&lt;i&gt;快捷鍵&lt;/i&gt;的自定義按鍵組合時。</translation>
    </message>
    <message>
        <source>DoublePush Time</source>
        <translation>兩次按鍵時間間隔</translation>
    </message>
    <message>
        <source>If you press the PTT key twice in this time it will get locked.</source>
        <translation>如果你在時限內連按兩次發送鍵將會鎖定。</translation>
    </message>
    <message>
        <source>&lt;b&gt;DoublePush Time&lt;/b&gt;&lt;br /&gt;If you press the push-to-talk key twice during the configured interval of time it will be locked. Mumble will keep transmitting until you hit the key once more to unlock PTT again.</source>
        <translation>&lt;b&gt;連點時間&lt;/b&gt;&lt;br /&gt;如果你在設定時間內連按兩次發送鍵將會鎖定並持續發送語音，直到你再按一次發送鍵才會解鎖。</translation>
    </message>
    <message>
        <source>Reset audio cue to default</source>
        <translation>重設指示音效成預設值</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reset&lt;/b&gt;&lt;br/&gt;Reset the paths for the files to their default.</source>
        <translation>&lt;b&gt;重設&lt;/b&gt;&lt;br/&gt;重設檔案路徑成預設值。</translation>
    </message>
    <message>
        <source>Browse for on audio file</source>
        <translation>選擇開始發送語音時的音效</translation>
    </message>
    <message>
        <source>Browse for off audio file</source>
        <translation>選擇停止發送語音時的音效</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>停止發送時</translation>
    </message>
    <message>
        <source>On</source>
        <translation>開始發送時</translation>
    </message>
    <message>
        <source>Use SNR based speech detection</source>
        <translation>使用基於 SNR(訊噪比) 的語音偵測</translation>
    </message>
    <message>
        <source>Signal to Noise</source>
        <translation>訊噪比</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets speech detection to use Amplitude.&lt;/b&gt;&lt;br /&gt;In this mode, the raw strength of the input signal is used to detect speech.</source>
        <translation>&lt;b&gt;設置使用振幅來進行語音偵測。&lt;/b&gt;&lt;br /&gt;在此模式下，輸入信號的原始強度被用於語音偵測。</translation>
    </message>
    <message>
        <source>Amplitude</source>
        <translation>振幅</translation>
    </message>
    <message>
        <source>Voice &amp;Hold</source>
        <translation>持續時間(&amp;H)</translation>
    </message>
    <message>
        <source>How long to keep transmitting after silence</source>
        <translation>無聲後多少時間內繼續發送音效</translation>
    </message>
    <message>
        <source>Silence Below</source>
        <translation>以下沉默</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the trigger values for voice detection.&lt;/b&gt;&lt;br /&gt;Use this together with the Audio Statistics window to manually tune the trigger values for detecting speech. Input values below &quot;Silence Below&quot; always count as silence. Values above &quot;Speech Above&quot; always count as voice. Values in between will count as voice if you&apos;re already talking, but will not trigger a new detection.</source>
        <translation>&lt;b&gt;設置語音檢測的觸發值。&lt;/b&gt;&lt;br /&gt;與音訊統計窗口一起來使用該值以手工調整語音偵測的觸發值。輸入值低於&quot;靜音判定&quot; 時視為無聲。高於&quot;語音判定&quot;時視為講話中。如果你正在講話，期間的偵測值會被一直視為講話中，但是不會觸發一個新的偵測。</translation>
    </message>
    <message>
        <source>Speech Above</source>
        <translation>語音判定</translation>
    </message>
    <message>
        <source>Signal values above this count as voice</source>
        <translation>信號值高於這個值時視為語音</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>壓縮</translation>
    </message>
    <message>
        <source>&amp;Quality</source>
        <translation>品質(&amp;Q)</translation>
    </message>
    <message>
        <source>Quality of compression (peak bandwidth)</source>
        <translation>壓縮品質(峰值頻寬）</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the quality of compression.&lt;/b&gt;&lt;br /&gt;This determines how much bandwidth Mumble is allowed to use for outgoing audio.</source>
        <translation>&lt;b&gt;設定壓縮品質。&lt;/b&gt;&lt;br /&gt;決定 Mumble 發送語音時使用的頻寬大小。</translation>
    </message>
    <message>
        <source>Audio per packet</source>
        <translation>封包音框數</translation>
    </message>
    <message>
        <source>How many audio frames to send per packet</source>
        <translation>每個封包發送多少音框</translation>
    </message>
    <message>
        <source>&lt;b&gt;This selects how many audio frames should be put in one packet.&lt;/b&gt;&lt;br /&gt;Increasing this will increase the latency of your voice, but will also reduce bandwidth requirements.</source>
        <translation>&lt;b&gt;選擇一個封包裡放多少個音框。&lt;/b&gt;&lt;br /&gt;增加這個數值會增加你的語音延遲，但也會減少頻寬需求。</translation>
    </message>
    <message>
        <source>Audio Processing</source>
        <translation>音效處理</translation>
    </message>
    <message>
        <source>Noise suppression</source>
        <translation>雜訊抑制</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the amount of noise suppression to apply.&lt;/b&gt;&lt;br /&gt;The higher this value, the more aggressively stationary noise will be suppressed.</source>
        <translation>&lt;b&gt;這用於調整要選用的噪音抑制級別。&lt;/b&gt; &lt;br/&gt; 數值越高，對恆定背景噪音的抑制就越強。</translation>
    </message>
    <message>
        <source>Maximum amplification of input sound</source>
        <translation>輸入聲音的最大放大率</translation>
    </message>
    <message>
        <source>&lt;b&gt;Maximum amplification of input.&lt;/b&gt;&lt;br /&gt;Mumble normalizes the input volume before compressing, and this sets how much it&apos;s allowed to amplify.&lt;br /&gt;The actual level is continually updated based on your current speech pattern, but it will never go above the level specified here.&lt;br /&gt;If the &lt;i&gt;Microphone loudness&lt;/i&gt; level of the audio statistics hover around 100%, you probably want to set this to 2.0 or so, but if, like most people, you are unable to reach 100%, set this to something much higher.&lt;br /&gt;Ideally, set it so &lt;i&gt;Microphone Loudness * Amplification Factor &gt;= 100&lt;/i&gt;, even when you&apos;re speaking really soft.&lt;br /&gt;&lt;br /&gt;Note that there is no harm in setting this to maximum, but Mumble will start picking up other conversations if you leave it to auto-tune to that level.</source>
        <translation>&lt;b&gt;輸入的最大放大率。&lt;/b&gt;&lt;br /&gt;Mumble 在壓縮前會規格化輸入音量，該選項設置音量被允許放大多少。&lt;br /&gt;實際等級將根據你的語音模式來持續更新，但是不會高于這里指定的等級。&lt;br /&gt;如果音頻統計的&lt;i&gt;麥克風響度&lt;/i&gt;等級在 100%左右，你很有可能想把該值設為大約 2.0，但是如果像大多數人一樣，你不能達到 100%，設置一個更高的值。&lt;br /&gt;理想狀態下，設置該值使&lt;i&gt;麥克風響度 * 放大率 &gt;= 100&lt;/i&gt;,甚至當你相當輕聲的講話時。&lt;br /&gt;&lt;br /&gt;注意設置該值為其最大值不會有任何副作用，但是如果你將該值設為自動調節到其最大值， Mumble 會開始拾取其他人的談話。</translation>
    </message>
    <message>
        <source>Current speech detection chance</source>
        <translation>目前語音偵測頻率</translation>
    </message>
    <message>
        <source>Enabling this will cancel the echo from your speakers. Mixed has low CPU impact, but only works well if your speakers are equally loud and equidistant from the microphone. Multichannel echo cancellation provides much better echo cancellation, but at a higher CPU cost.</source>
        <translation>啟用此項將會消除揚聲器產生的回聲。Mixed （混合）模式對 CPU 影響低，但僅在所有揚聲器聲量相同且與麥克風距離相等時效果良好。多聲道回音消除可提供更佳的回聲抑制，但會增加較多 CPU 負載。</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets speech detection to use Signal to Noise ratio.&lt;/b&gt;&lt;br /&gt;In this mode, the input is analyzed for something resembling a clear signal, and the clarity of that signal is used to trigger speech detection.</source>
        <translation>&lt;b&gt;設置使用訊噪比來進行語音偵測。&lt;/b&gt;&lt;br /&gt; 在此模式下，將從輸入中尋找並分析出一個近似清晰的信號，而這個信號的清晰度被用於觸發語音偵測。</translation>
    </message>
    <message>
        <source>&lt;b&gt;This shows the current speech detection settings.&lt;/b&gt;&lt;br /&gt;You can change the settings from the Settings dialog or from the Audio Wizard.</source>
        <translation>&lt;b&gt;顯示目前語音偵測設定。&lt;/b&gt;&lt;br /&gt;你能在設定對話框或音頻精靈裡修改目前設定。</translation>
    </message>
    <message>
        <source>Signal values below this count as silence</source>
        <translation>訊號小於此值時視為靜音</translation>
    </message>
    <message>
        <source>Maximum bandwidth used for sending audio</source>
        <translation>發送語音時可用的最大頻寬</translation>
    </message>
    <message>
        <source>Use Amplitude based speech detection</source>
        <translation>使用基於振幅的語音檢測</translation>
    </message>
    <message>
        <source>&lt;b&gt;This selects how long after a perceived stop in speech transmission should continue.&lt;/b&gt;&lt;br /&gt;Set this higher if your voice breaks up when you speak (seen by a rapidly blinking voice icon next to your name).</source>
        <translation>&lt;b&gt; 這用於設定偵測到語言通知後應繼續傳輸的時長。&lt;/b&gt; &lt;br /&gt;如果你講話時聲音斷斷續續（會看到你名稱旁的語音圖標快速閃爍），請將此值調高。</translation>
    </message>
    <message>
        <source>Exclusive mode</source>
        <translation>排除模式</translation>
    </message>
    <message>
        <source>&lt;b&gt;This opens the device in exclusive mode.&lt;/b&gt;&lt;br /&gt;No other application will be able to use the device.</source>
        <translation>&lt;b&gt;選擇的裝置將使用獨占模式。&lt;/b&gt;&lt;br /&gt;獨占時其他應用程式將無法使用此裝置。</translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation>獨占模式</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>重設(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>瀏覽(&amp;B)...</translation>
    </message>
    <message>
        <source>B&amp;rowse...</source>
        <translation>瀏覽(&amp;r)...</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>預覽(&amp;P)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;&lt;br/&gt;Plays the current &lt;i&gt;on&lt;/i&gt; sound followed by the current &lt;i&gt;off&lt;/i&gt; sound.</source>
        <translation type="unfinished">&lt;b&gt;預覽&lt;/b&gt;播放目前&lt;i&gt;開始&lt;/i&gt;音效接著播放目前&lt;i&gt;停止&lt;/i&gt;音效。</translation>
    </message>
    <message>
        <source>Displays an always on top window with a push to talk button in it</source>
        <translation>按鍵發話鈕永遠顯示在最上層</translation>
    </message>
    <message>
        <source>Display push to talk window</source>
        <translation>顯示按鍵發話視窗</translation>
    </message>
    <message>
        <source>Misc</source>
        <translation>雜項</translation>
    </message>
    <message>
        <source>Gets played when starting to transmit</source>
        <translation>開始發送時播放</translation>
    </message>
    <message>
        <source>Gets played when stopping to transmit</source>
        <translation>停止發送時播放</translation>
    </message>
    <message>
        <source>Hold Time</source>
        <translation>保持時間</translation>
    </message>
    <message>
        <source>Time the microphone stays open after the PTT key is released</source>
        <translation>隨按即說鍵放開後保持麥克風持續開啟的時間</translation>
    </message>
    <message>
        <source>Server maximum network bandwidth is only %1 kbit/s. Audio quality auto-adjusted to %2 kbit/s (%3 ms)</source>
        <translation>伺服器最大可用頻寬為 %1 kbit/s，語音品質自動調整為 %2 kbit/s (%3 毫秒)  </translation>
    </message>
    <message>
        <source>Max. Amplification</source>
        <translation>放大上限</translation>
    </message>
    <message>
        <source>Idle action</source>
        <translation>閒置動作</translation>
    </message>
    <message>
        <source>minutes do</source>
        <translation>分鐘後</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>無動作</translation>
    </message>
    <message>
        <source>deafen</source>
        <translation>靜音</translation>
    </message>
    <message>
        <source>mute</source>
        <translation>關閉麥克風</translation>
    </message>
    <message>
        <source>after</source>
        <translation>經過</translation>
    </message>
    <message>
        <source>Echo Cancellation</source>
        <translation>取消回音</translation>
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
        <translation type="unfinished">按鍵發話</translation>
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
        <translation type="unfinished">語音活動</translation>
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
        <translation>連續</translation>
    </message>
    <message>
        <source>Voice Activity</source>
        <translation>語音活動</translation>
    </message>
    <message>
        <source>Push To Talk</source>
        <translation>按鍵發話</translation>
    </message>
    <message>
        <source>Audio Input</source>
        <translation>音效輸入</translation>
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
        <translation>關閉</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 kb/s</source>
        <translation>%1 kb/s</translation>
    </message>
    <message>
        <source>-%1 dB</source>
        <translation>-%1 分貝</translation>
    </message>
    <message>
        <source>%1 kbit/s (Audio %2, Position %4, Overhead %3)</source>
        <translation>%1 kbit/s (音效 %2, 位置 %4, 傳輸耗消 %3)</translation>
    </message>
    <message>
        <source>Access to the microphone was denied. Please check that your operating system&apos;s microphone settings allow Mumble to use the microphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished">停用</translation>
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
        <translation>界面</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系統</translation>
    </message>
    <message>
        <source>Output method for audio</source>
        <translation>音效輸出方式</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>Output device for audio</source>
        <translation>音效輸出使用的裝置</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the output device to use for audio.&lt;/b&gt;</source>
        <translation>&lt;b&gt;音效輸出使用的裝置。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Positional Audio</source>
        <translation>聲音定位</translation>
    </message>
    <message>
        <source>Audio Output</source>
        <translation>音效輸出</translation>
    </message>
    <message>
        <source>Default &amp;Jitter Buffer</source>
        <translation>預設語音緩衝(&amp;J)</translation>
    </message>
    <message>
        <source>Safety margin for jitter buffer</source>
        <translation>語音緩衝的安全邊界</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the minimum safety margin for the jitter buffer.&lt;/b&gt;&lt;br /&gt;All incoming audio is buffered, and the jitter buffer continually tries to push the buffer to the minimum sustainable by your network, so latency can be as low as possible. This sets the minimum buffer size to use. If the start of sentences you hear is very jittery, increase this value.</source>
        <translation>&lt;b&gt;設定語音的最小值。&lt;/b&gt;&lt;br /&gt;緩衝機制在於強化語音品質，克服延遲抖動(Jitter)與封包丟失(Packet Drop)等網路損壞情況。設定緩衝區的最小值。如果你聽到的語音起始部分是顫音，請增加這個值。</translation>
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
        <translation>&lt;b&gt;啟用一個迴路測試模式.&lt;/b&gt;&lt;br /&gt;&lt;i&gt;不使用&lt;/i&gt; - 停用迴路&lt;br /&gt;&lt;i&gt;本地伺服器&lt;/i&gt; - 模擬一台本地伺服器.&lt;br /&gt;&lt;i&gt;伺服器&lt;/i&gt; - 連接到伺服器執行測試&lt;br /&gt;請注意，執行迴路測試時其他使用者將不會聽到你的聲音，離開時此設定值將不會被儲存。</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>語音音量</translation>
    </message>
    <message>
        <source>Volume of incoming speech</source>
        <translation>收到語音的音量</translation>
    </message>
    <message>
        <source>&lt;b&gt;This adjusts the volume of incoming speech.&lt;/b&gt;&lt;br /&gt;Note that if you increase this beyond 100%, audio will be distorted.</source>
        <translation>&lt;b&gt;調整收到語音的音量。&lt;/b&gt;&lt;br /&gt;注意如果此數值超過 100%，聲音會失真。</translation>
    </message>
    <message>
        <source>Output Delay</source>
        <translation>輸出延遲</translation>
    </message>
    <message>
        <source>Amount of data to buffer</source>
        <translation>語音緩衝大小</translation>
    </message>
    <message>
        <source>The connected &quot;speakers&quot; are actually headphones</source>
        <oldsource>The connected &quot;speakers&quot; are actually headphones.</oldsource>
        <translation>使用耳機</translation>
    </message>
    <message>
        <source>Bloom</source>
        <translation>音量增強</translation>
    </message>
    <message>
        <source>Factor for sound volume increase</source>
        <translation>音量增強因子</translation>
    </message>
    <message>
        <source>How much should sound volume increase for sources that are really close?</source>
        <translation>當音源距離過近時音量增強上限?</translation>
    </message>
    <message>
        <source>Checking this indicates that you don&apos;t have speakers connected, just headphones. This is important, as speakers are usually in front of you, while headphones are directly to your left/right.</source>
        <translation>選擇此項表示你使用的揚聲器是耳機而非喇叭。這很重要，因為喇叭通常放置在你面前，而耳機直接在你左右。</translation>
    </message>
    <message>
        <source>This sets the amount of data to pre-buffer in the output buffer. Experiment with different values and set it to the lowest which doesn&apos;t cause rapid jitter in the sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>耳機</translation>
    </message>
    <message>
        <source>Minimum Distance</source>
        <translation>最小距離</translation>
    </message>
    <message>
        <source>Maximum Distance</source>
        <translation>最大距離</translation>
    </message>
    <message>
        <source>Minimum Volume</source>
        <translation>最小音量</translation>
    </message>
    <message>
        <source>What should the volume be at the maximum distance?</source>
        <translation>位於最大距離時的音量大小?</translation>
    </message>
    <message>
        <source>Loopback Test</source>
        <translation>迴路測試</translation>
    </message>
    <message>
        <source>Delay Variance</source>
        <translation>封包延遲</translation>
    </message>
    <message>
        <source>Variance in packet latency</source>
        <translation>封包延遲變化量</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the packet latency variance for loopback testing.&lt;/b&gt;&lt;br /&gt;Most audio paths contain some variable latency. This allows you to set that variance for loopback mode testing. For example, if you set this to 15ms, this will emulate a network with 20-35ms ping latency or one with 80-95ms latency. Most domestic net connections have a variance of about 5ms.</source>
        <oldsource>&lt;b&gt;This sets the packet latency variance for loopback testing.&lt;/b&gt;&lt;br /&gt;Most audio paths contain some variable latency. This allows you set that variance for loopback mode testing. For example, if you set this to 15ms, this will emulate a network with 20-35ms ping latency or one with 80-95ms latency. Most domestic net connections have a variance of about 5ms.</oldsource>
        <translation>&lt;b&gt;設置回路測試時的延遲時間變化量。&lt;/b&gt;&lt;br /&gt;大多數音效路徑含有一定的延遲。該選項允許你設置回路測試模式時的參數。例如，如果你設置該值為 15毫秒，將模擬一個 20-35毫秒延遲或一個 80-95毫秒延遲的網路。大多數國內網路的延遲方差啊大概是5毫秒.</translation>
    </message>
    <message>
        <source>Packet Loss</source>
        <translation>封包遺失</translation>
    </message>
    <message>
        <source>Packet loss for loopback mode</source>
        <translation>回路模式的封包遺失</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets the packet loss for loopback mode.&lt;/b&gt;&lt;br /&gt;This will be the ratio of packets lost. Unless your outgoing bandwidth is peaked or there&apos;s something wrong with your network connection, this will be 0%</source>
        <translation>&lt;b&gt;設定回路模式的封包遺失。&lt;/b&gt;&lt;br /&gt;該值為遺失率。除非你的出外的頻寬達到滿載或者你的網路連接有問題，該值會是 0%</translation>
    </message>
    <message>
        <source>&amp;Loopback</source>
        <translation>迴路(&amp;L)</translation>
    </message>
    <message>
        <source>Desired loopback mode</source>
        <translation>回路模式</translation>
    </message>
    <message>
        <source>Attenuate applications by...</source>
        <translation>干擾抑制...</translation>
    </message>
    <message>
        <source>Attenuation of other applications during speech</source>
        <translation>講話時降低其他應用程式的音量</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate volume of other applications during speech&lt;/b&gt;&lt;br /&gt;Mumble supports decreasing the volume of other applications during incoming and/or outgoing speech. This sets the attenuation of other applications if the feature is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If checked Mumble lowers the volume of other applications while other users talk</source>
        <translation>選用時，當其他使用者講話時 Mumble 將降低其他應用程式音量</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate applications while other users talk&lt;/b&gt;&lt;br /&gt;Mumble supports decreasing the volume of other applications during incoming and/or outgoing speech. This makes mumble activate the feature while other users talk to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while other users talk</source>
        <translation>其他使用者發話時啟用</translation>
    </message>
    <message>
        <source>If checked Mumble lowers the volume of other applications while you talk</source>
        <translation>選用時，當你講話時 Mumble 將降低其他應用程式音量</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attenuate applications while you talk&lt;/b&gt;&lt;br /&gt;Mumble supports decreasing the volume of other applications during incoming and/or outgoing speech. This makes mumble activate the feature while you talk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while you talk</source>
        <translation>自己講話時啟用</translation>
    </message>
    <message>
        <source>Exclusive mode, not recommended.</source>
        <translation>獨占模式，不推薦使用。</translation>
    </message>
    <message>
        <source>&lt;b&gt;This opens the device in exclusive mode.&lt;/b&gt;&lt;br /&gt;No other application will be able to use the device.</source>
        <translation>&lt;b&gt;選擇的裝置將使用獨占模式。&lt;/b&gt;&lt;br /&gt;獨占時其他應用程式將無法使用此裝置。</translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation>獨占模式</translation>
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
        <translation>無</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <source>Audio Output</source>
        <translation>音效輸出</translation>
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
        <translation>選擇音效檔</translation>
    </message>
    <message>
        <source>Invalid sound file</source>
        <translation>無效音效檔</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; cannot be used by Mumble. Please select a file with a compatible format and encoding.</source>
        <translation>Mumble無法使用 %1 。請選擇可相容的檔案格式與編碼方式。 </translation>
    </message>
</context>
<context>
    <name>AudioStats</name>
    <message>
        <source>&gt;1000 ms</source>
        <oldsource>&gt;1000ms</oldsource>
        <translation>&gt;1000毫秒</translation>
    </message>
    <message>
        <source>Audio Statistics</source>
        <translation>音效統計</translation>
    </message>
    <message>
        <source>Input Levels</source>
        <translation>輸入位準</translation>
    </message>
    <message>
        <source>Peak microphone level</source>
        <translation>麥克風位準</translation>
    </message>
    <message>
        <source>Peak power in last frame</source>
        <translation>最後遜框的尖峰傳輸率</translation>
    </message>
    <message>
        <source>This shows the peak power in the last frame (20 ms), and is the same measurement as you would usually find displayed as &quot;input power&quot;. Please disregard this and look at &lt;b&gt;Microphone power&lt;/b&gt; instead, which is much more steady and disregards outliers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak speaker level</source>
        <translation>揚聲器位準</translation>
    </message>
    <message>
        <source>This shows the peak power of the speakers in the last frame (20 ms). Unless you are using a multi-channel sampling method (such as ASIO) with speaker channels configured, this will be 0. If you have such a setup configured, and this still shows 0 while you&apos;re playing audio from other programs, your setup is not working.</source>
        <oldsource>This shows the peak power in the last frame (20 ms) of the speakers. Unless you are using a multi-channel sampling method (such as ASIO) with speaker channels configured, this will be 0. If you have such a setup configured, and this still shows 0 while you&apos;re playing audio from other programs, your setup is not working.</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak clean level</source>
        <translation>淨輸入位準</translation>
    </message>
    <message>
        <source>This shows the peak power in the last frame (20 ms) after all processing. Ideally, this should be -96 dB when you&apos;re not talking. In reality, a sound studio should see -60 dB, and you should hopefully see somewhere around -20 dB. When you are talking, this should rise to somewhere between -5 and -10 dB.&lt;br /&gt;If you are using echo cancellation, and this rises to more than -15 dB when you&apos;re not talking, your setup is not working, and you&apos;ll annoy other users with echoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal Analysis</source>
        <translation>訊號分析</translation>
    </message>
    <message>
        <source>Microphone power</source>
        <translation>麥克風功率</translation>
    </message>
    <message>
        <source>How close the current input level is to ideal</source>
        <translation>當前輸入級別離完美有多近</translation>
    </message>
    <message>
        <source>This shows how close your current input volume is to the ideal. To adjust your microphone level, open whatever program you use to adjust the recording volume, and look at the value here while talking.&lt;br /&gt;&lt;b&gt;Talk loud, as you would when you&apos;re upset over getting fragged by a noob.&lt;/b&gt;&lt;br /&gt;Adjust the volume until this value is close to 100%, but make sure it doesn&apos;t go above. If it does go above, you are likely to get clipping in parts of your speech, which will degrade sound quality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal-To-Noise ratio</source>
        <translation>訊噪比</translation>
    </message>
    <message>
        <source>Signal-To-Noise ratio from the microphone</source>
        <translation>麥克風的信噪音比</translation>
    </message>
    <message>
        <source>This is the Signal-To-Noise Ratio (SNR) of the microphone in the last frame (20 ms). It shows how much clearer the voice is compared to the noise.&lt;br /&gt;If this value is below 1.0, there&apos;s more noise than voice in the signal, and so quality is reduced.&lt;br /&gt;There is no upper limit to this value, but don&apos;t expect to see much above 40-50 without a sound studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech Probability</source>
        <translation>語音的概率</translation>
    </message>
    <message>
        <source>Probability of speech</source>
        <translation>語音的概率</translation>
    </message>
    <message>
        <source>This is the probability that the last frame (20 ms) was speech and not environment noise.&lt;br /&gt;Voice activity transmission depends on this being right. The trick with this is that the middle of a sentence is always detected as speech; the problem is the pauses between words and the start of speech. It&apos;s hard to distinguish a sigh from a word starting with &apos;h&apos;.&lt;br /&gt;If this is in bold font, it means Mumble is currently transmitting (if you&apos;re connected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration feedback</source>
        <translation>設定回饋</translation>
    </message>
    <message>
        <source>Current audio bitrate</source>
        <translation>目前音效位元率</translation>
    </message>
    <message>
        <source>Bitrate of last frame</source>
        <translation>最後音效訊框的位元率</translation>
    </message>
    <message>
        <source>DoublePush interval</source>
        <translation>兩次按鍵時間間隔</translation>
    </message>
    <message>
        <source>Time between last two Push-To-Talk presses</source>
        <translation>鎖定按鍵發話功能的時間間隔</translation>
    </message>
    <message>
        <source>Speech Detection</source>
        <translation>語音偵測</translation>
    </message>
    <message>
        <source>Current speech detection chance</source>
        <translation>目前語音偵測機率</translation>
    </message>
    <message>
        <source>&lt;b&gt;This shows the current speech detection settings.&lt;/b&gt;&lt;br /&gt;You can change the settings from the Settings dialog or from the Audio Wizard.</source>
        <translation>&lt;b&gt;顯示目前語音偵測設定。&lt;/b&gt;&lt;br /&gt;你能在設定對話框或音效精靈裡修改目前設定。</translation>
    </message>
    <message>
        <source>Signal and noise power spectrum</source>
        <translation>訊號和噪音功率頻譜</translation>
    </message>
    <message>
        <source>Power spectrum of input signal and noise estimate</source>
        <translation>輸入訊號和噪音估計的功率頻譜</translation>
    </message>
    <message>
        <source>This shows the power spectrum of the current input signal (red line) and the current noise estimate (filled blue).&lt;br /&gt;All amplitudes are multiplied by 30 to show the interesting parts (how much more signal than noise is present in each waveband).&lt;br /&gt;This is probably only of interest if you&apos;re trying to fine-tune noise conditions on your microphone. Under good conditions, there should be just a tiny flutter of blue at the bottom. If the blue is more than halfway up on the graph, you have a seriously noisy environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo Analysis</source>
        <translation>回音分析</translation>
    </message>
    <message>
        <source>Weights of the echo canceller</source>
        <translation>回聲抵消器的影響</translation>
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
        <translation>音效設定精靈</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>介紹</translation>
    </message>
    <message>
        <source>Welcome to the Mumble Audio Wizard</source>
        <translation>歡迎使用 Mumble 音效精靈</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Enjoy using Mumble</source>
        <translation>Mumble 祝您使用愉快</translation>
    </message>
    <message>
        <source>Device selection</source>
        <translation>選擇裝置</translation>
    </message>
    <message>
        <source>Selecting the input and output device to use with Mumble.</source>
        <translation>選擇 Mumble 用來輸入和輸出的裝置。</translation>
    </message>
    <message>
        <source>This is the device your microphone is connected to.</source>
        <translation>與麥克風連接的裝置。</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系統</translation>
    </message>
    <message>
        <source>Input method for audio</source>
        <translation>音效輸入方法</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>Input device to use</source>
        <translation>使用的輸入裝置</translation>
    </message>
    <message>
        <source>&lt;b&gt;Selects which sound card to use for audio input.&lt;/b&gt;</source>
        <translation>&lt;b&gt;選擇用於音效輸入的音效卡。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cancel echo from headset or speakers</source>
        <translation>抑制來自耳機或喇叭的回音</translation>
    </message>
    <message>
        <source>Use echo cancellation</source>
        <translation>使用迴音消除</translation>
    </message>
    <message>
        <source>This enables echo cancellation of outgoing audio, which helps both on speakers and on headsets.</source>
        <translation>啟用送出音效的迴音消除，這在喇叭和耳機上都有幫助。</translation>
    </message>
    <message>
        <source>This is the device your speakers or headphones are connected to.</source>
        <translation>與喇叭或耳機連接的裝置。</translation>
    </message>
    <message>
        <source>Output method for audio</source>
        <translation>音效輸出方式</translation>
    </message>
    <message>
        <source>Output device to use</source>
        <translation>使用的輸出裝置</translation>
    </message>
    <message>
        <source>&lt;b&gt;Selects which sound card to use for audio Output.&lt;/b&gt;</source>
        <translation>&lt;b&gt;選擇輸出音效的音效卡。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Enable positional audio</source>
        <translation>啟用音效定位</translation>
    </message>
    <message>
        <source>Allows positioning of sound</source>
        <oldsource>Allows positioning of sound.</oldsource>
        <translation>允許音效定位</translation>
    </message>
    <message>
        <source>Input Device</source>
        <translation>輸入裝置</translation>
    </message>
    <message>
        <source>Output Device</source>
        <translation>輸出裝置</translation>
    </message>
    <message>
        <source>This allows Mumble to use positional audio to place voices.</source>
        <translation>這允許 Mumble 使用聲音定位來放置語音。</translation>
    </message>
    <message>
        <source>&lt;p&gt;
To keep latency to an absolute minimum, it&apos;s important to buffer as little audio as possible on the soundcard. However, many soundcards report that they require a much smaller buffer than what they can actually work with, so the only way to set this value is to try and fail.
&lt;/p&gt;
&lt;p&gt;
You should hear a voice sample. Change the slider below to the lowest value which gives &lt;b&gt;no&lt;/b&gt; interruptions or jitter in the sound. Please note that local echo is disabled during this test.
&lt;/p&gt;
</source>
        <translation type="unfinished">&lt;p&gt;
為了讓語音的延遲降到最低，我們希望音效卡中的緩衝越低越好。然而很多音效卡在極低的緩衝下看起來依舊在工作， 因此我們只能試出一個音效卡能接受的最小值。
&lt;/p&gt;
&lt;p&gt;
你會聽到一段音效樣本。拉動下方的滑桿，在音效不會中斷破碎或卡住的情況下，盡可能調低。
&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Amount of data to buffer</source>
        <translation>緩衝資料大小</translation>
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
        <translation type="unfinished">&lt;p&gt;
打開你的錄音裝置控制面板，確定麥克風輸入已經啟用並將麥克風音量調到最大。如果有『麥克風增量』選項，請確認該選項已開啟。
&lt;/p&gt;
&lt;p&gt;
大聲說話，就像你破口大罵時的樣子。接者降低錄音裝置控制面板中的麥克風音量，使你正常說話時下方的音量條處於藍色與綠色部份盡可能接近紅色區塊的位置，但是又不會到達紅色區塊。
&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Positional Audio</source>
        <translation>定位音頻</translation>
    </message>
    <message>
        <source>Adjusting attenuation of positional audio.</source>
        <translation>調節定位音頻的衰減量.</translation>
    </message>
    <message>
        <source>Use headphones instead of speakers</source>
        <translation>使用耳機而不是喇叭</translation>
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
恭喜你，好好享受 Mumble 帶來的絕妙體驗吧！
&lt;/p&gt;
&lt;p&gt;
Mumble 尚在持續開發中，開發人員希望知道使用者的需求。Mumble 可以向開發人員發送匿名資料，這對日後的專案發展非常重要。
&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Use headphones</source>
        <translation>使用耳機</translation>
    </message>
    <message>
        <source>This ignores the OS speaker configuration and configures the positioning for headphones instead.</source>
        <translation>這將忽略操作系統的揚聲器配置并為耳機配置音頻定位.</translation>
    </message>
    <message>
        <source>Volume tuning</source>
        <translation>音量調節</translation>
    </message>
    <message>
        <source>Tuning microphone hardware volume to optimal settings.</source>
        <translation>調節麥克風硬件音量到最佳設置。</translation>
    </message>
    <message>
        <source>Now talk softly, as you would when talking late at night and you don&apos;t want to disturb anyone. Adjust the slider below so that the bar moves into green when you talk, but stays blue while you&apos;re silent.</source>
        <translation>現在輕聲講話，就像你在深夜時不想打擾任何人一樣。調節下面的滑塊直到下面的進度條在你講話時進入綠區，在你停止說話的時停留在藍區。</translation>
    </message>
    <message>
        <source>Voice Activity Detection</source>
        <translation>語言活動檢測</translation>
    </message>
    <message>
        <source>Letting Mumble figure out when you&apos;re talking and when you&apos;re silent.</source>
        <translation>讓 Mumble 分辨出你是在說話還是保持安靜.</translation>
    </message>
    <message>
        <source>This will help Mumble figure out when you are talking. The first step is selecting which data value to use.</source>
        <translation>這將幫助 Mumble 知道你是在講話。第一步是選擇用哪個數據值。</translation>
    </message>
    <message>
        <source>Raw amplitude from input</source>
        <translation>輸入的原始振幅</translation>
    </message>
    <message>
        <source>Signal-To-Noise ratio</source>
        <translation>信噪比</translation>
    </message>
    <message>
        <source>Next you need to adjust the following slider. The first few utterances you say should end up in the green area (definitive speech). While talking, you should stay inside the yellow (might be speech) and when you&apos;re not talking, everything should be in the red (definitively not speech).</source>
        <oldsource>Next you need to adjust the following two sliders. The first few utterances you say should end up in the green area (definitive speech). While talking, you should stay inside the yellow (might be speech) and when you&apos;re not talking, everything should be in the red (definitively not speech).</oldsource>
        <translation>下一步你需要調節下面兩個滑塊。你最初講几句話時進度條應該停留在綠區（確定是講話）。當你講話時，進度條應該停留在黃區（可能是講話）﹔當你沒講話時，進度條應該停留在紅區(明確沒在講話）.</translation>
    </message>
    <message>
        <source>Device tuning</source>
        <translation>裝置調整</translation>
    </message>
    <message>
        <source>Changing hardware output delays to their minimum value.</source>
        <translation>修改硬體輸出延遲到最小值。</translation>
    </message>
    <message>
        <source>Submit anonymous statistics to the Mumble project</source>
        <translation>發送匿名統計給 Mumble 專案</translation>
    </message>
    <message>
        <source>Push To Talk:</source>
        <translation>按鍵發話:</translation>
    </message>
    <message>
        <source>Quality &amp; Notifications</source>
        <translation>品質與通知</translation>
    </message>
    <message>
        <source>Adjust quality and notification settings.</source>
        <translation>品質調整與通知設定。</translation>
    </message>
    <message>
        <source>Quality settings</source>
        <translation>品質設定</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>平衡</translation>
    </message>
    <message>
        <source>Notification settings</source>
        <translation>通知設定</translation>
    </message>
    <message>
        <source>Use Text-To-Speech to read notifications and messages to you.</source>
        <translation>使用文字轉語音功能讀取給您的通知與訊息。</translation>
    </message>
    <message>
        <source>Disable Text-To-Speech and use sounds instead.</source>
        <translation>停用文字轉語音並使用音效代替。</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Enables attenuation of other applications while users talk to you</source>
        <translation>當使用者對你講話時降低其他程式的音量</translation>
    </message>
    <message>
        <source>Attenuate applications while other users talk</source>
        <translation>當 Mumble 偵測到通訊活動時降低其他應用程式音量</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自訂</translation>
    </message>
    <message>
        <source>You already set a customized quality configuration in Mumble. Select this setting to keep it.</source>
        <translation>如果您已自行設定 Mumble 的音質，請選擇此項不予更動設定。</translation>
    </message>
    <message>
        <source>Enables attenuation of other applications while users talk to you. This means that as soon someone starts to speak to you in Mumble, the sound of all other applications (like audio players) will get attenuated so you can hear them more clearly.</source>
        <translation>當其他使用者對您發話時降低其他程式音量。這是只當有人在 Mumble 中向您發話時，其他執行中的程式(像是音樂播放器之類)將會被降低音量，使您能聽到更清楚的訊息。</translation>
    </message>
    <message>
        <source>Apply some high contrast optimizations for visually impaired users</source>
        <translation>允許視障使用者使用高對比色彩配置</translation>
    </message>
    <message>
        <source>Use high contrast graphics</source>
        <translation>使用高對比圖形</translation>
    </message>
    <message>
        <source>Keep custom Text-To-Speech settings.</source>
        <translation>維持文字轉語音的自訂方案。</translation>
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
        <translation type="unfinished">&lt;p&gt; 打開你的錄音裝置控制面板，確定麥克風輸入已經啟用並將麥克風音量調到最大。如果有『麥克風增量』選項，請確認該選項已開啟。 &lt;/p&gt; &lt;p&gt; 大聲說話，就像你破口大罵時的樣子。接者降低你錄音裝置控制面板中的麥克風音量，使你正常說話時下方的音量條處於藍色與綠色部份盡可能接近紅色區塊的位置，但又不會到達紅色區塊。 &lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Now talk softly, as you would when talking late at night and you don&apos;t want to disturb anyone. Adjust the slider below so that the bar moves into empty zone when you talk, but stays in the striped one while you&apos;re silent.</source>
        <comment>For high contrast mode</comment>
        <translation>現在輕聲講話，就像你在深夜時不想打擾任何人一樣。調節下面的滑塊直到下面的進度條在你講話時進入綠區，而在你關閉麥克風時停留在藍區。</translation>
    </message>
    <message>
        <source>Next you need to adjust the following slider. The first few utterances you say should end up in the empty area (definitive speech). While talking, you should stay inside the striped (might be speech) and when you&apos;re not talking, everything should be in the crisscrossed (definitively not speech).</source>
        <comment>For high contrast mode</comment>
        <translation>下一步你需要調節下面兩個滑塊。你最初講幾句話時進度條應該停留在綠區（確定是講話）。當你講話時，進度條應該停留在黃區（可能是講話）﹔當你沒講話時，進度條應該停留在紅區(明確沒在講話）.</translation>
    </message>
    <message>
        <source>In this configuration Mumble will use a &lt;b&gt;low amount of bandwidth&lt;/b&gt;. This will inevitably result in high latency and poor quality. Choose this only if your connection cannot handle the other settings. (16kbit/s, 60ms per packet)</source>
        <translation type="unfinished">選此設定 Mumble 會盡可能降低頻寬的使用量，這將提高音效延遲與降低語音品質，只在你的網路環境差到極點時才選擇此項。(16kbit/s，封包間隔60毫秒)</translation>
    </message>
    <message>
        <source>This is the &lt;b&gt;recommended default&lt;/b&gt; configuration. It provides a good balance between quality, latency, and bandwidth usage. (40kbit/s, 20ms per packet)</source>
        <translation>這是&lt;b&gt;推薦的預設選項&lt;/b&gt;，它在音質、延遲與頻寬的使用上取得了一個很好的平衡。(40kbit/s，封包間隔20毫秒)</translation>
    </message>
    <message>
        <source>This configuration is only recommended for use in setups where bandwidth is not an issue, like a LAN. It provides the lowest latency supported by Mumble and &lt;b&gt;high quality&lt;/b&gt;. (72kbit/s, 10ms per packet)</source>
        <translation type="unfinished">此選項只建議使用在頻寬充裕的環境，Mumble將提供最低延遲與最好的品質。(72kbit/s, 封包間隔10毫秒)</translation>
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
        <translation type="unfinished">輸入聲音的最大放大率</translation>
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
        <translation type="unfinished">按鍵發話</translation>
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
        <translation type="unfinished">輸入原因</translation>
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
        <translation type="unfinished">封鎖</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <source>Banning user %1</source>
        <translation type="unfinished">正在禁封 %1</translation>
    </message>
</context>
<context>
    <name>BanEditor</name>
    <message>
        <source>Mumble - Edit Bans</source>
        <translation>Mumble - 編輯黑名單</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>IP位置(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Mask</source>
        <translation>子網路遮罩(&amp;M)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>雜湊值</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>更新(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>刪除(&amp;R)</translation>
    </message>
    <message>
        <source>Ban List</source>
        <translation>封鎖名單</translation>
    </message>
    <message>
        <source>Search field</source>
        <translation>搜尋欄</translation>
    </message>
    <message>
        <source>This is the search field. Use it to find bans that have this username set in the username field.</source>
        <translation>這個是搜尋條件。用來搜尋並封鎖擁有相似文字片段的使用者名稱。</translation>
    </message>
    <message>
        <source>Who are you looking for?</source>
        <translation>你在找誰？</translation>
    </message>
    <message>
        <source>No nickname</source>
        <translation>沒有暱稱</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 位置</translation>
    </message>
    <message>
        <source>No IP address</source>
        <translation>沒有 IP 位置</translation>
    </message>
    <message>
        <source>Reason for the ban</source>
        <translation>封鎖理由</translation>
    </message>
    <message>
        <source>No reason</source>
        <translation>沒有理由</translation>
    </message>
    <message>
        <source>Ban end date</source>
        <translation>封鎖結束時間</translation>
    </message>
    <message>
        <source>Ban end date. If you set the same date for start and end, the ban will be permanent (it will not expire).</source>
        <translation>封鎖結束時間。如果開始與結束時間相同，表示永久封鎖 (將不會過期)。</translation>
    </message>
    <message>
        <source>Certificate hash</source>
        <translation>憑證雜湊值</translation>
    </message>
    <message>
        <source>No certificate hash</source>
        <translation>沒有憑證雜湊值</translation>
    </message>
    <message>
        <source>Banned users</source>
        <translation>被封鎖的使用者</translation>
    </message>
    <message>
        <source>This is a list with banned users.</source>
        <translation>這是封鎖使用者名單。</translation>
    </message>
    <message>
        <source>Use this button if you want to add a new ban.</source>
        <translation>點擊此新增封鎖對象。</translation>
    </message>
    <message>
        <source>Use this button if you want to update ban information.</source>
        <translation>點此更新封鎖資訊。</translation>
    </message>
    <message>
        <source>Use this button if you want to remove user from the ban list.</source>
        <translation>點此將使用者自封鎖名單中刪除。</translation>
    </message>
    <message>
        <source>Clear all fields</source>
        <translation>清除所有條件</translation>
    </message>
    <message>
        <source>This button clears all fields. Use it if you want to add a new ban.</source>
        <translation>本按鈕將清除所有條件。如果您需要增加封鎖對象請點擊此鈕。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message numerus="yes">
        <source>Ban List - %n Ban(s)</source>
        <translation>
            <numerusform>封鎖清單 - %n 封鎖</numerusform>
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
        <translation>姓名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>發行人</translation>
    </message>
    <message>
        <source>Expiry Date</source>
        <translation>有效期限</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>自簽名</translation>
    </message>
</context>
<context>
    <name>CertWizard</name>
    <message>
        <source>Unable to validate email.&lt;br /&gt;Enter a valid (or blank) email to continue.</source>
        <translation>無法驗證電子郵件。&lt;br /&gt;輸入正確的電子信箱地址或留白繼續下一步。</translation>
    </message>
    <message>
        <source>There was an error generating your certificate.&lt;br /&gt;Please try again.</source>
        <translation>產生憑證時發生錯誤。&lt;br /&gt;請重試。</translation>
    </message>
    <message>
        <source>Your certificate and key could not be exported to PKCS#12 format. There might be an error in your certificate.</source>
        <translation>你的憑證與金鑰無法依 PKCS#12 格式輸出。也許你的憑證有誤。</translation>
    </message>
    <message>
        <source>The file could not be opened for writing. Please use another file.</source>
        <translation>無法寫入，請選擇其他檔案。</translation>
    </message>
    <message>
        <source>The file&apos;s permissions could not be set. No certificate and key has been written. Please use another file.</source>
        <translation>無法設定檔案權限。無法寫入憑證或密鑰。請更換檔案。</translation>
    </message>
    <message>
        <source>The file could not be written successfully. Please use another file.</source>
        <translation>寫入失敗，請選擇其他檔案。</translation>
    </message>
    <message>
        <source>The file could not be opened for reading. Please use another file.</source>
        <translation>檔案無法開啟或讀取，請選擇其他檔案。</translation>
    </message>
    <message>
        <source>The file is empty or could not be read. Please use another file.</source>
        <translation>此為空檔案或無法讀取，請選擇其他檔案。</translation>
    </message>
    <message>
        <source>The file did not contain a valid certificate and key. Please use another file.</source>
        <translation>檔案不含有效憑證與金鑰，請選擇其他檔案。</translation>
    </message>
    <message>
        <source>Select file to export certificate to</source>
        <translation>選擇導出憑證到</translation>
    </message>
    <message>
        <source>Select file to import certificate from</source>
        <translation>選擇匯入憑證自</translation>
    </message>
    <message>
        <source>Unable to import. Missing password or incompatible file type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Certificate Expiry:&lt;/b&gt; Your certificate is about to expire. You need to renew it, or you will no longer be able to connect to servers you are registered on.</source>
        <translation>&lt;b&gt;憑證到期:&lt;/b&gt; 您的憑證即將到期。你需要更新它，否則將不能夠連接到您已註冊的伺服器上。</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>Certificate Management</source>
        <translation>憑證管理</translation>
    </message>
    <message>
        <source>Certificate Authentication</source>
        <translation>憑證認證</translation>
    </message>
    <message>
        <source>Authenticating to servers without using passwords</source>
        <translation>連接伺服器不使用密碼驗證</translation>
    </message>
    <message>
        <source>Current certificate</source>
        <translation>目前的憑證</translation>
    </message>
    <message>
        <source>This is the certificate Mumble currently uses.</source>
        <translation>Mumble 目前使用的憑證。</translation>
    </message>
    <message>
        <source>Current Certificate</source>
        <translation>目前的憑證</translation>
    </message>
    <message>
        <source>Create a new certificate</source>
        <translation>建立新憑證</translation>
    </message>
    <message>
        <source>This will create a new certificate.</source>
        <translation>此選項將建立新憑證。</translation>
    </message>
    <message>
        <source>Import certificate from file</source>
        <translation>從檔案匯入憑證</translation>
    </message>
    <message>
        <source>This will import a certificate from file.</source>
        <translation>此選項將匯入憑證。</translation>
    </message>
    <message>
        <source>Import a certificate</source>
        <translation>匯入憑證</translation>
    </message>
    <message>
        <source>Export Certificate</source>
        <translation>匯出憑證</translation>
    </message>
    <message>
        <source>This will export a certificate to file.</source>
        <translation>此選項將會出憑證至檔案。</translation>
    </message>
    <message>
        <source>Export current certificate</source>
        <translation>匯出目前憑證</translation>
    </message>
    <message>
        <source>Import Certificate</source>
        <translation>匯入憑證</translation>
    </message>
    <message>
        <source>PKCS #12 Certificate import</source>
        <translation>匯入 PKCS #12憑證</translation>
    </message>
    <message>
        <source>&lt;p&gt;Mumble can import certificates stored in PKCS #12 format. This is the format used when exporting a key from Mumble, and also when exporting keys from Firefox, Internet Explorer, Opera etc.&lt;/p&gt;&lt;p&gt;If the file is password protected, you will need the password to import the certificate.&lt;/p&gt;</source>
        <oldsource>&lt;p&gt;Mumble can import certificates stored in PKCS #12 format. This is the format used when exporting a key from Mumble, and also when exporting keys from FireFox, Internet Explorer, Opera etc.&lt;/p&gt;&lt;p&gt;If the file is password protected, you will need the password to import the certificate.&lt;/p&gt;</oldsource>
        <translation>&lt;p&gt;Mumble 可以匯入 PKCS #12 格式的憑證。不只 Mumble 在匯出時使用這種格式，包含 Firefox、Internet Explorer 還有 Opera 等等也是使用這種格式。&lt;/p&gt;&lt;p&gt;如果憑證有設定保護密碼，當您匯入憑證時需要輸入該密碼。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>匯入自</translation>
    </message>
    <message>
        <source>Filename to import from</source>
        <translation>匯入的檔案名稱</translation>
    </message>
    <message>
        <source>This is the filename you wish to import a certificate from.</source>
        <translation>你希望匯入的檔案名稱。</translation>
    </message>
    <message>
        <source>Select file to import from</source>
        <translation>選擇匯入的檔案來源</translation>
    </message>
    <message>
        <source>Open...</source>
        <translation>開啟...</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Password for PKCS#12 file</source>
        <translation>PKCS#12 檔案密碼</translation>
    </message>
    <message>
        <source>This is the password for the PKCS#12 file containing your certificate.</source>
        <translation>這是包含密碼的 PKCS#12 憑證。</translation>
    </message>
    <message>
        <source>Certificate to import</source>
        <translation>匯入的憑證</translation>
    </message>
    <message>
        <source>This is the certificate you are importing.</source>
        <translation>這是正在匯入的憑證。</translation>
    </message>
    <message>
        <source>Certificate Details</source>
        <translation>憑證詳細資訊</translation>
    </message>
    <message>
        <source>Replace Certificate</source>
        <translation>置換憑證</translation>
    </message>
    <message>
        <source>Replace existing certificate with new certificate?</source>
        <translation>使用新憑證置換現存憑證？</translation>
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
        <translation>這是 Mumble正在使用的憑證，即將被置換。 </translation>
    </message>
    <message>
        <source>New certificate</source>
        <translation>新憑證</translation>
    </message>
    <message>
        <source>This is the new certificate that will replace the old one.</source>
        <translation>就憑證將被置換為新憑證。</translation>
    </message>
    <message>
        <source>New Certificate</source>
        <translation>新憑證</translation>
    </message>
    <message>
        <source>Make a backup of your certificate</source>
        <translation>建立憑證備份</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>匯出到</translation>
    </message>
    <message>
        <source>Filename to export to</source>
        <translation>匯出的檔案名稱</translation>
    </message>
    <message>
        <source>This is the filename you wish to export a certificate to.</source>
        <translation>你希望匯出的檔案名稱。</translation>
    </message>
    <message>
        <source>Save As...</source>
        <translation>另存成...</translation>
    </message>
    <message>
        <source>This is the certificate Mumble currently uses. It will be exported.</source>
        <translation>即將匯出 Mumble 目前使用的憑證。</translation>
    </message>
    <message>
        <source>Generate a new certificate for strong authentication</source>
        <translation>建立高強度憑證</translation>
    </message>
    <message>
        <source>&lt;p&gt;Mumble will now generate a strong certificate for authentication to servers.&lt;/p&gt;&lt;p&gt;If you wish, you may provide some additional information to be stored in the certificate, which will be presented to servers when you connect. If you provide a valid email address, you can upgrade to a CA issued email certificate later on, which provides strong identification.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Your email address (e.g. johndoe@mumble.info)</source>
        <translation>你的電子郵件位址 (例： johndoe@mumble.info)</translation>
    </message>
    <message>
        <source>This is your email address. It is strongly recommended to provide a valid email address, as this will allow you to upgrade to a strong certificate without authentication problems.</source>
        <translation>你的電子信箱地址。這裡強烈建議您使用正確的信箱地址，以便讓您升級成高強度憑證免於認證問題。</translation>
    </message>
    <message>
        <source>Your name (e.g. John Doe)</source>
        <translation>你的姓名 (例：John Doe)</translation>
    </message>
    <message>
        <source>This is your name, and will be filled out in the certificate. This field is entirely optional.</source>
        <translation>你的大名，將填寫於憑證中，此項目可留白。</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Certificate-based authentication is ready for use</source>
        <translation>以憑證為基礎的認證方式已經準備好可以使用了</translation>
    </message>
    <message>
        <source>Enjoy using Mumble with strong authentication.</source>
        <translation>在強驗證之下享受 Mumble。</translation>
    </message>
    <message>
        <source>Automatic certificate creation</source>
        <translation>自動建立憑證</translation>
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
        <translation>無</translation>
    </message>
    <message>
        <source>Traverse</source>
        <translation>路過</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>進入</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>發言</translation>
    </message>
    <message>
        <source>Mute/Deafen</source>
        <translation>關閉麥克風/關閉喇叭</translation>
    </message>
    <message>
        <source>Make channel</source>
        <translation>建立頻道</translation>
    </message>
    <message>
        <source>Make temporary</source>
        <translation>建立臨時頻道</translation>
    </message>
    <message>
        <source>Link channel</source>
        <translation>連接頻道</translation>
    </message>
    <message>
        <source>This represents no privileges.</source>
        <translation>這代表無特權。</translation>
    </message>
    <message>
        <source>This represents total access to the channel, including the ability to change group and ACL information. This privilege implies all other privileges.</source>
        <translation>允許完整控制頻道，包含變更群組與存取控制表資訊。本權限包含所有其他權限。</translation>
    </message>
    <message>
        <source>This represents the permission to traverse the channel. If a user is denied this privilege, he will be unable to access this channel and any sub-channels in any way, regardless of other permissions in the sub-channels.</source>
        <translation>允許縱覽頻道。如果一個使用者缺乏此權限，即使他擁有子頻道的權限，也無法進入此頻道以及下屬之子頻道。</translation>
    </message>
    <message>
        <source>This represents the permission to join the channel. If you have a hierarchical channel structure, you might want to give everyone Traverse, but restrict Enter in the root of your hierarchy.</source>
        <translation>允許進入頻道。如果您擁有較高層次的頻道，您可能會讓使用者路過，但限制他們進入你的根頻道。</translation>
    </message>
    <message>
        <source>This represents the permission to speak in a channel. Users without this privilege will be suppressed by the server (seen as muted), and will be unable to speak until they are unmuted by someone with the appropriate privileges.</source>
        <translation>允許在頻道發言。使用者缺乏此權限將被伺服器限制發言(看起來像關閉麥克風的)，直到具有適當權限的人取消關閉麥克風。</translation>
    </message>
    <message>
        <source>This represents the permission to whisper to this channel from the outside. This works exactly like the &lt;i&gt;speak&lt;/i&gt; privilege, but applies to packets spoken with the Whisper key held down. This may be used to broadcast to a hierarchy of channels without linking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This represents the permission to mute and deafen other users. Once muted, a user will stay muted until he is unmuted by another privileged user or reconnects to the server.</source>
        <translation>允許使用者將其他人設為關閉麥克風或關閉喇叭。一旦被設為關閉麥克風，將一直保持關閉麥克風狀態到被其他有權限的使用者取消，或重新連線為止。</translation>
    </message>
    <message>
        <source>This represents the permission to move a user to another channel or kick him from the server. To actually move the user, either the moving user must have Move privileges in the destination channel, or the user must normally be allowed to enter the channel. Users with this privilege can move users into channels the target user normally wouldn&apos;t have permission to enter.</source>
        <translation>允許使用者將其他人驅逐到其他頻道或踢出這台伺服器。要驅逐使用者需要擁有目標頻道的移動權限，被驅逐者要有進入目標頻道的權限。擁有此權限的使用者可以將沒有進入某頻道權限的人拉入該頻道。</translation>
    </message>
    <message>
        <source>This represents the permission to make sub-channels. The user making the sub-channel will be added to the admin group of the sub-channel.</source>
        <translation>允許建立一個子頻道。使用者可以建立一個子頻道並被加入子頻道管理員群組。</translation>
    </message>
    <message>
        <source>This represents the permission to make a temporary subchannel. The user making the sub-channel will be added to the admin group of the sub-channel. Temporary channels are not stored and disappear when the last user leaves.</source>
        <translation>允許使用者建立一個臨時的子頻道。使用者可以建立一個臨時子頻道並被加入子頻道管理員群組。臨時子頻道不會永久存在，當最後一個使用者離開時，臨時子頻道將會消失。</translation>
    </message>
    <message>
        <source>This represents the permission to link channels. Users in linked channels hear each other, as long as the speaking user has the &lt;i&gt;speak&lt;/i&gt; privilege in the channel of the listener. You need the link privilege in both channels to create a link, but just in either channel to remove it.</source>
        <translation>允許連結頻道。當發言的使用者擁有&lt;i&gt;發言&lt;/i&gt;的權限時，被連接的頻道可以聽到彼此的發言，你需要同時擁有兩個頻道的連結權限，但僅擁有一方時可移除連結。</translation>
    </message>
    <message>
        <source>This represents the permission to write text messages to other users in this channel.</source>
        <translation>允許發送文字訊息給頻道內其他使用者。</translation>
    </message>
    <message>
        <source>This represents the permission to forcibly remove users from the server.</source>
        <translation>允許強制使用者離開伺服器。</translation>
    </message>
    <message>
        <source>This represents the permission to permanently remove users from the server.</source>
        <translation>允許永久禁止使用者進入伺服器。</translation>
    </message>
    <message>
        <source>This represents the permission to register and unregister users on the server.</source>
        <translation>允許使用者在伺服器上註冊與移除註冊。</translation>
    </message>
    <message>
        <source>This represents the permission to register oneself on the server.</source>
        <translation>允許使用者在伺服器上註冊。</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>悄悄話</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>文字訊息</translation>
    </message>
    <message>
        <source>Kick</source>
        <translation>剔除</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>封鎖</translation>
    </message>
    <message>
        <source>Register User</source>
        <translation>註冊使用者</translation>
    </message>
    <message>
        <source>Register Self</source>
        <translation>註冊自己</translation>
    </message>
    <message>
        <source>Write ACL</source>
        <translation>建立存取控制表</translation>
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
        <translation>貼上與送出(&amp;S)</translation>
    </message>
    <message>
        <source>&lt;center&gt;Type chat message here&lt;/center&gt;</source>
        <translation>&lt;center&gt;在此輸入訊息&lt;/center&gt;</translation>
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
        <translation>朋友</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>已認證</translation>
    </message>
    <message>
        <source>Priority speaker</source>
        <translation>優先講者</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>錄音</translation>
    </message>
    <message>
        <source>Muted (server)</source>
        <translation>關閉麥克風 (伺服器)</translation>
    </message>
    <message>
        <source>Deafened (server)</source>
        <translation>關閉喇叭 (伺服器)</translation>
    </message>
    <message>
        <source>Local Ignore (Text messages)</source>
        <translation>本地忽略 (文字訊息)</translation>
    </message>
    <message>
        <source>Local Mute</source>
        <translation>本地關閉麥克風</translation>
    </message>
    <message>
        <source>Muted (self)</source>
        <translation>關閉麥克風 (自己)</translation>
    </message>
    <message>
        <source>Deafened (self)</source>
        <translation>關閉喇叭 (自己)</translation>
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
        <translation>確定</translation>
    </message>
    <message>
        <source>This button will accept current settings and return to the application.&lt;br /&gt;The settings will be stored to disk when you leave the application.</source>
        <translation>該按鈕將接受當前設定並返回到應用程式。&lt;br /&gt;當你退出應用程式時這些設定將被儲存。</translation>
    </message>
    <message>
        <source>Reject changes</source>
        <translation>取消變更</translation>
    </message>
    <message>
        <source>This button will reject all changes and return to the application.&lt;br /&gt;The settings will be reset to the previous positions.</source>
        <translation>該按鈕將拒絕所有修改並回到應用程式。&lt;br /&gt;這些設定將被重置到先前的設定。</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>套用</translation>
    </message>
    <message>
        <source>This button will immediately apply all changes.</source>
        <translation>該按鈕將立即套用所有修改。</translation>
    </message>
    <message>
        <source>Undo changes for current page</source>
        <translation>撤銷對目前頁面的變更</translation>
    </message>
    <message>
        <source>This button will revert any changes done on the current page to the most recent applied settings.</source>
        <translation>該按鈕將復原對當前頁的任意修改到最近使用的設置。</translation>
    </message>
    <message>
        <source>Restore defaults for current page</source>
        <translation>恢復預設值</translation>
    </message>
    <message>
        <source>Mumble Configuration</source>
        <translation>Mumble 設定</translation>
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
        <translation>正在連接到 %1</translation>
    </message>
    <message>
        <source>Enter username</source>
        <translation>輸入帳號</translation>
    </message>
    <message>
        <source>Servername</source>
        <translation>伺服器名稱</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Failed to fetch server list</source>
        <translation>無法抓取伺服器清單</translation>
    </message>
    <message>
        <source>Mumble Server Connect</source>
        <translation>Mumble 伺服器連線</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>反應時間</translation>
    </message>
    <message>
        <source>Remove from Favorites</source>
        <translation>從我的最愛中刪除</translation>
    </message>
    <message>
        <source>Add custom server</source>
        <translation>新增自訂伺服器</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>Copy favorite link to clipboard</source>
        <translation>複製我的最愛連結到剪貼簿</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼上(&amp;P)</translation>
    </message>
    <message>
        <source>Paste favorite from clipboard</source>
        <translation>從剪貼簿貼上我的最愛連結</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>編輯(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Add New...</source>
        <translation>新增伺服器(&amp;A)...</translation>
    </message>
    <message>
        <source>Add to &amp;Favorites</source>
        <translation>新增到我的最愛(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Webpage</source>
        <translation>開啟網頁(&amp;W)</translation>
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
        <translation type="unfinished">過濾</translation>
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
        <translation type="unfinished">全部</translation>
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
        <translation type="unfinished">連線(&amp;C)</translation>
    </message>
    <message>
        <source>Adding host %1</source>
        <translation>正在新增主機 %1</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>主機名稱</translation>
    </message>
    <message>
        <source>Bonjour name</source>
        <translation>Bonjour 名稱</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>埠號</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>網站</translation>
    </message>
    <message>
        <source>Packet loss</source>
        <translation>封包遺失</translation>
    </message>
    <message>
        <source>Ping (80%)</source>
        <translation>反應時間(80%)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Ping (95%)</source>
        <translation>反應時間(95%)</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>頻寬</translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
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
        <translation type="unfinished">伺服器</translation>
    </message>
</context>
<context>
    <name>ConnectDialogEdit</name>
    <message>
        <source>Edit Server</source>
        <translation>編輯伺服器</translation>
    </message>
    <message>
        <source>Name of the server</source>
        <translation>伺服器名稱</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>網址(&amp;A)</translation>
    </message>
    <message>
        <source>Internet address of the server.</source>
        <oldsource>Internet address of the server. </oldsource>
        <translation>伺服器網址。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Address&lt;/b&gt;&lt;br/&gt;
Internet address of the server. This can be a normal hostname, an IPv4/IPv6 address or a Bonjour service identifier. Bonjour service identifiers have to be prefixed with a &apos;@&apos; to be recognized by Mumble.</source>
        <oldsource>&lt;b&gt;Address&lt;/b&gt;&lt;/br&gt;
Internet address of the server. This can be a normal hostname, an ipv4/6 address or a bonjour service identifier. Bonjour service identifiers have to be prefixed with a &apos;@&apos; to be recognized by Mumble.</oldsource>
        <translation>&lt;b&gt;網址&lt;/b&gt;&lt;br/&gt;
伺服器的網路位置。可以是一般的主機名稱、一個 IPv4/IPv6 位置或者是一個 Bonjour 服務的標誌。 Bonjour 服務帶有 &apos;@&apos; 前綴的標誌可以被 Mumble 認可。</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>埠號(&amp;P)</translation>
    </message>
    <message>
        <source>Port on which the server is listening</source>
        <translation>伺服器監聽的埠號</translation>
    </message>
    <message>
        <source>&lt;b&gt;Port&lt;/b&gt;&lt;br/&gt;
Port on which the server is listening. If the server is identified by a Bonjour service identifier this field will be ignored.</source>
        <translation>&lt;b&gt;埠&lt;/b&gt;&lt;br/&gt;
伺服器使用的監聽埠。如果伺服器標記使用 Bonjour 服務，此欄位將被忽略。</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>帳號(&amp;U)</translation>
    </message>
    <message>
        <source>Username to send to the server</source>
        <translation>發送給伺服器的使用者名稱</translation>
    </message>
    <message>
        <source>&lt;b&gt;Username&lt;/b&gt;&lt;br/&gt;
Username to send to the server. Be aware that the server can impose restrictions on how a username might look like. Also your username could already be taken by another user.</source>
        <translation>&lt;b&gt;使用者名稱&lt;/b&gt;&lt;br/&gt;
發送給伺服器的使用者名稱。請注意該伺服器可能限制使用者名稱的樣式。同時您慣用的名稱可能已被其它人使用。</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Add Server</source>
        <translation>新增伺服器</translation>
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
        <translation>密碼</translation>
    </message>
    <message>
        <source>Password to send to the server</source>
        <translation>發送給伺服器的密碼</translation>
    </message>
    <message>
        <source>&lt;b&gt;Password&lt;/b&gt;&lt;br/&gt;
Password to be sent to the server on connect. This password is needed when connecting as &lt;i&gt;SuperUser&lt;/i&gt; or to a server using password authentication. If not entered here the password will be queried on connect.</source>
        <translation>&lt;b&gt;密碼&lt;/b&gt;&lt;br/&gt;
與伺服器連線時發送的密碼。只有以&lt;i&gt;超級使用者&lt;/i&gt;身份登入伺服器時才需要。如果不填寫此欄位，登入時需要填寫密碼。</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>顯示密碼</translation>
    </message>
    <message>
        <source>&lt;b&gt;Label&lt;/b&gt;&lt;br/&gt;
Label of the server. This is what the server will be named like in your server list and can be chosen freely.</source>
        <translation>&lt;b&gt;標籤&lt;/b&gt;&lt;br/&gt;
伺服器的標籤。伺服器在你的清單中顯示的名稱，可以自由設定。</translation>
    </message>
    <message>
        <source>Local server label</source>
        <translation>本地伺服器標籤</translation>
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
        <translation>您的帳號</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>您的密碼</translation>
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
        <translation>Mumble 當機回報</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;We&apos;re terribly sorry, but it seems Mumble has crashed. Do you want to send a crash report to the Mumble developers?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The crash report contains a partial copy of Mumble&apos;s memory at the time it crashed, and will help the developers fix the problem.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;非常抱歉，Mumble當機了。您願意送出當機回報給 Mumble 開發者嗎？&lt;/b&gt;&lt;/p&gt;&lt;p&gt;當機回報內容包含 Mumble 當機時的記憶體內容副本，將可協助開發者修復此問題。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Email address (optional)</source>
        <translation>Email 地址(選填、非必要)</translation>
    </message>
    <message>
        <source>Please describe briefly, in English, what you were doing at the time of the crash</source>
        <oldsource>Please briefly describe what you were doing at the time of the crash</oldsource>
        <translation>請使用英文填寫當機前的那一刻您在做什麼動作</translation>
    </message>
    <message>
        <source>Send Report</source>
        <translation>送出</translation>
    </message>
    <message>
        <source>Don&apos;t send report</source>
        <translation>不要送出</translation>
    </message>
    <message>
        <source>Crash upload successful</source>
        <translation>當機回報上傳成功</translation>
    </message>
    <message>
        <source>Thank you for helping make Mumble better!</source>
        <translation>感謝您的協助讓 Mumble 更完美！</translation>
    </message>
    <message>
        <source>Crash upload failed</source>
        <translation>當機回報上傳失敗</translation>
    </message>
    <message>
        <source>Uploading crash report</source>
        <translation>上傳當機回報中</translation>
    </message>
    <message>
        <source>Abort upload</source>
        <translation>放棄上傳</translation>
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
        <translation>資料庫 &apos;%1&apos; 目前為唯讀狀態。Mumble 無法儲存伺服器設定(例：SSL 憑證) 直到您修復此問題。</translation>
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
        <translation>拖曳至此</translation>
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
        <translation type="unfinished">你使用一個無效的使用者名稱連線，請嘗試另外一個。</translation>
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
        <translation type="unfinished">密碼</translation>
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
        <translation type="unfinished">取消</translation>
    </message>
</context>
<context>
    <name>GlobalShortcut</name>
    <message>
        <source>Shortcuts</source>
        <translation>快速鍵</translation>
    </message>
    <message>
        <source>List of configured shortcuts</source>
        <translation>設定好的快速鍵清單</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>資料</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快速鍵</translation>
    </message>
    <message>
        <source>Suppress</source>
        <translation>禁止</translation>
    </message>
    <message>
        <source>Add new shortcut</source>
        <translation>新增快速鍵</translation>
    </message>
    <message>
        <source>This will add a new global shortcut</source>
        <translation>即將新增全域的快速鍵</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <source>Remove selected shortcut</source>
        <translation>移除快速鍵</translation>
    </message>
    <message>
        <source>This will permanently remove a selected shortcut.</source>
        <translation>即將永久刪除選定的快速鍵。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>刪除(&amp;R)</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Mumble can currently only use mouse buttons and keyboard modifier keys (Alt, Ctrl, Cmd, etc.) for global shortcuts.&lt;/p&gt;&lt;p&gt;If you want more flexibility, you can enable &lt;span style=&quot; font-style:italic;&quot;&gt;Access for assistive devices&lt;/span&gt; in the system&apos;s Accessibility preferences. However, please note that this change also potentially allows malicious programs to read what is typed on your keyboard.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>略過</translation>
    </message>
    <message>
        <source>Enable Global Shortcuts</source>
        <translation>啟用全域快速鍵</translation>
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
        <translation type="unfinished">新增</translation>
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
        <translation>快速鍵</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the global shortcut key combination.&lt;/b&gt;&lt;br /&gt;Click this field and then press the desired key/button combo to rebind. Double-click to clear.</source>
        <oldsource>&lt;b&gt;This is the global shortcut key combination.&lt;/b&gt;&lt;br /&gt;Double-click this field and then the desired key/button combo to rebind.</oldsource>
        <translation>&lt;b&gt;這是全域快速鍵組合。&lt;/b&gt;&lt;br /&gt;雙擊該區域然後綁定想要的按鍵/按鈕組合。</translation>
    </message>
    <message>
        <source>Suppress keys from other applications</source>
        <translation>禁止其他應用程序使用的按鍵</translation>
    </message>
    <message>
        <source>&lt;b&gt;This hides the button presses from other applications.&lt;/b&gt;&lt;br /&gt;Enabling this will hide the button (or the last button of a multi-button combo) from other applications. Note that not all buttons can be suppressed.</source>
        <translation>&lt;b&gt;向其他應用程序隱藏這些按鍵。&lt;/b&gt;&lt;br/&gt;允許該選項將向其他應用程序隱藏指定按鍵（或者組合按鍵的最后一個按鍵）。注意并不是所有按鍵都能被禁用。</translation>
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
        <translation type="unfinished">未分配</translation>
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
        <translation>悄悄話對象</translation>
    </message>
    <message>
        <source>Channel Target</source>
        <translation>目標頻道</translation>
    </message>
    <message>
        <source>Restrict to Group</source>
        <translation>群組限制</translation>
    </message>
    <message>
        <source>If specified, only members of this group will receive the whisper.</source>
        <translation>如果指定，則只有此群組的成員可接收悄悄話。</translation>
    </message>
    <message>
        <source>List of users</source>
        <translation>使用者清單</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Modifiers</source>
        <translation>修飾</translation>
    </message>
    <message>
        <source>Do not send positional audio information when using this whisper shortcut.</source>
        <translation>使用快速鍵發送悄悄話時不送出聲音定位資訊。</translation>
    </message>
    <message>
        <source>Ignore positional audio</source>
        <translation>忽略聲音定位</translation>
    </message>
    <message>
        <source>Shout to Linked channels</source>
        <translation>對連結的頻道大喊</translation>
    </message>
    <message>
        <source>Shout to subchannels</source>
        <translation>對子頻道大喊</translation>
    </message>
    <message>
        <source>The whisper will also be transmitted to linked channels.</source>
        <translation>悄悄話可以發送到所有相連結的頻道。</translation>
    </message>
    <message>
        <source>The whisper will also be sent to the subchannels of the channel target.</source>
        <translation>悄悄話內容可以發送到目標頻道的所有子頻道。</translation>
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
        <translation type="unfinished">頻道</translation>
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
        <translation>未連接</translation>
    </message>
</context>
<context>
    <name>LCDConfig</name>
    <message>
        <source>Enable this device</source>
        <translation>啟用裝置</translation>
    </message>
    <message>
        <source>LCD</source>
        <translation>LCD</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>&lt;p&gt;This is the list of available LCD devices on your system.  It lists devices by name, but also includes the size of the display. Mumble supports outputting to several LCD devices at a time.&lt;/p&gt;
&lt;h3&gt;Size:&lt;/h3&gt;
&lt;p&gt;
This field describes the size of an LCD device. The size is given either in pixels (for Graphic LCDs) or in characters (for Character LCDs).&lt;/p&gt;
&lt;h3&gt;Enabled:&lt;/h3&gt;
&lt;p&gt;This decides whether Mumble should draw to a particular LCD device.&lt;/p&gt;</source>
        <translation>&lt;p&gt;這是您系統上可用的LCD裝置清單。本清單包含裝置名稱與解析度。Mumble 支援同時輸出到數個LCD裝置。&lt;/p&gt;
&lt;h3&gt;尺寸：&lt;/h3&gt;
&lt;p&gt;
這邊顯示您 LCD 裝置的尺寸。這個尺寸可能使用像素或文字表示。&lt;/p&gt;
&lt;h3&gt;啟用:&lt;/h3&gt;
&lt;p&gt;Mumble 是否顯示在 LCD 裝置上。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>解析度</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已啟用</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>檢視</translation>
    </message>
    <message>
        <source>Minimum Column Width</source>
        <translation>最小列寬</translation>
    </message>
    <message>
        <source>&lt;p&gt;This option decides the minimum width a column in the User View.&lt;/p&gt;
&lt;p&gt;If too many people are speaking at once, the User View will split itself into columns. You can use this option to pick a compromise between number of users shown on the LCD, and width of user names.&lt;/p&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This setting decides the width of column splitter.</source>
        <translation>設定列分割線寬度。</translation>
    </message>
    <message>
        <source>Splitter Width</source>
        <translation>分割線寬度</translation>
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
        <translation>除錯</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Other self-muted/deafened</source>
        <translation>其他人自我關閉喇叭/關閉麥克風</translation>
    </message>
    <message>
        <source>User recording state changed</source>
        <translation>使用者錄音狀態改變</translation>
    </message>
    <message>
        <source>User kicked (you or by you)</source>
        <translation>使用者被(你或因為你)踢出</translation>
    </message>
    <message>
        <source>User kicked</source>
        <translation>使用者被踢出</translation>
    </message>
    <message>
        <source>You self-muted</source>
        <translation>您設定關閉麥克風</translation>
    </message>
    <message>
        <source>User muted (you)</source>
        <translation>使用者關閉(你的)麥克風</translation>
    </message>
    <message>
        <source>User muted (by you)</source>
        <translation>使用者被關閉麥克風(由你)</translation>
    </message>
    <message>
        <source>User muted (other)</source>
        <translation>使用者關閉麥克風(其他人)</translation>
    </message>
    <message>
        <source>You self-unmuted</source>
        <translation>您設定開啟麥克風</translation>
    </message>
    <message>
        <source>You self-deafened</source>
        <translation>您設定關閉喇叭</translation>
    </message>
    <message>
        <source>You self-undeafened</source>
        <translation>您設定開啟喇叭</translation>
    </message>
    <message>
        <source>User renamed</source>
        <translation>使用者已更名</translation>
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
        <translation>伺服器</translation>
    </message>
    <message>
        <source>[[ Invalid size ]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[[ Text object too large to display ]]</source>
        <translation>[[ 顯示的文字物件太大 ]]</translation>
    </message>
    <message>
        <source>[Date changed to %1]
</source>
        <translation>[日期變更為 %1]
</translation>
    </message>
    <message>
        <source>link to %1</source>
        <translation>連接到 %1</translation>
    </message>
    <message>
        <source>FTP link to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>player link</source>
        <translation>玩家連結</translation>
    </message>
    <message>
        <source>channel link</source>
        <translation>頻道連結</translation>
    </message>
    <message>
        <source>%1 link</source>
        <translation>%1 連結</translation>
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
        <translation type="unfinished">文字訊息</translation>
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
        <translation>為 %1 事件啟用控制台</translation>
    </message>
    <message>
        <source>Toggle pop-up notifications for %1 events</source>
        <translation>%1 事件跳出通知視窗</translation>
    </message>
    <message>
        <source>Toggle Text-To-Speech for %1 events</source>
        <translation>%1 事件使用文本語音轉換</translation>
    </message>
    <message>
        <source>Click here to toggle sound notification for %1 events</source>
        <translation>點擊這里為 %1 事件啟用聲音通知</translation>
    </message>
    <message>
        <source>Toggle window highlight (if not active) for %1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path to sound file used for sound notifications in the case of %1 events&lt;br /&gt;Single click to play&lt;br /&gt;Double-click to change</source>
        <translation>%1 事件中使用提示音效檔案&lt;br /&gt;單點播放音效&lt;br /&gt;連按兩下以變更</translation>
    </message>
    <message>
        <source>Click here to toggle console output for %1 events.&lt;br /&gt;If checked, this option makes Mumble output all %1 events in its message log.</source>
        <translation>點擊這裡為 %1 事件啟用控制台輸出。&lt;br /&gt;如果選取，該選項使 Mumble 輸出所有 %1 事件到它的訊息日誌。</translation>
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
        <translation>點擊這裡為 %1 事件啟用聲音通知。&lt;br /&gt;如果選中， Mumble 會使用一個你預先定義的聲音文件來標示 %1 事件。聲音文件和文本語音轉換不能同時被使用。</translation>
    </message>
    <message>
        <source>Click here to toggle sound notification for %1 events.&lt;br /&gt;If checked, Mumble uses a sound file predefined by you to indicate %1 events. Sound files and Text-To-Speech cannot be used at the same time.</source>
        <oldsource>Path to soundfile used for sound notifications in the case of %1 events.&lt;br /&gt;Single click to play&lt;br /&gt;Doubleclick to change&lt;br /&gt;Be sure that sound notifications for these events are enabled or this field will not have any effect.</oldsource>
        <translation type="unfinished"></translation>
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
        <translation>文本語音轉換</translation>
    </message>
    <message>
        <source>Soundfile</source>
        <translation>聲音文件</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路徑</translation>
    </message>
    <message>
        <source>Text To Speech</source>
        <translation>文本語音轉換</translation>
    </message>
    <message>
        <source>Volume of Text-To-Speech Engine</source>
        <translation>文本語音轉換引擎的音量</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the volume used for the speech synthesis.&lt;/b&gt;</source>
        <translation>&lt;b&gt;這是用於語音合成的音量。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Length threshold</source>
        <translation>長度閾值</translation>
    </message>
    <message>
        <source>Message length threshold for Text-To-Speech Engine</source>
        <translation>用于文本語音轉換的消息長度閾值</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the length threshold used for the Text-To-Speech Engine.&lt;/b&gt;&lt;br /&gt;Messages longer than this limit will not be read aloud in their full length.</source>
        <translation>&lt;b&gt;這是用于文本語音轉換引擎的消息長度閾值。&lt;/b&gt;&lt;br /&gt;消息長于此值時將不會被全部讀出來。</translation>
    </message>
    <message>
        <source> Characters</source>
        <translation> 字符</translation>
    </message>
    <message>
        <source>If checked you will only hear whispers from users you added to your friend list.</source>
        <translation>選擇此項則只有在您好友清單中的使用者才可發送悄悄話給你。</translation>
    </message>
    <message>
        <source>Only accept whispers from friends</source>
        <translation>只接受好友的悄悄話</translation>
    </message>
    <message>
        <source>If enabled text messages you send will be read back to you with TTS</source>
        <translation>啟此功能啟用後將使用文本轉語音讀出回傳的訊息。</translation>
    </message>
    <message>
        <source>Read back own messages</source>
        <translation>回送訊息</translation>
    </message>
    <message>
        <source>Chat Log</source>
        <translation>聊天紀錄</translation>
    </message>
    <message>
        <source>Maximum chat length</source>
        <translation>最大聊天長度</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>無限制</translation>
    </message>
    <message>
        <source> Lines</source>
        <translation> 行</translation>
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
        <translation> 分貝</translation>
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
        <translation>系統預設</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Only with users</source>
        <translation>只顯示自己所在</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>詢問</translation>
    </message>
    <message>
        <source>Do Nothing</source>
        <translation>無動作</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>User Interface</source>
        <translation>使用者界面</translation>
    </message>
    <message>
        <source>This sets which channels to automatically expand. &lt;i&gt;None&lt;/i&gt; and &lt;i&gt;All&lt;/i&gt; will expand no or all channels, while &lt;i&gt;Only with users&lt;/i&gt; will expand and collapse channels as users join and leave them.</source>
        <translation>This sets which channels to automatically expand. &lt;i&gt;None&lt;/i&gt; and &lt;i&gt;All&lt;/i&gt; will expand no or all channels, while &lt;i&gt;Only with users&lt;/i&gt; will expand and collapse channels as users join and leave them.</translation>
    </message>
    <message>
        <source>List users above subchannels (requires restart).</source>
        <translation>顯示頻道內使用者清單(需重新啟動)。</translation>
    </message>
    <message>
        <source>&lt;b&gt;If set, users will be shown above subchannels in the channel view.&lt;/b&gt;&lt;br /&gt;A restart of Mumble is required to see the change.</source>
        <translation>&lt;b&gt;啟用時在各子頻道下將各自顯示使用者名單&lt;/b&gt;&lt;br /&gt;需要重新啟動。</translation>
    </message>
    <message>
        <source>Users above Channels</source>
        <translation>顯示頻道內使用者清單</translation>
    </message>
    <message>
        <source>Show number of users in each channel</source>
        <translation>顯示每一個頻道的使用人數</translation>
    </message>
    <message>
        <source>Show channel user count</source>
        <translation>顯示頻道人數</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Language to use (requires restart)</source>
        <translation>使用的語言（需要重啟）</translation>
    </message>
    <message>
        <source>&lt;b&gt;This sets which language Mumble should use.&lt;/b&gt;&lt;br /&gt;You have to restart Mumble to use the new language.</source>
        <translation>&lt;b&gt;設置 Mumble 使用哪種語言。&lt;/b&gt;&lt;br /&gt;你需要重啟 Mumble 來使用新語言。</translation>
    </message>
    <message>
        <source>Look and Feel</source>
        <translation>操作界面</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>界面布局</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>經典</translation>
    </message>
    <message>
        <source>Stacked</source>
        <translation>堆疊</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>混合</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自訂</translation>
    </message>
    <message>
        <source>This changes the behavior when moving channels.</source>
        <translation>改變頻道拖曳時的行為。</translation>
    </message>
    <message>
        <source>This sets the behavior of channel drags; it can be used to prevent accidental dragging. &lt;i&gt;Move&lt;/i&gt; moves the channel without prompting. &lt;i&gt;Do Nothing&lt;/i&gt; does nothing and prints an error message. &lt;i&gt;Ask&lt;/i&gt; uses a message box to confirm if you really wanted to move the channel.</source>
        <oldsource>This sets the behavior of channel drags; it can be used to prevent accidental dragging. &lt;i&gt;Move Channel&lt;/i&gt; moves the channel without prompting. &lt;i&gt;Do Nothing&lt;/i&gt; does nothing and prints an error message. &lt;i&gt;Ask&lt;/i&gt; uses a message box to confirm if you really wanted to move the channel.</oldsource>
        <translation>This sets the behavior of channel drags; it can be used to prevent accidental dragging. &lt;i&gt;Move&lt;/i&gt; moves the channel without prompting. &lt;i&gt;Do Nothing&lt;/i&gt; does nothing and prints an error message. &lt;i&gt;Ask&lt;/i&gt; uses a message box to confirm if you really wanted to move the channel.</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>展開</translation>
    </message>
    <message>
        <source>When to automatically expand channels</source>
        <translation>何時自動展開頻道</translation>
    </message>
    <message>
        <source>Channel Dragging</source>
        <translation>頻道拖曳</translation>
    </message>
    <message>
        <source>Always On Top</source>
        <translation>最上層顯示</translation>
    </message>
    <message>
        <source>&lt;b&gt;If set, minimizing the Mumble main window will cause it to be hidden and accessible only from the tray. Otherwise, it will be minimized as a window normally would.&lt;/b&gt;</source>
        <translation>&lt;b&gt;如果選中，最小化 Mumble 主窗口時將使得它被隱藏到系統托盤。否則，它將會像通常一樣被最小化。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Hide in tray when minimized</source>
        <translation>最小化時隱藏到系統列</translation>
    </message>
    <message>
        <source>Hide the main Mumble window in the tray when it is minimized.</source>
        <translation>最小化時，隱藏 Mumble 主界面到系統列。</translation>
    </message>
    <message>
        <source>This setting controls when the application will be always on top.</source>
        <translation>本設定控制程式何時以最上層顯示。</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>從不</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>總是</translation>
    </message>
    <message>
        <source>In minimal view</source>
        <translation>簡潔視窗時</translation>
    </message>
    <message>
        <source>In normal view</source>
        <translation>一般顯示時</translation>
    </message>
    <message>
        <source>Displays talking status in system tray</source>
        <translation>在系統列顯示發話狀態</translation>
    </message>
    <message>
        <source>Show talking status in tray icon</source>
        <translation>在系統列顯示發話狀態</translation>
    </message>
    <message>
        <source>This setting controls in which situations the application will stay always on top. If you select &lt;i&gt;Never&lt;/i&gt; the application will not stay on top. &lt;i&gt;Always&lt;/i&gt; will always keep the application on top. &lt;i&gt;In minimal view&lt;/i&gt; / &lt;i&gt;In normal view&lt;/i&gt; will only keep the application always on top when minimal view is activated / deactivated.</source>
        <translation>This setting controls in which situations the application will stay always on top. If you select &lt;i&gt;Never&lt;/i&gt; the application will not stay on top. &lt;i&gt;Always&lt;/i&gt; will always keep the application on top. &lt;i&gt;In minimal view&lt;/i&gt; / &lt;i&gt;In normal view&lt;/i&gt; will only keep the application always on top when minimal view is activated / deactivated.</translation>
    </message>
    <message>
        <source>Show context menu in menu bar</source>
        <translation>在選單列顯示使用者與頻道選單</translation>
    </message>
    <message>
        <source>Apply some high contrast optimizations for visually impaired users</source>
        <translation>允許視障使用者使用高對比色彩配置</translation>
    </message>
    <message>
        <source>Optimize for high contrast</source>
        <translation>高對比色彩配置最佳化</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>程式界面</translation>
    </message>
    <message>
        <source>Adds user and channel context menus into the menu bar</source>
        <translation>在選單列顯示使用者與頻道選單</translation>
    </message>
    <message>
        <source>Tray Icon</source>
        <translation>系統列圖示</translation>
    </message>
    <message>
        <source>Channel Tree</source>
        <translation>頻道樹</translation>
    </message>
    <message>
        <source>Use selected item as the chat bar target</source>
        <translation>手動指定發送文字訊息的目標頻道</translation>
    </message>
    <message>
        <source>Filter automatically hides empty channels</source>
        <translation>過濾器會自動隱藏空頻道</translation>
    </message>
    <message>
        <source>Show transmit mode dropdown in toolbar</source>
        <translation>在工具列顯示傳輸模式的下拉選單</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>佈景主題</translation>
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
        <translation type="unfinished">清除</translation>
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
        <translation>根</translation>
    </message>
    <message>
        <source>Push-to-Talk</source>
        <comment>Global Shortcut</comment>
        <translation>按鍵發話</translation>
    </message>
    <message>
        <source>Push and hold this button to send voice.</source>
        <comment>Global Shortcut</comment>
        <translation>按住發話鍵發送語音。</translation>
    </message>
    <message>
        <source>This configures the push-to-talk button, and as long as you hold this button down, you will transmit voice.</source>
        <comment>Global Shortcut</comment>
        <translation>設定發話鍵，只要你按住該鍵，語音將被傳送。</translation>
    </message>
    <message>
        <source>Reset Audio Processor</source>
        <comment>Global Shortcut</comment>
        <translation>重設音效處理程序</translation>
    </message>
    <message>
        <source>Unlink Plugin</source>
        <comment>Global Shortcut</comment>
        <translation>停用外掛</translation>
    </message>
    <message>
        <source>Push-to-Mute</source>
        <comment>Global Shortcut</comment>
        <translation>按鍵關麥克風</translation>
    </message>
    <message>
        <source>Join Channel</source>
        <comment>Global Shortcut</comment>
        <translation>加入頻道</translation>
    </message>
    <message>
        <source>Toggle Overlay</source>
        <comment>Global Shortcut</comment>
        <translation>切換浮動視窗</translation>
    </message>
    <message>
        <source>Toggle state of in-game overlay.</source>
        <comment>Global Shortcut</comment>
        <translation>切換遊戲內浮動視窗狀態。</translation>
    </message>
    <message>
        <source>Toggle Minimal</source>
        <comment>Global Shortcut</comment>
        <translation>切換最小化</translation>
    </message>
    <message>
        <source>Volume Up (+10%)</source>
        <comment>Global Shortcut</comment>
        <translation>增加音量（+10%）</translation>
    </message>
    <message>
        <source>Volume Down (-10%)</source>
        <comment>Global Shortcut</comment>
        <translation>降低音量（-10%）</translation>
    </message>
    <message>
        <source>Mumble</source>
        <translation>Mumble</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>視窗(&amp;W)</translation>
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
        <translation>關閉</translation>
    </message>
    <message>
        <source>Mute Self</source>
        <comment>Global Shortcut</comment>
        <translation>關閉麥克風</translation>
    </message>
    <message>
        <source>Set self-mute status.</source>
        <comment>Global Shortcut</comment>
        <translation>設定成關閉麥克風狀態。</translation>
    </message>
    <message>
        <source>This will set or toggle your muted status. If you turn this off, you will also disable self-deafen.</source>
        <comment>Global Shortcut</comment>
        <translation>這將設定或切換您的關閉麥克風狀態。如果您關閉此功能，您還可以停用自動消音。</translation>
    </message>
    <message>
        <source>Deafen Self</source>
        <comment>Global Shortcut</comment>
        <translation>自我關閉喇叭</translation>
    </message>
    <message>
        <source>Set self-deafen status.</source>
        <comment>Global Shortcut</comment>
        <translation>設定自我關閉喇叭狀態。</translation>
    </message>
    <message>
        <source>This will set or toggle your deafened status. If you turn this on, you will also enable self-mute.</source>
        <comment>Global Shortcut</comment>
        <translation>這將設定或切換您的關閉喇叭狀態。如果您開啟此功能，您將同時進入關閉麥克風狀態。</translation>
    </message>
    <message>
        <source>Whisper/Shout</source>
        <oldsource>Whisper</oldsource>
        <translation>悄悄話/大喊</translation>
    </message>
    <message>
        <source>&lt;center&gt;Not connected&lt;/center&gt;</source>
        <oldsource>Not connected</oldsource>
        <translation>&lt;center&gt;未連接&lt;/center&gt;</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Opening URL %1</source>
        <translation>開啟網址 %1</translation>
    </message>
    <message>
        <source>File does not exist</source>
        <translation>檔案不存在</translation>
    </message>
    <message>
        <source>Settings merged from file.</source>
        <translation>合併設定檔。</translation>
    </message>
    <message>
        <source>URL scheme is not &apos;mumble&apos;</source>
        <translation>&apos;Mumble&apos; 不支援的網址</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>正在連接 %1</translation>
    </message>
    <message>
        <source>Enter username</source>
        <translation>輸入使用者名稱</translation>
    </message>
    <message>
        <source>Connecting to server %1.</source>
        <translation>連線到伺服器 %1。</translation>
    </message>
    <message>
        <source>Reconnecting.</source>
        <translation>正在重新連線。</translation>
    </message>
    <message>
        <source>Transmit Mode set to Continuous</source>
        <translation>語音發送模式設為連續</translation>
    </message>
    <message>
        <source>Register yourself as %1</source>
        <translation>註冊自己成為 %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;You are about to register yourself on this server. This action cannot be undone, and your username cannot be changed once this is done. You will forever be known as &apos;%1&apos; on this server.&lt;/p&gt;&lt;p&gt;Are you sure you want to register yourself?&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register user %1</source>
        <translation>註冊使用者 %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;You are about to register %1 on the server. This action cannot be undone, the username cannot be changed, and as a registered user, %1 will have access to the server even if you change the server password.&lt;/p&gt;&lt;p&gt;From this point on, %1 will be authenticated with the certificate currently in use.&lt;/p&gt;&lt;p&gt;Are you sure you want to register %1?&lt;/p&gt;</source>
        <translation>&lt;p&gt;您在此伺服器的註冊名稱為 %1。這個動作無法取消，未來也無法變更使用者名稱， %1 即使您變更密碼依舊可以連接此伺服器.&lt;/p&gt;&lt;p&gt;從此刻開始, %1 將使用憑證進行認證&lt;/p&gt;&lt;p&gt;您確定要註冊成 %1?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Kicking user %1</source>
        <translation>正在剔除使用者 %1</translation>
    </message>
    <message>
        <source>View comment on user %1</source>
        <translation>檢視使用者 %1 的註解</translation>
    </message>
    <message>
        <source>Message to channel %1</source>
        <translation>發送文字訊息到 %1 頻道</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>已連線。</translation>
    </message>
    <message>
        <source>&lt;li&gt;Expected certificate digest (SHA-1):	%1&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server presented a certificate which failed verification.</source>
        <translation>服務器提供的憑證認證失敗。</translation>
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
        <translation>&lt;center&gt;在此輸入給 %1 頻道的文字訊息&lt;/center&gt;</translation>
    </message>
    <message>
        <source>&lt;center&gt;Type message to user &apos;%1&apos; here&lt;/center&gt;</source>
        <oldsource>Type message to user &apos;%1&apos; here</oldsource>
        <translation>&lt;center&gt;在此輸入給使用者 %1 的文字訊息&lt;/center&gt;</translation>
    </message>
    <message>
        <source>Choose image file</source>
        <translation>選擇圖檔</translation>
    </message>
    <message>
        <source>Failed to load image</source>
        <translation>讀取圖檔失敗</translation>
    </message>
    <message>
        <source>Could not open file for reading.</source>
        <translation>無法讀取開啟的檔案。</translation>
    </message>
    <message>
        <source>Image format not recognized.</source>
        <translation>無法辨識圖檔格式。</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>使用者(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>頻道(&amp;C)</translation>
    </message>
    <message>
        <source>Use in conjunction with Whisper to.</source>
        <comment>Global Shortcut</comment>
        <translation>結合悄悄話一起。</translation>
    </message>
    <message>
        <source>This will switch the states of the in-game overlay.</source>
        <comment>Global Shortcut</comment>
        <translation>這將切換遊戲中浮動視窗的狀態。</translation>
    </message>
    <message>
        <source>Link Channel</source>
        <comment>Global Shortcut</comment>
        <translation>連接頻道</translation>
    </message>
    <message>
        <source>Cycle Transmit Mode</source>
        <comment>Global Shortcut</comment>
        <translation>循環發送模式</translation>
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
        <translation>送出文字訊息</translation>
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
        <translation>連續</translation>
    </message>
    <message>
        <source>Voice Activity</source>
        <translation>語音活動</translation>
    </message>
    <message>
        <source>Push-to-Talk</source>
        <translation>按鍵發話</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save Image As...</source>
        <translation>另存圖片 ...</translation>
    </message>
    <message>
        <source>Save Image File</source>
        <translation>儲存圖片</translation>
    </message>
    <message>
        <source>Could not save image: %1</source>
        <translation>無法儲存圖片：%1</translation>
    </message>
    <message>
        <source>Change your comment</source>
        <translation>變更你的註解</translation>
    </message>
    <message>
        <source>Transmit Mode set to Voice Activity</source>
        <translation>語音發送模式設為語音活動時</translation>
    </message>
    <message>
        <source>Transmit Mode set to Push-to-Talk</source>
        <translation>語音發送模式設為按鍵發話</translation>
    </message>
    <message>
        <source>&amp;View Certificate</source>
        <translation>檢視憑證(&amp;V)</translation>
    </message>
    <message>
        <source>Enter reason</source>
        <translation>輸入原因</translation>
    </message>
    <message>
        <source>Sending message to %1</source>
        <translation>發送訊息給 %1</translation>
    </message>
    <message>
        <source>To %1: %2</source>
        <translation>發送給 %1: %2</translation>
    </message>
    <message>
        <source>Message to %1</source>
        <translation>發送訊息給 %1</translation>
    </message>
    <message>
        <source>Are you sure you want to reset the comment of user %1?</source>
        <translation>你確定要重製使用者 %1 的註解?</translation>
    </message>
    <message>
        <source>Are you sure you want to reset the avatar of user %1?</source>
        <translation>你確定要重設使用者 %1 的頭像?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete %1 and all its sub-channels?</source>
        <translation>你確定要刪除 %1 和它的子頻道嗎？</translation>
    </message>
    <message>
        <source>Sending message to channel %1</source>
        <translation>發送訊息給頻道 %1</translation>
    </message>
    <message>
        <source>Message to tree %1</source>
        <translation>發送消息給樹 %1</translation>
    </message>
    <message>
        <source>To %1 (Tree): %2</source>
        <oldsource>(Tree) %1: %2</oldsource>
        <translation>給 %1 (樹)： %2</translation>
    </message>
    <message>
        <source>Unmuted and undeafened.</source>
        <translation>解除關閉麥克風與喇叭。</translation>
    </message>
    <message>
        <source>Unmuted.</source>
        <translation>解除關閉麥克風。</translation>
    </message>
    <message>
        <source>Muted.</source>
        <translation>關閉麥克風。</translation>
    </message>
    <message>
        <source>Muted and deafened.</source>
        <translation>已關閉麥克風與喇叭。</translation>
    </message>
    <message>
        <source>Deafened.</source>
        <translation>已關閉喇叭。</translation>
    </message>
    <message>
        <source>Undeafened.</source>
        <translation>解除關閉喇叭。</translation>
    </message>
    <message>
        <source>Restart Mumble?</source>
        <translation>重新啟動 Mumble?</translation>
    </message>
    <message>
        <source>Some settings will only apply after a restart of Mumble. Restart Mumble now?</source>
        <translation>部份設定只在 Mumble 重新啟動後生效。現在就重新啟動 Mumble?</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>關於 Qt</translation>
    </message>
    <message>
        <source>SSL Verification failed: %1</source>
        <translation>SSL 認證失敗: %1</translation>
    </message>
    <message>
        <source>&lt;li&gt;Server certificate digest (SHA-1):	%1&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;WARNING:&lt;/b&gt; The server presented a certificate that was different from the stored one.</source>
        <translation>&lt;b&gt;警告:&lt;/b&gt;伺服器提供的憑證與保存的憑證不同。</translation>
    </message>
    <message>
        <source>Server connection failed: %1.</source>
        <translation>伺服器連線失敗: %1.</translation>
    </message>
    <message>
        <source>Disconnected from server.</source>
        <translation>與伺服器斷開連接。</translation>
    </message>
    <message>
        <source>Username in use</source>
        <translation>使用者名稱重複</translation>
    </message>
    <message>
        <source>Wrong certificate or password</source>
        <translation>錯誤的憑證或密碼</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>密碼錯誤</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>圖片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>C&amp;onfigure</source>
        <translation>設定(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日誌</translation>
    </message>
    <message>
        <source>This shows all recent activity. Connecting to servers, errors and information messages all show up here.&lt;br /&gt;To configure exactly which messages show up here, use the &lt;b&gt;Settings&lt;/b&gt; command from the menu.</source>
        <translation>這裡顯示所有最近的活動。正在連線服務器、錯誤和通知消息都將在此顯示。&lt;br /&gt;設定哪些訊息在此顯示，請從選單中使用&lt;b&gt;設定&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>&amp;Quit Mumble</source>
        <translation>離開 Mumble(&amp;Q)</translation>
    </message>
    <message>
        <source>Closes the program</source>
        <translation>關閉程式</translation>
    </message>
    <message>
        <source>Exits the application.</source>
        <translation>退出應用程式。</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Open the server connection dialog</source>
        <translation>打開伺服器連線對話框</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>斷開連線(&amp;D)</translation>
    </message>
    <message>
        <source>Disconnect from server</source>
        <translation>從伺服器斷開連線</translation>
    </message>
    <message>
        <source>Disconnects you from the server.</source>
        <translation>使你從伺服器斷開連線。</translation>
    </message>
    <message>
        <source>Show information about the server connection</source>
        <translation>顯示伺服器連接訊息</translation>
    </message>
    <message>
        <source>This will show extended information about the connection to the server.</source>
        <translation>顯示服務器連接的額外訊息。</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>關閉麥克風(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Deafen</source>
        <translation>關閉喇叭(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Local Mute</source>
        <translation>本地關閉麥克風(&amp;L)</translation>
    </message>
    <message>
        <source>Send a Text Message</source>
        <translation>發送文字訊息</translation>
    </message>
    <message>
        <source>Sends a text message to another user.</source>
        <translation>向其他使用者發送文字訊息。</translation>
    </message>
    <message>
        <source>Add new channel</source>
        <translation>新增頻道</translation>
    </message>
    <message>
        <source>This adds a new sub-channel to the currently selected channel.</source>
        <translation>在目前選頻道內新增一個子頻道。</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>移除頻道</translation>
    </message>
    <message>
        <source>This removes a channel and all sub-channels.</source>
        <translation>刪除頻道及其所有子頻道。</translation>
    </message>
    <message>
        <source>Edit Groups and ACL for channel</source>
        <translation>編輯頻道群組與存取控制表</translation>
    </message>
    <message>
        <source>This opens the Group and ACL dialog for the channel, to control permissions.</source>
        <translation>開啟頻道群組和存取控制表，來編輯頻道的連線權限。</translation>
    </message>
    <message>
        <source>Link your channel to another channel</source>
        <translation>連結你的頻道和另一個頻道</translation>
    </message>
    <message>
        <source>This is the chatbar&lt;br /&gt;If you enter text here and then press enter the text is sent to the user or channel that was selected. If nothing is selected the message is sent to your current channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chatbar</source>
        <translation>聊天室</translation>
    </message>
    <message>
        <source>Shows a dialog of registered servers, and also allows quick-connect.</source>
        <translation>顯示已註冊伺服器的對話框，並允許快速連結。</translation>
    </message>
    <message>
        <source>Kick user (with reason)</source>
        <translation>踢出使用者 (附帶理由)</translation>
    </message>
    <message>
        <source>Kick selected user off server. You&apos;ll be asked to specify a reason.</source>
        <translation>從伺服器踢出使用者。你將被要求提供理由。</translation>
    </message>
    <message>
        <source>Mute user</source>
        <translation>關閉使用者麥克風</translation>
    </message>
    <message>
        <source>Mute or unmute user on server. Unmuting a deafened user will also undeafen them.</source>
        <translation>關閉或開啟伺服器上使用者的麥克風。開啟一個關閉喇叭的使用者的麥克風的同時將會一併開啟他的喇叭。</translation>
    </message>
    <message>
        <source>Kick and ban user (with reason)</source>
        <translation>踢出與封鎖使用者 (附帶理由)</translation>
    </message>
    <message>
        <source>Kick and ban selected user from server. You&apos;ll be asked to specify a reason.</source>
        <translation>從伺服器上踢出與封鎖使用者。你將被要求提出理由。</translation>
    </message>
    <message>
        <source>Deafen user</source>
        <translation>關閉使用者的喇叭</translation>
    </message>
    <message>
        <source>Deafen or undeafen user on server. Deafening a user will also mute them.</source>
        <translation>關閉或開啟伺服器上使用者的喇叭。關閉喇叭的同時將一併關閉麥克風。</translation>
    </message>
    <message>
        <source>Mute user locally</source>
        <translation>關閉局部使用者的麥克風</translation>
    </message>
    <message>
        <source>Mute or unmute user locally. Use this on other users in the same room.</source>
        <translation>關閉或開啟局部使用者麥克風。將此設定套用於同一個房間的使用者。</translation>
    </message>
    <message>
        <source>This links your current channel to the selected channel. If users in a channel have permission to speak in the other channel, users can now hear each other. This is a permanent link, and will last until manually unlinked or the server is restarted. Please see the shortcuts for push-to-link.</source>
        <oldsource>This links your current channel to the selected channel. If they have permission to speak in the other channel, users can now hear each other. This is a permanent link, and will last until manually unlinked or the server is restarted. Please see the shortcuts for push-to-link.</oldsource>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <comment>Channel</comment>
        <translation>取消連結(&amp;U)</translation>
    </message>
    <message>
        <source>Unlink your channel from another channel</source>
        <translation>取消你的頻道和另一個頻道之間的連結</translation>
    </message>
    <message>
        <source>This unlinks your current channel from the selected channel.</source>
        <translation>取消你的當前頻道和所選頻道之間的連結。</translation>
    </message>
    <message>
        <source>Unlinks your channel from all linked channels.</source>
        <translation>取消你的頻道和所有已連結頻道之間的連結。</translation>
    </message>
    <message>
        <source>This unlinks your current channel (not the selected one) from all linked channels.</source>
        <translation>取消你的當前頻道（非所選頻道）和所有已連結的頻道之間的連結。</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重設(&amp;R)</translation>
    </message>
    <message>
        <source>Reset audio preprocessor</source>
        <translation>重設音效處理程序</translation>
    </message>
    <message>
        <source>This will reset the audio preprocessor, including noise cancellation, automatic gain and voice activity detection. If something suddenly worsens the audio environment (like dropping the microphone) and it was temporary, use this to avoid having to wait for the preprocessor to readjust.</source>
        <translation>該選項將重置音頻預處理器，包含噪音消除，自動獲取和語音活動檢測。如果音頻環境突然變的惡劣（比如掉麥）并且是暫時的，使用該選項來避免等待預處理器自我調節。</translation>
    </message>
    <message>
        <source>Mute yourself</source>
        <translation>自我關閉麥克風</translation>
    </message>
    <message>
        <source>Mute or unmute yourself. When muted, you will not send any data to the server. Unmuting while deafened will also undeafen.</source>
        <translation>對自己關閉麥克風或取消關閉麥克風。當關閉麥克風時，你將無法發送語音到伺服器。當取消關閉麥克風時將同時取消關閉喇叭。</translation>
    </message>
    <message>
        <source>Deafen yourself</source>
        <translation>自我關閉喇叭</translation>
    </message>
    <message>
        <source>Deafen or undeafen yourself. When deafened, you will not hear anything. Deafening yourself will also mute.</source>
        <translation>使自己關閉喇叭或取消關閉喇叭。當關閉喇叭時，你將聽不到聲音。自我關閉喇叭時亦關閉麥克風。</translation>
    </message>
    <message>
        <source>&amp;Text-To-Speech</source>
        <translation>文字轉語音(&amp;T)</translation>
    </message>
    <message>
        <source>Toggle Text-To-Speech</source>
        <translation>切換文字轉語音</translation>
    </message>
    <message>
        <source>Enable or disable the text-to-speech engine. Only messages enabled for TTS in the Configuration dialog will actually be spoken.</source>
        <translation>使用或庭用文字轉語音引擎。只有在設定對話框裡啟用了文字轉語音時英文文字訊息才會被讀出來。</translation>
    </message>
    <message>
        <source>Display audio statistics</source>
        <translation>顯示音效統計</translation>
    </message>
    <message>
        <source>Pops up a small dialog with information about your current audio input.</source>
        <translation>彈出一個關于你當前音頻輸入信息的對話框。</translation>
    </message>
    <message>
        <source>Forcibly unlink plugin</source>
        <translation>強制卸載外掛</translation>
    </message>
    <message>
        <source>This forces the current plugin to unlink, which is handy if it is reading completely wrong data.</source>
        <translation>強制卸載目前外掛，當外掛讀取的數據完全錯誤時相當有用。</translation>
    </message>
    <message>
        <source>Configure Mumble</source>
        <translation>設定 Mumble</translation>
    </message>
    <message>
        <source>Allows you to change most settings for Mumble.</source>
        <translation>允許你改變 Mumble 的大多數設定。</translation>
    </message>
    <message>
        <source>Start the audio configuration wizard</source>
        <translation>啟動音效精靈</translation>
    </message>
    <message>
        <source>This will guide you through the process of configuring your audio hardware.</source>
        <translation>這將引導你設定你的音效硬體。</translation>
    </message>
    <message>
        <source>&amp;What&apos;s This?</source>
        <translation>這是什麼(&amp;W)?</translation>
    </message>
    <message>
        <source>Enter What&apos;s This? mode</source>
        <translation>進入 這是什麼? 模式</translation>
    </message>
    <message>
        <source>Click this to enter &quot;What&apos;s This?&quot; mode. Your cursor will turn into a question mark. Click on any button, menu choice or area to show a description of what it is.</source>
        <translation>點擊進入&quot;這是什麼?&quot;模式。你的滑鼠將變成一個問號。點擊任意按鈕，選單或區域來顯示它的描述。</translation>
    </message>
    <message>
        <source>Information about Mumble</source>
        <translation>Mumble 的相關訊息</translation>
    </message>
    <message>
        <source>Shows a small dialog with information and license for Mumble.</source>
        <translation>顯示一個 Mumble 相關訊息和許可的對話框。</translation>
    </message>
    <message>
        <source>Information about Speex</source>
        <translation>Speex 的相關訊息</translation>
    </message>
    <message>
        <source>Shows a small dialog with information about Speex.</source>
        <translation>顯示一個 Speex 相關信息的小對話框。</translation>
    </message>
    <message>
        <source>Information about Qt</source>
        <translation>Qt 相關訊息</translation>
    </message>
    <message>
        <source>Shows a small dialog with information about Qt.</source>
        <translation>顯示一個 Qt 相關訊息的小對話框。</translation>
    </message>
    <message>
        <source>Check for &amp;Updates</source>
        <translation>檢查與更新(&amp;U)</translation>
    </message>
    <message>
        <source>Check for new version of Mumble</source>
        <translation>檢查新版 Mumble</translation>
    </message>
    <message>
        <source>Connects to the Mumble webpage to check if a new version is available, and notifies you with an appropriate download URL if this is the case.</source>
        <translation>連接到 Mumble 首頁檢查是否有新版可用，如果有新版本將通知你下載。</translation>
    </message>
    <message>
        <source>Sends a text message to all users in a channel.</source>
        <translation>向頻道內所有使用者發送純文字訊息。</translation>
    </message>
    <message>
        <source>Configure certificates for strong authentication</source>
        <translation>設定高強度驗證頻證</translation>
    </message>
    <message>
        <source>This starts the wizard for creating, importing and exporting certificates for authentication against servers.</source>
        <translation>開啟引導精靈，建立、匯入與匯出伺服器身份驗證憑證。</translation>
    </message>
    <message>
        <source>Register user on server</source>
        <translation>伺服器上註冊使用者</translation>
    </message>
    <message>
        <source>This will permanently register the user on the server.</source>
        <translation>使用者將永久註冊在伺服器上。</translation>
    </message>
    <message>
        <source>Add &amp;Friend</source>
        <translation>新增朋友(&amp;F)</translation>
    </message>
    <message>
        <source>Adds a user as your friend.</source>
        <translation>增加一個使用者成為朋友。</translation>
    </message>
    <message>
        <source>This will add the user as a friend, so you can recognize him on this and other servers.</source>
        <translation>增加一個使用者成為朋友，不管在此伺服器或其他伺服器你都可以辨認他。</translation>
    </message>
    <message>
        <source>&amp;Remove Friend</source>
        <translation>移除朋友(&amp;R)</translation>
    </message>
    <message>
        <source>Removes a user from your friends.</source>
        <translation>自朋友列中刪除一個使用者。</translation>
    </message>
    <message>
        <source>This will remove a user from your friends list.</source>
        <translation>你將從朋友清單中刪除一個使用者。</translation>
    </message>
    <message>
        <source>&amp;Update Friend</source>
        <translation>更新朋友(&amp;U)</translation>
    </message>
    <message>
        <source>Update name of your friend.</source>
        <translation>更新你的朋友的名字。</translation>
    </message>
    <message>
        <source>Your friend uses a different name than what is in your database. This will update the name.</source>
        <translation>好友的名稱與資料庫紀錄不同。即將更新。</translation>
    </message>
    <message>
        <source>Edit registered users list</source>
        <translation>編輯已註冊使用者清單</translation>
    </message>
    <message>
        <source>This opens the editor for registered users, which allow you to change their name or unregister them.</source>
        <translation>開啟註冊帳號編輯器，允許您變更他們的名稱或取消註冊。</translation>
    </message>
    <message>
        <source>Add or remove text-based access tokens</source>
        <translation>增加或移除文字存取標記</translation>
    </message>
    <message>
        <source>&amp;Minimal View</source>
        <translation>簡潔視窗(&amp;M)</translation>
    </message>
    <message>
        <source>Toggle minimal window modes</source>
        <translation>啟用簡潔視窗模式</translation>
    </message>
    <message>
        <source>This will toggle minimal mode, where the log window and menu is hidden.</source>
        <translation>這將啟用簡潔視窗模式，該模式將隱藏日誌欄與選單。</translation>
    </message>
    <message>
        <source>You muted and deafened %1.</source>
        <translation>你已關閉 %1 麥克風與喇叭。</translation>
    </message>
    <message>
        <source>You unmuted and undeafened %1.</source>
        <translation>你已開啟 %1 麥克風與喇叭。</translation>
    </message>
    <message>
        <source>You undeafened %1.</source>
        <translation>你的喇叭被 %1 開啟。</translation>
    </message>
    <message>
        <source>You suppressed %1.</source>
        <translation>你抑制了 %1。</translation>
    </message>
    <message>
        <source>%1 muted and deafened by %2.</source>
        <translation>%2 關閉 %1 的麥克風與喇叭。</translation>
    </message>
    <message>
        <source>%1 unmuted and undeafened by %2.</source>
        <translation>%2 開啟 %1 的麥克風與喇叭。</translation>
    </message>
    <message>
        <source>%1 undeafened by %2.</source>
        <translation>%1 被 %2 取消關閉喇叭。</translation>
    </message>
    <message>
        <source>%1 suppressed by %2.</source>
        <translation>%2 抑制了 %1。</translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation>%1 移動至 %2。</translation>
    </message>
    <message>
        <source>%1 moved to %2 by %3.</source>
        <translation>%3 將 %1 移動至 %2。</translation>
    </message>
    <message>
        <source>%1 moved in from %2 by %3.</source>
        <translation>%3 將 %1 從 %2 移動到此。</translation>
    </message>
    <message>
        <source>%1 is now muted and deafened.</source>
        <translation>%1 現在被關閉麥克風和關閉喇叭.</translation>
    </message>
    <message>
        <source>Your account information can not be verified currently. Please try again later</source>
        <translation>您的帳戶信息目前無法確認，請稍候重試</translation>
    </message>
    <message>
        <source>Welcome message: %1</source>
        <translation>歡迎訊息：%1</translation>
    </message>
    <message>
        <source>You were denied %1 privileges in %2.</source>
        <translation>您在 %2 的 %1 權限被拒絕。</translation>
    </message>
    <message>
        <source>%3 was denied %1 privileges in %2.</source>
        <translation>%3 在 %2 的 %1 權限被拒絕。</translation>
    </message>
    <message>
        <source>Denied: Cannot modify SuperUser.</source>
        <translation>拒絕：無法修改超級使用者。</translation>
    </message>
    <message>
        <source>Denied: Text message too long.</source>
        <translation>拒絕：訊息太長。</translation>
    </message>
    <message>
        <source>Denied: Operation not permitted in temporary channel.</source>
        <translation>拒絕：此操作無法使用於臨時頻道。</translation>
    </message>
    <message>
        <source>You need a certificate to perform this operation.</source>
        <translation>您需要憑證才可進行此操作。</translation>
    </message>
    <message>
        <source>%1 does not have a certificate.</source>
        <translation>%1 沒有憑證。</translation>
    </message>
    <message>
        <source>Channel is full.</source>
        <translation>頻道已滿。</translation>
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
        <translation>沒有權限。</translation>
    </message>
    <message>
        <source>%1 connected and entered channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connected.</source>
        <translation>%1 已連線。</translation>
    </message>
    <message>
        <source>%1 is now muted.</source>
        <translation>%1 現在被關閉麥克風。</translation>
    </message>
    <message>
        <source>%1 is now unmuted.</source>
        <translation>%1 現在被取消關閉麥克風。</translation>
    </message>
    <message>
        <source>Recording started</source>
        <translation>已開始錄音</translation>
    </message>
    <message>
        <source>Recording stopped</source>
        <translation>已停止錄音</translation>
    </message>
    <message>
        <source>%1 started recording.</source>
        <translation>%1 已開始錄音。</translation>
    </message>
    <message>
        <source>%1 stopped recording.</source>
        <translation>%1 已停止錄音。</translation>
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
        <translation>你被 %1 關閉麥克風。</translation>
    </message>
    <message>
        <source>You were undeafened by %1.</source>
        <translation>你被 %1 取消關閉喇叭。</translation>
    </message>
    <message>
        <source>You were suppressed.</source>
        <oldsource>You were suppressed by %1.</oldsource>
        <translation>你被抑制了。</translation>
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
        <translation>您已移動 %1 到 %2。</translation>
    </message>
    <message>
        <source>%1 is recording</source>
        <translation>%1 正在錄音</translation>
    </message>
    <message>
        <source>%1 renamed to %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 disconnected.</source>
        <translation>%1 離線。</translation>
    </message>
    <message>
        <source>Server</source>
        <comment>message from</comment>
        <translation>伺服器</translation>
    </message>
    <message>
        <source>The server requests minimum client version %1</source>
        <translation>伺服器要求使用 %1 以上版本客戶端</translation>
    </message>
    <message>
        <source>The server requests positional audio be enabled.</source>
        <translation>伺服器要求啟動定位音效。</translation>
    </message>
    <message>
        <source>The server requests positional audio be disabled.</source>
        <translation>伺服器要求關閉定位音效。</translation>
    </message>
    <message>
        <source>The server requests Push-to-Talk be enabled.</source>
        <translation>伺服器要求使用按鍵發話。</translation>
    </message>
    <message>
        <source>The server requests Push-to-Talk be disabled.</source>
        <translation>伺服器要求關閉按鍵發話。</translation>
    </message>
    <message>
        <source>You were unmuted by %1.</source>
        <translation>你被 %1 取消關閉麥克風。</translation>
    </message>
    <message>
        <source>You muted %1.</source>
        <translation>你關閉了 %1 的麥克風。</translation>
    </message>
    <message>
        <source>You unsuppressed %1.</source>
        <translation>你開啟了 %1 的麥克風。</translation>
    </message>
    <message>
        <source>You unmuted %1.</source>
        <translation>你開啟了 %1 的麥克風。</translation>
    </message>
    <message>
        <source>%1 muted by %2.</source>
        <translation>%1 被 %2 關閉麥克風。</translation>
    </message>
    <message>
        <source>%1 unsuppressed by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unmuted by %2.</source>
        <translation>%1 被 %2 取消關閉麥克風。</translation>
    </message>
    <message>
        <source>You were muted and deafened by %1.</source>
        <oldsource>You were deafened by %1.</oldsource>
        <translation>你被 %1 關閉麥克風與喇叭。</translation>
    </message>
    <message>
        <source>You were kicked from the server by %1: %2.</source>
        <translation>你被 %1 從服務器踢出: %2。</translation>
    </message>
    <message>
        <source>%3 was kicked from the server by %1: %2.</source>
        <translation>%3 被 %1 從服務器踢出: %2。</translation>
    </message>
    <message>
        <source>You were kicked and banned from the server by %1: %2.</source>
        <translation>你被 %1 從服務器踢出並封鎖： %2。</translation>
    </message>
    <message>
        <source>%3 was kicked and banned from the server by %1: %2.</source>
        <translation>%3 被 %1 從服務器踢出並封鎖： %2。</translation>
    </message>
    <message>
        <source>You were moved to %1 by %2.</source>
        <translation>你被從 %1 移動到 %2。</translation>
    </message>
    <message>
        <source>%1 entered channel.</source>
        <translation>%1 進入頻道。</translation>
    </message>
    <message>
        <source>Server connection rejected: %1.</source>
        <translation>伺服器拒絕連接: %1。</translation>
    </message>
    <message>
        <source>Denied: %1.</source>
        <translation>拒絕: %1。</translation>
    </message>
    <message>
        <source>%1 renamed to %2.</source>
        <translation>%1 更改名稱為 %2。</translation>
    </message>
    <message>
        <source>%1 left channel and disconnected.</source>
        <translation>%1 離開頻道且離線。</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>來至 %1 的消息</translation>
    </message>
    <message>
        <source>You have User Dragging set to &quot;Do Nothing&quot; so the user wasn&apos;t moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have Channel Dragging set to &quot;Do Nothing&quot; so the channel wasn&apos;t moved.</source>
        <translation>你設置頻道拖動為“無動作&quot;因此頻道沒有被移動。</translation>
    </message>
    <message>
        <source>Unknown Channel Drag mode in UserModel::dropMimeData.</source>
        <translation>UserModel::dropMimeData 中未知的頻道拖放模式。</translation>
    </message>
    <message>
        <source>Welcome to Mumble.</source>
        <translation>歡迎使用 Mumble。</translation>
    </message>
    <message>
        <source>Skipping version check in debug mode.</source>
        <translation>在除錯模式中略過版本檢查。</translation>
    </message>
    <message>
        <source>Hide Frame</source>
        <translation>隱藏邊框</translation>
    </message>
    <message>
        <source>Toggle showing frame on minimal window</source>
        <translation>在簡潔視窗模式下切換邊框顯示</translation>
    </message>
    <message>
        <source>This will toggle whether the minimal window should have a frame for moving and resizing.</source>
        <translation>該選項切換簡化窗口是否有個用來移動和改變大小的邊框。</translation>
    </message>
    <message>
        <source>Reset the comment of the selected user.</source>
        <translation>重設使用者註解。</translation>
    </message>
    <message>
        <source>View comment in editor</source>
        <translation>在編輯器中檢視使用者註解</translation>
    </message>
    <message>
        <source>Query server for connection information for user</source>
        <translation>查詢伺服器的使用者資訊</translation>
    </message>
    <message>
        <source>S&amp;erver</source>
        <translation>伺服器(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Self</source>
        <translation>本機設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Unlink Plugins</source>
        <translation>停用外掛(&amp;U)</translation>
    </message>
    <message>
        <source>Register yourself on the server</source>
        <translation>在此伺服器註冊</translation>
    </message>
    <message>
        <source>Change your avatar image on this server</source>
        <translation>變更你在此伺服器上的頭像</translation>
    </message>
    <message>
        <source>Remove currently defined avatar image.</source>
        <translation>移除目前定義的頭像圖片。</translation>
    </message>
    <message>
        <source>Icon Toolbar</source>
        <translation>工具欄圖示</translation>
    </message>
    <message>
        <source>Change your own comment</source>
        <translation>變更你自己的註解</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>複製網址(&amp;C)</translation>
    </message>
    <message>
        <source>Copies a link to this channel to the clipboard.</source>
        <translation>複製頻道網址到剪貼簿。</translation>
    </message>
    <message>
        <source>Locally ignore user&apos;s text chat messages.</source>
        <translation>本地忽略使用者的文字聊天訊息。</translation>
    </message>
    <message>
        <source>Silently drops all text messages from the user.</source>
        <translation>自動刪除來自所有使用者的文字訊息。</translation>
    </message>
    <message>
        <source>Edit ban list on server</source>
        <translation>編輯伺服器上的封鎖名單</translation>
    </message>
    <message>
        <source>This lets you edit the server-side IP ban list.</source>
        <translation>讓你編輯伺服器端的封鎖 IP 清單。</translation>
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
        <translation>Ctrl+F</translation>
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
        <translation type="unfinished">編輯(&amp;E)...</translation>
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
        <translation type="unfinished">頻道</translation>
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
        <translation type="unfinished">目前的 Mumble 無法處理版本 %1 產生的網址</translation>
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
        <translation type="unfinished">從伺服器斷開連線</translation>
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
        <translation type="unfinished">關於(&amp;A)</translation>
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
        <translation type="unfinished">順位</translation>
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
        <translation type="unfinished">前後關系</translation>
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
        <translation type="unfinished">狀態</translation>
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
        <translation type="unfinished">顯示</translation>
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
        <translation>網路</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>連接</translation>
    </message>
    <message>
        <source>Use TCP compatibility mode</source>
        <oldsource>Use TCP compatability mode</oldsource>
        <translation>使用 TCP 相容模式</translation>
    </message>
    <message>
        <source>&lt;b&gt;Enable TCP compatibility mode&lt;/b&gt;.&lt;br /&gt;This will make Mumble use only TCP when communicating with the server. This will increase overhead and cause lost packets to produce noticeable pauses in communication, so this should only be used if you are unable to use the default (which uses UDP for voice and TCP for control).</source>
        <translation>&lt;b&gt;啟用 TCP 兼容模式&lt;/b&gt;。&lt;br/&gt;這將使 Mumble 與服務器通信時只使用 TCP。這將增加系統開銷并導致丟包從而使通信時出現明顯的暫停，因此只有在你不能使用默認模式時使用它（默認模式使用 UDP 來傳輸語音，TCP 來控制）。</translation>
    </message>
    <message>
        <source>Reconnect when disconnected</source>
        <translation>連接斷開后重新連接</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reconnect when disconnected&lt;/b&gt;.&lt;br /&gt;This will make Mumble try to automatically reconnect after 10 seconds if your server connection fails.</source>
        <translation>&lt;b&gt;連接斷開后重新連接&lt;/b&gt;。&lt;br/&gt;這將使 Mumble 在與服務器的連接斷開 10秒后自動重新連接。</translation>
    </message>
    <message>
        <source>Reconnect automatically</source>
        <translation>自動重新連接</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理伺服器</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Type of proxy to connect through</source>
        <translation>代理伺服器的類型</translation>
    </message>
    <message>
        <source>Direct connection</source>
        <translation>直接連線</translation>
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
        <translation>主機名</translation>
    </message>
    <message>
        <source>Hostname of the proxy</source>
        <translation>代理伺服器主機名稱</translation>
    </message>
    <message>
        <source>Force TCP mode</source>
        <translation>只用TCP模式</translation>
    </message>
    <message>
        <source>Enable QoS to prioritize packets</source>
        <translation>使用 QoS 優先發送封包</translation>
    </message>
    <message>
        <source>This will enable QoS, which will attempt to prioritize voice packets over other traffic.</source>
        <translation>啟用服務質量管理(QoS)後，語音封包將優先於其他流量處理。</translation>
    </message>
    <message>
        <source>Use Quality of Service</source>
        <translation>使用服務質量管理 (QoS)</translation>
    </message>
    <message>
        <source>Don&apos;t send certificate to server and don&apos;t save passwords. (Not saved).</source>
        <translation>不要將憑證傳給伺服器也不要儲存密碼。(不儲存)。</translation>
    </message>
    <message>
        <source>&lt;b&gt;This will suppress identity information from the client.&lt;/b&gt;&lt;p&gt;The client will not identify itself with a certificate, even if defined, and will not cache passwords for connections. This is primarily a test-option and is not saved.&lt;/p&gt;</source>
        <translation>&lt;b&gt;這將阻止辨識客戶端的身份資訊&lt;/b&gt;&lt;p&gt;客戶端將無法使用憑證證明自己的身份，就算證明了，也無法儲存連線密碼。此為測試用選項且不儲存。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Suppress certificate and password storage</source>
        <translation>不儲存憑證與密碼</translation>
    </message>
    <message>
        <source>&lt;b&gt;Type of proxy to connect through.&lt;/b&gt;&lt;br /&gt;This makes Mumble connect through a proxy for all outgoing connections. Note: Proxy tunneling forces Mumble into TCP compatibility mode, causing all voice data to be sent via the control channel.</source>
        <translation>&lt;b&gt;通過代理伺服器的通訊協定類型&lt;/b&gt;&lt;br/&gt;讓 Mumble 所有通訊都透過代理伺服器。注意：使用代理穿隧將使 Mumble 進入 TCP 相容模式，所有語音資料將使用控制頻道發送。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hostname of the proxy.&lt;/b&gt;&lt;br /&gt;This field specifies the hostname of the proxy you wish to tunnel network traffic through.</source>
        <translation>&lt;b&gt;代理伺服器的主機名稱&lt;/b&gt;&lt;br/&gt;用來指定存取網路的代理伺服器。</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>埠號</translation>
    </message>
    <message>
        <source>Port number of the proxy</source>
        <translation>代理伺服器埠號</translation>
    </message>
    <message>
        <source>&lt;b&gt;Port number of the proxy.&lt;/b&gt;&lt;br /&gt;This field specifies the port number that the proxy expects connections on.</source>
        <translation>&lt;b&gt;代理服務器埠號。&lt;/b&gt;&lt;br/&gt;該字段指定代理服務器使用的埠號。</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用戶名</translation>
    </message>
    <message>
        <source>Username for proxy authentication</source>
        <translation>用於代理認証的用戶名</translation>
    </message>
    <message>
        <source>&lt;b&gt;Username for proxy authentication.&lt;/b&gt;&lt;br /&gt;This specifies the username you use for authenticating yourself with the proxy. In case the proxy does not use authentication, or you want to connect anonymously, simply leave this field blank.</source>
        <translation>&lt;b&gt;用於代理認証的用戶名。&lt;/b&gt;&lt;br /&gt;該字段指定用於代理認証的用戶名。如果代理不需要認証，或者你想要使用匿名連接，請將此字段留白。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Password for proxy authentication</source>
        <translation>用於代理認証的密碼</translation>
    </message>
    <message>
        <source>&lt;b&gt;Password for proxy authentication.&lt;/b&gt;&lt;br /&gt;This specifies the password you use for authenticating yourself with the proxy. In case the proxy does not use authentication, or you want to connect anonymously, simply leave this field blank.</source>
        <translation>&lt;b&gt;用於代理認証的密碼。&lt;/b&gt;&lt;br/&gt;該字段指定用於代理認証的密碼。如果代理不需要認証，或者你想要使用匿名連接，請將此字段留白。</translation>
    </message>
    <message>
        <source>Mumble services</source>
        <translation>Mumble 服務</translation>
    </message>
    <message>
        <source>Check for new releases of Mumble automatically.</source>
        <translation>讓 Mumble 自動偵測新發行版本。</translation>
    </message>
    <message>
        <source>This will check for new releases of Mumble every time you start the program, and notify you if one is available.</source>
        <translation>每次啟動 Mumble 時，將會自動檢查有無新版本發行，如果發行新版將提醒通知。</translation>
    </message>
    <message>
        <source>Check for application updates on startup</source>
        <translation>啟動時檢查更新</translation>
    </message>
    <message>
        <source>Check for new releases of plugins automatically.</source>
        <translation>自動檢查外掛更新。</translation>
    </message>
    <message>
        <source>This will check for new releases of plugins every time you start the program, and download them automatically.</source>
        <translation>當啟動程式的時候，Mumble 將自動檢查並更新外掛模組。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Submit anonymous statistics.&lt;/b&gt;&lt;br /&gt;Mumble has a small development team, and as such needs to focus its development where it is needed most. By submitting a bit of statistics you help the project determine where to focus development.</source>
        <translation>&lt;b&gt;送出匿名統計。&lt;/b&gt;&lt;br /&gt;Mumble 有一個重視未來發展的開發團隊，透過您的資訊能讓開發團隊更精確的抓住未來的發展方向。</translation>
    </message>
    <message>
        <source>Submit anonymous statistics to the Mumble project</source>
        <translation>遞交匿名統計數據給 Mumble 專案</translation>
    </message>
    <message>
        <source>Submit anonymous statistics</source>
        <translation>發送匿名統計</translation>
    </message>
    <message>
        <source>Reconnect to last used server when starting Mumble</source>
        <translation>啟動時連接最後使用的伺服器</translation>
    </message>
    <message>
        <source>Reconnect to last server on startup</source>
        <translation>啟動時自動連接到最後使用的伺服器</translation>
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
        <translation>靜音</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>講話</translation>
    </message>
    <message>
        <source>Whisper</source>
        <translation>悄悄話</translation>
    </message>
    <message>
        <source>Shout</source>
        <translation>大喊</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>頻道</translation>
    </message>
    <message>
        <source>Failed to create communication with overlay at %2: %1. No overlay will be available.</source>
        <translation>無法在 %2 建立連接：%1。沒有可用的浮動視窗。</translation>
    </message>
</context>
<context>
    <name>OverlayClient</name>
    <message>
        <source>Filter</source>
        <translation>過濾</translation>
    </message>
    <message>
        <source>Only talking</source>
        <translation>僅說話</translation>
    </message>
    <message>
        <source>Talking and recently active</source>
        <translation>說話語最近活動</translation>
    </message>
    <message>
        <source>All in current channel</source>
        <translation>目前頻道裡所有的</translation>
    </message>
    <message>
        <source>All in linked channels</source>
        <translation>所有相互連結的頻道</translation>
    </message>
    <message>
        <source>Always show yourself</source>
        <translation>總是顯視你自己</translation>
    </message>
    <message>
        <source>Configure recently active time (%1 seconds)...</source>
        <translation>設定最近活動時間 (%1 秒)…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Alphabetically</source>
        <translation>按英文字母排序</translation>
    </message>
    <message>
        <source>Last state change</source>
        <translation>最後停留的頻道</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>重設大小</translation>
    </message>
    <message>
        <source>Configure recently active time</source>
        <translation>重設最近活動時間</translation>
    </message>
    <message>
        <source>Amount of seconds users remain active after talking:</source>
        <translation>多少秒鐘內持續判定語音活動:</translation>
    </message>
</context>
<context>
    <name>OverlayConfig</name>
    <message>
        <source>To move the users, drag the little red dot.</source>
        <translation>拖動小紅點移動使用者清單。</translation>
    </message>
    <message>
        <source>To resize the users, mouse wheel over a user.</source>
        <oldsource>To resize the users, mousewheel over a user.</oldsource>
        <translation>在使用者清單上使用滑鼠滾輪縮放使用者清單。</translation>
    </message>
    <message>
        <source>For more options, right click a user.</source>
        <oldsource>For more options, rightclick a user.</oldsource>
        <translation>右鍵點擊使用者開啟更多選項。</translation>
    </message>
    <message>
        <source>Launcher Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>浮動視窗</translation>
    </message>
    <message>
        <source>Choose executable</source>
        <translation>選擇執行檔</translation>
    </message>
    <message>
        <source>Choose application</source>
        <translation>選擇應用程式</translation>
    </message>
    <message>
        <source>Choose path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Overlay Presets</source>
        <translation>載入浮動視窗樣板</translation>
    </message>
    <message>
        <source>Mumble overlay presets (*.mumblelay)</source>
        <translation>Mumble 浮動視窗樣板 (*.mumblelay)</translation>
    </message>
    <message>
        <source>Save Overlay Presets</source>
        <translation>儲存浮動視窗樣板</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>選項</translation>
    </message>
    <message>
        <source>Enable overlay.</source>
        <translation>啟用浮動視窗。</translation>
    </message>
    <message>
        <source>Enable Overlay</source>
        <translation>啟用浮動視窗</translation>
    </message>
    <message>
        <source>This sets whether the overlay is enabled or not. This setting is only checked when applications are started, so make sure Mumble is running and this option is on before you start the application.&lt;br /&gt;Please note that if you start Mumble after starting the application, or if you disable the overlay while the application is running, there is no safe way to restart the overlay without also restarting the application.</source>
        <oldsource>This sets whether the overlay is enabled or not. This setting is only checked when applications are started, so make sure Mumble is running and this option is on before you start the application.&lt;br /&gt;Please note that if you start the application after starting Mumble, or if you disable the overlay while running, there is no safe way to restart the overlay without also restarting the application.</oldsource>
        <translation>這裡設定開啟或關閉浮動視窗。這個設定只在啟動程式時檢查，因此要確定你啟動應用程式前 Mumble 還有本選項是開啟的。&lt;br /&gt;請注意如果你已經開啟 Mumble 與應用程式或者在應用程式執行期間關閉了浮動視窗，除了重新啟動應用程式之外，沒有辦法重新啟動浮動視窗。</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>界面布局</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>黑名單</translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation>白名單</translation>
    </message>
    <message>
        <source>Uninstall Overlay</source>
        <translation>反安裝浮動視窗</translation>
    </message>
    <message>
        <source>Overlay Installation</source>
        <translation>安裝浮動視窗</translation>
    </message>
    <message>
        <source>Mumble has detected that you do not have the Mumble Overlay installed.

Click the button below to install the overlay.</source>
        <translation>Mumble 偵測到你尚未安裝 Mumble 浮動視窗。
點選下方按鍵安裝浮動視窗。</translation>
    </message>
    <message>
        <source>Install Mumble Overlay</source>
        <translation>安裝 Mumble 浮動視窗</translation>
    </message>
    <message>
        <source>Overlay Upgrade</source>
        <translation>浮動視窗升級</translation>
    </message>
    <message>
        <source>Mumble has detected an old version of the overlay support files installed on your computer.

To upgrade these files to their latest versions, click the button below.</source>
        <translation>Mumble 偵測到你已安裝舊版的浮動視窗檔。

點選下方按鈕，升級浮動視窗到最新版。</translation>
    </message>
    <message>
        <source>Upgrade Mumble Overlay</source>
        <translation>升級 Mumble 浮動視窗</translation>
    </message>
    <message>
        <source>Display a frame counter in the overlay</source>
        <translation>在浮動視窗中顯示 FPS</translation>
    </message>
    <message>
        <source>Show FPS counter</source>
        <translation>顯示 FPS</translation>
    </message>
    <message>
        <source>Load an overlay preset from file</source>
        <translation>從檔案讀取浮動視窗設定</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>讀取…</translation>
    </message>
    <message>
        <source>Save your overlay settings to file</source>
        <translation>儲存浮動視窗設定成檔案</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>儲存…</translation>
    </message>
    <message>
        <source>Set the overlay font.</source>
        <translation>設定字型。</translation>
    </message>
    <message>
        <source>Set the overlay text color.</source>
        <translation>設定浮動視窗文字色彩。</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>色彩</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>字型</translation>
    </message>
    <message>
        <source>FPS and Clock Display</source>
        <translation>顯示 FPS 與時間</translation>
    </message>
    <message>
        <source>Display a clock in the overlay showing the current local time (system time).</source>
        <translation>在浮動視窗中顯示現在時間 (系統時間)。</translation>
    </message>
    <message>
        <source>Show Clock</source>
        <translation>顯示時間</translation>
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
        <translation type="unfinished">新增</translation>
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
        <translation>狀態</translation>
    </message>
    <message>
        <source>User is not talking</source>
        <translation>使用者沒有講話</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>被動</translation>
    </message>
    <message>
        <source>User is talking in your channel or a linked channel</source>
        <translation>使用者在你的頻道或與此頻道連結的頻道中講話</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>講話中</translation>
    </message>
    <message>
        <source>User is whispering to you privately</source>
        <translation>使用者正在與你私下悄悄話中</translation>
    </message>
    <message>
        <source>Private Whisper</source>
        <translation>私人的悄悄話</translation>
    </message>
    <message>
        <source>User is shouting to your channel</source>
        <translation>使用者在你的頻道中大喊</translation>
    </message>
    <message>
        <source>Channel Whisper</source>
        <translation>頻道悄悄話</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom Factor</source>
        <translation>縮放參數</translation>
    </message>
    <message>
        <source>Enabled Elements</source>
        <translation>可用元素</translation>
    </message>
    <message>
        <source>User avatar, chosen by each user</source>
        <translation>使用者頭像，由使用者選擇</translation>
    </message>
    <message>
        <source>Avatar</source>
        <translation>頭像</translation>
    </message>
    <message>
        <source>User&apos;s name</source>
        <translation>使用者的名稱</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Name of user&apos;s channel, if outside your current channel</source>
        <translation>使用者的頻道名稱，如果不在你目前所在頻道</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>頻道</translation>
    </message>
    <message>
        <source>Muted or deafened</source>
        <translation>關閉麥克風或喇叭</translation>
    </message>
    <message>
        <source>Mute state</source>
        <translation>靜默狀態</translation>
    </message>
    <message>
        <source>Bounding box, automatically shrunk to minimum size to contain all visible elements</source>
        <translation>邊框，自動將所有可見元素以最小顯示。</translation>
    </message>
    <message>
        <source>Bounding box</source>
        <translation>邊框</translation>
    </message>
    <message>
        <source>Overlay Editor</source>
        <translation>無縫嵌入編輯器</translation>
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
        <translation>預設布局</translation>
    </message>
    <message>
        <source>Large square avatar</source>
        <translation>大型頭像</translation>
    </message>
    <message>
        <source>Avatar and Name</source>
        <translation>頭像與名稱</translation>
    </message>
    <message>
        <source>User Opacity</source>
        <translation>名單透明度</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Object Opacity</source>
        <translation>物件透明度</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>對齊方式</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>靠左對齊</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>置中對齊</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>靠右對齊</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>靠上對齊</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>靠下對齊</translation>
    </message>
    <message>
        <source>Color...</source>
        <translation>色彩…</translation>
    </message>
    <message>
        <source>Font...</source>
        <translation>字型…</translation>
    </message>
    <message>
        <source>Bounding box</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Pen width</source>
        <translation>線條寬度</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>間距</translation>
    </message>
    <message>
        <source>Pen color</source>
        <translation>線條色彩</translation>
    </message>
    <message>
        <source>Fill color</source>
        <translation>填充色彩</translation>
    </message>
    <message>
        <source>Pick pen color</source>
        <translation>選擇線條色彩</translation>
    </message>
    <message>
        <source>Pick fill color</source>
        <translation>選擇填充色彩</translation>
    </message>
    <message>
        <source>Pick color</source>
        <translation>選擇色彩</translation>
    </message>
    <message>
        <source>Pick font</source>
        <translation>選擇字型</translation>
    </message>
</context>
<context>
    <name>PluginConfig</name>
    <message>
        <source>Plugins</source>
        <translation>外掛</translation>
    </message>
    <message>
        <source>Plugin has no configure function.</source>
        <translation>外掛沒有設定選項。</translation>
    </message>
    <message>
        <source>Plugin has no about function.</source>
        <translation>外掛沒有額外資訊。</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>選項</translation>
    </message>
    <message>
        <source>Enable plugins and transmit positional information</source>
        <translation>啟用外掛並傳送位置訊息</translation>
    </message>
    <message>
        <source>This allows plugins for supported games to fetch your in-game position and transmit it with each voice packet. This enables other users to hear your voice in-game from the direction your character is in relation to their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to Game and Transmit Position</source>
        <translation>連結到遊戲並傳送位置</translation>
    </message>
    <message>
        <source>Reloads all plugins</source>
        <translation>重新載入所有外掛</translation>
    </message>
    <message>
        <source>This rescans and reloads plugins. Use this if you just added or changed a plugin to the plugins directory.</source>
        <translation>重新掃描和重新載入外掛。當你增加或改變一個外掛時使用此選項。</translation>
    </message>
    <message>
        <source>&amp;Reload plugins</source>
        <translation>&amp;重新載入外掛</translation>
    </message>
    <message>
        <source>Information about plugin</source>
        <translation>外掛資訊</translation>
    </message>
    <message>
        <source>This shows a small information message about the plugin.</source>
        <translation>顯示插件相關信息。</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>關於(&amp;A)</translation>
    </message>
    <message>
        <source>Show configuration page of plugin</source>
        <translation>顯示外掛設定</translation>
    </message>
    <message>
        <source>This shows the configuration page of the plugin, if any.</source>
        <translation>顯示插件配置頁面。</translation>
    </message>
    <message>
        <source>&amp;Configure</source>
        <translation>設定(&amp;C)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
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
        <translation type="unfinished">前後關系</translation>
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
        <translation>預設輸入</translation>
    </message>
    <message>
        <source>Default Output</source>
        <translation>預設輸出</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <source>Failed to restart mumble</source>
        <translation>重新啟動 mumble 失敗</translation>
    </message>
    <message>
        <source>Mumble failed to restart itself. Please restart it manually.</source>
        <translation>Mumble 自我重新啟動失敗。請手動重啟。</translation>
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
        <translation type="unfinished">本地關閉麥克風</translation>
    </message>
    <message>
        <source>Ignore Messages</source>
        <translation type="unfinished">忽略訊息</translation>
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
        <translation type="unfinished">預設裝置</translation>
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
        <translation type="unfinished">停用</translation>
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
        <translation type="unfinished">調用</translation>
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
        <translation type="unfinished">新增</translation>
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
        <translation>讀取圖片失敗</translation>
    </message>
    <message>
        <source>Image file too large to embed in document. Please use images smaller than %1 kB.</source>
        <translation>嵌入文件的圖片過大，請使用小於 %1 kB 的圖片。</translation>
    </message>
    <message>
        <source>Message is too long.</source>
        <translation>訊息太長。</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Source Text</source>
        <translation>原始文字</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>粗體(&amp;B)</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>斜體(&amp;I)</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>斜體</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>下底線</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>顏色</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>插入連結</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>插入圖片</translation>
    </message>
</context>
<context>
    <name>RichTextEditorLink</name>
    <message>
        <source>Add Link</source>
        <translation>新增連結</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>網址</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>說明</translation>
    </message>
</context>
<context>
    <name>Search::SearchDialog</name>
    <message>
        <source>None</source>
        <translation type="unfinished">無</translation>
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
        <translation type="unfinished">選項</translation>
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
        <translation>UDP封包無法送發到伺服器或無法自伺服器接收。切換為 TCP 模式。</translation>
    </message>
    <message>
        <source>UDP packets cannot be sent to the server. Switching to TCP mode.</source>
        <translation>UDP封包無法發送到伺服器。切換為 TCP 模式。</translation>
    </message>
    <message>
        <source>UDP packets cannot be received from the server. Switching to TCP mode.</source>
        <translation>UDP封包無法自伺服器接收。切換為 TCP 模式。</translation>
    </message>
    <message>
        <source>UDP packets can be sent to and received from the server. Switching back to UDP mode.</source>
        <translation>UDP封包可以送到伺服器且可以自伺服器接收。切換回 UDP 模式。</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>連線逾時</translation>
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
        <translation type="unfinished">UDP (語音)</translation>
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
        <translation type="unfinished">好</translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished">延遲</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished">遺失</translation>
    </message>
    <message>
        <source>Resync</source>
        <translation type="unfinished">重新同步</translation>
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
        <translation type="unfinished">TCP (控制)</translation>
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
        <translation type="unfinished">檢視憑證(&amp;V)</translation>
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
        <translation>我的最愛</translation>
    </message>
    <message>
        <source>LAN</source>
        <translation>區域網路</translation>
    </message>
    <message>
        <source>Public Internet</source>
        <translation>公開網路</translation>
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
        <translation>開啟</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Toggle</source>
        <translation>切換</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
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
        <translation>根</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>上層</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>目前</translation>
    </message>
    <message>
        <source>Subchannel #%1</source>
        <translation>子頻道 #%1</translation>
    </message>
</context>
<context>
    <name>ShortcutTargetWidget</name>
    <message>
        <source>...</source>
        <translation>…</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>根</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父級</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>目前</translation>
    </message>
    <message>
        <source>Subchannel #%1</source>
        <translation>子頻道 #%1</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>無效</translation>
    </message>
    <message>
        <source>Empty</source>
        <oldsource>&lt;Empty&gt;</oldsource>
        <translation>空</translation>
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
        <translation>關閉</translation>
    </message>
    <message>
        <source>Toggle</source>
        <translation>切換</translation>
    </message>
    <message>
        <source>On</source>
        <translation>開啟</translation>
    </message>
</context>
<context>
    <name>TextMessage</name>
    <message>
        <source>Enter text</source>
        <translation>輸入文字</translation>
    </message>
    <message>
        <source>If checked the message is recursively sent to all subchannels</source>
        <translation>選擇後訊息將發送到所有子頻道。</translation>
    </message>
    <message>
        <source>Send recursively to subchannels</source>
        <translation>遞迴發送至所有子頻道</translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished">消息</translation>
    </message>
</context>
<context>
    <name>Tokens</name>
    <message>
        <source>Empty Token</source>
        <translation>空白授權碼</translation>
    </message>
    <message>
        <source>Mumble - Access Tokens</source>
        <translation>Mumble - 授權碼</translation>
    </message>
    <message>
        <source>List of access tokens on current server</source>
        <translation>列出目前伺服器所有授權碼</translation>
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
        <translation>新增授權碼</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <source>Remove a token</source>
        <translation>移除一個授權碼</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
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
        <translation>註冊使用者</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>更名</translation>
    </message>
    <message>
        <source>Who are you looking for?</source>
        <translation>您在找誰?</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>週</translation>
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
        <translation>停止活動</translation>
    </message>
    <message numerus="yes">
        <source>Registered users: %n account(s)</source>
        <translation>
            <numerusform>已註冊使用者：%n 個帳號</numerusform>
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
        <translation>使用者資訊</translation>
    </message>
    <message>
        <source>Connection Information</source>
        <translation>連線資訊</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>作業系統</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>憑證</translation>
    </message>
    <message>
        <source>IP Address</source>
        <translation>IP位置</translation>
    </message>
    <message>
        <source>Ping Statistics</source>
        <translation>Ping 統計</translation>
    </message>
    <message>
        <source>Pings received</source>
        <translation>收到的 Ping</translation>
    </message>
    <message>
        <source>Average ping</source>
        <translation>平均 ping</translation>
    </message>
    <message>
        <source>TCP (Control)</source>
        <translation>TCP (控制)</translation>
    </message>
    <message>
        <source>UDP (Voice)</source>
        <translation>UDP (語音)</translation>
    </message>
    <message>
        <source>UDP Network statistics</source>
        <translation>UDP 網路統計</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>好</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>延遲</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>遺失</translation>
    </message>
    <message>
        <source>Resync</source>
        <translation>重新同步</translation>
    </message>
    <message>
        <source>From Client</source>
        <translation>從客戶端</translation>
    </message>
    <message>
        <source>To Client</source>
        <translation>到客戶端</translation>
    </message>
    <message>
        <source>Connection time</source>
        <translation>連接時間</translation>
    </message>
    <message>
        <source>%1w</source>
        <translation>%1w</translation>
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
        <translation>，</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <oldsource>%1.%2.%3 (%4)</oldsource>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>支援</translation>
    </message>
    <message>
        <source>Not Supported</source>
        <translation>不支援</translation>
    </message>
    <message>
        <source>Not Reported</source>
        <translation>不回報</translation>
    </message>
    <message>
        <source>%1 online (%2 idle)</source>
        <translation>線上 %1 (%2 發呆)</translation>
    </message>
    <message>
        <source>%1 online</source>
        <translation>線上 %1</translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <comment>GroupBox</comment>
        <translation>頻寬</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <comment>Label</comment>
        <translation>頻寬</translation>
    </message>
    <message>
        <source>Ping deviation</source>
        <translation>Ping 誤差</translation>
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
        <translation>暱稱</translation>
    </message>
    <message>
        <source>Inactive days</source>
        <translation>停止活動天數</translation>
    </message>
    <message>
        <source>Last channel</source>
        <translation>最新頻道</translation>
    </message>
    <message>
        <source>Last seen: %1</source>
        <translation>最後看見： %1</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>從不</translation>
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
        <translation>這是一位與伺服器連接的使用者。使用者左邊的圖示顯示他是否正在發話。</translation>
    </message>
    <message>
        <source>Talking to your channel.</source>
        <translation>正在對你的頻道講話。</translation>
    </message>
    <message>
        <source>Shouting directly to your channel.</source>
        <oldsource>Whispering directly to your channel.</oldsource>
        <translation>直接對你的頻道大喊。</translation>
    </message>
    <message>
        <source>Whispering directly to you.</source>
        <translation>直接對您發送悄悄話。</translation>
    </message>
    <message>
        <source>Not talking.</source>
        <translation>沒有說話。</translation>
    </message>
    <message>
        <source>This is a channel on the server. The icon indicates the state of the channel:</source>
        <translation>此為伺服器上的一個頻道。圖示顯示頻道狀態：</translation>
    </message>
    <message>
        <source>Your current channel.</source>
        <translation>你目前的頻道。</translation>
    </message>
    <message>
        <source>A channel that is linked with your channel. Linked channels can talk to each other.</source>
        <translation>一個與您的頻道連接的頻道。連接的頻道可以相互通話。</translation>
    </message>
    <message>
        <source>A channel on the server that you are not linked to.</source>
        <translation>伺服器上一個你沒有連接的頻道。</translation>
    </message>
    <message>
        <source>This shows the flags the user has on the server, if any:</source>
        <translation>如果有的話，顯示此伺服氣上的使用者標示：</translation>
    </message>
    <message>
        <source>On your friend list</source>
        <translation>在好友清單中</translation>
    </message>
    <message>
        <source>Authenticated user</source>
        <translation>授權的使用者</translation>
    </message>
    <message>
        <source>Muted (manually muted by self)</source>
        <translation>關閉麥克風的 (自主關閉麥克風)</translation>
    </message>
    <message>
        <source>Muted (manually muted by admin)</source>
        <translation>關閉麥克風的 (管理員設定關閉麥克風)</translation>
    </message>
    <message>
        <source>Muted (not allowed to speak in current channel)</source>
        <translation>關閉麥克風的 (不允許在目前的頻道發話)</translation>
    </message>
    <message>
        <source>Muted (muted by you, only on your machine)</source>
        <translation>關閉麥克風的 (自主關閉麥克風，只在您的機器上有效)</translation>
    </message>
    <message>
        <source>Muted (push-to-mute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deafened (by self)</source>
        <translation>關閉喇叭(自設)</translation>
    </message>
    <message>
        <source>Deafened (by admin)</source>
        <translation>關閉喇叭(管理員設)</translation>
    </message>
    <message>
        <source>User has a new comment set (click to show)</source>
        <translation>使用者更新了說明 (點擊顯示)</translation>
    </message>
    <message>
        <source>User has a comment set, which you&apos;ve already seen. (click to show)</source>
        <translation>使用者更新了說明，您已閱畢。(點擊顯示)</translation>
    </message>
    <message>
        <source>Ignoring Text Messages</source>
        <translation>忽略文字訊息</translation>
    </message>
    <message>
        <source>This shows the flags the channel has, if any:</source>
        <translation>如果有的話，顯示頻道標誌：</translation>
    </message>
    <message>
        <source>Channel has a new comment set (click to show)</source>
        <translation>頻道有新說明 (點擊顯示)</translation>
    </message>
    <message>
        <source>Channel has a comment set, which you&apos;ve already seen. (click to show)</source>
        <translation>頻道有新說明，您已閱畢。 (點擊顯示)</translation>
    </message>
    <message>
        <source>Channel will be hidden when filtering is enabled</source>
        <translation>當過濾啟用時頻道將會隱藏</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>標誌</translation>
    </message>
    <message>
        <source>Are you sure you want to drag this user?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure you want to drag this channel?</source>
        <translation>你確定要移動這個頻道？</translation>
    </message>
    <message>
        <source>Cannot perform this movement automatically, please reset the numeric sorting indicators or adjust it manually.</source>
        <translation>無法自動調整位置，請重新調整編號順序。</translation>
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
        <translation>更新 Mumble</translation>
    </message>
    <message>
        <source>A new version of Mumble has been detected and automatically downloaded. It is recommended that you either upgrade to this version, or downgrade to the latest stable release. Do you want to launch the installer now?</source>
        <translation>檢測到新版的 Mumble 並已自動下載。建議您更新到此版本，或降版到最新穩定版。需要立即啟動安裝程式嗎？</translation>
    </message>
    <message>
        <source>Failed to launch snapshot installer.</source>
        <translation>快照版安裝程式啟動失敗。</translation>
    </message>
    <message>
        <source>Corrupt download of new version detected. Automatically removed.</source>
        <translation>新版程式下載失敗。已自動移除。</translation>
    </message>
    <message>
        <source>Downloading new snapshot from %1 to %2</source>
        <translation>從 %1 下載新快照版到 %2</translation>
    </message>
    <message>
        <source>Failed to write new version to disk.</source>
        <oldsource>Failed to write new version to disc.</oldsource>
        <translation>新版程式寫入失敗。</translation>
    </message>
    <message>
        <source>Mumble failed to retrieve version information from the central server.</source>
        <translation>Mumble 接收中央伺服器訊息失敗。</translation>
    </message>
</context>
<context>
    <name>ViewCert</name>
    <message>
        <source>Certificate Chain Details</source>
        <translation>認証鏈詳細信息</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>認証鏈</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>認証詳細信息</translation>
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
        <translation type="unfinished">狀態</translation>
    </message>
    <message>
        <source>Valid from: %1</source>
        <translation>有效期始于: %1</translation>
    </message>
    <message>
        <source>Valid to: %1</source>
        <translation>有效期到: %1</translation>
    </message>
    <message>
        <source>Serial: %1</source>
        <translation>序列號: %1</translation>
    </message>
    <message>
        <source>Public Key: %1 bits %2</source>
        <translation>公開密鑰: %1 比特 %2</translation>
    </message>
    <message>
        <source>RSA</source>
        <translation>非對稱加密算法</translation>
    </message>
    <message>
        <source>DSA</source>
        <translation>數字簽名算法</translation>
    </message>
    <message>
        <source>Digest (SHA-1): %1</source>
        <translation>摘要 (SHA-1): %1</translation>
    </message>
    <message>
        <source>Digest (SHA-256): %1</source>
        <translation type="unfinished">摘要 (SHA-1): %1 {256)?}</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Email: %1</translation>
    </message>
    <message>
        <source>DNS: %1</source>
        <translation>DNS: %1</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>發布者:</translation>
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
        <translation>建立 %1 目錄失敗</translation>
    </message>
    <message>
        <source>Recorder failed to open file &apos;%1&apos;</source>
        <translation>錄音機開啟 &apos;%1&apos; 失敗</translation>
    </message>
    <message>
        <source>.wav - Uncompressed</source>
        <translation>.wav - 未壓縮</translation>
    </message>
    <message>
        <source>.ogg (Vorbis) - Compressed</source>
        <translation>.ogg (Vorbis) - 有壓縮</translation>
    </message>
    <message>
        <source>.au - Uncompressed</source>
        <translation>.au - 未壓縮</translation>
    </message>
    <message>
        <source>.flac - Lossless compressed</source>
        <translation>.flac - 無損壓縮</translation>
    </message>
    <message>
        <source>.opus - Lossy compressed</source>
        <translation>.opus - 有損壓縮</translation>
    </message>
    <message>
        <source>.mp3 - Lossy compressed</source>
        <translation>.mp3 - 有損壓縮</translation>
    </message>
</context>
<context>
    <name>VoiceRecorderDialog</name>
    <message>
        <source>Recorder</source>
        <translation>錄音</translation>
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
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;t)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Multichannel</source>
        <translation>多聲道</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>輸出</translation>
    </message>
    <message>
        <source>Output format</source>
        <translation>輸出格式</translation>
    </message>
    <message>
        <source>Target directory</source>
        <translation>輸出目錄</translation>
    </message>
    <message>
        <source>Filename</source>
        <translation>檔案名稱</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>瀏覽(&amp;B)...</translation>
    </message>
    <message>
        <source>Valid variables are:</source>
        <translation>無效的變量:</translation>
    </message>
    <message>
        <source>Inserts the user&apos;s name</source>
        <translation>插入使用者名稱</translation>
    </message>
    <message>
        <source>Inserts the current date</source>
        <translation>插入目前日期</translation>
    </message>
    <message>
        <source>Inserts the current time</source>
        <translation>插入目前時間</translation>
    </message>
    <message>
        <source>Inserts the hostname</source>
        <translation>插入主機名稱</translation>
    </message>
    <message>
        <source>Recorder still running</source>
        <translation>持續錄音中</translation>
    </message>
    <message>
        <source>Closing the recorder without stopping it will discard unwritten audio. Do you really want to close the recorder?</source>
        <translation>不停止錄音而直接關閉將導致未寫入的音效檔廢棄。您確定要關閉錄音？</translation>
    </message>
    <message>
        <source>Unable to start recording. Not connected to a server.</source>
        <translation>無法開始錄音。沒有與伺服器連線。</translation>
    </message>
    <message>
        <source>The server you are currently connected to is version 1.2.2 or older. For privacy reasons, recording on servers of versions older than 1.2.3 is not possible.
Please contact your server administrator for further information.</source>
        <translation>目前連線的伺服器版本為 1.2.2 或更舊版，因此無法錄音。在低於 1.2.3 版的伺服器上無法錄音。
請聯絡伺服器管理員獲得更多訊息。</translation>
    </message>
    <message>
        <source>There is already a recorder active for this server.</source>
        <translation>已有一個錄音機在本伺服器使用。</translation>
    </message>
    <message>
        <source>Please select a recording format.</source>
        <translation>請選擇錄音格式。</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>Select target directory</source>
        <translation>選擇目標目錄</translation>
    </message>
    <message>
        <source>Downmix</source>
        <translation>立體聲轉單聲道</translation>
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
        <translation>預設裝置</translation>
    </message>
</context>
<context>
    <name>qwPTTButtonWidget</name>
    <message>
        <source>Mumble PTT</source>
        <translation>Mumble 按鍵發話</translation>
    </message>
    <message>
        <source>Push to talk</source>
        <translation>按鍵發話</translation>
    </message>
</context>
</TS>
