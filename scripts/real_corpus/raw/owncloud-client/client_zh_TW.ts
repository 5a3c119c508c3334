<?xml version="1.0" ?><!DOCTYPE TS><TS version="2.1" language="zh_TW">
<context>
    <name>CommonStrings</name>
    <message>
        <location filename="../src/gui/commonstrings.cpp" line="27"/>
        <source>file manager</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/commonstrings.cpp" line="33"/>
        <source>Show in %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/commonstrings.cpp" line="38"/>
        <source>Show in web browser</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/commonstrings.cpp" line="43"/>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/commonstrings.cpp" line="48"/>
        <source>%n Filter(s)</source>
        <translation type="unfinished"><numerusform></numerusform></translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.ui" line="29"/>
        <source>Tomahawk Crash Reporter</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.ui" line="104"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;br/&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.ui" line="213"/>
        <source>Abort</source>
        <translation>中斷</translation>
    </message>
    <message>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.ui" line="257"/>
        <source>Send this report</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.ui" line="264"/>
        <source>Don&apos;t send</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.ui" line="284"/>
        <source>You can disable sending crash reports in the configuration dialog.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.cpp" line="112"/>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.cpp" line="119"/>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.cpp" line="155"/>
        <source>We cannot gather useful debug information on your system.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.cpp" line="113"/>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.cpp" line="120"/>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.cpp" line="156"/>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.cpp" line="287"/>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.cpp" line="308"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.cpp" line="148"/>
        <source>Ready to send debug information (&lt;a href=&quot;%1&quot;&gt;view backtrace&lt;/a&gt;).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.cpp" line="164"/>
        <source>Gathering debug information...</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.cpp" line="273"/>
        <source>Uploaded %L1 of %L2 KB.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.cpp" line="300"/>
        <source>Sent! &lt;b&gt;Many thanks&lt;/b&gt;. Please refer to crash &lt;a href=&quot;clipboard://%1&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/a&gt; (click to copy) in bug reports.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/3rdparty/libcrashreporter-qt/src/libcrashreporter-gui/CrashReporter.cpp" line="309"/>
        <source>Failed to send crash info.</source>
        <translation type="unfinished"/>
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
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/common/filesystembase.cpp" line="398"/>
        <source>Could not make directories in trash</source>
        <translation>無法將資料夾放入垃圾箱</translation>
    </message>
    <message>
        <location filename="../src/common/filesystembase.cpp" line="412"/>
        <location filename="../src/common/filesystembase.cpp" line="418"/>
        <source>Could not move &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>無法將&apos;％1&apos;移動&apos;％2&apos;</translation>
    </message>
    <message>
        <location filename="../src/common/filesystembase.cpp" line="452"/>
        <source>Moving to the trash is not implemented on this platform</source>
        <translation>此平台上未實現移至回收站</translation>
    </message>
    <message>
        <location filename="../src/libsync/filesystem.cpp" line="175"/>
        <source>Could not remove folder</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>FolderWizardSourcePage</name>
    <message>
        <location filename="../src/gui/folderwizardsourcepage.ui" line="14"/>
        <source>Form</source>
        <translation>表單</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizardsourcepage.ui" line="20"/>
        <source>Pick a local folder on your computer to sync</source>
        <translation>在您的電腦中選擇一個本地資料夾用來同步</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizardsourcepage.ui" line="29"/>
        <source>&amp;Choose...</source>
        <translation>選擇 (&amp;C)...</translation>
    </message>
</context>
<context>
    <name>FolderWizardTargetPage</name>
    <message>
        <location filename="../src/gui/folderwizardtargetpage.ui" line="14"/>
        <source>Form</source>
        <translation>表單</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizardtargetpage.ui" line="20"/>
        <source>Select a remote destination folder</source>
        <translation>選擇一個遠端的目標資料夾</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizardtargetpage.ui" line="49"/>
        <source>Create Folder</source>
        <translation>建立資料夾</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizardtargetpage.ui" line="56"/>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizardtargetpage.ui" line="39"/>
        <source>Folders</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizardtargetpage.ui" line="169"/>
        <source>TextLabel</source>
        <translation>文字標籤</translation>
    </message>
</context>
<context>
    <name>NotificationWidget</name>
    <message>
        <location filename="../src/gui/notificationwidget.ui" line="20"/>
        <source>Form</source>
        <translation>表單</translation>
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
        <translation>文字標籤</translation>
    </message>
</context>
<context>
    <name>OCC::AboutDialog</name>
    <message>
        <location filename="../src/gui/aboutdialog.ui" line="24"/>
        <source>About</source>
        <translation>關於</translation>
    </message>
    <message>
        <location filename="../src/gui/aboutdialog.ui" line="88"/>
        <source>TextLabel</source>
        <translation>文字標籤</translation>
    </message>
    <message>
        <location filename="../src/gui/aboutdialog.ui" line="96"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../src/gui/aboutdialog.cpp" line="28"/>
        <source>About %1</source>
        <translation>關於 %1</translation>
    </message>
</context>
<context>
    <name>OCC::AbstractNetworkJob</name>
    <message>
        <location filename="../src/libsync/abstractnetworkjob.cpp" line="298"/>
        <source>Connection timed out</source>
        <translation>連線逾時</translation>
    </message>
    <message>
        <location filename="../src/libsync/abstractnetworkjob.cpp" line="300"/>
        <source>Unknown error: network reply was deleted</source>
        <translation>未知錯誤：網絡回覆已刪除</translation>
    </message>
    <message>
        <location filename="../src/libsync/abstractnetworkjob.cpp" line="422"/>
        <source>Server replied &quot;%1 %2&quot; to &quot;%3 %4&quot;</source>
        <translation>伺服器回覆 &quot;%1 %2&quot; 到 &quot;%3 %4&quot;</translation>
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
        <translation>表單</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="58"/>
        <source>Re-open Browser</source>
        <translation>重新開啟瀏覽器</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="65"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="86"/>
        <source>Storage space: ...</source>
        <translation>儲存空間容量: ...</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="159"/>
        <source>Unchecked folders will be &lt;b&gt;removed&lt;/b&gt; from your local file system and will not be synchronized to this computer anymore</source>
        <translation>未標示的資料夾將會從這台電腦被 &lt;b&gt;刪除&lt;/b&gt; 而且不會再被同步到這台電腦 </translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="205"/>
        <source>Synchronize all</source>
        <translation>全部同步</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="212"/>
        <source>Synchronize none</source>
        <translation>全部不同步</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="219"/>
        <source>Apply manual changes</source>
        <translation>套用手動改變</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="282"/>
        <source>Apply</source>
        <translation>套用</translation>
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
        <translation>以 &lt;user&gt; 的身分連接 &lt;server&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="182"/>
        <source>No account configured.</source>
        <translation>沒有設置帳號。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="205"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="209"/>
        <source>Account</source>
        <translation>帳號</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="335"/>
        <source>Choose what to sync</source>
        <translation>選擇要同步的項目</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="341"/>
        <source>Force sync now</source>
        <translation>強制同步</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="343"/>
        <source>Restart sync</source>
        <translation>重新啟動同步</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="253"/>
        <source>Remove folder sync connection</source>
        <translation>移除資料夾同步連線</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="356"/>
        <source>Disable virtual file support...</source>
        <translation>停用虛擬檔案支持...</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="453"/>
        <source>Folder creation failed</source>
        <translation>資料夾建立失敗</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="454"/>
        <source>&lt;p&gt;Could not create local folder &lt;i&gt;%1&lt;/i&gt;.</source>
        <translation>&lt;p&gt;無法建立本地資料夾 &lt;i&gt;%1&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="508"/>
        <source>Confirm Folder Sync Connection Removal</source>
        <translation>確認移除資料夾同步連線</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="516"/>
        <source>Remove Folder Sync Connection</source>
        <translation>移除資料夾同步連線</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="599"/>
        <source>Disable virtual file support?</source>
        <translation>停用虛擬檔案支持？</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="600"/>
        <source>This action will disable virtual file support. As a consequence contents of folders that are currently marked as 'available online only' will be downloaded.

The only advantage of disabling virtual file support is that the selective sync feature will become available again.

This action will abort any currently running synchronization.</source>
        <translation>此操作將停用虛擬檔案支持。 結果，將下載當前標記為“僅在線可用的”的目錄的內容。

禁用虛擬檔案支持的唯一好處是選擇性同步功能將再次可用的。

此操作將中止任何當前正在運行的同步。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="607"/>
        <source>Disable support</source>
        <translation>停用支持</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="691"/>
        <source>Sync Running</source>
        <translation>正在同步中</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="692"/>
        <source>The syncing operation is running.&lt;br/&gt;Do you want to terminate it?</source>
        <translation>正在同步中&lt;br/&gt;你真的想要中斷？</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="789"/>
        <source>%1 in use</source>
        <translation>%1 正在使用</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="816"/>
        <source>%1 as &lt;i&gt;%2&lt;/i&gt;</source>
        <translation>%1 如 &lt;i&gt;%2&lt;i&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="825"/>
        <source>Connected to %1.</source>
        <translation>已連線到 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="830"/>
        <source>Server %1 is temporarily unavailable.</source>
        <translation>伺服器 ％1 暫時無法使用。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="833"/>
        <source>Server %1 is currently in maintenance mode.</source>
        <translation>伺服器 %1 現正處於維護模式</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="836"/>
        <source>Signed out from %1.</source>
        <translation>從 %1 登出</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="846"/>
        <source>Connecting to %1...</source>
        <translation>正在連接到 ％1 ...</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="851"/>
        <source>No connection to %1 at %2.</source>
        <translation>沒有從 %2 連線到 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="890"/>
        <source>Log in</source>
        <translation>登入</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="985"/>
        <source>There are folders that were not synchronized because they are too big: </source>
        <translation>有部份的資料夾因為容量太大沒有辦法同步:</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="987"/>
        <source>There are folders that were not synchronized because they are external storages: </source>
        <translation>有部分資料夾因為是外部存儲沒有辦法同步: </translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="988"/>
        <source>There are folders that were not synchronized because they are too big or external storages: </source>
        <translation>有部分資料夾因為容量太大或是外部存儲沒有辦法同步: </translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1021"/>
        <source>Confirm Account Removal</source>
        <translation>確認移除帳號</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1022"/>
        <source>&lt;p&gt;Do you really want to remove the connection to the account &lt;i&gt;%1&lt;/i&gt;?&lt;/p&gt;&lt;p&gt;&lt;b&gt;Note:&lt;/b&gt; This will &lt;b&gt;not&lt;/b&gt; delete any files.&lt;/p&gt;</source>
        <translation>&lt;p&gt;您確定要中斷此帳號 &lt;i&gt;%1&lt;/i&gt; 的連線?&lt;/p&gt;&lt;p&gt;&lt;b&gt;注意:&lt;/b&gt;此操作 &lt;b&gt;不會&lt;/b&gt; 刪除任何的檔案。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1027"/>
        <source>Remove connection</source>
        <translation>移除連線</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="201"/>
        <location filename="../src/gui/accountsettings.cpp" line="892"/>
        <source>Log out</source>
        <translation>登出</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="349"/>
        <source>Resume sync</source>
        <translation>繼續同步</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="349"/>
        <source>Pause sync</source>
        <translation>暫停同步</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="363"/>
        <source>Enable virtual file support%1...</source>
        <translation>啟用虛擬檔案支持%1...</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="363"/>
        <source> (experimental)</source>
        <translation>(實驗性的)</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="509"/>
        <source>&lt;p&gt;Do you really want to stop syncing the folder &lt;i&gt;%1&lt;/i&gt;?&lt;/p&gt;&lt;p&gt;&lt;b&gt;Note:&lt;/b&gt; This will &lt;b&gt;not&lt;/b&gt; delete any files.&lt;/p&gt;</source>
        <translation>&lt;p&gt;您確定要停止同步資料夾 &lt;i&gt;%1&lt;/i&gt;?&lt;/p&gt;&lt;p&gt;&lt;b&gt;注意:&lt;/b&gt; 此操作 &lt;b&gt;不會&lt;/b&gt; 刪除任何檔案&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="776"/>
        <source>%1 (%3%) of %2 in use. Some folders, including network mounted or shared folders, might have different limits.</source>
        <translation>%1 (%3%) 中的 %2 正在使用， 有些資料夾，包括網路掛載或分享資料夾，可能有不同的限制。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="777"/>
        <source>%1 of %2 in use</source>
        <translation>已使用 %2 中的 %1%</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="786"/>
        <source>Currently there is no storage usage information available.</source>
        <translation>目前無法查詢儲存空間使用資訊。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="823"/>
        <source>The server version %1 is unsupported! Proceed at your own risk.</source>
        <translation>不支持伺服器版本％1！繼續需要您自擔風險。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="843"/>
        <source>Obtaining authorization from the browser.</source>
        <translation>從瀏覽器獲取授權。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="856"/>
        <source>Server configuration error: %1 at %2.</source>
        <translation>伺服器配置錯誤：％1，位於％2。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="867"/>
        <source>No %1 connection configured.</source>
        <translation>沒有 %1 連線設置。</translation>
    </message>
</context>
<context>
    <name>OCC::AccountState</name>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="73"/>
        <source>Url update requested for %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="74"/>
        <source>The url for %1 changed from %2 to %3, do you want to accept the changed url?</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="77"/>
        <source>Change url permanently to %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="78"/>
        <source>Reject</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="216"/>
        <source>Signed out</source>
        <translation>已登出</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="218"/>
        <source>Disconnected</source>
        <translation>已經離線</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="220"/>
        <source>Connected</source>
        <translation>已連線</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="222"/>
        <source>Service unavailable</source>
        <translation>服務無法使用</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="224"/>
        <source>Maintenance mode</source>
        <translation>維護模式</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="226"/>
        <source>Network error</source>
        <translation>網路異常</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="228"/>
        <source>Configuration error</source>
        <translation>設定錯誤</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="230"/>
        <source>Asking Credentials</source>
        <translation>詢問憑證</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="232"/>
        <source>Unknown account state</source>
        <translation>未知的帳號狀態</translation>
    </message>
</context>
<context>
    <name>OCC::ActivityListModel</name>
    <message>
        <location filename="../src/gui/models/activitylistmodel.cpp" line="88"/>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 上 %3</translation>
    </message>
    <message>
        <location filename="../src/gui/models/activitylistmodel.cpp" line="114"/>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../src/gui/models/activitylistmodel.cpp" line="116"/>
        <source>Account</source>
        <translation>帳號</translation>
    </message>
    <message>
        <location filename="../src/gui/models/activitylistmodel.cpp" line="118"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../src/gui/models/activitylistmodel.cpp" line="120"/>
        <source>Local path</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>OCC::ActivitySettings</name>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="489"/>
        <location filename="../src/gui/activitywidget.cpp" line="533"/>
        <source>Server Activity</source>
        <translation>伺服器活動</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="495"/>
        <source>Sync Protocol</source>
        <translation>同步協定</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="541"/>
        <source>Not Synced</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="544"/>
        <source>Not Synced (%1)</source>
        <extracomment>%1 is the number of not synced files.</extracomment>
        <translation>未同步(%1)</translation>
    </message>
</context>
<context>
    <name>OCC::ActivityWidget</name>
    <message>
        <location filename="../src/gui/activitywidget.ui" line="14"/>
        <source>Form</source>
        <translation>表單</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.ui" line="26"/>
        <location filename="../src/gui/activitywidget.ui" line="73"/>
        <location filename="../src/gui/activitywidget.ui" line="142"/>
        <source>TextLabel</source>
        <translation>文字標籤</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.ui" line="96"/>
        <source>Filter</source>
        <translation>篩選器</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="105"/>
        <location filename="../src/gui/activitywidget.cpp" line="111"/>
        <source>Account</source>
        <translation>帳號</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="153"/>
        <source>Server Activities</source>
        <translation>伺服器活動</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="157"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/activitywidget.cpp" line="300"/>
        <source>%n notifications(s) for %1.</source>
        <translation><numerusform>％1的(s)％n個通知。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/activitywidget.cpp" line="306"/>
        <source>%n notifications(s) for %1 and %2.</source>
        <translation><numerusform>％n和％1的％2個通知(s)。</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="308"/>
        <source>New notifications for %1, %2 and other accounts.</source>
        <translation>新％1，％2和其他帳戶的通知。</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="311"/>
        <source>Open the activity view for details.</source>
        <translation>開啟活動查看詳細信息。</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="162"/>
        <source>&lt;br/&gt;Account %1 does not have activities enabled.</source>
        <translation>&lt;br/&gt; 帳號 %1 尚未啟用紀錄行為功能</translation>
    </message>
</context>
<context>
    <name>OCC::Application</name>
    <message>
        <location filename="../src/gui/application.cpp" line="174"/>
        <source>Continuing will mean &lt;b&gt;deleting these settings&lt;/b&gt;.</source>
        <translation>繼續意味著&lt;b&gt;刪除這些設定&lt;/b&gt;。</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="176"/>
        <source>Continuing will mean &lt;b&gt;ignoring these settings&lt;/b&gt;.</source>
        <translation>繼續意味著 &lt;b&gt;忽略這些設定&lt;/b&gt;。</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="182"/>
        <source>Some settings were configured in newer versions of this client and use features that are not available in this version.&lt;br&gt;&lt;br&gt;%1&lt;br&gt;&lt;br&gt;The current configuration file was already backed up to &lt;i&gt;%2&lt;/i&gt;.</source>
        <translation>一些設定是在此客戶端的較新版本中配置的，並且使用了此版本中不可用的功能。&lt;br&gt;&lt;br&gt;%1&lt;br&gt;&lt;br&gt;當前配置檔案已經備份到&lt;i&gt;%2&lt;/i&gt;。</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="189"/>
        <source>Quit</source>
        <translation>離開</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="190"/>
        <source>Continue</source>
        <translation>繼續</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="311"/>
        <source>Error accessing the configuration file</source>
        <translation>存取配置文件時錯誤</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="312"/>
        <source>There was an error while accessing the configuration file at %1.</source>
        <translation>訪問％1處的配置檔案時錯誤。</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="315"/>
        <source>Quit %1</source>
        <translation>離開 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="580"/>
        <source>%1 version %2<byte value="xd"/>
File synchronization desktop utility.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="585"/>
        <source>For more information, see %1</source>
        <comment>link to homepage</comment>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="599"/>
        <source>Show the settings dialog while starting.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="600"/>
        <source>Quit the running instance.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="601"/>
        <source>Write log to file (use - to write to stdout).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="602"/>
        <source>Write each sync log output in a new file in folder.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="603"/>
        <source>Remove logs older than &lt;hours&gt; hours (to be used with --logdir).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="604"/>
        <source>Flush the log file after every write.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="605"/>
        <source>Output debug-level messages in the log.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="606"/>
        <location filename="../src/gui/application.cpp" line="607"/>
        <source>Override UI language.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="608"/>
        <source>Use the given configuration folder.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="609"/>
        <source>Enable debug mode.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="612"/>
        <source>Virtual file system file to be opened (optional).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="612"/>
        <source>[&lt;vfs file&gt;]</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="641"/>
        <source>Invalid path passed to --confdir</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="654"/>
        <source>Error: unknown language &quot;%1&quot; (use --list-languages to get a complete list of supported translations)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="663"/>
        <source>Available translations: %1</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>OCC::AuthenticationDialog</name>
    <message>
        <location filename="../src/gui/authenticationdialog.cpp" line="30"/>
        <source>Authentication Required</source>
        <translation>必須驗證</translation>
    </message>
    <message>
        <location filename="../src/gui/authenticationdialog.cpp" line="32"/>
        <source>Enter username and password for &apos;%1&apos; at %2.</source>
        <translation>輸入 &apos;%1&apos; 在 %2 使用者名稱 和 密碼</translation>
    </message>
    <message>
        <location filename="../src/gui/authenticationdialog.cpp" line="37"/>
        <source>&amp;User:</source>
        <translation>使用者 (&amp;U):</translation>
    </message>
    <message>
        <location filename="../src/gui/authenticationdialog.cpp" line="38"/>
        <source>&amp;Password:</source>
        <translation>密碼 (&amp;P):</translation>
    </message>
</context>
<context>
    <name>OCC::ConnectionValidator</name>
    <message>
        <location filename="../src/gui/connectionvalidator.cpp" line="56"/>
        <source>No ownCloud account configured</source>
        <translation>沒有設置 ownCloud 帳號</translation>
    </message>
    <message>
        <location filename="../src/gui/connectionvalidator.cpp" line="265"/>
        <source>The configured server for this client is too old</source>
        <translation>設置的伺服器對這個客戶端來說太舊了</translation>
    </message>
    <message>
        <location filename="../src/gui/connectionvalidator.cpp" line="266"/>
        <source>Please update to the latest server and restart the client.</source>
        <translation>請將伺服器端更新到最新版並重新啟動客戶端</translation>
    </message>
    <message>
        <location filename="../src/gui/connectionvalidator.cpp" line="157"/>
        <source>Authentication error: Either username or password are wrong.</source>
        <translation>驗證錯誤︰使用者名稱或是密碼錯誤</translation>
    </message>
    <message>
        <location filename="../src/gui/connectionvalidator.cpp" line="102"/>
        <source>timeout</source>
        <translation>逾時</translation>
    </message>
    <message>
        <location filename="../src/gui/connectionvalidator.cpp" line="198"/>
        <source>The provided credentials are not correct</source>
        <translation>提供的憑證不正確</translation>
    </message>
</context>
<context>
    <name>OCC::CredentialJob</name>
    <message>
        <location filename="../src/libsync/creds/credentialmanager.cpp" line="204"/>
        <source>Failed to parse credentials %1</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>OCC::DiscoverySingleDirectoryJob</name>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="481"/>
        <location filename="../src/libsync/discoveryphase.cpp" line="502"/>
        <source>Server error: PROPFIND reply is not XML formatted!</source>
        <translation>伺服器錯誤：PROPFIND回覆格式為XML！</translation>
    </message>
</context>
<context>
    <name>OCC::DiscoverySingleLocalDirectoryJob</name>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="264"/>
        <source>Error while opening directory %1</source>
        <translation>打開資料夾％1時錯誤</translation>
    </message>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="266"/>
        <source>Directory not accessible on client, permission denied</source>
        <translation>無法在客戶端上訪問資料夾，權限被拒絕</translation>
    </message>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="270"/>
        <source>Directory not found: %1</source>
        <translation>未找到資料夾: %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="301"/>
        <source>Filename encoding is not valid</source>
        <translation>檔案名稱編碼是無效的</translation>
    </message>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="320"/>
        <source>Error while reading directory %1</source>
        <translation>讀取資料夾％1時錯誤</translation>
    </message>
</context>
<context>
    <name>OCC::ExpandingHeaderView</name>
    <message>
        <location filename="../src/gui/models/expandingheaderview.cpp" line="78"/>
        <source>Reset column sizes</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>OCC::Folder</name>
    <message>
        <location filename="../src/gui/folder.cpp" line="205"/>
        <source>Local folder %1 does not exist.</source>
        <translation>本地資料夾 %1 不存在</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="207"/>
        <source>%1 should be a folder but is not.</source>
        <translation>資料夾不存在, %1 必須是資料夾</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="209"/>
        <source>%1 is not readable.</source>
        <translation>%1 是不可讀的</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="476"/>
        <source>%1 has been removed.</source>
        <comment>%1 names a file.</comment>
        <translation>%1 已被移除。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="490"/>
        <source>%1 has been updated.</source>
        <comment>%1 names a file.</comment>
        <translation>%1 已被更新。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="497"/>
        <source>%1 has been renamed to %2.</source>
        <comment>%1 and %2 name files.</comment>
        <translation>%1 已被重新命名為 %2。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="504"/>
        <source>%1 has been moved to %2.</source>
        <translation>%1 已被搬移至 %2。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="474"/>
        <source>%1 and %n other file(s) have been removed.</source>
        <translation><numerusform>%1 跟 %n 其他檔案已經被刪除</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="200"/>
        <source>%1 failed to open the database.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="211"/>
        <source>%1 is not writable.</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="481"/>
        <source>%1 and %n other file(s) have been added.</source>
        <translation><numerusform>已添加％1和％n其他檔案(s)。</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="483"/>
        <source>%1 has been added.</source>
        <comment>%1 names a file.</comment>
        <translation>%1 已添加。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="488"/>
        <source>%1 and %n other file(s) have been updated.</source>
        <translation><numerusform>%1 跟 %n 其他檔案已經被修改</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="495"/>
        <source>%1 has been renamed to %2 and %n other file(s) have been renamed.</source>
        <translation><numerusform>％1已重命名為％2，％n其他檔案(s)已重命名。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="502"/>
        <source>%1 has been moved to %2 and %n other file(s) have been moved.</source>
        <translation><numerusform>％1已移至％2，％n其他檔案(s)已移。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="509"/>
        <source>%1 has and %n other file(s) have sync conflicts.</source>
        <translation><numerusform>%1和其他％n個檔案(s) 存在同步衝突。</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="511"/>
        <source>%1 has a sync conflict. Please check the conflict file!</source>
        <translation>%1 有同步衝突。 請檢查衝突檔案！</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="516"/>
        <source>%1 and %n other file(s) could not be synced due to errors. See the log for details.</source>
        <translation><numerusform>由於發生錯誤，無法同步％1和％n其他檔案(s)。 有關詳細信息，請參見記錄。</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="518"/>
        <source>%1 could not be synced due to an error. See the log for details.</source>
        <translation>%1 因為錯誤無法被同步。請從紀錄檔觀看細節。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="524"/>
        <source>Sync Activity</source>
        <translation>同步活動</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="906"/>
        <source>Could not read system exclude file</source>
        <translation>無法讀取系統的排除檔案</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1152"/>
        <source>A new folder larger than %1 MB has been added: %2.
</source>
        <translation>添加了大於％1 MB的新目錄：%2.
</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1155"/>
        <source>A folder from an external storage has been added.
</source>
        <translation>已添加來自外部儲存空間的目錄。
</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1156"/>
        <source>Please go in the settings to select it if you wish to download it.</source>
        <translation>如果您要下載它，請進入設定以選擇它。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1215"/>
        <source>The folder %1 was created but was excluded from synchronization previously. Data inside it will not be synchronized.</source>
        <translation>目錄％1已創建，但先前已從同步中排除。其中的數據將不會同步。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1218"/>
        <source>The file %1 was created but was excluded from synchronization previously. It will not be synchronized.</source>
        <translation>已創建檔案％1但先前已將其排除在同步之外。它不會同步。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1229"/>
        <source>Changes in synchronized folders could not be tracked reliably.

This means that the synchronization client might not upload local changes immediately and will instead only scan for local changes and upload them occasionally (every two hours by default).

%1</source>
        <translation>無法同步跟踪同步目錄中的更改。

這意味著同步客戶端可能不會立即上傳本地端更改，而只會掃描本地端更改並偶爾上傳（默認情況下每兩個小時一次）。

％1</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1282"/>
        <source>All files in the sync folder '%1' folder were deleted on the server.
These deletes will be synchronized to your local sync folder, making such files unavailable unless you have a right to restore. 
If you decide to keep the files, they will be re-synced with the server if you have rights to do so.
If you decide to delete the files, they will be unavailable to you, unless you are the owner.</source>
        <translation>伺服器上已刪除同步目錄&apos;％1目錄中的所有文件。
這些刪除將同步到本地端同步目錄，除非您有權恢復，否則將使此類文件不可用。
如果您決定保留文件，您則有權將它們與伺服器重新同步。
如果您決定刪除文件，除非您是所有者，否則您將無法使用它們。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1287"/>
        <source>All the files in your local sync folder '%1' were deleted. These deletes will be synchronized with your server, making such files unavailable unless restored.
Are you sure you want to sync those actions with the server?
If this was an accident and you decide to keep your files, they will be re-synced from the server.</source>
        <translation>本地端同步目錄&apos;％1&apos;中的所有文件都已刪除。 這些刪除將與您的伺服器同步，除非恢復，否則此類文件將不可用。
您確定您要與伺服器同步這些操作嗎？
如果這是偶然事件，並且您決定保留文件，則將從伺服器重新同步它們。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1291"/>
        <source>Remove All Files?</source>
        <translation>移除所有檔案?</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1295"/>
        <source>Remove all files</source>
        <translation>移除所有檔案</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1296"/>
        <source>Keep files</source>
        <translation>保留檔案</translation>
    </message>
</context>
<context>
    <name>OCC::FolderMan</name>
    <message>
        <location filename="../src/gui/folderman.cpp" line="449"/>
        <source>Could not reset folder state</source>
        <translation>無法重置資料夾狀態</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="450"/>
        <source>An old sync journal &apos;%1&apos; was found, but could not be removed. Please make sure that no application is currently using it.</source>
        <translation>發現較舊的同步處理日誌&apos;%1&apos;，但無法移除。請確認沒有應用程式正在使用它。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1227"/>
        <source> (backup)</source>
        <translation>（備份）</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1232"/>
        <source> (backup %1)</source>
        <translation>(備份 %1)</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1334"/>
        <source>Undefined State.</source>
        <translation>未知狀態</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1337"/>
        <source>Waiting to start syncing.</source>
        <translation>正在等待同步開始</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1340"/>
        <source>Preparing for sync.</source>
        <translation>正在準備同步。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1343"/>
        <source>Sync is running.</source>
        <translation>同步執行中</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1348"/>
        <source>Sync was successful, unresolved conflicts.</source>
        <translation>同步成功，未解決衝突。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1350"/>
        <source>Last Sync was successful.</source>
        <translation>最後一次同步成功</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1356"/>
        <source>Setup Error.</source>
        <translation>安裝失敗</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1359"/>
        <source>User Abort.</source>
        <translation>使用者中斷。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1362"/>
        <source>Sync is paused.</source>
        <translation>同步已暫停</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1368"/>
        <source>%1 (Sync is paused)</source>
        <translation>%1 (同步暫停)</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1376"/>
        <source>No valid folder selected!</source>
        <translation>沒有選擇有效的資料夾</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1384"/>
        <source>The folder %1 is used in a folder sync connection!</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1391"/>
        <source>The selected path does not exist!</source>
        <translation>所選路徑不存在！</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1395"/>
        <source>The selected path is not a folder!</source>
        <translation>所選的路徑並非資料夾!</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1399"/>
        <source>You have no permission to write to the selected folder!</source>
        <translation>您沒有權限來寫入被選取的資料夾!</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1436"/>
        <source>There is already a sync from the server to this local folder. Please pick another local folder!</source>
        <translation>從伺服器到此本地端目錄已經存在同步。 請選擇另一個本地端目錄！</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1440"/>
        <source>The local folder %1 already contains a folder used in a folder sync connection. Please pick another one!</source>
        <translation>本地資料夾 %1 裡已經有被資料夾同步功能使用的資料夾，請選擇其他資料夾！</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1446"/>
        <source>The local folder %1 is already contained in a folder used in a folder sync connection. Please pick another one!</source>
        <translation>本地資料夾 %1 是被包含在一個已經被資料夾同步功能使用的資料夾，請選擇其他資料夾！</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1453"/>
        <source>%1 Please pick another one!</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1532"/>
        <source>Multiple accounts are sharing the folder %1.
This configuration is know to lead to dataloss and is no longer supported.
Please consider removing this folder from the account and adding it again.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>OCC::FolderStatusDelegate</name>
    <message>
        <location filename="../src/gui/folderstatusdelegate.cpp" line="46"/>
        <source>Add Folder Sync Connection</source>
        <translation>新增資料夾同步功能的連線</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusdelegate.cpp" line="293"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
</context>
<context>
    <name>OCC::FolderStatusModel</name>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="159"/>
        <source>You need to be connected to add a folder</source>
        <translation>您必須連上伺服器才能新增資料夾</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="161"/>
        <source>Click this button to add a folder to synchronize.</source>
        <translation>點擊此按鈕來新增同步資料夾</translation>
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
        <translation>從伺服器端同步資料夾清單時發生錯誤。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="242"/>
        <source>Virtual file support is enabled.</source>
        <translation>虛擬檔案支持已啟用。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="262"/>
        <source>Signed out</source>
        <translation>已登出</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="203"/>
        <source>Fetching folder list from server...</source>
        <translation>從伺服器抓取資料夾清單中...</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="229"/>
        <source>There are unresolved conflicts. Click for details.</source>
        <translation>有未解決的衝突。 點擊查看更多細節。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="915"/>
        <source>Checking for changes in remote &apos;%1&apos;</source>
        <translation>檢查遠端&apos;％1&apos;中的更改</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="918"/>
        <source>Checking for changes in local &apos;%1&apos;</source>
        <translation>檢查本地端&apos;％1&apos;中的更改</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="923"/>
        <source>Reconciling changes</source>
        <translation>協調變更</translation>
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
        <translation>同步 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="995"/>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1006"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="999"/>
        <source>download %1/s</source>
        <extracomment>Example text: &quot;download 24Kb/s&quot; (%1 is replaced by 24Kb (translated))</extracomment>
        <translation>下載 %1/s</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1001"/>
        <source>↓ %1/s</source>
        <translation>↓ %1/s</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1011"/>
        <source>↑ %1/s</source>
        <translation>↑ %1/s</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1009"/>
        <source>upload %1/s</source>
        <extracomment>Example text: &quot;upload 24Kb/s&quot; (%1 is replaced by 24Kb (translated))</extracomment>
        <translation>上傳 %1/s</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="287"/>
        <source>Local folder: %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1017"/>
        <source>%1 %2 (%3 of %4)</source>
        <extracomment>Example text: &quot;uploading foobar.png (2MB of 2MB)&quot;</extracomment>
        <translation>%1 %2 (%3 的 %4)</translation>
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
        <translation>還剩％5，％2的％1，％4檔案％3</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1046"/>
        <source>%1 of %2, file %3 of %4</source>
        <extracomment>Example text: &quot;12 MB of 345 MB, file 6 of 7&quot;</extracomment>
        <translation>%1 的 %2, 檔案 %3 的 %4</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1053"/>
        <source>file %1 of %2</source>
        <translation>檔案 %1 的 %2</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1103"/>
        <source>Waiting...</source>
        <translation>等待中...</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folderstatusmodel.cpp" line="1105"/>
        <source>Waiting for %n other folder(s)...</source>
        <translation><numerusform>正在等候 %n 的資料夾(可能不只一個)</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1111"/>
        <source>Preparing to sync...</source>
        <translation>正在準備同步...</translation>
    </message>
</context>
<context>
    <name>OCC::FolderWatcher</name>
    <message>
        <location filename="../src/gui/folderwatcher.cpp" line="116"/>
        <source>The watcher did not receive a test notification.</source>
        <translation>觀察者未收到測試通知。</translation>
    </message>
</context>
<context>
    <name>OCC::FolderWatcherPrivate</name>
    <message>
        <location filename="../src/gui/folderwatcher_linux.cpp" line="90"/>
        <source>This problem usually happens when the inotify watches are exhausted. Check the FAQ for details.</source>
        <translation>當精化手錶用盡時，通常會發生此問題。查看常見問題解答以了解詳細信息。</translation>
    </message>
</context>
<context>
    <name>OCC::FolderWizard</name>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="574"/>
        <source>Add Folder Sync Connection</source>
        <translation>新增資料夾同步功能的連線</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="576"/>
        <source>Add Sync Connection</source>
        <translation>新增同步連線</translation>
    </message>
</context>
<context>
    <name>OCC::FolderWizardLocalPath</name>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="69"/>
        <source>Click to select a local folder to sync.</source>
        <translation>請選擇要同步的本地資料夾</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="74"/>
        <source>Enter the path to the local folder.</source>
        <translation>請輸入本地資料夾的路徑</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="132"/>
        <source>Select the source folder</source>
        <translation>選擇來源資料夾</translation>
    </message>
</context>
<context>
    <name>OCC::FolderWizardRemotePath</name>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="180"/>
        <source>Create Remote Folder</source>
        <translation>建立遠端資料夾</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="181"/>
        <source>Enter the name of the new folder to be created below &apos;%1&apos;:</source>
        <translation>請輸入欲創建在 &apos;%1&apos; 底下的新資料夾名稱:</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="210"/>
        <source>Folder was successfully created on %1.</source>
        <translation>資料夾成功建立在%1</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="220"/>
        <source>Authentication failed accessing %1</source>
        <translation>存取 %1 認証失敗 </translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="222"/>
        <source>Failed to create the folder on %1. Please check manually.</source>
        <translation>在 %1 建立資料夾失敗，請手動檢查</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="240"/>
        <source>Failed to list a folder. Error: %1</source>
        <translation>取得資料夾清單失敗，錯誤: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="321"/>
        <source>Choose this to sync the entire account</source>
        <translation> 請選擇這個功能用來同步整個帳號</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="435"/>
        <source>This folder is already being synced.</source>
        <translation>這個資料夾已經被同步了。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="438"/>
        <source>This folder can&apos;t be synced. Please choose another one.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="441"/>
        <source>You are already syncing &lt;i&gt;%1&lt;/i&gt;, which is a parent folder of &lt;i&gt;%2&lt;/i&gt;.</source>
        <translation>您已經同步了 &lt;i&gt;%1&lt;/i&gt;, 這個資料夾是 &lt;i&gt;%2&lt;/i&gt; 的母資料夾。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="443"/>
        <source>You are already syncing &lt;i&gt;%1&lt;/i&gt;, which is a subfolder of &lt;i&gt;%2&lt;/i&gt;.</source>
        <translation>您已經在同步&lt;i&gt;%1&lt;/i&gt;，它是的子文件夾&lt;i&gt;%2&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>OCC::FolderWizardSelectiveSync</name>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="485"/>
        <source>Use virtual files instead of downloading content immediately%1</source>
        <translation>使用虛擬文件，而不是立即下載內容％1</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="485"/>
        <source> (experimental)</source>
        <translation>(實驗性的)</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="517"/>
        <source>Virtual files are not available for the selected folder</source>
        <translation>虛擬文件不可用的於所選目錄</translation>
    </message>
</context>
<context>
    <name>OCC::FormatWarningsWizardPage</name>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="50"/>
        <source>&lt;b&gt;Warning:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;警告:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="50"/>
        <source>&lt;b&gt;Error:&lt;/b&gt; %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="56"/>
        <source>&lt;b&gt;Error:&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="56"/>
        <source>&lt;b&gt;Warning:&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>OCC::GETFileJob</name>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="182"/>
        <source>No E-Tag received from server, check Proxy/Gateway</source>
        <translation>沒有收到來自伺服器的 E-Tag，請檢查代理伺服器或網路閘道</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="189"/>
        <source>We received a different E-Tag for resuming. Retrying next time.</source>
        <translation>在復原時收到了不同的 E-Tag，將在下一次重新嘗試取得</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="200"/>
        <source>We received an unexpected download Content-Length.</source>
        <translation>們收到了意外下載的Content-Length。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="227"/>
        <source>Server returned wrong content-range</source>
        <translation>伺服器回應錯誤的內容長度</translation>
    </message>
</context>
<context>
    <name>OCC::GETJob</name>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="336"/>
        <source>Connection Timeout</source>
        <translation>連線逾時</translation>
    </message>
</context>
<context>
    <name>OCC::GeneralSettings</name>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="14"/>
        <source>Form</source>
        <translation>表單</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="35"/>
        <source>General Settings</source>
        <translation>一般設定</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="73"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="113"/>
        <source>Sync hidden files</source>
        <translation>同步隱藏檔案</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="142"/>
        <source>Log Settings</source>
        <translation>記錄設定</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="169"/>
        <source>Advanced - Approval of folder sync (Non virtual file mode only)</source>
        <translation>高級-批准目錄同步（僅適用於非虛擬檔案模式）</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="229"/>
        <source>Network</source>
        <translation>網路</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="241"/>
        <source>Updates</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="270"/>
        <source>stable</source>
        <translation>穩定</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="275"/>
        <source>beta</source>
        <translation>資料</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="370"/>
        <source>About</source>
        <translation>關於</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="98"/>
        <source>Advanced</source>
        <translation>進階</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="41"/>
        <source>Use &amp;Monochrome Icons in the system tray</source>
        <translation>使用系統任務欄中的＆單色圖示</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="177"/>
        <source>Ask for confirmation before synchronizing folders larger than</source>
        <translation>同步大於的目錄之前要求確認</translation>
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
        <translation>在同步外部存儲之前要求確認</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="55"/>
        <source>&amp;Launch on System Startup</source>
        <translation>&amp;系統啟動時啟動</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="48"/>
        <source>Show &amp;Desktop Notifications</source>
        <translation>&amp;桌面顯示通知</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="253"/>
        <source>&amp;Update Channel</source>
        <translation>&amp;更新管道</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="135"/>
        <source>Edit &amp;Ignored Files</source>
        <translation>編輯&amp;被忽略的檔案</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="106"/>
        <source>Show sync folders in &amp;Explorer&apos;s Navigation Pane</source>
        <translation>顯示同步目錄到 &amp;資源管理器的導航窗格</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="126"/>
        <source>S&amp;how crash reporter</source>
        <translation>&amp;顯示意外回報器</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="302"/>
        <source>&amp;Restart &amp;&amp; Update</source>
        <translation>重新啟動並更新 (&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="304"/>
        <source>You cannot disable autostart because system-wide autostart is enabled.</source>
        <translation>您無法停用自動啟動，因為啟用了系統範圍的自動已啟用。</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="209"/>
        <source>Change update channel?</source>
        <translation>更改更新頻道？</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="74"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="74"/>
        <source>Language changes require a restart of this application to take effect.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="210"/>
        <source>The update channel determines which client updates will be offered for installation. The &quot;stable&quot; channel contains only upgrades that are considered reliable, while the versions in the &quot;beta&quot; channel may contain newer features and bugfixes, but have not yet been tested thoroughly.

Note that this selects only what pool upgrades are taken from, and that there are no downgrades: So going back from the beta channel to the stable channel usually cannot be done immediately and means waiting for a stable version that is newer than the currently installed beta version.</source>
        <translation>更新通道確定將提供哪些客戶端更新來進行安裝。 “穩定”通道僅包含被認為可靠的升級，而“測試版”通道中的版本可能包含較新的功能和錯誤修正，但尚未經過全面測試。

請注意，這只會選擇從中進行池升級的版本，並且不會降級：因此，通常無法立即從Beta通道返回到穩定通道，這意味著要等待比當前安裝的Beta更新的穩定版本 版。</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="223"/>
        <source>Change update channel</source>
        <translation>更改更新頻道</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="224"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="336"/>
        <source>unknown (%1)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="320"/>
        <source>(use default)</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>OCC::HttpCredentialsGui</name>
    <message>
        <location filename="../src/gui/creds/httpcredentialsgui.cpp" line="118"/>
        <source>Please enter %1 password:&lt;br&gt;&lt;br&gt;User: %2&lt;br&gt;Account: %3&lt;br&gt;</source>
        <translation>請輸入 %1 密碼&lt;br&gt;&lt;br&gt;使用者:%2&lt;br&gt;帳戶 %3&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/httpcredentialsgui.cpp" line="132"/>
        <source>Reading from keychain failed with error: &apos;%1&apos;</source>
        <translation>從授權碼讀取資料時失敗，錯誤: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/httpcredentialsgui.cpp" line="139"/>
        <source>Enter Password</source>
        <translation>輸入密碼</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/httpcredentialsgui.cpp" line="181"/>
        <source>&lt;a href=&quot;%1&quot;&gt;Click here&lt;/a&gt; to request an app password from the web interface.</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;點擊這裡&lt;/a&gt;從Web介面請求軟體密碼。</translation>
    </message>
</context>
<context>
    <name>OCC::IgnoreListEditor</name>
    <message>
        <location filename="../src/gui/ignorelisteditor.ui" line="14"/>
        <source>Ignored Files Editor</source>
        <translation>忽略的檔案編輯器</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.ui" line="20"/>
        <source>Files Ignored by Patterns</source>
        <translation>根據模式套用什麼檔案要被忽略</translation>
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
        <translation>允許刪除</translation>
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
        <translation>匹配模式的文件或目錄將不會同步。 更改將在下次同步目錄時生效。

如果允許刪除的項目阻止資料夾被刪除，則會被刪除。 這對於元數據很有用。</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.cpp" line="112"/>
        <source>Could not open file</source>
        <translation>無法開啟檔案</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.cpp" line="113"/>
        <source>Cannot write changes to &apos;%1&apos;.</source>
        <translation>%1 無法寫入變更。</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.cpp" line="135"/>
        <source>Add Ignore Pattern</source>
        <translation>增加忽略格式</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.cpp" line="136"/>
        <source>Add a new ignore pattern:</source>
        <translation>增加一個新的忽略格式:</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.cpp" line="43"/>
        <source>This entry is provided by the system at &apos;%1&apos; and cannot be modified in this view.</source>
        <translation>這個項目是由系統提供在 &apos;%1&apos; 且不能在這個頁面被修改</translation>
    </message>
</context>
<context>
    <name>OCC::IssuesWidget</name>
    <message>
        <location filename="../src/gui/issueswidget.ui" line="14"/>
        <source>Form</source>
        <translation>表單</translation>
    </message>
    <message>
        <location filename="../src/gui/issueswidget.ui" line="22"/>
        <source>List of issues</source>
        <translation>問題清單</translation>
    </message>
    <message>
        <location filename="../src/gui/issueswidget.ui" line="45"/>
        <source>Filter</source>
        <translation>篩選器</translation>
    </message>
    <message>
        <location filename="../src/gui/issueswidget.ui" line="83"/>
        <source>There were too many issues. Not all will be visible here.</source>
        <translation>問題太多了。並非在此處全部可見。</translation>
    </message>
    <message>
        <location filename="../src/gui/issueswidget.ui" line="93"/>
        <source>There were conflicts. Check the documentation on how to resolve them.</source>
        <translation>有衝突。查看有關如何解決它們的文檔。</translation>
    </message>
    <message>
        <location filename="../src/gui/issueswidget.cpp" line="174"/>
        <source>The file %1 was ignored as its name is reserved by %2</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/issueswidget.cpp" line="204"/>
        <source>Reset column sizes</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/issueswidget.cpp" line="223"/>
        <source>There were conflicts. &lt;a href=&quot;%1&quot;&gt;Check the documentation on how to resolve them.&lt;/a&gt;</source>
        <translation>有衝突&lt;a href=&quot;%1&quot;&gt;查看有關如何解決它們的文檔。&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/issueswidget.cpp" line="243"/>
        <source>Account</source>
        <translation>帳號</translation>
    </message>
</context>
<context>
    <name>OCC::LibCloudProvidersPrivate</name>
    <message>
        <location filename="../src/gui/libcloudproviders/libcloudproviders.cpp" line="137"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>OCC::LogBrowser</name>
    <message>
        <location filename="../src/gui/logbrowser.ui" line="14"/>
        <source>Log Output</source>
        <translation>記錄輸出</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.ui" line="116"/>
        <source>Enable logging to temporary folder</source>
        <translation>啟用記錄到臨時目錄</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="61"/>
        <source>Delete logs older than %1 hours</source>
        <translation>刪除記錄年長過 %1 小時</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.ui" line="53"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600; color:#ff0000;&quot;&gt;The logs contain sensitive information which you should not make publicly available&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600; color:#ff0000;&quot;&gt;&lt;html&gt;記錄包含敏感信息，您不應將這些信息公開可用的&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.ui" line="71"/>
        <source>The client can write debug logs to a temporary folder. These logs are very helpful for diagnosing problems.
Since log files can get large, the client will start a new one for each sync run and compress older ones. It is also recommended to enable deleting log files after a couple of hours to avoid consuming too much disk space.</source>
        <translation>客戶端可以將除錯記錄寫入臨時目錄。 這些記錄對於診斷問題非常有用。
由於記錄文件會變大，因此客戶端將為每次同步運行啟動一個新文件，並壓縮較舊的文件。 還建議啟用幾個小時後刪除記錄文件，以避免佔用過多的磁盤空間。</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.ui" line="84"/>
        <source>If enabled, logs will be written to:</source>
        <translation>如果已啟用，記錄將被寫入</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.ui" line="91"/>
        <source>C:/log</source>
        <translation>C:/記錄</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.ui" line="123"/>
        <source>Log Http traffic </source>
        <translation>記錄說明交通</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.ui" line="143"/>
        <source>These settings persist across client restarts.
Note that using any logging command line options will override the settings.</source>
        <translation>這些設定在客戶端重新啟動後仍然存在。
請注意，使用任何日誌記錄命令行選項都將覆蓋設定。</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.ui" line="154"/>
        <source>Open folder</source>
        <translation>開啟資料夾</translation>
    </message>
</context>
<context>
    <name>OCC::Models</name>
    <message>
        <location filename="../src/gui/models/models.cpp" line="93"/>
        <source>%1 Filter:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/models/models.cpp" line="114"/>
        <source>All</source>
        <translation>所有</translation>
    </message>
    <message>
        <location filename="../src/gui/issueswidget.cpp" line="258"/>
        <source>Reset Filters</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/issueswidget.cpp" line="349"/>
        <source>Status Filter:</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>OCC::NSISUpdater</name>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="401"/>
        <source>New Version Available</source>
        <translation>有新版本</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="407"/>
        <source>&lt;p&gt;A new version of the %1 Client is available.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; is available for download. The installed version is %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1  客戶端有新版本了。&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; 可供下載， 目前安裝的版本是 %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="420"/>
        <location filename="../src/gui/updater/ocupdater.cpp" line="471"/>
        <source>Skip this version</source>
        <translation>跳過這個版本</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="421"/>
        <source>Skip this time</source>
        <translation>跳過這次更新</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="422"/>
        <source>Get update</source>
        <translation>取得更新</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="452"/>
        <source>Update Failed</source>
        <translation>更新失敗</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="458"/>
        <source>&lt;p&gt;A new version of the %1 Client is available but the updating process failed.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; has been downloaded. The installed version is %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;％1 客戶端的新版本可用的，但更新處理失敗。&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt;已下載。 安裝的版本為％3。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="472"/>
        <source>Ask again later</source>
        <translation>稍後再問</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="473"/>
        <source>Restart and update</source>
        <translation>重啟並更新</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="474"/>
        <source>Update manually</source>
        <translation>手動更新</translation>
    </message>
</context>
<context>
    <name>OCC::NetworkSettings</name>
    <message>
        <location filename="../src/gui/networksettings.ui" line="14"/>
        <source>Form</source>
        <translation>表單</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="23"/>
        <source>Proxy Settings</source>
        <translation>代理伺服器設定</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="29"/>
        <source>No Proxy</source>
        <translation>不使用代理伺服器</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="42"/>
        <source>Use system proxy</source>
        <translation>使用系統預設代理伺服器</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="54"/>
        <source>Specify proxy manually as</source>
        <translation>手動指定代理伺服器為</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="84"/>
        <source>Host</source>
        <translation>主機</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="104"/>
        <source>:</source>
        <translation>:</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="135"/>
        <source>Proxy server requires authentication</source>
        <translation>代理伺服器要求認證</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="180"/>
        <source>Note: proxy settings have no effects for accounts on localhost</source>
        <translation>注意：代理設定對本地主機上的帳戶沒有影響</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="201"/>
        <source>Download Bandwidth</source>
        <translation>下載頻寬</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="229"/>
        <location filename="../src/gui/networksettings.ui" line="308"/>
        <source>Limit to</source>
        <translation>限制到</translation>
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
        <translation>沒有限制</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="217"/>
        <location filename="../src/gui/networksettings.ui" line="296"/>
        <source>Limit to 3/4 of estimated bandwidth</source>
        <translation>限制預估頻寬的 3/4</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="280"/>
        <source>Upload Bandwidth</source>
        <translation>上傳頻寬</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="220"/>
        <location filename="../src/gui/networksettings.ui" line="299"/>
        <source>Limit automatically</source>
        <translation>自動限制</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.cpp" line="37"/>
        <source>Hostname of proxy server</source>
        <translation>代理伺服器主機名稱</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.cpp" line="38"/>
        <source>Username for proxy server</source>
        <translation>代理伺服器使用者名稱</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.cpp" line="39"/>
        <source>Password for proxy server</source>
        <translation>代理伺服器密碼</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.cpp" line="41"/>
        <source>HTTP(S) proxy</source>
        <translation>HTTP(S) 代理伺服器</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.cpp" line="42"/>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5 代理伺服器</translation>
    </message>
</context>
<context>
    <name>OCC::NotificationWidget</name>
    <message>
        <location filename="../src/gui/notificationwidget.cpp" line="59"/>
        <source>Created at %1</source>
        <translation>創建於 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/notificationwidget.cpp" line="72"/>
        <source>Closing in a few seconds...</source>
        <translation>幾秒鐘後關閉...</translation>
    </message>
    <message>
        <location filename="../src/gui/notificationwidget.cpp" line="119"/>
        <source>%1 request failed at %2</source>
        <extracomment>The second parameter is a time, such as 'failed at 09:58pm'</extracomment>
        <translation>%1請求失敗於%2</translation>
    </message>
    <message>
        <location filename="../src/gui/notificationwidget.cpp" line="125"/>
        <source>&apos;%1&apos; selected at %2</source>
        <extracomment>The second parameter is a time, such as 'selected at 09:58pm'</extracomment>
        <translation>&apos;%1&apos; 在選擇%2</translation>
    </message>
</context>
<context>
    <name>OCC::OAuth</name>
    <message>
        <location filename="../src/libsync/creds/oauth.cpp" line="264"/>
        <source>Error returned from the server: &lt;em&gt;%1&lt;/em&gt;</source>
        <translation>伺服器返回錯誤：&lt;em&gt;%1&lt;/em&gt;</translation>
    </message>
    <message>
        <location filename="../src/libsync/creds/oauth.cpp" line="267"/>
        <source>There was an error accessing the &apos;token&apos; endpoint: &lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</source>
        <translation>訪問“令牌”端點時錯誤：&lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</translation>
    </message>
    <message>
        <location filename="../src/libsync/creds/oauth.cpp" line="270"/>
        <source>Could not parse the JSON returned from the server: &lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</source>
        <translation>無法解析從伺服器返回的JSON：&lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</translation>
    </message>
    <message>
        <location filename="../src/libsync/creds/oauth.cpp" line="273"/>
        <source>Unsupported token type: %1</source>
        <translation>不支持的令牌類型：％1</translation>
    </message>
    <message>
        <location filename="../src/libsync/creds/oauth.cpp" line="275"/>
        <source>The reply from the server did not contain all expected fields
:%1</source>
        <translation>伺服器的回覆未包含所有預期字段
：％1</translation>
    </message>
    <message>
        <location filename="../src/libsync/creds/oauth.cpp" line="277"/>
        <source>Unknown Error</source>
        <translation>未知錯誤</translation>
    </message>
    <message>
        <location filename="../src/libsync/creds/oauth.cpp" line="301"/>
        <source>&lt;h1&gt;Login Error&lt;/h1&gt;&lt;p&gt;Failed to retrieve user info&lt;/p&gt;</source>
        <translation>&lt;h1&gt;登錄錯誤&lt;/h1&gt;&lt;p&gt;檢索使用者信息失敗&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/libsync/creds/oauth.cpp" line="554"/>
        <source>Oauth2 Error</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/creds/oauth.cpp" line="555"/>
        <source>Oauth2 authentication requires a secured connection.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/creds/oauth.cpp" line="281"/>
        <source>&lt;h1&gt;Login Error&lt;/h1&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h1&gt;登錄錯誤&lt;/h1&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/libsync/creds/oauth.cpp" line="388"/>
        <source>&lt;h1&gt;Wrong user&lt;/h1&gt;&lt;p&gt;You logged-in with user &lt;em&gt;%1&lt;/em&gt;, but must login with user &lt;em&gt;%2&lt;/em&gt;.&lt;br&gt;Please log out of %3 in another tab, then &lt;a href=&apos;%4&apos;&gt;click here&lt;/a&gt; and log in as user %2&lt;/p&gt;</source>
        <translation>&lt;h1&gt;錯誤使用者&lt;/h1&gt;&lt;p&gt;您與使用者身份登錄&lt;em&gt;%1&lt;/em&gt;，與必須使用者登錄&lt;em&gt;%2&lt;/em&gt;。&lt;br&gt;請在另一個標籤中登出％3，然後&lt;a href=&apos;%4&apos;&gt;點擊這裡&lt;/a&gt;並以使用者％2身份登入&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OCC::OCUpdater</name>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="114"/>
        <source>New %1 Update Ready</source>
        <translation>新 %1 更新已經就緒</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="115"/>
        <source>A new update for %1 is about to be installed. The updater may ask
for additional privileges during the process.</source>
        <translation>一個新的 %1 更新已經安裝完成。更新也許會詢問
要求給予權限在安裝的過程中。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="158"/>
        <source>Could not download update. Please click &lt;a href=&apos;%1&apos;&gt;here&lt;/a&gt; to download the update manually.</source>
        <translation>無法下載更新檔，請點選連結 &lt;a href=&apos;%1&apos;&gt;按這裡&lt;/a&gt; 手動下載更新檔。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="160"/>
        <source>Could not check for new updates.</source>
        <translation>無法檢查是否有新更新檔。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="154"/>
        <source>Downloading %1. Please wait...</source>
        <translation>正在下載 %1 請稍候...</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="156"/>
        <source>%1 available. Restart application to start the update.</source>
        <translation>%1 可用的重啟應用程式開始更新</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="166"/>
        <source>New %1 available. Please click &lt;a href=&apos;%2&apos;&gt;here&lt;/a&gt; to download the new AppImage manually.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="169"/>
        <source>New %1 available. Please use the system&apos;s update tool to install it.</source>
        <translation>新的％1可用的。 請使用系統的更新工具進行安裝。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="171"/>
        <source>Checking update server...</source>
        <translation>檢查更新伺服器中...</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="173"/>
        <source>Update status is unknown: Did not check for new updates.</source>
        <translation>無法取得更新狀態: 無法檢查是否有新更新檔。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="177"/>
        <source>No updates available. Your installation is at the latest version.</source>
        <translation>目前沒有可用的更新檔，您安裝的版本是最新的了。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="196"/>
        <source>Update Check</source>
        <translation>更新檢查</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudAdvancedSetupPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="49"/>
        <source>Connect to %1</source>
        <translation>連線到 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="50"/>
        <source>Setup local folder options</source>
        <translation>設定本地資料夾選項</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="55"/>
        <source>Connect...</source>
        <translation>連線中...</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="84"/>
        <source> (experimental)</source>
        <translation>(實驗性的)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="84"/>
        <source>Use &amp;virtual files instead of downloading content immediately%1</source>
        <translation>使用＆虛擬文件，而不是立即下載內容%1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="167"/>
        <source>&lt;p&gt;&lt;strong&gt;Warning:&lt;/strong&gt; The local folder is not empty. Pick a resolution!&lt;/p&gt;</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="163"/>
        <source>Sync the folder &apos;%1&apos;</source>
        <translation>同步資料夾 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="208"/>
        <source>Virtual files are not available for the selected folder</source>
        <translation>虛擬文件不可用的於所選目錄</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="242"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="267"/>
        <source>Local Sync Folder</source>
        <translation>本地同步資料夾</translation>
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
        <translation>&amp;電子郵件</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudhttpcredspage.cpp" line="59"/>
        <source>Connect to %1</source>
        <translation>連線到 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudhttpcredspage.cpp" line="60"/>
        <source>Enter user credentials</source>
        <translation>請輸入使用者憑證</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudOAuthCredsPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudoauthcredspage.cpp" line="41"/>
        <source>Connect to %1</source>
        <translation>連線到 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudoauthcredspage.cpp" line="42"/>
        <source>Login in your browser</source>
        <translation>登錄您的 瀏覽器</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudoauthcredspage.cpp" line="51"/>
        <source>Copy link to clipboard</source>
        <translation>複製連結到剪貼簿</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudPropagator</name>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="703"/>
        <source>File %1 is currently in use</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>OCC::OwncloudSetupPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="53"/>
        <source>Connect to %1</source>
        <translation>連線到 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="54"/>
        <source>Setup %1 server</source>
        <translation>設定 %1 伺服器</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="112"/>
        <source>This url is NOT secure as it is not encrypted.
It is not advisable to use it.</source>
        <translation>這個url沒有加密，是不安全的，
不建議您使用此url。</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="116"/>
        <source>This url is secure. You can use it.</source>
        <translation>這個 URL 是安全的，您可以使用它。</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="155"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步 (&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="186"/>
        <source>Invalid URL</source>
        <translation>無效的超連結</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudSetupWizard</name>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="191"/>
        <source>Failed to connect to %1 at %2:&lt;br/&gt;%3</source>
        <translation>從 %2 連線到 %1 失敗:&lt;br/&gt;%3</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="208"/>
        <source>Timeout while trying to connect to %1 at %2.</source>
        <translation>從 %2 嘗試連線到 %1 逾時。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="189"/>
        <source>Invalid URL</source>
        <translation>無效的超連結</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="269"/>
        <source>Could not create local folder %1</source>
        <translation>無法建立本地資料夾 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="296"/>
        <source>Error: %1</source>
        <translation>錯誤： %1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="329"/>
        <source>The folder creation resulted in HTTP error code %1</source>
        <translation>在HTTP建立資料夾失敗, error code %1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="333"/>
        <source>The remote folder creation failed because the provided credentials are wrong!&lt;br/&gt;Please go back and check your credentials.&lt;/p&gt;</source>
        <translation>由於帳號或密碼錯誤，遠端資料夾建立失敗&lt;br/&gt;請檢查您的帳號密碼。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="341"/>
        <source>Remote folder %1 creation failed with error &lt;tt&gt;%2&lt;/tt&gt;.</source>
        <translation>建立遠端資料夾%1發生錯誤&lt;tt&gt;%2&lt;/tt&gt;失敗</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="370"/>
        <source>Folder rename failed</source>
        <translation>重新命名資料夾失敗</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="371"/>
        <source>Can&apos;t remove and back up the folder because the folder or a file in it is open in another program. Please close the folder or file and hit retry or cancel the setup.</source>
        <translation>無法移除與備份此資料夾，因為有其他的程式正在使用其中的資料夾或者檔案。請關閉使用中的資料夾或檔案並重試或者取消設定。</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudWizard</name>
    <message>
        <location filename="../src/gui/wizard/owncloudwizard.cpp" line="91"/>
        <source>%1 Connection Wizard</source>
        <translation>%1連線精靈</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizard.cpp" line="262"/>
        <source>Enable experimental feature?</source>
        <translation>啟用實驗功能？</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizard.cpp" line="276"/>
        <source>Enable experimental placeholder mode</source>
        <translation>啟用實驗佔位符模式</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizard.cpp" line="263"/>
        <source>When the &quot;virtual files&quot; mode is enabled no files will be downloaded initially. Instead, a tiny &quot;%1&quot; file will be created for each file that exists on the server. The contents can be downloaded by running these files or by using their context menu.

The virtual files mode is mutually exclusive with selective sync. Currently unselected folders will be translated to online-only folders and your selective sync settings will be reset.

Switching to this mode will abort any currently running synchronization.

This is a new, experimental mode. If you decide to use it, please report any issues that come up.</source>
        <translation>已啟用“虛擬文件”模式時，最初不會下載任何檔案。 相反，將為伺服器上存在的每個檔案創建一個微小的“％1”文件。 可以通過運行這些文件或使用其上下文選單來下載內容。

虛擬文件模式與選擇性同步是互斥的。 當前未選擇的目錄將轉換為僅在線目錄，並且您的選擇性同步設定將被重設。

切換到此模式將中止任何當前正在運行的同步。

這是一種新的實驗模式。 如果您決定使用它，請報告出現的任何問題。</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizard.cpp" line="277"/>
        <source>Stay safe</source>
        <translation>注意安全</translation>
    </message>
</context>
<context>
    <name>OCC::ProcessDirectoryJob</name>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="245"/>
        <source>Symbolic links are not supported in syncing.</source>
        <translation>同步不支援捷徑連結</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="254"/>
        <source>File is listed on the ignore list.</source>
        <translation>檔案被列在忽略清單。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="259"/>
        <source>File names ending with a period are not supported on this file system.</source>
        <translation>該檔案系統不支持與句點結尾的檔案名。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="272"/>
        <source>File names containing the character &apos;%1&apos; are not supported on this file system.</source>
        <translation>該檔案系統不支持包含字符&apos;％1&apos;的檔案名。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="275"/>
        <source>File name contains at least one invalid character</source>
        <translation>檔案名稱含有不合法的字元</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="277"/>
        <source>The file name is a reserved name on this file system.</source>
        <translation>檔案名稱是此檔案系統上的保留名稱。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="286"/>
        <source>Filename contains trailing spaces.</source>
        <translation>文件名包含尾隨空格。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="289"/>
        <source>Filename is too long.</source>
        <translation>檔案名稱太長了。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="292"/>
        <source>File/Folder is ignored because it&apos;s hidden.</source>
        <translation>檔案/目錄被忽略，因為它是隱藏的。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="296"/>
        <source>Stat failed.</source>
        <translation>狀態失敗。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="299"/>
        <source>Conflict: Server version downloaded, local copy renamed and not uploaded.</source>
        <translation>衝突：伺服器版本已下載，本地端副本已重命名且未上傳。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="303"/>
        <source>The filename cannot be encoded on your file system.</source>
        <translation>文件名不能在檔案系統上編碼。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="306"/>
        <source>The filename is blacklisted on the server.</source>
        <translation>件名在伺服器上被列入黑名單。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="409"/>
        <source>size</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="411"/>
        <source>permissions</source>
        <translation>權限</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="413"/>
        <source>etag</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="415"/>
        <source>file id</source>
        <translation>檔案id</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="419"/>
        <source>server reported no %1</source>
        <translation>伺服器報告沒有 %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1245"/>
        <source>Moved to invalid target, restoring</source>
        <translation>已移至無效的目標，正在還原</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1258"/>
        <source>Not allowed to remove, restoring</source>
        <translation>不允許刪除，復原中</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1172"/>
        <source>Ignored because of the &quot;choose what to sync&quot; blacklist</source>
        <translation>已忽略。根據 &quot;選擇要同步的項目&quot;的黑名單</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1205"/>
        <source>Not allowed because you don&apos;t have permission to add subfolders to that folder</source>
        <translation>拒絕此操作，您沒有在此新增子資料夾的權限。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1210"/>
        <source>Not allowed because you don&apos;t have permission to add files in that folder</source>
        <translation>拒絕此操作，您沒有新增檔案在此資料夾的權限。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1223"/>
        <source>Not allowed to upload this file because it is read-only on the server, restoring</source>
        <translation>拒絕上傳此檔案，此檔案在伺服器是唯讀檔，復原中</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1368"/>
        <source>Error while reading the database</source>
        <translation>讀取資料庫時錯誤</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1428"/>
        <source>Server replied with an error while reading directory &apos;%1&apos; : %2</source>
        <translation>伺服器回覆與一個錯誤而讀資料夾 &apos;%1&apos; : %2</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateDirectory</name>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="1044"/>
        <source>Error updating metadata: %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="1047"/>
        <source>%1 the folder is currently in use</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>OCC::PropagateDownloadFile</name>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="371"/>
        <source>Failed to free up space, the file %1 is currently in use</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="386"/>
        <location filename="../src/libsync/propagatedownload.cpp" line="464"/>
        <source>File %1 can not be downloaded because of a local file name clash with %2!</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="522"/>
        <source>The download would reduce free local disk space below the limit</source>
        <translation>下載將減少可用的本地端磁盤空間，使其低於限制</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="526"/>
        <source>Free space on disk is less than %1</source>
        <translation>可用的硬碟空間已經少於 %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="649"/>
        <source>File was deleted from server</source>
        <translation>檔案已從伺服器被刪除</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="709"/>
        <source>Broken webserver returned empty content length for non-empty file on resume</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="716"/>
        <source>The file could not be downloaded completely.</source>
        <translation>檔案下載無法完成。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="723"/>
        <source>The downloaded file is empty despite the server announced it should have been %1.</source>
        <translation>儘管伺服器宣布它應該已經下載，但下載的檔案為空 %1.</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="903"/>
        <source>File %1 cannot be saved because of a local file name clash with %2!</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="1025"/>
        <source>Error updating metadata: %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="472"/>
        <location filename="../src/libsync/propagatedownload.cpp" line="927"/>
        <location filename="../src/libsync/propagatedownload.cpp" line="963"/>
        <location filename="../src/libsync/propagatedownload.cpp" line="1028"/>
        <source>The file %1 is currently in use</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="366"/>
        <location filename="../src/libsync/propagatedownload.cpp" line="955"/>
        <source>File has changed since discovery</source>
        <translation>尋找的過程中檔案已經被更改</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateItemJob</name>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="241"/>
        <source>; Restoration Failed: %1</source>
        <translation>; 重新儲存失敗 %1</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateLocalMkdir</name>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="161"/>
        <source>could not delete file %1, error: %2</source>
        <translation>無法刪除檔案 %1，錯誤: %2</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="176"/>
        <source>Can not create local folder %1 because of a local file name clash with %2</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="195"/>
        <source>Error updating metadata: %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="198"/>
        <source>The file %1 is currently in use</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="182"/>
        <source>could not create folder %1</source>
        <translation>無法建立資料夾 %1</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateLocalRemove</name>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="79"/>
        <source>%1 failed with: %2</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="109"/>
        <source>Could not remove %1 because of a local file name clash with %2!</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="89"/>
        <location filename="../src/libsync/propagatorjobs.cpp" line="116"/>
        <source>%1 the file is currently in use</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>OCC::PropagateLocalRename</name>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="236"/>
        <source>File %1 can not be renamed to %2 because of a local file name clash</source>
        <translation>檔案 %1 無法更名成 %2，因為本地端的檔案名稱已毀損</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="243"/>
        <source>Could not rename %1 to %2, the file is currently in use</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="272"/>
        <source>Error updating metadata: %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="275"/>
        <source>The file %1 is currently in use</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="281"/>
        <source>Failed to rename file</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="287"/>
        <source>Error setting pin state</source>
        <translation>設定引腳狀態時錯誤</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateRemoteDelete</name>
    <message>
        <location filename="../src/libsync/propagateremotedelete.cpp" line="111"/>
        <source>Wrong HTTP code returned by server. Expected 204, but received &quot;%1 %2&quot;.</source>
        <translation>從伺服器端回傳錯誤的 HTTP 代碼， 預期是 204, 但是接收到的是 &quot;%1 %2&quot;.</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateRemoteMkdir</name>
    <message>
        <location filename="../src/libsync/propagateremotemkdir.cpp" line="108"/>
        <source>Wrong HTTP code returned by server. Expected 201, but received &quot;%1 %2&quot;.</source>
        <translation>從伺服器端回傳錯誤的 HTTP 代碼， 預期是 201, 但是接收到的是 &quot;%1 %2&quot;.</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemkdir.cpp" line="143"/>
        <source>Error writing metadata to the database: %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemkdir.cpp" line="187"/>
        <source>Setting file status failed due to file lock</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>OCC::PropagateRemoteMove</name>
    <message>
        <location filename="../src/libsync/propagateremotemove.cpp" line="135"/>
        <source>Could not rename %1 to %2, error: %3</source>
        <translation>無法重命名 %1 到 %2 錯誤 %3</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemove.cpp" line="182"/>
        <source>Wrong HTTP code returned by server. Expected 201, but received &quot;%1 %2&quot;.</source>
        <translation>從伺服器端回傳錯誤的 HTTP 代碼， 預期是 201, 但是接收到的是 &quot;%1 %2&quot;.</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemove.cpp" line="220"/>
        <source>Error updating metadata: %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemove.cpp" line="223"/>
        <source>The file %1 is currently in use</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemove.cpp" line="235"/>
        <source>Error writing metadata to the database</source>
        <translation>寫入後設資料(metadata) 時發生錯誤</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemove.cpp" line="228"/>
        <source>Error setting pin state</source>
        <translation>設定引腳狀態時錯誤</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateUpdateMetaDataJob</name>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="1200"/>
        <source>Could not update file : %1</source>
        <translation>無法更新檔案：%1</translation>
    </message>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="1203"/>
        <source>The file %1 is currently in use</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>OCC::PropagateUploadFileCommon</name>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="134"/>
        <source>File %1 cannot be uploaded because another file with the same name, differing only in case, exists</source>
        <translation>無法上傳檔案％1，因為存在另一個具有相同名稱僅大小寫不同與檔案</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="241"/>
        <source>File Removed</source>
        <translation>檔案已移除</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="256"/>
        <source>Local file changed during sync. It will be resumed.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="581"/>
        <source>Error updating metadata: %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="584"/>
        <source>The file %1 is currently in use</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="145"/>
        <location filename="../src/libsync/propagateupload.cpp" line="476"/>
        <source>Upload of %1 exceeds the quota for the folder</source>
        <translation>上傳的 %1 超出目錄的配額</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateUploadFileNG</name>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="93"/>
        <location filename="../src/libsync/propagateuploadng.cpp" line="369"/>
        <source>%1 the file is currently in use</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="493"/>
        <source>The local file was removed during sync.</source>
        <translation>本地端的檔案在同步過程中被刪除。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="504"/>
        <source>Local file changed during sync.</source>
        <translation>本地端的檔案在同步過程中被更改。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="541"/>
        <source>The server did ask for a removed legacy feature(polling)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="546"/>
        <source>Unexpected return code from server (%1)</source>
        <translation>來自的意外返回碼伺服器(%1)</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="553"/>
        <source>Missing File ID from server</source>
        <translation>伺服器缺少檔案ID</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="567"/>
        <source>Missing ETag from server</source>
        <translation>來自的ETag缺失伺服器</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateUploadFileTUS</name>
    <message>
        <location filename="../src/libsync/propagateuploadtus.cpp" line="67"/>
        <source>%1 the file is currently in use</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadtus.cpp" line="212"/>
        <source>The local file was removed during sync.</source>
        <translation>本地端的檔案在同步過程中被刪除。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadtus.cpp" line="223"/>
        <source>Local file changed during sync.</source>
        <translation>本地端的檔案在同步過程中被更改。</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateUploadFileV1</name>
    <message>
        <location filename="../src/libsync/propagateuploadv1.cpp" line="47"/>
        <source>%1 the file is currently in use</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadv1.cpp" line="223"/>
        <source>The server did ask for a removed legacy feature(polling)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadv1.cpp" line="243"/>
        <source>The local file was removed during sync.</source>
        <translation>本地端的檔案在同步過程中被刪除。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadv1.cpp" line="254"/>
        <source>Local file changed during sync.</source>
        <translation>本地端的檔案在同步過程中被更改。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadv1.cpp" line="268"/>
        <source>The server did not acknowledge the last chunk. (No e-tag was present)</source>
        <translation>伺服器不承認檔案的最後一個分割檔。(e-tag不存在)</translation>
    </message>
</context>
<context>
    <name>OCC::ProtocolItemModel</name>
    <message>
        <location filename="../src/gui/models/protocolitemmodel.cpp" line="128"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../src/gui/models/protocolitemmodel.cpp" line="130"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../src/gui/models/protocolitemmodel.cpp" line="132"/>
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <location filename="../src/gui/models/protocolitemmodel.cpp" line="134"/>
        <source>Issues</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/models/protocolitemmodel.cpp" line="134"/>
        <source>Action</source>
        <translation>動作</translation>
    </message>
    <message>
        <location filename="../src/gui/models/protocolitemmodel.cpp" line="136"/>
        <source>Size</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../src/gui/models/protocolitemmodel.cpp" line="138"/>
        <source>Account</source>
        <translation>帳號</translation>
    </message>
    <message>
        <location filename="../src/gui/models/protocolitemmodel.cpp" line="140"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
</context>
<context>
    <name>OCC::ProtocolWidget</name>
    <message>
        <location filename="../src/gui/protocolwidget.ui" line="14"/>
        <source>Form</source>
        <translation>表單</translation>
    </message>
    <message>
        <location filename="../src/gui/protocolwidget.ui" line="22"/>
        <source>Local sync protocol</source>
        <translation>本機同步協定</translation>
    </message>
    <message>
        <location filename="../src/gui/protocolwidget.ui" line="45"/>
        <source>Filter</source>
        <translation>篩選器</translation>
    </message>
    <message>
        <location filename="../src/gui/protocolwidget.cpp" line="68"/>
        <location filename="../src/gui/protocolwidget.cpp" line="74"/>
        <source>Account</source>
        <translation>帳號</translation>
    </message>
    <message>
        <location filename="../src/gui/protocolwidget.cpp" line="149"/>
        <source>Retry sync</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>OCC::ProxyAuthDialog</name>
    <message>
        <location filename="../src/gui/proxyauthdialog.ui" line="20"/>
        <source>Proxy authentication required</source>
        <translation>代理伺服器要求驗證</translation>
    </message>
    <message>
        <location filename="../src/gui/proxyauthdialog.ui" line="35"/>
        <source>Username:</source>
        <translation>使用者名稱：</translation>
    </message>
    <message>
        <location filename="../src/gui/proxyauthdialog.ui" line="59"/>
        <source>Proxy:</source>
        <translation>代理伺服器:</translation>
    </message>
    <message>
        <location filename="../src/gui/proxyauthdialog.ui" line="26"/>
        <source>The proxy server needs a username and password.</source>
        <translation>代理伺服器需要使用者帳號以及密碼。</translation>
    </message>
    <message>
        <location filename="../src/gui/proxyauthdialog.ui" line="45"/>
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <location filename="../src/gui/proxyauthdialog.ui" line="66"/>
        <source>TextLabel</source>
        <translation>文字標籤</translation>
    </message>
</context>
<context>
    <name>OCC::SelectiveSyncDialog</name>
    <message>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="441"/>
        <source>Choose What to Sync</source>
        <translation>選擇要同步的項目</translation>
    </message>
</context>
<context>
    <name>OCC::SelectiveSyncWidget</name>
    <message>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="73"/>
        <source>Loading ...</source>
        <translation>載入中…</translation>
    </message>
    <message>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="79"/>
        <source>Deselect remote folders you do not wish to synchronize.</source>
        <translation>取消選擇您不想同步的遠端目錄。</translation>
    </message>
    <message>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="95"/>
        <source>Name</source>
        <translation>名稱</translation>
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
        <translation>目前沒有子資料夾在伺服器上。</translation>
    </message>
    <message>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="265"/>
        <source>An error occurred while loading the list of sub folders.</source>
        <translation>載入子目錄列表時發生錯誤。</translation>
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
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="209"/>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="198"/>
        <source>Add account</source>
        <translation>增加帳號</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="233"/>
        <location filename="../src/gui/settingsdialog.cpp" line="236"/>
        <source>Quit %1</source>
        <translation>離開 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="237"/>
        <source>Are you sure you want to quit %1?</source>
        <translation>您確定您要退出嗎 %1?</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="363"/>
        <source>Account</source>
        <translation>帳號</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.ui" line="14"/>
        <source>MainWindow</source>
        <translation>主窗口</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.ui" line="39"/>
        <source>Hide</source>
        <translation>隱藏</translation>
    </message>
</context>
<context>
    <name>OCC::ShareDialog</name>
    <message>
        <location filename="../src/gui/sharedialog.ui" line="28"/>
        <source>TextLabel</source>
        <translation>文字標籤</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.ui" line="43"/>
        <source>share label</source>
        <translation>分享標籤</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.ui" line="20"/>
        <source>Dialog</source>
        <translation>對白</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.ui" line="65"/>
        <source>ownCloud Path:</source>
        <translation>ownCloud 路徑:</translation>
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
        <translation>資料夾: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="108"/>
        <source>The server does not allow sharing</source>
        <translation>伺服器不允許共享</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="124"/>
        <source>Retrieving maximum possible sharing permissions from server...</source>
        <translation>正在從伺服器檢索最大可能的共享權限...</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="182"/>
        <source>The file can not be shared because it was shared without sharing permission.</source>
        <translation>這個檔案無法被分享，並沒有分享此檔案的權限。</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="196"/>
        <source>Users and Groups</source>
        <translation>使用者及群組</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="203"/>
        <source>Public Links</source>
        <translation>公共連結</translation>
    </message>
</context>
<context>
    <name>OCC::ShareLinkWidget</name>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="14"/>
        <source>Share NewDocument.odt</source>
        <translation>分享 新文件.odt</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="147"/>
        <source>Upload only (File Drop)</source>
        <translation>僅上傳（檔案刪除）</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="160"/>
        <source>Receive files from others without revealing the contents of the folder.</source>
        <translation>在不洩露文件夾內容的情況下從其他人接收目錄。</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="124"/>
        <source>Download / View / Edit</source>
        <translation>下載 / 查看 / 編輯</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="269"/>
        <source>Name:</source>
        <translation>名稱:</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="276"/>
        <source>Enter name of new share...</source>
        <translation>輸入新分享的名稱...</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="283"/>
        <source>&amp;Create</source>
        <translation>&amp;創造</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="336"/>
        <source>TextLabel</source>
        <translation>文字標籤</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="221"/>
        <source>Set &amp;password </source>
        <translation>設定密碼</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="235"/>
        <source>Set &amp;expiration date</source>
        <translation>設定到期日</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="181"/>
        <source>Set password</source>
        <translation>設定密碼</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="114"/>
        <source>Recipients can view or download contents.</source>
        <translation>收件者可以查看或下載內容。</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="99"/>
        <source>Download / View</source>
        <translation>下載 / 檢視</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="137"/>
        <source>Recipients can view, download, edit, delete and upload contents.</source>
        <translation>收件者可以查看、下載、編輯、刪除和上傳內容。</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="20"/>
        <source>Anyone with the link has access to the file/folder</source>
        <translation>任何有連結的人都能存取目錄/檔案</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="118"/>
        <location filename="../src/gui/sharelinkwidget.cpp" line="353"/>
        <source>P&amp;assword protect</source>
        <translation>&amp;密碼保護</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="96"/>
        <source>The file can not be shared because it was shared without sharing permission.</source>
        <translation>這個檔案無法被分享，並沒有分享此檔案的權限。</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="93"/>
        <source>Link shares have been disabled</source>
        <translation>連結共享已停用</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="107"/>
        <source>Create public link share</source>
        <translation>建立公開的連結分享</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="168"/>
        <location filename="../src/gui/sharelinkwidget.cpp" line="599"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="163"/>
        <source>Open link in browser</source>
        <translation>在瀏覽器中開啟連結</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="164"/>
        <source>Copy link to clipboard</source>
        <translation>複製連結到剪貼簿</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="165"/>
        <source>Copy link to clipboard (direct download)</source>
        <translation>複製連結到剪貼簿(直接下載)</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="166"/>
        <source>Send link by email</source>
        <translation>使用電子郵件傳送連結</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="167"/>
        <source>Send link by email (direct download)</source>
        <translation>通過電子郵件發送連結（直接下載）</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="285"/>
        <source>Create new...</source>
        <translation>建立新...</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="578"/>
        <source>I shared %1 with you</source>
        <translation>已分享的%1 與您</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="592"/>
        <source>Confirm Link Share Deletion</source>
        <translation>確認刪除連結分享</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="593"/>
        <source>&lt;p&gt;Do you really want to delete the public link share &lt;i&gt;%1&lt;/i&gt;?&lt;/p&gt;&lt;p&gt;Note: This action cannot be undone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;您是否真的要刪除公開的連結分享&lt;i&gt;%1&lt;/i&gt;?&lt;/p&gt;&lt;p&gt;注意：此操作無法撤消。&lt;/p&gt;</translation>
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
        <translation>公開的連結</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="269"/>
        <source>Delete link share</source>
        <translation>刪除連結分享</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="357"/>
        <location filename="../src/gui/sharelinkwidget.cpp" line="546"/>
        <source>Please Set Password</source>
        <translation>請設定密碼</translation>
    </message>
</context>
<context>
    <name>OCC::ShareUserGroupWidget</name>
    <message>
        <location filename="../src/gui/shareusergroupwidget.ui" line="14"/>
        <source>Share NewDocument.odt</source>
        <translation>分享 新文件.odt</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.ui" line="22"/>
        <source>Share with users or groups ...</source>
        <translation>與用戶或群組分享 ...</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.ui" line="108"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;You can direct people to this shared file or folder &lt;a href=&quot;private link menu&quot;&gt;&lt;span style=&quot; text-decoration: underline&quot;&gt;by giving them a private link&lt;/span&gt;&lt;/a&gt;.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;您可以將人們定向到此已分享的檔案或目錄&lt;a href=&quot;private link menu&quot;&gt;&lt;span style=&quot; text-decoration: underline&quot;&gt;通過給他們一個私人連結&lt;/span&gt;&lt;/a&gt;。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="212"/>
        <source>The item is not shared with any users or groups</source>
        <translation>該項目未與任何用戶或組已分享的</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="243"/>
        <source>Open link in browser</source>
        <translation>開啟在瀏覽器中開啟連結</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="245"/>
        <source>Copy link to clipboard</source>
        <translation>複製連結到剪貼簿</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="247"/>
        <source>Send link by email</source>
        <translation>使用電子郵件傳送連結</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="257"/>
        <source>No results for &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 沒有結果</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="345"/>
        <source>I shared something with you</source>
        <translation>我與您已分享的一些東西</translation>
    </message>
</context>
<context>
    <name>OCC::ShareUserLine</name>
    <message>
        <location filename="../src/gui/shareuserline.ui" line="17"/>
        <source>Form</source>
        <translation>表單</translation>
    </message>
    <message>
        <location filename="../src/gui/shareuserline.ui" line="28"/>
        <location filename="../src/gui/shareuserline.ui" line="35"/>
        <source>TextLabel</source>
        <translation>文字標籤</translation>
    </message>
    <message>
        <location filename="../src/gui/shareuserline.ui" line="65"/>
        <source>can edit</source>
        <translation>可編輯</translation>
    </message>
    <message>
        <location filename="../src/gui/shareuserline.ui" line="58"/>
        <source>can share</source>
        <translation>可分享</translation>
    </message>
    <message>
        <location filename="../src/gui/shareuserline.ui" line="72"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="365"/>
        <source>create</source>
        <translation>建立</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="368"/>
        <source>change</source>
        <translation>更動</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="371"/>
        <source>delete</source>
        <translation>刪除</translation>
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
        <translation>與 %1 分享</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="620"/>
        <source>Context menu share</source>
        <translation>語境選單分享</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="625"/>
        <source>Context menu share %1</source>
        <translation>上下文選單分享％1</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="793"/>
        <source>Confirm deletion</source>
        <translation>確認刪除</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="795"/>
        <source>Do you want to delete the directory &lt;i&gt;%1&lt;/i&gt; and all its contents permanently?</source>
        <translation>您是否要刪除資料夾&lt;i&gt;%1&lt;/i&gt;及其所有內容永久？</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="796"/>
        <source>Do you want to delete the file &lt;i&gt;%1&lt;/i&gt; permanently?</source>
        <translation>您要刪除檔案嗎&lt;i&gt;%1&lt;/i&gt;永久性?</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="838"/>
        <source>Select new location...</source>
        <translation>選擇新位置...</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="848"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="849"/>
        <source>Moving file failed:

%1</source>
        <translation>移動檔案失敗:

%1</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="917"/>
        <source>I shared something with you</source>
        <translation>我與您已分享的了一些東西</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="930"/>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="960"/>
        <source>Share...</source>
        <translation>分享...</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="932"/>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="976"/>
        <source>Copy private link to clipboard</source>
        <translation>將私人連結複製到剪貼簿</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="933"/>
        <source>Send private link by email...</source>
        <translation>通過電子郵件發送私人連結...</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="958"/>
        <source>Resharing this file is not allowed</source>
        <translation>不允許重新共享此檔案</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="958"/>
        <source>Resharing this folder is not allowed</source>
        <translation>不允許重新共享此目錄</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="970"/>
        <source>Create and copy public link to clipboard</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="972"/>
        <source>Copy public link to clipboard</source>
        <translation>複製公開的連結到剪貼簿</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1060"/>
        <source>Open in browser</source>
        <translation>用瀏覽器開啟</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1068"/>
        <source>Show file versions in browser</source>
        <translation>在瀏覽器中顯示檔案版本</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1091"/>
        <source>Rename...</source>
        <translation>改名...</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1094"/>
        <source>Rename and upload...</source>
        <translation>重命名並上傳...</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1099"/>
        <source>Move and rename...</source>
        <translation>移動並重命名...</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1102"/>
        <source>Move, rename and upload...</source>
        <translation>移動，重命名和上傳...</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1105"/>
        <source>Delete local changes</source>
        <translation>刪除本地端更改</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1110"/>
        <source>Move and upload...</source>
        <translation>移動並上傳...</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1111"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
</context>
<context>
    <name>OCC::SocketUploadJob</name>
    <message>
        <location filename="../src/gui/socketapi/socketuploadjob.cpp" line="65"/>
        <source>Failed to rerieve tags</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketuploadjob.cpp" line="95"/>
        <source>Backup of %1 started</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketuploadjob.cpp" line="98"/>
        <source>Failed to find %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketuploadjob.cpp" line="103"/>
        <source>Local path must be a an absolute path</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketuploadjob.cpp" line="108"/>
        <source>Failed to create temporary database</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketuploadjob.cpp" line="137"/>
        <source>Backup of %1 succeeded</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketuploadjob.cpp" line="140"/>
        <source>Failed to set success tag</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketuploadjob.cpp" line="147"/>
        <source>Failed to create backup: %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketuploadjob.cpp" line="177"/>
        <source>Failed to file id tags</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketuploadjob.cpp" line="193"/>
        <source>Backup of %1 failed with: %2</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketuploadjob.cpp" line="209"/>
        <source>%1 backup</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>OCC::SslButton</name>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="89"/>
        <source>&lt;h3&gt;Certificate Details&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;憑證細節&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="92"/>
        <source>Common Name (CN):</source>
        <translation>(通用名):</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="93"/>
        <source>Subject Alternative Names:</source>
        <translation>主題備用名稱:</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="94"/>
        <source>Organization (O):</source>
        <translation>組織 (O):</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="95"/>
        <source>Organizational Unit (OU):</source>
        <translation>組織部門 (OU):</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="96"/>
        <source>State/Province:</source>
        <translation>州或省:</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="97"/>
        <source>Country:</source>
        <translation>國家：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="98"/>
        <source>Serial:</source>
        <translation>序號:</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="101"/>
        <source>&lt;h3&gt;Issuer&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;簽發者&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="104"/>
        <source>Issuer:</source>
        <translation>簽發者:</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="105"/>
        <source>Issued on:</source>
        <translation>簽發於:</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="106"/>
        <source>Expires on:</source>
        <translation>過期於:</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="109"/>
        <source>&lt;h3&gt;Fingerprints&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;指紋&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="113"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="114"/>
        <source>SHA-1:</source>
        <translation>SHA-1:</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="118"/>
        <source>&lt;p&gt;&lt;b&gt;Note:&lt;/b&gt; This certificate was manually approved&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;注意:&lt;/b&gt; 此憑證已被手動核准&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="138"/>
        <source>%1 (self-signed)</source>
        <translation>%1 (自我簽章)</translation>
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
        <translation>這個連線已經使用 %1 bit %2 加密。
</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="192"/>
        <source>Server version: %1</source>
        <translation>伺服器版本: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="206"/>
        <source>No support for SSL session tickets/identifiers</source>
        <translation>不支持SSL會話票證/標識符</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="216"/>
        <source>Certificate information:</source>
        <translation>憑證資訊:</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="245"/>
        <source>The connection is not secure</source>
        <translation>連接不安全</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="178"/>
        <source>This connection is NOT secure as it is not encrypted.
</source>
        <translation>這個連線沒有經過加密，是不安全的。
</translation>
    </message>
</context>
<context>
    <name>OCC::SslErrorDialog</name>
    <message>
        <location filename="../src/gui/sslerrordialog.ui" line="14"/>
        <source>Form</source>
        <translation>表單</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.ui" line="32"/>
        <source>Trust this certificate anyway</source>
        <translation>信任此憑證</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="69"/>
        <source>Untrusted Certificate</source>
        <translation>不信任的憑證</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="136"/>
        <source>Cannot connect securely to &lt;i&gt;%1&lt;/i&gt;:</source>
        <translation>無法安全的連線到 &lt;i&gt;%1&lt;/i&gt;:</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="170"/>
        <source>with Certificate %1</source>
        <translation>與憑證 %1</translation>
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
        <translation>組織:%1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="185"/>
        <location filename="../src/gui/sslerrordialog.cpp" line="205"/>
        <source>Unit: %1</source>
        <translation>單位:%1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="186"/>
        <location filename="../src/gui/sslerrordialog.cpp" line="206"/>
        <source>Country: %1</source>
        <translation>國家:%1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="193"/>
        <source>Fingerprint (MD5): &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>指紋 (MD5): &amp;lt;tt&amp;gt;%1&amp;lt;/tt&amp;gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="194"/>
        <source>Fingerprint (SHA1): &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>指紋 (SHA1): &amp;lt;tt&amp;gt;%1&amp;lt;/tt&amp;gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="196"/>
        <source>Effective Date: %1</source>
        <translation>有效日期:%1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="197"/>
        <source>Expiration Date: %1</source>
        <translation>到期日: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="201"/>
        <source>Issuer: %1</source>
        <translation>簽發者: %1</translation>
    </message>
</context>
<context>
    <name>OCC::SyncEngine</name>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="188"/>
        <source>%1 (skipped due to earlier error, trying again in %2)</source>
        <translation>%1（由於先前的錯誤而跳過，請在％2中重試）</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="392"/>
        <source>Only %1 are available, need at least %2 to start</source>
        <comment>Placeholders are postfixed with file sizes using Utility::octetsToString()</comment>
        <translation>目前僅有 %1 可以使用，至少需要 %2 才能開始</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="420"/>
        <source>Unable to open or create the local sync database. Make sure you have write access in the sync folder.</source>
        <translation>無法開啟或建立本地端同步資料庫。 確保您在同步目錄中具有寫訪問權限。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1012"/>
        <source>Disk space is low: Downloads that would reduce free space below %1 were skipped.</source>
        <translation>磁盤空間不足：下載將減少以下可用空間 %1 被跳過了。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1019"/>
        <source>There is insufficient space available on the server for some uploads.</source>
        <translation>伺服器上沒有可用的空間用於某些上載。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="318"/>
        <source>Unresolved conflict.</source>
        <translation>未解決的衝突。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="436"/>
        <source>Using virtual files with suffix, but suffix is not set</source>
        <translation>使用帶後綴與虛擬文件，但未設置後綴</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="448"/>
        <source>Unable to read the blacklist from the local database</source>
        <translation>無法從本地端資料庫讀取黑名單</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="479"/>
        <source>Unable to read from the sync journal.</source>
        <translation>無法從同步日誌中讀取。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="567"/>
        <source>Cannot open the sync journal</source>
        <translation>同步處理日誌無法開啟</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="994"/>
        <source>Aborted</source>
        <translation>中止</translation>
    </message>
</context>
<context>
    <name>OCC::SyncJournalDb</name>
    <message>
        <location filename="../src/common/syncjournaldb.cpp" line="941"/>
        <source>Failed to connect database.</source>
        <translation type="unfinished"/>
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
        <translation>&lt;p&gt;版本％1。 欲了解更多信息，請訪問&lt;a href=&quot;%2&quot;&gt;https://%3&lt;/a&gt;&lt;/p&gt;&lt;p&gt;有關已知問題和幫助，請訪問：&lt;a href=&quot;https://central.owncloud.org/c/desktop-client&quot;&gt;https://central.owncloud.org&lt;/a&gt;&lt;/p&gt;&lt;p&gt;&lt;small&gt;由Klaas Freitag，Daniel Molkentin，Olivier Goffart，MarkusGötz，Jan-Christoph Borchardt，ThomasMüller，Dominik Schmidt，Michael Stingl，Hannah von Reth等人撰寫。&lt;/small&gt;&lt;/p&gt;&lt;p&gt;版權所有ownCloud GmbH&lt;/p&gt;&lt;p&gt;由％4分發，並根據GNU通用公開的許可證（GPL）2.0版獲得許可。&lt;br/&gt;%5和％5徽標是％4在美國和/或其他國家或地區的註冊商標。&lt;/p&gt;&lt;p&gt;&lt;small&gt;%6&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OCC::ValidateChecksumHeader</name>
    <message>
        <location filename="../src/common/checksums.cpp" line="339"/>
        <source>The checksum header is malformed.</source>
        <translation>校驗碼異常。</translation>
    </message>
    <message>
        <location filename="../src/common/checksums.cpp" line="366"/>
        <source>The checksum header contained an unknown checksum type &apos;%1&apos;</source>
        <translation>校正資料含有未知的型態 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../src/common/checksums.cpp" line="370"/>
        <source>The downloaded file does not match the checksum, it will be resumed. &apos;%1&apos; != &apos;%2&apos;</source>
        <translation>下載的檔案與校驗碼和不匹配，它將被恢復。&apos;％1&apos;！=&apos;％2&apos;</translation>
    </message>
</context>
<context>
    <name>OCC::Vfs</name>
    <message>
        <location filename="../src/common/vfs.cpp" line="77"/>
        <source>The Virtual filesystem feature does not support a drive as sync root</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/common/vfs.cpp" line="81"/>
        <source>The Virtual filesystem feature requires a NTFS file system, %1 is using %2</source>
        <translation>虛擬文件系統功能需要一個NTFS檔案系統，％1正在使用％2</translation>
    </message>
    <message>
        <location filename="../src/common/vfs.cpp" line="85"/>
        <source>The Virtual filesystem feature is not supported on network drives</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>OCC::VfsSuffix</name>
    <message>
        <location filename="../src/libsync/vfs/suffix/vfs_suffix.cpp" line="104"/>
        <source>Cannot create a placeholder because a file with the placeholder name already exist</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>OCC::ownCloudGui</name>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="253"/>
        <source>Please sign in</source>
        <translation>請登入</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="281"/>
        <source>Folder %1: %2</source>
        <translation>資料夾 %1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="290"/>
        <source>Unresolved %1 conflicts</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="292"/>
        <source>Ignored errors %1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="306"/>
        <source>There are no sync folders configured.</source>
        <translation>尚未設置同步資料夾。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="317"/>
        <source>Open in browser</source>
        <translation>用瀏覽器開啟</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="367"/>
        <location filename="../src/gui/owncloudgui.cpp" line="691"/>
        <location filename="../src/gui/owncloudgui.cpp" line="786"/>
        <source>Log in...</source>
        <translation>登入...</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="371"/>
        <location filename="../src/gui/owncloudgui.cpp" line="683"/>
        <location filename="../src/gui/owncloudgui.cpp" line="788"/>
        <source>Log out</source>
        <translation>登出</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="477"/>
        <source>Recent Changes</source>
        <translation>最近的更動</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="345"/>
        <source>Managed Folders:</source>
        <translation>管理的資料夾:</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="348"/>
        <source>Open folder &apos;%1&apos;</source>
        <translation>開啟 %1 資料夾</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="319"/>
        <source>Open %1 in browser</source>
        <translation>瀏覽器中開啟 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="183"/>
        <source>The server on account %1 runs an unsupported version %2. Using this client with unsupported server versions is untested and potentially dangerous. Proceed at your own risk.</source>
        <translation>帳號％1上的伺服器運行不受支持的版本％2。 將此客戶端與不受支持的伺服器版本一起使用是未經測試的，並且可能有危險。 繼續需要您自擔風險。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="769"/>
        <source>Unknown status</source>
        <translation>未知狀態</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="771"/>
        <source>Settings...</source>
        <translation>設定…</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="773"/>
        <source>Details...</source>
        <translation>細節…</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="779"/>
        <source>Help</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="783"/>
        <source>Quit %1</source>
        <translation>離開 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="234"/>
        <source>Disconnected from %1</source>
        <translation>從 %1 斷線</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="182"/>
        <source>Unsupported Server Version</source>
        <translation>不支持的伺服器版本</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="224"/>
        <source>Disconnected</source>
        <translation>已經離線</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="226"/>
        <source>Disconnected from some accounts</source>
        <translation>與某些帳戶斷開連接</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="237"/>
        <source>Disconnected from accounts:</source>
        <translation>已從帳號離線:</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="239"/>
        <source>Account %1: %2</source>
        <translation>帳號 %1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="254"/>
        <source>Signed out</source>
        <translation>已登出</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="258"/>
        <source>Account synchronization is disabled</source>
        <translation>帳號同步已停用</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="259"/>
        <source>Synchronization is paused</source>
        <translation>同步已暫停</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="303"/>
        <source>Up to date (%1)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="307"/>
        <source>No sync folders configured</source>
        <translation>未配置同步目錄</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="356"/>
        <source>Unpause all folders</source>
        <translation>全部取消暫停目錄</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="361"/>
        <source>Pause all folders</source>
        <translation>暫停所有目錄</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="662"/>
        <source>Unpause all synchronization</source>
        <translation>取消暫停所有同步</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="664"/>
        <source>Unpause synchronization</source>
        <translation>取消暫停同步</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="672"/>
        <source>Pause all synchronization</source>
        <translation>暫停所有同步</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="674"/>
        <source>Pause synchronization</source>
        <translation>暫停同步</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="681"/>
        <source>Log out of all accounts</source>
        <translation>登出所有的帳戶</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="689"/>
        <source>Log in to all accounts...</source>
        <translation>登入所有的帳戶</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="772"/>
        <source>New account...</source>
        <translation>新帳號...</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="781"/>
        <source>About %1</source>
        <translation>關於 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="814"/>
        <source>No items synced recently</source>
        <translation>最近沒有項目被同步</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="836"/>
        <source>Checking for changes in remote &apos;%1&apos;</source>
        <translation>檢查遠端&apos;％1&apos;中的更改</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="839"/>
        <source>Checking for changes in local &apos;%1&apos;</source>
        <translation>檢查本地端&apos;％1&apos;中的更改</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="854"/>
        <source>Syncing %1 of %2  (%3 left)</source>
        <translation>同步中 %1 的 %2 (剩餘 %3)</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="859"/>
        <source>Syncing %1 of %2</source>
        <translation>正在同步％2的％1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="868"/>
        <source>Syncing %1 (%2 left)</source>
        <translation>同步中 %1 (剩餘 %2)</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="871"/>
        <source>Syncing %1</source>
        <translation>同步 %1</translation>
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
        <translation>表單</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="108"/>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="207"/>
        <source>TextLabel</source>
        <translation>文字標籤</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="59"/>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="469"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;If this box is checked, existing content in the local folder will be erased to start a clean sync from the server.&lt;/p&gt;&lt;p&gt;Do not check this if the local content should be uploaded to the servers folder.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;如果選中此框，則將刪除本地端目錄中的現有內容，以從伺服器啟動干淨同步。&lt;/p&gt;&lt;p&gt;如果應將本地端內容上載到服務器目錄，請不要檢查。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="165"/>
        <source>Ask for confirmation before synchroni&amp;zing folders larger than</source>
        <translation>同步大於的目錄之前要求確認</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="98"/>
        <source>S&amp;ynchronize everything from server</source>
        <translation type="unfinished"/>
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
        <translation>在同步e＆xternal存儲之前要求確認</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="200"/>
        <source>Choose what to sync</source>
        <translation>選擇要同步的項目</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="245"/>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="248"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When this option is selected, the wizard will close without synchronizing anything. You can use the &amp;quot;Add Folder Sync Connection&amp;quot; button from the account settings to choose which pair of local and remote folder you wish to synchronize&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;選擇此選項後，嚮導將關閉而不同步任何內容。 您可以使用&amp;quot;添加目錄同步連接&amp;quot;您從帳號設定中選擇按鈕，以選擇要同步的本地端和遠端目錄對&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="251"/>
        <source>Manually create folder sync connections </source>
        <translation>手動建立目錄同步連接</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="369"/>
        <source>&amp;Local Folder</source>
        <translation>本地資料夾 (&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="410"/>
        <source>pbSelectLocalFolder</source>
        <translation>pb選擇本地文件夾</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="459"/>
        <source>&amp;Keep local data</source>
        <translation>保留本地資料 (&amp;K)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="472"/>
        <source>Start a &amp;clean sync (Create a backup and erases the local folder!)</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>OwncloudHttpCredsPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudhttpcredspage.ui" line="14"/>
        <source>Form</source>
        <translation>表單</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudhttpcredspage.ui" line="38"/>
        <source>&amp;Username</source>
        <translation>使用者名稱 (&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudhttpcredspage.ui" line="48"/>
        <source>&amp;Password</source>
        <translation>密碼 (&amp;P)</translation>
    </message>
</context>
<context>
    <name>OwncloudOAuthCredsPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudoauthcredspage.ui" line="14"/>
        <source>Form</source>
        <translation>表單</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudoauthcredspage.ui" line="36"/>
        <source>Please switch to your browser to proceed.</source>
        <translation>請切換到 瀏覽器 繼續。</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudoauthcredspage.ui" line="46"/>
        <source>An error occurred while connecting. Please try again.</source>
        <translation>連接時發生錯誤。請再試一次。</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudoauthcredspage.ui" line="56"/>
        <source>Re-open Browser</source>
        <translation>重新開啟瀏覽器</translation>
    </message>
</context>
<context>
    <name>OwncloudSetupPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.ui" line="14"/>
        <source>Form</source>
        <translation>表單</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.ui" line="58"/>
        <source>Ser&amp;ver Address</source>
        <translation>服務器地址</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.ui" line="74"/>
        <source>https://...</source>
        <translation>https://...</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.ui" line="156"/>
        <source>Error Label</source>
        <translation>錯誤標籤</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/common/utility.cpp" line="458"/>
        <source>in the future</source>
        <translation>在將來</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="454"/>
        <source>%n day(s) ago</source>
        <translation><numerusform>%n 幾天前(s)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="462"/>
        <source>%n hour(s) ago</source>
        <translation><numerusform>%n 幾小時前(s)</numerusform></translation>
    </message>
    <message>
        <location filename="../src/common/utility.cpp" line="467"/>
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location filename="../src/common/utility.cpp" line="469"/>
        <source>Less than a minute ago</source>
        <translation>不到一分鐘前</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="472"/>
        <source>%n minute(s) ago</source>
        <translation><numerusform>%n 幾分鐘前(s)</numerusform></translation>
    </message>
    <message>
        <location filename="../src/common/utility.cpp" line="475"/>
        <source>Some time ago</source>
        <translation>前一段時間</translation>
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
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/syncfileitem.cpp" line="85"/>
        <source>Fatal Error</source>
        <translation>嚴重錯誤</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncfileitem.cpp" line="87"/>
        <location filename="../src/libsync/syncfileitem.cpp" line="99"/>
        <source>Error</source>
        <translation>錯誤</translation>
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
        <translation>衝突</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncfileitem.cpp" line="95"/>
        <source>File Ignored</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/syncfileitem.cpp" line="97"/>
        <source>Restored</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/syncfileitem.cpp" line="101"/>
        <source>Blacklisted</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/syncfileitem.cpp" line="103"/>
        <source>Excluded</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/syncfileitem.cpp" line="105"/>
        <source>Message</source>
        <translation>訊息</translation>
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
        <translation><numerusform>％n年(s)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="325"/>
        <source>%n month(s)</source>
        <translation><numerusform>％n個月(s)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="326"/>
        <source>%n day(s)</source>
        <translation><numerusform>％n 天(s)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="327"/>
        <source>%n hour(s)</source>
        <translation><numerusform>％n小時(s)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="328"/>
        <source>%n minute(s)</source>
        <translation><numerusform>％n分鐘(s)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="329"/>
        <source>%n second(s)</source>
        <translation><numerusform>％n秒(s)</numerusform></translation>
    </message>
    <message>
        <location filename="../src/common/utility.cpp" line="353"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="92"/>
        <source>Shutting down %1</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>main.cpp</name>
    <message>
        <location filename="../src/gui/main.cpp" line="39"/>
        <source>System Tray not available</source>
        <translation>系統常駐程式無法使用</translation>
    </message>
    <message>
        <location filename="../src/gui/main.cpp" line="40"/>
        <source>%1 requires on a working system tray. If you are running XFCE, please follow &lt;a href=&quot;http://docs.xfce.org/xfce/xfce4-panel/systray&quot;&gt;these instructions&lt;/a&gt;. Otherwise, please install a system tray application such as &apos;trayer&apos; and try again.</source>
        <translation>%1需要可運作的系統常駐程式區。若您正在執行XFCE，請參考 &lt;a href=&quot;http://docs.xfce.org/xfce/xfce4-panel/systray&quot;&gt;這份教學&lt;/a&gt;。若非如此則請安裝一個系統常駐的應用程式，如&apos;trayer&apos;，並再度嘗試。</translation>
    </message>
</context>
<context>
    <name>ownCloudTheme::aboutVersions()</name>
    <message>
        <location filename="../src/libsync/theme.cpp" line="437"/>
        <source>%1 %2 %3%8%9Libraries Qt %4, %5%8Using virtual files plugin: %6%8%7</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>ownCloudTheme::qtVer</name>
    <message>
        <location filename="../src/libsync/theme.cpp" line="427"/>
        <source>%1 (Built against Qt %1)</source>
        <translation>%1 (針對Qt構建%1)</translation>
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
        <translation>虛擬檔案已創建</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="35"/>
        <source>Replaced by virtual file</source>
        <translation>替換為虛擬檔案</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="37"/>
        <source>Downloaded</source>
        <translation>已下載</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="40"/>
        <source>Uploaded</source>
        <translation>已上傳</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="43"/>
        <source>Server version downloaded, copied changed local file into conflict file</source>
        <translation>下載伺服器版本，將更改後的本地端檔案複製到衝突檔案中</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="45"/>
        <source>Deleted</source>
        <translation>已刪除</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="48"/>
        <source>%1 moved to %2</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="50"/>
        <source>Ignored</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="52"/>
        <source>Filesystem access error</source>
        <translation>存取檔案系統錯誤</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="54"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="56"/>
        <source>Updated local metadata</source>
        <translation>更新了本地端元數據</translation>
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
        <translation>下載中</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="74"/>
        <source>uploading</source>
        <translation>上傳中</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="76"/>
        <source>deleting</source>
        <translation>刪除中</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="79"/>
        <source>moving</source>
        <translation>搬移中</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="81"/>
        <source>ignoring</source>
        <translation>忽略中</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="83"/>
        <location filename="../src/libsync/progressdispatcher.cpp" line="85"/>
        <source>error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="87"/>
        <source>updating local metadata</source>
        <translation>更新了本地端元數據</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <location filename="../src/libsync/theme.cpp" line="101"/>
        <source>Status undefined</source>
        <translation>未定義的狀態</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="104"/>
        <source>Waiting to start sync</source>
        <translation>等待開始同步</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="107"/>
        <source>Sync is running</source>
        <translation>同步中</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="110"/>
        <source>Sync Success</source>
        <translation>同步完成</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="113"/>
        <source>Sync Success, some files were ignored.</source>
        <translation>同步成功，部份檔案被忽略</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="116"/>
        <source>Sync Error</source>
        <translation>同步失敗</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="119"/>
        <source>Setup Error</source>
        <translation>安裝錯誤</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="122"/>
        <source>Preparing to sync</source>
        <translation>正在準備同步。</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="125"/>
        <source>Aborting...</source>
        <translation>中斷中…</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="128"/>
        <source>Sync is paused</source>
        <translation>同步已暫停</translation>
    </message>
</context>
<context>
    <name>utility</name>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="137"/>
        <source>Could not open browser</source>
        <translation>無法開啟瀏覽器</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="138"/>
        <source>There was an error when launching the browser to go to URL %1. Maybe no default browser is configured?</source>
        <translation>啟動瀏覽器以訪問超連結％1時發生錯誤。 也許沒有配置默認瀏覽器？</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="161"/>
        <source>Could not open email client</source>
        <translation>不能開啟電子郵件客戶端</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="162"/>
        <source>There was an error when launching the email client to create a new message. Maybe no default email client is configured?</source>
        <translation>啟動電子郵件客戶端以建立新訊息時發生錯誤。 也許沒有配置默認的電子郵件客戶端？</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="177"/>
        <source>Always available locally</source>
        <translation>始終在本地可用的</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="181"/>
        <source>Some available online only</source>
        <translation>一些僅在線可用的</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="183"/>
        <location filename="../src/gui/guiutility.cpp" line="185"/>
        <source>Available online only</source>
        <translation>僅在線可用的</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="179"/>
        <source>Currently available locally</source>
        <translation>目前本地可用的</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="192"/>
        <source>Make always available locally</source>
        <translation>使本地始終可用的</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="197"/>
        <source>Free up local space</source>
        <translation>釋放本地端空間</translation>
    </message>
</context>
</TS>