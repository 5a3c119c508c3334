<?xml version="1.0" ?><!DOCTYPE TS><TS version="2.1" language="zh_CN">
<context>
    <name>ActivityItem</name>
    <message>
        <location filename="../src/gui/tray/ActivityItem.qml" line="30"/>
        <source>Open %1 locally</source>
        <translation>在本地打开 %1 </translation>
    </message>
    <message>
        <location filename="../src/gui/tray/ActivityItem.qml" line="47"/>
        <source>In %1</source>
        <translation>在 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/ActivityItem.qml" line="194"/>
        <location filename="../src/gui/tray/ActivityItem.qml" line="197"/>
        <source>Show more actions</source>
        <translation>显示更多操作</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/ActivityItem.qml" line="244"/>
        <source>View activity</source>
        <translation>查看动态</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/ActivityItem.qml" line="168"/>
        <source>Open share dialog</source>
        <translation>打开分享对话框</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/ActivityItem.qml" line="172"/>
        <source>Share %1</source>
        <translation>共享 %1</translation>
    </message>
</context>
<context>
    <name>ActivityItemActions</name>
    <message>
        <location filename="../src/gui/tray/ActivityItemActions.qml" line="84"/>
        <location filename="../src/gui/tray/ActivityItemActions.qml" line="95"/>
        <source>Show more actions</source>
        <translation>显示更多操作</translation>
    </message>
</context>
<context>
    <name>ActivityItemContent</name>
    <message>
        <location filename="../src/gui/tray/ActivityItemContent.qml" line="192"/>
        <location filename="../src/gui/tray/ActivityItemContent.qml" line="203"/>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/ActivityItemContent.qml" line="234"/>
        <source>Open share dialog</source>
        <translation>打开共享对话框</translation>
    </message>
</context>
<context>
    <name>ActivityList</name>
    <message>
        <location filename="../src/gui/tray/ActivityList.qml" line="30"/>
        <source>Activity list</source>
        <translation>动态列表</translation>
    </message>
</context>
<context>
    <name>BasicComboBox</name>
    <message>
        <location filename="../src/gui/BasicComboBox.qml" line="58"/>
        <source>Clear status message menu</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>CallNotificationDialog</name>
    <message>
        <location filename="../src/gui/tray/CallNotificationDialog.qml" line="172"/>
        <source>Talk notification caller avatar</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/tray/CallNotificationDialog.qml" line="238"/>
        <source>Answer Talk call notification</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/tray/CallNotificationDialog.qml" line="246"/>
        <source>Decline</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/tray/CallNotificationDialog.qml" line="262"/>
        <source>Decline Talk call notification</source>
        <translation type="unfinished"/>
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
        <translation>正检查  &quot;%1&quot; 中的变更</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="122"/>
        <source>Checking for changes in &apos;%1&apos;</source>
        <translation>正在 &apos;%1&apos; 中检查变化</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="127"/>
        <source>Syncing %1 of %2  (%3 left)</source>
        <translation>正在同步第 %1  项，共 %2 项（剩余 %3 ）</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="132"/>
        <source>Syncing %1 of %2</source>
        <translation>正在同步 %1 / %2</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="139"/>
        <source>Syncing %1 (%2 left)</source>
        <translation>正在同步 %1（剩余 %2）</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="142"/>
        <source>Syncing %1</source>
        <translation>正在同步 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="163"/>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="225"/>
        <source>No recently changed files</source>
        <translation>没有最近修改的文件</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="179"/>
        <source>Sync paused</source>
        <translation>暂停同步</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="182"/>
        <source>Syncing</source>
        <translation>正在同步</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="218"/>
        <source>Open website</source>
        <translation>打开网站</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="230"/>
        <source>Recently changed</source>
        <translation>最近修改过的</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="237"/>
        <source>Pause synchronization</source>
        <translation>暂停同步</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="244"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="247"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="250"/>
        <source>Log out</source>
        <translation>登出</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="253"/>
        <source>Quit sync client</source>
        <translation>退出同步客户端</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <location filename="../src/gui/EmojiPicker.qml" line="132"/>
        <source>No recent emojis</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>FileSystem</name>
    <message>
        <location filename="../src/common/filesystembase.cpp" line="384"/>
        <source>Could not make directories in trash</source>
        <translation>无法在回收站创建目录</translation>
    </message>
    <message>
        <location filename="../src/common/filesystembase.cpp" line="398"/>
        <location filename="../src/common/filesystembase.cpp" line="404"/>
        <source>Could not move &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>无法将 &quot;%1&quot; 移动至 &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../src/common/filesystembase.cpp" line="438"/>
        <source>Moving to the trash is not implemented on this platform</source>
        <translation>当前平台尚未支持移动到回收站的功能</translation>
    </message>
    <message>
        <location filename="../src/common/filesystembase.cpp" line="398"/>
        <location filename="../src/common/filesystembase.cpp" line="404"/>
        <source>Could not move &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>无法将 &apos;%1&apos; 移动到 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../src/libsync/filesystem.cpp" line="158"/>
        <source>Error removing &quot;%1&quot;: %2</source>
        <translation>删除  &quot;%1&quot; 出错：%2</translation>
    </message>
    <message>
        <location filename="../src/libsync/filesystem.cpp" line="158"/>
        <source>Error removing &apos;%1&apos;: %2</source>
        <translation>删除 &apos;%1&apos; 错误：%2</translation>
    </message>
    <message>
        <location filename="../src/libsync/filesystem.cpp" line="174"/>
        <source>Could not remove folder &quot;%1&quot;</source>
        <translation>无法删除文件夹 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/libsync/filesystem.cpp" line="174"/>
        <source>Could not remove folder &apos;%1&apos;</source>
        <translation>无法删除文件夹 %1</translation>
    </message>
</context>
<context>
    <name>Flow2AuthWidget</name>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.ui" line="26"/>
        <source>Browser Authentication</source>
        <translation>浏览器验证</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.ui" line="32"/>
        <source>Please switch to your browser to proceed.</source>
        <translation>请切换到您的浏览器以继续。</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.ui" line="52"/>
        <source>Re-open Browser</source>
        <translation>重新打开浏览器</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.ui" line="56"/>
        <source>Logo</source>
        <translation>图标</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.ui" line="65"/>
        <source>Copy link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.ui" line="73"/>
        <source>Switch to your browser to connect your account</source>
        <translation>切换到你的浏览器连接你的帐户 </translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.ui" line="148"/>
        <source>An error occurred while connecting. Please try again.</source>
        <translation>连接时发生错误。请重试。</translation>
    </message>
</context>
<context>
    <name>FolderWizardSourcePage</name>
    <message>
        <location filename="../src/gui/folderwizardsourcepage.ui" line="33"/>
        <source>Pick a local folder on your computer to sync</source>
        <translation>选择一个本地文件夹进行同步</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizardsourcepage.ui" line="44"/>
        <source>&amp;Choose …</source>
        <translation>&amp;选择...</translation>
    </message>
</context>
<context>
    <name>FolderWizardTargetPage</name>
    <message>
        <location filename="../src/gui/folderwizardtargetpage.ui" line="131"/>
        <source>Select a remote destination folder</source>
        <translation>选择远程目标文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizardtargetpage.ui" line="143"/>
        <source>Create folder</source>
        <translation>创建文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizardtargetpage.ui" line="163"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizardtargetpage.ui" line="177"/>
        <source>Folders</source>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>OCC::AbstractNetworkJob</name>
    <message>
        <location filename="../src/libsync/abstractnetworkjob.cpp" line="317"/>
        <source>Connection timed out</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <location filename="../src/libsync/abstractnetworkjob.cpp" line="319"/>
        <source>Unknown error: network reply was deleted</source>
        <translation>未知错误：网络回复被删除</translation>
    </message>
    <message>
        <location filename="../src/libsync/abstractnetworkjob.cpp" line="450"/>
        <source>Server replied &quot;%1 %2&quot; to &quot;%3 %4&quot;</source>
        <translation>服务器向 &quot;%3 %4&quot; 返回了 &quot;%1 %2&quot;</translation>
    </message>
</context>
<context>
    <name>OCC::AbstractPropagateRemoteDeleteEncrypted</name>
    <message>
        <location filename="../src/libsync/abstractpropagateremotedeleteencrypted.cpp" line="139"/>
        <source>Wrong HTTP code returned by server. Expected 204, but received &quot;%1 %2&quot;.</source>
        <translation>服务器返回了错误的 HTTP 代码。预期的是 204，但接收到的是 &quot;%1 %2&quot;。</translation>
    </message>
    <message>
        <location filename="../src/libsync/abstractpropagateremotedeleteencrypted.cpp" line="181"/>
        <source>&quot;%1 Failed to unlock encrypted folder %2&quot;.</source>
        <translation>&quot;%1 未能解锁加密的文件夹  %2&quot;。</translation>
    </message>
</context>
<context>
    <name>OCC::Account</name>
    <message>
        <location filename="../src/libsync/account.cpp" line="871"/>
        <source>File %1 is already locked by %2.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/account.cpp" line="873"/>
        <source>Lock operation on %1 failed with error %2</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/account.cpp" line="875"/>
        <source>Unlock operation on %1 failed with error %2</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>OCC::AccountManager</name>
    <message>
        <location filename="../src/gui/accountmanager.cpp" line="406"/>
        <source>End to end encryption mnemonic</source>
        <translation>端到端加密助记词</translation>
    </message>
    <message>
        <location filename="../src/gui/accountmanager.cpp" line="406"/>
        <source>End-to-end encryption mnemonic</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/accountmanager.cpp" line="407"/>
        <source>To protect your Cryptographic Identity, we encrypt it with a mnemonic of 12 dictionary words. Please note these down and keep them safe. They will be needed to add other devices to your account (like your mobile phone or laptop).</source>
        <translation>为了保护您的加密身份，我们用 12 个助记词对其进行了加密。请将它们抄下来并妥善保管。在您向账号添加其他设备（手机或笔记本电脑）时需要用到。</translation>
    </message>
</context>
<context>
    <name>OCC::AccountSettings</name>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="31"/>
        <source>Unchecked folders will be &lt;b&gt;removed&lt;/b&gt; from your local file system and will not be synchronized to this computer anymore</source>
        <translation>未选中的文件夹将从您的本地文件系统中&lt;b&gt;移除&lt;/b&gt;，并且不再与该计算机同步</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="70"/>
        <location filename="../src/gui/accountsettings.cpp" line="762"/>
        <location filename="../src/gui/accountsettings.cpp" line="874"/>
        <location filename="../src/gui/accountsettings.cpp" line="1363"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="83"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="118"/>
        <source>Connected with &lt;server&gt; as &lt;user&gt;</source>
        <translation>与 &lt;server&gt; 连接为 &lt;user&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="148"/>
        <source>Storage space: …</source>
        <translation>存储空间：...</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="256"/>
        <source>Synchronize all</source>
        <translation>全部同步</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="263"/>
        <source>Synchronize none</source>
        <translation>不同步</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="270"/>
        <source>Apply manual changes</source>
        <translation>应用手工修改</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="88"/>
        <source>End-to-End Encryption with Virtual Files</source>
        <translation>虚拟文件端到端加密</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="89"/>
        <source>You seem to have the Virtual Files feature enabled on this folder. At the moment, it is not possible to implicitly download virtual files that are End-to-End encrypted. To get the best experience with Virtual Files and End-to-End Encryption, make sure the encrypted folder is marked with &quot;Make always available locally&quot;.</source>
        <translation>您似乎在此文件夹上启用了虚拟文件功能。目前，不可能隐式下载端到端加密的虚拟文件。为了获得虚拟文件和端到端加密的最佳体验，请确保加密文件夹被标记为“始终在本地可用”。  </translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="97"/>
        <source>Don&apos;t encrypt folder</source>
        <translation>不加密文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="100"/>
        <source>Encrypt folder</source>
        <translation>加密文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="233"/>
        <location filename="../src/gui/accountsettings.cpp" line="254"/>
        <source>This account supports end-to-end encryption</source>
        <translation>此账号支持端到端加密</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="235"/>
        <source>Display mnemonic</source>
        <translation>显示助记符</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="241"/>
        <source>No account configured.</source>
        <translation>没有配置账号。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="220"/>
        <source>Add new</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="224"/>
        <location filename="../src/gui/accountsettings.cpp" line="1068"/>
        <source>Log out</source>
        <translation>登出</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="228"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="232"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="256"/>
        <source>Enable encryption</source>
        <translation>启用加密</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="261"/>
        <source>Show E2E mnemonic</source>
        <translation>显示 E2E 助记词</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="270"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="89"/>
        <source>You seem to have the Virtual Files feature enabled on this folder. At  the moment, it is not possible to implicitly download virtual files that are End-to-End encrypted. To get the best experience with Virtual Files and End-to-End Encryption, make sure the encrypted folder is marked with &quot;Make always available locally&quot;.</source>
        <translation>您似乎在此文件夹上启用了虚拟文件功能。目前，不可能隐式下载端到端加密的虚拟文件。为了获得虚拟文件和端到端加密的最佳体验，请确保加密文件夹被标记为“始终在本地可用”。  </translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="330"/>
        <source>You cannot encrypt a folder with contents, please remove the files.
Wait for the new sync, then encrypt it.</source>
        <translation>您无法使用内容加密文件夹，请删除文件。
等待新的同步，然后对其进行加密。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="354"/>
        <source>Encryption failed</source>
        <translation>加密失败了</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="354"/>
        <source>Could not encrypt folder because the folder does not exist anymore</source>
        <translation>无法加密文件夹，因为文件夹不再存在</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="466"/>
        <location filename="../src/gui/accountsettings.cpp" line="554"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="483"/>
        <source>Encrypt</source>
        <translation>加密</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="491"/>
        <location filename="../src/gui/accountsettings.cpp" line="557"/>
        <source>Edit Ignored Files</source>
        <translation>编辑已忽略的文件</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="494"/>
        <location filename="../src/gui/accountsettings.cpp" line="560"/>
        <source>Create new folder</source>
        <translation>创建新文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="500"/>
        <location filename="../src/gui/accountsettings.cpp" line="586"/>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="565"/>
        <source>Choose what to sync</source>
        <translation>选择同步内容</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="571"/>
        <source>Force sync now</source>
        <translation>立即强制同步</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="573"/>
        <source>Restart sync</source>
        <translation>重启同步</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="579"/>
        <source>Resume sync</source>
        <translation>恢复同步</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="579"/>
        <source>Pause sync</source>
        <translation>暂停同步</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="582"/>
        <source>Remove folder sync connection</source>
        <translation>移除文件夹同步连接</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="595"/>
        <source>Disable virtual file support …</source>
        <translation>禁用虚拟文件支持 ...</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="604"/>
        <source>Enable virtual file support %1 …</source>
        <translation>启用虚拟文件支持 %1 …</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="604"/>
        <source>(experimental)</source>
        <translation>(实验性)</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="697"/>
        <source>Folder creation failed</source>
        <translation>文件夹创建失败</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="698"/>
        <source>&lt;p&gt;Could not create local folder &lt;i&gt;%1&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;无法新建本地文件夹 &lt;i&gt;%1&lt;/i&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="753"/>
        <source>Confirm Folder Sync Connection Removal</source>
        <translation>确定移除文件夹同步连接</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="754"/>
        <source>&lt;p&gt;Do you really want to stop syncing the folder &lt;i&gt;%1&lt;/i&gt;?&lt;/p&gt;&lt;p&gt;&lt;b&gt;Note:&lt;/b&gt; This will &lt;b&gt;not&lt;/b&gt; delete any files.&lt;/p&gt;</source>
        <translation>&lt;p&gt;您确定要停止文件夹&lt;i&gt;%1&lt;/i&gt;同步？&lt;/p&gt;&lt;p&gt;&lt;b&gt;注意：&lt;/b&gt; 这 &lt;b&gt;不会&lt;/b&gt; 删除任何文件。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="761"/>
        <source>Remove Folder Sync Connection</source>
        <translation>移除文件夹同步连接</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="865"/>
        <source>Disable virtual file support?</source>
        <translation>禁用虚拟文件支持？</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="866"/>
        <source>This action will disable virtual file support. As a consequence contents of folders that are currently marked as &quot;available online only&quot; will be downloaded.

The only advantage of disabling virtual file support is that the selective sync feature will become available again.

This action will abort any currently running synchronization.</source>
        <translation>此操作将禁用虚拟文件支持。因此，当前标记为“仅在线可用”的文件夹的内容将被下载。禁用虚拟文件支持的唯一好处是选择性同步特性将再次可用。此操作将终止任何当前正在运行的同步。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="873"/>
        <source>Disable support</source>
        <translation>禁用支持</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="991"/>
        <source>Sync Running</source>
        <translation>正在同步</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="992"/>
        <source>The syncing operation is running.&lt;br/&gt;Do you want to terminate it?</source>
        <translation>同步操作正在进行。&lt;br/&gt;您确定要停止吗？</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1075"/>
        <source>%1 (%3%) of %2 in use. Some folders, including network mounted or shared folders, might have different limits.</source>
        <translation>%1 （%3%） of %2 使用中。一些文件夹，例如网络挂载的和共享的文件夹，可能有不同的限制。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1076"/>
        <source>%1 of %2 in use</source>
        <translation>使用量 %1 / %2</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1085"/>
        <source>Currently there is no storage usage information available.</source>
        <translation>目前没有储存使用量信息可用。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1088"/>
        <source>%1 in use</source>
        <translation>已使用 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1079"/>
        <source>%1 as &lt;i&gt;%2&lt;/i&gt;</source>
        <translation>%1 作为 &lt;i&gt;%2&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="772"/>
        <source>The server version %1 is old and unsupported! Proceed at your own risk.</source>
        <translation>服务器版本 %1 很旧且不支持，继续操作将自行承担风险。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1066"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1115"/>
        <source>%1 as %2</source>
        <translation>%1 作为 %2</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1122"/>
        <source>The server version %1 is unsupported! Proceed at your own risk.</source>
        <translation>服务器版本  %1 不受支持！继续操作，风险自担。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1124"/>
        <source>Connected to %1.</source>
        <translation>已连接到 %1。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1128"/>
        <source>Server %1 is temporarily unavailable.</source>
        <translation>服务器 %1 暂时不可用。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1131"/>
        <source>Server %1 is currently in maintenance mode.</source>
        <translation>服务器 %1 目前正在维护。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1134"/>
        <source>Signed out from %1.</source>
        <translation>从 %1 登出。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1144"/>
        <source>Obtaining authorization from the browser. &lt;a href=&apos;%1&apos;&gt;Click here&lt;/a&gt; to re-open the browser.</source>
        <translation>正在从浏览器获得授权。 &lt;a href=&apos;%1&apos;&gt;点击此处&lt;/a&gt; 重新打开浏览器。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1148"/>
        <source>Connecting to %1 …</source>
        <translation>正在连接到 %1 …</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1153"/>
        <source>No connection to %1 at %2.</source>
        <translation>没有到位于%2中的%1的连接</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1158"/>
        <source>Server configuration error: %1 at %2.</source>
        <translation>服务器配置错误：%1 于 %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1169"/>
        <source>No %1 connection configured.</source>
        <translation>没有 %1 连接配置。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1341"/>
        <source>There are folders that were not synchronized because they are too big: </source>
        <translation>以下目录由于太大而没有同步：</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1343"/>
        <source>There are folders that were not synchronized because they are external storages: </source>
        <translation>以下目录由于是外部存储而没有同步：</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1344"/>
        <source>There are folders that were not synchronized because they are too big or external storages: </source>
        <translation>以下目录由于太大或是外部存储而没有同步：</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1356"/>
        <source>Confirm Account Removal</source>
        <translation>确认移除账号</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1357"/>
        <source>&lt;p&gt;Do you really want to remove the connection to the account &lt;i&gt;%1&lt;/i&gt;?&lt;/p&gt;&lt;p&gt;&lt;b&gt;Note:&lt;/b&gt; This will &lt;b&gt;not&lt;/b&gt; delete any files.&lt;/p&gt;</source>
        <translation>&lt;p&gt;您确定要移除与账号&lt;i&gt;%1&lt;/i&gt;的连接吗？&lt;/p&gt;&lt;p&gt;&lt;b&gt;注意：&lt;/b&gt; 这 &lt;b&gt;不会&lt;/b&gt; 删除任何文件。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1362"/>
        <source>Remove connection</source>
        <translation>移除连接</translation>
    </message>
</context>
<context>
    <name>OCC::AccountState</name>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="149"/>
        <source>Signed out</source>
        <translation>已退出</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="151"/>
        <source>Disconnected</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="153"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="155"/>
        <source>Service unavailable</source>
        <translation>服务不可用</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="157"/>
        <source>Maintenance mode</source>
        <translation>维护模式</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="159"/>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="161"/>
        <source>Configuration error</source>
        <translation>配置错误</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="163"/>
        <source>Asking Credentials</source>
        <translation>凭证</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="165"/>
        <source>Unknown account state</source>
        <translation>未知的账号状态</translation>
    </message>
</context>
<context>
    <name>OCC::ActivityListModel</name>
    <message>
        <location filename="../src/gui/tray/activitylistmodel.cpp" line="466"/>
        <source>For more activities please open the Activity app.</source>
        <translation>有关更多动态，请打开 “动态” 应用。</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/activitylistmodel.cpp" line="488"/>
        <source>Fetching activities …</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/tray/activitylistmodel.cpp" line="488"/>
        <source>Fetching activities…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/tray/activitylistmodel.cpp" line="559"/>
        <source>Files from the ignore list as well as symbolic links are not synced.</source>
        <translation>来自忽略列表的文件和符号链接不会被同步。</translation>
    </message>
    <message>
        <location filename="../src/gui/activitylistmodel.cpp" line="241"/>
        <source>Files from the ignore list as well as symbolic links are not synced. This includes:</source>
        <translation>来自忽略列表的文件和符号链接不会被同步。这包含：</translation>
    </message>
</context>
<context>
    <name>OCC::AddCertificateDialog</name>
    <message>
        <location filename="../src/gui/addcertificatedialog.ui" line="17"/>
        <source>SSL client certificate authentication</source>
        <translation>SSL 客户端证书认证</translation>
    </message>
    <message>
        <location filename="../src/gui/addcertificatedialog.ui" line="23"/>
        <source>This server probably requires a SSL client certificate.</source>
        <translation>连接本服务器可能需要一个 SSL 客户端证书。</translation>
    </message>
    <message>
        <location filename="../src/gui/addcertificatedialog.ui" line="35"/>
        <source>Certificate &amp; Key (pkcs12):</source>
        <translation>证书和密钥 (pkcs12):</translation>
    </message>
    <message>
        <location filename="../src/gui/addcertificatedialog.ui" line="35"/>
        <source>Certificate &amp; Key (pkcs12) :</source>
        <translation>证书与密匙（pkcs12）：</translation>
    </message>
    <message>
        <location filename="../src/gui/addcertificatedialog.ui" line="51"/>
        <source>Browse …</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location filename="../src/gui/addcertificatedialog.ui" line="60"/>
        <source>Certificate password:</source>
        <translation>证书密码：</translation>
    </message>
    <message>
        <location filename="../src/gui/addcertificatedialog.ui" line="79"/>
        <source>An encrypted pkcs12 bundle is strongly recommended as a copy will be stored in the configuration file.</source>
        <translation>强烈建议使用加密的pkcs12 包，因为配置文件中将存储一个副本。</translation>
    </message>
    <message>
        <location filename="../src/gui/addcertificatedialog.cpp" line="38"/>
        <source>Select a certificate</source>
        <translation>选择证书</translation>
    </message>
    <message>
        <location filename="../src/gui/addcertificatedialog.cpp" line="38"/>
        <source>Certificate files (*.p12 *.pfx)</source>
        <translation>证书文件（*.p12 *.pfx）</translation>
    </message>
</context>
<context>
    <name>OCC::Application</name>
    <message>
        <location filename="../src/gui/application.cpp" line="147"/>
        <source>Continuing will mean &lt;b&gt;deleting these settings&lt;/b&gt;.</source>
        <translation>继续意味着&lt;b&gt;删除这些设置&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="149"/>
        <source>Continuing will mean &lt;b&gt;ignoring these settings&lt;/b&gt;.</source>
        <translation>继续意味着&lt;b&gt;忽略这些设置&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="155"/>
        <source>Some settings were configured in newer versions of this client and use features that are not available in this version.&lt;br&gt;&lt;br&gt;%1&lt;br&gt;&lt;br&gt;The current configuration file was already backed up to &lt;i&gt;%2&lt;/i&gt;.</source>
        <translation>一些设置在此客户端的新版本中被配置，并使用了该版本中没有的功能。&lt;br&gt;&lt;br&gt;%1&lt;br&gt;&lt;br&gt;当前配置文件已经备份到&lt;i&gt;%2&lt;/i&gt;。</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="162"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="163"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="334"/>
        <source>Error accessing the configuration file</source>
        <translation>访问配置文件时发生错误</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="335"/>
        <source>There was an error while accessing the configuration file at %1. Please make sure the file can be accessed by your user.</source>
        <translation>访问配置文件 %1 时发生错误。请检查是否有访问权限。</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="335"/>
        <source>There was an error while accessing the configuration file at %1. Please make sure the file can be accessed by your system account.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="338"/>
        <source>Quit %1</source>
        <translation>退出 %1</translation>
    </message>
</context>
<context>
    <name>OCC::AuthenticationDialog</name>
    <message>
        <location filename="../src/gui/authenticationdialog.cpp" line="30"/>
        <source>Authentication Required</source>
        <translation>需要认证</translation>
    </message>
    <message>
        <location filename="../src/gui/authenticationdialog.cpp" line="32"/>
        <source>Enter username and password for &quot;%1&quot; at %2.</source>
        <translation>在 %2 输入  &quot;%1&quot; 的用户名和密码</translation>
    </message>
    <message>
        <location filename="../src/gui/authenticationdialog.cpp" line="32"/>
        <source>Enter username and password for &apos;%1&apos; at %2.</source>
        <translation>输入 %1 （%2）的用户名和密码</translation>
    </message>
    <message>
        <location filename="../src/gui/authenticationdialog.cpp" line="37"/>
        <source>&amp;Username:</source>
        <translation>用户名 (&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/gui/authenticationdialog.cpp" line="37"/>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../src/gui/authenticationdialog.cpp" line="38"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>OCC::BulkPropagatorJob</name>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="122"/>
        <source>File %1 cannot be uploaded because another file with the same name, differing only in case, exists</source>
        <translation>无法上传文件 %1，因为存在同名文件，文件名仅有大小写不同。</translation>
    </message>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="169"/>
        <source>File %1 has invalid modified time. Do not upload to the server.</source>
        <translation>文件 %1 修改时间无效。不要上传到服务器。</translation>
    </message>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="294"/>
        <source>File Removed (start upload) %1</source>
        <translation>文件已删除（开始上传）%1</translation>
    </message>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="305"/>
        <source>File %1 has invalid modification time. Do not upload to the server.</source>
        <translation>文件 %1 修改时间无效。不要上传到服务器。</translation>
    </message>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="313"/>
        <source>Local file changed during syncing. It will be resumed.</source>
        <translation>本地文件在同步时发生变化。将重新开始同步。</translation>
    </message>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="327"/>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="646"/>
        <source>Local file changed during sync.</source>
        <translation>本地文件在同步时发生变化。</translation>
    </message>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="420"/>
        <source>Network error: %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="420"/>
        <source>Network Error: %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="465"/>
        <source>Error updating metadata: %1</source>
        <translation>更新元数据出错：%1 </translation>
    </message>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="468"/>
        <source>The file %1 is currently in use</source>
        <translation>文件 %1 在使用中</translation>
    </message>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="629"/>
        <source>The local file was removed during sync.</source>
        <translation>本地文件在同步时被删除</translation>
    </message>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="676"/>
        <source>Restoration failed: %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="676"/>
        <source>; Restoration Failed: %1</source>
        <translation>; 还原失败：%1</translation>
    </message>
</context>
<context>
    <name>OCC::CleanupPollsJob</name>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="1384"/>
        <source>Error writing metadata to the database</source>
        <translation>向数据库写入元数据错误</translation>
    </message>
</context>
<context>
    <name>OCC::ClientSideEncryption</name>
    <message>
        <location filename="../src/libsync/clientsideencryption.cpp" line="1241"/>
        <source>Please enter your end to end encryption passphrase:&lt;br&gt;&lt;br&gt;User: %2&lt;br&gt;Account: %3&lt;br&gt;</source>
        <translation>请输入端到端加密短语：&lt;br&gt;&lt;br&gt;用户名：%2&lt;br&gt;账号：%3&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../src/libsync/clientsideencryption.cpp" line="1241"/>
        <source>Please enter your end-to-end encryption passphrase:&lt;br&gt;&lt;br&gt;Username: %2&lt;br&gt;Account: %3&lt;br&gt;</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/clientsideencryption.cpp" line="1249"/>
        <source>Enter E2E passphrase</source>
        <translation>输入 E2E 密语</translation>
    </message>
</context>
<context>
    <name>OCC::ConflictDialog</name>
    <message>
        <location filename="../src/gui/conflictdialog.ui" line="14"/>
        <source>Sync Conflict</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.ui" line="20"/>
        <location filename="../src/gui/conflictdialog.cpp" line="94"/>
        <source>Conflicting versions of %1.</source>
        <translation>％1 的版本冲突。</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.ui" line="32"/>
        <source>Which version of the file do you want to keep?&lt;br/&gt;If you select both versions, the local file will have a number added to its name.</source>
        <translation>您要保留文件的哪个版本？&lt;br/&gt;如果您同时选择两个版本，则本地文件的名称上将会加上一个数字。</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.ui" line="46"/>
        <source>Local version</source>
        <translation>本地版本</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.ui" line="57"/>
        <location filename="../src/gui/conflictdialog.ui" line="165"/>
        <source>Click to open the file</source>
        <translation>点击以打开文件</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.ui" line="96"/>
        <location filename="../src/gui/conflictdialog.ui" line="204"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.ui" line="103"/>
        <location filename="../src/gui/conflictdialog.ui" line="211"/>
        <source>0 byte</source>
        <translation>0 字节</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.ui" line="110"/>
        <source>&lt;a href=&quot;%1&quot;&gt;Open local version&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;打开本地版本&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.ui" line="154"/>
        <source>Server version</source>
        <translation>服务器版本</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.ui" line="218"/>
        <source>&lt;a href=&quot;%1&quot;&gt;Open server version&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;打开服务器版本&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.cpp" line="54"/>
        <location filename="../src/gui/conflictdialog.cpp" line="177"/>
        <source>Keep selected version</source>
        <translation>保留所选版本</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.cpp" line="148"/>
        <source>Open local version</source>
        <translation>打开本地版本</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.cpp" line="156"/>
        <source>Open server version</source>
        <translation>打开服务器版本</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.cpp" line="174"/>
        <source>Keep both versions</source>
        <translation>保留两个版本</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.cpp" line="175"/>
        <source>Keep local version</source>
        <translation>保留本地版本</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.cpp" line="176"/>
        <source>Keep server version</source>
        <translation>保留服务器版本</translation>
    </message>
</context>
<context>
    <name>OCC::ConflictSolver</name>
    <message>
        <location filename="../src/gui/conflictsolver.cpp" line="88"/>
        <source>Do you want to delete the directory &lt;i&gt;%1&lt;/i&gt; and all its contents permanently?</source>
        <translation>是否要永久删除目录&lt;i&gt;％1&lt;/i&gt;及其所有内容？</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictsolver.cpp" line="89"/>
        <source>Do you want to delete the file &lt;i&gt;%1&lt;/i&gt; permanently?</source>
        <translation>是否要永久删除文件&lt;i&gt;％1&lt;/i&gt;？</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictsolver.cpp" line="90"/>
        <source>Confirm deletion</source>
        <translation>确认删除</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictsolver.cpp" line="134"/>
        <location filename="../src/gui/conflictsolver.cpp" line="159"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictsolver.cpp" line="134"/>
        <location filename="../src/gui/conflictsolver.cpp" line="159"/>
        <source>Moving file failed:

%1</source>
        <translation>移动文件失败：

%1</translation>
    </message>
</context>
<context>
    <name>OCC::ConnectionValidator</name>
    <message>
        <location filename="../src/gui/connectionvalidator.cpp" line="50"/>
        <source>No Nextcloud account configured</source>
        <translation>没有配置好的 Nextcloud 账号</translation>
    </message>
    <message>
        <location filename="../src/gui/connectionvalidator.cpp" line="147"/>
        <source>Authentication error: Either username or password are wrong.</source>
        <translation>认证失败：用户名或密码错误</translation>
    </message>
    <message>
        <location filename="../src/gui/connectionvalidator.cpp" line="159"/>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../src/gui/connectionvalidator.cpp" line="159"/>
        <source>timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../src/gui/connectionvalidator.cpp" line="196"/>
        <source>The provided credentials are not correct</source>
        <translation>提供的证书不正确</translation>
    </message>
    <message>
        <location filename="../src/gui/connectionvalidator.cpp" line="267"/>
        <source>The configured server for this client is too old</source>
        <translation>此客户端连接到的服务器版本过旧</translation>
    </message>
    <message>
        <location filename="../src/gui/connectionvalidator.cpp" line="268"/>
        <source>Please update to the latest server and restart the client.</source>
        <translation>请更新到最新的服务器版本然后重启客户端。</translation>
    </message>
</context>
<context>
    <name>OCC::DiscoveryPhase</name>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="189"/>
        <source>Error while canceling deletion of a file</source>
        <translation>取消删除一个文件时出错</translation>
    </message>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="189"/>
        <source>Error while canceling delete of a file</source>
        <translation>取消删除一个文件时出错</translation>
    </message>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="190"/>
        <source>Error while canceling deletion of %1</source>
        <translation>取消删除 %1 时发生错误</translation>
    </message>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="190"/>
        <source>Error while canceling delete of %1</source>
        <translation>取消删除 %1 时发生错误</translation>
    </message>
</context>
<context>
    <name>OCC::DiscoverySingleDirectoryJob</name>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="398"/>
        <source>The server file discovery reply is missing data.</source>
        <translation>服务器文件发现的应答缺少数据。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="567"/>
        <location filename="../src/libsync/discoveryphase.cpp" line="592"/>
        <source>Server error: PROPFIND reply is not XML formatted!</source>
        <translation>服务器错误：PROPFIND 回复的格式不是 XML！</translation>
    </message>
</context>
<context>
    <name>OCC::DiscoverySingleLocalDirectoryJob</name>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="275"/>
        <source>Error while opening directory %1</source>
        <translation>打开目录 %1 时出错</translation>
    </message>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="277"/>
        <source>Directory not accessible on client, permission denied</source>
        <translation>目录在客户端上不可访问，权限被拒</translation>
    </message>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="281"/>
        <source>Directory not found: %1</source>
        <translation>找不到目录：%1</translation>
    </message>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="312"/>
        <source>Filename encoding is not valid</source>
        <translation>文件名编码无效</translation>
    </message>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="331"/>
        <source>Error while reading directory %1</source>
        <translation>读取目录 %1 时出错</translation>
    </message>
</context>
<context>
    <name>OCC::EncryptFolderJob</name>
    <message>
        <location filename="../src/libsync/encryptfolderjob.cpp" line="79"/>
        <source>Could not generate the metadata for encryption, Unlocking the folder.
This can be an issue with your OpenSSL libraries.</source>
        <translation>无法生成用于加密的元数据，请解锁文件夹。
这可能是您的 OpenSSL 库的问题。</translation>
    </message>
</context>
<context>
    <name>OCC::Flow2Auth</name>
    <message>
        <location filename="../src/gui/creds/flow2auth.cpp" line="104"/>
        <source>The polling URL does not start with HTTPS despite the login URL started with HTTPS. Login will not be possible because this might be a security issue. Please contact your administrator.</source>
        <translation>尽管登录 URL 以 HTTPS 开头，但轮询 URL 没有。你将无法登录，因为这可能是一个安全问题。请与管理员联系。</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/flow2auth.cpp" line="115"/>
        <location filename="../src/gui/creds/flow2auth.cpp" line="233"/>
        <source>Error returned from the server: &lt;em&gt;%1&lt;/em&gt;</source>
        <translation>服务器返回错误：&lt;em&gt;%i&lt;/em&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/flow2auth.cpp" line="118"/>
        <location filename="../src/gui/creds/flow2auth.cpp" line="226"/>
        <source>There was an error accessing the &apos;token&apos; endpoint: &lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</source>
        <translation>访问“token”端点时出错：&lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/flow2auth.cpp" line="118"/>
        <location filename="../src/gui/creds/flow2auth.cpp" line="236"/>
        <source>There was an error accessing the &quot;token&quot; endpoint: &lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</source>
        <translation>访问“令牌”端点出错：&lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/flow2auth.cpp" line="121"/>
        <location filename="../src/gui/creds/flow2auth.cpp" line="239"/>
        <source>Could not parse the JSON returned from the server: &lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</source>
        <translation>无法解析从服务器返回的JSON信息：&lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/flow2auth.cpp" line="124"/>
        <location filename="../src/gui/creds/flow2auth.cpp" line="242"/>
        <source>The reply from the server did not contain all expected fields</source>
        <translation>从服务器返回的应答没有包含所有预期的字段</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/flow2auth.cpp" line="221"/>
        <source>The returned server URL does not start with HTTPS despite the login URL started with HTTPS. Login will not be possible because this might be a security issue. Please contact your administrator.</source>
        <translation>返回的服务器 URL 不以 HTTPS 开头，尽管登录 URL 以 HTTPS 开始。你将无法登录，因为这可能是一个安全问题。请与管理员联系。</translation>
    </message>
</context>
<context>
    <name>OCC::Flow2AuthWidget</name>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.cpp" line="97"/>
        <source>Unable to open the Browser, please copy the link to your Browser.</source>
        <translation>无法打开浏览器，请将链接复制到您的浏览器。</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.cpp" line="160"/>
        <source>Waiting for authorization</source>
        <translation>等待授权</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.cpp" line="165"/>
        <source>Polling for authorization</source>
        <translation>轮询授权</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.cpp" line="170"/>
        <source>Starting authorization</source>
        <translation>开始授权</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.cpp" line="174"/>
        <source>Link copied to clipboard.</source>
        <translation>链接已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.cpp" line="221"/>
        <source>Reopen Browser</source>
        <translation>重新打开浏览器</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.cpp" line="224"/>
        <source>Copy Link</source>
        <translation>复制链接</translation>
    </message>
</context>
<context>
    <name>OCC::Folder</name>
    <message>
        <location filename="../src/gui/folder.cpp" line="175"/>
        <source>Local folder %1 does not exist.</source>
        <translation>本地文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="178"/>
        <source>%1 should be a folder but is not.</source>
        <translation>%1 应该是一个文件夹，但是它现在不是。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="181"/>
        <source>%1 is not readable.</source>
        <translation>%1 不可读。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="428"/>
        <source>%1 and %n other file(s) have been removed.</source>
        <translation><numerusform>%1 和 %n 其它文件已被移除。</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="430"/>
        <source>%1 has been removed.</source>
        <comment>%1 names a file.</comment>
        <translation>%1 已移除。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="380"/>
        <source>%1 and %n other file(s) have been downloaded.</source>
        <translation><numerusform>%1 和 %n 其它文件已下载。</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="382"/>
        <source>%1 has been downloaded.</source>
        <comment>%1 names a file.</comment>
        <translation>%1 已下载。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="435"/>
        <source>%1 and %n other file(s) have been added.</source>
        <translation><numerusform>已添加 %1 和其他 %n 个文件</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="437"/>
        <source>%1 has been added.</source>
        <comment>%1 names a file.</comment>
        <translation>已添加 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="442"/>
        <source>%1 and %n other file(s) have been updated.</source>
        <translation><numerusform>%1 和 %n 其它文件已更新。</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="444"/>
        <source>%1 has been updated.</source>
        <comment>%1 names a file.</comment>
        <translation>%1 已更新。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="449"/>
        <source>%1 has been renamed to %2 and %n other file(s) have been renamed.</source>
        <translation><numerusform>%1 已经更名为 %2，%n 其它文件也已更名。</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="451"/>
        <source>%1 has been renamed to %2.</source>
        <comment>%1 and %2 name files.</comment>
        <translation>%1 已更名为 %2。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="456"/>
        <source>%1 has been moved to %2 and %n other file(s) have been moved.</source>
        <translation><numerusform>%1 已移动到 %2，%n 其它文件也已移动。</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="458"/>
        <source>%1 has been moved to %2.</source>
        <translation>%1 已移动至 %2。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="463"/>
        <source>%1 has and %n other file(s) have sync conflicts.</source>
        <translation><numerusform>%1 和 %n 其他文件有同步冲突。</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="465"/>
        <source>%1 has a sync conflict. Please check the conflict file!</source>
        <translation>%1 有同步冲突。请检查冲突文件！</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="470"/>
        <source>%1 and %n other file(s) could not be synced due to errors. See the log for details.</source>
        <translation><numerusform>%1 和 %n 其他文件由于错误不能同步。详细信息请查看日志。</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="472"/>
        <source>%1 could not be synced due to an error. See the log for details.</source>
        <translation>%1 同步出错。详情请查看日志。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="477"/>
        <source>%1 and %n other file(s) are currently locked.</source>
        <translation><numerusform>%1 与 %n 其他文件目前均已被锁定。</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="479"/>
        <source>%1 is currently locked.</source>
        <translation>%1 已经被锁定</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="487"/>
        <source>Sync Activity</source>
        <translation>同步动态</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="842"/>
        <source>Could not read system exclude file</source>
        <translation>无法读取系统排除的文件</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1109"/>
        <source>A new folder larger than %1 MB has been added: %2.
</source>
        <translation>一个大于 %1 MB 的新文件夹 %2 已被添加。
</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1112"/>
        <source>A folder from an external storage has been added.
</source>
        <translation>一个来自外部存储的文件夹已被添加。
</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1113"/>
        <source>Please go in the settings to select it if you wish to download it.</source>
        <translation>如果您想下载，请到设置页面选择它。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1173"/>
        <source>The folder %1 was created but was excluded from synchronization previously. Data inside it will not be synchronized.</source>
        <translation>文件夹 %1 已创建但之前被排除出同步过程。文件夹中的数据将不会被同步。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1176"/>
        <source>The file %1 was created but was excluded from synchronization previously. It will not be synchronized.</source>
        <translation>文件 %1 已创建但之前被排除出同步过程。这个文件将不会被同步。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1187"/>
        <source>Changes in synchronized folders could not be tracked reliably.

This means that the synchronization client might not upload local changes immediately and will instead only scan for local changes and upload them occasionally (every two hours by default).

%1</source>
        <translation>同步文件夹中的修改不能被可靠地追踪。

这意味着同步客户端可能没有立即上传本地修改，而只是定时扫描并上传（默认每2小时一次）。

%1</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1052"/>
        <source>All files in the sync folder '%1' were deleted on the server.
These deletes will be synchronized to your local sync folder, making such files unavailable unless you have a right to restore. 
If you decide to restore the files, they will be re-synced with the server if you have rights to do so.
If you decide to delete the files, they will be unavailable to you, unless you are the owner.</source>
        <translation>同步目录 &apos;%1&apos; 中的所有文件已在服务器上被删除。
这些删除操作将被同步到您的本地同步目录，使这些文件被清空，除非您有恢复的权限。
如果您有权限恢复这些文件并决定这样做，它们将会与服务器重新同步。
如果您决定删除这些文件，它们将被清空，除非您是文件拥有者。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1057"/>
        <source>All files got deleted from your local sync folder '%1'.
These files will be deleted from the server and will not be available on your other devices if they will not be restored.
If this action was unintended you can restore the lost data now.</source>
        <translation>所有文件将从您的本地同步文件夹 &apos;%1&apos; 中删除。
如果这些文件不被恢复，它们也将在服务器上被删除，您的其他设备也将无法访问这些文件。
如果此操作不是故意的，您现在就可恢复丢失的数据。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1061"/>
        <source>Delete all files?</source>
        <translation>删除所有文件？</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1064"/>
        <source>Delete all files</source>
        <translation>删除所有文件</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1065"/>
        <source>Restore deleted files</source>
        <translation>恢复已删除文件</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1082"/>
        <source>This sync would reset the files to an earlier time in the sync folder '%1'.
This might be because a backup was restored on the server.
Continuing the sync as normal will cause all your files to be overwritten by an older file in an earlier state. Do you want to keep your local most recent files as conflict files?</source>
        <translation>同步将把同步文件夹 &apos;%1&apos; 之中的文件重置到更早时间。
有可能因为服务器端恢复到了旧有备份。
继续正常同步将导致您全部文件被更早状态的旧文件覆盖。您想要保留冲突文件的本地最新版本吗？</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1087"/>
        <source>Backup detected</source>
        <translation>备份已删除</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1090"/>
        <source>Normal Synchronisation</source>
        <translation>正常同步</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1091"/>
        <source>Keep Local Files as Conflict</source>
        <translation>保留本地文件为冲突文件</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1255"/>
        <source>All files in the sync folder '%1' folder were deleted on the server.
These deletes will be synchronized to your local sync folder, making such files unavailable unless you have a right to restore. 
If you decide to restore the files, they will be re-synced with the server if you have rights to do so.
If you decide to delete the files, they will be unavailable to you, unless you are the owner.</source>
        <translation>同步文件夹 &apos;%1&apos; 文件夹中的所有文件已在服务器上被删除。这些删除将同步到您的本地同步文件夹，使这些文件不可用，除非您有权恢复。如果您决定恢复这些文件，它们将与服务器重新同步，前提是您有这么做的权利。如果您决定删除这些文件，它们对您将不可用，除非您是所有者。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1260"/>
        <source>All the files in your local sync folder '%1' were deleted. These deletes will be synchronized with your server, making such files unavailable unless restored.
Are you sure you want to sync those actions with the server?
If this was an accident and you decide to keep your files, they will be re-synced from the server.</source>
        <translation>本地同步文件夹“%1”中的所有文件已被删除。这些删除将与您的服务器同步，使这些文件不可用，除非恢复。您确定要与服务器同步这些操作吗?如果这是一个意外，您决定保留您的文件，它们将从服务器重新同步。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1269"/>
        <source>All files in the sync folder &quot;%1&quot; folder were deleted on the server.
These deletes will be synchronized to your local sync folder, making such files unavailable unless you have a right to restore. 
If you decide to restore the files, they will be re-synced with the server if you have rights to do so.
If you decide to delete the files, they will be unavailable to you, unless you are the owner.</source>
        <translation>同步文件夹“%1”中的所有文件已在服务器上删除。
这些删除将同步到您的本地同步文件夹，使这些文件不可用，除非您有权限恢复。
如果您决定恢复文件，它们将与服务器重新同步(如果您有权限这样做的话)。
如果您决定删除文件，它们将对您不可用，除非您是所有者。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1274"/>
        <source>All the files in your local sync folder &quot;%1&quot; were deleted. These deletes will be synchronized with your server, making such files unavailable unless restored.
Are you sure you want to sync those actions with the server?
If this was an accident and you decide to keep your files, they will be re-synced from the server.</source>
        <translation>您的本地同步文件夹“%1”中的所有文件已被删除。这些删除将与您的服务器同步，除非进行恢复，否则这些文件将不可用。
您确定要与服务器同步这些操作吗?
如果这是一次意外，而您决定保留您的文件，它们将从服务器重新同步。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1278"/>
        <source>Remove All Files?</source>
        <translation>移除所有文件？</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1282"/>
        <source>Remove all files</source>
        <translation>移除所有文件</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1283"/>
        <source>Keep files</source>
        <translation>保留文件</translation>
    </message>
</context>
<context>
    <name>OCC::FolderCreationDialog</name>
    <message>
        <location filename="../src/gui/foldercreationdialog.ui" line="14"/>
        <source>Create new folder</source>
        <translation>创建新文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/foldercreationdialog.ui" line="42"/>
        <source>Enter folder name</source>
        <translation>输入文件夹名</translation>
    </message>
    <message>
        <location filename="../src/gui/foldercreationdialog.ui" line="61"/>
        <source>Folder already exists</source>
        <translation>文件夹已存在</translation>
    </message>
    <message>
        <location filename="../src/gui/foldercreationdialog.cpp" line="76"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../src/gui/foldercreationdialog.cpp" line="76"/>
        <source>Could not create a folder! Check your write permissions.</source>
        <translation>无法创建一个文件夹！检查你的写入权限。</translation>
    </message>
</context>
<context>
    <name>OCC::FolderMan</name>
    <message>
        <location filename="../src/gui/folderman.cpp" line="401"/>
        <source>Could not reset folder state</source>
        <translation>不能重置文件夹状态</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="390"/>
        <source>An old sync journal &apos;%1&apos; was found, but could not be removed. Please make sure that no application is currently using it.</source>
        <translation>一个旧的同步日志 &apos;%1&apos; 被找到，但是不能被移除。请确定没有应用程序正在使用它。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="402"/>
        <source>An old sync journal &quot;%1&quot; was found, but could not be removed. Please make sure that no application is currently using it.</source>
        <translation>找到旧的同步日志“%1”，但无法删除。请确保目前没有应用程序正在使用它。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1250"/>
        <source> (backup)</source>
        <translation>（备份）</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1255"/>
        <source> (backup %1)</source>
        <translation>（备份 %1）</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1500"/>
        <source>Undefined State.</source>
        <translation>未知状态。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1500"/>
        <source>Undefined state.</source>
        <translation>未知状态。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1503"/>
        <source>Waiting to start syncing.</source>
        <translation>等待启动同步。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1506"/>
        <source>Preparing for sync.</source>
        <translation>准备同步。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1509"/>
        <source>Sync is running.</source>
        <translation>同步正在运行。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1371"/>
        <source>Sync was successful, unresolved conflicts.</source>
        <translation>同步成功，冲突未解决。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1516"/>
        <source>Last Sync was successful.</source>
        <translation>最后一次同步成功。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1522"/>
        <source>Setup Error.</source>
        <translation>安装失败</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1525"/>
        <source>User Abort.</source>
        <translation>用户撤销。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1514"/>
        <source>Sync finished with unresolved conflicts.</source>
        <translation>同步已完成，但有未解决的冲突</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1516"/>
        <source>Last sync was successful.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1522"/>
        <source>Setup error.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1525"/>
        <source>Sync request was cancelled.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1528"/>
        <source>Sync is paused.</source>
        <translation>同步已暂停。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1534"/>
        <source>%1 (Sync is paused)</source>
        <translation>%1（同步已暂停）</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1542"/>
        <source>No valid folder selected!</source>
        <translation>没有选择有效的文件夹！</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1554"/>
        <source>The selected path does not exist!</source>
        <translation>所选路径不存在！</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1558"/>
        <source>The selected path is not a folder!</source>
        <translation>选择的路径不是一个文件夹！</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1562"/>
        <source>You have no permission to write to the selected folder!</source>
        <translation>您没有写入所选文件夹的权限！</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1609"/>
        <source>The local folder %1 already contains a folder used in a folder sync connection. Please pick another one!</source>
        <translation>本地文件夹 %1 包含有正在使用的同步文件夹，请选择另一个！</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1615"/>
        <source>The local folder %1 is already contained in a folder used in a folder sync connection. Please pick another one!</source>
        <translation>本地文件夹 %1 是正在使用的同步文件夹，请选择另一个！</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1629"/>
        <source>There is already a sync from the server to this local folder. Please pick another local folder!</source>
        <translation>已经有一个从服务器到此文件夹的同步设置。请选择其他本地文件夹！</translation>
    </message>
</context>
<context>
    <name>OCC::FolderStatusDelegate</name>
    <message>
        <location filename="../src/gui/folderstatusdelegate.cpp" line="48"/>
        <source>Add Folder Sync Connection</source>
        <translation>添加同步文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusdelegate.cpp" line="256"/>
        <source>Synchronized with local folder (%1)</source>
        <translation>已与本地文件夹（%1）同步</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusdelegate.cpp" line="307"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>OCC::FolderStatusModel</name>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="149"/>
        <source>You need to be connected to add a folder</source>
        <translation>请先登录后再添加文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="151"/>
        <source>Click this button to add a folder to synchronize.</source>
        <translation>点击选择进行同步的本地文件夹。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="162"/>
        <location filename="../src/gui/folderstatusmodel.cpp" line="164"/>
        <source>%1 (%2)</source>
        <extracomment>Example text: &quot;File.txt (23KB)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="200"/>
        <source>Error while loading the list of folders from the server.</source>
        <translation>载入文件夹列表时发生错误。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="203"/>
        <source>Fetching folder list from server …</source>
        <translation>正在从服务器获取文件夹列表…</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="229"/>
        <source>There are unresolved conflicts. Click for details.</source>
        <translation>存在未解决的冲突。点击查看细节。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="235"/>
        <source>Virtual file support is enabled.</source>
        <translation>已启用虚拟文件支持</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="257"/>
        <source>Signed out</source>
        <translation>已登出</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="299"/>
        <source>Synchronizing VirtualFiles with local folder</source>
        <translation>正在同步虚拟文件与本地文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="301"/>
        <source>Synchronizing with local folder</source>
        <translation>正与本地文件夹同步</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="973"/>
        <source>Checking for changes in remote &apos;%1&apos;</source>
        <translation>检查远程变更 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="977"/>
        <source>Checking for changes in local &apos;%1&apos;</source>
        <translation>检查本地变更 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="973"/>
        <source>Checking for changes in remote &quot;%1&quot;</source>
        <translation>正检查远程 &quot;%1&quot; 中的更改 </translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="977"/>
        <source>Checking for changes in local &quot;%1&quot;</source>
        <translation>正检查本地 &quot;%1&quot; 的更改</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="984"/>
        <source>Reconciling changes</source>
        <translation>状态发生变化</translation>
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
        <translation>正在同步 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1048"/>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1059"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1052"/>
        <source>download %1/s</source>
        <extracomment>Example text: &quot;download 24Kb/s&quot; (%1 is replaced by 24Kb (translated))</extracomment>
        <translation>每秒下载 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1054"/>
        <source>↓ %1/s</source>
        <translation>↓ %1 每秒</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1062"/>
        <source>upload %1/s</source>
        <extracomment>Example text: &quot;upload 24Kb/s&quot; (%1 is replaced by 24Kb (translated))</extracomment>
        <translation>每秒上传 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1064"/>
        <source>↑ %1/s</source>
        <translation>↑ %1 每秒</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1070"/>
        <source>%1 %2 (%3 of %4)</source>
        <extracomment>Example text: &quot;uploading foobar.png (2MB of 2MB)&quot;</extracomment>
        <translation>%1 %2（%3 / %4）</translation>
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
        <translation>剩余：%5，%1 / %2, 文件数量 %3 / %4</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1099"/>
        <source>%1 of %2, file %3 of %4</source>
        <extracomment>Example text: &quot;12 MB of 345 MB, file 6 of 7&quot;</extracomment>
        <translation>%2 的 %1，%4 的文件 %3</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1106"/>
        <source>file %1 of %2</source>
        <translation>第 %1 个文件，共 %2 个</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1152"/>
        <source>Waiting …</source>
        <translation>等待中...</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folderstatusmodel.cpp" line="1154"/>
        <source>Waiting for %n other folder(s) …</source>
        <translation><numerusform>正在等待 ％n 个其他文件夹……</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1160"/>
        <source>Preparing to sync …</source>
        <translation>正在准备同步…</translation>
    </message>
</context>
<context>
    <name>OCC::FolderWatcher</name>
    <message>
        <location filename="../src/gui/folderwatcher.cpp" line="126"/>
        <source>The watcher did not receive a test notification.</source>
        <translation>监控没有接收到测试通知。</translation>
    </message>
</context>
<context>
    <name>OCC::FolderWatcherPrivate</name>
    <message>
        <location filename="../src/gui/folderwatcher_linux.cpp" line="88"/>
        <source>This problem usually happens when the inotify watches are exhausted. Check the FAQ for details.</source>
        <translation>这个问题出现的原因通常是inotify监听器被用完了。详情请查看FAQ。</translation>
    </message>
</context>
<context>
    <name>OCC::FolderWizard</name>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="650"/>
        <source>Add Folder Sync Connection</source>
        <translation>添加同步文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="652"/>
        <source>Add Sync Connection</source>
        <translation>添加同步连接</translation>
    </message>
</context>
<context>
    <name>OCC::FolderWizardLocalPath</name>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="69"/>
        <source>Click to select a local folder to sync.</source>
        <translation>点击选择进行同步的本地文件夹。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="76"/>
        <source>Enter the path to the local folder.</source>
        <translation>输入本地文件夹的路径。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="137"/>
        <source>Select the source folder</source>
        <translation>选择源文件夹</translation>
    </message>
</context>
<context>
    <name>OCC::FolderWizardRemotePath</name>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="210"/>
        <source>Create Remote Folder</source>
        <translation>创建远程文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="184"/>
        <source>Enter the name of the new folder to be created below &apos;%1&apos;:</source>
        <translation>输入 %1 中的新文件夹的名称：</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="211"/>
        <source>Enter the name of the new folder to be created below &quot;%1&quot;:</source>
        <translation>输入要在&quot;%1&quot;下方创建的新文件夹的名称</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="240"/>
        <source>Folder was successfully created on %1.</source>
        <translation>文件夹在 %1 上创建成功。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="250"/>
        <source>Authentication failed accessing %1</source>
        <translation>访问 %1 时认证失败</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="252"/>
        <source>Failed to create the folder on %1. Please check manually.</source>
        <translation>无法在 %1 处创建文件夹。请自行检查。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="270"/>
        <source>Failed to list a folder. Error: %1</source>
        <translation>列表失败。错误：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="351"/>
        <source>Choose this to sync the entire account</source>
        <translation>选择此项以同步整个账号</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="494"/>
        <source>This folder is already being synced.</source>
        <translation>文件夹已在同步中。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="496"/>
        <source>You are already syncing &lt;i&gt;%1&lt;/i&gt;, which is a parent folder of &lt;i&gt;%2&lt;/i&gt;.</source>
        <translation>您已经在同步 &lt;i&gt;%1&lt;/i&gt;，&lt;i&gt;%2&lt;/i&gt; 是它的一个子文件夹。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="498"/>
        <source>You are already syncing &lt;i&gt;%1&lt;/i&gt;, which is a subfolder of &lt;i&gt;%2&lt;/i&gt;.</source>
        <translation>你已经在同步 &lt;i&gt;%1&lt;/i&gt;，它是&lt;i&gt;%2&lt;/i&gt;的一个子文件夹。</translation>
    </message>
</context>
<context>
    <name>OCC::FolderWizardSelectiveSync</name>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="537"/>
        <location filename="../src/gui/folderwizard.cpp" line="574"/>
        <source>Use virtual files instead of downloading content immediately %1</source>
        <translation>使用虚拟文件而非立即下载内容 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="537"/>
        <location filename="../src/gui/folderwizard.cpp" line="574"/>
        <source>(experimental)</source>
        <translation>(实验性)</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="570"/>
        <source>Virtual files are not supported for Windows partition roots as local folder. Please choose a valid subfolder under drive letter.</source>
        <translation>Windows分区根目录不支持虚拟文件作为本地文件夹。请在驱动器号下选择有效的子文件夹。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="593"/>
        <source>Virtual files are not available for the selected folder</source>
        <translation>虚拟文件对所选文件夹不可用</translation>
    </message>
</context>
<context>
    <name>OCC::FormatWarningsWizardPage</name>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="50"/>
        <source>&lt;b&gt;Warning:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;警告：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="52"/>
        <source>&lt;b&gt;Warning:&lt;/b&gt;</source>
        <translation>&lt;b&gt;警告：&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>OCC::GETFileJob</name>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="195"/>
        <source>No E-Tag received from server, check Proxy/Gateway</source>
        <translation>未能收到来自服务器的 E-Tag，请检查代理/网关</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="202"/>
        <source>We received a different E-Tag for resuming. Retrying next time.</source>
        <translation>我们收到了不同的恢复 E-Tag，将在下次尝试。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="213"/>
        <source>We received an unexpected download Content-Length.</source>
        <translation>我们收到一个意外的下载内容长度</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="241"/>
        <source>Server returned wrong content-range</source>
        <translation>服务器返回了错误的内容长度</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="367"/>
        <source>Connection Timeout</source>
        <translation>连接超时</translation>
    </message>
</context>
<context>
    <name>OCC::GeneralSettings</name>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="20"/>
        <location filename="../src/gui/generalsettings.ui" line="32"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="41"/>
        <source>Legal notice</source>
        <translation>法律提示</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="66"/>
        <source>General Settings</source>
        <translation>常规设置</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="72"/>
        <source>For System Tray</source>
        <translation>系统托盘</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="75"/>
        <source>Use &amp;Monochrome Icons</source>
        <translation>使用单色图标(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="82"/>
        <source>&amp;Launch on System Startup</source>
        <translation>在系统启动时启动(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="89"/>
        <source>Show Server &amp;Notifications</source>
        <translation>显示服务器通知(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="96"/>
        <source>Show Call Notifications</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="106"/>
        <source>Updates</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="114"/>
        <source>&amp;Automatically check for Updates</source>
        <translation>自动检查更新 (&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="134"/>
        <source>&amp;Channel</source>
        <translation>&amp;通道</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="151"/>
        <location filename="../src/gui/generalsettings.cpp" line="322"/>
        <source>stable</source>
        <translation>稳定版</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="156"/>
        <location filename="../src/gui/generalsettings.cpp" line="324"/>
        <source>beta</source>
        <translation>测试版</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="183"/>
        <source>&amp;Restart &amp;&amp; Update</source>
        <translation>重启并更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="198"/>
        <source>&amp;Check for Update now</source>
        <translation>立即检查更新 (&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="221"/>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="312"/>
        <source>Create Debug Archive …</source>
        <translation>创建调试存档 ...</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="229"/>
        <source>Ask for confirmation before synchronizing folders larger than</source>
        <translation>请询问确认同步，若同步文件夹大于</translation>
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
        <translation>请询问确认同步，若涉及外部存储</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="284"/>
        <source>Show sync folders in &amp;Explorer&apos;s Navigation Pane</source>
        <translation>在文件管理器的导航显示同步文件夹(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="301"/>
        <source>S&amp;how crash reporter</source>
        <translation>显示崩溃报告器(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="312"/>
        <source>Edit &amp;Ignored Files</source>
        <translation>编辑忽略的文件(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="319"/>
        <location filename="../src/gui/generalsettings.cpp" line="475"/>
        <source>Create Debug Archive</source>
        <translation>创建调试存档</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="149"/>
        <source>Server notifications that require attention.</source>
        <translation>需要注意的服务器通知。</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="153"/>
        <source>Show call notification dialogs.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="167"/>
        <source>You cannot disable autostart because system-wide autostart is enabled.</source>
        <translation>你不能禁用自启动，因为系统级的自启动处于启用状态。</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="356"/>
        <source>Change update channel?</source>
        <translation>更改更新频道？</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="357"/>
        <source>The update channel determines which client updates will be offered for installation. The &quot;stable&quot; channel contains only upgrades that are considered reliable, while the versions in the &quot;beta&quot; channel may contain newer features and bugfixes, but have not yet been tested thoroughly.

Note that this selects only what pool upgrades are taken from, and that there are no downgrades: So going back from the beta channel to the stable channel usually cannot be done immediately and means waiting for a stable version that is newer than the currently installed beta version.</source>
        <translation>更新通道确定将提供哪些客户端更新来进行安装。“稳定版”通道仅包含被认为可靠的升级，而“测试版”频道中的版本可能包含较新的功能和错误修正，但尚未经过全面测试。 

请注意，这只会选择从何种中池升级，并且没有降级：因此，通常无法立即从测试版通道返回到稳定版通道，这意味着您需要等待比当前安装的测试版更新的稳定版。 </translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="370"/>
        <source>Change update channel</source>
        <translation>更改更新频道</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="371"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="475"/>
        <source>Zip Archives</source>
        <translation>Zip 归档</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="481"/>
        <source>Debug Archive Created</source>
        <translation>调试存档已创建</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="481"/>
        <source>Debug archive is created at %1</source>
        <translation>调试存档已创建于 %1</translation>
    </message>
</context>
<context>
    <name>OCC::GetOrCreatePublicLinkShare</name>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="706"/>
        <source>Password for share required</source>
        <translation>需要共享密码</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="707"/>
        <source>Please enter a password for your link share:</source>
        <translation>请输入您的共享链接密码：</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="733"/>
        <source>Sharing error</source>
        <translation>共享错误</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="734"/>
        <source>Could not retrieve or create the public link share. Error:

%1</source>
        <translation>无法获取或创建公开的链接共享。错误：

%1</translation>
    </message>
</context>
<context>
    <name>OCC::HttpCredentialsGui</name>
    <message>
        <location filename="../src/gui/creds/httpcredentialsgui.cpp" line="97"/>
        <source>Please enter %1 password:&lt;br&gt;&lt;br&gt;Username: %2&lt;br&gt;Account: %3&lt;br&gt;</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/creds/httpcredentialsgui.cpp" line="97"/>
        <source>Please enter %1 password:&lt;br&gt;&lt;br&gt;User: %2&lt;br&gt;Account: %3&lt;br&gt;</source>
        <translation>请输入 %1 密码：&lt;br&gt;&lt;br&gt;用户：%2&lt;br&gt;账号：%3&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/httpcredentialsgui.cpp" line="111"/>
        <source>Reading from keychain failed with error: &quot;%1&quot;</source>
        <translation>读取密钥链失败，错误: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/httpcredentialsgui.cpp" line="111"/>
        <source>Reading from keychain failed with error: &apos;%1&apos;</source>
        <translation>获取密钥链失败，错误：&apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/httpcredentialsgui.cpp" line="118"/>
        <source>Enter Password</source>
        <translation>输入密码</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/httpcredentialsgui.cpp" line="156"/>
        <source>&lt;a href=&quot;%1&quot;&gt;Click here&lt;/a&gt; to request an app password from the web interface.</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;点击这里&lt;/a&gt;从网页界面请求一个应用密码。</translation>
    </message>
</context>
<context>
    <name>OCC::IgnoreListEditor</name>
    <message>
        <location filename="../src/gui/ignorelisteditor.ui" line="14"/>
        <source>Ignored Files Editor</source>
        <translation>忽略的文件编辑器</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.ui" line="20"/>
        <source>Global Ignore Settings</source>
        <translation>全局忽略选项</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.ui" line="26"/>
        <source>Sync hidden files</source>
        <translation>同步隐藏文件</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.ui" line="36"/>
        <source>Files Ignored by Patterns</source>
        <translation>文件忽略模式：</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.cpp" line="40"/>
        <source>This entry is provided by the system at &quot;%1&quot; and cannot be modified in this view.</source>
        <translation>此条目是由“%1”处的系统提供的，不能在此视图中修改。</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.cpp" line="40"/>
        <source>This entry is provided by the system at &apos;%1&apos; and cannot be modified in this view.</source>
        <translation>此项目由系统在 %1 处提供，不能在这里被修改。</translation>
    </message>
</context>
<context>
    <name>OCC::IgnoreListTableWidget</name>
    <message>
        <location filename="../src/gui/ignorelisttablewidget.ui" line="33"/>
        <source>Pattern</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisttablewidget.ui" line="38"/>
        <source>Allow Deletion</source>
        <translation>允许删除</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisttablewidget.ui" line="49"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisttablewidget.ui" line="59"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisttablewidget.ui" line="66"/>
        <source>Remove all</source>
        <translation>移除所有</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisttablewidget.cpp" line="24"/>
        <source>Files or folders matching a pattern will not be synchronized.

Items where deletion is allowed will be deleted if they prevent a directory from being removed. This is useful for meta data.</source>
        <translation>与模式匹配的文件或文件夹将不会被同步。

如果选中的项目正在阻止文件夹的删除，它们也会被删除。这对于元数据来说很有用。</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisttablewidget.cpp" line="93"/>
        <source>Could not open file</source>
        <translation>不能打开文件</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisttablewidget.cpp" line="94"/>
        <source>Cannot write changes to &quot;%1&quot;.</source>
        <translation>无法将更改写入 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisttablewidget.cpp" line="94"/>
        <source>Cannot write changes to &apos;%1&apos;.</source>
        <translation>无法向 &apos;%1&apos; 中写入变更。</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisttablewidget.cpp" line="112"/>
        <source>Add Ignore Pattern</source>
        <translation>添加忽略模式</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisttablewidget.cpp" line="113"/>
        <source>Add a new ignore pattern:</source>
        <translation>添加新的忽略模式：</translation>
    </message>
</context>
<context>
    <name>OCC::InternalLinkWidget</name>
    <message>
        <location filename="../src/gui/internallinkwidget.ui" line="64"/>
        <source>Internal link</source>
        <translation>内部链接</translation>
    </message>
    <message>
        <location filename="../src/gui/internallinkwidget.ui" line="83"/>
        <source>Only works for users with access to this folder</source>
        <translation>仅适用于有权限访问此文件夹的用户</translation>
    </message>
</context>
<context>
    <name>OCC::InvalidFilenameDialog</name>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.ui" line="14"/>
        <source>Invalid filename</source>
        <translation>无效文件名</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.ui" line="23"/>
        <source>The file could not be synced because it contains characters which are not allowed on this system.</source>
        <translation>不能同步此文件，因为其名称包含了这个系统不允许的字符。</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.ui" line="36"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.ui" line="49"/>
        <source>Please enter a new name for the file:</source>
        <translation>请输入新文件名：</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.ui" line="62"/>
        <source>New filename</source>
        <translation>新文件名</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="86"/>
        <source>Rename file</source>
        <translation>重命名文件</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="87"/>
        <source>The file %1 could not be synced because the name contains characters which are not allowed on this system.</source>
        <translation>无法同步文件 %1 ，因它的名称包含了此系统不允许的字符</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="88"/>
        <source>The file &quot;%1&quot; could not be synced because the name contains characters which are not allowed on this system.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="88"/>
        <source>The following characters are not allowed on the system: * &quot; | &amp; ? , ; : \ / ~ &lt; &gt;</source>
        <translation>此系统不允许下列字符： * &quot; | &amp; ? , ; : \ / ~ &lt; &gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="89"/>
        <source>The following characters are not allowed on the system: * &quot; | &amp; ? , ; : \ / ~ &lt; &gt; leading/trailing spaces</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="96"/>
        <source>Checking rename permissions …</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="96"/>
        <source>Checking rename permissions...</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="126"/>
        <source>You don&apos;t have the permission to rename this file. Please ask the author of the file to rename it.</source>
        <translation>您没有重命名此文件的权限。请文件的作者重新命名它。</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="131"/>
        <source>Failed to fetch permissions with error %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="154"/>
        <source>Filename contains leading and trailing spaces.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="157"/>
        <source>Filename contains leading spaces.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="159"/>
        <source>Filename contains trailing spaces.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="164"/>
        <source>Use invalid name</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="208"/>
        <source>Filename contains illegal characters: %1</source>
        <translation>文件名包含非法字符：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="221"/>
        <source>Could not rename file. Please make sure you are connected to the server.</source>
        <translation>无法重命名文件。请确保您已连接到服务器。</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="232"/>
        <source>Cannot rename file because a file with the same name does already exist on the server. Please pick another name.</source>
        <translation>无法重命名文件，因为服务器上已经存在同名文件。请换一个名字。</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="268"/>
        <source>Could not rename local file. %1</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>OCC::LegalNotice</name>
    <message>
        <location filename="../src/gui/legalnotice.ui" line="14"/>
        <location filename="../src/gui/legalnotice.ui" line="25"/>
        <source>Legal notice</source>
        <translation>法律提示</translation>
    </message>
    <message>
        <location filename="../src/gui/legalnotice.ui" line="57"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../src/gui/legalnotice.cpp" line="55"/>
        <source>&lt;p&gt;Copyright 2017-2021 Nextcloud GmbH&lt;br /&gt;Copyright 2012-2021 ownCloud GmbH&lt;/p&gt;</source>
        <translation>&lt;p&gt;版权所有 2017-2021 Nextcloud GmbH&lt;br /&gt;版权所有 2012-2021 ownCloud GmbH&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/legalnotice.cpp" line="55"/>
        <source>&lt;p&gt;Copyright 2017-2020 Nextcloud GmbH&lt;br /&gt;Copyright 2012-2018 ownCloud GmbH&lt;/p&gt;</source>
        <translation>&lt;p&gt;版权 2017-2020 Nextcloud 有限责任公司 &lt;br /&gt;版权 2012-2018 ownCloud 有限责任公司 &lt;/ p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/legalnotice.cpp" line="58"/>
        <source>&lt;p&gt;Licensed under the GNU General Public License (GPL) Version 2.0 or any later version.&lt;/p&gt;</source>
        <translation>&lt;p&gt;根据 GNU 通用公共许可证（GPL）2.0 版或任何更高版本授权。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OCC::LogBrowser</name>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="44"/>
        <source>Log Output</source>
        <translation>日志输出</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="50"/>
        <source>The client can write debug logs to a temporary folder. These logs are very helpful for diagnosing problems.
Since log files can get large, the client will start a new one for each sync run and compress older ones. It will also delete log files after a couple of hours to avoid consuming too much disk space.
If enabled, logs will be written to %1</source>
        <translation>客户端可以将调试日志写入临时文件夹。这些日志对于诊断问题非常有帮助。由于日志文件可能会变大，客户端将在每次同步运行时启动一个新的同步文件，并压缩旧的同步文件。它还会在几个小时后删除日志文件，以避免占用太多磁盘空间。如果启用，日志将被写入%1</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="64"/>
        <source>Enable logging to temporary folder</source>
        <translation>启用日志记录到临时文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="70"/>
        <source>This setting persists across client restarts.
Note that using any logging command line options will override this setting.</source>
        <translation>这个设置在客户端重新启动时保持不变。注意，使用任何日志记录命令行选项都将覆盖此设置。</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="70"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="77"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="78"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="89"/>
        <source>&amp;Capture debug messages</source>
        <translation>抓取调试消息(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="101"/>
        <source>Permanently save logs</source>
        <translation>永久保存日志</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="103"/>
        <source>When this option is enabled and no other logging is configured, logs will be written to a temporary folder and expire after a few hours. This setting persists across client restarts.

Logs will be written to %1</source>
        <translation>当此选项被启用且没有配置其他日志记录时，日志将被写入临时文件夹并在数小时后过期。此设置在客户端重启后仍然生效。

日志将被写入 ％1</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="115"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="116"/>
        <source>Clear the log display.</source>
        <translation>清空日志显示。</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="122"/>
        <source>S&amp;ave</source>
        <translation>保存(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="123"/>
        <source>Save the log file to a file on disk for debugging.</source>
        <translation>保存日志文件到磁盘以供调试。</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="210"/>
        <source>Save log file</source>
        <translation>保存日志文件</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="220"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="220"/>
        <source>Could not write to log file %1</source>
        <translation>无法写入日志文件%1</translation>
    </message>
</context>
<context>
    <name>OCC::Logger</name>
    <message>
        <location filename="../src/libsync/logger.cpp" line="174"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../src/libsync/logger.cpp" line="195"/>
        <source>&lt;nobr&gt;File &apos;%1&apos;&lt;br/&gt;cannot be opened for writing.&lt;br/&gt;&lt;br/&gt;The log output can &lt;b&gt;not&lt;/b&gt; be saved!&lt;/nobr&gt;</source>
        <translation>&lt;nobr&gt;文件 &apos;%1&apos;&lt;br/&gt;不能写入。&lt;br/&gt;&lt;br/&gt;将&lt;b&gt;不&lt;/b&gt;能保存日志输出！&lt;/nobr&gt;</translation>
    </message>
    <message>
        <location filename="../src/libsync/logger.cpp" line="175"/>
        <source>&lt;nobr&gt;File &quot;%1&quot;&lt;br/&gt;cannot be opened for writing.&lt;br/&gt;&lt;br/&gt;The log output &lt;b&gt;cannot&lt;/b&gt; be saved!&lt;/nobr&gt;</source>
        <translation>无法打开&lt;nobr&gt;文件 &quot;%1&quot;&lt;br/&gt;进行写入。&lt;br/&gt;&lt;br/&gt;日志输出&lt;b&gt;无法&lt;/b&gt;被保存！&lt;/nobr&gt;</translation>
    </message>
</context>
<context>
    <name>OCC::NSISUpdater</name>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="407"/>
        <source>New Version Available</source>
        <translation>新版本可用</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="413"/>
        <source>&lt;p&gt;A new version of the %1 Client is available.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; is available for download. The installed version is %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;新版本的 %1 客户端可用。&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; 已经开放下载。已安装的版本是 %3。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="426"/>
        <location filename="../src/gui/updater/ocupdater.cpp" line="476"/>
        <source>Skip this version</source>
        <translation>跳过这个版本</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="427"/>
        <source>Skip this time</source>
        <translation>本次跳过</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="428"/>
        <source>Get update</source>
        <translation>获取更新</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="457"/>
        <source>Update Failed</source>
        <translation>更新失败</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="455"/>
        <source>&lt;p&gt;A new version of the %1 Client is available but the updating process failed.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; has been downloaded. The installed version is %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;新版本的 %1 客户端可用但是更新失败。&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; 已经开放下载。已安装的版本是 %3。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="463"/>
        <source>&lt;p&gt;A new version of the %1 Client is available but the updating process failed.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; has been downloaded. The installed version is %3. If you confirm restart and update, your computer may reboot to complete the installation.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 客户端有新版本可用但更新过程失败。&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt;已下载。已安装版本为 %3。如果您确认重新启动和更新，您的计算机可能需要重启以完成安装。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="477"/>
        <source>Ask again later</source>
        <translation>稍后再询问</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="478"/>
        <source>Restart and update</source>
        <translation>重启并更新</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="479"/>
        <source>Update manually</source>
        <translation>手动更新</translation>
    </message>
</context>
<context>
    <name>OCC::NetworkSettings</name>
    <message>
        <location filename="../src/gui/networksettings.ui" line="23"/>
        <source>Proxy Settings</source>
        <translation>代理设置</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="36"/>
        <source>No Proxy</source>
        <translation>无代理</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="49"/>
        <source>Use system proxy</source>
        <translation>使用系统代理</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="59"/>
        <source>Specify proxy manually as</source>
        <translation>手动设置代理为</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="80"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="131"/>
        <source>Proxy server requires authentication</source>
        <translation>代理服务器需要认证</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="176"/>
        <source>Note: proxy settings have no effects for accounts on localhost</source>
        <translation>注意:代理设置对本地主机上的帐户无效</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="197"/>
        <source>Download Bandwidth</source>
        <translation>下载带宽</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="203"/>
        <location filename="../src/gui/networksettings.ui" line="282"/>
        <source>Limit to</source>
        <translation>限制为</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="210"/>
        <location filename="../src/gui/networksettings.ui" line="299"/>
        <source>No limit</source>
        <translation>无限制</translation>
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
        <translation>限制使用 3/4  的带宽</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="260"/>
        <location filename="../src/gui/networksettings.ui" line="292"/>
        <source>Limit automatically</source>
        <translation>自动限制</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="276"/>
        <source>Upload Bandwidth</source>
        <translation>上传带宽</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.cpp" line="40"/>
        <source>Hostname of proxy server</source>
        <translation>代理服务器主机名</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.cpp" line="41"/>
        <source>Username for proxy server</source>
        <translation>代理服务器用户名</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.cpp" line="42"/>
        <source>Password for proxy server</source>
        <translation>代理服务器密码</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.cpp" line="44"/>
        <source>HTTP(S) proxy</source>
        <translation>HTTP(S) 代理</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.cpp" line="45"/>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5 代理</translation>
    </message>
</context>
<context>
    <name>OCC::OAuth</name>
    <message>
        <location filename="../src/gui/creds/oauth.cpp" line="115"/>
        <source>Error returned from the server: &lt;em&gt;%1&lt;/em&gt;</source>
        <translation>服务器返回错误：&lt;em&gt;%1&lt;/em&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/oauth.cpp" line="117"/>
        <source>There was an error accessing the &apos;token&apos; endpoint: &lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</source>
        <translation>访问“token”端时出错：&lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/oauth.cpp" line="118"/>
        <source>There was an error accessing the &quot;token&quot; endpoint: &lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</source>
        <translation>访问 &quot;token&quot; 端点时出错：&lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/oauth.cpp" line="122"/>
        <source>Empty JSON from OAuth2 redirect</source>
        <translation>来自 OAuth2 重定向的空 JSON</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/oauth.cpp" line="127"/>
        <source>Could not parse the JSON returned from the server: &lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</source>
        <translation>无法解析从服务器返回的JSON信息：&lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/oauth.cpp" line="130"/>
        <source>The reply from the server did not contain all expected fields</source>
        <translation>服务器没有回复预期的字段</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/oauth.cpp" line="134"/>
        <source>&lt;h1&gt;Login Error&lt;/h1&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h1&gt;登录错误&lt;/h1&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/oauth.cpp" line="140"/>
        <source>&lt;h1&gt;Wrong user&lt;/h1&gt;&lt;p&gt;You logged-in with user &lt;em&gt;%1&lt;/em&gt;, but must login with user &lt;em&gt;%2&lt;/em&gt;.&lt;br&gt;Please log out of %3 in another tab, then &lt;a href=&apos;%4&apos;&gt;click here&lt;/a&gt; and log in as user %2&lt;/p&gt;</source>
        <translation>&lt;h1&gt;错误的用户&lt;/h1&gt;&lt;p&gt;您必须登录用户&lt;em&gt;%2&lt;/em&gt;，但您登录了用户&lt;em&gt;%1&lt;/em&gt;。&lt;br&gt;请在另一个标签中登出 %3，然后&lt;a href=&apos;%4&apos;&gt;点击这里&lt;/a&gt;登录为用户 %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/oauth.cpp" line="140"/>
        <source>&lt;h1&gt;Wrong account&lt;/h1&gt;&lt;p&gt;You logged in with the account &lt;em&gt;%1&lt;/em&gt;, but must log in with the account &lt;em&gt;%2&lt;/em&gt;.&lt;br&gt;Please log out of %3 in another tab, then &lt;a href=&apos;%4&apos;&gt;click here&lt;/a&gt; and log in with %2.&lt;/p&gt;</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>OCC::OCUpdater</name>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="108"/>
        <source>New %1 Update Ready</source>
        <translation>新的 %1 更新就绪</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="109"/>
        <source>A new update for %1 is about to be installed. The updater may ask
for additional privileges during the process.</source>
        <translation>新版本 %1 已经可以更新。
更新过程可能会请求额外的权限。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="108"/>
        <source>New %1 update ready</source>
        <translation>新的 %1 更新已就绪</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="109"/>
        <source>A new update for %1 is about to be installed. The updater may ask for additional privileges during the process. Your computer may reboot to complete the installation.</source>
        <translation>即将安装 %1 的新更新。更新程序可能会在此过程中要求额外的特权。您的计算机可能需要重新启动以完成安装。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="143"/>
        <source>Downloading version %1. Please wait …</source>
        <translation>正在下载版本 ％1。 请稍候 …</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="145"/>
        <source>%1 version %2 available. Restart application to start the update.</source>
        <translation>%1 版本 %2 现在可用，请重启应用以开始更新。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="152"/>
        <source>Could not download update. Please click &lt;a href=&apos;%1&apos;&gt;here&lt;/a&gt; to download the update manually.</source>
        <translation>无法下载更新，请点击&lt;a href=&apos;%1&apos;&gt;此处&lt;/a&gt;手动下载更新。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="151"/>
        <source>New %1 version %2 is available. Please click &lt;a href=&apos;%3&apos;&gt;here&lt;/a&gt; to download the update.</source>
        <translation>新的 %1 版本 %2 现在可用。 请点击 &lt;a href=&apos;%3&apos;&gt;此处&lt;/a&gt; 以下载更新。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="153"/>
        <source>Downloading %1. Please wait …</source>
        <translation>正在下载 %1。请稍候…</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="155"/>
        <source>%1 available. Restart application to start the update.</source>
        <translation>%1 现在可用，请重启应用以开始更新。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="156"/>
        <source>New %1 is available. Please click &lt;a href=&apos;%2&apos;&gt;here&lt;/a&gt; to download the update.</source>
        <translation>新的 %1 现在可用。请点击 &lt;a href=&apos;%2&apos;&gt;此处&lt;/a&gt;以下载更新。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="158"/>
        <source>Could not download update. Please open &lt;a href=&apos;%1&apos;&gt;%1&lt;/a&gt; to download the update manually.</source>
        <translation>无法下载更新。请打开 &lt;a href=&apos;%1&apos;&gt;%1&lt;/a&gt;手动下载更新</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="160"/>
        <source>Could not download update. Please open %1 to download the update manually.</source>
        <translation>无法下载更新。请打开 %1 手动下载更新。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="163"/>
        <source>Could not check for new updates.</source>
        <translation>无法检查新更新。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="166"/>
        <source>New %1 is available. Please open &lt;a href=&apos;%2&apos;&gt;%2&lt;/a&gt; to download the update.</source>
        <translation>有新的 %1 可用。请打开 &lt;a href=&apos;%2&apos;&gt;%2&lt;/a&gt;下载更新</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="168"/>
        <source>New %1 is available. Please open %2 to download the update.</source>
        <translation>新的 %1 现在可用。请打开 %2 下载更新。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="171"/>
        <source>Checking update server …</source>
        <translation>正在检查更新服务器…</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="173"/>
        <source>Update status is unknown: Did not check for new updates.</source>
        <translation>还没有检查过更新。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="177"/>
        <source>No updates available. Your installation is at the latest version.</source>
        <translation>没有可用更新。您安装的已经是最新版本。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="196"/>
        <source>Update Check</source>
        <translation>检查更新</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudAdvancedSetupPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="44"/>
        <source>Connect to %1</source>
        <translation>连接到 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="45"/>
        <source>Setup local folder options</source>
        <translation>设置本地文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="54"/>
        <source>Connect …</source>
        <translation>连接…</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="60"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="94"/>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="231"/>
        <source>Use &amp;virtual files instead of downloading content immediately %1</source>
        <translation>使用 &amp;虚拟文件，而非立即下载内容 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="94"/>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="231"/>
        <source>(experimental)</source>
        <translation>(实验性)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="259"/>
        <source>%1 folder &apos;%2&apos; is synced to local folder &apos;%3&apos;</source>
        <translation>%1 文件夹 &apos;%2&apos; 将被同步到本地文件夹 &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="262"/>
        <source>Sync the folder &apos;%1&apos;</source>
        <translation>同步文件夹 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="162"/>
        <source>&lt;p&gt;&lt;small&gt;&lt;strong&gt;Warning:&lt;/strong&gt; The local folder is not empty. Pick a resolution!&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;&lt;strong&gt;警告：&lt;/strong&gt; 本地目录非空。选择一个操作！&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="171"/>
        <source>Free space: %1</source>
        <translation>可用空间：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="227"/>
        <source>Virtual files are not supported for Windows partition roots as local folder. Please choose a valid subfolder under drive letter.</source>
        <translation>Windows 分区根目录不支持虚拟文件作为本地文件夹。请在驱动器号下选择有效的子文件夹。 </translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="265"/>
        <source>%1 folder &quot;%2&quot; is synced to local folder &quot;%3&quot;</source>
        <translation>%1 文件夹 &quot;%2&quot; 已同步至本地文件夹 &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="268"/>
        <source>Sync the folder &quot;%1&quot;</source>
        <translation>同步文件夹 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="273"/>
        <source>Warning: The local folder is not empty. Pick a resolution!</source>
        <translation>警告:本地文件夹不是空的。选择一个分辨率！</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="281"/>
        <source>%1 free space</source>
        <comment>%1 gets replaced with the size and a matching unit. Example: 3 MB or 5 GB</comment>
        <translation>%1 剩余空间</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="366"/>
        <source>Virtual files are not available for the selected folder</source>
        <translation>虚拟文件对所选文件夹不可用</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="426"/>
        <source>Local Sync Folder</source>
        <translation>本地同步文件夹</translation>
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
        <translation>本地文件夹可用空间不足！</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudConnectionMethodDialog</name>
    <message>
        <location filename="../src/gui/wizard/owncloudconnectionmethoddialog.ui" line="14"/>
        <source>Connection failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudconnectionmethoddialog.ui" line="43"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Failed to connect to the secure server address specified. How do you wish to proceed?&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;无法连接到指定地址的安全服务器。请问如何继续？&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudconnectionmethoddialog.ui" line="55"/>
        <source>Select a different URL</source>
        <translation>设置新的 URL</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudconnectionmethoddialog.ui" line="62"/>
        <source>Retry unencrypted over HTTP (insecure)</source>
        <translation>以未加密 HTTP 方式重试（不安全）</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudconnectionmethoddialog.ui" line="69"/>
        <source>Configure client-side TLS certificate</source>
        <translation>设置客户端 TLS 证书</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudconnectionmethoddialog.cpp" line="34"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Failed to connect to the secure server address &lt;em&gt;%1&lt;/em&gt;. How do you wish to proceed?&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;无法连接到指定地址的安全服务器 &lt;em&gt;%1&lt;/em&gt;。请问是否继续？&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudHttpCredsPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudhttpcredspage.cpp" line="49"/>
        <source>&amp;Email</source>
        <translation>电子邮件(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudhttpcredspage.cpp" line="59"/>
        <source>Connect to %1</source>
        <translation>连接到 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudhttpcredspage.cpp" line="60"/>
        <source>Enter user credentials</source>
        <translation>输入用户密码</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudOAuthCredsPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudoauthcredspage.cpp" line="45"/>
        <source>Connect to %1</source>
        <translation>连接到 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudoauthcredspage.cpp" line="46"/>
        <source>Login in your browser</source>
        <translation>在浏览器中登录</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudPropagator</name>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="844"/>
        <source>Impossible to get modification time for file in conflict %1</source>
        <translation>无法获得冲突 %1 文件的修改时间</translation>
    </message>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="844"/>
        <source>Impossible to get modification time for file in conflict %1)</source>
        <translation>无法获得冲突 %1) 文件的修改时间</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudSetupPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="48"/>
        <source>Connect to %1</source>
        <translation>连接到 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="49"/>
        <source>Setup %1 server</source>
        <translation>设置 %1 服务器</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="77"/>
        <source>Keep your data secure and under your control</source>
        <translation>保持您的数据安全可控</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="78"/>
        <source>Secure collaboration &amp; file exchange</source>
        <translation>安全的协作和文件交换</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="79"/>
        <source>Easy-to-use web mail, calendaring &amp; contacts</source>
        <translation>易于使用的网页邮件、日历和联系人</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="86"/>
        <source>The link to your %1 web interface when you open it in the browser.</source>
        <comment>%1 will be replaced with the application name</comment>
        <translation>当你在浏览器中打开 %1 web 界面时到它的链接</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="80"/>
        <source>Screensharing, online meetings &amp; web conferences</source>
        <translation>屏幕共享，线上见面和网络会议</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="95"/>
        <source>Log in to your %1</source>
        <translation>登录到您的 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="96"/>
        <source>This is the link to your %1 web interface when you open it in the browser.&lt;br/&gt;It looks like https://cloud.example.com or https://example.com/cloud</source>
        <translation>这是当您在浏览器中打开 %1 的 Web 界面的链接。看起来像 https://cloud.example.com 或 https://example.com/cloud</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="185"/>
        <source>This URL is NOT secure as it is not encrypted.
It is not advisable to use it.</source>
        <translation>此 URL 没有使用加密，不够安全。
不建议使用。</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="184"/>
        <source>This URL is secure. You can use it.</source>
        <translation>此 URL 是安全的。您可以使用它。</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="201"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="239"/>
        <source>Server address does not seem to be valid</source>
        <translation>服务器地址似乎无效</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="293"/>
        <source>Invalid URL</source>
        <translation>无效的链接</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="350"/>
        <source>Could not load certificate. Maybe wrong password?</source>
        <translation>无法载入证书。是不是密码错了？</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudSetupWizard</name>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="262"/>
        <source>&lt;font color=&quot;green&quot;&gt;Successfully connected to %1: %2 version %3 (%4)&lt;/font&gt;&lt;br/&gt;&lt;br/&gt;</source>
        <translation>&lt;font color=&quot;green&quot;&gt;成功连接到 %1：%2 版本 %3（%4）&lt;/font&gt;&lt;br/&gt;&lt;br/&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="288"/>
        <source>Invalid URL</source>
        <translation>无效URL</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="290"/>
        <source>Failed to connect to %1 at %2:&lt;br/&gt;%3</source>
        <translation>连接到 %1 （%2）失败：&lt;br /&gt;%3</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="308"/>
        <source>Timeout while trying to connect to %1 at %2.</source>
        <translation>连接到 %1 （%2） 时超时。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="342"/>
        <source>Trying to connect to %1 at %2 …</source>
        <translation>尝试连接到 ％1 的 ％2 …</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="395"/>
        <source>The authenticated request to the server was redirected to &apos;%1&apos;. The URL is bad, the server is misconfigured.</source>
        <translation>被发送到服务器的认证请求被重定向到 &apos;%1&apos;。此 URL 无效，服务器配置错误。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="395"/>
        <source>The authenticated request to the server was redirected to &quot;%1&quot;. The URL is bad, the server is misconfigured.</source>
        <translation>已通过身份验证的服务器请求被重定向到“%1”。URL 错误，服务器配置错误。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="408"/>
        <source>Access forbidden by server. To verify that you have proper access, &lt;a href=&quot;%1&quot;&gt;click here&lt;/a&gt; to access the service with your browser.</source>
        <translation>服务器拒绝了访问。&lt;a href=&quot;%1&quot;&gt;点击这里打开浏览器&lt;/a&gt; 来确认您是否有权访问。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="417"/>
        <source>There was an invalid response to an authenticated WebDAV request</source>
        <translation>对已认证的 WebDAV 请求的响应无效</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="463"/>
        <source>Local sync folder %1 already exists, setting it up for sync.&lt;br/&gt;&lt;br/&gt;</source>
        <translation>本地同步文件夹 %1 已存在，将使用它来同步。&lt;br/&gt;&lt;br/&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="466"/>
        <source>Creating local sync folder %1 …</source>
        <translation>正在新建本地同步文件夹 ％1 …</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="453"/>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="470"/>
        <source>OK</source>
        <translation>好</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="472"/>
        <source>failed.</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="474"/>
        <source>Could not create local folder %1</source>
        <translation>不能创建本地文件夹 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="534"/>
        <source>No remote folder specified!</source>
        <translation>未指定远程文件夹！</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="540"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="553"/>
        <source>creating folder on Nextcloud: %1</source>
        <translation>在 Nextcloud 上创建文件夹：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="558"/>
        <source>Remote folder %1 created successfully.</source>
        <translation>远程文件夹 %1 成功创建。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="573"/>
        <source>The remote folder %1 already exists. Connecting it for syncing.</source>
        <translation>远程文件夹 %1 已存在。连接它以供同步。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="575"/>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="577"/>
        <source>The folder creation resulted in HTTP error code %1</source>
        <translation>创建文件夹出现 HTTP 错误代码 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="579"/>
        <source>The remote folder creation failed because the provided credentials are wrong!&lt;br/&gt;Please go back and check your credentials.&lt;/p&gt;</source>
        <translation>远程文件夹创建失败，因为提供的凭证有误！&lt;br/&gt;请返回并检查您的凭证。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="583"/>
        <source>&lt;p&gt;&lt;font color=&quot;red&quot;&gt;Remote folder creation failed probably because the provided credentials are wrong.&lt;/font&gt;&lt;br/&gt;Please go back and check your credentials.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;font color=&quot;red&quot;&gt;远程文件夹创建失败，可能是由于提供的用户名密码不正确。&lt;/font&gt;&lt;br/&gt;请返回并检查它们。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="588"/>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="589"/>
        <source>Remote folder %1 creation failed with error &lt;tt&gt;%2&lt;/tt&gt;.</source>
        <translation>创建远程文件夹 %1 失败，错误为 &lt;tt&gt;%2&lt;/tt&gt;。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="603"/>
        <source>A sync connection from %1 to remote directory %2 was set up.</source>
        <translation>已经设置了一个 %1 到远程文件夹 %2 的同步连接</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="608"/>
        <source>Successfully connected to %1!</source>
        <translation>成功连接到了 %1！</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="615"/>
        <source>Connection to %1 could not be established. Please check again.</source>
        <translation>无法建立到 %1 的链接，请稍后重试。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="628"/>
        <source>Folder rename failed</source>
        <translation>文件夹更名失败</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="613"/>
        <source>Can&apos;t remove and back up the folder because the folder or a file in it is open in another program. Please close the folder or file and hit retry or cancel the setup.</source>
        <translation>无法移除和备份文件夹，由于文件夹或文件正在被另一程序占用。请关闭程序后重试，或取消安装。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="629"/>
        <source>Cannot remove and back up the folder because the folder or a file in it is open in another program. Please close the folder or file and hit retry or cancel the setup.</source>
        <translation>无法删除和备份该文件夹，因为其中的文件夹或文件在另一个程序中打开。请关闭文件夹或文件，然后点击重试或取消安装。 </translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="682"/>
        <source>&lt;font color=&quot;green&quot;&gt;&lt;b&gt;Local sync folder %1 successfully created!&lt;/b&gt;&lt;/font&gt;</source>
        <translation>&lt;font color=&quot;green&quot;&gt;&lt;b&gt;本地同步目录 %1 已成功创建&lt;/b&gt;&lt;/font&gt;</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudWizard</name>
    <message>
        <location filename="../src/gui/wizard/owncloudwizard.cpp" line="93"/>
        <source>Add %1 account</source>
        <translation>添加 %1 个账户</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizard.cpp" line="91"/>
        <source>%1 Connection Wizard</source>
        <translation>%1 链接向导</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizard.cpp" line="98"/>
        <source>Skip folders configuration</source>
        <translation>跳过文件夹设置</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizard.cpp" line="98"/>
        <source>Cancel</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizard.cpp" line="406"/>
        <source>Enable experimental feature?</source>
        <translation>启用实验性功能？</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizard.cpp" line="407"/>
        <source>When the &quot;virtual files&quot; mode is enabled no files will be downloaded initially. Instead, a tiny &quot;%1&quot; file will be created for each file that exists on the server. The contents can be downloaded by running these files or by using their context menu.

The virtual files mode is mutually exclusive with selective sync. Currently unselected folders will be translated to online-only folders and your selective sync settings will be reset.

Switching to this mode will abort any currently running synchronization.

This is a new, experimental mode. If you decide to use it, please report any issues that come up.</source>
        <translation>当“虚拟文件”模式被启用时，最初不会下载任何文件，而是为服务器上存在的每个文件创建一个小的“%1”文件。内容可以通过运行这些文件或使用它们的上下文菜单来下载。虚拟文件模式与选择性同步是互斥的。当前未选择的文件夹将被翻译成“仅在线”的文件夹，并且您选择的同步设置将被重置。切换到此模式将中止任何当前正在运行的同步。这是一种新的实验性模式。如果您决定使用它，请报告出现的任何问题。</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizard.cpp" line="421"/>
        <source>Enable experimental placeholder mode</source>
        <translation>启用实验占位符模式</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizard.cpp" line="422"/>
        <source>Stay safe</source>
        <translation>保持安全</translation>
    </message>
</context>
<context>
    <name>OCC::PasswordInputDialog</name>
    <message>
        <location filename="../src/gui/passwordinputdialog.ui" line="23"/>
        <source>Password for share required</source>
        <translation>需要共享密码</translation>
    </message>
    <message>
        <location filename="../src/gui/passwordinputdialog.ui" line="35"/>
        <source>Please enter a password for your share:</source>
        <translation>请输入您的共享链接密码：</translation>
    </message>
</context>
<context>
    <name>OCC::PollJob</name>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="137"/>
        <source>Invalid JSON reply from the poll URL</source>
        <translation>推送 URL 传来的 JSON 无效</translation>
    </message>
</context>
<context>
    <name>OCC::ProcessDirectoryJob</name>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="275"/>
        <source>Symbolic links are not supported in syncing.</source>
        <translation>符号链接在同步中不受支持。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="283"/>
        <source>File is listed on the ignore list.</source>
        <translation>文件位于忽略列表中</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="287"/>
        <source>File names ending with a period are not supported on this file system.</source>
        <translation>此文件系统不支持以句点结尾的文件名。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="272"/>
        <source>File names containing the character &apos;%1&apos; are not supported on this file system.</source>
        <translation>此文件系统不支持包含字符 &apos;%1&apos; 的文件名</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="297"/>
        <source>File names containing the character &quot;%1&quot; are not supported on this file system.</source>
        <translation>此文件系统不支持包含字符“%1”的文件名</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="299"/>
        <source>File name contains at least one invalid character</source>
        <translation>文件名包含至少一个无效字符</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="301"/>
        <source>The file name is a reserved name on this file system.</source>
        <translation>此文件名是这个文件系统上的保留名。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="307"/>
        <source>Filename contains trailing spaces.</source>
        <translation>文件名包含结尾空白</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="311"/>
        <source>Filename contains leading spaces.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="315"/>
        <source>Filename contains leading and trailing spaces.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="319"/>
        <source>Filename is too long.</source>
        <translation>文件名太长</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="323"/>
        <source>File/Folder is ignored because it&apos;s hidden.</source>
        <translation>文件/文件夹被忽略，因为它是隐藏的。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="326"/>
        <source>Stat failed.</source>
        <translation>由于排除或错误，项目被跳过。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="329"/>
        <source>Conflict: Server version downloaded, local copy renamed and not uploaded.</source>
        <translation>冲突：服务器版本已下载，本地副本已重命名，但未上传。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="333"/>
        <source>The filename cannot be encoded on your file system.</source>
        <translation>文件名无法在您的文件系统上被编码</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="336"/>
        <source>The filename is blacklisted on the server.</source>
        <translation>该文件名在服务器上被列入黑名单</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="405"/>
        <source>File has extension reserved for virtual files.</source>
        <translation>文件有为虚拟文件保留的扩展名</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="488"/>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="448"/>
        <source>permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="490"/>
        <source>permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="494"/>
        <source>file id</source>
        <translation>文件标识</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="56"/>
        <source>File contains trailing spaces and could not be renamed, because a file with the same name already exists on the server.</source>
        <translation>文件名包含尾随空格，无法重命名，因为服务器上已经存在同名文件。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="59"/>
        <source>File contains trailing spaces and could not be renamed, because a file with the same name already exists locally.</source>
        <translation>文件名包含尾随空格，无法重命名，因为本地已经存在同名文件。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="456"/>
        <source>server reported no %1</source>
        <translation>服务器报告无 %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="498"/>
        <source>Server reported no %1</source>
        <translation>服务器报告无 %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="843"/>
        <source>Cannot sync due to invalid modification time</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="946"/>
        <source>Conflict when uploading some files to a folder. Those, conflicted, are going to get cleared!</source>
        <translation>上传文件到文件夹时发生冲突。那些冲突的会被清除!</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1137"/>
        <source>Conflict when uploading a folder. It&apos;s going to get cleared!</source>
        <translation>上传文件夹时发生冲突。它会被清除!</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1140"/>
        <source>Conflict when uploading a file. It&apos;s going to get removed!</source>
        <translation>上传时发生冲突。它将被移除！</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1474"/>
        <source>Ignored because of the &quot;choose what to sync&quot; blacklist</source>
        <translation>因“选择要同步的内容”黑名单而被忽略</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1507"/>
        <source>Not allowed because you don&apos;t have permission to add subfolders to that folder</source>
        <translation>不被允许，因为您没有向该文件夹添加子文件夹的权限。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1512"/>
        <source>Not allowed because you don&apos;t have permission to add files in that folder</source>
        <translation>不被允许，因为您没有在该文件夹中添加文件的权限。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1525"/>
        <source>Not allowed to upload this file because it is read-only on the server, restoring</source>
        <translation>不允许上传这个文件，因为它在这台服务器上是只读的，恢复中。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1547"/>
        <source>Moved to invalid target, restoring</source>
        <translation>移动到无效目标，恢复中。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1561"/>
        <source>Not allowed to remove, restoring</source>
        <translation>不允许移除，恢复中。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1699"/>
        <source>Error while reading the database</source>
        <translation>读取数据库时出错</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1548"/>
        <source>Server replied with an error while reading directory &apos;%1&apos; : %2</source>
        <translation>服务器在读取目录 &apos;%1&apos; 时回复了一个错误：%2</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1760"/>
        <source>Server replied with an error while reading directory &quot;%1&quot; : %2</source>
        <translation>服务器在读取目录 &quot;%1&quot; 时返回了一个错误: %2 </translation>
    </message>
</context>
<context>
    <name>OCC::PropagateDirectory</name>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="1016"/>
        <source>Error writing metadata to the database</source>
        <translation>向数据库写入元数据错误</translation>
    </message>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="1204"/>
        <source>Error updating metadata due to invalid modification time</source>
        <translation>由于修改时间无效，更新元数据时出错</translation>
    </message>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="1204"/>
        <source>Error updating metadata due to invalid modified time</source>
        <translation>由于修改时间无效，更新元数据时出错</translation>
    </message>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="1220"/>
        <source>Error updating metadata: %1</source>
        <translation>更新元数据出错：%1</translation>
    </message>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="1224"/>
        <source>File is currently in use</source>
        <translation>文件在使用中</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateDownloadFile</name>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="402"/>
        <source>File %1 can not be downloaded because encryption information is missing.</source>
        <translation>由于加密信息丢失，文件 %1 无法下载。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="477"/>
        <source>File %1 cannot be downloaded because encryption information is missing.</source>
        <translation>文件 %1 无法被下载，因为加密信息丢失。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="495"/>
        <location filename="../src/libsync/propagatedownload.cpp" line="1192"/>
        <source>File has changed since discovery</source>
        <translation>自从发现文件以来，它已经被修改了</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="521"/>
        <location filename="../src/libsync/propagatedownload.cpp" line="626"/>
        <source>File %1 cannot be downloaded because of a local file name clash!</source>
        <translation>文件 %1 无法被下载，因为一个本地文件名冲突！</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="528"/>
        <source>File %1 can not be downloaded because of a local file name clash!</source>
        <translation>由于本地文件名冲突，文件 %1 无法下载。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="678"/>
        <source>The download would reduce free local disk space below the limit</source>
        <translation>下载将减少低于限制的空闲本地磁盘空间</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="682"/>
        <source>Free space on disk is less than %1</source>
        <translation>空闲磁盘空间少于 %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="803"/>
        <source>File was deleted from server</source>
        <translation>已从服务器删除文件</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="876"/>
        <source>The file could not be downloaded completely.</source>
        <translation>文件无法完整下载。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="785"/>
        <source>The downloaded file is empty despite that the server announced it should have been %1.</source>
        <translation>虽然服务器宣称已完成 %1，但实际下载文件为空。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="883"/>
        <source>The downloaded file is empty, but the server said it should have been %1.</source>
        <translation>已下载的文件为空，但是服务器说它应该是 %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="1119"/>
        <source>File %1 cannot be saved because of a local file name clash!</source>
        <translation>由于本地文件名冲突，文件 %1 无法保存。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="1096"/>
        <source>Error writing metadata to the database</source>
        <translation>向数据库写入元数据错误</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="1125"/>
        <location filename="../src/libsync/propagatedownload.cpp" line="1138"/>
        <source>File %1 has invalid modified time reported by server. Do not save it.</source>
        <translation>服务器报告文件 %1 的修改时间无效。不要保存它。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="1269"/>
        <source>Error updating metadata: %1</source>
        <translation>更新元数据出错：%1</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="1272"/>
        <source>The file %1 is currently in use</source>
        <translation>文件 %1 在使用中</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateItemJob</name>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="236"/>
        <source>; Restoration Failed: %1</source>
        <translation>；恢复失败：%1</translation>
    </message>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="305"/>
        <source>A file or folder was removed from a read only share, but restoring failed: %1</source>
        <translation>文件（夹）移除了只读共享，但恢复失败：%1</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateLocalMkdir</name>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="160"/>
        <source>could not delete file %1, error: %2</source>
        <translation>不能删除文件 %1，错误：%2</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="175"/>
        <source>Attention, possible case sensitivity clash with %1</source>
        <translation>小心！%1 的文件名可能有大小写冲突</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="181"/>
        <source>Could not create folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="181"/>
        <source>could not create folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="194"/>
        <source>Error updating metadata: %1</source>
        <translation>更新元数据出错：%1 </translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="197"/>
        <source>The file %1 is currently in use</source>
        <translation>文件 %1 在使用中 </translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="193"/>
        <source>Error writing metadata to the database</source>
        <translation>向数据库写入元数据错误</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateLocalRemove</name>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="79"/>
        <source>Error removing &apos;%1&apos;: %2;</source>
        <translation>删除 &apos;%1&apos; 错误：%2</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="104"/>
        <source>Could not remove folder &apos;%1&apos;</source>
        <translation>无法删除文件夹 %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="103"/>
        <source>Could not remove %1 because of a local file name clash</source>
        <translation>由于本地文件名冲突，不能删除 %1</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateLocalRename</name>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="230"/>
        <source>File %1 cannot be renamed to %2 because of a local file name clash</source>
        <translation>文件 %1 无法被重命名至 %2，因为一个本地文件名冲突</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="226"/>
        <source>File %1 can not be renamed to %2 because of a local file name clash</source>
        <translation>由于本地文件名冲突，文件 %1 无法更名为 %2</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="264"/>
        <source>Error updating metadata: %1</source>
        <translation>更新元数据出错：%1 </translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="267"/>
        <source>The file %1 is currently in use</source>
        <translation>文件 %1 在使用中 </translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="257"/>
        <location filename="../src/libsync/propagatorjobs.cpp" line="263"/>
        <source>Error writing metadata to the database</source>
        <translation>向数据库写入元数据错误</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="273"/>
        <source>Failed to rename file</source>
        <translation>重命名文件失败</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="279"/>
        <source>Error setting pin state</source>
        <translation>设置固定状态出错</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateRemoteDelete</name>
    <message>
        <location filename="../src/libsync/propagateremotedelete.cpp" line="110"/>
        <source>Wrong HTTP code returned by server. Expected 204, but received &quot;%1 %2&quot;.</source>
        <translation>服务器返回的 HTTP 状态错误，应返回 204，但返回的是“%1 %2”。</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateRemoteDeleteEncryptedRootFolder</name>
    <message>
        <location filename="../src/libsync/propagateremotedeleteencryptedrootfolder.cpp" line="143"/>
        <source>Wrong HTTP code returned by server. Expected 204, but received &quot;%1 %2&quot;.</source>
        <translation>服务器返回了错误的 HTTP 代码。预期的是 204，但接收到的是 &quot;%1 %2&quot;。</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateRemoteMkdir</name>
    <message>
        <location filename="../src/libsync/propagateremotemkdir.cpp" line="135"/>
        <source>Wrong HTTP code returned by server. Expected 201, but received &quot;%1 %2&quot;.</source>
        <translation>服务器返回的 HTTP 状态错误，应返回 201，但返回的是“%1 %2”。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemkdir.cpp" line="263"/>
        <source>Error writing metadata to the database</source>
        <translation>向数据库写入元数据错误</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemkdir.cpp" line="259"/>
        <source>Error writing metadata to the database: %1</source>
        <translation>将元数据写入数据库出错：%1 </translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemkdir.cpp" line="262"/>
        <source>The file %1 is currently in use</source>
        <translation>文件 %1 在使用中 </translation>
    </message>
</context>
<context>
    <name>OCC::PropagateRemoteMove</name>
    <message>
        <location filename="../src/libsync/propagateremotemove.cpp" line="171"/>
        <source>Could not rename %1 to %2, error: %3</source>
        <translation>无法将 %1 重命名为 %2，错误：%3</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemove.cpp" line="231"/>
        <source>Wrong HTTP code returned by server. Expected 201, but received &quot;%1 %2&quot;.</source>
        <translation>服务器返回的 HTTP 状态错误，应返回 201，但返回的是“%1 %2”。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemove.cpp" line="282"/>
        <source>Error updating metadata: %1</source>
        <translation>更新元数据出错：%1 </translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemove.cpp" line="285"/>
        <source>The file %1 is currently in use</source>
        <translation>文件 %1 在使用中 </translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemove.cpp" line="290"/>
        <source>Error setting pin state</source>
        <translation>设置固定状态出错</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemove.cpp" line="297"/>
        <source>Error writing metadata to the database</source>
        <translation>向数据库写入元数据错误</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateUploadFileCommon</name>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="235"/>
        <source>Failed to upload encrypted file.</source>
        <translation>上传加密文件失败</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="266"/>
        <source>File %1 cannot be uploaded because another file with the same name, differing only in case, exists</source>
        <translation>文件 %1 无法上传，因为存在同名文件，文件名仅有大小写不同。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="277"/>
        <location filename="../src/libsync/propagateupload.cpp" line="695"/>
        <source>Upload of %1 exceeds the quota for the folder</source>
        <translation>上传 %1 超过文件夹的限额</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="314"/>
        <location filename="../src/libsync/propagateupload.cpp" line="389"/>
        <location filename="../src/libsync/propagateupload.cpp" line="402"/>
        <source>File %1 has invalid modification time. Do not upload to the server.</source>
        <translation>文件 %1 修改时间无效。不要上传到服务器。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="314"/>
        <location filename="../src/libsync/propagateupload.cpp" line="389"/>
        <location filename="../src/libsync/propagateupload.cpp" line="402"/>
        <source>File %1 has invalid modified time. Do not upload to the server.</source>
        <translation>文件 %1 修改时间无效。不要上传到服务器。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="386"/>
        <source>File Removed (start upload) %1</source>
        <translation>文件已删除（开始上传）%1</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="412"/>
        <source>Local file changed during syncing. It will be resumed.</source>
        <translation>本地文件在同步时已修改，完成后会再次同步</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="423"/>
        <source>Local file changed during sync.</source>
        <translation>本地文件在同步时已修改。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="433"/>
        <source>Failed to unlock encrypted folder.</source>
        <translation>解锁加密文件夹失败</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="769"/>
        <source>Error writing metadata to the database</source>
        <translation>向数据库写入元数据错误</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="791"/>
        <source>Error updating metadata: %1</source>
        <translation>更新元数据出错：%1 </translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="794"/>
        <source>The file %1 is currently in use</source>
        <translation>文件 %1 在使用中 </translation>
    </message>
</context>
<context>
    <name>OCC::PropagateUploadFileNG</name>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="430"/>
        <source>The local file was removed during sync.</source>
        <translation>本地文件在同步时已删除。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="445"/>
        <source>Local file changed during sync.</source>
        <translation>本地文件在同步时已修改。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="484"/>
        <source>Poll URL missing</source>
        <translation>投票 URL 缺失</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="493"/>
        <source>Unexpected return code from server (%1)</source>
        <translation>从服务器得到了意外的返回值（%1）</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="500"/>
        <source>Missing File ID from server</source>
        <translation>服务器端文件 ID 缺失</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="514"/>
        <source>Missing ETag from server</source>
        <translation>服务器端 ETag 缺失</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateUploadFileV1</name>
    <message>
        <location filename="../src/libsync/propagateuploadv1.cpp" line="228"/>
        <source>Poll URL missing</source>
        <translation>缺少轮询 URL</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadv1.cpp" line="252"/>
        <source>The local file was removed during sync.</source>
        <translation>本地文件在同步时已删除。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadv1.cpp" line="267"/>
        <source>Local file changed during sync.</source>
        <translation>本地文件在同步时已修改。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadv1.cpp" line="281"/>
        <source>The server did not acknowledge the last chunk. (No e-tag was present)</source>
        <translation>服务器未确认上一分块。（找不到 E-tag）</translation>
    </message>
</context>
<context>
    <name>OCC::ProxyAuthDialog</name>
    <message>
        <location filename="../src/gui/proxyauthdialog.ui" line="20"/>
        <source>Proxy authentication required</source>
        <translation>代理需要认证</translation>
    </message>
    <message>
        <location filename="../src/gui/proxyauthdialog.ui" line="26"/>
        <source>Username:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../src/gui/proxyauthdialog.ui" line="36"/>
        <source>Proxy:</source>
        <translation>代理：</translation>
    </message>
    <message>
        <location filename="../src/gui/proxyauthdialog.ui" line="43"/>
        <source>The proxy server needs a username and password.</source>
        <translation>代理服务器需要输入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../src/gui/proxyauthdialog.ui" line="50"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
</context>
<context>
    <name>OCC::SelectiveSyncDialog</name>
    <message>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="509"/>
        <source>Choose What to Sync</source>
        <translation>选择同步内容</translation>
    </message>
</context>
<context>
    <name>OCC::SelectiveSyncWidget</name>
    <message>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="73"/>
        <source>Loading …</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="79"/>
        <source>Deselect remote folders you do not wish to synchronize.</source>
        <translation>反选您不想同步的那些远端文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="95"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="96"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="237"/>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="314"/>
        <source>No subfolders currently on the server.</source>
        <translation>这个服务器上暂不存在子文件夹。</translation>
    </message>
    <message>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="316"/>
        <source>An error occurred while loading the list of sub folders.</source>
        <translation>载入子文件夹列表时发生错误。</translation>
    </message>
</context>
<context>
    <name>OCC::ServerNotificationHandler</name>
    <message>
        <location filename="../src/gui/tray/notificationhandler.cpp" line="121"/>
        <source>Reply</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/tray/notificationhandler.cpp" line="159"/>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
</context>
<context>
    <name>OCC::SettingsDialog</name>
    <message>
        <location filename="../src/gui/settingsdialog.ui" line="14"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="105"/>
        <source>%1 Settings</source>
        <extracomment>This name refers to the application name e.g Nextcloud</extracomment>
        <translation>%1 设置</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="123"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="132"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="219"/>
        <source>Activity</source>
        <translation>动态</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="240"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
</context>
<context>
    <name>OCC::ShareDialog</name>
    <message>
        <location filename="../src/gui/sharedialog.ui" line="67"/>
        <source>ownCloud Path:</source>
        <translation>ownCloud 路径：</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.ui" line="69"/>
        <source>share label</source>
        <translation>共享标签</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.ui" line="125"/>
        <source>Nextcloud Path:</source>
        <translation>Nextcloud 路径：</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.ui" line="156"/>
        <source>Icon</source>
        <translation>图标</translation>
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
        <translation type="unfinished"><numerusform></numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/sharedialog.cpp" line="106"/>
        <source>Locked by %1 - Expires in %2 minutes</source>
        <comment>remaining time before lock expires</comment>
        <translation type="unfinished"><numerusform></numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="126"/>
        <source>Folder: %2</source>
        <translation>文件夹：%2</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="129"/>
        <source>%1 Sharing</source>
        <translation>%1 共享</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="293"/>
        <source>The file can not be shared because it was shared without sharing permission.</source>
        <translation>未分配共享权限，无法共享文件。</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="318"/>
        <source>The file cannot be shared because it does not have sharing permission.</source>
        <translation>此文件无法被共享，因它没有共享权限</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="401"/>
        <source>Please enter a password for your link share:</source>
        <translation>请输入您的共享链接密码：</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="402"/>
        <source>Password for share required</source>
        <translation>需要共享密码</translation>
    </message>
</context>
<context>
    <name>OCC::ShareLinkWidget</name>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="192"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="59"/>
        <source>Share link</source>
        <translation>共享链接</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="133"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="167"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="171"/>
        <source>&amp;Share link</source>
        <translation>&amp;共享链接</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="239"/>
        <source>Expiration date:</source>
        <translation>有效期至：</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="244"/>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="245"/>
        <source>Expires:</source>
        <translation>过期：</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="315"/>
        <source>Expires</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="150"/>
        <source>Allow Editing</source>
        <translation>允许编辑</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="192"/>
        <source>Read only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="164"/>
        <source>Allow Upload &amp;&amp; Editing</source>
        <translation>允许上传和编辑</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="169"/>
        <source>File Drop (Upload Only)</source>
        <translation>文件拖拽（仅上传）</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="184"/>
        <source>Password Protect</source>
        <translation>密码保护</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="187"/>
        <source>Allow editing</source>
        <translation>允许编辑</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="193"/>
        <source>View only</source>
        <translation>仅查看</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="199"/>
        <source>Allow upload and editing</source>
        <translation>允许上传和编辑</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="201"/>
        <source>Expiration Date</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="204"/>
        <source>File drop (upload only)</source>
        <translation>文件拖拽（仅上传）</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="220"/>
        <source>Unshare</source>
        <translation>取消共享</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="222"/>
        <source>Link name</source>
        <translation>链接名称</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="254"/>
        <source>Note to recipient</source>
        <translation>接收人备注</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="264"/>
        <source>Password protect</source>
        <translation>密码保护</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="283"/>
        <source>Set expiration date</source>
        <translation>设置过期日期</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="305"/>
        <source>Delete link</source>
        <translation>删除链接</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="310"/>
        <source>Add another link</source>
        <translation>添加其他链接</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="266"/>
        <source>Delete share link</source>
        <translation>删除共享链接</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="506"/>
        <source>Confirm Link Share Deletion</source>
        <translation>确认删除共享链接</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="507"/>
        <source>&lt;p&gt;Do you really want to delete the public link share &lt;i&gt;%1&lt;/i&gt;?&lt;/p&gt;&lt;p&gt;Note: This action cannot be undone.&lt;/p&gt;</source>
        <translation>您真的想删除公开共享链接 &lt;i&gt;%1&lt;/i&gt;？&lt;p&gt;&lt;p&gt;注意：此操作无法撤销。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="513"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="514"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="532"/>
        <source>Public link</source>
        <translation>公开链接</translation>
    </message>
</context>
<context>
    <name>OCC::ShareUserGroupWidget</name>
    <message>
        <location filename="../src/gui/shareusergroupwidget.ui" line="74"/>
        <source>Share with users or groups …</source>
        <translation>与用户或分组共享...</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="123"/>
        <source>Search globally</source>
        <translation>全局搜索</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="321"/>
        <source>Copy link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="337"/>
        <source>No results for &apos;%1&apos;</source>
        <translation>没有 &apos;%1&apos; 相关结果</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="333"/>
        <source>No results for &quot;%1&quot;</source>
        <translation>没有 &quot;%1&quot;相关结果</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="367"/>
        <source>Password for share required</source>
        <translation>需要共享密码 </translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="368"/>
        <source>Please enter a password for your email share:</source>
        <translation>请为你的电邮共享输入一个密码：</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="421"/>
        <source>I shared something with you</source>
        <translation>我向您共享了一些东西</translation>
    </message>
</context>
<context>
    <name>OCC::ShareUserLine</name>
    <message>
        <location filename="../src/gui/shareuserline.ui" line="80"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../src/gui/shareuserline.ui" line="89"/>
        <source>can edit</source>
        <translation>可编辑</translation>
    </message>
    <message>
        <location filename="../src/gui/shareuserline.ui" line="115"/>
        <source>Can edit</source>
        <translation>可以编辑</translation>
    </message>
    <message>
        <location filename="../src/gui/shareuserline.ui" line="149"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../src/gui/shareuserline.ui" line="205"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../src/gui/shareuserline.ui" line="277"/>
        <source>Expires:</source>
        <translation>过期：</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="487"/>
        <source>Can reshare</source>
        <translation>允许重新共享</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="498"/>
        <source>Note to recipient</source>
        <translation>给收件人的备注</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="514"/>
        <source>Set expiration date</source>
        <translation>设置到期日</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="529"/>
        <source>Unshare</source>
        <translation>取消共享</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="538"/>
        <source>Can create</source>
        <translation>可以创建</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="544"/>
        <source>Can change</source>
        <translation>可以修改</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="550"/>
        <source>Can delete</source>
        <translation>可以删除</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="559"/>
        <source>Password protect</source>
        <translation>密码保护</translation>
    </message>
</context>
<context>
    <name>OCC::ShareeModel</name>
    <message>
        <location filename="../src/gui/sharee.cpp" line="133"/>
        <source>%1 (%2)</source>
        <comment>sharee (shareWithAdditionalInfo)</comment>
        <translation>%1 (%2) </translation>
    </message>
</context>
<context>
    <name>OCC::SocketApi</name>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="678"/>
        <source>Context menu share</source>
        <translation>上下文目录共享</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="950"/>
        <source>Select new location …</source>
        <translation>请选择新位置 ...</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1006"/>
        <source>I shared something with you</source>
        <translation>我向您共享了一些东西</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1019"/>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1051"/>
        <source>Share options</source>
        <translation>共享选项</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi.cpp" line="672"/>
        <source>Share via %1</source>
        <translation>通过 %1 共享</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1020"/>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1197"/>
        <source>Activity</source>
        <translation>动态</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1022"/>
        <source>Copy private link to clipboard</source>
        <translation>复制私人链接到剪贴板</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1023"/>
        <source>Send private link by email …</source>
        <translation>通过电子邮件发送私人链接…</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1049"/>
        <source>Resharing this file is not allowed</source>
        <translation>不允许再次分享此文件</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1049"/>
        <source>Resharing this folder is not allowed</source>
        <translation>不允许重新分享这个文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1063"/>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1065"/>
        <source>Copy public link</source>
        <translation>复制公开链接</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1069"/>
        <source>Copy internal link</source>
        <translation>复制内部链接</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1083"/>
        <source>Lock file</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1086"/>
        <source>Unlock file</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1101"/>
        <source>Locked by %1</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1105"/>
        <source>Expires in %1 minutes</source>
        <comment>remaining time before lock expires</comment>
        <translation type="unfinished"><numerusform></numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1105"/>
        <source>Expire in %1 minutes</source>
        <comment>remaining time before lock expire</comment>
        <translation type="unfinished"><numerusform></numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1203"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1205"/>
        <source>Open in browser</source>
        <translation>在浏览器中打开</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1229"/>
        <source>Resolve conflict …</source>
        <translation>解决冲突 ...</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1233"/>
        <source>Move and rename …</source>
        <translation>移动并重命名 ...</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1236"/>
        <source>Move, rename and upload …</source>
        <translation>移动，重命名并上传 ...</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1238"/>
        <source>Delete local changes</source>
        <translation>删除本地变更</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1244"/>
        <source>Move and upload …</source>
        <translation>移动并上传 ...</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1245"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi.cpp" line="465"/>
        <source>Share with %1</source>
        <comment>parameter is Nextcloud</comment>
        <translation>共享给 %1</translation>
    </message>
</context>
<context>
    <name>OCC::SslButton</name>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="88"/>
        <source>&lt;h3&gt;Certificate Details&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;证书信息&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="91"/>
        <source>Common Name (CN):</source>
        <translation>常用名 (CN)：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="92"/>
        <source>Subject Alternative Names:</source>
        <translation>主体备用名称：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="93"/>
        <source>Organization (O):</source>
        <translation>组织（O）：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="94"/>
        <source>Organizational Unit (OU):</source>
        <translation>单位（OU）：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="95"/>
        <source>State/Province:</source>
        <translation>州/省：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="96"/>
        <source>Country:</source>
        <translation>国家：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="97"/>
        <source>Serial:</source>
        <translation>序列号：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="100"/>
        <source>&lt;h3&gt;Issuer&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;颁发者&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="103"/>
        <source>Issuer:</source>
        <translation>颁发者：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="104"/>
        <source>Issued on:</source>
        <translation>颁发于：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="105"/>
        <source>Expires on:</source>
        <translation>过期于：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="108"/>
        <source>&lt;h3&gt;Fingerprints&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;证书指纹&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="112"/>
        <source>SHA-256:</source>
        <translation>SHA-256：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="113"/>
        <source>SHA-1:</source>
        <translation>SHA-1：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="117"/>
        <source>&lt;p&gt;&lt;b&gt;Note:&lt;/b&gt; This certificate was manually approved&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;注意：&lt;/b&gt;此证书经手动批准&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="137"/>
        <source>%1 (self-signed)</source>
        <translation>%1（自签署）</translation>
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
        <translation>此连接通过 %1 位的 %2 加密。
</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="177"/>
        <source>This connection is NOT secure as it is not encrypted.
</source>
        <translation>此连接未经过加密。
</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="191"/>
        <source>Server version: %1</source>
        <translation>服务器版本：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="205"/>
        <source>No support for SSL session tickets/identifiers</source>
        <translation>没有支持的 SSL 标识</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="215"/>
        <source>Certificate information:</source>
        <translation>证书信息：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="244"/>
        <source>The connection is not secure</source>
        <translation>此连接是不安全的</translation>
    </message>
</context>
<context>
    <name>OCC::SslErrorDialog</name>
    <message>
        <location filename="../src/gui/sslerrordialog.ui" line="25"/>
        <source>Trust this certificate anyway</source>
        <translation>总是信任该证书</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="66"/>
        <source>Untrusted Certificate</source>
        <translation>不被信任的证书</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="139"/>
        <source>Cannot connect securely to &lt;i&gt;%1&lt;/i&gt;:</source>
        <translation>无法安全连接到 &lt;i&gt;%1&lt;/i&gt;：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="158"/>
        <source>Additional errors:</source>
        <translation>其他错误：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="184"/>
        <source>with Certificate %1</source>
        <translation>使用证书 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="193"/>
        <location filename="../src/gui/sslerrordialog.cpp" line="195"/>
        <location filename="../src/gui/sslerrordialog.cpp" line="197"/>
        <source>&amp;lt;not specified&amp;gt;</source>
        <translation>&amp;lt;未指定&amp;gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="198"/>
        <location filename="../src/gui/sslerrordialog.cpp" line="223"/>
        <source>Organization: %1</source>
        <translation>组织：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="199"/>
        <location filename="../src/gui/sslerrordialog.cpp" line="224"/>
        <source>Unit: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="200"/>
        <location filename="../src/gui/sslerrordialog.cpp" line="225"/>
        <source>Country: %1</source>
        <translation>国家：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="207"/>
        <source>Fingerprint (SHA1): &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>SHA1 指纹：&lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="212"/>
        <source>Fingerprint (SHA-256): &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>指纹（SHA-256）：&lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="213"/>
        <source>Fingerprint (SHA-512): &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>指纹（SHA-512）：&lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="215"/>
        <source>Effective Date: %1</source>
        <translation>有效日期：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="216"/>
        <source>Expiration Date: %1</source>
        <translation>过期日期：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="220"/>
        <source>Issuer: %1</source>
        <translation>签发人：%1</translation>
    </message>
</context>
<context>
    <name>OCC::SyncEngine</name>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="122"/>
        <source>Success.</source>
        <translation>成功。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="125"/>
        <source>Failed to load or create the journal file. Make sure you have read and write permissions in the local sync folder.</source>
        <translation>无法加载或创建日志文件。请确保您拥有本地同步文件夹的读写权限。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="129"/>
        <source>Discovery step failed.</source>
        <translation>发现步骤失败。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="132"/>
        <source>A network connection timeout happened.</source>
        <translation>网络连接超时。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="135"/>
        <source>A HTTP transmission error happened.</source>
        <translation>HTTP 传输错误。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="138"/>
        <source>Permission denied.</source>
        <translation>没有权限。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="141"/>
        <source>File or directory not found:</source>
        <translation>文件或目录未找到：</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="144"/>
        <source>Tried to create a folder that already exists.</source>
        <translation>文件夹已存在。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="147"/>
        <source>No space on %1 server available.</source>
        <translation>服务器 %1 空间不足。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="150"/>
        <source>CSync unspecified error.</source>
        <translation>CSync 未定义错误。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="153"/>
        <source>Aborted by the user</source>
        <translation>用户撤销</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="156"/>
        <source>The service is temporarily unavailable</source>
        <translation>服务暂时不可用</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="159"/>
        <source>The mounted folder is temporarily not available on the server</source>
        <translation>该文件夹在服务器上不可用</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="162"/>
        <source>Access is forbidden</source>
        <translation>访问被拒绝</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="165"/>
        <source>An error occurred while opening a folder</source>
        <translation>打开目录失败</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="168"/>
        <source>Error while reading folder.</source>
        <translation>读取目录时出错</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="173"/>
        <source>An internal error number %1 occurred.</source>
        <translation>发生内部错误 %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="192"/>
        <source>%1 (skipped due to earlier error, trying again in %2)</source>
        <translation>%1 (由于先前的错误而跳过，在%2中再次尝试 )</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="358"/>
        <source>Could not update file: %1</source>
        <translation>无法上传文件：%1</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="370"/>
        <source>Could not update virtual file metadata: %1</source>
        <translation>无法更新虚拟文件元数据：%1</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="393"/>
        <source>Unresolved conflict.</source>
        <translation>未解决的冲突。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="474"/>
        <source>Only %1 are available, need at least %2 to start</source>
        <comment>Placeholders are postfixed with file sizes using Utility::octetsToString()</comment>
        <translation>仅有 %1 有效，至少需要 %2 才能开始</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1028"/>
        <source>Aborted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1396"/>
        <location filename="../src/libsync/syncengine.cpp" line="1436"/>
        <source>Ignored because of the &quot;choose what to sync&quot; blacklist</source>
        <translation>已忽略（“选择同步内容”黑名单）</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1455"/>
        <source>Not allowed because you don&apos;t have permission to add subfolders to that folder</source>
        <translation>您没有权限增加子目录</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1470"/>
        <source>Not allowed because you don&apos;t have permission to add parent folder</source>
        <translation>您没有权限增加父目录</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1477"/>
        <source>Not allowed because you don&apos;t have permission to add files in that folder</source>
        <translation>您没有权限增加文件</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1502"/>
        <source>Not allowed to upload this file because it is read-only on the server, restoring</source>
        <translation>无法上传文件，因为服务器端此文件为只读，正在回退</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1518"/>
        <location filename="../src/libsync/syncengine.cpp" line="1537"/>
        <source>Not allowed to remove, restoring</source>
        <translation>无法删除，正在回退</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1551"/>
        <source>Local files and share folder removed.</source>
        <translation>本地文件和共享文件夹已被删除。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1605"/>
        <source>Move not allowed, item restored</source>
        <translation>无法移动，正在回退</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1616"/>
        <source>Move not allowed because %1 is read-only</source>
        <translation>无法移动，%1为是只读的</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1616"/>
        <source>the destination</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1616"/>
        <source>the source</source>
        <translation>源</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="490"/>
        <source>Symbolic links are not supported in syncing.</source>
        <translation>符号链接不被同步支持。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="493"/>
        <source>File is listed on the ignore list.</source>
        <translation>文件在忽略列表中。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="497"/>
        <source>File names ending with a period are not supported on this file system.</source>
        <translation>文件名结尾不可以为“.”。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="507"/>
        <source>File names containing the character &apos;%1&apos; are not supported on this file system.</source>
        <translation>此文件系统不支持包含字符 &apos;%1&apos; 的文件名。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="510"/>
        <source>The file name is a reserved name on this file system.</source>
        <translation>文件名为系统保留文件名。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="507"/>
        <source>Unable to open or create the local sync database. Make sure you have write access in the sync folder.</source>
        <translation>无法打开或创建本地同步数据库。请确保您在同步文件夹下有写入权限。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="515"/>
        <source>Filename contains trailing spaces.</source>
        <translation>文件名尾部含有空格</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="518"/>
        <source>Filename is too long.</source>
        <translation>文件名过长。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="521"/>
        <source>File/Folder is ignored because it&apos;s hidden.</source>
        <translation>已忽略隐藏的文件和文件夹。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="524"/>
        <source>Folder hierarchy is too deep</source>
        <translation>文件夹层级太深</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="527"/>
        <source>The filename cannot be encoded on your file system.</source>
        <translation>文件名在您的文件系统中不可编码。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="523"/>
        <source>Using virtual files with suffix, but suffix is not set</source>
        <translation>使用带后缀的虚拟文件，但未设置后缀。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="535"/>
        <source>Unable to read the blacklist from the local database</source>
        <translation>无法从本地数据库读取黑名单</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="540"/>
        <source>Conflict: Server version downloaded, local copy renamed and not uploaded.</source>
        <translation>发生冲突：服务器版本的文件已经下载，本地版本的文件已经改名且没有上传。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="544"/>
        <source>Stat failed.</source>
        <translation>状态失败。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="571"/>
        <source>Filename encoding is not valid</source>
        <translation>文件名编码无效</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="572"/>
        <source>Unable to read from the sync journal.</source>
        <translation>无法读取同步日志。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="655"/>
        <source>Cannot open the sync journal</source>
        <translation>无法打开同步日志</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="735"/>
        <source>Invalid characters, please rename &quot;%1&quot;</source>
        <translation>无效的字符，请更改为 “%1”</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1110"/>
        <source>File name contains at least one invalid character</source>
        <translation>文件名中存在至少一个非法字符</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1067"/>
        <source>Synchronization will resume shortly.</source>
        <translation>同步将很快恢复。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1084"/>
        <source>Disk space is low: Downloads that would reduce free space below %1 were skipped.</source>
        <translation>硬盘剩余容量过低：下载后将会导致剩余容量低于 %1 的文件将会被跳过。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1091"/>
        <source>There is insufficient space available on the server for some uploads.</source>
        <translation>对于某些上传文件来说，服务器端的可用空间不足。</translation>
    </message>
</context>
<context>
    <name>OCC::SyncStatusSummary</name>
    <message>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="124"/>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="313"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="138"/>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="316"/>
        <location filename="../src/gui/tray/syncstatussummary.h" line="89"/>
        <source>All synced!</source>
        <translation>已同步所有文件！</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="147"/>
        <source>Some files couldn&apos;t be synced!</source>
        <translation>无法同步某些文件！</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="148"/>
        <source>See below for errors</source>
        <translation>查看下方错误</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="155"/>
        <source>Syncing</source>
        <translation>同步中</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="162"/>
        <source>Sync paused</source>
        <translation>同步已暂停</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="169"/>
        <source>Some files could not be synced!</source>
        <translation>某些文件无法同步！</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="170"/>
        <source>See below for warnings</source>
        <translation>查看下方警告</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="218"/>
        <source>%1 of %2 · %3 left</source>
        <translation>%2 中的 %1 · %3 剩余</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="222"/>
        <source>%1 of %2</source>
        <translation>%2 中的 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="227"/>
        <source>Syncing file %1 of %2</source>
        <translation>正在同步 %2 中的 %1</translation>
    </message>
</context>
<context>
    <name>OCC::Systray</name>
    <message>
        <location filename="../src/gui/systray.cpp" line="107"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../src/gui/systray.cpp" line="202"/>
        <source>Add account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <location filename="../src/gui/systray.cpp" line="204"/>
        <source>Open main dialog</source>
        <translation>打开主对话框</translation>
    </message>
    <message>
        <location filename="../src/gui/systray.cpp" line="207"/>
        <location filename="../src/gui/systray.cpp" line="217"/>
        <source>Pause sync</source>
        <translation>暂停同步</translation>
    </message>
    <message>
        <location filename="../src/gui/systray.cpp" line="208"/>
        <location filename="../src/gui/systray.cpp" line="223"/>
        <source>Resume sync</source>
        <translation>恢复同步</translation>
    </message>
    <message>
        <location filename="../src/gui/systray.cpp" line="209"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../src/gui/systray.cpp" line="210"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../src/gui/systray.cpp" line="211"/>
        <source>Exit %1</source>
        <translation>退出 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/systray.cpp" line="217"/>
        <source>Pause sync for all</source>
        <translation>全部暂停同步</translation>
    </message>
    <message>
        <location filename="../src/gui/systray.cpp" line="223"/>
        <source>Resume sync for all</source>
        <translation>全部恢复同步</translation>
    </message>
    <message>
        <location filename="../src/gui/systray.cpp" line="375"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>OCC::Theme</name>
    <message>
        <location filename="../src/libsync/theme.cpp" line="520"/>
        <source>&lt;p&gt;%1 Desktop Client&lt;/p&gt;</source>
        <extracomment>Example text: &quot;&lt;p&gt;Nextcloud Desktop Client&lt;/p&gt;&quot; (%1 is the application name)</extracomment>
        <translation>&lt;p&gt;%1 桌面客户端&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="523"/>
        <location filename="../src/libsync/theme.cpp" line="538"/>
        <source>&lt;p&gt;Version %1. For more information please click &lt;a href=&apos;%2&apos;&gt;here&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;版本 %1。详情请点击&lt;a href=&apos;%2&apos;&gt;这里&lt;/a&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="527"/>
        <source>&lt;p&gt;&lt;small&gt;Using virtual files plugin: %1&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;正使用虚拟文件插件：%1&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="542"/>
        <source>&lt;p&gt;This release was supplied by %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;该版本由 %1 提供&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OCC::UnifiedSearchResultsListModel</name>
    <message>
        <location filename="../src/gui/tray/unifiedsearchresultslistmodel.cpp" line="386"/>
        <source>Failed to fetch providers.</source>
        <translation>获取提供商失败</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/unifiedsearchresultslistmodel.cpp" line="397"/>
        <source>Failed to fetch search providers for &apos;%1&apos;. Error: %2</source>
        <translation>未能获取 &apos;&apos;%1&apos; 的搜索提供商。错误： %2</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/unifiedsearchresultslistmodel.cpp" line="431"/>
        <source>Search has failed for &apos;%2&apos;.</source>
        <translation>搜索 &apos;%2&apos; 失败</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/unifiedsearchresultslistmodel.cpp" line="460"/>
        <source>Search has failed for &apos;%1&apos;. Error: %2</source>
        <translation>搜索“%1”失败。错误：%2</translation>
    </message>
</context>
<context>
    <name>OCC::User</name>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="500"/>
        <source>Retry all uploads</source>
        <translation>重试所有上传</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="525"/>
        <source>Synced %1</source>
        <translation>已同步 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="527"/>
        <source>You renamed %1</source>
        <translation>您重命名了 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="529"/>
        <source>You deleted %1</source>
        <translation>您删除了 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="531"/>
        <source>You created %1</source>
        <translation>您创建了 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="533"/>
        <source>You changed %1</source>
        <translation>您修改了 %1</translation>
    </message>
</context>
<context>
    <name>OCC::UserModel</name>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="1042"/>
        <source>Confirm Account Removal</source>
        <translation>确认移除账号</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="1043"/>
        <source>&lt;p&gt;Do you really want to remove the connection to the account &lt;i&gt;%1&lt;/i&gt;?&lt;/p&gt;&lt;p&gt;&lt;b&gt;Note:&lt;/b&gt; This will &lt;b&gt;not&lt;/b&gt; delete any files.&lt;/p&gt;</source>
        <translation>&lt;p&gt;您确定要移除与账号&lt;i&gt;%1&lt;/i&gt;的连接吗？&lt;/p&gt;&lt;p&gt;&lt;b&gt;注意：&lt;/b&gt; 这 &lt;b&gt;不会&lt;/b&gt; 删除任何文件。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="1048"/>
        <source>Remove connection</source>
        <translation>移除连接</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="1049"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>OCC::UserStatusSelectorModel</name>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="140"/>
        <source>Could not fetch predefined statuses. Make sure you are connected to the server.</source>
        <translation>无法获取预定义状态。确保您已连接到服务器。</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="143"/>
        <source>Could not fetch status. Make sure you are connected to the server.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="144"/>
        <source>Could not fetch user status. Make sure you are connected to the server.</source>
        <translation>无法获取用户状态。确保您已连接到服务器。</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="147"/>
        <source>Status feature is not supported. You will not be able to set your status.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="148"/>
        <source>User status feature is not supported. You will not be able to set your user status.</source>
        <translation>不支持用户状态特性。您将无法设置您的用户状态。</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="151"/>
        <source>Emojis are not supported. Some status functionality may not work.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="152"/>
        <source>Emojis feature is not supported. Some user status functionality may not work.</source>
        <translation>不支持表情符号功能。某些用户状态功能可能无法工作。</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="155"/>
        <source>Could not set status. Make sure you are connected to the server.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="156"/>
        <source>Could not set user status. Make sure you are connected to the server.</source>
        <translation>无法设置用户状态。确保您已连接到服务器。</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="159"/>
        <source>Could not clear status message. Make sure you are connected to the server.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="160"/>
        <source>Could not clear user status message. Make sure you are connected to the server.</source>
        <translation>无法清除用户状态信息。确保您已连接到服务器。</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="359"/>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="457"/>
        <source>Don&apos;t clear</source>
        <translation>不要清除</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="362"/>
        <source>30 minutes</source>
        <translation>30 分钟</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="365"/>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="417"/>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="368"/>
        <source>4 hours</source>
        <translation>4 小时</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="371"/>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="446"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="374"/>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="448"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="406"/>
        <source>Less than a minute</source>
        <translation>不到一分钟</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="410"/>
        <source>1 minute</source>
        <translation>1 分钟</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="412"/>
        <source>%1 minutes</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="419"/>
        <source>%1 hours</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="424"/>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="426"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
</context>
<context>
    <name>OCC::Vfs</name>
    <message>
        <location filename="../src/common/vfs.cpp" line="75"/>
        <source>The Virtual filesystem feature requires a NTFS file system, %1 is using %2</source>
        <translation>虚拟文件系统特性需要一个NTFS文件系统，%1 正使用 %2</translation>
    </message>
</context>
<context>
    <name>OCC::VfsSuffix</name>
    <message>
        <location filename="../src/libsync/vfs/suffix/vfs_suffix.cpp" line="72"/>
        <location filename="../src/libsync/vfs/suffix/vfs_suffix.cpp" line="82"/>
        <source>Error updating metadata due to invalid modification time</source>
        <translation>由于修改时间无效，更新元数据时出错</translation>
    </message>
    <message>
        <location filename="../src/libsync/vfs/suffix/vfs_suffix.cpp" line="72"/>
        <location filename="../src/libsync/vfs/suffix/vfs_suffix.cpp" line="82"/>
        <source>Error updating metadata due to invalid modified time</source>
        <translation>由于修改时间无效，更新元数据时出错</translation>
    </message>
</context>
<context>
    <name>OCC::VfsXAttr</name>
    <message>
        <location filename="../src/libsync/vfs/xattr/vfs_xattr.cpp" line="73"/>
        <location filename="../src/libsync/vfs/xattr/vfs_xattr.cpp" line="83"/>
        <source>Error updating metadata due to invalid modification time</source>
        <translation>由于修改时间无效，更新元数据时出错</translation>
    </message>
    <message>
        <location filename="../src/libsync/vfs/xattr/vfs_xattr.cpp" line="73"/>
        <location filename="../src/libsync/vfs/xattr/vfs_xattr.cpp" line="83"/>
        <source>Error updating metadata due to invalid modified time</source>
        <translation>由于修改时间无效，更新元数据时出错</translation>
    </message>
</context>
<context>
    <name>OCC::WebEnginePage</name>
    <message>
        <location filename="../src/gui/wizard/webview.cpp" line="213"/>
        <source>Invalid certificate detected</source>
        <translation>检测到无效证书</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/webview.cpp" line="214"/>
        <source>The host &quot;%1&quot; provided an invalid certificate. Continue?</source>
        <translation>主机 “%1” 提供了无效证书。是否继续？</translation>
    </message>
</context>
<context>
    <name>OCC::WebFlowCredentials</name>
    <message>
        <location filename="../src/gui/creds/webflowcredentials.cpp" line="159"/>
        <source>You have been logged out of %1 as user %2. Please login again</source>
        <translation>您已经以用户 %2 的身份从 %1 中登出，请重新登录</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/webflowcredentials.cpp" line="165"/>
        <source>You have been logged out of %1 as user %2. Please login again.</source>
        <translation>你已经以用户 %2 的身份从 %1 中登出。请重新登录</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/webflowcredentials.cpp" line="165"/>
        <source>You have been logged out of your account %1 at %2. Please login again.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/creds/webflowcredentials.cpp" line="189"/>
        <source>Please login with the user: %1</source>
        <translation>请以 %1 用户身份登陆</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/webflowcredentials.cpp" line="189"/>
        <source>Please login with the account: %1</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>OCC::WelcomePage</name>
    <message>
        <location filename="../src/gui/wizard/welcomepage.ui" line="20"/>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/welcomepage.ui" line="143"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/welcomepage.ui" line="143"/>
        <location filename="../src/gui/wizard/welcomepage.cpp" line="89"/>
        <source>Log in to your %1</source>
        <translation>登录到你的 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/welcomepage.ui" line="156"/>
        <source>Sign up with provider</source>
        <translation>使用第三方注册</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/welcomepage.ui" line="156"/>
        <source>Create account with Provider</source>
        <translation>通过供应商创建账户</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/welcomepage.cpp" line="68"/>
        <source>Keep your data secure and under your control</source>
        <translation>确保你的数据安全并在你的控制之下</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/welcomepage.cpp" line="69"/>
        <source>Secure collaboration &amp; file exchange</source>
        <translation>安全协作&amp;文件交换</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/welcomepage.cpp" line="70"/>
        <source>Easy-to-use web mail, calendaring &amp; contacts</source>
        <translation>易于使用的网络邮件、日历和联系人</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/welcomepage.cpp" line="71"/>
        <source>Screensharing, online meetings &amp; web conferences</source>
        <translation>屏幕共享、在线会议和网络会议</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/welcomepage.cpp" line="114"/>
        <source>Host your own server</source>
        <translation>托管自己的服务器</translation>
    </message>
</context>
<context>
    <name>OCC::ownCloudGui</name>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="225"/>
        <source>Unsupported Server Version</source>
        <translation>不支持的服务器版本</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="232"/>
        <source>The server on account %1 runs an old and unsupported version %2. Using this client with unsupported server versions is untested and potentially dangerous. Proceed at your own risk.</source>
        <translation>账号 %1 的服务器运行着一个古老而不受支持的版本 %2。使用该客户端未支持的服务器版本未经测试并且可能存在潜在危险。继续操作需要自行承担风险。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="226"/>
        <source>The server on account %1 runs an unsupported version %2. Using this client with unsupported server versions is untested and potentially dangerous. Proceed at your own risk.</source>
        <translation>帐户 %1 上的服务器运行不支持的版本 %2。将此客户端与不支持的服务器版本一起使用是未经测试的，并且有潜在的危险。继续进行，风险自担。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="267"/>
        <source>Disconnected</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="269"/>
        <source>Disconnected from some accounts</source>
        <translation>已从某些账号断开</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="277"/>
        <source>Disconnected from %1</source>
        <translation>已从服务器断开 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="280"/>
        <source>Disconnected from accounts:</source>
        <translation>已断开账号：</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="282"/>
        <source>Account %1: %2</source>
        <translation>账号 %1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="296"/>
        <source>Please sign in</source>
        <translation>请登录</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="297"/>
        <source>Signed out</source>
        <translation>已退出</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="301"/>
        <source>Account synchronization is disabled</source>
        <translation>账号同步已禁用</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="302"/>
        <location filename="../src/gui/owncloudgui.cpp" line="355"/>
        <source>Synchronization is paused</source>
        <translation>同步已暂停</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="342"/>
        <source>Folder %1: %2</source>
        <translation>文件夹 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="350"/>
        <source>Unresolved conflicts</source>
        <translation>未解决的冲突</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="352"/>
        <source>Up to date</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="357"/>
        <source>Error during synchronization</source>
        <translation>同步过程中发生错误</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="360"/>
        <source>There are no sync folders configured.</source>
        <translation>没有已配置的同步文件夹。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="361"/>
        <source>No sync folders configured</source>
        <translation>没有配置同步目录</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="366"/>
        <source>Open in browser</source>
        <translation>在浏览器中打开</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="368"/>
        <source>Open %1 in browser</source>
        <translation>在浏览器中打开 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="393"/>
        <source>Managed Folders:</source>
        <translation>管理的文件夹：</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="396"/>
        <source>Open folder &apos;%1&apos;</source>
        <translation>打开文件夹 “%1“</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="404"/>
        <source>Resume all folders</source>
        <translation>恢复所有文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="409"/>
        <source>Pause all folders</source>
        <translation>暂停所有文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="415"/>
        <source>Log in …</source>
        <translation>登录 …</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="419"/>
        <source>Log out</source>
        <translation>登出</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="426"/>
        <source>Checking for changes in remote &quot;%1&quot;</source>
        <translation>正检查远程 &quot;%1&quot; 中的更改</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="429"/>
        <source>Checking for changes in local &quot;%1&quot;</source>
        <translation>正检查本地 &quot;%1&quot; 的更改</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="445"/>
        <source>Syncing %1 of %2 (%3 left)</source>
        <translation>正在同步 ％2 的 ％1（剩余 ％3）</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="450"/>
        <source>Syncing %1 of %2</source>
        <translation>正在同步 %1，共 %2</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="459"/>
        <source>Syncing %1 (%2 left)</source>
        <translation>同步 %1（剩余 %2）</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="462"/>
        <source>Syncing %1</source>
        <translation>正在同步 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="472"/>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2, %3）</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="514"/>
        <source>Recent Changes</source>
        <translation>最近修改</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="692"/>
        <source>Resume all synchronization</source>
        <translation>恢复所有同步</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="694"/>
        <source>Resume synchronization</source>
        <translation>恢复同步</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="702"/>
        <source>Pause all synchronization</source>
        <translation>暂停所有同步</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="704"/>
        <source>Pause synchronization</source>
        <translation>暂停同步</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="776"/>
        <source>Unknown status</source>
        <translation>未知状态</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="778"/>
        <source>Apps</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="780"/>
        <source>Settings …</source>
        <translation>设置...</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="781"/>
        <source>New account …</source>
        <translation>新建账号...</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="782"/>
        <source>View more activity …</source>
        <translation>查看更多动态…</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="788"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="790"/>
        <source>Quit %1</source>
        <translation>退出 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="794"/>
        <source>Crash now</source>
        <comment>Only shows in debug mode to allow testing the crash handler</comment>
        <translation>发生了崩溃</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="897"/>
        <source>No items synced recently</source>
        <translation>近期没有项目被同步</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="418"/>
        <source>Checking for changes in remote &apos;%1&apos;</source>
        <translation>检查远程变更 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="421"/>
        <source>Checking for changes in local &apos;%1&apos;</source>
        <translation>检查本地变更 &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>OwncloudAdvancedSetupPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="225"/>
        <source>&amp;Local Folder</source>
        <translation>本地文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="90"/>
        <source>S&amp;ync everything from server</source>
        <translation>从服务器同步所有内容(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="93"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="244"/>
        <source>Local Folder</source>
        <translation>本地文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="121"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="125"/>
        <source>Choose different folder</source>
        <translation>选择不同的文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="148"/>
        <source>Ask for confirmation before synchroni&amp;zing folders larger than</source>
        <translation>要求确认，若待同步的文件夹大于(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="174"/>
        <source>Ask for confirmation before synchronizing e&amp;xternal storages</source>
        <translation>在同步外部存储之前要求确认(&amp;X)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="131"/>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="175"/>
        <source>Sync Logo</source>
        <translation>同步图标</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="408"/>
        <source>Synchronize everything from server</source>
        <translation>从服务器同步所有内容 </translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="304"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="464"/>
        <source>Ask before syncing folders larger than</source>
        <translation>同步大小超过此数值的文件夹前，先询问用户</translation>
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
        <translation>同步外部存储前，先询问用户</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="576"/>
        <source>Choose what to sync</source>
        <translation>选择要同步的内容</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="344"/>
        <source>&amp;Keep local data</source>
        <translation>保留本地数据(&amp;K)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="357"/>
        <source>Start a &amp;clean sync (Erases the local folder!)</source>
        <translation>开始全新同步（将清空本地文件夹！）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="714"/>
        <source>Keep local data</source>
        <translation>保留本地数据</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="730"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;If this box is checked, existing content in the local folder will be erased to start a clean sync from the server.&lt;/p&gt;&lt;p&gt;Do not check this if the local content should be uploaded to the servers folder.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;当该选项被勾选，当前目录的内容将被删除，并开始同步服务器内容。&lt;/p&gt;&lt;p&gt;如果本地内容要被上传到服务器，不要勾选该选项。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="733"/>
        <source>Erase local folder and start a clean sync</source>
        <translation>删除本地文件夹并开始一次干净的同步</translation>
    </message>
</context>
<context>
    <name>OwncloudHttpCredsPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudhttpcredspage.ui" line="73"/>
        <source>&amp;Username</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudhttpcredspage.ui" line="83"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
</context>
<context>
    <name>OwncloudOAuthCredsPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudoauthcredspage.ui" line="36"/>
        <source>Please switch to your browser to proceed.</source>
        <translation>请切换到您的浏览器继续。</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudoauthcredspage.ui" line="46"/>
        <source>An error occurred while connecting. Please try again.</source>
        <translation>连接时发生错误。请重试。</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudoauthcredspage.ui" line="56"/>
        <source>Re-open Browser</source>
        <translation>重新打开浏览器</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudoauthcredspage.ui" line="69"/>
        <source>Copy link</source>
        <translation>复制链接</translation>
    </message>
</context>
<context>
    <name>OwncloudSetupPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="32"/>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="353"/>
        <source>TextLabel</source>
        <translation>文本标签</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="73"/>
        <source>Logo</source>
        <translation>图标</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="183"/>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="194"/>
        <source>Server Address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="245"/>
        <source>This is the link to your %1 web interface when you open it in the browser.&lt;br/&gt;It looks like https://cloud.example.com or https://example.com/cloud</source>
        <translation>这是当您在浏览器中打开 %1 的 Web 界面的链接。看起来像 https://cloud.example.com 或 https://example.com/cloud</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="259"/>
        <source>This is the link to your %1 web interface when you open it in the browser.</source>
        <translation>这是当你在浏览器中打开你的 %1 web 界面时到它的链接</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="343"/>
        <source>Register with a provider</source>
        <translation>在供应商处申请</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="359"/>
        <source>Sign up with a provider</source>
        <translation>在一个服务商处注册</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="365"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="381"/>
        <source>Log in to your %1</source>
        <translation>登陆到您的 %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/gui/foldercreationdialog.cpp" line="41"/>
        <source>New folder</source>
        <translation>新文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="575"/>
        <source>You renamed %1</source>
        <translation>你重命名了 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="577"/>
        <source>You deleted %1</source>
        <translation>你删除了 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="579"/>
        <source>You created %1</source>
        <translation>你创建了 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="581"/>
        <source>You changed %1</source>
        <translation>你修改了 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="604"/>
        <source>Synced %1</source>
        <translation>已同步 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="482"/>
        <source>%n day ago</source>
        <translation><numerusform>%n 天以前</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="484"/>
        <source>%n days ago</source>
        <translation><numerusform>%n 天以前</numerusform></translation>
    </message>
    <message>
        <location filename="../src/common/utility.cpp" line="488"/>
        <source>in the future</source>
        <translation>将来</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="494"/>
        <source>%n hour ago</source>
        <translation><numerusform>%n 小时以前</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="496"/>
        <source>%n hours ago</source>
        <translation><numerusform>%n 小时以前</numerusform></translation>
    </message>
    <message>
        <location filename="../src/common/utility.cpp" line="503"/>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../src/common/utility.cpp" line="505"/>
        <source>Less than a minute ago</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="509"/>
        <source>%n minute ago</source>
        <translation><numerusform>%n 分钟以前</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="511"/>
        <source>%n minutes ago</source>
        <translation><numerusform>%n 分钟以前</numerusform></translation>
    </message>
    <message>
        <location filename="../src/common/utility.cpp" line="515"/>
        <source>Some time ago</source>
        <translation>之前</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncresult.cpp" line="139"/>
        <source>%1: %2</source>
        <extracomment>this displays an error string (%2) for a file %1</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatus.cpp" line="53"/>
        <source>Away</source>
        <translation>离开</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatus.cpp" line="55"/>
        <source>Do not disturb</source>
        <translation>勿扰</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatus.cpp" line="58"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatus.cpp" line="60"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/activitylistmodel.cpp" line="805"/>
        <source>Mark as read</source>
        <translation>标记为已读</translation>
    </message>
</context>
<context>
    <name>SyncJournalDb</name>
    <message>
        <location filename="../src/common/syncjournaldb.cpp" line="895"/>
        <source>Failed to connect database.</source>
        <translation>未能连接至数据库</translation>
    </message>
</context>
<context>
    <name>TalkReplyTextField</name>
    <message>
        <location filename="../src/gui/tray/TalkReplyTextField.qml" line="30"/>
        <source>Reply to …</source>
        <translation>回复...</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/TalkReplyTextField.qml" line="67"/>
        <source>Send reply to chat message</source>
        <translation>回复聊天消息</translation>
    </message>
</context>
<context>
    <name>UnifiedSearchInputContainer</name>
    <message>
        <location filename="../src/gui/tray/UnifiedSearchInputContainer.qml" line="27"/>
        <source>Search files, messages, events …</source>
        <translation>搜索文件、消息、事件...</translation>
    </message>
</context>
<context>
    <name>UnifiedSearchResultFetchMoreTrigger</name>
    <message>
        <location filename="../src/gui/tray/UnifiedSearchResultFetchMoreTrigger.qml" line="24"/>
        <source>Load more results</source>
        <translation>加载更多结果</translation>
    </message>
</context>
<context>
    <name>UnifiedSearchResultItemSkeleton</name>
    <message>
        <location filename="../src/gui/tray/UnifiedSearchResultItemSkeleton.qml" line="25"/>
        <source>Search result skeleton.</source>
        <translation>搜索结果骨架</translation>
    </message>
</context>
<context>
    <name>UnifiedSearchResultListItem</name>
    <message>
        <location filename="../src/gui/tray/UnifiedSearchResultListItem.qml" line="30"/>
        <source>Load more results</source>
        <translation>加载更多结果</translation>
    </message>
</context>
<context>
    <name>UserLine</name>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="15"/>
        <source>Account entry</source>
        <translation>账号输入</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="37"/>
        <source>Switch to account</source>
        <translation>切换到账号</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="89"/>
        <source>Current account status is online</source>
        <translation>当前账号状态为在线</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="89"/>
        <source>Current account status is do not disturb</source>
        <translation>当前账号状态为请勿打扰</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="89"/>
        <source>Current user status is online</source>
        <translation>当前用户状态为“在线”</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="89"/>
        <source>Current user status is do not disturb</source>
        <translation>当前用户状态为“请勿打扰”</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="94"/>
        <source>Account connected</source>
        <translation>账号已连接</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="94"/>
        <source>Account not connected</source>
        <translation>账号未连接</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="151"/>
        <source>Account actions</source>
        <translation>账号操作</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="173"/>
        <source>Remove Account</source>
        <translation>移除账号</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="182"/>
        <source>Set status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="203"/>
        <location filename="../src/gui/tray/UserLine.qml" line="223"/>
        <source>Log out</source>
        <translation>登出</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="203"/>
        <location filename="../src/gui/tray/UserLine.qml" line="223"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="237"/>
        <source>Remove account</source>
        <translation>移除账号</translation>
    </message>
</context>
<context>
    <name>UserStatusSelector</name>
    <message>
        <location filename="../src/gui/UserStatusSelector.qml" line="34"/>
        <source>Online status</source>
        <translation>在线状态</translation>
    </message>
    <message>
        <location filename="../src/gui/UserStatusSelector.qml" line="51"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../src/gui/UserStatusSelector.qml" line="61"/>
        <source>Away</source>
        <translation>离开</translation>
    </message>
    <message>
        <location filename="../src/gui/UserStatusSelector.qml" line="72"/>
        <source>Do not disturb</source>
        <translation>勿扰</translation>
    </message>
    <message>
        <location filename="../src/gui/UserStatusSelector.qml" line="90"/>
        <source>Mute all notifications</source>
        <translation>静音所有通知</translation>
    </message>
    <message>
        <location filename="../src/gui/UserStatusSelector.qml" line="82"/>
        <source>Invisible</source>
        <translation>不可见</translation>
    </message>
    <message>
        <location filename="../src/gui/UserStatusSelector.qml" line="105"/>
        <source>Appear offline</source>
        <translation>显示为离线</translation>
    </message>
    <message>
        <location filename="../src/gui/UserStatusSelector.qml" line="95"/>
        <source>Status message</source>
        <translation>状态消息</translation>
    </message>
    <message>
        <location filename="../src/gui/UserStatusSelector.qml" line="133"/>
        <source>What is your status?</source>
        <translation>你什么状态？</translation>
    </message>
    <message>
        <location filename="../src/gui/UserStatusSelector.qml" line="161"/>
        <source>Clear status message after</source>
        <translation>在指定时间段后清除状态消息</translation>
    </message>
    <message>
        <location filename="../src/gui/UserStatusSelector.qml" line="178"/>
        <source>Clear status message</source>
        <translation>清除状态消息</translation>
    </message>
    <message>
        <location filename="../src/gui/UserStatusSelector.qml" line="184"/>
        <source>Set status message</source>
        <translation>设置状态消息</translation>
    </message>
</context>
<context>
    <name>UserStatusSelectorDialog</name>
    <message>
        <location filename="../src/gui/UserStatusSelectorDialog.qml" line="9"/>
        <source>Set account status</source>
        <translation>设定账号状态</translation>
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
        <translation><numerusform>%n 年</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="336"/>
        <source>%n month(s)</source>
        <translation><numerusform>%n 月</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="337"/>
        <source>%n day(s)</source>
        <translation><numerusform>%n 天</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="338"/>
        <source>%n hour(s)</source>
        <translation><numerusform>%n 小时</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="339"/>
        <source>%n minute(s)</source>
        <translation><numerusform>%n 分</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="340"/>
        <source>%n second(s)</source>
        <translation><numerusform>%n 秒</numerusform></translation>
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
        <translation>校验码头部无效。</translation>
    </message>
    <message>
        <location filename="../src/common/checksums.cpp" line="364"/>
        <source>The checksum header contained an unknown checksum type &apos;%1&apos;</source>
        <translation>校验码头部包含未知的校验类型 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/common/checksums.cpp" line="252"/>
        <source>The downloaded file does not match the checksum, it will be resumed.</source>
        <translation>下载的文件校验信息不匹配，将重新下载。</translation>
    </message>
    <message>
        <location filename="../src/common/checksums.cpp" line="368"/>
        <source>The downloaded file does not match the checksum, it will be resumed. &apos;%1&apos; != &apos;%2&apos;</source>
        <translation>下载的文件与校验和不匹配，它将被继续。&apos;%1&apos; != &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../src/common/checksums.cpp" line="380"/>
        <source>The checksum header contained an unknown checksum type &quot;%1&quot;</source>
        <translation>校验和头包含未知的校验和类型 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/common/checksums.cpp" line="385"/>
        <source>The downloaded file does not match the checksum, it will be resumed. &quot;%1&quot; != &quot;%2&quot;</source>
        <translation>已下载的文件和校验和不匹配，它将被继续下载。&quot;%1&quot; != &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="126"/>
        <source>Nextcloud desktop main dialog</source>
        <translation>Nextcloud 桌面主对话框</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="153"/>
        <source>Current account</source>
        <translation>当前账号</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="159"/>
        <location filename="../src/gui/tray/Window.qml" line="299"/>
        <source>Resume sync for all</source>
        <translation>全部恢复同步</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="159"/>
        <location filename="../src/gui/tray/Window.qml" line="299"/>
        <source>Pause sync for all</source>
        <translation>全部暂停同步</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="219"/>
        <source>Set user status</source>
        <translation>设定用户状态</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="257"/>
        <source>Add account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="270"/>
        <source>Add new account</source>
        <translation>添加新账号</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="305"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="328"/>
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="373"/>
        <source>Current user avatar</source>
        <translation>当前用户头像</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="412"/>
        <source>Current user status is online</source>
        <translation>当前用户状态为“在线” </translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="412"/>
        <source>Current user status is do not disturb</source>
        <translation>当前用户状态为“请勿打扰” </translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="390"/>
        <source>Current account avatar</source>
        <translation>当前账号头像</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="429"/>
        <source>Current account status is online</source>
        <translation>当前账号状态为在线</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="429"/>
        <source>Current account status is do not disturb</source>
        <translation>当前账号状态为请勿打扰</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="478"/>
        <source>Account switcher and settings menu</source>
        <translation>账号切换器和设置菜单</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="497"/>
        <source>Open local folder of current account</source>
        <translation>打开当前账号的本地文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="520"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="520"/>
        <source>Disconnected</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="556"/>
        <source>Open Nextcloud Talk in browser</source>
        <translation>在浏览器中打开 Nextcloud Talk </translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="549"/>
        <source>Apps menu</source>
        <translation>应用菜单</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="578"/>
        <source>Activity list</source>
        <translation>动态列表</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="563"/>
        <source>Open %1 locally</source>
        <translation>本地打开 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="812"/>
        <source>Open share dialog</source>
        <translation>打开共享对话框</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="576"/>
        <source>More apps</source>
        <translation>更多的应用程序</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="631"/>
        <source>Open %1 in browser</source>
        <translation>在浏览器中打开%1</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="720"/>
        <location filename="../src/gui/tray/Window.qml" line="723"/>
        <source>Show more actions</source>
        <translation>显示更多操作</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="743"/>
        <source>Unified search results list</source>
        <translation>统一的搜索结果列表</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="816"/>
        <source>Share %1</source>
        <translation>共享 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="806"/>
        <source>%1 - File activity</source>
        <translation>%1 - 文件动态</translation>
    </message>
</context>
<context>
    <name>main.cpp</name>
    <message>
        <location filename="../src/gui/main.cpp" line="51"/>
        <source>System Tray not available</source>
        <translation>系统托盘不可用</translation>
    </message>
    <message>
        <location filename="../src/gui/main.cpp" line="45"/>
        <source>%1 requires on a working system tray. If you are running XFCE, please follow &lt;a href=&quot;http://docs.xfce.org/xfce/xfce4-panel/systray&quot;&gt;these instructions&lt;/a&gt;. Otherwise, please install a system tray application such as &apos;trayer&apos; and try again.</source>
        <translation>%1 依赖于系统托盘程序。如果您在运行 XFCE，请按 &lt;a href=&quot;http://docs.xfce.org/xfce/xfce4-panel/systray&quot;&gt;这个指南&lt;/a&gt; 来设置。否则，请安装一个系统托盘程序，比如 trayer，然后再试。</translation>
    </message>
    <message>
        <location filename="../src/gui/main.cpp" line="52"/>
        <source>%1 requires on a working system tray. If you are running XFCE, please follow &lt;a href=&quot;http://docs.xfce.org/xfce/xfce4-panel/systray&quot;&gt;these instructions&lt;/a&gt;. Otherwise, please install a system tray application such as &quot;trayer&quot; and try again.</source>
        <translation>%1 需要一个工作的系统托盘。如果您正在运行XFCE，请遵照&lt;a href=&quot;http://docs.xfce.org/xfce/xfce4-panel/systray&quot;&gt;这些说明&lt;/a&gt;操作。否则，请安装系统托盘应用程序，如“trayer”，然后重试。</translation>
    </message>
</context>
<context>
    <name>nextcloudTheme::about()</name>
    <message>
        <location filename="../src/libsync/theme.cpp" line="499"/>
        <source>&lt;p&gt;&lt;small&gt;Built from Git revision &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; on %3, %4 using Qt %5, %6&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;使用Qt %5, %6，从 %3, %4 上的Git版本&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;构建&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="33"/>
        <source>Virtual file created</source>
        <translation>已创建虚拟文件</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="35"/>
        <source>Replaced by virtual file</source>
        <translation>被虚拟文件代替</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="37"/>
        <source>Downloaded</source>
        <translation>已下载</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="40"/>
        <source>Uploaded</source>
        <translation>已上传</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="43"/>
        <source>Server version downloaded, copied changed local file into conflict file</source>
        <translation>服务器版本已下载，复制并修改本地冲突文件</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="45"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="48"/>
        <source>Moved to %1</source>
        <translation>已移动到 %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="50"/>
        <source>Ignored</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="52"/>
        <source>Filesystem access error</source>
        <translation>文件系统访问错误</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="54"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="56"/>
        <source>Updated local metadata</source>
        <translation>已更新本地元数据</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="59"/>
        <location filename="../src/libsync/progressdispatcher.cpp" line="61"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="72"/>
        <source>downloading</source>
        <translation>正在下载</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="74"/>
        <source>uploading</source>
        <translation>正在上传</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="76"/>
        <source>deleting</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="79"/>
        <source>moving</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="81"/>
        <source>ignoring</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="84"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="86"/>
        <source>updating local metadata</source>
        <translation>正在更新本地元数据</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <location filename="../src/libsync/theme.cpp" line="84"/>
        <source>Status undefined</source>
        <translation>状态未定义</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="87"/>
        <source>Waiting to start sync</source>
        <translation>等待同步启动</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="90"/>
        <source>Sync is running</source>
        <translation>同步运行中</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="93"/>
        <source>Sync Success</source>
        <translation>同步成功</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="96"/>
        <source>Sync Success, some files were ignored.</source>
        <translation>同步成功，部分文件被忽略。</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="99"/>
        <source>Sync Error</source>
        <translation>同步错误</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="102"/>
        <source>Setup Error</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="105"/>
        <source>Preparing to sync</source>
        <translation>正在准备同步</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="108"/>
        <source>Aborting …</source>
        <translation>正在中止...</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="111"/>
        <source>Sync is paused</source>
        <translation>同步被暂停</translation>
    </message>
</context>
<context>
    <name>utility</name>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="46"/>
        <source>Could not open browser</source>
        <translation>无法打开浏览器</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="47"/>
        <source>There was an error when launching the browser to go to URL %1. Maybe no default browser is configured?</source>
        <translation>在打开浏览器浏览网址 %1 时发生了错误。可能是没有配置默认浏览器？</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="70"/>
        <source>Could not open email client</source>
        <translation>无法打开邮件客户端</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="71"/>
        <source>There was an error when launching the email client to create a new message. Maybe no default email client is configured?</source>
        <translation>启动电子邮件客户端并创建新消息时发生错误。是不是没有设定默认的电子邮件客户端？</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="86"/>
        <source>Always available locally</source>
        <translation>总是本地可用</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="88"/>
        <source>Currently available locally</source>
        <translation>目前本地可用 </translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="90"/>
        <source>Some available online only</source>
        <translation>有些仅在线可用</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="93"/>
        <source>Available online only</source>
        <translation>仅在线可用</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="100"/>
        <source>Make always available locally</source>
        <translation>使文件总是本地可用</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="105"/>
        <source>Free up local space</source>
        <translation>释放本地空间</translation>
    </message>
</context>
<context>
    <name>OCC::ActivityItemDelegate</name>
    <message>
        <location filename="../src/gui/activityitemdelegate.cpp" line="229"/>
        <source>More information</source>
        <translation>更多信息</translation>
    </message>
    <message>
        <location filename="../src/gui/activityitemdelegate.cpp" line="230"/>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../src/gui/activityitemdelegate.cpp" line="231"/>
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <location filename="../src/gui/activityitemdelegate.cpp" line="252"/>
        <source>Open Browser</source>
        <translation>打开浏览器</translation>
    </message>
</context>
<context>
    <name>OCC::ActivityWidget</name>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="56"/>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="192"/>
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="231"/>
        <source>Retry all uploads</source>
        <translation>重试所有上传</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="346"/>
        <source>&lt;br/&gt;Account %1 does not have activities enabled.</source>
        <translation>&lt;br/&gt; 账号 %1 没有同步活动。</translation>
    </message>
</context>
<context>
    <name>OCC::DiscoveryMainThread</name>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="637"/>
        <source>Aborted by the user</source>
        <translation>被用户中止</translation>
    </message>
</context>
<context>
    <name>OCC::Flow2AuthCredsPage</name>
    <message>
        <location filename="../src/gui/wizard/flow2authcredspage.cpp" line="36"/>
        <source>Connect to %1</source>
        <translation>连接到 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authcredspage.cpp" line="37"/>
        <source>Login in your browser (Login Flow v2)</source>
        <translation>在您的浏览器中登录（Login Flow v2）</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudWizardResultPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudwizardresultpage.cpp" line="33"/>
        <source>Everything set up!</source>
        <translation>一切都设置好了！</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizardresultpage.cpp" line="37"/>
        <source>Open Local Folder</source>
        <translation>打开本地文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizardresultpage.cpp" line="46"/>
        <source>Open %1 in Browser</source>
        <translation>在浏览器中打开 %1</translation>
    </message>
</context>
<context>
    <name>OCC::ShibbolethCredentials</name>
    <message>
        <location filename="../src/gui/creds/shibbolethcredentials.cpp" line="254"/>
        <source>Login Error</source>
        <translation>登录错误</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/shibbolethcredentials.cpp" line="254"/>
        <source>You must sign in as user %1</source>
        <translation>您必须以用户 &apos;%1&apos; 身份登录</translation>
    </message>
</context>
<context>
    <name>OCC::ShibbolethWebView</name>
    <message>
        <location filename="../src/gui/creds/shibboleth/shibbolethwebview.cpp" line="83"/>
        <source>%1 - Authenticate</source>
        <translation>%1 - 认证</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/shibboleth/shibbolethwebview.cpp" line="93"/>
        <source>SSL Cipher Debug View</source>
        <translation>SSL 加密调试视图</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/shibboleth/shibbolethwebview.cpp" line="101"/>
        <source>Reauthentication required</source>
        <translation>需要重新认证</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/shibboleth/shibbolethwebview.cpp" line="101"/>
        <source>Your session has expired. You need to re-login to continue to use the client.</source>
        <translation>您的会话已经过期。请重新登录。</translation>
    </message>
</context>
<context>
    <name>OCC::SyncLogDialog</name>
    <message>
        <location filename="../src/gui/synclogdialog.ui" line="14"/>
        <source>Synchronisation Log</source>
        <translation>同步日志</translation>
    </message>
</context>
<context>
    <name>OCC::WebFlowCredentialsDialog</name>
    <message>
        <location filename="../src/gui/creds/webflowcredentialsdialog.cpp" line="34"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>OwncloudWizardResultPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudwizardresultpage.ui" line="163"/>
        <source>Your entire account is synced to the local folder </source>
        <translation>您的整个账号将被同步到本地文件夹</translation>
    </message>
</context>
<context>
    <name>ActivityActionButton</name>
    <message>
        <location filename="../src/gui/tray/ActivityActionButton.qml" line="42"/>
        <source>Activity action button</source>
        <translation>动态操作按钮</translation>
    </message>
</context>
<context>
    <name>OCC::UserStatus</name>
    <message>
        <location filename="../src/gui/userstatus.cpp" line="55"/>
        <source>Away</source>
        <translation>离开</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatus.cpp" line="57"/>
        <source>Do not disturb</source>
        <translation>勿扰</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatus.cpp" line="60"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatus.cpp" line="62"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
</context>
<context>
    <name>OCC::VfsCfApi</name>
    <message>
        <location filename="../src/libsync/vfs/cfapi/vfs_cfapi.cpp" line="333"/>
        <source>Download of end-to-end encrypted file failed</source>
        <translation>下载端到端加密文件失败 </translation>
    </message>
    <message>
        <location filename="../src/libsync/vfs/cfapi/vfs_cfapi.cpp" line="334"/>
        <source>It seems that you are trying to download a virtual file that is end-to-end encrypted. Implicitly downloading such files is not supported at the moment. To workaround this issue, go to the settings and mark the encrypted folder with &quot;Make always available locally&quot;.</source>
        <translation>你似乎正尝试下载一个端到端加密的虚拟文件。目前不支持隐式下载此类文件。要解决此问题，请进入设置，并将加密文件夹标记为“始终在本地可用”。 </translation>
    </message>
</context>
</TS>