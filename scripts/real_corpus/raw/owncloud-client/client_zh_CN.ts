<?xml version="1.0" ?><!DOCTYPE TS><TS version="2.1" language="zh_CN">
<context>
    <name>CommonStrings</name>
    <message>
        <location filename="../src/gui/commonstrings.cpp" line="27"/>
        <source>file manager</source>
        <translation>文件管理器</translation>
    </message>
    <message>
        <location filename="../src/gui/commonstrings.cpp" line="33"/>
        <source>Show in %1</source>
        <translation>显示在 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/commonstrings.cpp" line="38"/>
        <source>Show in web browser</source>
        <translation>在网络浏览器中显示</translation>
    </message>
    <message>
        <location filename="../src/gui/commonstrings.cpp" line="43"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/commonstrings.cpp" line="48"/>
        <source>%n Filter(s)</source>
        <translation><numerusform>%n 筛选  (s)</numerusform></translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.ui" line="29"/>
        <source>Tomahawk Crash Reporter</source>
        <translation>Tomahawk 崩溃报告</translation>
    </message>
    <message>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.ui" line="104"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;br/&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;br/&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.ui" line="213"/>
        <source>Abort</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.ui" line="257"/>
        <source>Send this report</source>
        <translation>发送报告</translation>
    </message>
    <message>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.ui" line="264"/>
        <source>Don&apos;t send</source>
        <translation>不发送</translation>
    </message>
    <message>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.ui" line="284"/>
        <source>You can disable sending crash reports in the configuration dialog.</source>
        <translation>你可以在配置对话框中禁用发送崩溃报告。</translation>
    </message>
    <message>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.cpp" line="112"/>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.cpp" line="119"/>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.cpp" line="155"/>
        <source>We cannot gather useful debug information on your system.</source>
        <translation>我们无法在你的系统上收集有用的调试信息。</translation>
    </message>
    <message>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.cpp" line="113"/>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.cpp" line="120"/>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.cpp" line="156"/>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.cpp" line="287"/>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.cpp" line="308"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.cpp" line="148"/>
        <source>Ready to send debug information (&lt;a href=&quot;%1&quot;&gt;view backtrace&lt;/a&gt;).</source>
        <translation>准备发送调试信息（&lt;a href=&quot;%1&quot;&gt;查看回溯&lt;/a&gt;）。</translation>
    </message>
    <message>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.cpp" line="164"/>
        <source>Gathering debug information...</source>
        <translation>正在收集调试信息...</translation>
    </message>
    <message>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.cpp" line="273"/>
        <source>Uploaded %L1 of %L2 KB.</source>
        <translation>已上传 %L1，共 %L2 KB。</translation>
    </message>
    <message>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.cpp" line="300"/>
        <source>Sent! &lt;b&gt;Many thanks&lt;/b&gt;. Please refer to crash &lt;a href=&quot;clipboard://%1&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/a&gt; (click to copy) in bug reports.</source>
        <translation>发送！ &lt;b&gt;非常感谢&lt;/b&gt;。 请参阅错误报告中的崩溃 &lt;a href=&quot;clipboard://%1&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/a&gt;（单击以复制）。</translation>
    </message>
    <message>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.cpp" line="309"/>
        <source>Failed to send crash info.</source>
        <translation>发送崩溃信息失败。</translation>
    </message>
</context>
<context>
    <name>FileSystem</name>
    <message>
        <location filename="../src/common/filesystembase.cpp" line="141"/>
        <location filename="../src/common/filesystembase.cpp" line="143"/>
        <location filename="../src/common/filesystembase.cpp" line="208"/>
        <location filename="../src/common/filesystembase.cpp" line="213"/>
        <source>Can&apos;t rename %1, the file is currently in use</source>
        <translation>无法重命名 %1，该文件当前正在使用中</translation>
    </message>
    <message>
        <location filename="../src/common/filesystembase.cpp" line="398"/>
        <source>Could not make directories in trash</source>
        <translation>无法在回收站创建目录</translation>
    </message>
    <message>
        <location filename="../src/common/filesystembase.cpp" line="412"/>
        <location filename="../src/common/filesystembase.cpp" line="418"/>
        <source>Could not move &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>无法移动 &apos;%1&apos; 到 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../src/common/filesystembase.cpp" line="452"/>
        <source>Moving to the trash is not implemented on this platform</source>
        <translation>移动到回收站无法在此平台执行</translation>
    </message>
    <message>
        <location filename="../src/libsync/filesystem.cpp" line="175"/>
        <source>Could not remove folder</source>
        <translation>无法删除文件夹</translation>
    </message>
</context>
<context>
    <name>FolderWizardSourcePage</name>
    <message>
        <location filename="../src/gui/folderwizardsourcepage.ui" line="14"/>
        <source>Form</source>
        <translation>窗体</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizardsourcepage.ui" line="20"/>
        <source>Pick a local folder on your computer to sync</source>
        <translation>选择一个进行同步的本地文件夹：</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizardsourcepage.ui" line="29"/>
        <source>&amp;Choose...</source>
        <translation>选择 (&amp;C)...</translation>
    </message>
</context>
<context>
    <name>FolderWizardTargetPage</name>
    <message>
        <location filename="../src/gui/folderwizardtargetpage.ui" line="14"/>
        <source>Form</source>
        <translation>窗体</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizardtargetpage.ui" line="20"/>
        <source>Select a remote destination folder</source>
        <translation>选择远端目标文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizardtargetpage.ui" line="49"/>
        <source>Create Folder</source>
        <translation>创建文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizardtargetpage.ui" line="56"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizardtargetpage.ui" line="39"/>
        <source>Folders</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizardtargetpage.ui" line="169"/>
        <source>TextLabel</source>
        <translation>文本标签</translation>
    </message>
</context>
<context>
    <name>NotificationWidget</name>
    <message>
        <location filename="../src/gui/notificationwidget.ui" line="20"/>
        <source>Form</source>
        <translation>窗体</translation>
    </message>
    <message>
        <location filename="../src/gui/notificationwidget.ui" line="73"/>
        <source>Lorem ipsum dolor sit amet</source>
        <translation>Lorem ipsum dolor sit amet</translation>
    </message>
    <message>
        <location filename="../src/gui/notificationwidget.ui" line="86"/>
        <source>Lorem ipsum dolor sit amet, consetetur sadipscing elitr, sed diam nonumy eirmod temporm </source>
        <translation>Lorem ipsum dolor sit amet, consetetur sadipscing elitr, sed diam nonumy eirmod temporm</translation>
    </message>
    <message>
        <location filename="../src/gui/notificationwidget.ui" line="106"/>
        <source>TextLabel</source>
        <translation>文本标签</translation>
    </message>
</context>
<context>
    <name>OCC::AboutDialog</name>
    <message>
        <location filename="../src/gui/aboutdialog.ui" line="24"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../src/gui/aboutdialog.ui" line="88"/>
        <source>TextLabel</source>
        <translation>文本标签</translation>
    </message>
    <message>
        <location filename="../src/gui/aboutdialog.ui" line="96"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../src/gui/aboutdialog.cpp" line="28"/>
        <source>About %1</source>
        <translation>关于%1</translation>
    </message>
</context>
<context>
    <name>OCC::AbstractNetworkJob</name>
    <message>
        <location filename="../src/libsync/abstractnetworkjob.cpp" line="298"/>
        <source>Connection timed out</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <location filename="../src/libsync/abstractnetworkjob.cpp" line="300"/>
        <source>Unknown error: network reply was deleted</source>
        <translation>未知错误：网络相应被删除</translation>
    </message>
    <message>
        <location filename="../src/libsync/abstractnetworkjob.cpp" line="422"/>
        <source>Server replied &quot;%1 %2&quot; to &quot;%3 %4&quot;</source>
        <translation>服务器返回&quot;%1 %2&quot; to &quot;%3 %4&quot; </translation>
    </message>
</context>
<context>
    <name>OCC::Account</name>
    <message>
        <location filename="../src/libsync/account.cpp" line="136"/>
        <source>%1@%2</source>
        <translation>%1@%2</translation>
    </message>
</context>
<context>
    <name>OCC::AccountSettings</name>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="14"/>
        <source>Form</source>
        <translation>窗体</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="58"/>
        <source>Re-open Browser</source>
        <translation>重新打开浏览器</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="65"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="86"/>
        <source>Storage space: ...</source>
        <translation>存储空间:...</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="159"/>
        <source>Unchecked folders will be &lt;b&gt;removed&lt;/b&gt; from your local file system and will not be synchronized to this computer anymore</source>
        <translation>取消选中的文件夹将会从本地&lt;b&gt;删除&lt;/b&gt;，并不再同步到这台电脑上。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="205"/>
        <source>Synchronize all</source>
        <translation>同步全部</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="212"/>
        <source>Synchronize none</source>
        <translation>都不同步</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="219"/>
        <source>Apply manual changes</source>
        <translation>应用手工修改</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="282"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="269"/>
        <location filename="../src/gui/accountsettings.cpp" line="517"/>
        <location filename="../src/gui/accountsettings.cpp" line="608"/>
        <location filename="../src/gui/accountsettings.cpp" line="1028"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="42"/>
        <source>Connected with &lt;server&gt; as &lt;user&gt;</source>
        <translation>&lt;user&gt; 已经连接到 &lt;server&gt; </translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="182"/>
        <source>No account configured.</source>
        <translation>没有配置的帐号。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="205"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="209"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="335"/>
        <source>Choose what to sync</source>
        <translation>选择同步内容</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="341"/>
        <source>Force sync now</source>
        <translation>强制同步</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="343"/>
        <source>Restart sync</source>
        <translation>重新开始同步</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="253"/>
        <source>Remove folder sync connection</source>
        <translation>断开文件夹同步</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="356"/>
        <source>Disable virtual file support...</source>
        <translation>关闭虚拟文件</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="453"/>
        <source>Folder creation failed</source>
        <translation>文件夹创建失败</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="454"/>
        <source>&lt;p&gt;Could not create local folder &lt;i&gt;%1&lt;/i&gt;.</source>
        <translation>&lt;p&gt;无法创建文件夹 &lt;i&gt;%1&lt;/i&gt;。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="508"/>
        <source>Confirm Folder Sync Connection Removal</source>
        <translation>确定断开文件夹同步</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="516"/>
        <source>Remove Folder Sync Connection</source>
        <translation>断开文件夹同步</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="599"/>
        <source>Disable virtual file support?</source>
        <translation>是否取消虚拟文件？</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="600"/>
        <source>This action will disable virtual file support. As a consequence contents of folders that are currently marked as 'available online only' will be downloaded.

The only advantage of disabling virtual file support is that the selective sync feature will become available again.

This action will abort any currently running synchronization.</source>
        <translation>此操作将禁用虚拟文件支持。 因此，当前标记为“仅在线可用”的文件夹的内容将被下载。

禁用虚拟文件支持的唯一优点是选择性同步功能将再次可用。

此操作将中止任何当前正在运行的同步。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="607"/>
        <source>Disable support</source>
        <translation>取消支持</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="691"/>
        <source>Sync Running</source>
        <translation>正在同步</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="692"/>
        <source>The syncing operation is running.&lt;br/&gt;Do you want to terminate it?</source>
        <translation>正在执行同步。&lt;br /&gt;您确定要关闭它吗？</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="789"/>
        <source>%1 in use</source>
        <translation>%1 使用中</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="816"/>
        <source>%1 as &lt;i&gt;%2&lt;/i&gt;</source>
        <translation>%1, &lt;i&gt;%2&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="825"/>
        <source>Connected to %1.</source>
        <translation>连接到 %1。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="830"/>
        <source>Server %1 is temporarily unavailable.</source>
        <translation>远程服务器%1暂时不可用。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="833"/>
        <source>Server %1 is currently in maintenance mode.</source>
        <translation>服务器%1处于维护模式。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="836"/>
        <source>Signed out from %1.</source>
        <translation>从 %1 退出</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="846"/>
        <source>Connecting to %1...</source>
        <translation>正在连接到 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="851"/>
        <source>No connection to %1 at %2.</source>
        <translation>没有到位于%2中的%1的连接</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="890"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="985"/>
        <source>There are folders that were not synchronized because they are too big: </source>
        <translation>以下目录由于太大而没有同步：</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="987"/>
        <source>There are folders that were not synchronized because they are external storages: </source>
        <translation>以下目录由于是外部存储而没有同步：</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="988"/>
        <source>There are folders that were not synchronized because they are too big or external storages: </source>
        <translation>以下目录由于太大或是外部存储而没有同步：</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1021"/>
        <source>Confirm Account Removal</source>
        <translation>确认删除账号</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1022"/>
        <source>&lt;p&gt;Do you really want to remove the connection to the account &lt;i&gt;%1&lt;/i&gt;?&lt;/p&gt;&lt;p&gt;&lt;b&gt;Note:&lt;/b&gt; This will &lt;b&gt;not&lt;/b&gt; delete any files.&lt;/p&gt;</source>
        <translation>&lt;p&gt;你确定要删除账号的连接？ &lt;i&gt;%1&lt;/i&gt;?&lt;/p&gt;&lt;p&gt;&lt;b&gt;Note:&lt;/b&gt; 这 &lt;b&gt;不会&lt;/b&gt; 删除任何文件&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1027"/>
        <source>Remove connection</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="201"/>
        <location filename="../src/gui/accountsettings.cpp" line="892"/>
        <source>Log out</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="349"/>
        <source>Resume sync</source>
        <translation>恢复同步</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="349"/>
        <source>Pause sync</source>
        <translation>暂停同步</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="363"/>
        <source>Enable virtual file support%1...</source>
        <translation>启用虚拟文件支持%1...</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="363"/>
        <source> (experimental)</source>
        <translation>(试验性)</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="509"/>
        <source>&lt;p&gt;Do you really want to stop syncing the folder &lt;i&gt;%1&lt;/i&gt;?&lt;/p&gt;&lt;p&gt;&lt;b&gt;Note:&lt;/b&gt; This will &lt;b&gt;not&lt;/b&gt; delete any files.&lt;/p&gt;</source>
        <translation>&lt;p&gt;你确定要停止文件夹同步？ &lt;i&gt;%1&lt;/i&gt;?&lt;/p&gt;&lt;p&gt;&lt;b&gt;Note:&lt;/b&gt; 这 &lt;b&gt;不会&lt;/b&gt; 删除任何文件&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="776"/>
        <source>%1 (%3%) of %2 in use. Some folders, including network mounted or shared folders, might have different limits.</source>
        <translation>%1 (%3%) of %2 使用中。一些文件夹，例如网络挂载的和共享的文件夹，可能有不同的限制。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="777"/>
        <source>%1 of %2 in use</source>
        <translation>使用量 %1 / %2</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="786"/>
        <source>Currently there is no storage usage information available.</source>
        <translation>目前没有储存使用量信息可用。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="823"/>
        <source>The server version %1 is unsupported! Proceed at your own risk.</source>
        <translation>不支持服务器版本 %1！继续操作将自行承担风险。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="843"/>
        <source>Obtaining authorization from the browser.</source>
        <translation>从浏览器获取授权。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="856"/>
        <source>Server configuration error: %1 at %2.</source>
        <translation>服务器配置错误：%1，位于%2。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="867"/>
        <source>No %1 connection configured.</source>
        <translation>没有 %1 连接配置。</translation>
    </message>
</context>
<context>
    <name>OCC::AccountState</name>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="73"/>
        <source>Url update requested for %1</source>
        <translation>为 %1 请求了 URL 更新</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="74"/>
        <source>The url for %1 changed from %2 to %3, do you want to accept the changed url?</source>
        <translation>%1 的 url 从 %2 更改为 %3，您要接受更改后的 url 吗？</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="77"/>
        <source>Change url permanently to %1</source>
        <translation>将 url 永久更改为 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="78"/>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="216"/>
        <source>Signed out</source>
        <translation>已退出</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="218"/>
        <source>Disconnected</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="220"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="222"/>
        <source>Service unavailable</source>
        <translation>服务不可用</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="224"/>
        <source>Maintenance mode</source>
        <translation>维护模式</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="226"/>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="228"/>
        <source>Configuration error</source>
        <translation>配置错误</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="230"/>
        <source>Asking Credentials</source>
        <translation>请求证书</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="232"/>
        <source>Unknown account state</source>
        <translation>未知的账户状态</translation>
    </message>
</context>
<context>
    <name>OCC::ActivityListModel</name>
    <message>
        <location filename="../src/gui/models/activitylistmodel.cpp" line="88"/>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 在 %3</translation>
    </message>
    <message>
        <location filename="../src/gui/models/activitylistmodel.cpp" line="114"/>
        <source>Activity</source>
        <translation>动态</translation>
    </message>
    <message>
        <location filename="../src/gui/models/activitylistmodel.cpp" line="116"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../src/gui/models/activitylistmodel.cpp" line="118"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../src/gui/models/activitylistmodel.cpp" line="120"/>
        <source>Local path</source>
        <translation>本地路径</translation>
    </message>
</context>
<context>
    <name>OCC::ActivitySettings</name>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="489"/>
        <location filename="../src/gui/activitywidget.cpp" line="533"/>
        <source>Server Activity</source>
        <translation>服务器动态</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="495"/>
        <source>Sync Protocol</source>
        <translation>同步协议</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="541"/>
        <source>Not Synced</source>
        <translation>未同步</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="544"/>
        <source>Not Synced (%1)</source>
        <extracomment>%1 is the number of not synced files.</extracomment>
        <translation>未同步 (%1)</translation>
    </message>
</context>
<context>
    <name>OCC::ActivityWidget</name>
    <message>
        <location filename="../src/gui/activitywidget.ui" line="14"/>
        <source>Form</source>
        <translation>窗体</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.ui" line="26"/>
        <location filename="../src/gui/activitywidget.ui" line="73"/>
        <location filename="../src/gui/activitywidget.ui" line="142"/>
        <source>TextLabel</source>
        <translation>文本标签</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.ui" line="96"/>
        <source>Filter</source>
        <translation>过滤器</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="105"/>
        <location filename="../src/gui/activitywidget.cpp" line="111"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="153"/>
        <source>Server Activities</source>
        <translation>服务器动态</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="157"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/activitywidget.cpp" line="300"/>
        <source>%n notifications(s) for %1.</source>
        <translation><numerusform>%1 的 %n 个通知。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/activitywidget.cpp" line="306"/>
        <source>%n notifications(s) for %1 and %2.</source>
        <translation><numerusform>%1 和 %2 的 %n 个通知。</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="308"/>
        <source>New notifications for %1, %2 and other accounts.</source>
        <translation>%1、%2 和其他帐户的新通知。</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="311"/>
        <source>Open the activity view for details.</source>
        <translation>打开活动视图了解详情。</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="162"/>
        <source>&lt;br/&gt;Account %1 does not have activities enabled.</source>
        <translation>&lt;br/&gt;帐户%1没有同步活动。</translation>
    </message>
</context>
<context>
    <name>OCC::Application</name>
    <message>
        <location filename="../src/gui/application.cpp" line="174"/>
        <source>Continuing will mean &lt;b&gt;deleting these settings&lt;/b&gt;.</source>
        <translation>继续操作意味着&lt;b&gt;删除这些设置&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="176"/>
        <source>Continuing will mean &lt;b&gt;ignoring these settings&lt;/b&gt;.</source>
        <translation>继续操作意味着&lt;b&gt;忽略这些设置&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="182"/>
        <source>Some settings were configured in newer versions of this client and use features that are not available in this version.&lt;br&gt;&lt;br&gt;%1&lt;br&gt;&lt;br&gt;The current configuration file was already backed up to &lt;i&gt;%2&lt;/i&gt;.</source>
        <translation>在此客户端的较新版本中配置了一些设置，并使用了此版本中不可用的功能。&lt;br&gt;&lt;br&gt;%1&lt;br&gt;&lt;br&gt;当前配置文件已备份到 &lt;i&gt;%2&lt;/i&gt;。</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="189"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="190"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="311"/>
        <source>Error accessing the configuration file</source>
        <translation>访问配置文件时发生错误</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="312"/>
        <source>There was an error while accessing the configuration file at %1.</source>
        <translation>访问配置文件 %1 时发生错误。</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="315"/>
        <source>Quit %1</source>
        <translation>退出 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="580"/>
        <source>%1 version %2<byte value="xd"/>
File synchronization desktop utility.</source>
        <translation>%1 版本 %2&lt;byte value=&quot;xd&quot;/&gt;
文件同步桌面实用程序。</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="585"/>
        <source>For more information, see %1</source>
        <comment>link to homepage</comment>
        <translation>有关详细信息，请参阅 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="599"/>
        <source>Show the settings dialog while starting.</source>
        <translation>在启动时显示设置对话框。</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="600"/>
        <source>Quit the running instance.</source>
        <translation>退出正在运行的实例。</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="601"/>
        <source>Write log to file (use - to write to stdout).</source>
        <translation>将日志写到文件中（用 - 来写到 stdout）。</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="602"/>
        <source>Write each sync log output in a new file in folder.</source>
        <translation>将每个同步日志输出到文件夹中的一个新文件里。</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="603"/>
        <source>Remove logs older than &lt;hours&gt; hours (to be used with --logdir).</source>
        <translation>删除超过&lt;hours&gt;小时的日志（与 --logdir 一起使用）。</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="604"/>
        <source>Flush the log file after every write.</source>
        <translation>每次写完后都刷新日志文件。</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="605"/>
        <source>Output debug-level messages in the log.</source>
        <translation>在日志中输出调试级别的信息。</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="606"/>
        <location filename="../src/gui/application.cpp" line="607"/>
        <source>Override UI language.</source>
        <translation>覆盖用户界面语言。</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="608"/>
        <source>Use the given configuration folder.</source>
        <translation>使用给定的配置文件夹。</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="609"/>
        <source>Enable debug mode.</source>
        <translation>启用调试模式。</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="612"/>
        <source>Virtual file system file to be opened (optional).</source>
        <translation>要打开的虚拟文件系统文件（可选）。</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="612"/>
        <source>[&lt;vfs file&gt;]</source>
        <translation>[&lt;vfs file&gt;]</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="641"/>
        <source>Invalid path passed to --confdir</source>
        <translation>传递给 --confdir 的路径无效</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="654"/>
        <source>Error: unknown language &quot;%1&quot; (use --list-languages to get a complete list of supported translations)</source>
        <translation>错误：未知的语言“%1”（使用 --list-languages 来获得支持的翻译语言的完整列表）。</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="663"/>
        <source>Available translations: %1</source>
        <translation>可用的翻译: %1</translation>
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
        <source>Enter username and password for &apos;%1&apos; at %2.</source>
        <translation>输入 %1 （%2）的用户名和密码</translation>
    </message>
    <message>
        <location filename="../src/gui/authenticationdialog.cpp" line="37"/>
        <source>&amp;User:</source>
        <translation>用户名 (&amp;U)：</translation>
    </message>
    <message>
        <location filename="../src/gui/authenticationdialog.cpp" line="38"/>
        <source>&amp;Password:</source>
        <translation>密码 (&amp;P)：</translation>
    </message>
</context>
<context>
    <name>OCC::ConnectionValidator</name>
    <message>
        <location filename="../src/gui/connectionvalidator.cpp" line="56"/>
        <source>No ownCloud account configured</source>
        <translation>没有已经配置的 ownCloud 帐号</translation>
    </message>
    <message>
        <location filename="../src/gui/connectionvalidator.cpp" line="265"/>
        <source>The configured server for this client is too old</source>
        <translation>此客户端连接到的服务器版本过旧</translation>
    </message>
    <message>
        <location filename="../src/gui/connectionvalidator.cpp" line="266"/>
        <source>Please update to the latest server and restart the client.</source>
        <translation>请更新到最新的服务器版本然后重启客户端。</translation>
    </message>
    <message>
        <location filename="../src/gui/connectionvalidator.cpp" line="157"/>
        <source>Authentication error: Either username or password are wrong.</source>
        <translation>认证失败：用户名或密码错误</translation>
    </message>
    <message>
        <location filename="../src/gui/connectionvalidator.cpp" line="102"/>
        <source>timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../src/gui/connectionvalidator.cpp" line="198"/>
        <source>The provided credentials are not correct</source>
        <translation>提供的证书不正确</translation>
    </message>
</context>
<context>
    <name>OCC::CredentialJob</name>
    <message>
        <location filename="../src/libsync/creds/credentialmanager.cpp" line="204"/>
        <source>Failed to parse credentials %1</source>
        <translation>解析凭证 %1 失败</translation>
    </message>
</context>
<context>
    <name>OCC::DiscoverySingleDirectoryJob</name>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="481"/>
        <location filename="../src/libsync/discoveryphase.cpp" line="502"/>
        <source>Server error: PROPFIND reply is not XML formatted!</source>
        <translation>服务器错误: PROPFIND 返回的不是XML格式！</translation>
    </message>
</context>
<context>
    <name>OCC::DiscoverySingleLocalDirectoryJob</name>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="264"/>
        <source>Error while opening directory %1</source>
        <translation>打开目录 %1 时出现错误</translation>
    </message>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="266"/>
        <source>Directory not accessible on client, permission denied</source>
        <translation>无法在客户端上访问目录，没有权限</translation>
    </message>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="270"/>
        <source>Directory not found: %1</source>
        <translation>无法找到目录：%1</translation>
    </message>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="301"/>
        <source>Filename encoding is not valid</source>
        <translation>文件名编码无效</translation>
    </message>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="320"/>
        <source>Error while reading directory %1</source>
        <translation>读取目录 %1 时出错</translation>
    </message>
</context>
<context>
    <name>OCC::ExpandingHeaderView</name>
    <message>
        <location filename="../src/gui/models/expandingheaderview.cpp" line="78"/>
        <source>Reset column sizes</source>
        <translation>重置列的大小</translation>
    </message>
</context>
<context>
    <name>OCC::Folder</name>
    <message>
        <location filename="../src/gui/folder.cpp" line="205"/>
        <source>Local folder %1 does not exist.</source>
        <translation>本地文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="207"/>
        <source>%1 should be a folder but is not.</source>
        <translation>%1 应该是一个文件夹，但是它现在不是文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="209"/>
        <source>%1 is not readable.</source>
        <translation>%1 不可读。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="476"/>
        <source>%1 has been removed.</source>
        <comment>%1 names a file.</comment>
        <translation>%1 已移除。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="490"/>
        <source>%1 has been updated.</source>
        <comment>%1 names a file.</comment>
        <translation>%1 已更新。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="497"/>
        <source>%1 has been renamed to %2.</source>
        <comment>%1 and %2 name files.</comment>
        <translation>%1 已更名为 %2。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="504"/>
        <source>%1 has been moved to %2.</source>
        <translation>%1 已移动至 %2。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="474"/>
        <source>%1 and %n other file(s) have been removed.</source>
        <translation><numerusform>%1 和 %n 其它文件已被移除。</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="200"/>
        <source>%1 failed to open the database.</source>
        <translation>%1 未能打开数据库。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="211"/>
        <source>%1 is not writable.</source>
        <translation>%1 不可写。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="481"/>
        <source>%1 and %n other file(s) have been added.</source>
        <translation><numerusform>%1 文件等 %n个文件已经成功添加</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="483"/>
        <source>%1 has been added.</source>
        <comment>%1 names a file.</comment>
        <translation>%1 成功添加</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="488"/>
        <source>%1 and %n other file(s) have been updated.</source>
        <translation><numerusform>%1 和 %n 其它文件已更新。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="495"/>
        <source>%1 has been renamed to %2 and %n other file(s) have been renamed.</source>
        <translation><numerusform>%1 已经更名为 %2，其它 %3 文件也已更名。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="502"/>
        <source>%1 has been moved to %2 and %n other file(s) have been moved.</source>
        <translation><numerusform>%1 已移动到 %2，其它 %3 文件也已移动。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="509"/>
        <source>%1 has and %n other file(s) have sync conflicts.</source>
        <translation><numerusform>%1 和 %n 其他文件有同步冲突。</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="511"/>
        <source>%1 has a sync conflict. Please check the conflict file!</source>
        <translation>%1 有同步冲突。请检查冲突文件！</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="516"/>
        <source>%1 and %n other file(s) could not be synced due to errors. See the log for details.</source>
        <translation><numerusform>%1 和 %n 其他文件由于错误不能同步。详细信息请查看日志。</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="518"/>
        <source>%1 could not be synced due to an error. See the log for details.</source>
        <translation>%1 同步出错。详情请查看日志。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="524"/>
        <source>Sync Activity</source>
        <translation>同步活动</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="906"/>
        <source>Could not read system exclude file</source>
        <translation>无法读取系统排除的文件</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1152"/>
        <source>A new folder larger than %1 MB has been added: %2.
</source>
        <translation>一个大于 %1 MB 的新文件夹 %2 已被添加。
</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1155"/>
        <source>A folder from an external storage has been added.
</source>
        <translation>一个来自外部存储的文件夹已被添加。
</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1156"/>
        <source>Please go in the settings to select it if you wish to download it.</source>
        <translation>如果您想下载，请到设置页面选择它。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1215"/>
        <source>The folder %1 was created but was excluded from synchronization previously. Data inside it will not be synchronized.</source>
        <translation>文件夹 %1 已创建，但之前已从同步中排除。 里面的数据不会同步。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1218"/>
        <source>The file %1 was created but was excluded from synchronization previously. It will not be synchronized.</source>
        <translation>%1 文件被创建但在之前的同步中被拒绝了.它将不会被同步.</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1229"/>
        <source>Changes in synchronized folders could not be tracked reliably.

This means that the synchronization client might not upload local changes immediately and will instead only scan for local changes and upload them occasionally (every two hours by default).

%1</source>
        <translation>无法可靠地跟踪同步文件夹中的更改。

这意味着同步客户端可能不会立即上传本地更改，而只会扫描本地更改并偶尔上传（默认每两小时一次）。

%1</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1282"/>
        <source>All files in the sync folder '%1' folder were deleted on the server.
These deletes will be synchronized to your local sync folder, making such files unavailable unless you have a right to restore. 
If you decide to keep the files, they will be re-synced with the server if you have rights to do so.
If you decide to delete the files, they will be unavailable to you, unless you are the owner.</source>
        <translation>同步文件夹&apos;%1&apos;的所有文件已经在服务器端删除。
删除动作会被同步到本地的同步文件夹，内部的文件将不可用，您需要有相应权限来恢复。
如果您想保留这些文件，同时您有相应权限的话，它们将被重新同步到服务器。
如果您决定删除这些文件，它们将不再可用，除非您是其所有者。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1287"/>
        <source>All the files in your local sync folder '%1' were deleted. These deletes will be synchronized with your server, making such files unavailable unless restored.
Are you sure you want to sync those actions with the server?
If this was an accident and you decide to keep your files, they will be re-synced from the server.</source>
        <translation>本地文件夹&apos;%1&apos;的所有文件都已经被删除。这些删除动作会被同步到您的服务器，相应的文件将不再可用，除非被回复。
确定要把这些动作同步到服务器吗？
如果这是一个意外而您想要保留这些文件，他们会被重新从服务器同步过来。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1291"/>
        <source>Remove All Files?</source>
        <translation>删除所有文件？</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1295"/>
        <source>Remove all files</source>
        <translation>删除所有文件</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1296"/>
        <source>Keep files</source>
        <translation>保持所有文件</translation>
    </message>
</context>
<context>
    <name>OCC::FolderMan</name>
    <message>
        <location filename="../src/gui/folderman.cpp" line="449"/>
        <source>Could not reset folder state</source>
        <translation>不能重置文件夹状态</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="450"/>
        <source>An old sync journal &apos;%1&apos; was found, but could not be removed. Please make sure that no application is currently using it.</source>
        <translation>一个旧的同步日志 &apos;%1&apos; 被找到，但是不能被移除。请确定没有应用程序正在使用它。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1227"/>
        <source> (backup)</source>
        <translation> (备份)</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1232"/>
        <source> (backup %1)</source>
        <translation> (备份 %1)</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1334"/>
        <source>Undefined State.</source>
        <translation>未知状态。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1337"/>
        <source>Waiting to start syncing.</source>
        <translation>等待启动同步。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1340"/>
        <source>Preparing for sync.</source>
        <translation>准备同步。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1343"/>
        <source>Sync is running.</source>
        <translation>同步正在运行。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1348"/>
        <source>Sync was successful, unresolved conflicts.</source>
        <translation>同步成功，但有未解决的冲突。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1350"/>
        <source>Last Sync was successful.</source>
        <translation>最后一次同步成功。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1356"/>
        <source>Setup Error.</source>
        <translation>安装失败</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1359"/>
        <source>User Abort.</source>
        <translation>用户撤销。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1362"/>
        <source>Sync is paused.</source>
        <translation>同步已暂停。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1368"/>
        <source>%1 (Sync is paused)</source>
        <translation>%1 (同步已暂停)</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1376"/>
        <source>No valid folder selected!</source>
        <translation>没有选择有效的文件夹！</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1384"/>
        <source>The folder %1 is used in a folder sync connection!</source>
        <translation>文件夹 %1 用于文件夹同步连接！</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1391"/>
        <source>The selected path does not exist!</source>
        <translation>您选择的目录不存在！</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1395"/>
        <source>The selected path is not a folder!</source>
        <translation>选择的路径不是一个文件夹！</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1399"/>
        <source>You have no permission to write to the selected folder!</source>
        <translation>你没有写入所选文件夹的权限！</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1436"/>
        <source>There is already a sync from the server to this local folder. Please pick another local folder!</source>
        <translation>已经有一个从服务器到此文件夹的同步设置。请选择其他本地文件夹！</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1440"/>
        <source>The local folder %1 already contains a folder used in a folder sync connection. Please pick another one!</source>
        <translation>本地文件夹 %1 包含有正在使用的同步文件夹，请选择另一个！</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1446"/>
        <source>The local folder %1 is already contained in a folder used in a folder sync connection. Please pick another one!</source>
        <translation>本地文件夹 %1 是正在使用的同步文件夹，请选择另一个！</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1453"/>
        <source>%1 Please pick another one!</source>
        <translation>%1 请再选一个！</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1532"/>
        <source>Multiple accounts are sharing the folder %1.
This configuration is know to lead to dataloss and is no longer supported.
Please consider removing this folder from the account and adding it again.</source>
        <translation>多个帐户正在共享文件夹 %1。
已知此配置会导致数据丢失，因此不再受支持。
请考虑从帐户中删除此文件夹并重新添加。</translation>
    </message>
</context>
<context>
    <name>OCC::FolderStatusDelegate</name>
    <message>
        <location filename="../src/gui/folderstatusdelegate.cpp" line="46"/>
        <source>Add Folder Sync Connection</source>
        <translation>添加同步文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusdelegate.cpp" line="293"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>OCC::FolderStatusModel</name>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="159"/>
        <source>You need to be connected to add a folder</source>
        <translation>请先登录后再添加文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="161"/>
        <source>Click this button to add a folder to synchronize.</source>
        <translation>点击选择进行同步的本地文件夹。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="170"/>
        <location filename="../src/gui/folderstatusmodel.cpp" line="172"/>
        <source>%1 (%2)</source>
        <extracomment>Example text: &quot;File.txt (23KB)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="200"/>
        <source>Error while loading the list of folders from the server.</source>
        <translation>载入文件夹列表时发生错误。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="242"/>
        <source>Virtual file support is enabled.</source>
        <translation>虚拟文件功能已开启</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="262"/>
        <source>Signed out</source>
        <translation>已登出</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="203"/>
        <source>Fetching folder list from server...</source>
        <translation>获取文件夹列表...</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="229"/>
        <source>There are unresolved conflicts. Click for details.</source>
        <translation>有未解决的冲突。点击显示详细信息。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="915"/>
        <source>Checking for changes in remote &apos;%1&apos;</source>
        <translation>检查远端文件  &apos;%1&apos; 的变动</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="918"/>
        <source>Checking for changes in local &apos;%1&apos;</source>
        <translation>检查本地文件  &apos;%1&apos; 的变动</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="923"/>
        <source>Reconciling changes</source>
        <translation>调整变更</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="968"/>
        <source>, &apos;%1&apos;</source>
        <extracomment>Build a list of file names</extracomment>
        <translation>, &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="971"/>
        <source>&apos;%1&apos;</source>
        <extracomment>Argument is a file name</extracomment>
        <translation>&apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="993"/>
        <source>Syncing %1</source>
        <extracomment>Example text: &quot;Syncing 'foo.txt', 'bar.txt'&quot;</extracomment>
        <translation>正在同步 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="995"/>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1006"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="999"/>
        <source>download %1/s</source>
        <extracomment>Example text: &quot;download 24Kb/s&quot; (%1 is replaced by 24Kb (translated))</extracomment>
        <translation>下载 %1/s</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1001"/>
        <source>↓ %1/s</source>
        <translation>↓ %1/秒</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1011"/>
        <source>↑ %1/s</source>
        <translation>↑ %1/秒</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1009"/>
        <source>upload %1/s</source>
        <extracomment>Example text: &quot;upload 24Kb/s&quot; (%1 is replaced by 24Kb (translated))</extracomment>
        <translation>上传 %1/s</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="287"/>
        <source>Local folder: %1</source>
        <translation>本地文件夹: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1017"/>
        <source>%1 %2 (%3 of %4)</source>
        <extracomment>Example text: &quot;uploading foobar.png (2MB of 2MB)&quot;</extracomment>
        <translation>%1 %2 (%3 / %4)</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1021"/>
        <source>%1 %2</source>
        <extracomment>Example text: &quot;uploading foobar.png&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1038"/>
        <source>%5 left, %1 of %2, file %3 of %4</source>
        <extracomment>Example text: &quot;5 minutes left, 12 MB of 345 MB, file 6 of 7&quot;</extracomment>
        <translation>剩余: %5，%1 / %2, 文件数量 %3 / %4</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1046"/>
        <source>%1 of %2, file %3 of %4</source>
        <extracomment>Example text: &quot;12 MB of 345 MB, file 6 of 7&quot;</extracomment>
        <translation>%1 of %2, file %3 of %4</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1053"/>
        <source>file %1 of %2</source>
        <translation>第 %1 个文件，共 %2 个</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1103"/>
        <source>Waiting...</source>
        <translation>请稍等...</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folderstatusmodel.cpp" line="1105"/>
        <source>Waiting for %n other folder(s)...</source>
        <translation><numerusform>等待 %n 个其他文件(文件夹)</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1111"/>
        <source>Preparing to sync...</source>
        <translation>准备同步...</translation>
    </message>
</context>
<context>
    <name>OCC::FolderWatcher</name>
    <message>
        <location filename="../src/gui/folderwatcher.cpp" line="116"/>
        <source>The watcher did not receive a test notification.</source>
        <translation>监控没有收到测试通知。</translation>
    </message>
</context>
<context>
    <name>OCC::FolderWatcherPrivate</name>
    <message>
        <location filename="../src/gui/folderwatcher_linux.cpp" line="90"/>
        <source>This problem usually happens when the inotify watches are exhausted. Check the FAQ for details.</source>
        <translation>这个问题通常发生在 inotify 监控耗尽时。请查看常见问题了解详情。</translation>
    </message>
</context>
<context>
    <name>OCC::FolderWizard</name>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="574"/>
        <source>Add Folder Sync Connection</source>
        <translation>添加同步文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="576"/>
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
        <location filename="../src/gui/folderwizard.cpp" line="74"/>
        <source>Enter the path to the local folder.</source>
        <translation>输入本地文件夹的路径。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="132"/>
        <source>Select the source folder</source>
        <translation>选择源目录</translation>
    </message>
</context>
<context>
    <name>OCC::FolderWizardRemotePath</name>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="180"/>
        <source>Create Remote Folder</source>
        <translation>创建远程文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="181"/>
        <source>Enter the name of the new folder to be created below &apos;%1&apos;:</source>
        <translation>输入 %1 中的新文件夹的名称：</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="210"/>
        <source>Folder was successfully created on %1.</source>
        <translation>文件夹在 %1 上创建成功。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="220"/>
        <source>Authentication failed accessing %1</source>
        <translation>访问 %1 时认证失败</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="222"/>
        <source>Failed to create the folder on %1. Please check manually.</source>
        <translation>无法在 %1 处创建文件夹。请自行检查。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="240"/>
        <source>Failed to list a folder. Error: %1</source>
        <translation>列表失败。错误: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="321"/>
        <source>Choose this to sync the entire account</source>
        <translation>选择此项以同步整个账户</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="435"/>
        <source>This folder is already being synced.</source>
        <translation>文件夹已在同步中。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="438"/>
        <source>This folder can&apos;t be synced. Please choose another one.</source>
        <translation>无法同步此文件夹。 请选择另一个。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="441"/>
        <source>You are already syncing &lt;i&gt;%1&lt;/i&gt;, which is a parent folder of &lt;i&gt;%2&lt;/i&gt;.</source>
        <translation>你已经在同步 &lt;i&gt;%1&lt;/i&gt;，&lt;i&gt;%2&lt;/i&gt; 是它的一个子文件夹。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="443"/>
        <source>You are already syncing &lt;i&gt;%1&lt;/i&gt;, which is a subfolder of &lt;i&gt;%2&lt;/i&gt;.</source>
        <translation>您已经在同步 &lt;i&gt;%1&lt;/i&gt;，它是 &lt;i&gt;%2&lt;/i&gt; 的子文件夹。</translation>
    </message>
</context>
<context>
    <name>OCC::FolderWizardSelectiveSync</name>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="485"/>
        <source>Use virtual files instead of downloading content immediately%1</source>
        <translation>使用虚拟文件而不是立即下载内容%1</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="485"/>
        <source> (experimental)</source>
        <translation>(试验性)</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="517"/>
        <source>Virtual files are not available for the selected folder</source>
        <translation>所选文件夹没有虚拟文件</translation>
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
        <location filename="../src/gui/folderwizard.cpp" line="50"/>
        <source>&lt;b&gt;Error:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;错误：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="56"/>
        <source>&lt;b&gt;Error:&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;b&gt;错误：&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="56"/>
        <source>&lt;b&gt;Warning:&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;b&gt;警告：&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>OCC::GETFileJob</name>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="182"/>
        <source>No E-Tag received from server, check Proxy/Gateway</source>
        <translation>未能收到来自服务器的 E-Tag，请检查代理/网关</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="189"/>
        <source>We received a different E-Tag for resuming. Retrying next time.</source>
        <translation>我们收到了不同的恢复 E-Tag，将在下次尝试。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="200"/>
        <source>We received an unexpected download Content-Length.</source>
        <translation>我们收到了一个意外的下载Content-Length</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="227"/>
        <source>Server returned wrong content-range</source>
        <translation>服务器返回了错误的内容长度</translation>
    </message>
</context>
<context>
    <name>OCC::GETJob</name>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="336"/>
        <source>Connection Timeout</source>
        <translation>连接超时</translation>
    </message>
</context>
<context>
    <name>OCC::GeneralSettings</name>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="14"/>
        <source>Form</source>
        <translation>窗体</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="35"/>
        <source>General Settings</source>
        <translation>常规设置</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="73"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="113"/>
        <source>Sync hidden files</source>
        <translation>同步隐藏文件</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="142"/>
        <source>Log Settings</source>
        <translation>日志设置</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="169"/>
        <source>Advanced - Approval of folder sync (Non virtual file mode only)</source>
        <translation>高级 - 批准文件夹同步（仅适用于非虚拟文件模式）。</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="229"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="241"/>
        <source>Updates</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="270"/>
        <source>stable</source>
        <translation>稳定的</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="275"/>
        <source>beta</source>
        <translation>公测的</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="370"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="98"/>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="41"/>
        <source>Use &amp;Monochrome Icons in the system tray</source>
        <translation>在系统托盘中使用单色图标 (&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="177"/>
        <source>Ask for confirmation before synchronizing folders larger than</source>
        <translation>请询问确认同步，若同步文件夹大于</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="197"/>
        <source>MB</source>
        <extracomment>Trailing part of &quot;Ask confirmation before syncing folder larger than&quot; </extracomment>
        <translation>MB</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="219"/>
        <source>Ask for confirmation before synchronizing external storages</source>
        <translation>请询问确认同步，若涉及外部存储</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="55"/>
        <source>&amp;Launch on System Startup</source>
        <translation>在系统启动时启动</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="48"/>
        <source>Show &amp;Desktop Notifications</source>
        <translation>显示桌面提醒</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="253"/>
        <source>&amp;Update Channel</source>
        <translation>&amp;更新通道</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="135"/>
        <source>Edit &amp;Ignored Files</source>
        <translation>编辑忽略的文件</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="106"/>
        <source>Show sync folders in &amp;Explorer&apos;s Navigation Pane</source>
        <translation>在资源管理器的导航窗格中显示同步文件夹 (&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="126"/>
        <source>S&amp;how crash reporter</source>
        <translation>显示崩溃报告器</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="302"/>
        <source>&amp;Restart &amp;&amp; Update</source>
        <translation>重启并更新 (&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="304"/>
        <source>You cannot disable autostart because system-wide autostart is enabled.</source>
        <translation>你不能禁用自动启动，因为全系统的自动启动已启用。</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="209"/>
        <source>Change update channel?</source>
        <translation>更改升级渠道?</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="74"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="74"/>
        <source>Language changes require a restart of this application to take effect.</source>
        <translation>语言的改变需要重新启动这个应用程序才能生效。</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="210"/>
        <source>The update channel determines which client updates will be offered for installation. The &quot;stable&quot; channel contains only upgrades that are considered reliable, while the versions in the &quot;beta&quot; channel may contain newer features and bugfixes, but have not yet been tested thoroughly.

Note that this selects only what pool upgrades are taken from, and that there are no downgrades: So going back from the beta channel to the stable channel usually cannot be done immediately and means waiting for a stable version that is newer than the currently installed beta version.</source>
        <translation>更新通道决定了将提供哪些客户端更新来进行安装。“稳定”通道只包含被认为是可靠的升级，而“测试”通道中的版本可能包含较新的功能和错误修复，但尚未经过全面测试。

请注意，这只会从中选择进行池升级的版本，且不包含可降级的：因此，通常无法立即从测试通道回到稳定通道，这意味着要等待比当前安装的测试版本更新的稳定版本。</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="223"/>
        <source>Change update channel</source>
        <translation>更改升级渠道</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="224"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="336"/>
        <source>unknown (%1)</source>
        <translation>未知 (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="320"/>
        <source>(use default)</source>
        <translation>(使用默认值)</translation>
    </message>
</context>
<context>
    <name>OCC::HttpCredentialsGui</name>
    <message>
        <location filename="../src/gui/creds/httpcredentialsgui.cpp" line="118"/>
        <source>Please enter %1 password:&lt;br&gt;&lt;br&gt;User: %2&lt;br&gt;Account: %3&lt;br&gt;</source>
        <translation>请输入 %1 密码：&lt;br&gt;&lt;br&gt;用户：%2&lt;br&gt;账户：%3&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/httpcredentialsgui.cpp" line="132"/>
        <source>Reading from keychain failed with error: &apos;%1&apos;</source>
        <translation>获取密钥链失败，错误: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/httpcredentialsgui.cpp" line="139"/>
        <source>Enter Password</source>
        <translation>输入密码</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/httpcredentialsgui.cpp" line="181"/>
        <source>&lt;a href=&quot;%1&quot;&gt;Click here&lt;/a&gt; to request an app password from the web interface.</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;点击这里&lt;/a&gt;从 web 界面请求一个 app 密码。</translation>
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
        <source>Files Ignored by Patterns</source>
        <translation>文件忽略模式：</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.ui" line="59"/>
        <source>Add</source>
        <translation>增加</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.ui" line="41"/>
        <source>Pattern</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.ui" line="46"/>
        <source>Allow Deletion</source>
        <translation>允许删除</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.ui" line="69"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.ui" line="105"/>
        <source>Files or folders matching a pattern will not be synchronized. Changes take effect the next time folders are synchronized.

Items where deletion is allowed will be deleted if they prevent a directory from being removed. This is useful for meta data.</source>
        <translation>匹配模式的文件或文件夹将不会同步。 更改将在下次同步文件夹时生效。

如果允许删除的项目阻止删除目录，则将删除它们。 这对元数据很有用。</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.cpp" line="112"/>
        <source>Could not open file</source>
        <translation>不能打开文件</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.cpp" line="113"/>
        <source>Cannot write changes to &apos;%1&apos;.</source>
        <translation>无法向 %1 中写入修改。</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.cpp" line="135"/>
        <source>Add Ignore Pattern</source>
        <translation>增加忽略模式</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.cpp" line="136"/>
        <source>Add a new ignore pattern:</source>
        <translation>增加新的忽略模式：</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.cpp" line="43"/>
        <source>This entry is provided by the system at &apos;%1&apos; and cannot be modified in this view.</source>
        <translation>此项目由系统在 %1 处提供，不能在这里被修改。</translation>
    </message>
</context>
<context>
    <name>OCC::IssuesWidget</name>
    <message>
        <location filename="../src/gui/issueswidget.ui" line="14"/>
        <source>Form</source>
        <translation>窗体</translation>
    </message>
    <message>
        <location filename="../src/gui/issueswidget.ui" line="22"/>
        <source>List of issues</source>
        <translation>问题列表</translation>
    </message>
    <message>
        <location filename="../src/gui/issueswidget.ui" line="45"/>
        <source>Filter</source>
        <translation>过滤器</translation>
    </message>
    <message>
        <location filename="../src/gui/issueswidget.ui" line="83"/>
        <source>There were too many issues. Not all will be visible here.</source>
        <translation>有太多问题,这里并不能看见所有的问题.</translation>
    </message>
    <message>
        <location filename="../src/gui/issueswidget.ui" line="93"/>
        <source>There were conflicts. Check the documentation on how to resolve them.</source>
        <translation>有冲突。查看有关如何解决它们的文档</translation>
    </message>
    <message>
        <location filename="../src/gui/issueswidget.cpp" line="174"/>
        <source>The file %1 was ignored as its name is reserved by %2</source>
        <translation>文件 %1 被忽略，因为它的名称由 %2 保留</translation>
    </message>
    <message>
        <location filename="../src/gui/issueswidget.cpp" line="204"/>
        <source>Reset column sizes</source>
        <translation>重置列的大小</translation>
    </message>
    <message>
        <location filename="../src/gui/issueswidget.cpp" line="223"/>
        <source>There were conflicts. &lt;a href=&quot;%1&quot;&gt;Check the documentation on how to resolve them.&lt;/a&gt;</source>
        <translation>有冲突.&lt;a href=&quot;%1&quot;&gt;查阅相关解决问题的文档&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/issueswidget.cpp" line="243"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
</context>
<context>
    <name>OCC::LibCloudProvidersPrivate</name>
    <message>
        <location filename="../src/gui/libcloudproviders/libcloudproviders.cpp" line="137"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>OCC::LogBrowser</name>
    <message>
        <location filename="../src/gui/logbrowser.ui" line="14"/>
        <source>Log Output</source>
        <translation>日志输出</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.ui" line="116"/>
        <source>Enable logging to temporary folder</source>
        <translation>启用日志记录到临时文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="61"/>
        <source>Delete logs older than %1 hours</source>
        <translation>删除 %1 小时以前的日志</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.ui" line="53"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600; color:#ff0000;&quot;&gt;The logs contain sensitive information which you should not make publicly available&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600; color:#ff0000;&quot;&gt;日志包含您不应公开的敏感信息&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.ui" line="71"/>
        <source>The client can write debug logs to a temporary folder. These logs are very helpful for diagnosing problems.
Since log files can get large, the client will start a new one for each sync run and compress older ones. It is also recommended to enable deleting log files after a couple of hours to avoid consuming too much disk space.</source>
        <translation>客户端可以将调试日志写到一个临时文件夹中。这些日志对诊断问题非常有帮助。
由于日志文件可能会变大，客户端会在每次同步运行时启动一个新的日志，并压缩旧的日志。也建议启用在几个小时后删除日志文件，以避免消耗太多的磁盘空间。</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.ui" line="84"/>
        <source>If enabled, logs will be written to:</source>
        <translation>如果启用，日志将被写到：</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.ui" line="91"/>
        <source>C:/log</source>
        <translation>C:/log</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.ui" line="123"/>
        <source>Log Http traffic </source>
        <translation>记录 Http 流量</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.ui" line="143"/>
        <source>These settings persist across client restarts.
Note that using any logging command line options will override the settings.</source>
        <translation>这些设置在客户端重启后会持续存在。
注意，使用任何日志命令行选项将覆盖这些设置。</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.ui" line="154"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>OCC::Models</name>
    <message>
        <location filename="../src/gui/models/models.cpp" line="93"/>
        <source>%1 Filter:</source>
        <translation>%1 筛选器：</translation>
    </message>
    <message>
        <location filename="../src/gui/models/models.cpp" line="114"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../src/gui/issueswidget.cpp" line="258"/>
        <source>Reset Filters</source>
        <translation>重置筛选器</translation>
    </message>
    <message>
        <location filename="../src/gui/issueswidget.cpp" line="349"/>
        <source>Status Filter:</source>
        <translation>筛选器状态：</translation>
    </message>
</context>
<context>
    <name>OCC::NSISUpdater</name>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="401"/>
        <source>New Version Available</source>
        <translation>新版本可用</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="407"/>
        <source>&lt;p&gt;A new version of the %1 Client is available.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; is available for download. The installed version is %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;新版本的 %1 客户端可用。&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; 已经开放下载。已安装的版本是 %3。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="420"/>
        <location filename="../src/gui/updater/ocupdater.cpp" line="471"/>
        <source>Skip this version</source>
        <translation>跳过这个版本</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="421"/>
        <source>Skip this time</source>
        <translation>本次跳过</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="422"/>
        <source>Get update</source>
        <translation>获取更新</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="452"/>
        <source>Update Failed</source>
        <translation>更新失败</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="458"/>
        <source>&lt;p&gt;A new version of the %1 Client is available but the updating process failed.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; has been downloaded. The installed version is %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;新版本的 %1 的客户端可用，但是更新失败&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; 已经下载完毕. 已安装的版本是 %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="472"/>
        <source>Ask again later</source>
        <translation>以后询问我</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="473"/>
        <source>Restart and update</source>
        <translation>重启以更新</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="474"/>
        <source>Update manually</source>
        <translation>手动更新</translation>
    </message>
</context>
<context>
    <name>OCC::NetworkSettings</name>
    <message>
        <location filename="../src/gui/networksettings.ui" line="14"/>
        <source>Form</source>
        <translation>窗体</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="23"/>
        <source>Proxy Settings</source>
        <translation>代理设置</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="29"/>
        <source>No Proxy</source>
        <translation>无代理</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="42"/>
        <source>Use system proxy</source>
        <translation>使用系统代理</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="54"/>
        <source>Specify proxy manually as</source>
        <translation>手动设置代理为</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="84"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="104"/>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="135"/>
        <source>Proxy server requires authentication</source>
        <translation>代理服务器需要认证</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="180"/>
        <source>Note: proxy settings have no effects for accounts on localhost</source>
        <translation>注意：代理设置对本地主机上的账户没有影响</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="201"/>
        <source>Download Bandwidth</source>
        <translation>下载带宽</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="229"/>
        <location filename="../src/gui/networksettings.ui" line="308"/>
        <source>Limit to</source>
        <translation>限制为</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="249"/>
        <location filename="../src/gui/networksettings.ui" line="331"/>
        <source>KBytes/s</source>
        <translation>KBytes/s</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="207"/>
        <location filename="../src/gui/networksettings.ui" line="286"/>
        <source>No limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="217"/>
        <location filename="../src/gui/networksettings.ui" line="296"/>
        <source>Limit to 3/4 of estimated bandwidth</source>
        <translation>限制使用 3/4  的带宽</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="280"/>
        <source>Upload Bandwidth</source>
        <translation>上传带宽</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="220"/>
        <location filename="../src/gui/networksettings.ui" line="299"/>
        <source>Limit automatically</source>
        <translation>自动限制</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.cpp" line="37"/>
        <source>Hostname of proxy server</source>
        <translation>代理服务器主机名</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.cpp" line="38"/>
        <source>Username for proxy server</source>
        <translation>代理服务器用户名</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.cpp" line="39"/>
        <source>Password for proxy server</source>
        <translation>代理服务器密码</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.cpp" line="41"/>
        <source>HTTP(S) proxy</source>
        <translation>HTTP(S) 代理</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.cpp" line="42"/>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5 代理</translation>
    </message>
</context>
<context>
    <name>OCC::NotificationWidget</name>
    <message>
        <location filename="../src/gui/notificationwidget.cpp" line="59"/>
        <source>Created at %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/notificationwidget.cpp" line="72"/>
        <source>Closing in a few seconds...</source>
        <translation>几秒钟后关闭...</translation>
    </message>
    <message>
        <location filename="../src/gui/notificationwidget.cpp" line="119"/>
        <source>%1 request failed at %2</source>
        <extracomment>The second parameter is a time, such as 'failed at 09:58pm'</extracomment>
        <translation>%1 请求失败于 %2
</translation>
    </message>
    <message>
        <location filename="../src/gui/notificationwidget.cpp" line="125"/>
        <source>&apos;%1&apos; selected at %2</source>
        <extracomment>The second parameter is a time, such as 'selected at 09:58pm'</extracomment>
        <translation>&apos;%1&apos; 选定于 %2</translation>
    </message>
</context>
<context>
    <name>OCC::OAuth</name>
    <message>
        <location filename="../src/libsync/creds/oauth.cpp" line="264"/>
        <source>Error returned from the server: &lt;em&gt;%1&lt;/em&gt;</source>
        <translation>来自服务器返回的错误&lt;em&gt;%1&lt;/em&gt;</translation>
    </message>
    <message>
        <location filename="../src/libsync/creds/oauth.cpp" line="267"/>
        <source>There was an error accessing the &apos;token&apos; endpoint: &lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</source>
        <translation>在&apos;token&apos; 结尾有个错误: &lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</translation>
    </message>
    <message>
        <location filename="../src/libsync/creds/oauth.cpp" line="270"/>
        <source>Could not parse the JSON returned from the server: &lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</source>
        <translation>不能解析来自服务器端的JSON:&lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</translation>
    </message>
    <message>
        <location filename="../src/libsync/creds/oauth.cpp" line="273"/>
        <source>Unsupported token type: %1</source>
        <translation>不支持的令牌类型：%1</translation>
    </message>
    <message>
        <location filename="../src/libsync/creds/oauth.cpp" line="275"/>
        <source>The reply from the server did not contain all expected fields
:%1</source>
        <translation>服务器的回复未包含所有预期字段
:%1</translation>
    </message>
    <message>
        <location filename="../src/libsync/creds/oauth.cpp" line="277"/>
        <source>Unknown Error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location filename="../src/libsync/creds/oauth.cpp" line="301"/>
        <source>&lt;h1&gt;Login Error&lt;/h1&gt;&lt;p&gt;Failed to retrieve user info&lt;/p&gt;</source>
        <translation>&lt;h1&gt;登录错误&lt;/h1&gt; &lt;p&gt;检索用户信息失败&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/libsync/creds/oauth.cpp" line="554"/>
        <source>Oauth2 Error</source>
        <translation>Oauth2 错误</translation>
    </message>
    <message>
        <location filename="../src/libsync/creds/oauth.cpp" line="555"/>
        <source>Oauth2 authentication requires a secured connection.</source>
        <translation>Oauth2认证需要一个安全的连接。</translation>
    </message>
    <message>
        <location filename="../src/libsync/creds/oauth.cpp" line="281"/>
        <source>&lt;h1&gt;Login Error&lt;/h1&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h1&gt;登录错误&lt;/h1&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/libsync/creds/oauth.cpp" line="388"/>
        <source>&lt;h1&gt;Wrong user&lt;/h1&gt;&lt;p&gt;You logged-in with user &lt;em&gt;%1&lt;/em&gt;, but must login with user &lt;em&gt;%2&lt;/em&gt;.&lt;br&gt;Please log out of %3 in another tab, then &lt;a href=&apos;%4&apos;&gt;click here&lt;/a&gt; and log in as user %2&lt;/p&gt;</source>
        <translation>&lt;h1&gt;错误用户&lt;/h1&gt;&lt;p&gt;你登陆的用户&lt;em&gt;%1&lt;/em&gt;,但必须以用户&lt;em&gt;%2&lt;/em&gt;的身份登录.&lt;br&gt;请在另一个标签 %3登出,然后&lt;a href=&apos;%4&apos;&gt;点击这&lt;/a&gt;并以用户%2登录&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OCC::OCUpdater</name>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="114"/>
        <source>New %1 Update Ready</source>
        <translation>新的 %1 更新就绪</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="115"/>
        <source>A new update for %1 is about to be installed. The updater may ask
for additional privileges during the process.</source>
        <translation>新版本&amp;1已经可以更新。更新过程会请求额外的权限。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="158"/>
        <source>Could not download update. Please click &lt;a href=&apos;%1&apos;&gt;here&lt;/a&gt; to download the update manually.</source>
        <translation>无法下载更新，请点击&lt;a href=&apos;%1&apos;&gt;此处&lt;/a&gt;手动下载更新。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="160"/>
        <source>Could not check for new updates.</source>
        <translation>无法检查新更新。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="154"/>
        <source>Downloading %1. Please wait...</source>
        <translation>正在下载文件 %1，请稍候....</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="156"/>
        <source>%1 available. Restart application to start the update.</source>
        <translation>%1 是可用的，请重启软件来开始升级</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="166"/>
        <source>New %1 available. Please click &lt;a href=&apos;%2&apos;&gt;here&lt;/a&gt; to download the new AppImage manually.</source>
        <translation>新的 %1 可用。 请点击&lt;a href=&apos;%2&apos;&gt;此处&lt;/a&gt;手动下载新的 AppImage。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="169"/>
        <source>New %1 available. Please use the system&apos;s update tool to install it.</source>
        <translation>新的 %1 是可用的，请使用升级工具来安装它</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="171"/>
        <source>Checking update server...</source>
        <translation>检查更新服务器</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="173"/>
        <source>Update status is unknown: Did not check for new updates.</source>
        <translation>还没有检查过更新。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="177"/>
        <source>No updates available. Your installation is at the latest version.</source>
        <translation>没有可用更新。您的安装已为最新版本。</translation>
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
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="49"/>
        <source>Connect to %1</source>
        <translation>连接到 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="50"/>
        <source>Setup local folder options</source>
        <translation>设置本地文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="55"/>
        <source>Connect...</source>
        <translation>连接...</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="84"/>
        <source> (experimental)</source>
        <translation>(试验性)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="84"/>
        <source>Use &amp;virtual files instead of downloading content immediately%1</source>
        <translation>使用虚拟文件而不是立即下载内容%1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="167"/>
        <source>&lt;p&gt;&lt;strong&gt;Warning:&lt;/strong&gt; The local folder is not empty. Pick a resolution!&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;strong&gt;警告：&lt;/strong&gt;本地文件夹不为空。 选择一个决议！&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="163"/>
        <source>Sync the folder &apos;%1&apos;</source>
        <translation>同步文件夹 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="208"/>
        <source>Virtual files are not available for the selected folder</source>
        <translation>所选文件夹没有虚拟文件</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="242"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="267"/>
        <source>Local Sync Folder</source>
        <translation>本地同步文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="301"/>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="336"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudHttpCredsPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudhttpcredspage.cpp" line="49"/>
        <source>&amp;Email</source>
        <translation>&amp;电子邮件</translation>
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
        <location filename="../src/gui/wizard/owncloudoauthcredspage.cpp" line="41"/>
        <source>Connect to %1</source>
        <translation>连接到 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudoauthcredspage.cpp" line="42"/>
        <source>Login in your browser</source>
        <translation>在浏览器中登录</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudoauthcredspage.cpp" line="51"/>
        <source>Copy link to clipboard</source>
        <translation>复制链接到剪贴板</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudPropagator</name>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="703"/>
        <source>File %1 is currently in use</source>
        <translation>文件 %1 当前正在使用中</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudSetupPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="53"/>
        <source>Connect to %1</source>
        <translation>连接到 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="54"/>
        <source>Setup %1 server</source>
        <translation>设置 %1 服务器</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="112"/>
        <source>This url is NOT secure as it is not encrypted.
It is not advisable to use it.</source>
        <translation>这个地址没有使用加密，不够安全，不建议使用。</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="116"/>
        <source>This url is secure. You can use it.</source>
        <translation>此地址是安全的。您可以使用它</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="155"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步 (&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="186"/>
        <source>Invalid URL</source>
        <translation>无效URL</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudSetupWizard</name>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="191"/>
        <source>Failed to connect to %1 at %2:&lt;br/&gt;%3</source>
        <translation>连接到 %1 （%2）失败：&lt;br /&gt;%3</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="208"/>
        <source>Timeout while trying to connect to %1 at %2.</source>
        <translation>连接到 %1 （%2） 时超时。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="189"/>
        <source>Invalid URL</source>
        <translation>无效URL</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="269"/>
        <source>Could not create local folder %1</source>
        <translation>不能创建本地文件夹 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="296"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="329"/>
        <source>The folder creation resulted in HTTP error code %1</source>
        <translation>创建文件夹出现 HTTP 错误代码 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="333"/>
        <source>The remote folder creation failed because the provided credentials are wrong!&lt;br/&gt;Please go back and check your credentials.&lt;/p&gt;</source>
        <translation>远程文件夹创建失败，因为提供的凭证有误！&lt;br/&gt;请返回并检查您的凭证。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="341"/>
        <source>Remote folder %1 creation failed with error &lt;tt&gt;%2&lt;/tt&gt;.</source>
        <translation>创建远程文件夹 %1 失败，错误为 &lt;tt&gt;%2&lt;/tt&gt;。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="370"/>
        <source>Folder rename failed</source>
        <translation>文件夹更名失败</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="371"/>
        <source>Can&apos;t remove and back up the folder because the folder or a file in it is open in another program. Please close the folder or file and hit retry or cancel the setup.</source>
        <translation>无法移除和备份文件夹，由于文件夹或文件正在被另一程序占用。请关闭程序后重试，或取消安装。</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudWizard</name>
    <message>
        <location filename="../src/gui/wizard/owncloudwizard.cpp" line="91"/>
        <source>%1 Connection Wizard</source>
        <translation>%1 链接向导</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizard.cpp" line="262"/>
        <source>Enable experimental feature?</source>
        <translation>启用实验性功能？</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizard.cpp" line="276"/>
        <source>Enable experimental placeholder mode</source>
        <translation>启用实验性占位符模式</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizard.cpp" line="263"/>
        <source>When the &quot;virtual files&quot; mode is enabled no files will be downloaded initially. Instead, a tiny &quot;%1&quot; file will be created for each file that exists on the server. The contents can be downloaded by running these files or by using their context menu.

The virtual files mode is mutually exclusive with selective sync. Currently unselected folders will be translated to online-only folders and your selective sync settings will be reset.

Switching to this mode will abort any currently running synchronization.

This is a new, experimental mode. If you decide to use it, please report any issues that come up.</source>
        <translation>当启用“虚拟文件”模式时，最初不会下载任何文件。 相反，将为服务器上存在的每个文件创建一个微小的“%1”文件。 可以通过运行这些文件或使用它们的上下文菜单来下载内容。

虚拟文件模式与选择性同步是互斥的。 当前未选择的文件夹将被转换为仅在线文件夹，并且您的选择性同步设置将被重置。

切换到此模式将中止任何当前正在运行的同步。

这是一种新的实验模式。 如果您决定使用它，请报告出现的任何问题。</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizard.cpp" line="277"/>
        <source>Stay safe</source>
        <translation>保持安全</translation>
    </message>
</context>
<context>
    <name>OCC::ProcessDirectoryJob</name>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="245"/>
        <source>Symbolic links are not supported in syncing.</source>
        <translation>符号链接不被同步支持。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="254"/>
        <source>File is listed on the ignore list.</source>
        <translation>文件在忽略列表中。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="259"/>
        <source>File names ending with a period are not supported on this file system.</source>
        <translation>文件名结尾不可以为“.”。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="272"/>
        <source>File names containing the character &apos;%1&apos; are not supported on this file system.</source>
        <translation>此文件系统不支持包含字符 &apos;%1&apos; 的文件名。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="275"/>
        <source>File name contains at least one invalid character</source>
        <translation>文件名中存在至少一个非法字符</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="277"/>
        <source>The file name is a reserved name on this file system.</source>
        <translation>文件名为系统保留文件名。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="286"/>
        <source>Filename contains trailing spaces.</source>
        <translation>文件名尾部含有空格</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="289"/>
        <source>Filename is too long.</source>
        <translation>文件名过长。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="292"/>
        <source>File/Folder is ignored because it&apos;s hidden.</source>
        <translation>已忽略隐藏的文件和文件夹。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="296"/>
        <source>Stat failed.</source>
        <translation>状态失败。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="299"/>
        <source>Conflict: Server version downloaded, local copy renamed and not uploaded.</source>
        <translation>冲突:服务器版本已下载,本地版本被重命名但未上传</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="303"/>
        <source>The filename cannot be encoded on your file system.</source>
        <translation>文件名在你的文件系统中不能编码</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="306"/>
        <source>The filename is blacklisted on the server.</source>
        <translation>该文件名在服务器的黑名单上</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="409"/>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="411"/>
        <source>permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="413"/>
        <source>etag</source>
        <translation>etag</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="415"/>
        <source>file id</source>
        <translation>文件ID</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="419"/>
        <source>server reported no %1</source>
        <translation>服务器回复没有 %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1245"/>
        <source>Moved to invalid target, restoring</source>
        <translation>已转移到无效目标，正在恢复</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1258"/>
        <source>Not allowed to remove, restoring</source>
        <translation>无法删除，正在回退</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1172"/>
        <source>Ignored because of the &quot;choose what to sync&quot; blacklist</source>
        <translation>已忽略（“选择同步内容”黑名单）</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1205"/>
        <source>Not allowed because you don&apos;t have permission to add subfolders to that folder</source>
        <translation>你没有权限增加子目录</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1210"/>
        <source>Not allowed because you don&apos;t have permission to add files in that folder</source>
        <translation>你没有权限增加文件</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1223"/>
        <source>Not allowed to upload this file because it is read-only on the server, restoring</source>
        <translation>无法上传文件，因为服务器端此文件为只读，正在回退</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1368"/>
        <source>Error while reading the database</source>
        <translation>读取数据库是出错</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1428"/>
        <source>Server replied with an error while reading directory &apos;%1&apos; : %2</source>
        <translation>服务器读取目录时出错，目录 &apos;%1&apos; : %2</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateDirectory</name>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="1044"/>
        <source>Error updating metadata: %1</source>
        <translation>更新元数据时出错: %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="1047"/>
        <source>%1 the folder is currently in use</source>
        <translation>%1 文件夹当前正在使用中</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateDownloadFile</name>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="371"/>
        <source>Failed to free up space, the file %1 is currently in use</source>
        <translation>未能释放空间，文件 %1 当前正在使用中</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="386"/>
        <location filename="../src/libsync/propagatedownload.cpp" line="464"/>
        <source>File %1 can not be downloaded because of a local file name clash with %2!</source>
        <translation>由于本地文件名与 %2 冲突，无法下载文件 %1！</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="522"/>
        <source>The download would reduce free local disk space below the limit</source>
        <translation>在当前限制下,下载将会减少本地磁盘的剩余空间.</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="526"/>
        <source>Free space on disk is less than %1</source>
        <translation>空闲磁盘空间少于 %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="649"/>
        <source>File was deleted from server</source>
        <translation>已从服务器删除文件</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="709"/>
        <source>Broken webserver returned empty content length for non-empty file on resume</source>
        <translation>损坏的网络服务器在简历上返回了非空文件的空内容长度</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="716"/>
        <source>The file could not be downloaded completely.</source>
        <translation>文件无法完整下载。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="723"/>
        <source>The downloaded file is empty despite the server announced it should have been %1.</source>
        <translation>虽然服务器宣称已完成 %1，但实际下载文件为空。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="903"/>
        <source>File %1 cannot be saved because of a local file name clash with %2!</source>
        <translation>由于本地文件名与 %2 冲突，无法保存文件 %1！</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="1025"/>
        <source>Error updating metadata: %1</source>
        <translation>更新元数据时出错: %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="472"/>
        <location filename="../src/libsync/propagatedownload.cpp" line="927"/>
        <location filename="../src/libsync/propagatedownload.cpp" line="963"/>
        <location filename="../src/libsync/propagatedownload.cpp" line="1028"/>
        <source>The file %1 is currently in use</source>
        <translation>文件 %1 当前正在使用中</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="366"/>
        <location filename="../src/libsync/propagatedownload.cpp" line="955"/>
        <source>File has changed since discovery</source>
        <translation>自从发现文件以来，它已经被改变了</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateItemJob</name>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="241"/>
        <source>; Restoration Failed: %1</source>
        <translation>；恢复失败：%1</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateLocalMkdir</name>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="161"/>
        <source>could not delete file %1, error: %2</source>
        <translation>不能删除文件 %1, 错误: %2</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="176"/>
        <source>Can not create local folder %1 because of a local file name clash with %2</source>
        <translation>由于本地文件名与 %2 冲突，无法创建本地文件夹 %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="195"/>
        <source>Error updating metadata: %1</source>
        <translation>更新元数据时出错: %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="198"/>
        <source>The file %1 is currently in use</source>
        <translation>文件 %1 当前正在使用中</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="182"/>
        <source>could not create folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateLocalRemove</name>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="79"/>
        <source>%1 failed with: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="109"/>
        <source>Could not remove %1 because of a local file name clash with %2!</source>
        <translation>由于本地文件名与 %2 冲突，无法删除 %1！</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="89"/>
        <location filename="../src/libsync/propagatorjobs.cpp" line="116"/>
        <source>%1 the file is currently in use</source>
        <translation>%1 文件当前正在使用中</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateLocalRename</name>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="236"/>
        <source>File %1 can not be renamed to %2 because of a local file name clash</source>
        <translation>由于本地文件名冲突，文件 %1 无法更名为 %2</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="243"/>
        <source>Could not rename %1 to %2, the file is currently in use</source>
        <translation>无法将 %1 重命名为 %2，该文件当前正在使用中</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="272"/>
        <source>Error updating metadata: %1</source>
        <translation>更新元数据时出错: %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="275"/>
        <source>The file %1 is currently in use</source>
        <translation>文件 %1 当前正在使用中</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="281"/>
        <source>Failed to rename file</source>
        <translation>重命名文件失败</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="287"/>
        <source>Error setting pin state</source>
        <translation>设置引脚状态错误</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateRemoteDelete</name>
    <message>
        <location filename="../src/libsync/propagateremotedelete.cpp" line="111"/>
        <source>Wrong HTTP code returned by server. Expected 204, but received &quot;%1 %2&quot;.</source>
        <translation>服务器返回的 HTTP 状态错误，应返回 204，但返回的是“%1 %2”。</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateRemoteMkdir</name>
    <message>
        <location filename="../src/libsync/propagateremotemkdir.cpp" line="108"/>
        <source>Wrong HTTP code returned by server. Expected 201, but received &quot;%1 %2&quot;.</source>
        <translation>服务器返回的 HTTP 状态错误，应返回 201，但返回的是“%1 %2”。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemkdir.cpp" line="143"/>
        <source>Error writing metadata to the database: %1</source>
        <translation>将元数据写入数据库时出错: %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemkdir.cpp" line="187"/>
        <source>Setting file status failed due to file lock</source>
        <translation>由于文件锁定，设置文件状态失败</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateRemoteMove</name>
    <message>
        <location filename="../src/libsync/propagateremotemove.cpp" line="135"/>
        <source>Could not rename %1 to %2, error: %3</source>
        <translation>无法重命名 %1 变 %2，错误原因: %3</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemove.cpp" line="182"/>
        <source>Wrong HTTP code returned by server. Expected 201, but received &quot;%1 %2&quot;.</source>
        <translation>服务器返回的 HTTP 状态错误，应返回 201，但返回的是“%1 %2”。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemove.cpp" line="220"/>
        <source>Error updating metadata: %1</source>
        <translation>更新元数据时出错: %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemove.cpp" line="223"/>
        <source>The file %1 is currently in use</source>
        <translation>文件 %1 当前正在使用中</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemove.cpp" line="235"/>
        <source>Error writing metadata to the database</source>
        <translation>向数据库写入元数据错误</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemove.cpp" line="228"/>
        <source>Error setting pin state</source>
        <translation>设置引脚状态错误</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateUpdateMetaDataJob</name>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="1200"/>
        <source>Could not update file : %1</source>
        <translation>无法更新文件 : %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="1203"/>
        <source>The file %1 is currently in use</source>
        <translation>文件 %1 当前正在使用中</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateUploadFileCommon</name>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="134"/>
        <source>File %1 cannot be uploaded because another file with the same name, differing only in case, exists</source>
        <translation>文件 %1 无法上传，因为存在同名文件，文件名仅有大小写不同。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="241"/>
        <source>File Removed</source>
        <translation>已移除文件</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="256"/>
        <source>Local file changed during sync. It will be resumed.</source>
        <translation>本地文件在同步时已修改，完成后会再次同步</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="581"/>
        <source>Error updating metadata: %1</source>
        <translation>更新元数据时出错: %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="584"/>
        <source>The file %1 is currently in use</source>
        <translation>文件 %1 当前正在使用中</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="145"/>
        <location filename="../src/libsync/propagateupload.cpp" line="476"/>
        <source>Upload of %1 exceeds the quota for the folder</source>
        <translation>上传 %1 超出了此文件夹的限额</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateUploadFileNG</name>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="93"/>
        <location filename="../src/libsync/propagateuploadng.cpp" line="369"/>
        <source>%1 the file is currently in use</source>
        <translation>%1 文件当前正在使用中</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="493"/>
        <source>The local file was removed during sync.</source>
        <translation>本地文件在同步时已删除。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="504"/>
        <source>Local file changed during sync.</source>
        <translation>本地文件在同步时已修改。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="541"/>
        <source>The server did ask for a removed legacy feature(polling)</source>
        <translation>服务器确实要求删除旧功能（轮询）</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="546"/>
        <source>Unexpected return code from server (%1)</source>
        <translation>从服务器得到了意外的返回值（%1）</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="553"/>
        <source>Missing File ID from server</source>
        <translation>服务器端文件 ID缺失</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="567"/>
        <source>Missing ETag from server</source>
        <translation>服务器端ETag缺失</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateUploadFileTUS</name>
    <message>
        <location filename="../src/libsync/propagateuploadtus.cpp" line="67"/>
        <source>%1 the file is currently in use</source>
        <translation>%1 文件当前正在使用中</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadtus.cpp" line="212"/>
        <source>The local file was removed during sync.</source>
        <translation>本地文件在同步时已删除。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadtus.cpp" line="223"/>
        <source>Local file changed during sync.</source>
        <translation>本地文件在同步时已修改。</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateUploadFileV1</name>
    <message>
        <location filename="../src/libsync/propagateuploadv1.cpp" line="47"/>
        <source>%1 the file is currently in use</source>
        <translation>%1 文件当前正在使用中</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadv1.cpp" line="223"/>
        <source>The server did ask for a removed legacy feature(polling)</source>
        <translation>服务器确实要求删除旧功能（轮询）</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadv1.cpp" line="243"/>
        <source>The local file was removed during sync.</source>
        <translation>本地文件在同步时已删除。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadv1.cpp" line="254"/>
        <source>Local file changed during sync.</source>
        <translation>本地文件在同步时已修改。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadv1.cpp" line="268"/>
        <source>The server did not acknowledge the last chunk. (No e-tag was present)</source>
        <translation>服务器未确认上一分块。(找不到 E-tag)</translation>
    </message>
</context>
<context>
    <name>OCC::ProtocolItemModel</name>
    <message>
        <location filename="../src/gui/models/protocolitemmodel.cpp" line="128"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../src/gui/models/protocolitemmodel.cpp" line="130"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../src/gui/models/protocolitemmodel.cpp" line="132"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/models/protocolitemmodel.cpp" line="134"/>
        <source>Issues</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../src/gui/models/protocolitemmodel.cpp" line="134"/>
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <location filename="../src/gui/models/protocolitemmodel.cpp" line="136"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../src/gui/models/protocolitemmodel.cpp" line="138"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../src/gui/models/protocolitemmodel.cpp" line="140"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>OCC::ProtocolWidget</name>
    <message>
        <location filename="../src/gui/protocolwidget.ui" line="14"/>
        <source>Form</source>
        <translation>窗体</translation>
    </message>
    <message>
        <location filename="../src/gui/protocolwidget.ui" line="22"/>
        <source>Local sync protocol</source>
        <translation>本地同步协议</translation>
    </message>
    <message>
        <location filename="../src/gui/protocolwidget.ui" line="45"/>
        <source>Filter</source>
        <translation>过滤器</translation>
    </message>
    <message>
        <location filename="../src/gui/protocolwidget.cpp" line="68"/>
        <location filename="../src/gui/protocolwidget.cpp" line="74"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../src/gui/protocolwidget.cpp" line="149"/>
        <source>Retry sync</source>
        <translation>重试同步</translation>
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
        <location filename="../src/gui/proxyauthdialog.ui" line="35"/>
        <source>Username:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../src/gui/proxyauthdialog.ui" line="59"/>
        <source>Proxy:</source>
        <translation>代理：</translation>
    </message>
    <message>
        <location filename="../src/gui/proxyauthdialog.ui" line="26"/>
        <source>The proxy server needs a username and password.</source>
        <translation>代理服务器需要输入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../src/gui/proxyauthdialog.ui" line="45"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../src/gui/proxyauthdialog.ui" line="66"/>
        <source>TextLabel</source>
        <translation>文本标签</translation>
    </message>
</context>
<context>
    <name>OCC::SelectiveSyncDialog</name>
    <message>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="441"/>
        <source>Choose What to Sync</source>
        <translation>选择同步内容</translation>
    </message>
</context>
<context>
    <name>OCC::SelectiveSyncWidget</name>
    <message>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="73"/>
        <source>Loading ...</source>
        <translation>加载中...</translation>
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
        <location filename="../src/gui/selectivesyncdialog.cpp" line="213"/>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="263"/>
        <source>No subfolders currently on the server.</source>
        <translation>这个服务器上暂不存在子文件夹。</translation>
    </message>
    <message>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="265"/>
        <source>An error occurred while loading the list of sub folders.</source>
        <translation>载入子文件夹列表时发生错误。</translation>
    </message>
</context>
<context>
    <name>OCC::ServerNotificationHandler</name>
    <message>
        <location filename="../src/gui/servernotificationhandler.cpp" line="93"/>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
</context>
<context>
    <name>OCC::SettingsDialog</name>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="220"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="209"/>
        <source>Activity</source>
        <translation>动态</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="198"/>
        <source>Add account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="233"/>
        <location filename="../src/gui/settingsdialog.cpp" line="236"/>
        <source>Quit %1</source>
        <translation>退出 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="237"/>
        <source>Are you sure you want to quit %1?</source>
        <translation>你确定要退出 %1 吗？</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="363"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.ui" line="14"/>
        <source>MainWindow</source>
        <translation>主窗口</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.ui" line="39"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
</context>
<context>
    <name>OCC::ShareDialog</name>
    <message>
        <location filename="../src/gui/sharedialog.ui" line="28"/>
        <source>TextLabel</source>
        <translation>文本标签</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.ui" line="43"/>
        <source>share label</source>
        <translation>分享标签</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.ui" line="20"/>
        <source>Dialog</source>
        <translation>对话框</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.ui" line="65"/>
        <source>ownCloud Path:</source>
        <translation>ownCloud 路径：</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="105"/>
        <source>%1 Sharing</source>
        <translation>%1 分享</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="86"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="102"/>
        <source>Folder: %2</source>
        <translation>文件夹：%2</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="108"/>
        <source>The server does not allow sharing</source>
        <translation>服务器不支持共享</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="124"/>
        <source>Retrieving maximum possible sharing permissions from server...</source>
        <translation>从服务器获取最大可能的共享权限...</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="182"/>
        <source>The file can not be shared because it was shared without sharing permission.</source>
        <translation>未分配共享权限，无法共享文件。</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="196"/>
        <source>Users and Groups</source>
        <translation>用户和组</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="203"/>
        <source>Public Links</source>
        <translation>公共链接</translation>
    </message>
</context>
<context>
    <name>OCC::ShareLinkWidget</name>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="14"/>
        <source>Share NewDocument.odt</source>
        <translation>分享 NewDocument.odt</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="147"/>
        <source>Upload only (File Drop)</source>
        <translation>仅上传 (File Drop)</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="160"/>
        <source>Receive files from others without revealing the contents of the folder.</source>
        <translation>接收他人的文件而不透露文件夹的内容。</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="124"/>
        <source>Download / View / Edit</source>
        <translation>下载 / 查看 / 编辑</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="269"/>
        <source>Name:</source>
        <translation>名字：</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="276"/>
        <source>Enter name of new share...</source>
        <translation>请输入新分享的名字</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="283"/>
        <source>&amp;Create</source>
        <translation>&amp;创造</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="336"/>
        <source>TextLabel</source>
        <translation>文本标签</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="221"/>
        <source>Set &amp;password </source>
        <translation>设置密码(&amp;p)</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="235"/>
        <source>Set &amp;expiration date</source>
        <translation>设置过期日期(&amp;e)</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="181"/>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="114"/>
        <source>Recipients can view or download contents.</source>
        <translation>接收者可查看或下载内容。</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="99"/>
        <source>Download / View</source>
        <translation>下载 / 查看</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="137"/>
        <source>Recipients can view, download, edit, delete and upload contents.</source>
        <translation>接收者可查看、下载、编辑、删除以及上传内容。</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="20"/>
        <source>Anyone with the link has access to the file/folder</source>
        <translation>任何查看此链接的人都可以访问文件、文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="118"/>
        <location filename="../src/gui/sharelinkwidget.cpp" line="353"/>
        <source>P&amp;assword protect</source>
        <translation>密码保护(&amp;a)</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="96"/>
        <source>The file can not be shared because it was shared without sharing permission.</source>
        <translation>未分配共享权限，无法共享文件。</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="93"/>
        <source>Link shares have been disabled</source>
        <translation>分享链接已被关闭</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="107"/>
        <source>Create public link share</source>
        <translation>创建公共分享链接</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="168"/>
        <location filename="../src/gui/sharelinkwidget.cpp" line="599"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="163"/>
        <source>Open link in browser</source>
        <translation>在浏览器中打来链接</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="164"/>
        <source>Copy link to clipboard</source>
        <translation>复制链接到剪贴板</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="165"/>
        <source>Copy link to clipboard (direct download)</source>
        <translation>复制链接到剪贴板 (直接下载)</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="166"/>
        <source>Send link by email</source>
        <translation>通过邮件发送链接</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="167"/>
        <source>Send link by email (direct download)</source>
        <translation>通过电子邮件发送链接 (直接下载)</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="285"/>
        <source>Create new...</source>
        <translation>创造新的....</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="578"/>
        <source>I shared %1 with you</source>
        <translation>我向你分享了 %1 </translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="592"/>
        <source>Confirm Link Share Deletion</source>
        <translation>确认删除分享链接</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="593"/>
        <source>&lt;p&gt;Do you really want to delete the public link share &lt;i&gt;%1&lt;/i&gt;?&lt;/p&gt;&lt;p&gt;Note: This action cannot be undone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;你真的想删除一个公共分享链接 &lt;i&gt;%1&lt;/i&gt;?&lt;/p&gt;&lt;p&gt;提示：这个操作不可逆.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="600"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="62"/>
        <location filename="../src/gui/sharelinkwidget.cpp" line="616"/>
        <source>Public link</source>
        <translation>公开链接</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="269"/>
        <source>Delete link share</source>
        <translation>删除链接分享</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="357"/>
        <location filename="../src/gui/sharelinkwidget.cpp" line="546"/>
        <source>Please Set Password</source>
        <translation>请设置密码</translation>
    </message>
</context>
<context>
    <name>OCC::ShareUserGroupWidget</name>
    <message>
        <location filename="../src/gui/shareusergroupwidget.ui" line="14"/>
        <source>Share NewDocument.odt</source>
        <translation>分享 NewDocument.odt</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.ui" line="22"/>
        <source>Share with users or groups ...</source>
        <translation>分享给其他用户或组 ...</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.ui" line="108"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;You can direct people to this shared file or folder &lt;a href=&quot;private link menu&quot;&gt;&lt;span style=&quot; text-decoration: underline&quot;&gt;by giving them a private link&lt;/span&gt;&lt;/a&gt;.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;p&gt;您可以通过给他们一个&lt;a href=&quot;private link menu&quot;&gt;&lt;span style=&quot; text-decoration: underline&quot;&gt;私人链接&lt;/span&gt;&lt;/a&gt;将他们引导到这个共享文件或文件夹。&lt;/p&gt;&lt;body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="212"/>
        <source>The item is not shared with any users or groups</source>
        <translation>此项目没有与任何用户或组共享</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="243"/>
        <source>Open link in browser</source>
        <translation>在浏览器中打来链接</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="245"/>
        <source>Copy link to clipboard</source>
        <translation>复制链接到剪贴板</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="247"/>
        <source>Send link by email</source>
        <translation>通过邮件发送链接</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="257"/>
        <source>No results for &apos;%1&apos;</source>
        <translation>没有 &apos;%1&apos; 相关结果</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="345"/>
        <source>I shared something with you</source>
        <translation>我给你分享了一些东西</translation>
    </message>
</context>
<context>
    <name>OCC::ShareUserLine</name>
    <message>
        <location filename="../src/gui/shareuserline.ui" line="17"/>
        <source>Form</source>
        <translation>窗体</translation>
    </message>
    <message>
        <location filename="../src/gui/shareuserline.ui" line="28"/>
        <location filename="../src/gui/shareuserline.ui" line="35"/>
        <source>TextLabel</source>
        <translation>文本标签</translation>
    </message>
    <message>
        <location filename="../src/gui/shareuserline.ui" line="65"/>
        <source>can edit</source>
        <translation>可编辑</translation>
    </message>
    <message>
        <location filename="../src/gui/shareuserline.ui" line="58"/>
        <source>can share</source>
        <translation>可共享</translation>
    </message>
    <message>
        <location filename="../src/gui/shareuserline.ui" line="72"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="365"/>
        <source>create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="368"/>
        <source>change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="371"/>
        <source>delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>OCC::ShareeModel</name>
    <message>
        <location filename="../src/gui/sharee.cpp" line="151"/>
        <source>%1 (%2)</source>
        <comment>sharee (shareWithAdditionalInfo)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>OCC::SocketApi</name>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="587"/>
        <source>Share with %1</source>
        <comment>parameter is ownCloud</comment>
        <translation>使用 %1 共享</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="620"/>
        <source>Context menu share</source>
        <translation>上下文菜单分享</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="625"/>
        <source>Context menu share %1</source>
        <translation>上下文菜单共享 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="793"/>
        <source>Confirm deletion</source>
        <translation>确认删除</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="795"/>
        <source>Do you want to delete the directory &lt;i&gt;%1&lt;/i&gt; and all its contents permanently?</source>
        <translation>您想永久删除目录 &lt;i&gt;%1&lt;/i&gt; 及其所有内容吗？</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="796"/>
        <source>Do you want to delete the file &lt;i&gt;%1&lt;/i&gt; permanently?</source>
        <translation>是否要永久删除文件 &lt;i&gt;%1&lt;/i&gt;？</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="838"/>
        <source>Select new location...</source>
        <translation>选择一个新的位置....</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="848"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="849"/>
        <source>Moving file failed:

%1</source>
        <translation>移动文件失败:

%1</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="917"/>
        <source>I shared something with you</source>
        <translation>我给你分享了一些东西</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="930"/>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="960"/>
        <source>Share...</source>
        <translation>分享到...</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="932"/>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="976"/>
        <source>Copy private link to clipboard</source>
        <translation>将私有链接复制到剪切板</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="933"/>
        <source>Send private link by email...</source>
        <translation>通过email发送私有链接</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="958"/>
        <source>Resharing this file is not allowed</source>
        <translation>再次分享这个文件是不被允许的</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="958"/>
        <source>Resharing this folder is not allowed</source>
        <translation>再次分享这个文件夹是不被允许的</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="970"/>
        <source>Create and copy public link to clipboard</source>
        <translation>创建并复制公共链接到剪贴板</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="972"/>
        <source>Copy public link to clipboard</source>
        <translation>复制公共链接到剪切板</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1060"/>
        <source>Open in browser</source>
        <translation>在浏览器中打开</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1068"/>
        <source>Show file versions in browser</source>
        <translation>在浏览器中查看这个版本</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1091"/>
        <source>Rename...</source>
        <translation>重命名...</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1094"/>
        <source>Rename and upload...</source>
        <translation>重命名并上传</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1099"/>
        <source>Move and rename...</source>
        <translation>重命名并移动...</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1102"/>
        <source>Move, rename and upload...</source>
        <translation>重命名，移动并上传...</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1105"/>
        <source>Delete local changes</source>
        <translation>删除本地改动</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1110"/>
        <source>Move and upload...</source>
        <translation>移动并上传...</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1111"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>OCC::SocketUploadJob</name>
    <message>
        <location filename="../src/gui/socketapi/socketuploadjob.cpp" line="65"/>
        <source>Failed to rerieve tags</source>
        <translation>重新获取标签失败</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketuploadjob.cpp" line="95"/>
        <source>Backup of %1 started</source>
        <translation>%1 的备份已开始</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketuploadjob.cpp" line="98"/>
        <source>Failed to find %1</source>
        <translation>找不到 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketuploadjob.cpp" line="103"/>
        <source>Local path must be a an absolute path</source>
        <translation>本地路径必须是绝对路径</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketuploadjob.cpp" line="108"/>
        <source>Failed to create temporary database</source>
        <translation>创建临时数据库失败</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketuploadjob.cpp" line="137"/>
        <source>Backup of %1 succeeded</source>
        <translation>%1 备份成功</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketuploadjob.cpp" line="140"/>
        <source>Failed to set success tag</source>
        <translation>设置成功标签失败</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketuploadjob.cpp" line="147"/>
        <source>Failed to create backup: %1</source>
        <translation>创建备份失败: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketuploadjob.cpp" line="177"/>
        <source>Failed to file id tags</source>
        <translation>未能归档 id 标签</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketuploadjob.cpp" line="193"/>
        <source>Backup of %1 failed with: %2</source>
        <translation>%1 的备份失败：%2</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketuploadjob.cpp" line="209"/>
        <source>%1 backup</source>
        <translation>%1 备份</translation>
    </message>
</context>
<context>
    <name>OCC::SslButton</name>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="89"/>
        <source>&lt;h3&gt;Certificate Details&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;证书信息&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="92"/>
        <source>Common Name (CN):</source>
        <translation>常用名 (CN)：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="93"/>
        <source>Subject Alternative Names:</source>
        <translation>主体备用名称：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="94"/>
        <source>Organization (O):</source>
        <translation>组织 (O)：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="95"/>
        <source>Organizational Unit (OU):</source>
        <translation>单位 (OU)：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="96"/>
        <source>State/Province:</source>
        <translation>州/省：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="97"/>
        <source>Country:</source>
        <translation>国家：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="98"/>
        <source>Serial:</source>
        <translation>序列号：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="101"/>
        <source>&lt;h3&gt;Issuer&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;颁发者&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="104"/>
        <source>Issuer:</source>
        <translation>颁发者：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="105"/>
        <source>Issued on:</source>
        <translation>颁发于：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="106"/>
        <source>Expires on:</source>
        <translation>过期于：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="109"/>
        <source>&lt;h3&gt;Fingerprints&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;证书指纹&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="113"/>
        <source>SHA-256:</source>
        <translation>SHA-256：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="114"/>
        <source>SHA-1:</source>
        <translation>SHA-1：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="118"/>
        <source>&lt;p&gt;&lt;b&gt;Note:&lt;/b&gt; This certificate was manually approved&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;注意：&lt;/b&gt;此证书经手动批准&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="138"/>
        <source>%1 (self-signed)</source>
        <translation>%1 (自签署)</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="140"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="175"/>
        <source>This connection is encrypted using %1 bit %2.
</source>
        <translation>此连接通过 %1 位的 %2 加密。
</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="192"/>
        <source>Server version: %1</source>
        <translation>服务器版本: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="206"/>
        <source>No support for SSL session tickets/identifiers</source>
        <translation>没有支持的 SSL 标识</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="216"/>
        <source>Certificate information:</source>
        <translation>证书信息：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="245"/>
        <source>The connection is not secure</source>
        <translation>这是一个不安全的连接</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="178"/>
        <source>This connection is NOT secure as it is not encrypted.
</source>
        <translation>此连接未经过加密。
</translation>
    </message>
</context>
<context>
    <name>OCC::SslErrorDialog</name>
    <message>
        <location filename="../src/gui/sslerrordialog.ui" line="14"/>
        <source>Form</source>
        <translation>窗体</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.ui" line="32"/>
        <source>Trust this certificate anyway</source>
        <translation>总是信任该证书</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="69"/>
        <source>Untrusted Certificate</source>
        <translation>不被信任的证书</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="136"/>
        <source>Cannot connect securely to &lt;i&gt;%1&lt;/i&gt;:</source>
        <translation>无法安全连接到 &lt;i&gt;%1&lt;/i&gt;: </translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="170"/>
        <source>with Certificate %1</source>
        <translation>使用证书 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="179"/>
        <location filename="../src/gui/sslerrordialog.cpp" line="181"/>
        <location filename="../src/gui/sslerrordialog.cpp" line="183"/>
        <source>&amp;lt;not specified&amp;gt;</source>
        <translation>&amp;lt;未指定&amp;gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="184"/>
        <location filename="../src/gui/sslerrordialog.cpp" line="204"/>
        <source>Organization: %1</source>
        <translation>组织：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="185"/>
        <location filename="../src/gui/sslerrordialog.cpp" line="205"/>
        <source>Unit: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="186"/>
        <location filename="../src/gui/sslerrordialog.cpp" line="206"/>
        <source>Country: %1</source>
        <translation>国家: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="193"/>
        <source>Fingerprint (MD5): &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>MD5指纹: &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="194"/>
        <source>Fingerprint (SHA1): &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>SHA1指纹: &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="196"/>
        <source>Effective Date: %1</source>
        <translation>有效日期：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="197"/>
        <source>Expiration Date: %1</source>
        <translation>过期日期：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="201"/>
        <source>Issuer: %1</source>
        <translation>签发人：%1</translation>
    </message>
</context>
<context>
    <name>OCC::SyncEngine</name>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="188"/>
        <source>%1 (skipped due to earlier error, trying again in %2)</source>
        <translation>%1 (因早先的错误而跳过，将在 %2 后重试)</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="392"/>
        <source>Only %1 are available, need at least %2 to start</source>
        <comment>Placeholders are postfixed with file sizes using Utility::octetsToString()</comment>
        <translation>仅有 %1 有效，至少需要 %2 才能开始</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="420"/>
        <source>Unable to open or create the local sync database. Make sure you have write access in the sync folder.</source>
        <translation>无法打开或创建本地同步数据库，请保证你有多同步文件夹的访问和写入的权限</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1012"/>
        <source>Disk space is low: Downloads that would reduce free space below %1 were skipped.</source>
        <translation>磁盘空间不足：已跳过将可用空间减少到 %1 以下的下载。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1019"/>
        <source>There is insufficient space available on the server for some uploads.</source>
        <translation>该文件在服务器上不可用</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="318"/>
        <source>Unresolved conflict.</source>
        <translation>尚未解决的冲突</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="436"/>
        <source>Using virtual files with suffix, but suffix is not set</source>
        <translation>使用有后缀的虚拟文件，但后缀没有设置</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="448"/>
        <source>Unable to read the blacklist from the local database</source>
        <translation>无法从本地数据库读取黑名单</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="479"/>
        <source>Unable to read from the sync journal.</source>
        <translation>无法读取同步日志。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="567"/>
        <source>Cannot open the sync journal</source>
        <translation>无法打开同步日志</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="994"/>
        <source>Aborted</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>OCC::SyncJournalDb</name>
    <message>
        <location filename="../src/common/syncjournaldb.cpp" line="941"/>
        <source>Failed to connect database.</source>
        <translation>连接数据库失败。</translation>
    </message>
</context>
<context>
    <name>OCC::Systray</name>
    <message>
        <location filename="../src/gui/systray.cpp" line="59"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>OCC::Theme</name>
    <message>
        <location filename="../src/libsync/theme.cpp" line="460"/>
        <source>&lt;p&gt;Version %1. For more information visit &lt;a href=&quot;%2&quot;&gt;https://%3&lt;/a&gt;&lt;/p&gt;&lt;p&gt;For known issues and help, please visit: &lt;a href=&quot;https://central.owncloud.org/c/desktop-client&quot;&gt;https://central.owncloud.org&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;small&gt;By Klaas Freitag, Daniel Molkentin, Olivier Goffart, Markus Götz,  Jan-Christoph Borchardt, Thomas Müller, Dominik Schmidt, Michael Stingl, Hannah von Reth, and others.&lt;/small&gt;&lt;/p&gt;&lt;p&gt;Copyright ownCloud GmbH&lt;/p&gt;&lt;p&gt;Distributed by %4 and licensed under the GNU General Public License (GPL) Version 2.0.&lt;br/&gt;%5 and the %5 logo are registered trademarks of %4 in the United States, other countries, or both.&lt;/p&gt;&lt;p&gt;&lt;small&gt;%6&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;版本 %1。 有关更多信息，请访问 &lt;a href=&quot;%2&quot;&gt;https://%3&lt;/a&gt;&lt;/p&gt;&lt;p&gt;有关已知问题和帮助，请访问：&lt;a href=&quot;https://central.owncloud.org/c/desktop-client&quot;&gt;https://central.owncloud.org &lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;small&gt;作者：Klaas Freitag、Daniel Molkentin、Olivier Goffart、Markus Götz、Jan-Christoph Borchardt、Thomas Müller、Dominik Schmidt、 Michael Stingl、Hannah von Reth 和其他人。&lt;/small&gt;&lt;/p&gt;&lt;p&gt;版权所有 ownCloud GmbH &lt;/p&gt;&lt;p&gt;由 %4 分发并根据 GNU 通用公共许可证 (GPL) 版本 2.0。&lt;br/&gt;%5 和 %5 徽标是 %4 在美国和其他国家/地区的注册商标 ，或两者兼有。&lt;/p&gt;&lt;p&gt;&lt;small&gt;%6&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OCC::ValidateChecksumHeader</name>
    <message>
        <location filename="../src/common/checksums.cpp" line="339"/>
        <source>The checksum header is malformed.</source>
        <translation>校验异常</translation>
    </message>
    <message>
        <location filename="../src/common/checksums.cpp" line="366"/>
        <source>The checksum header contained an unknown checksum type &apos;%1&apos;</source>
        <translation>校验头包含未知的校验类型 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/common/checksums.cpp" line="370"/>
        <source>The downloaded file does not match the checksum, it will be resumed. &apos;%1&apos; != &apos;%2&apos;</source>
        <translation>下载的文件与校验和不匹配，它将被恢复。 “%1”!=“%2”</translation>
    </message>
</context>
<context>
    <name>OCC::Vfs</name>
    <message>
        <location filename="../src/common/vfs.cpp" line="77"/>
        <source>The Virtual filesystem feature does not support a drive as sync root</source>
        <translation>虚拟文件系统功能不支持将一个驱动器作为同步根目录</translation>
    </message>
    <message>
        <location filename="../src/common/vfs.cpp" line="81"/>
        <source>The Virtual filesystem feature requires a NTFS file system, %1 is using %2</source>
        <translation>虚拟文件系统功能需要 NTFS 文件系统，%1 正在使用 %2</translation>
    </message>
    <message>
        <location filename="../src/common/vfs.cpp" line="85"/>
        <source>The Virtual filesystem feature is not supported on network drives</source>
        <translation>网络驱动器上不支持虚拟文件系统功能</translation>
    </message>
</context>
<context>
    <name>OCC::VfsSuffix</name>
    <message>
        <location filename="../src/libsync/vfs/suffix/vfs_suffix.cpp" line="104"/>
        <source>Cannot create a placeholder because a file with the placeholder name already exist</source>
        <translation>无法创建占位符，因为具有占位符名称的文件已存在</translation>
    </message>
</context>
<context>
    <name>OCC::ownCloudGui</name>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="253"/>
        <source>Please sign in</source>
        <translation>请登录</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="281"/>
        <source>Folder %1: %2</source>
        <translation>文件夹 %1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="290"/>
        <source>Unresolved %1 conflicts</source>
        <translation>未解决的 %1 个冲突</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="292"/>
        <source>Ignored errors %1</source>
        <translation>忽略的错误 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="306"/>
        <source>There are no sync folders configured.</source>
        <translation>没有已配置的同步文件夹。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="317"/>
        <source>Open in browser</source>
        <translation>在浏览器中打开</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="367"/>
        <location filename="../src/gui/owncloudgui.cpp" line="691"/>
        <location filename="../src/gui/owncloudgui.cpp" line="786"/>
        <source>Log in...</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="371"/>
        <location filename="../src/gui/owncloudgui.cpp" line="683"/>
        <location filename="../src/gui/owncloudgui.cpp" line="788"/>
        <source>Log out</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="477"/>
        <source>Recent Changes</source>
        <translation>最近修改</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="345"/>
        <source>Managed Folders:</source>
        <translation>管理的文件夹：</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="348"/>
        <source>Open folder &apos;%1&apos;</source>
        <translation>打开文件夹“%1”</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="319"/>
        <source>Open %1 in browser</source>
        <translation>在浏览器中打开%1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="183"/>
        <source>The server on account %1 runs an unsupported version %2. Using this client with unsupported server versions is untested and potentially dangerous. Proceed at your own risk.</source>
        <translation>账户 %1 的服务器运行着不受支持的版本 %2。使用该客户端未支持的服务器版本未经测试并且可能存在潜在危险。继续操作需要自行承担风险。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="769"/>
        <source>Unknown status</source>
        <translation>未知状态</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="771"/>
        <source>Settings...</source>
        <translation>设置...</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="773"/>
        <source>Details...</source>
        <translation>细节...</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="779"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="783"/>
        <source>Quit %1</source>
        <translation>退出 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="234"/>
        <source>Disconnected from %1</source>
        <translation>已从服务器断开 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="182"/>
        <source>Unsupported Server Version</source>
        <translation>不支持的服务器版本</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="224"/>
        <source>Disconnected</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="226"/>
        <source>Disconnected from some accounts</source>
        <translation>与一些账号断开连接</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="237"/>
        <source>Disconnected from accounts:</source>
        <translation>已断开账户: </translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="239"/>
        <source>Account %1: %2</source>
        <translation>账户 %1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="254"/>
        <source>Signed out</source>
        <translation>已退出</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="258"/>
        <source>Account synchronization is disabled</source>
        <translation>帐户同步被禁用</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="259"/>
        <source>Synchronization is paused</source>
        <translation>同步操作被暂停</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="303"/>
        <source>Up to date (%1)</source>
        <translation>最新的 (%1)</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="307"/>
        <source>No sync folders configured</source>
        <translation>未设置同步文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="356"/>
        <source>Unpause all folders</source>
        <translation>解除暂停所有文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="361"/>
        <source>Pause all folders</source>
        <translation>暂停所有文件夹</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="662"/>
        <source>Unpause all synchronization</source>
        <translation>解除暂停所有同步</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="664"/>
        <source>Unpause synchronization</source>
        <translation>解除暂停同步</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="672"/>
        <source>Pause all synchronization</source>
        <translation>暂停所有同步</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="674"/>
        <source>Pause synchronization</source>
        <translation>暂停同步</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="681"/>
        <source>Log out of all accounts</source>
        <translation>注销所有账户</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="689"/>
        <source>Log in to all accounts...</source>
        <translation>登录所有账户</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="772"/>
        <source>New account...</source>
        <translation>新账号……</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="781"/>
        <source>About %1</source>
        <translation>关于%1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="814"/>
        <source>No items synced recently</source>
        <translation>近期没有项目被同步</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="836"/>
        <source>Checking for changes in remote &apos;%1&apos;</source>
        <translation>检查远端文件  &apos;%1&apos; 的变动</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="839"/>
        <source>Checking for changes in local &apos;%1&apos;</source>
        <translation>检查本地文件  &apos;%1&apos; 的变动</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="854"/>
        <source>Syncing %1 of %2  (%3 left)</source>
        <translation>同步 %2 中的 %1 (剩余 %3)</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="859"/>
        <source>Syncing %1 of %2</source>
        <translation>正在同步 %1，共 %2</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="868"/>
        <source>Syncing %1 (%2 left)</source>
        <translation>同步 %1 (剩余 %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="871"/>
        <source>Syncing %1</source>
        <translation>正在同步 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="888"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
</context>
<context>
    <name>OwncloudAdvancedSetupPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="14"/>
        <source>Form</source>
        <translation>窗体</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="108"/>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="207"/>
        <source>TextLabel</source>
        <translation>文本标签</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="59"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="469"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;If this box is checked, existing content in the local folder will be erased to start a clean sync from the server.&lt;/p&gt;&lt;p&gt;Do not check this if the local content should be uploaded to the servers folder.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;当该选项被勾选，当前目录的内容将被删除，并开始同步服务器内容。&lt;/p&gt;&lt;p&gt;如果本地内容要被上传到服务器，不要勾选该选项。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="165"/>
        <source>Ask for confirmation before synchroni&amp;zing folders larger than</source>
        <translation>询问确认，若同步 (^z) 文件夹大于</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="98"/>
        <source>S&amp;ynchronize everything from server</source>
        <translation>同步服务器的所有内容 (&amp;y)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="182"/>
        <source>MB</source>
        <extracomment>Trailing part of &quot;Ask confirmation before syncing folder larger than&quot; </extracomment>
        <translation>MB</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="191"/>
        <source>Ask for confirmation before synchronizing e&amp;xternal storages</source>
        <translation>在同步外部存储时，询问确认 (&amp;x)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="200"/>
        <source>Choose what to sync</source>
        <translation>选择同步内容</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="245"/>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="248"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When this option is selected, the wizard will close without synchronizing anything. You can use the &amp;quot;Add Folder Sync Connection&amp;quot; button from the account settings to choose which pair of local and remote folder you wish to synchronize&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;选择此选项后，向导将关闭而不同步任何内容。您可以使用“添加文件夹同步连接”按钮，选择要同步的本地文件夹和远程文件夹&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="251"/>
        <source>Manually create folder sync connections </source>
        <translation>手动创建文件夹同步连接</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="369"/>
        <source>&amp;Local Folder</source>
        <translation>本地文件夹 (&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="410"/>
        <source>pbSelectLocalFolder</source>
        <translation>pbSelectLocalFolder</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="459"/>
        <source>&amp;Keep local data</source>
        <translation>保留本地数据 (&amp;K)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="472"/>
        <source>Start a &amp;clean sync (Create a backup and erases the local folder!)</source>
        <translation>开始并清理同步（创建备份并删除本地文件夹！）</translation>
    </message>
</context>
<context>
    <name>OwncloudHttpCredsPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudhttpcredspage.ui" line="14"/>
        <source>Form</source>
        <translation>窗体</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudhttpcredspage.ui" line="38"/>
        <source>&amp;Username</source>
        <translation>用户名 (&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudhttpcredspage.ui" line="48"/>
        <source>&amp;Password</source>
        <translation>密码 (&amp;P)</translation>
    </message>
</context>
<context>
    <name>OwncloudOAuthCredsPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudoauthcredspage.ui" line="14"/>
        <source>Form</source>
        <translation>窗体</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudoauthcredspage.ui" line="36"/>
        <source>Please switch to your browser to proceed.</source>
        <translation>请切换到你的浏览器以便继续操作.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudoauthcredspage.ui" line="46"/>
        <source>An error occurred while connecting. Please try again.</source>
        <translation>连接中发生错误.请再次尝试.</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudoauthcredspage.ui" line="56"/>
        <source>Re-open Browser</source>
        <translation>重新打开浏览器</translation>
    </message>
</context>
<context>
    <name>OwncloudSetupPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.ui" line="14"/>
        <source>Form</source>
        <translation>窗体</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.ui" line="58"/>
        <source>Ser&amp;ver Address</source>
        <translation>服务器地址 (&amp;v)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.ui" line="74"/>
        <source>https://...</source>
        <translation>https://...</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.ui" line="156"/>
        <source>Error Label</source>
        <translation>错误标签</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/common/utility.cpp" line="458"/>
        <source>in the future</source>
        <translation>将来</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="454"/>
        <source>%n day(s) ago</source>
        <translation><numerusform>%n 天前</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="462"/>
        <source>%n hour(s) ago</source>
        <translation><numerusform>%n 小时前</numerusform></translation>
    </message>
    <message>
        <location filename="../src/common/utility.cpp" line="467"/>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../src/common/utility.cpp" line="469"/>
        <source>Less than a minute ago</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="472"/>
        <source>%n minute(s) ago</source>
        <translation><numerusform>%n 分钟前</numerusform></translation>
    </message>
    <message>
        <location filename="../src/common/utility.cpp" line="475"/>
        <source>Some time ago</source>
        <translation>之前</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncresult.cpp" line="137"/>
        <source>%1: %2</source>
        <extracomment>this displays an error string (%2) for a file %1</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SyncFileItem::Status</name>
    <message>
        <location filename="../src/libsync/syncfileitem.cpp" line="83"/>
        <source>Undefined</source>
        <translation>不明确的</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncfileitem.cpp" line="85"/>
        <source>Fatal Error</source>
        <translation>致命错误</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncfileitem.cpp" line="87"/>
        <location filename="../src/libsync/syncfileitem.cpp" line="99"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncfileitem.cpp" line="89"/>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncfileitem.cpp" line="91"/>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncfileitem.cpp" line="93"/>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncfileitem.cpp" line="95"/>
        <source>File Ignored</source>
        <translation>文件被忽略</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncfileitem.cpp" line="97"/>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncfileitem.cpp" line="101"/>
        <source>Blacklisted</source>
        <translation>列入黑名单</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncfileitem.cpp" line="103"/>
        <source>Excluded</source>
        <translation>排除</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncfileitem.cpp" line="105"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>Utility</name>
    <message>
        <location filename="../src/common/utility.cpp" line="133"/>
        <source>%L1 GB</source>
        <translation>%L1 GB</translation>
    </message>
    <message>
        <location filename="../src/common/utility.cpp" line="137"/>
        <source>%L1 MB</source>
        <translation>%L1 MB</translation>
    </message>
    <message>
        <location filename="../src/common/utility.cpp" line="141"/>
        <source>%L1 KB</source>
        <translation>%L1 KB</translation>
    </message>
    <message>
        <location filename="../src/common/utility.cpp" line="144"/>
        <source>%L1 B</source>
        <translation>%L1 B</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="324"/>
        <source>%n year(s)</source>
        <translation><numerusform>%n 年</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="325"/>
        <source>%n month(s)</source>
        <translation><numerusform>%n 月</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="326"/>
        <source>%n day(s)</source>
        <translation><numerusform>%n 天</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="327"/>
        <source>%n hour(s)</source>
        <translation><numerusform>%n 小时</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="328"/>
        <source>%n minute(s)</source>
        <translation><numerusform>%n 分</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="329"/>
        <source>%n second(s)</source>
        <translation><numerusform>%n 秒</numerusform></translation>
    </message>
    <message>
        <location filename="../src/common/utility.cpp" line="353"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="92"/>
        <source>Shutting down %1</source>
        <translation>正在关闭 %1</translation>
    </message>
</context>
<context>
    <name>main.cpp</name>
    <message>
        <location filename="../src/gui/main.cpp" line="39"/>
        <source>System Tray not available</source>
        <translation>系统托盘不可用</translation>
    </message>
    <message>
        <location filename="../src/gui/main.cpp" line="40"/>
        <source>%1 requires on a working system tray. If you are running XFCE, please follow &lt;a href=&quot;http://docs.xfce.org/xfce/xfce4-panel/systray&quot;&gt;these instructions&lt;/a&gt;. Otherwise, please install a system tray application such as &apos;trayer&apos; and try again.</source>
        <translation>%1 依赖于系统托盘程序。如果你在运行 XFCE，请按 &lt;a href=&quot;http://docs.xfce.org/xfce/xfce4-panel/systray&quot;&gt;这个指南（英文）&lt;/a&gt; 来设置。否则，请安装一个系统托盘程序，比如 trayer，然后再试。</translation>
    </message>
</context>
<context>
    <name>ownCloudTheme::aboutVersions()</name>
    <message>
        <location filename="../src/libsync/theme.cpp" line="437"/>
        <source>%1 %2 %3%8%9Libraries Qt %4, %5%8Using virtual files plugin: %6%8%7</source>
        <translation>%1 %2 %3%8%9 库 Qt %4，%5%8 使用虚拟文件插件：%6%8%7</translation>
    </message>
</context>
<context>
    <name>ownCloudTheme::qtVer</name>
    <message>
        <location filename="../src/libsync/theme.cpp" line="427"/>
        <source>%1 (Built against Qt %1)</source>
        <translation>%1（针对 Qt %1 构建）</translation>
    </message>
</context>
<context>
    <name>ownCloudTheme::versionWithSha</name>
    <message>
        <location filename="../src/libsync/theme.cpp" line="432"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
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
        <translation>替换为虚拟文件</translation>
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
        <translation>服务器版本已下载，复制并更改本地冲突文件</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="45"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="48"/>
        <source>%1 moved to %2</source>
        <translation>%1 移至 %2</translation>
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
        <location filename="../src/libsync/progressdispatcher.cpp" line="83"/>
        <location filename="../src/libsync/progressdispatcher.cpp" line="85"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="87"/>
        <source>updating local metadata</source>
        <translation>正在更新本地元数据</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <location filename="../src/libsync/theme.cpp" line="101"/>
        <source>Status undefined</source>
        <translation>状态未定义</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="104"/>
        <source>Waiting to start sync</source>
        <translation>等待同步启动</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="107"/>
        <source>Sync is running</source>
        <translation>同步运行中</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="110"/>
        <source>Sync Success</source>
        <translation>同步成功</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="113"/>
        <source>Sync Success, some files were ignored.</source>
        <translation>同步成功，部分文件被忽略。</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="116"/>
        <source>Sync Error</source>
        <translation>同步错误</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="119"/>
        <source>Setup Error</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="122"/>
        <source>Preparing to sync</source>
        <translation>正在准备同步</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="125"/>
        <source>Aborting...</source>
        <translation>正在撤销...</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="128"/>
        <source>Sync is paused</source>
        <translation>同步被暂停</translation>
    </message>
</context>
<context>
    <name>utility</name>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="137"/>
        <source>Could not open browser</source>
        <translation>不能打开浏览器</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="138"/>
        <source>There was an error when launching the browser to go to URL %1. Maybe no default browser is configured?</source>
        <translation>打开链接 %1 时发生错误，是不是默认浏览器没有配置？</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="161"/>
        <source>Could not open email client</source>
        <translation>无法打开邮件客户端</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="162"/>
        <source>There was an error when launching the email client to create a new message. Maybe no default email client is configured?</source>
        <translation>启动email客户端并创建新消息时发生错误。是不是没有设定默认的email客户端？</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="177"/>
        <source>Always available locally</source>
        <translation>始终在本地可用</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="181"/>
        <source>Some available online only</source>
        <translation>仅在线提供某些</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="183"/>
        <location filename="../src/gui/guiutility.cpp" line="185"/>
        <source>Available online only</source>
        <translation>仅在线提供</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="179"/>
        <source>Currently available locally</source>
        <translation>目前本地可用</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="192"/>
        <source>Make always available locally</source>
        <translation>始终本地可用</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="197"/>
        <source>Free up local space</source>
        <translation>释放本地空间</translation>
    </message>
</context>
</TS>