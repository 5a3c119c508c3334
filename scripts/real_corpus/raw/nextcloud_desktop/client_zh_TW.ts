<?xml version="1.0" ?><!DOCTYPE TS><TS version="2.1" language="zh_TW">
<context>
    <name>ActivityItem</name>
    <message>
        <location filename="../src/gui/tray/ActivityItem.qml" line="30"/>
        <source>Open %1 locally</source>
        <translation>在本機開啟 %1</translation>
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
        <translation>顯示更多動作</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/ActivityItem.qml" line="244"/>
        <source>View activity</source>
        <translation>檢視事件</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/ActivityItem.qml" line="168"/>
        <source>Open share dialog</source>
        <translation>開啟分享對話方塊</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/ActivityItem.qml" line="172"/>
        <source>Share %1</source>
        <translation>分享 %1</translation>
    </message>
</context>
<context>
    <name>ActivityItemActions</name>
    <message>
        <location filename="../src/gui/tray/ActivityItemActions.qml" line="84"/>
        <location filename="../src/gui/tray/ActivityItemActions.qml" line="95"/>
        <source>Show more actions</source>
        <translation>顯示更多動作</translation>
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
        <translation>開啟分享對話方塊</translation>
    </message>
</context>
<context>
    <name>ActivityList</name>
    <message>
        <location filename="../src/gui/tray/ActivityList.qml" line="30"/>
        <source>Activity list</source>
        <translation>事件清單</translation>
    </message>
</context>
<context>
    <name>BasicComboBox</name>
    <message>
        <location filename="../src/gui/BasicComboBox.qml" line="58"/>
        <source>Clear status message menu</source>
        <translation>清除狀態訊息選單</translation>
    </message>
</context>
<context>
    <name>CallNotificationDialog</name>
    <message>
        <location filename="../src/gui/tray/CallNotificationDialog.qml" line="172"/>
        <source>Talk notification caller avatar</source>
        <translation>Talk 通知來電者大頭照</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/CallNotificationDialog.qml" line="238"/>
        <source>Answer Talk call notification</source>
        <translation>接聽 Talk 來電通知</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/CallNotificationDialog.qml" line="246"/>
        <source>Decline</source>
        <translation>回絕</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/CallNotificationDialog.qml" line="262"/>
        <source>Decline Talk call notification</source>
        <translation>回絕 Talk 來電通知</translation>
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
        <translation>正在檢查「%1」的變動</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="122"/>
        <source>Checking for changes in &apos;%1&apos;</source>
        <translation>檢查「%1」的變動</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="127"/>
        <source>Syncing %1 of %2  (%3 left)</source>
        <translation>正在同步第 %1 項，共 %2 項（剩餘 %3 項）</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="132"/>
        <source>Syncing %1 of %2</source>
        <translation>正在同步第 %1 項，共 %2 項</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="139"/>
        <source>Syncing %1 (%2 left)</source>
        <translation>正在同步%1（剩餘 %2 項）</translation>
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
        <translation>無在近期更動過的檔案</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="179"/>
        <source>Sync paused</source>
        <translation>同步已暫停</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="182"/>
        <source>Syncing</source>
        <translation>正在同步</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="218"/>
        <source>Open website</source>
        <translation>開啟網站</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="230"/>
        <source>Recently changed</source>
        <translation>最近的更動</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="237"/>
        <source>Pause synchronization</source>
        <translation>暫停同步</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="244"/>
        <source>Help</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="247"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="250"/>
        <source>Log out</source>
        <translation>登出</translation>
    </message>
    <message>
        <location filename="../src/gui/cloudproviders/cloudproviderwrapper.cpp" line="253"/>
        <source>Quit sync client</source>
        <translation>退出同步客戶端</translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <location filename="../src/gui/EmojiPicker.qml" line="132"/>
        <source>No recent emojis</source>
        <translation>無最近的表情符號</translation>
    </message>
</context>
<context>
    <name>FileSystem</name>
    <message>
        <location filename="../src/common/filesystembase.cpp" line="384"/>
        <source>Could not make directories in trash</source>
        <translation>無法將目錄移到回收桶</translation>
    </message>
    <message>
        <location filename="../src/common/filesystembase.cpp" line="398"/>
        <location filename="../src/common/filesystembase.cpp" line="404"/>
        <source>Could not move &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>無法將「%1」移動至「%2」</translation>
    </message>
    <message>
        <location filename="../src/common/filesystembase.cpp" line="438"/>
        <source>Moving to the trash is not implemented on this platform</source>
        <translation>此平台不具有移至回收桶功能</translation>
    </message>
    <message>
        <location filename="../src/common/filesystembase.cpp" line="398"/>
        <location filename="../src/common/filesystembase.cpp" line="404"/>
        <source>Could not move &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>無法將「%1」移動到「%2」</translation>
    </message>
    <message>
        <location filename="../src/libsync/filesystem.cpp" line="158"/>
        <source>Error removing &quot;%1&quot;: %2</source>
        <translation>移除「%1」時發生錯誤：%2</translation>
    </message>
    <message>
        <location filename="../src/libsync/filesystem.cpp" line="158"/>
        <source>Error removing &apos;%1&apos;: %2</source>
        <translation>移除「%1」時發生錯誤：%2</translation>
    </message>
    <message>
        <location filename="../src/libsync/filesystem.cpp" line="174"/>
        <source>Could not remove folder &quot;%1&quot;</source>
        <translation>無法移除資料夾「%1」</translation>
    </message>
    <message>
        <location filename="../src/libsync/filesystem.cpp" line="174"/>
        <source>Could not remove folder &apos;%1&apos;</source>
        <translation>無法移除資料夾「%1」</translation>
    </message>
</context>
<context>
    <name>Flow2AuthWidget</name>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.ui" line="26"/>
        <source>Browser Authentication</source>
        <translation>瀏覽器驗證</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.ui" line="32"/>
        <source>Please switch to your browser to proceed.</source>
        <translation>請切換至您的瀏覽器以繼續。</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.ui" line="52"/>
        <source>Re-open Browser</source>
        <translation>重新開啟瀏覽器</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.ui" line="56"/>
        <source>Logo</source>
        <translation>商標</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.ui" line="65"/>
        <source>Copy link</source>
        <translation>複製連結</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.ui" line="73"/>
        <source>Switch to your browser to connect your account</source>
        <translation>切換到您的瀏覽器以連結您的帳號</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.ui" line="148"/>
        <source>An error occurred while connecting. Please try again.</source>
        <translation>連線時發生錯誤。請重試。</translation>
    </message>
</context>
<context>
    <name>FolderWizardSourcePage</name>
    <message>
        <location filename="../src/gui/folderwizardsourcepage.ui" line="33"/>
        <source>Pick a local folder on your computer to sync</source>
        <translation>在您的電腦選取要用來同步的本機資料夾</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizardsourcepage.ui" line="44"/>
        <source>&amp;Choose …</source>
        <translation>選擇(&amp;C)...</translation>
    </message>
</context>
<context>
    <name>FolderWizardTargetPage</name>
    <message>
        <location filename="../src/gui/folderwizardtargetpage.ui" line="131"/>
        <source>Select a remote destination folder</source>
        <translation>選擇一個遠端的目標資料夾</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizardtargetpage.ui" line="143"/>
        <source>Create folder</source>
        <translation>新增資料夾</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizardtargetpage.ui" line="163"/>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizardtargetpage.ui" line="177"/>
        <source>Folders</source>
        <translation>資料夾</translation>
    </message>
</context>
<context>
    <name>OCC::AbstractNetworkJob</name>
    <message>
        <location filename="../src/libsync/abstractnetworkjob.cpp" line="317"/>
        <source>Connection timed out</source>
        <translation>連線逾時</translation>
    </message>
    <message>
        <location filename="../src/libsync/abstractnetworkjob.cpp" line="319"/>
        <source>Unknown error: network reply was deleted</source>
        <translation>未知錯誤：網路回覆被刪除</translation>
    </message>
    <message>
        <location filename="../src/libsync/abstractnetworkjob.cpp" line="450"/>
        <source>Server replied &quot;%1 %2&quot; to &quot;%3 %4&quot;</source>
        <translation>伺服器回覆「%1 %2」到「%3 %4」</translation>
    </message>
</context>
<context>
    <name>OCC::AbstractPropagateRemoteDeleteEncrypted</name>
    <message>
        <location filename="../src/libsync/abstractpropagateremotedeleteencrypted.cpp" line="139"/>
        <source>Wrong HTTP code returned by server. Expected 204, but received &quot;%1 %2&quot;.</source>
        <translation>伺服器回傳錯誤的 HTTP 代碼。預期為 204，但收到的是「%1 %2」。</translation>
    </message>
    <message>
        <location filename="../src/libsync/abstractpropagateremotedeleteencrypted.cpp" line="181"/>
        <source>&quot;%1 Failed to unlock encrypted folder %2&quot;.</source>
        <translation>「%1 解鎖已加密的資料夾 %2 失敗」。</translation>
    </message>
</context>
<context>
    <name>OCC::Account</name>
    <message>
        <location filename="../src/libsync/account.cpp" line="871"/>
        <source>File %1 is already locked by %2.</source>
        <translation>檔案 %1 已被 %2 鎖定。</translation>
    </message>
    <message>
        <location filename="../src/libsync/account.cpp" line="873"/>
        <source>Lock operation on %1 failed with error %2</source>
        <translation>%1 的鎖定操作失敗，錯誤為 %2</translation>
    </message>
    <message>
        <location filename="../src/libsync/account.cpp" line="875"/>
        <source>Unlock operation on %1 failed with error %2</source>
        <translation>%1 的解除鎖定操作失敗，錯誤為 %2</translation>
    </message>
</context>
<context>
    <name>OCC::AccountManager</name>
    <message>
        <location filename="../src/gui/accountmanager.cpp" line="406"/>
        <source>End to end encryption mnemonic</source>
        <translation>端到端加密助記碼</translation>
    </message>
    <message>
        <location filename="../src/gui/accountmanager.cpp" line="406"/>
        <source>End-to-end encryption mnemonic</source>
        <translation>端到端加密助記碼</translation>
    </message>
    <message>
        <location filename="../src/gui/accountmanager.cpp" line="407"/>
        <source>To protect your Cryptographic Identity, we encrypt it with a mnemonic of 12 dictionary words. Please note these down and keep them safe. They will be needed to add other devices to your account (like your mobile phone or laptop).</source>
        <translation>為了保護您的身份，我們將用含 12 個單詞的助記碼進行加密。請將這些單詞記在一個安全的地方。要將其他裝置（如手機或筆記型電腦）加入您的帳號中，需用到此助記碼。</translation>
    </message>
</context>
<context>
    <name>OCC::AccountSettings</name>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="31"/>
        <source>Unchecked folders will be &lt;b&gt;removed&lt;/b&gt; from your local file system and will not be synchronized to this computer anymore</source>
        <translation>未標示的資料夾將會從這台電腦被&lt;b&gt;刪除&lt;/b&gt;，而且不會再被同步到這台電腦 </translation>
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
        <translation>套用</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="118"/>
        <source>Connected with &lt;server&gt; as &lt;user&gt;</source>
        <translation>以 &lt;user&gt; 的身分連線到 &lt;server&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="148"/>
        <source>Storage space: …</source>
        <translation>儲存空間：……</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="256"/>
        <source>Synchronize all</source>
        <translation>全部同步</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="263"/>
        <source>Synchronize none</source>
        <translation>全部不同步</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.ui" line="270"/>
        <source>Apply manual changes</source>
        <translation>套用手動改變</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="88"/>
        <source>End-to-End Encryption with Virtual Files</source>
        <translation>虛擬檔案的端到端加密</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="89"/>
        <source>You seem to have the Virtual Files feature enabled on this folder. At the moment, it is not possible to implicitly download virtual files that are End-to-End encrypted. To get the best experience with Virtual Files and End-to-End Encryption, make sure the encrypted folder is marked with &quot;Make always available locally&quot;.</source>
        <translation>您似乎在此資料夾啟用了虛擬檔案的功能。目前無法下載透過端到端加密的虛擬檔案。為了得到最佳的虛擬檔案與端到端加密體驗，請確保已加密的資料夾被標記為「一律可在本機使用」。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="97"/>
        <source>Don&apos;t encrypt folder</source>
        <translation>不加密資料夾</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="100"/>
        <source>Encrypt folder</source>
        <translation>加密資料夾</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="233"/>
        <location filename="../src/gui/accountsettings.cpp" line="254"/>
        <source>This account supports end-to-end encryption</source>
        <translation>此帳號支援端點對端點加密</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="235"/>
        <source>Display mnemonic</source>
        <translation>顯示助記碼</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="241"/>
        <source>No account configured.</source>
        <translation>未設定帳號。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="220"/>
        <source>Add new</source>
        <translation>新增</translation>
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
        <translation>帳號</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="256"/>
        <source>Enable encryption</source>
        <translation>啟用加密</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="261"/>
        <source>Show E2E mnemonic</source>
        <translation>顯示端到端助記碼</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="270"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="89"/>
        <source>You seem to have the Virtual Files feature enabled on this folder. At  the moment, it is not possible to implicitly download virtual files that are End-to-End encrypted. To get the best experience with Virtual Files and End-to-End Encryption, make sure the encrypted folder is marked with &quot;Make always available locally&quot;.</source>
        <translation>您似乎在此資料夾啟用了虛擬檔案的功能。目前無法下載透過端到端加密的虛擬檔案。為了得到最佳的虛擬檔案與端到端加密體驗，請確保已加密的資料夾被標記為「一律可在本機使用」。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="330"/>
        <source>You cannot encrypt a folder with contents, please remove the files.
Wait for the new sync, then encrypt it.</source>
        <translation>您無法加密有內容的資料夾，請移除檔案。
等待新同步，然後加密。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="354"/>
        <source>Encryption failed</source>
        <translation>加密失敗</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="354"/>
        <source>Could not encrypt folder because the folder does not exist anymore</source>
        <translation>無法加密資料夾，因為該資料夾不存在</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="466"/>
        <location filename="../src/gui/accountsettings.cpp" line="554"/>
        <source>Open folder</source>
        <translation>開啟資料夾</translation>
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
        <translation>編輯要忽視的檔案</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="494"/>
        <location filename="../src/gui/accountsettings.cpp" line="560"/>
        <source>Create new folder</source>
        <translation>建立新資料夾</translation>
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
        <translation>選擇要同步的項目</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="571"/>
        <source>Force sync now</source>
        <translation>強制同步</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="573"/>
        <source>Restart sync</source>
        <translation>重新啟動同步</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="579"/>
        <source>Resume sync</source>
        <translation>繼續同步</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="579"/>
        <source>Pause sync</source>
        <translation>暫停同步</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="582"/>
        <source>Remove folder sync connection</source>
        <translation>移除資料夾同步連線</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="595"/>
        <source>Disable virtual file support …</source>
        <translation>停用虛擬檔案支援……</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="604"/>
        <source>Enable virtual file support %1 …</source>
        <translation>啟用虛擬檔案支援 %1……</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="604"/>
        <source>(experimental)</source>
        <translation>（實驗性）</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="697"/>
        <source>Folder creation failed</source>
        <translation>資料夾建立失敗</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="698"/>
        <source>&lt;p&gt;Could not create local folder &lt;i&gt;%1&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;無法建立本機資料夾&lt;i&gt;%1&lt;/i&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="753"/>
        <source>Confirm Folder Sync Connection Removal</source>
        <translation>確認移除資料夾同步連線</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="754"/>
        <source>&lt;p&gt;Do you really want to stop syncing the folder &lt;i&gt;%1&lt;/i&gt;?&lt;/p&gt;&lt;p&gt;&lt;b&gt;Note:&lt;/b&gt; This will &lt;b&gt;not&lt;/b&gt; delete any files.&lt;/p&gt;</source>
        <translation>&lt;p&gt;您真的想要停止同步資料夾 &lt;i&gt;%1&lt;/i&gt; 嗎？&lt;/p&gt;&lt;p&gt;&lt;b&gt;注意：&lt;/b&gt;這&lt;b&gt;不會&lt;/b&gt;刪除任何檔案。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="761"/>
        <source>Remove Folder Sync Connection</source>
        <translation>移除資料夾同步連線</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="865"/>
        <source>Disable virtual file support?</source>
        <translation>停用虛擬檔案支援？</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="866"/>
        <source>This action will disable virtual file support. As a consequence contents of folders that are currently marked as &quot;available online only&quot; will be downloaded.

The only advantage of disabling virtual file support is that the selective sync feature will become available again.

This action will abort any currently running synchronization.</source>
        <translation>此動作將會停用虛擬檔案支援。結果是將會下載目前標記為「僅線上可用」的資料夾內容。

停用虛擬檔案支援的好處是選擇性同步功能將再次可用。

此動作將會中止任何目前正在執行的同步。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="873"/>
        <source>Disable support</source>
        <translation>停用支援</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="991"/>
        <source>Sync Running</source>
        <translation>正在執行同步</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="992"/>
        <source>The syncing operation is running.&lt;br/&gt;Do you want to terminate it?</source>
        <translation>正在執行同步動作。&lt;br/&gt;您真的想要中斷嗎？</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1075"/>
        <source>%1 (%3%) of %2 in use. Some folders, including network mounted or shared folders, might have different limits.</source>
        <translation>%1 (%3%) 中的 %2 正在使用， 有些資料夾，包括網路掛載或分享資料夾，可能有不同的限制。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1076"/>
        <source>%1 of %2 in use</source>
        <translation>已使用 %2 中的 %1%</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1085"/>
        <source>Currently there is no storage usage information available.</source>
        <translation>目前無法查詢儲存空間使用資訊。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1088"/>
        <source>%1 in use</source>
        <translation>%1 正在使用</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1079"/>
        <source>%1 as &lt;i&gt;%2&lt;/i&gt;</source>
        <translation>%1 如 &lt;i&gt;%2&lt;i&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="772"/>
        <source>The server version %1 is old and unsupported! Proceed at your own risk.</source>
        <translation>伺服器版本 %1 過舊，已不支援。繼續的風險請自負。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1066"/>
        <source>Log in</source>
        <translation>登入</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1115"/>
        <source>%1 as %2</source>
        <translation>%1 作為 %2</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1122"/>
        <source>The server version %1 is unsupported! Proceed at your own risk.</source>
        <translation>已不支援伺服器版本 %1！繼續的風險請自負。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1124"/>
        <source>Connected to %1.</source>
        <translation>已連線到 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1128"/>
        <source>Server %1 is temporarily unavailable.</source>
        <translation>伺服器 ％1 暫時無法使用。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1131"/>
        <source>Server %1 is currently in maintenance mode.</source>
        <translation>伺服器 %1 目前正處於維護模式。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1134"/>
        <source>Signed out from %1.</source>
        <translation>從 %1 登出。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1144"/>
        <source>Obtaining authorization from the browser. &lt;a href=&apos;%1&apos;&gt;Click here&lt;/a&gt; to re-open the browser.</source>
        <translation>正在從瀏覽器取得授權。&lt;a href=&apos;%1&apos;&gt;點擊此處&lt;/a&gt;以重新開啟瀏覽器。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1148"/>
        <source>Connecting to %1 …</source>
        <translation>正在連線到 %1……</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1153"/>
        <source>No connection to %1 at %2.</source>
        <translation>在 %2 沒有連線到 %1。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1158"/>
        <source>Server configuration error: %1 at %2.</source>
        <translation>伺服器設定錯誤：%1 於 %2。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1169"/>
        <source>No %1 connection configured.</source>
        <translation>未設定 %1 連線。</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1341"/>
        <source>There are folders that were not synchronized because they are too big: </source>
        <translation>有部份的資料夾因為容量太大沒有辦法同步：</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1343"/>
        <source>There are folders that were not synchronized because they are external storages: </source>
        <translation>有部分資料夾因為是外部儲存空間沒有辦法同步：</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1344"/>
        <source>There are folders that were not synchronized because they are too big or external storages: </source>
        <translation>有部分資料夾因為容量太大或是外部儲存空間沒有辦法同步：</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1356"/>
        <source>Confirm Account Removal</source>
        <translation>確認移除帳號</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1357"/>
        <source>&lt;p&gt;Do you really want to remove the connection to the account &lt;i&gt;%1&lt;/i&gt;?&lt;/p&gt;&lt;p&gt;&lt;b&gt;Note:&lt;/b&gt; This will &lt;b&gt;not&lt;/b&gt; delete any files.&lt;/p&gt;</source>
        <translation>&lt;p&gt;您真的想要移除到帳號 &lt;i&gt;%1&lt;/i&gt; 的連線嗎？&lt;/p&gt;&lt;p&gt;&lt;b&gt;注意：&lt;/b&gt;這&lt;b&gt;不會&lt;/b&gt;刪除任何檔案。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/accountsettings.cpp" line="1362"/>
        <source>Remove connection</source>
        <translation>移除連線</translation>
    </message>
</context>
<context>
    <name>OCC::AccountState</name>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="149"/>
        <source>Signed out</source>
        <translation>已登出</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="151"/>
        <source>Disconnected</source>
        <translation>已斷線</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="153"/>
        <source>Connected</source>
        <translation>已連線</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="155"/>
        <source>Service unavailable</source>
        <translation>服務無法使用</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="157"/>
        <source>Maintenance mode</source>
        <translation>維護模式</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="159"/>
        <source>Network error</source>
        <translation>網路錯誤</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="161"/>
        <source>Configuration error</source>
        <translation>設定錯誤</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="163"/>
        <source>Asking Credentials</source>
        <translation>正在詢問憑證</translation>
    </message>
    <message>
        <location filename="../src/gui/accountstate.cpp" line="165"/>
        <source>Unknown account state</source>
        <translation>未知的帳號狀態</translation>
    </message>
</context>
<context>
    <name>OCC::ActivityListModel</name>
    <message>
        <location filename="../src/gui/tray/activitylistmodel.cpp" line="466"/>
        <source>For more activities please open the Activity app.</source>
        <translation>請開啟活動應用程式以檢視更多活動。</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/activitylistmodel.cpp" line="488"/>
        <source>Fetching activities …</source>
        <translation>正在擷取活動紀錄……</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/activitylistmodel.cpp" line="488"/>
        <source>Fetching activities…</source>
        <translation>正在擷取活動紀錄……</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/activitylistmodel.cpp" line="559"/>
        <source>Files from the ignore list as well as symbolic links are not synced.</source>
        <translation>忽略列表中的檔案與符號連結不會同步。</translation>
    </message>
    <message>
        <location filename="../src/gui/activitylistmodel.cpp" line="241"/>
        <source>Files from the ignore list as well as symbolic links are not synced. This includes:</source>
        <translation>忽略列表中的檔案與符號連結不會同步。其中包含了：</translation>
    </message>
</context>
<context>
    <name>OCC::AddCertificateDialog</name>
    <message>
        <location filename="../src/gui/addcertificatedialog.ui" line="17"/>
        <source>SSL client certificate authentication</source>
        <translation>SSL 客戶端憑證驗證</translation>
    </message>
    <message>
        <location filename="../src/gui/addcertificatedialog.ui" line="23"/>
        <source>This server probably requires a SSL client certificate.</source>
        <translation>伺服器可能需要客戶端 SSL 憑證。</translation>
    </message>
    <message>
        <location filename="../src/gui/addcertificatedialog.ui" line="35"/>
        <source>Certificate &amp; Key (pkcs12):</source>
        <translation>憑證與金鑰 (pkcs12)：</translation>
    </message>
    <message>
        <location filename="../src/gui/addcertificatedialog.ui" line="35"/>
        <source>Certificate &amp; Key (pkcs12) :</source>
        <translation>憑證與金鑰 (pkcs12)：</translation>
    </message>
    <message>
        <location filename="../src/gui/addcertificatedialog.ui" line="51"/>
        <source>Browse …</source>
        <translation>瀏覽……</translation>
    </message>
    <message>
        <location filename="../src/gui/addcertificatedialog.ui" line="60"/>
        <source>Certificate password:</source>
        <translation>憑證密碼：</translation>
    </message>
    <message>
        <location filename="../src/gui/addcertificatedialog.ui" line="79"/>
        <source>An encrypted pkcs12 bundle is strongly recommended as a copy will be stored in the configuration file.</source>
        <translation>強烈建議使用加密的 pkcs12 套裝，因為副本將儲存在設定檔中。</translation>
    </message>
    <message>
        <location filename="../src/gui/addcertificatedialog.cpp" line="38"/>
        <source>Select a certificate</source>
        <translation>選取憑證</translation>
    </message>
    <message>
        <location filename="../src/gui/addcertificatedialog.cpp" line="38"/>
        <source>Certificate files (*.p12 *.pfx)</source>
        <translation>憑證檔案 (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>OCC::Application</name>
    <message>
        <location filename="../src/gui/application.cpp" line="147"/>
        <source>Continuing will mean &lt;b&gt;deleting these settings&lt;/b&gt;.</source>
        <translation>繼續代表了&lt;b&gt;刪除這些設定&lt;/b&gt;。</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="149"/>
        <source>Continuing will mean &lt;b&gt;ignoring these settings&lt;/b&gt;.</source>
        <translation>繼續代表了&lt;b&gt;忽略這些設定&lt;/b&gt;。</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="155"/>
        <source>Some settings were configured in newer versions of this client and use features that are not available in this version.&lt;br&gt;&lt;br&gt;%1&lt;br&gt;&lt;br&gt;The current configuration file was already backed up to &lt;i&gt;%2&lt;/i&gt;.</source>
        <translation>部份設定是在此客戶端的較新版本中設定的，且使用了此版本不提供的功能。&lt;br&gt;&lt;br&gt;%1&lt;br&gt;&lt;br&gt;目前的設定檔已備份至 &lt;i&gt;%2&lt;/i&gt;。</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="162"/>
        <source>Quit</source>
        <translation>離開</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="163"/>
        <source>Continue</source>
        <translation>繼續</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="334"/>
        <source>Error accessing the configuration file</source>
        <translation>存取設定檔時發生錯誤</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="335"/>
        <source>There was an error while accessing the configuration file at %1. Please make sure the file can be accessed by your user.</source>
        <translation>存取位於 %1 的設定檔時發生錯誤。請確保您的使用者可以存取該檔案。</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="335"/>
        <source>There was an error while accessing the configuration file at %1. Please make sure the file can be accessed by your system account.</source>
        <translation>存取位於 %1 的設定檔時發生錯誤。請確保您的系統帳號可以存取該檔案。</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="338"/>
        <source>Quit %1</source>
        <translation>離開 %1</translation>
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
        <source>Enter username and password for &quot;%1&quot; at %2.</source>
        <translation>於 %2 輸入「％1」的使用者與密碼。</translation>
    </message>
    <message>
        <location filename="../src/gui/authenticationdialog.cpp" line="32"/>
        <source>Enter username and password for &apos;%1&apos; at %2.</source>
        <translation>輸入「%1」在 %2 的使用者名稱與密碼。</translation>
    </message>
    <message>
        <location filename="../src/gui/authenticationdialog.cpp" line="37"/>
        <source>&amp;Username:</source>
        <translation>使用者名稱(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../src/gui/authenticationdialog.cpp" line="37"/>
        <source>&amp;User:</source>
        <translation>使用者(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../src/gui/authenticationdialog.cpp" line="38"/>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>OCC::BulkPropagatorJob</name>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="122"/>
        <source>File %1 cannot be uploaded because another file with the same name, differing only in case, exists</source>
        <translation>無法上傳 %1 檔案，因為另一個僅有大小寫不同的相同名稱檔案已存在</translation>
    </message>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="169"/>
        <source>File %1 has invalid modified time. Do not upload to the server.</source>
        <translation>檔案 %1 的修改時間無效。不要上傳到伺服器。</translation>
    </message>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="294"/>
        <source>File Removed (start upload) %1</source>
        <translation>已移除檔案（開始上傳）%1</translation>
    </message>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="305"/>
        <source>File %1 has invalid modification time. Do not upload to the server.</source>
        <translation>檔案 %1 的修改時間無效。不要上傳到伺服器。</translation>
    </message>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="313"/>
        <source>Local file changed during syncing. It will be resumed.</source>
        <translation>本機檔案在同步的過程中被修改。其將會被復原。</translation>
    </message>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="327"/>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="646"/>
        <source>Local file changed during sync.</source>
        <translation>本機檔案在同步的過程中被修改。</translation>
    </message>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="420"/>
        <source>Network error: %1</source>
        <translation>網路錯誤：%1</translation>
    </message>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="420"/>
        <source>Network Error: %1</source>
        <translation>網路錯誤：%1</translation>
    </message>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="465"/>
        <source>Error updating metadata: %1</source>
        <translation>更新詮釋資料時發生錯誤：%1</translation>
    </message>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="468"/>
        <source>The file %1 is currently in use</source>
        <translation>檔案 %1 目前使用中</translation>
    </message>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="629"/>
        <source>The local file was removed during sync.</source>
        <translation>本機檔案在同步的過程中被移除。</translation>
    </message>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="676"/>
        <source>Restoration failed: %1</source>
        <translation>還原失敗：%1</translation>
    </message>
    <message>
        <location filename="../src/libsync/bulkpropagatorjob.cpp" line="676"/>
        <source>; Restoration Failed: %1</source>
        <translation>；復原失敗：%1</translation>
    </message>
</context>
<context>
    <name>OCC::CleanupPollsJob</name>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="1384"/>
        <source>Error writing metadata to the database</source>
        <translation>將詮釋資料寫入到資料庫時發生錯誤</translation>
    </message>
</context>
<context>
    <name>OCC::ClientSideEncryption</name>
    <message>
        <location filename="../src/libsync/clientsideencryption.cpp" line="1241"/>
        <source>Please enter your end to end encryption passphrase:&lt;br&gt;&lt;br&gt;User: %2&lt;br&gt;Account: %3&lt;br&gt;</source>
        <translation>請輸入您的端到端加密認證資訊：&lt;br&gt;&lt;br&gt;使用者：%2&lt;br&gt;帳號：%3&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../src/libsync/clientsideencryption.cpp" line="1241"/>
        <source>Please enter your end-to-end encryption passphrase:&lt;br&gt;&lt;br&gt;Username: %2&lt;br&gt;Account: %3&lt;br&gt;</source>
        <translation>請輸入您的端到端加密通關密語：&lt;br&gt;&lt;br&gt;使用者名稱：%2&lt;br&gt;帳號：%3&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../src/libsync/clientsideencryption.cpp" line="1249"/>
        <source>Enter E2E passphrase</source>
        <translation>輸入端到端加密認證資訊</translation>
    </message>
</context>
<context>
    <name>OCC::ConflictDialog</name>
    <message>
        <location filename="../src/gui/conflictdialog.ui" line="14"/>
        <source>Sync Conflict</source>
        <translation>同步衝突</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.ui" line="20"/>
        <location filename="../src/gui/conflictdialog.cpp" line="94"/>
        <source>Conflicting versions of %1.</source>
        <translation>衝突的 %1 版本。</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.ui" line="32"/>
        <source>Which version of the file do you want to keep?&lt;br/&gt;If you select both versions, the local file will have a number added to its name.</source>
        <translation>您想要保留哪個版本的檔案？&lt;br/&gt;如果您選擇同時保留兩個版本，本機的檔案名稱後方僵化加上數字。</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.ui" line="46"/>
        <source>Local version</source>
        <translation>本機版本</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.ui" line="57"/>
        <location filename="../src/gui/conflictdialog.ui" line="165"/>
        <source>Click to open the file</source>
        <translation>點選開啟檔案</translation>
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
        <translation>0 位元組</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.ui" line="110"/>
        <source>&lt;a href=&quot;%1&quot;&gt;Open local version&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;開啟本機版本&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.ui" line="154"/>
        <source>Server version</source>
        <translation>伺服器版本</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.ui" line="218"/>
        <source>&lt;a href=&quot;%1&quot;&gt;Open server version&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;開啟伺服器版本&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.cpp" line="54"/>
        <location filename="../src/gui/conflictdialog.cpp" line="177"/>
        <source>Keep selected version</source>
        <translation>保留選取的版本</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.cpp" line="148"/>
        <source>Open local version</source>
        <translation>開啟本機版本</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.cpp" line="156"/>
        <source>Open server version</source>
        <translation>開啟伺服器版本</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.cpp" line="174"/>
        <source>Keep both versions</source>
        <translation>保留兩個版本</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.cpp" line="175"/>
        <source>Keep local version</source>
        <translation>保留本機版本</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictdialog.cpp" line="176"/>
        <source>Keep server version</source>
        <translation>保留伺服器版本</translation>
    </message>
</context>
<context>
    <name>OCC::ConflictSolver</name>
    <message>
        <location filename="../src/gui/conflictsolver.cpp" line="88"/>
        <source>Do you want to delete the directory &lt;i&gt;%1&lt;/i&gt; and all its contents permanently?</source>
        <translation>您確定要永久刪除所選目錄 &lt;i&gt;%1&lt;/i&gt; 和裡面的內容嗎？</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictsolver.cpp" line="89"/>
        <source>Do you want to delete the file &lt;i&gt;%1&lt;/i&gt; permanently?</source>
        <translation>您確定要永久刪除檔案 &lt;i&gt;%1&lt;/i&gt; 嗎？</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictsolver.cpp" line="90"/>
        <source>Confirm deletion</source>
        <translation>確認刪除</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictsolver.cpp" line="134"/>
        <location filename="../src/gui/conflictsolver.cpp" line="159"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../src/gui/conflictsolver.cpp" line="134"/>
        <location filename="../src/gui/conflictsolver.cpp" line="159"/>
        <source>Moving file failed:

%1</source>
        <translation>移動檔案失敗：

%1</translation>
    </message>
</context>
<context>
    <name>OCC::ConnectionValidator</name>
    <message>
        <location filename="../src/gui/connectionvalidator.cpp" line="50"/>
        <source>No Nextcloud account configured</source>
        <translation>沒有 Nextcloud 帳號的設定檔</translation>
    </message>
    <message>
        <location filename="../src/gui/connectionvalidator.cpp" line="147"/>
        <source>Authentication error: Either username or password are wrong.</source>
        <translation>驗證錯誤︰使用者名稱或是密碼錯誤。</translation>
    </message>
    <message>
        <location filename="../src/gui/connectionvalidator.cpp" line="159"/>
        <source>Timeout</source>
        <translation>逾時</translation>
    </message>
    <message>
        <location filename="../src/gui/connectionvalidator.cpp" line="159"/>
        <source>timeout</source>
        <translation>逾時</translation>
    </message>
    <message>
        <location filename="../src/gui/connectionvalidator.cpp" line="196"/>
        <source>The provided credentials are not correct</source>
        <translation>提供的憑證不正確</translation>
    </message>
    <message>
        <location filename="../src/gui/connectionvalidator.cpp" line="267"/>
        <source>The configured server for this client is too old</source>
        <translation>設定的伺服器對此客戶端來說太舊了</translation>
    </message>
    <message>
        <location filename="../src/gui/connectionvalidator.cpp" line="268"/>
        <source>Please update to the latest server and restart the client.</source>
        <translation>請將伺服器端更新到最新版並重新啟動客戶端。</translation>
    </message>
</context>
<context>
    <name>OCC::DiscoveryPhase</name>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="189"/>
        <source>Error while canceling deletion of a file</source>
        <translation>取消刪除檔案時發生錯誤</translation>
    </message>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="189"/>
        <source>Error while canceling delete of a file</source>
        <translation>取消刪除檔案時發生錯誤</translation>
    </message>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="190"/>
        <source>Error while canceling deletion of %1</source>
        <translation>取消刪除 %1 時發生錯誤</translation>
    </message>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="190"/>
        <source>Error while canceling delete of %1</source>
        <translation>取消刪除 %1 時發生錯誤</translation>
    </message>
</context>
<context>
    <name>OCC::DiscoverySingleDirectoryJob</name>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="398"/>
        <source>The server file discovery reply is missing data.</source>
        <translation>伺服器回報檔案遺失。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="567"/>
        <location filename="../src/libsync/discoveryphase.cpp" line="592"/>
        <source>Server error: PROPFIND reply is not XML formatted!</source>
        <translation>伺服器錯誤：PROPFIND 回覆未使用 XML 格式！</translation>
    </message>
</context>
<context>
    <name>OCC::DiscoverySingleLocalDirectoryJob</name>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="275"/>
        <source>Error while opening directory %1</source>
        <translation>開啟目錄 %1 時發生錯誤</translation>
    </message>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="277"/>
        <source>Directory not accessible on client, permission denied</source>
        <translation>客戶端無法存取目錄，權限被拒</translation>
    </message>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="281"/>
        <source>Directory not found: %1</source>
        <translation>找不到目錄：%1</translation>
    </message>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="312"/>
        <source>Filename encoding is not valid</source>
        <translation>檔案名稱編碼無效</translation>
    </message>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="331"/>
        <source>Error while reading directory %1</source>
        <translation>讀取目錄 %1 時發生錯誤</translation>
    </message>
</context>
<context>
    <name>OCC::EncryptFolderJob</name>
    <message>
        <location filename="../src/libsync/encryptfolderjob.cpp" line="79"/>
        <source>Could not generate the metadata for encryption, Unlocking the folder.
This can be an issue with your OpenSSL libraries.</source>
        <translation>無法生成用於加密的詮釋資料，正在解鎖資料夾。
這可能是您 OpenSSL 函式庫的問題。</translation>
    </message>
</context>
<context>
    <name>OCC::Flow2Auth</name>
    <message>
        <location filename="../src/gui/creds/flow2auth.cpp" line="104"/>
        <source>The polling URL does not start with HTTPS despite the login URL started with HTTPS. Login will not be possible because this might be a security issue. Please contact your administrator.</source>
        <translation>雖然登入的 URL 是以 HTTPS 開頭，但輪詢的 URL 不是。因為這可能是安全性問題，所以您無法登入。請聯絡您的管理員。</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/flow2auth.cpp" line="115"/>
        <location filename="../src/gui/creds/flow2auth.cpp" line="233"/>
        <source>Error returned from the server: &lt;em&gt;%1&lt;/em&gt;</source>
        <translation>伺服器回傳錯誤訊息：&lt;em&gt;%1&lt;/em&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/flow2auth.cpp" line="118"/>
        <location filename="../src/gui/creds/flow2auth.cpp" line="226"/>
        <source>There was an error accessing the &apos;token&apos; endpoint: &lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</source>
        <translation>存取權杖進入點發生錯誤：&lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/flow2auth.cpp" line="118"/>
        <location filename="../src/gui/creds/flow2auth.cpp" line="236"/>
        <source>There was an error accessing the &quot;token&quot; endpoint: &lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</source>
        <translation>存取「權杖」進入點發生錯誤：&lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/flow2auth.cpp" line="121"/>
        <location filename="../src/gui/creds/flow2auth.cpp" line="239"/>
        <source>Could not parse the JSON returned from the server: &lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</source>
        <translation>無法解析伺服器回傳的 JSON：&lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/flow2auth.cpp" line="124"/>
        <location filename="../src/gui/creds/flow2auth.cpp" line="242"/>
        <source>The reply from the server did not contain all expected fields</source>
        <translation>伺服器的回應並未包含所有預期的欄位</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/flow2auth.cpp" line="221"/>
        <source>The returned server URL does not start with HTTPS despite the login URL started with HTTPS. Login will not be possible because this might be a security issue. Please contact your administrator.</source>
        <translation>雖然登入的 URL 是以 HTTPS 開頭，但回傳的 URL 不是。因為這可能是安全性問題，所以您無法登入。請聯絡您的管理員。</translation>
    </message>
</context>
<context>
    <name>OCC::Flow2AuthWidget</name>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.cpp" line="97"/>
        <source>Unable to open the Browser, please copy the link to your Browser.</source>
        <translation>無法開啟瀏覽器，請將連結複製到瀏覽器中。</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.cpp" line="160"/>
        <source>Waiting for authorization</source>
        <translation>正在等候授權</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.cpp" line="165"/>
        <source>Polling for authorization</source>
        <translation>正在輪詢授權</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.cpp" line="170"/>
        <source>Starting authorization</source>
        <translation>開始授權</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.cpp" line="174"/>
        <source>Link copied to clipboard.</source>
        <translation>超連結已複製到剪貼簿。</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.cpp" line="221"/>
        <source>Reopen Browser</source>
        <translation>重新開啟瀏覽器</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authwidget.cpp" line="224"/>
        <source>Copy Link</source>
        <translation>複製連結</translation>
    </message>
</context>
<context>
    <name>OCC::Folder</name>
    <message>
        <location filename="../src/gui/folder.cpp" line="175"/>
        <source>Local folder %1 does not exist.</source>
        <translation>本機資料夾 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="178"/>
        <source>%1 should be a folder but is not.</source>
        <translation>%1 應該是資料夾，但並不是。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="181"/>
        <source>%1 is not readable.</source>
        <translation>%1 不可讀。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="428"/>
        <source>%1 and %n other file(s) have been removed.</source>
        <translation><numerusform>已移除 %1 跟 %n 個其他檔案。</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="430"/>
        <source>%1 has been removed.</source>
        <comment>%1 names a file.</comment>
        <translation>已移除 %1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="380"/>
        <source>%1 and %n other file(s) have been downloaded.</source>
        <translation><numerusform>已下載 %1 跟 %n 個其他檔案。</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="382"/>
        <source>%1 has been downloaded.</source>
        <comment>%1 names a file.</comment>
        <translation>已下載 %1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="435"/>
        <source>%1 and %n other file(s) have been added.</source>
        <translation><numerusform>已新增 %1 跟 %n 個其他檔案。</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="437"/>
        <source>%1 has been added.</source>
        <comment>%1 names a file.</comment>
        <translation>已新增 %1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="442"/>
        <source>%1 and %n other file(s) have been updated.</source>
        <translation><numerusform>已更新 %1 跟 %n 個其他檔案。</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="444"/>
        <source>%1 has been updated.</source>
        <comment>%1 names a file.</comment>
        <translation>已更新 %1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="449"/>
        <source>%1 has been renamed to %2 and %n other file(s) have been renamed.</source>
        <translation><numerusform>%1 已被更名為 %2，其他 %n 個檔案也被更名。</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="451"/>
        <source>%1 has been renamed to %2.</source>
        <comment>%1 and %2 name files.</comment>
        <translation>%1 已被重新命名為 %2。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="456"/>
        <source>%1 has been moved to %2 and %n other file(s) have been moved.</source>
        <translation><numerusform>%1 已被移動到 %2，其他 %n 個檔案也被移動。</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="458"/>
        <source>%1 has been moved to %2.</source>
        <translation>%1 已被移動到 %2。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="463"/>
        <source>%1 has and %n other file(s) have sync conflicts.</source>
        <translation><numerusform>%1 跟 %n 個其他檔案同步時發生衝突。</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="465"/>
        <source>%1 has a sync conflict. Please check the conflict file!</source>
        <translation>%1 同步時發生衝突。請檢查發生衝突的檔案！</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="470"/>
        <source>%1 and %n other file(s) could not be synced due to errors. See the log for details.</source>
        <translation><numerusform>%1 跟 %n 個其他檔案因為錯誤無法被同步。請檢視紀錄檔以取得詳細資訊。</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="472"/>
        <source>%1 could not be synced due to an error. See the log for details.</source>
        <translation>%1 因為錯誤無法被同步。請檢視紀錄檔以取得詳細資訊。</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folder.cpp" line="477"/>
        <source>%1 and %n other file(s) are currently locked.</source>
        <translation><numerusform>%1 跟 %n 個其他檔案正在被鎖定狀態。</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="479"/>
        <source>%1 is currently locked.</source>
        <translation>%1 目前已被鎖定。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="487"/>
        <source>Sync Activity</source>
        <translation>同步活動</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="842"/>
        <source>Could not read system exclude file</source>
        <translation>無法讀取系統的排除檔案</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1109"/>
        <source>A new folder larger than %1 MB has been added: %2.
</source>
        <translation>一個大於 %1 MB 的資料夾已被新增至：%2
</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1112"/>
        <source>A folder from an external storage has been added.
</source>
        <translation>一個來自外部空間的資料夾已被新增。
</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1113"/>
        <source>Please go in the settings to select it if you wish to download it.</source>
        <translation>若要下載此項目，請前往設定選擇它。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1173"/>
        <source>The folder %1 was created but was excluded from synchronization previously. Data inside it will not be synchronized.</source>
        <translation>已建立 %1 資料夾，但先前已從同步中排除。因此其中的資料將不會被同步。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1176"/>
        <source>The file %1 was created but was excluded from synchronization previously. It will not be synchronized.</source>
        <translation>已建立 %1 檔案，但先前已從同步中排除。因此其中的資料將不會被同步。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1187"/>
        <source>Changes in synchronized folders could not be tracked reliably.

This means that the synchronization client might not upload local changes immediately and will instead only scan for local changes and upload them occasionally (every two hours by default).

%1</source>
        <translation>無法可靠地追蹤要同步的資料夾內容更動。

客戶端可能無法及時上傳本地的更動，而只能每隔一段時間（預設為2小時）才掃描及上傳一次本機變更。

%1</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1052"/>
        <source>All files in the sync folder '%1' were deleted on the server.
These deletes will be synchronized to your local sync folder, making such files unavailable unless you have a right to restore. 
If you decide to restore the files, they will be re-synced with the server if you have rights to do so.
If you decide to delete the files, they will be unavailable to you, unless you are the owner.</source>
        <translation>「%1」資料夾中的所有檔案已從伺服器上移除。
同步後，這些檔案也會從您的本機資料夾中移除。除非您有復原的權限，否則您將無法讀取這些檔案。
假如您決定復原這些檔案，只要您擁有權限，這些檔案就會重新和伺服器同步。
假如您決定移除這些檔案，除非您是檔案的所有者，否則您將無法讀取這些檔案。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1057"/>
        <source>All files got deleted from your local sync folder '%1'.
These files will be deleted from the server and will not be available on your other devices if they will not be restored.
If this action was unintended you can restore the lost data now.</source>
        <translation>「%1」本機同步資料夾中的所有檔案已被移除。
這些檔案將會從伺服器上移除，使得您無法從其他裝置讀取這些檔案，除非您選擇復原。
如果您意外地做了此項動作，您可以立即復原已移除的資料。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1061"/>
        <source>Delete all files?</source>
        <translation>刪除所有檔案？</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1064"/>
        <source>Delete all files</source>
        <translation>刪除所有檔案</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1065"/>
        <source>Restore deleted files</source>
        <translation>復原已刪除的檔案</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1082"/>
        <source>This sync would reset the files to an earlier time in the sync folder '%1'.
This might be because a backup was restored on the server.
Continuing the sync as normal will cause all your files to be overwritten by an older file in an earlier state. Do you want to keep your local most recent files as conflict files?</source>
        <translation>此次同步將會將同步資料夾「%1」的檔案重設為較早的版本。
這有可能是因為伺服器被復原至一個備份。
繼續正常同步將會使您的所有檔案被較舊的版本覆寫。您希望將目前的最新檔案儲存為衝突檔案嗎？</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1087"/>
        <source>Backup detected</source>
        <translation>偵測到備份</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1090"/>
        <source>Normal Synchronisation</source>
        <translation>普通同步</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1091"/>
        <source>Keep Local Files as Conflict</source>
        <translation>將本機檔案視為衝突檔案</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1255"/>
        <source>All files in the sync folder '%1' folder were deleted on the server.
These deletes will be synchronized to your local sync folder, making such files unavailable unless you have a right to restore. 
If you decide to restore the files, they will be re-synced with the server if you have rights to do so.
If you decide to delete the files, they will be unavailable to you, unless you are the owner.</source>
        <translation>「%1」資料夾中的所有檔案已從伺服器上移除。
同步後，這些檔案也會從您的本地資料夾中移除。除非您有復原的權限，否則您將無法讀取這些檔案。
假如您決定復原這些檔案，只要您擁有權限，這些檔案就會重新和伺服器同步。
假如您決定移除這些檔案，除非您是檔案的所有者，否則您將無法讀取這些檔案。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1260"/>
        <source>All the files in your local sync folder '%1' were deleted. These deletes will be synchronized with your server, making such files unavailable unless restored.
Are you sure you want to sync those actions with the server?
If this was an accident and you decide to keep your files, they will be re-synced from the server.</source>
        <translation>在您本機同步資料夾「%1」中的所有檔案都已刪除。這些刪除將會與您的伺服器同步，除非復原，否則這些檔案將不可用。
您確定您想要與伺服器同步那些動作嗎？
如果這是意外，而且您決定保留您的檔案，它們將會自伺服器重新同步。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1269"/>
        <source>All files in the sync folder &quot;%1&quot; folder were deleted on the server.
These deletes will be synchronized to your local sync folder, making such files unavailable unless you have a right to restore. 
If you decide to restore the files, they will be re-synced with the server if you have rights to do so.
If you decide to delete the files, they will be unavailable to you, unless you are the owner.</source>
        <translation>「%1」資料夾中的所有檔案已從伺服器上移除。
同步後，這些檔案也會從您的本地資料夾中移除。除非您有復原的權限，否則您將無法讀取這些檔案。
假如您決定復原這些檔案，只要您擁有權限，這些檔案就會重新和伺服器同步。
假如您決定移除這些檔案，除非您是檔案的所有者，否則您將無法讀取這些檔案。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1274"/>
        <source>All the files in your local sync folder &quot;%1&quot; were deleted. These deletes will be synchronized with your server, making such files unavailable unless restored.
Are you sure you want to sync those actions with the server?
If this was an accident and you decide to keep your files, they will be re-synced from the server.</source>
        <translation>在您本機同步資料夾「%1」中的所有檔案都已刪除。這些刪除將會與您的伺服器同步，除非復原，否則這些檔案將不可用。
您確定您想要與伺服器同步那些動作嗎？
如果這是意外，而且您決定保留您的檔案，它們將會自伺服器重新同步。</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1278"/>
        <source>Remove All Files?</source>
        <translation>移除所有檔案？</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1282"/>
        <source>Remove all files</source>
        <translation>移除所有檔案</translation>
    </message>
    <message>
        <location filename="../src/gui/folder.cpp" line="1283"/>
        <source>Keep files</source>
        <translation>保留檔案</translation>
    </message>
</context>
<context>
    <name>OCC::FolderCreationDialog</name>
    <message>
        <location filename="../src/gui/foldercreationdialog.ui" line="14"/>
        <source>Create new folder</source>
        <translation>建立新資料夾</translation>
    </message>
    <message>
        <location filename="../src/gui/foldercreationdialog.ui" line="42"/>
        <source>Enter folder name</source>
        <translation>輸入資料夾名稱</translation>
    </message>
    <message>
        <location filename="../src/gui/foldercreationdialog.ui" line="61"/>
        <source>Folder already exists</source>
        <translation>資料夾已存在</translation>
    </message>
    <message>
        <location filename="../src/gui/foldercreationdialog.cpp" line="76"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../src/gui/foldercreationdialog.cpp" line="76"/>
        <source>Could not create a folder! Check your write permissions.</source>
        <translation>無法建立資料夾！請檢查您的寫入權限。</translation>
    </message>
</context>
<context>
    <name>OCC::FolderMan</name>
    <message>
        <location filename="../src/gui/folderman.cpp" line="401"/>
        <source>Could not reset folder state</source>
        <translation>無法重設資料夾狀態</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="390"/>
        <source>An old sync journal &apos;%1&apos; was found, but could not be removed. Please make sure that no application is currently using it.</source>
        <translation>發現較舊的同步處理日誌「%1」，但無法移除。請確認沒有應用程式正在使用它。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="402"/>
        <source>An old sync journal &quot;%1&quot; was found, but could not be removed. Please make sure that no application is currently using it.</source>
        <translation>發現較舊的同步處理日誌「%1」，但無法移除。請確認沒有應用程式正在使用它。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1250"/>
        <source> (backup)</source>
        <translation>（備份）</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1255"/>
        <source> (backup %1)</source>
        <translation>（備份 %1）</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1500"/>
        <source>Undefined State.</source>
        <translation>未定義狀態。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1500"/>
        <source>Undefined state.</source>
        <translation>未定義狀態。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1503"/>
        <source>Waiting to start syncing.</source>
        <translation>正在等待同步開始。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1506"/>
        <source>Preparing for sync.</source>
        <translation>正在準備同步。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1509"/>
        <source>Sync is running.</source>
        <translation>正在執行同步。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1371"/>
        <source>Sync was successful, unresolved conflicts.</source>
        <translation>同步成功，但衝突未解決。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1516"/>
        <source>Last Sync was successful.</source>
        <translation>最後一次同步成功。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1522"/>
        <source>Setup Error.</source>
        <translation>安裝失敗。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1525"/>
        <source>User Abort.</source>
        <translation>使用者中斷。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1514"/>
        <source>Sync finished with unresolved conflicts.</source>
        <translation>同步完成，但有未解決的衝突。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1516"/>
        <source>Last sync was successful.</source>
        <translation>上次同步成功。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1522"/>
        <source>Setup error.</source>
        <translation>設定錯誤。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1525"/>
        <source>Sync request was cancelled.</source>
        <translation>同步請求已取消。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1528"/>
        <source>Sync is paused.</source>
        <translation>同步已暫停。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1534"/>
        <source>%1 (Sync is paused)</source>
        <translation>%1（同步已暫停）</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1542"/>
        <source>No valid folder selected!</source>
        <translation>未選取有效的資料夾！</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1554"/>
        <source>The selected path does not exist!</source>
        <translation>所選的路徑不存在！</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1558"/>
        <source>The selected path is not a folder!</source>
        <translation>所選的路徑並非資料夾！</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1562"/>
        <source>You have no permission to write to the selected folder!</source>
        <translation>您沒有權限來寫入被選取的資料夾！</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1609"/>
        <source>The local folder %1 already contains a folder used in a folder sync connection. Please pick another one!</source>
        <translation>本地資料夾 %1 裡已經有被資料夾同步功能使用的資料夾，請選擇其他資料夾！</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1615"/>
        <source>The local folder %1 is already contained in a folder used in a folder sync connection. Please pick another one!</source>
        <translation>本地資料夾 %1 是被包含在一個已經被資料夾同步功能使用的資料夾，請選擇其他資料夾！</translation>
    </message>
    <message>
        <location filename="../src/gui/folderman.cpp" line="1629"/>
        <source>There is already a sync from the server to this local folder. Please pick another local folder!</source>
        <translation>此本機資料夾已設定為從伺服器同步。請挑選其他本機資料夾！</translation>
    </message>
</context>
<context>
    <name>OCC::FolderStatusDelegate</name>
    <message>
        <location filename="../src/gui/folderstatusdelegate.cpp" line="48"/>
        <source>Add Folder Sync Connection</source>
        <translation>新增資料夾同步功能的連線</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusdelegate.cpp" line="256"/>
        <source>Synchronized with local folder (%1)</source>
        <translation>已與本機資料夾同步（%1）</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusdelegate.cpp" line="307"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
</context>
<context>
    <name>OCC::FolderStatusModel</name>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="149"/>
        <source>You need to be connected to add a folder</source>
        <translation>您必須連上伺服器才能新增資料夾</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="151"/>
        <source>Click this button to add a folder to synchronize.</source>
        <translation>點擊此按鈕來新增同步資料夾</translation>
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
        <translation>從伺服器端同步資料夾列表時發生錯誤。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="203"/>
        <source>Fetching folder list from server …</source>
        <translation>正在從伺服器擷取資料夾列表……</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="229"/>
        <source>There are unresolved conflicts. Click for details.</source>
        <translation>有未解決的衝突。點擊以檢視詳細資訊。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="235"/>
        <source>Virtual file support is enabled.</source>
        <translation>已啟用虛擬檔案支援。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="257"/>
        <source>Signed out</source>
        <translation>已登出</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="299"/>
        <source>Synchronizing VirtualFiles with local folder</source>
        <translation>與本機資料夾同步虛擬檔案</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="301"/>
        <source>Synchronizing with local folder</source>
        <translation>與本機資料夾同步</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="973"/>
        <source>Checking for changes in remote &apos;%1&apos;</source>
        <translation>正在檢查遠端「%1」的變動</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="977"/>
        <source>Checking for changes in local &apos;%1&apos;</source>
        <translation>正在檢查本機「%1」的變動</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="973"/>
        <source>Checking for changes in remote &quot;%1&quot;</source>
        <translation>正在檢查遠端「%1」的變動</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="977"/>
        <source>Checking for changes in local &quot;%1&quot;</source>
        <translation>正在檢查本機「%1」的變動</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="984"/>
        <source>Reconciling changes</source>
        <translation>正在排解更動</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1019"/>
        <source>, &apos;%1&apos;</source>
        <extracomment>Build a list of file names</extracomment>
        <translation>，「%1」</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1022"/>
        <source>&apos;%1&apos;</source>
        <extracomment>Argument is a file name</extracomment>
        <translation>「%1」</translation>
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
        <translation>, </translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1052"/>
        <source>download %1/s</source>
        <extracomment>Example text: &quot;download 24Kb/s&quot; (%1 is replaced by 24Kb (translated))</extracomment>
        <translation>下載 %1／秒</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1054"/>
        <source>↓ %1/s</source>
        <translation>↓ %1／秒</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1062"/>
        <source>upload %1/s</source>
        <extracomment>Example text: &quot;upload 24Kb/s&quot; (%1 is replaced by 24Kb (translated))</extracomment>
        <translation>上傳 %1／秒</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1064"/>
        <source>↑ %1/s</source>
        <translation>↑ %1／秒</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1070"/>
        <source>%1 %2 (%3 of %4)</source>
        <extracomment>Example text: &quot;uploading foobar.png (2MB of 2MB)&quot;</extracomment>
        <translation>%1 %2（%3 的 %4）</translation>
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
        <translation>剩餘%5，%1 的 %2，檔案 %3 的 %4</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1099"/>
        <source>%1 of %2, file %3 of %4</source>
        <extracomment>Example text: &quot;12 MB of 345 MB, file 6 of 7&quot;</extracomment>
        <translation>%1 的 %2，檔案 %3 的 %4</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1106"/>
        <source>file %1 of %2</source>
        <translation>檔案 %1 的 %2</translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1152"/>
        <source>Waiting …</source>
        <translation>請稍候……</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/folderstatusmodel.cpp" line="1154"/>
        <source>Waiting for %n other folder(s) …</source>
        <translation><numerusform>正在等待其他 %n 個資料夾……</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/folderstatusmodel.cpp" line="1160"/>
        <source>Preparing to sync …</source>
        <translation>正在準備同步……</translation>
    </message>
</context>
<context>
    <name>OCC::FolderWatcher</name>
    <message>
        <location filename="../src/gui/folderwatcher.cpp" line="126"/>
        <source>The watcher did not receive a test notification.</source>
        <translation>監視程式未收到測試通知。</translation>
    </message>
</context>
<context>
    <name>OCC::FolderWatcherPrivate</name>
    <message>
        <location filename="../src/gui/folderwatcher_linux.cpp" line="88"/>
        <source>This problem usually happens when the inotify watches are exhausted. Check the FAQ for details.</source>
        <translation>這個問題通常是因為 inotify 監視程式資源耗盡。請到 FAQ 檢視詳細資訊。</translation>
    </message>
</context>
<context>
    <name>OCC::FolderWizard</name>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="650"/>
        <source>Add Folder Sync Connection</source>
        <translation>新增資料夾同步功能的連線</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="652"/>
        <source>Add Sync Connection</source>
        <translation>新增同步連線</translation>
    </message>
</context>
<context>
    <name>OCC::FolderWizardLocalPath</name>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="69"/>
        <source>Click to select a local folder to sync.</source>
        <translation>點擊選取要同步的本機資料夾。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="76"/>
        <source>Enter the path to the local folder.</source>
        <translation>請輸入本機資料夾的路徑。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="137"/>
        <source>Select the source folder</source>
        <translation>選擇來源資料夾</translation>
    </message>
</context>
<context>
    <name>OCC::FolderWizardRemotePath</name>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="210"/>
        <source>Create Remote Folder</source>
        <translation>建立遠端資料夾</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="184"/>
        <source>Enter the name of the new folder to be created below &apos;%1&apos;:</source>
        <translation>請輸入要在「%1」底下建立的資料夾名稱：</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="211"/>
        <source>Enter the name of the new folder to be created below &quot;%1&quot;:</source>
        <translation>請輸入要在「%1」底下建立的資料夾名稱：</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="240"/>
        <source>Folder was successfully created on %1.</source>
        <translation>資料夾成功建立於 %1。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="250"/>
        <source>Authentication failed accessing %1</source>
        <translation>存取 %1 驗證失敗</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="252"/>
        <source>Failed to create the folder on %1. Please check manually.</source>
        <translation>在 %1 建立資料夾失敗。請手動檢查。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="270"/>
        <source>Failed to list a folder. Error: %1</source>
        <translation>取得資料夾列表失敗。錯誤：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="351"/>
        <source>Choose this to sync the entire account</source>
        <translation> 請選擇這個功能用來同步整個帳號</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="494"/>
        <source>This folder is already being synced.</source>
        <translation>這個資料夾已經被同步了。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="496"/>
        <source>You are already syncing &lt;i&gt;%1&lt;/i&gt;, which is a parent folder of &lt;i&gt;%2&lt;/i&gt;.</source>
        <translation>您已經同步了 &lt;i&gt;%1&lt;/i&gt;，這個資料夾是 &lt;i&gt;%2&lt;/i&gt; 的上層資料夾。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="498"/>
        <source>You are already syncing &lt;i&gt;%1&lt;/i&gt;, which is a subfolder of &lt;i&gt;%2&lt;/i&gt;.</source>
        <translation>您已經同步了 &lt;i&gt;%1&lt;/i&gt;，這個資料夾是 &lt;i&gt;%2&lt;/i&gt; 的下層資料夾。</translation>
    </message>
</context>
<context>
    <name>OCC::FolderWizardSelectiveSync</name>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="537"/>
        <location filename="../src/gui/folderwizard.cpp" line="574"/>
        <source>Use virtual files instead of downloading content immediately %1</source>
        <translation>使用虛擬檔案而非立刻下載內容 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="537"/>
        <location filename="../src/gui/folderwizard.cpp" line="574"/>
        <source>(experimental)</source>
        <translation>（實驗性）</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="570"/>
        <source>Virtual files are not supported for Windows partition roots as local folder. Please choose a valid subfolder under drive letter.</source>
        <translation>Windows 分割區跟目錄不支援將虛擬檔案作為本機資料夾使用。請在磁碟區代號下選擇有效的子資料夾。</translation>
    </message>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="593"/>
        <source>Virtual files are not available for the selected folder</source>
        <translation>選取的資料夾無法使用虛擬檔案</translation>
    </message>
</context>
<context>
    <name>OCC::FormatWarningsWizardPage</name>
    <message>
        <location filename="../src/gui/folderwizard.cpp" line="50"/>
        <source>&lt;b&gt;Warning:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;警告：&lt;/b&gt; %1</translation>
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
        <translation>沒有收到來自伺服器的 E-Tag，請檢查代理伺服器或網路閘道器</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="202"/>
        <source>We received a different E-Tag for resuming. Retrying next time.</source>
        <translation>在復原時收到了不同的 E-Tag。將在下一次重新嘗試取得。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="213"/>
        <source>We received an unexpected download Content-Length.</source>
        <translation>我們收到了非預期的下載 Content-Length。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="241"/>
        <source>Server returned wrong content-range</source>
        <translation>伺服器回傳了錯誤的內容長度</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="367"/>
        <source>Connection Timeout</source>
        <translation>連線逾時</translation>
    </message>
</context>
<context>
    <name>OCC::GeneralSettings</name>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="20"/>
        <location filename="../src/gui/generalsettings.ui" line="32"/>
        <source>About</source>
        <translation>關於</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="41"/>
        <source>Legal notice</source>
        <translation>法律聲明</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="66"/>
        <source>General Settings</source>
        <translation>一般設定</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="72"/>
        <source>For System Tray</source>
        <translation>系統匣</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="75"/>
        <source>Use &amp;Monochrome Icons</source>
        <translation>使用單色圖示(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="82"/>
        <source>&amp;Launch on System Startup</source>
        <translation>系統啟動時啟動(&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="89"/>
        <source>Show Server &amp;Notifications</source>
        <translation>顯示伺服器通知(&amp;N)</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="96"/>
        <source>Show Call Notifications</source>
        <translation>顯示來電通知</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="106"/>
        <source>Updates</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="114"/>
        <source>&amp;Automatically check for Updates</source>
        <translation>自動檢查更新(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="134"/>
        <source>&amp;Channel</source>
        <translation>頻道(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="151"/>
        <location filename="../src/gui/generalsettings.cpp" line="322"/>
        <source>stable</source>
        <translation>穩定版</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="156"/>
        <location filename="../src/gui/generalsettings.cpp" line="324"/>
        <source>beta</source>
        <translation>測試版</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="183"/>
        <source>&amp;Restart &amp;&amp; Update</source>
        <translation>重新啟動並更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="198"/>
        <source>&amp;Check for Update now</source>
        <translation>立即檢查更新(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="221"/>
        <source>Advanced</source>
        <translation>進階</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="312"/>
        <source>Create Debug Archive …</source>
        <translation>建立除錯壓縮檔……</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="229"/>
        <source>Ask for confirmation before synchronizing folders larger than</source>
        <translation>先詢問，當要同步的資料夾大小超過</translation>
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
        <translation>在與外部儲存空間同步時先詢問</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="284"/>
        <source>Show sync folders in &amp;Explorer&apos;s Navigation Pane</source>
        <translation>在檔案總管的導覽面板中顯示同步資料夾(&amp;E)</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="301"/>
        <source>S&amp;how crash reporter</source>
        <translation>顯示當機回報程式(&amp;H)</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="312"/>
        <source>Edit &amp;Ignored Files</source>
        <translation>編輯被忽略的檔案(&amp;I)</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.ui" line="319"/>
        <location filename="../src/gui/generalsettings.cpp" line="475"/>
        <source>Create Debug Archive</source>
        <translation>建立除錯壓縮檔</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="149"/>
        <source>Server notifications that require attention.</source>
        <translation>需要注意的伺服器通知。</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="153"/>
        <source>Show call notification dialogs.</source>
        <translation>顯示來電通知對話方塊。</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="167"/>
        <source>You cannot disable autostart because system-wide autostart is enabled.</source>
        <translation>您無法停用自動啟動，因為已啟用系統層面的自動啟動。</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="356"/>
        <source>Change update channel?</source>
        <translation>變更更新頻道？</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="357"/>
        <source>The update channel determines which client updates will be offered for installation. The &quot;stable&quot; channel contains only upgrades that are considered reliable, while the versions in the &quot;beta&quot; channel may contain newer features and bugfixes, but have not yet been tested thoroughly.

Note that this selects only what pool upgrades are taken from, and that there are no downgrades: So going back from the beta channel to the stable channel usually cannot be done immediately and means waiting for a stable version that is newer than the currently installed beta version.</source>
        <translation>更新頻道將決定會提供哪些更新給客戶端安裝。「穩定」頻道僅包含被認為足夠可靠的升級，而「測試」頻道可能會包含較新的功能與臭蟲修復，但尚未經過全面測試。

請注意，這只是選取從哪個軟體庫中取得升級，無法降級，因此通常無法立刻從測試頻道回到穩定頻道，這代表了要等到比目前測試版本還新的穩定版本才會切換成功。</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="370"/>
        <source>Change update channel</source>
        <translation>變更更新頻道</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="371"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="475"/>
        <source>Zip Archives</source>
        <translation>ZIP 壓縮檔</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="481"/>
        <source>Debug Archive Created</source>
        <translation>已建立除錯壓縮檔</translation>
    </message>
    <message>
        <location filename="../src/gui/generalsettings.cpp" line="481"/>
        <source>Debug archive is created at %1</source>
        <translation>除錯壓縮檔已在 %1 建立</translation>
    </message>
</context>
<context>
    <name>OCC::GetOrCreatePublicLinkShare</name>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="706"/>
        <source>Password for share required</source>
        <translation>透過密碼保護分享連結</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="707"/>
        <source>Please enter a password for your link share:</source>
        <translation>請輸入分享連結密碼：</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="733"/>
        <source>Sharing error</source>
        <translation>分享發生錯誤</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="734"/>
        <source>Could not retrieve or create the public link share. Error:

%1</source>
        <translation>無法取回或生成公開分享連結。錯誤:

%1</translation>
    </message>
</context>
<context>
    <name>OCC::HttpCredentialsGui</name>
    <message>
        <location filename="../src/gui/creds/httpcredentialsgui.cpp" line="97"/>
        <source>Please enter %1 password:&lt;br&gt;&lt;br&gt;Username: %2&lt;br&gt;Account: %3&lt;br&gt;</source>
        <translation>請輸入 %1 密碼：&lt;br&gt;&lt;br&gt;使用者名稱：%2&lt;br&gt;帳號：%3&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/httpcredentialsgui.cpp" line="97"/>
        <source>Please enter %1 password:&lt;br&gt;&lt;br&gt;User: %2&lt;br&gt;Account: %3&lt;br&gt;</source>
        <translation>請輸入 %1  密碼：&lt;br&gt;&lt;br&gt;使用者：%2&lt;br&gt;帳號：%3&lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/httpcredentialsgui.cpp" line="111"/>
        <source>Reading from keychain failed with error: &quot;%1&quot;</source>
        <translation>從鑰匙串讀取資料時失敗，錯誤：「%1」</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/httpcredentialsgui.cpp" line="111"/>
        <source>Reading from keychain failed with error: &apos;%1&apos;</source>
        <translation>從鑰匙串讀取資料時失敗，錯誤：「%1」</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/httpcredentialsgui.cpp" line="118"/>
        <source>Enter Password</source>
        <translation>輸入密碼</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/httpcredentialsgui.cpp" line="156"/>
        <source>&lt;a href=&quot;%1&quot;&gt;Click here&lt;/a&gt; to request an app password from the web interface.</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;點擊此處&lt;/a&gt;，通過網頁介面索取應用程式密碼</translation>
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
        <source>Global Ignore Settings</source>
        <translation>一般忽略設定</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.ui" line="26"/>
        <source>Sync hidden files</source>
        <translation>同步隱藏檔案</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.ui" line="36"/>
        <source>Files Ignored by Patterns</source>
        <translation>根據模式套用什麼檔案要被忽略</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.cpp" line="40"/>
        <source>This entry is provided by the system at &quot;%1&quot; and cannot be modified in this view.</source>
        <translation>這個項目是由系統提供於「%1」且不能在這個頁面被修改。</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisteditor.cpp" line="40"/>
        <source>This entry is provided by the system at &apos;%1&apos; and cannot be modified in this view.</source>
        <translation>這個項目是由系統提供於「%1」且不能在這個頁面被修改。</translation>
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
        <translation>允許刪除</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisttablewidget.ui" line="49"/>
        <source>Add</source>
        <translation>新增</translation>
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
        <translation>與某個模式相符的檔案或資料夾將不會被同步。

如果允許移除的項目使得某個資料夾無法被移除，這些項目將會被移除。此設定可用於詮釋資料。</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisttablewidget.cpp" line="93"/>
        <source>Could not open file</source>
        <translation>無法開啟檔案</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisttablewidget.cpp" line="94"/>
        <source>Cannot write changes to &quot;%1&quot;.</source>
        <translation>無法將變動寫入到「%1」。</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisttablewidget.cpp" line="94"/>
        <source>Cannot write changes to &apos;%1&apos;.</source>
        <translation>無法將改動寫入到「%1」</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisttablewidget.cpp" line="112"/>
        <source>Add Ignore Pattern</source>
        <translation>新增要忽略的檔案模式</translation>
    </message>
    <message>
        <location filename="../src/gui/ignorelisttablewidget.cpp" line="113"/>
        <source>Add a new ignore pattern:</source>
        <translation>新增要忽略的檔案模式</translation>
    </message>
</context>
<context>
    <name>OCC::InternalLinkWidget</name>
    <message>
        <location filename="../src/gui/internallinkwidget.ui" line="64"/>
        <source>Internal link</source>
        <translation>內部連結</translation>
    </message>
    <message>
        <location filename="../src/gui/internallinkwidget.ui" line="83"/>
        <source>Only works for users with access to this folder</source>
        <translation>僅對可存取此資料夾的使用者有效</translation>
    </message>
</context>
<context>
    <name>OCC::InvalidFilenameDialog</name>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.ui" line="14"/>
        <source>Invalid filename</source>
        <translation>無效的檔案名稱</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.ui" line="23"/>
        <source>The file could not be synced because it contains characters which are not allowed on this system.</source>
        <translation>無法同步檔案，因為其包含了此系統上不允許的字元。</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.ui" line="36"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.ui" line="49"/>
        <source>Please enter a new name for the file:</source>
        <translation>請輸入新檔案名稱：</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.ui" line="62"/>
        <source>New filename</source>
        <translation>新檔案名稱</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="86"/>
        <source>Rename file</source>
        <translation>重新命名檔案</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="87"/>
        <source>The file %1 could not be synced because the name contains characters which are not allowed on this system.</source>
        <translation>無法同步檔案 %1，因為名稱包含了此系統上不允許的字元。</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="88"/>
        <source>The file &quot;%1&quot; could not be synced because the name contains characters which are not allowed on this system.</source>
        <translation>無法同步檔案「%1」，因為名稱包含了此系統上不允許的字元。</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="88"/>
        <source>The following characters are not allowed on the system: * &quot; | &amp; ? , ; : \ / ~ &lt; &gt;</source>
        <translation>系統不允許以下字元：* &quot; | &amp; ? , ; : \ / ~ &lt; &gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="89"/>
        <source>The following characters are not allowed on the system: * &quot; | &amp; ? , ; : \ / ~ &lt; &gt; leading/trailing spaces</source>
        <translation>系統不允許以下字元：* &quot; | &amp; ? , ; : \ / ~ &lt; &gt; 以及前導或結尾空格</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="96"/>
        <source>Checking rename permissions …</source>
        <translation>正在檢查重新命名權限……</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="96"/>
        <source>Checking rename permissions...</source>
        <translation>正在檢查重新命名權限……</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="126"/>
        <source>You don&apos;t have the permission to rename this file. Please ask the author of the file to rename it.</source>
        <translation>您無權重新命名此檔案。請要求檔案的作者重新命名它。</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="131"/>
        <source>Failed to fetch permissions with error %1</source>
        <translation>擷取權限失敗，錯誤 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="154"/>
        <source>Filename contains leading and trailing spaces.</source>
        <translation>檔案名稱包含了前導與結尾空格。</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="157"/>
        <source>Filename contains leading spaces.</source>
        <translation>檔案名稱包含了前導空格。</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="159"/>
        <source>Filename contains trailing spaces.</source>
        <translation>檔案名稱包含了結尾空格。</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="164"/>
        <source>Use invalid name</source>
        <translation>使用無效的名稱</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="208"/>
        <source>Filename contains illegal characters: %1</source>
        <translation>檔案名稱包含了非法字元：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="221"/>
        <source>Could not rename file. Please make sure you are connected to the server.</source>
        <translation>無法重新命名檔案。請確保您已連線至伺服器。</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="232"/>
        <source>Cannot rename file because a file with the same name does already exist on the server. Please pick another name.</source>
        <translation>無法重新命名檔案，因為伺服器上已有同名檔案。請換一個名字。</translation>
    </message>
    <message>
        <location filename="../src/gui/invalidfilenamedialog.cpp" line="268"/>
        <source>Could not rename local file. %1</source>
        <translation>無法重新命名本機檔案。%1</translation>
    </message>
</context>
<context>
    <name>OCC::LegalNotice</name>
    <message>
        <location filename="../src/gui/legalnotice.ui" line="14"/>
        <location filename="../src/gui/legalnotice.ui" line="25"/>
        <source>Legal notice</source>
        <translation>法律聲明</translation>
    </message>
    <message>
        <location filename="../src/gui/legalnotice.ui" line="57"/>
        <source>Close</source>
        <translation>關閉</translation>
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
        <translation>&lt;p&gt;以 GNU 通用公眾授權條款 (GPL) 2.0 版或更新版本授權。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OCC::LogBrowser</name>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="44"/>
        <source>Log Output</source>
        <translation>記錄輸出</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="50"/>
        <source>The client can write debug logs to a temporary folder. These logs are very helpful for diagnosing problems.
Since log files can get large, the client will start a new one for each sync run and compress older ones. It will also delete log files after a couple of hours to avoid consuming too much disk space.
If enabled, logs will be written to %1</source>
        <translation>客戶端可以將除錯日誌寫入臨時資料夾中。這些紀錄檔對診斷問題非常有用。
因為紀錄檔會變大，所以客戶端將會在每次同步時開啟一個新檔案，並壓縮較舊的。它將會在數小時候刪除紀錄檔案，以避免消耗太多磁碟空間。
若啟用，紀錄檔將會被寫入 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="64"/>
        <source>Enable logging to temporary folder</source>
        <translation>啟用紀錄到暫存資料夾</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="70"/>
        <source>This setting persists across client restarts.
Note that using any logging command line options will override this setting.</source>
        <translation>此設定在客戶端重新啟動後仍然存在。
請注意，使用任何紀錄命令列選項將會覆寫此設定。</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="70"/>
        <source>&amp;Search:</source>
        <translation>搜尋(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="77"/>
        <source>Open folder</source>
        <translation>開啟資料夾</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="78"/>
        <source>&amp;Find</source>
        <translation>尋找(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="89"/>
        <source>&amp;Capture debug messages</source>
        <translation>擷取除錯訊息(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="101"/>
        <source>Permanently save logs</source>
        <translation>永久儲存記錄</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="103"/>
        <source>When this option is enabled and no other logging is configured, logs will be written to a temporary folder and expire after a few hours. This setting persists across client restarts.

Logs will be written to %1</source>
        <translation>當此設定啟用，又未設定其他日誌時，日誌會被寫入一個臨時資料夾中，並於數小時後過時。客戶端重新啟動並不會影響此設定。

日誌將寫入 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="115"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="116"/>
        <source>Clear the log display.</source>
        <translation>清除所顯示的記錄。</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="122"/>
        <source>S&amp;ave</source>
        <translation>儲存(&amp;A)</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="123"/>
        <source>Save the log file to a file on disk for debugging.</source>
        <translation>將記錄檔儲存到硬碟用於除錯。</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="210"/>
        <source>Save log file</source>
        <translation>儲存記錄檔</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="220"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../src/gui/logbrowser.cpp" line="220"/>
        <source>Could not write to log file %1</source>
        <translation>無法寫入記錄檔 %1</translation>
    </message>
</context>
<context>
    <name>OCC::Logger</name>
    <message>
        <location filename="../src/libsync/logger.cpp" line="174"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../src/libsync/logger.cpp" line="195"/>
        <source>&lt;nobr&gt;File &apos;%1&apos;&lt;br/&gt;cannot be opened for writing.&lt;br/&gt;&lt;br/&gt;The log output can &lt;b&gt;not&lt;/b&gt; be saved!&lt;/nobr&gt;</source>
        <translation>&lt;nobr&gt;檔案「%1」&lt;br/&gt;無法開啟與寫入。&lt;br/&gt;&lt;br/&gt;紀錄&lt;b&gt;無法&lt;/b&gt;被儲存！&lt;/nobr&gt;</translation>
    </message>
    <message>
        <location filename="../src/libsync/logger.cpp" line="175"/>
        <source>&lt;nobr&gt;File &quot;%1&quot;&lt;br/&gt;cannot be opened for writing.&lt;br/&gt;&lt;br/&gt;The log output &lt;b&gt;cannot&lt;/b&gt; be saved!&lt;/nobr&gt;</source>
        <translation>&lt;nobr&gt;檔案「%1」&lt;br/&gt;無法開啟供寫入。&lt;br/&gt;&lt;br/&gt;記錄&lt;b&gt;無法&lt;/b&gt;被儲存！&lt;/nobr&gt;</translation>
    </message>
</context>
<context>
    <name>OCC::NSISUpdater</name>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="407"/>
        <source>New Version Available</source>
        <translation>有新版本</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="413"/>
        <source>&lt;p&gt;A new version of the %1 Client is available.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; is available for download. The installed version is %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 客戶端有新版本了。&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; 可供下載，目前安裝的版本是 %3。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="426"/>
        <location filename="../src/gui/updater/ocupdater.cpp" line="476"/>
        <source>Skip this version</source>
        <translation>跳過這個版本</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="427"/>
        <source>Skip this time</source>
        <translation>跳過這次更新</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="428"/>
        <source>Get update</source>
        <translation>取得更新</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="457"/>
        <source>Update Failed</source>
        <translation>更新失敗</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="455"/>
        <source>&lt;p&gt;A new version of the %1 Client is available but the updating process failed.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; has been downloaded. The installed version is %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 客戶端有新版本了，但更新流程失敗。&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; 已下載。已安裝的版本為 %3。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="463"/>
        <source>&lt;p&gt;A new version of the %1 Client is available but the updating process failed.&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; has been downloaded. The installed version is %3. If you confirm restart and update, your computer may reboot to complete the installation.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1  客戶端有新版本可用，但更新過程失敗。&lt;/p&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; 已下載。 目前安裝的版本是 %3。如果您確認重新啟動和更新，您的電腦可能會重新啟動以完成安裝。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="477"/>
        <source>Ask again later</source>
        <translation>稍後再問</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="478"/>
        <source>Restart and update</source>
        <translation>重新啟動並更新</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="479"/>
        <source>Update manually</source>
        <translation>手動更新</translation>
    </message>
</context>
<context>
    <name>OCC::NetworkSettings</name>
    <message>
        <location filename="../src/gui/networksettings.ui" line="23"/>
        <source>Proxy Settings</source>
        <translation>代理伺服器設定</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="36"/>
        <source>No Proxy</source>
        <translation>不使用代理伺服器</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="49"/>
        <source>Use system proxy</source>
        <translation>使用系統代理伺服器</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="59"/>
        <source>Specify proxy manually as</source>
        <translation>手動指定代理伺服器為</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="80"/>
        <source>Host</source>
        <translation>主機</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="131"/>
        <source>Proxy server requires authentication</source>
        <translation>代理伺服器要求認證</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="176"/>
        <source>Note: proxy settings have no effects for accounts on localhost</source>
        <translation>注意：代理伺服器設定對於 localhost 上的帳號沒有效果</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="197"/>
        <source>Download Bandwidth</source>
        <translation>下載頻寬</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="203"/>
        <location filename="../src/gui/networksettings.ui" line="282"/>
        <source>Limit to</source>
        <translation>限制到</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="210"/>
        <location filename="../src/gui/networksettings.ui" line="299"/>
        <source>No limit</source>
        <translation>沒有限制</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="248"/>
        <location filename="../src/gui/networksettings.ui" line="327"/>
        <source>KBytes/s</source>
        <translation>KB／秒</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="257"/>
        <location filename="../src/gui/networksettings.ui" line="289"/>
        <source>Limit to 3/4 of estimated bandwidth</source>
        <translation>限制預估頻寬的 3/4</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="260"/>
        <location filename="../src/gui/networksettings.ui" line="292"/>
        <source>Limit automatically</source>
        <translation>自動限制</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.ui" line="276"/>
        <source>Upload Bandwidth</source>
        <translation>上傳頻寬</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.cpp" line="40"/>
        <source>Hostname of proxy server</source>
        <translation>代理伺服器主機名稱</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.cpp" line="41"/>
        <source>Username for proxy server</source>
        <translation>代理伺服器使用者名稱</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.cpp" line="42"/>
        <source>Password for proxy server</source>
        <translation>代理伺服器密碼</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.cpp" line="44"/>
        <source>HTTP(S) proxy</source>
        <translation>HTTP(S) 代理伺服器</translation>
    </message>
    <message>
        <location filename="../src/gui/networksettings.cpp" line="45"/>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5 代理伺服器</translation>
    </message>
</context>
<context>
    <name>OCC::OAuth</name>
    <message>
        <location filename="../src/gui/creds/oauth.cpp" line="115"/>
        <source>Error returned from the server: &lt;em&gt;%1&lt;/em&gt;</source>
        <translation>伺服器回傳錯誤：&lt;em&gt;%1&lt;/em&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/oauth.cpp" line="117"/>
        <source>There was an error accessing the &apos;token&apos; endpoint: &lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</source>
        <translation>存取權杖進入點發生錯誤：&lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/oauth.cpp" line="118"/>
        <source>There was an error accessing the &quot;token&quot; endpoint: &lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</source>
        <translation>存取「權杖」進入點發生錯誤：&lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/oauth.cpp" line="122"/>
        <source>Empty JSON from OAuth2 redirect</source>
        <translation>來自 OAuth2 重新導向的空 JSON</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/oauth.cpp" line="127"/>
        <source>Could not parse the JSON returned from the server: &lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</source>
        <translation>無法解析伺服器回傳的 JSON：&lt;br&gt;&lt;em&gt;%1&lt;/em&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/oauth.cpp" line="130"/>
        <source>The reply from the server did not contain all expected fields</source>
        <translation>伺服器的回應沒有包含所有預期的欄位</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/oauth.cpp" line="134"/>
        <source>&lt;h1&gt;Login Error&lt;/h1&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h1&gt;登入錯誤&lt;/h1&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/oauth.cpp" line="140"/>
        <source>&lt;h1&gt;Wrong user&lt;/h1&gt;&lt;p&gt;You logged-in with user &lt;em&gt;%1&lt;/em&gt;, but must login with user &lt;em&gt;%2&lt;/em&gt;.&lt;br&gt;Please log out of %3 in another tab, then &lt;a href=&apos;%4&apos;&gt;click here&lt;/a&gt; and log in as user %2&lt;/p&gt;</source>
        <translation>&lt;h1&gt;使用者錯誤&lt;/h1&gt;&lt;p&gt;您目前以 &lt;em&gt;%1&lt;/em&gt; 的身份登入，但您必須以 &lt;em&gt;%2&lt;/em&gt; 的身份登入。&lt;br&gt;請在一個新的分頁中登出 %3 帳號，然後&lt;a href=&apos;%4&apos;&gt;點擊此處&lt;/a&gt;，以使用者 %2 登入&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/oauth.cpp" line="140"/>
        <source>&lt;h1&gt;Wrong account&lt;/h1&gt;&lt;p&gt;You logged in with the account &lt;em&gt;%1&lt;/em&gt;, but must log in with the account &lt;em&gt;%2&lt;/em&gt;.&lt;br&gt;Please log out of %3 in another tab, then &lt;a href=&apos;%4&apos;&gt;click here&lt;/a&gt; and log in with %2.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;錯誤的帳號&lt;/h1&gt;&lt;p&gt;您已使用 &lt;em&gt;%1&lt;/em&gt; 帳號登入，但必須使用帳號 &lt;em&gt;%2&lt;/em&gt;。&lt;br&gt;請在另一個分頁中登出 %3，然後&lt;a href=&apos;%4&apos;&gt;點擊此處&lt;/a&gt;並使用 %2 登入。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OCC::OCUpdater</name>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="108"/>
        <source>New %1 Update Ready</source>
        <translation>新 %1 更新已經就緒</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="109"/>
        <source>A new update for %1 is about to be installed. The updater may ask
for additional privileges during the process.</source>
        <translation>一個新的 %1 更新已經安裝完成。更新程式也許會
在更新過程中要求額外的權限。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="108"/>
        <source>New %1 update ready</source>
        <translation>新的 %1 更新已就緒</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="109"/>
        <source>A new update for %1 is about to be installed. The updater may ask for additional privileges during the process. Your computer may reboot to complete the installation.</source>
        <translation>一個新的 %1 更新已經安裝完成。更新也許會詢問要求給予權限在安裝的過程中。您的電腦可能會重新啟動以完成安裝。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="143"/>
        <source>Downloading version %1. Please wait …</source>
        <translation>正在下載版本 %1。請稍候……</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="145"/>
        <source>%1 version %2 available. Restart application to start the update.</source>
        <translation>%1 的版本 %2 已經可以安裝。請重新啟動應用程式開始安裝更新。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="152"/>
        <source>Could not download update. Please click &lt;a href=&apos;%1&apos;&gt;here&lt;/a&gt; to download the update manually.</source>
        <translation>無法下載更新。請點擊&lt;a href=&apos;%1&apos;&gt;此處&lt;/a&gt;以手動下載更新。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="151"/>
        <source>New %1 version %2 is available. Please click &lt;a href=&apos;%3&apos;&gt;here&lt;/a&gt; to download the update.</source>
        <translation>新的 %1 版本 %2 可更新。請點擊&lt;a href=&apos;%3&apos;&gt;此處&lt;/a&gt;以下載更新。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="153"/>
        <source>Downloading %1. Please wait …</source>
        <translation>正在下載 %1。請稍候……</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="155"/>
        <source>%1 available. Restart application to start the update.</source>
        <translation>%1 已經可以安裝。請重新啟動應用程式開始安裝更新。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="156"/>
        <source>New %1 is available. Please click &lt;a href=&apos;%2&apos;&gt;here&lt;/a&gt; to download the update.</source>
        <translation>新版本 %1 可更新，請點擊&lt;a href=&apos;%2&apos;&gt;此處&lt;/a&gt;下載更新。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="158"/>
        <source>Could not download update. Please open &lt;a href=&apos;%1&apos;&gt;%1&lt;/a&gt; to download the update manually.</source>
        <translation>無法下載更新。請開啟 &lt;a href=&apos;%1&apos;&gt;%1&lt;/a&gt; 手動下載更新。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="160"/>
        <source>Could not download update. Please open %1 to download the update manually.</source>
        <translation>無法下載更新。請開啟 %1 以手動下載更新。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="163"/>
        <source>Could not check for new updates.</source>
        <translation>無法檢查新更新。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="166"/>
        <source>New %1 is available. Please open &lt;a href=&apos;%2&apos;&gt;%2&lt;/a&gt; to download the update.</source>
        <translation>新版本 %1 可更新。請開啟 &lt;a href=&apos;%2&apos;&gt;%2&lt;/a&gt; 下載更新。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="168"/>
        <source>New %1 is available. Please open %2 to download the update.</source>
        <translation>新版本 %1 可更新，請開啟 %2 下載更新。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="171"/>
        <source>Checking update server …</source>
        <translation>正在檢查更新伺服器……</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="173"/>
        <source>Update status is unknown: Did not check for new updates.</source>
        <translation>更新狀態未知：無法檢查是否有新更新。</translation>
    </message>
    <message>
        <location filename="../src/gui/updater/ocupdater.cpp" line="177"/>
        <source>No updates available. Your installation is at the latest version.</source>
        <translation>目前沒有可用的更新。您安裝的版本是最新的了。</translation>
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
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="44"/>
        <source>Connect to %1</source>
        <translation>連線到 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="45"/>
        <source>Setup local folder options</source>
        <translation>設定本機資料夾選項</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="54"/>
        <source>Connect …</source>
        <translation>連線……</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="60"/>
        <source>Connect</source>
        <translation>連線</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="94"/>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="231"/>
        <source>Use &amp;virtual files instead of downloading content immediately %1</source>
        <translation>使用虛擬檔案取代立即下載內容 %1 (&amp;V)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="94"/>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="231"/>
        <source>(experimental)</source>
        <translation>（實驗性）</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="259"/>
        <source>%1 folder &apos;%2&apos; is synced to local folder &apos;%3&apos;</source>
        <translation>%1 資料夾「%2」與本機資料夾「%3」同步</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="262"/>
        <source>Sync the folder &apos;%1&apos;</source>
        <translation>同步資料夾「%1」</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="162"/>
        <source>&lt;p&gt;&lt;small&gt;&lt;strong&gt;Warning:&lt;/strong&gt; The local folder is not empty. Pick a resolution!&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;&lt;strong&gt;警告：&lt;/strong&gt;本機的資料夾不是空的。請選擇解決方案！&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="171"/>
        <source>Free space: %1</source>
        <translation>剩餘空間：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="227"/>
        <source>Virtual files are not supported for Windows partition roots as local folder. Please choose a valid subfolder under drive letter.</source>
        <translation>Windows 分割區跟目錄不支援將虛擬檔案作為本機資料夾使用。請在磁碟區代號下選擇有效的子資料夾。</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="265"/>
        <source>%1 folder &quot;%2&quot; is synced to local folder &quot;%3&quot;</source>
        <translation>%1 資料夾「%2」與本機資料夾「%3」同步</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="268"/>
        <source>Sync the folder &quot;%1&quot;</source>
        <translation>同步資料夾「%1」</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="273"/>
        <source>Warning: The local folder is not empty. Pick a resolution!</source>
        <translation>警告：本機的資料夾不是空的。請選擇解決方案！</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="281"/>
        <source>%1 free space</source>
        <comment>%1 gets replaced with the size and a matching unit. Example: 3 MB or 5 GB</comment>
        <translation>%1 剩餘空間</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="366"/>
        <source>Virtual files are not available for the selected folder</source>
        <translation>選取的資料夾無法使用虛擬檔案</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.cpp" line="426"/>
        <source>Local Sync Folder</source>
        <translation>本機同步資料夾</translation>
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
        <translation>本機資料夾沒有足夠的剩餘空間！</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudConnectionMethodDialog</name>
    <message>
        <location filename="../src/gui/wizard/owncloudconnectionmethoddialog.ui" line="14"/>
        <source>Connection failed</source>
        <translation>連線失敗</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudconnectionmethoddialog.ui" line="43"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Failed to connect to the secure server address specified. How do you wish to proceed?&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;無法連線到指定的安全伺服器位置，您想要如何處理？&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudconnectionmethoddialog.ui" line="55"/>
        <source>Select a different URL</source>
        <translation>選取不同的 URL</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudconnectionmethoddialog.ui" line="62"/>
        <source>Retry unencrypted over HTTP (insecure)</source>
        <translation>透過未加密的 HTTP 重試（不安全）</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudconnectionmethoddialog.ui" line="69"/>
        <source>Configure client-side TLS certificate</source>
        <translation>設定客戶端 TLS 憑證</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudconnectionmethoddialog.cpp" line="34"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Failed to connect to the secure server address &lt;em&gt;%1&lt;/em&gt;. How do you wish to proceed?&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;無法連線到安全伺服器 &lt;em&gt;%1&lt;/em&gt;，您想要如何處理？&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudHttpCredsPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudhttpcredspage.cpp" line="49"/>
        <source>&amp;Email</source>
        <translation>電子郵件(&amp;E)</translation>
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
        <location filename="../src/gui/wizard/owncloudoauthcredspage.cpp" line="45"/>
        <source>Connect to %1</source>
        <translation>連線到 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudoauthcredspage.cpp" line="46"/>
        <source>Login in your browser</source>
        <translation>請在瀏覽器上登入</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudPropagator</name>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="844"/>
        <source>Impossible to get modification time for file in conflict %1</source>
        <translation>無法取得衝突 %1 檔案的修改時間</translation>
    </message>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="844"/>
        <source>Impossible to get modification time for file in conflict %1)</source>
        <translation>無法取得衝突 %1 檔案的修改時間）</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudSetupPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="48"/>
        <source>Connect to %1</source>
        <translation>連線到 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="49"/>
        <source>Setup %1 server</source>
        <translation>設定 %1 伺服器</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="77"/>
        <source>Keep your data secure and under your control</source>
        <translation>保障您的資料安全，且由您掌控</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="78"/>
        <source>Secure collaboration &amp; file exchange</source>
        <translation>安全地協作與傳輸檔案</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="79"/>
        <source>Easy-to-use web mail, calendaring &amp; contacts</source>
        <translation>易於使用的網路郵件、日曆與聯絡人</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="86"/>
        <source>The link to your %1 web interface when you open it in the browser.</source>
        <comment>%1 will be replaced with the application name</comment>
        <translation>在瀏覽器中開啟您 %1 的網頁介面連結。</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="80"/>
        <source>Screensharing, online meetings &amp; web conferences</source>
        <translation>螢幕分享、線上對話與網路會議</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="95"/>
        <source>Log in to your %1</source>
        <translation>登入到您的 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="96"/>
        <source>This is the link to your %1 web interface when you open it in the browser.&lt;br/&gt;It looks like https://cloud.example.com or https://example.com/cloud</source>
        <translation>這是您在瀏覽器中開啟您的 %1 網頁介面時的連結。&lt;br/&gt;看起來像 https://cloud.example.com 或 https://example.com/cloud</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="185"/>
        <source>This URL is NOT secure as it is not encrypted.
It is not advisable to use it.</source>
        <translation>此網址未加密，有安全疑慮。
我們不建議您使用此網址。</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="184"/>
        <source>This URL is secure. You can use it.</source>
        <translation>此網址是安全的。您可以使用此網址。</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="201"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步 (&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="239"/>
        <source>Server address does not seem to be valid</source>
        <translation>似乎是無效的伺服器地址</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="293"/>
        <source>Invalid URL</source>
        <translation>連結無效</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetuppage.cpp" line="350"/>
        <source>Could not load certificate. Maybe wrong password?</source>
        <translation>無法載入憑證。可能密碼錯誤？</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudSetupWizard</name>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="262"/>
        <source>&lt;font color=&quot;green&quot;&gt;Successfully connected to %1: %2 version %3 (%4)&lt;/font&gt;&lt;br/&gt;&lt;br/&gt;</source>
        <translation>&lt;font color=&quot;green&quot;&gt;成功連線到 %1：%2 版本 %3 (%4)&lt;/font&gt;&lt;br/&gt;&lt;br/&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="288"/>
        <source>Invalid URL</source>
        <translation>連結無效</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="290"/>
        <source>Failed to connect to %1 at %2:&lt;br/&gt;%3</source>
        <translation>從 %2 連線到 %1 失敗：&lt;br/&gt;%3</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="308"/>
        <source>Timeout while trying to connect to %1 at %2.</source>
        <translation>從 %2 嘗試連線到 %1 逾時。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="342"/>
        <source>Trying to connect to %1 at %2 …</source>
        <translation>嘗試以 %1 身分連線到 %2……</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="395"/>
        <source>The authenticated request to the server was redirected to &apos;%1&apos;. The URL is bad, the server is misconfigured.</source>
        <translation>伺服器要求的認證請求被導向「%1」。這個網址可能不安全，此伺服器可能設定有錯。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="395"/>
        <source>The authenticated request to the server was redirected to &quot;%1&quot;. The URL is bad, the server is misconfigured.</source>
        <translation>伺服器要求的認證請求被導向「%1」。這個網址可能不安全，此伺服器可能設定有錯。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="408"/>
        <source>Access forbidden by server. To verify that you have proper access, &lt;a href=&quot;%1&quot;&gt;click here&lt;/a&gt; to access the service with your browser.</source>
        <translation>從伺服器存取被拒絕。為了正確驗證您的存取資訊，&lt;a href=&quot;%1&quot;&gt;請點選這裡&lt;/a&gt;透過瀏覽器來存取服務。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="417"/>
        <source>There was an invalid response to an authenticated WebDAV request</source>
        <translation>伺服器回應 WebDAV 驗證請求無效</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="463"/>
        <source>Local sync folder %1 already exists, setting it up for sync.&lt;br/&gt;&lt;br/&gt;</source>
        <translation>本機同步資料夾 %1 已存在，將其設定為同步。&lt;br/&gt;&lt;br/&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="466"/>
        <source>Creating local sync folder %1 …</source>
        <translation>正在新增本機同步資料夾 %1……</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="453"/>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="470"/>
        <source>OK</source>
        <translation>確定</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="472"/>
        <source>failed.</source>
        <translation>失敗。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="474"/>
        <source>Could not create local folder %1</source>
        <translation>無法建立本機資料夾 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="534"/>
        <source>No remote folder specified!</source>
        <translation>未指定遠端資料夾！</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="540"/>
        <source>Error: %1</source>
        <translation>錯誤：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="553"/>
        <source>creating folder on Nextcloud: %1</source>
        <translation>正在 Nextcloud 上建立資料夾：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="558"/>
        <source>Remote folder %1 created successfully.</source>
        <translation>遠端資料夾 %1 成功建立。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="573"/>
        <source>The remote folder %1 already exists. Connecting it for syncing.</source>
        <translation>遠端資料夾 %1 已存在。正在連線同步。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="575"/>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="577"/>
        <source>The folder creation resulted in HTTP error code %1</source>
        <translation>資料夾建立結果為 HTTP 錯誤碼 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="579"/>
        <source>The remote folder creation failed because the provided credentials are wrong!&lt;br/&gt;Please go back and check your credentials.&lt;/p&gt;</source>
        <translation>由於帳號或密碼錯誤，遠端資料夾建立失敗！&lt;br/&gt;請檢查您的帳號密碼。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="583"/>
        <source>&lt;p&gt;&lt;font color=&quot;red&quot;&gt;Remote folder creation failed probably because the provided credentials are wrong.&lt;/font&gt;&lt;br/&gt;Please go back and check your credentials.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;font color=&quot;red&quot;&gt;遠端資料夾建立失敗，也許是因為所提供的帳號密碼錯誤。&lt;/font&gt;&lt;br/&gt;請重新檢查您的帳號密碼。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="588"/>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="589"/>
        <source>Remote folder %1 creation failed with error &lt;tt&gt;%2&lt;/tt&gt;.</source>
        <translation>建立遠端資料夾 %1 時發生錯誤 &lt;tt&gt;%2&lt;/tt&gt;。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="603"/>
        <source>A sync connection from %1 to remote directory %2 was set up.</source>
        <translation>從 %1 到遠端資料夾 %2 的連線已建立。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="608"/>
        <source>Successfully connected to %1!</source>
        <translation>成功連線至 %1！</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="615"/>
        <source>Connection to %1 could not be established. Please check again.</source>
        <translation>無法建立到 %1 的連線。請再檢查一次。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="628"/>
        <source>Folder rename failed</source>
        <translation>重新命名資料夾失敗</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="613"/>
        <source>Can&apos;t remove and back up the folder because the folder or a file in it is open in another program. Please close the folder or file and hit retry or cancel the setup.</source>
        <translation>無法移除與備份此資料夾，因為有其他的程式正在使用其中的資料夾或者檔案。請關閉使用中的資料夾或檔案並重試或者取消設定。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="629"/>
        <source>Cannot remove and back up the folder because the folder or a file in it is open in another program. Please close the folder or file and hit retry or cancel the setup.</source>
        <translation>無法移除與備份此資料夾，因為有其他的程式正在使用其中的資料夾或者檔案。請關閉使用中的資料夾或檔案並重試或者取消設定。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudsetupwizard.cpp" line="682"/>
        <source>&lt;font color=&quot;green&quot;&gt;&lt;b&gt;Local sync folder %1 successfully created!&lt;/b&gt;&lt;/font&gt;</source>
        <translation>&lt;font color=&quot;green&quot;&gt;&lt;b&gt;本機同步資料夾 %1 建立成功！&lt;/b&gt;&lt;/font&gt;</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudWizard</name>
    <message>
        <location filename="../src/gui/wizard/owncloudwizard.cpp" line="93"/>
        <source>Add %1 account</source>
        <translation>新增 %1 帳號</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizard.cpp" line="91"/>
        <source>%1 Connection Wizard</source>
        <translation>%1 連線精靈</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizard.cpp" line="98"/>
        <source>Skip folders configuration</source>
        <translation>忽略資料夾設定資訊</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizard.cpp" line="98"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizard.cpp" line="406"/>
        <source>Enable experimental feature?</source>
        <translation>啟用實驗性功能？</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizard.cpp" line="407"/>
        <source>When the &quot;virtual files&quot; mode is enabled no files will be downloaded initially. Instead, a tiny &quot;%1&quot; file will be created for each file that exists on the server. The contents can be downloaded by running these files or by using their context menu.

The virtual files mode is mutually exclusive with selective sync. Currently unselected folders will be translated to online-only folders and your selective sync settings will be reset.

Switching to this mode will abort any currently running synchronization.

This is a new, experimental mode. If you decide to use it, please report any issues that come up.</source>
        <translation>啟用「虛擬檔案」模式時，ㄧ開始不會下載任何檔案。但會為伺服器上存在的每個檔案建立一個小型的「%1」檔案。可以透過執行這些檔案或使用它們的右鍵選單來下載內容。

虛擬檔案模式與選擇性同步是互斥的。目前未選取的資料夾將會被轉換為僅線上的資料夾，而您選擇性的同步設定將會被重設。

切換到此模式將會中止目前執行中的任何同步。

這是一種新的、實驗性的模式。如果您決定要使用它，請回報出現的任何問題。</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizard.cpp" line="421"/>
        <source>Enable experimental placeholder mode</source>
        <translation>啟用實驗性的佔位模式</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizard.cpp" line="422"/>
        <source>Stay safe</source>
        <translation>注意安全</translation>
    </message>
</context>
<context>
    <name>OCC::PasswordInputDialog</name>
    <message>
        <location filename="../src/gui/passwordinputdialog.ui" line="23"/>
        <source>Password for share required</source>
        <translation>透過密碼保護分享連結</translation>
    </message>
    <message>
        <location filename="../src/gui/passwordinputdialog.ui" line="35"/>
        <source>Please enter a password for your share:</source>
        <translation>請輸入您的分享密碼：</translation>
    </message>
</context>
<context>
    <name>OCC::PollJob</name>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="137"/>
        <source>Invalid JSON reply from the poll URL</source>
        <translation>來自輪詢 URL 的無效 JSON 回覆</translation>
    </message>
</context>
<context>
    <name>OCC::ProcessDirectoryJob</name>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="275"/>
        <source>Symbolic links are not supported in syncing.</source>
        <translation>同步不支援符號連結。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="283"/>
        <source>File is listed on the ignore list.</source>
        <translation>檔案被列在忽略清單。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="287"/>
        <source>File names ending with a period are not supported on this file system.</source>
        <translation>此檔案系統不支援以「.」結尾的檔案名。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="272"/>
        <source>File names containing the character &apos;%1&apos; are not supported on this file system.</source>
        <translation>此檔案系統不支援包含「%1」字元的檔案名稱。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="297"/>
        <source>File names containing the character &quot;%1&quot; are not supported on this file system.</source>
        <translation>此檔案系統不支援包含「%1」字元的檔案名稱。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="299"/>
        <source>File name contains at least one invalid character</source>
        <translation>檔案名稱包含至少一個無效的字元</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="301"/>
        <source>The file name is a reserved name on this file system.</source>
        <translation>此檔案名稱為檔案系統的保留名稱。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="307"/>
        <source>Filename contains trailing spaces.</source>
        <translation>檔案名稱的結尾為空格。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="311"/>
        <source>Filename contains leading spaces.</source>
        <translation>檔案名稱包含了前導空格。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="315"/>
        <source>Filename contains leading and trailing spaces.</source>
        <translation>檔案名稱包含了前導及結尾空格。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="319"/>
        <source>Filename is too long.</source>
        <translation>檔案名稱太長。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="323"/>
        <source>File/Folder is ignored because it&apos;s hidden.</source>
        <translation>因為檔案或資料夾被隱藏，因此被忽略。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="326"/>
        <source>Stat failed.</source>
        <translation>統計失敗。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="329"/>
        <source>Conflict: Server version downloaded, local copy renamed and not uploaded.</source>
        <translation>衝突：已下載伺服器的版本，本機版本已更名但並未上傳。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="333"/>
        <source>The filename cannot be encoded on your file system.</source>
        <translation>您的檔案系統無法對此檔案名進行編碼。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="336"/>
        <source>The filename is blacklisted on the server.</source>
        <translation>伺服器已將此檔名列為黑名單。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="405"/>
        <source>File has extension reserved for virtual files.</source>
        <translation>檔案有為虛擬檔案保留的副檔名。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="488"/>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="448"/>
        <source>permissions</source>
        <translation>權限</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="490"/>
        <source>permission</source>
        <translation>權限</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="494"/>
        <source>file id</source>
        <translation>檔案 ID</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="56"/>
        <source>File contains trailing spaces and could not be renamed, because a file with the same name already exists on the server.</source>
        <translation>檔案名稱尾端包含空格，且無法重新命名，因為伺服器上已有相同名稱的檔案存在。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="59"/>
        <source>File contains trailing spaces and could not be renamed, because a file with the same name already exists locally.</source>
        <translation>檔案名稱尾端包含空格，且無法重新命名，因為本機已有相同名稱的檔案存在。</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="456"/>
        <source>server reported no %1</source>
        <translation>伺服器回報沒有 %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="498"/>
        <source>Server reported no %1</source>
        <translation>伺服器回報沒有 %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="843"/>
        <source>Cannot sync due to invalid modification time</source>
        <translation>由於修改時間無效，因此無法同步</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="946"/>
        <source>Conflict when uploading some files to a folder. Those, conflicted, are going to get cleared!</source>
        <translation>將某些檔案上傳到資料夾時發生錯誤。衝突的檔案將會被清除！</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1137"/>
        <source>Conflict when uploading a folder. It&apos;s going to get cleared!</source>
        <translation>上傳資料夾時發生衝突。將會被清除！</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1140"/>
        <source>Conflict when uploading a file. It&apos;s going to get removed!</source>
        <translation>上傳檔案時發生衝突。其將會被移除！</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1474"/>
        <source>Ignored because of the &quot;choose what to sync&quot; blacklist</source>
        <translation>由於「選擇要同步的內容」黑名單而被忽略</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1507"/>
        <source>Not allowed because you don&apos;t have permission to add subfolders to that folder</source>
        <translation>不允許，因為您無權新增子資料夾到該資料夾</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1512"/>
        <source>Not allowed because you don&apos;t have permission to add files in that folder</source>
        <translation>不允許，因為您無權新增檔案到該資料夾</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1525"/>
        <source>Not allowed to upload this file because it is read-only on the server, restoring</source>
        <translation>不允許上傳此檔案，因為這在伺服器上是唯讀，正在復原</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1547"/>
        <source>Moved to invalid target, restoring</source>
        <translation>移動至無效目標，正在復原</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1561"/>
        <source>Not allowed to remove, restoring</source>
        <translation>不允許刪除，正在復原</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1699"/>
        <source>Error while reading the database</source>
        <translation>讀取資料庫時發生錯誤</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1548"/>
        <source>Server replied with an error while reading directory &apos;%1&apos; : %2</source>
        <translation>伺服器在讀取目錄「%1」回覆錯誤：%2</translation>
    </message>
    <message>
        <location filename="../src/libsync/discovery.cpp" line="1760"/>
        <source>Server replied with an error while reading directory &quot;%1&quot; : %2</source>
        <translation>伺服器在讀取目錄「%1」回覆錯誤：%2</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateDirectory</name>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="1016"/>
        <source>Error writing metadata to the database</source>
        <translation>將詮釋資料寫入到資料庫時發生錯誤</translation>
    </message>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="1204"/>
        <source>Error updating metadata due to invalid modification time</source>
        <translation>因為修改時間無效，所以更新詮釋資料時發生錯誤</translation>
    </message>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="1204"/>
        <source>Error updating metadata due to invalid modified time</source>
        <translation>因為修改時間無效，所以更新詮釋資料時發生錯誤</translation>
    </message>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="1220"/>
        <source>Error updating metadata: %1</source>
        <translation>更新詮釋資料時發生錯誤：%1</translation>
    </message>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="1224"/>
        <source>File is currently in use</source>
        <translation>檔案目前正在使用中</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateDownloadFile</name>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="402"/>
        <source>File %1 can not be downloaded because encryption information is missing.</source>
        <translation>%1 檔案因為缺少加密資訊而無法下載。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="477"/>
        <source>File %1 cannot be downloaded because encryption information is missing.</source>
        <translation>%1 檔案因為缺少加密資訊而無法下載。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="495"/>
        <location filename="../src/libsync/propagatedownload.cpp" line="1192"/>
        <source>File has changed since discovery</source>
        <translation>尋找的過程中檔案已經被更改</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="521"/>
        <location filename="../src/libsync/propagatedownload.cpp" line="626"/>
        <source>File %1 cannot be downloaded because of a local file name clash!</source>
        <translation>檔案 %1 無法被下載，因為本機檔案名稱有衝突！</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="528"/>
        <source>File %1 can not be downloaded because of a local file name clash!</source>
        <translation>檔案 %1 無法被下載，因為本機檔案名稱有衝突！</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="678"/>
        <source>The download would reduce free local disk space below the limit</source>
        <translation>下載將會減少剩餘的本機磁碟空間，使其低於限制</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="682"/>
        <source>Free space on disk is less than %1</source>
        <translation>可用的磁碟空間已經少於 %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="803"/>
        <source>File was deleted from server</source>
        <translation>檔案已從伺服器刪除</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="876"/>
        <source>The file could not be downloaded completely.</source>
        <translation>檔案下載無法完成。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="785"/>
        <source>The downloaded file is empty despite that the server announced it should have been %1.</source>
        <translation>儘管伺服器宣告其應為 %1，但下載的檔案為空。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="883"/>
        <source>The downloaded file is empty, but the server said it should have been %1.</source>
        <translation>已下載的檔案為空，但伺服器表示其應為 %1。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="1119"/>
        <source>File %1 cannot be saved because of a local file name clash!</source>
        <translation>檔案 %1 無法儲存，因為本機檔案名稱有衝突！</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="1096"/>
        <source>Error writing metadata to the database</source>
        <translation>將詮釋資料寫入到資料庫時發生錯誤</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="1125"/>
        <location filename="../src/libsync/propagatedownload.cpp" line="1138"/>
        <source>File %1 has invalid modified time reported by server. Do not save it.</source>
        <translation>伺服器回報檔案 %1 的修改時間無效。不要儲存。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="1269"/>
        <source>Error updating metadata: %1</source>
        <translation>更新詮釋資料時發生錯誤：%1</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatedownload.cpp" line="1272"/>
        <source>The file %1 is currently in use</source>
        <translation>檔案 %1 目前正在使用中</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateItemJob</name>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="236"/>
        <source>; Restoration Failed: %1</source>
        <translation>；復原失敗：%1</translation>
    </message>
    <message>
        <location filename="../src/libsync/owncloudpropagator.cpp" line="305"/>
        <source>A file or folder was removed from a read only share, but restoring failed: %1</source>
        <translation>檔案或資料夾已被從唯讀分享移除，但復原失敗：%1</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateLocalMkdir</name>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="160"/>
        <source>could not delete file %1, error: %2</source>
        <translation>無法刪除檔案 %1，錯誤：%2</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="175"/>
        <source>Attention, possible case sensitivity clash with %1</source>
        <translation>注意，%1 的名稱可能有大小寫衝突</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="181"/>
        <source>Could not create folder %1</source>
        <translation>無法建立資料夾 %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="181"/>
        <source>could not create folder %1</source>
        <translation>無法建立資料夾 %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="194"/>
        <source>Error updating metadata: %1</source>
        <translation>更新詮釋資料時發生錯誤：%1</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="197"/>
        <source>The file %1 is currently in use</source>
        <translation>檔案 %1 目前正在使用中</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="193"/>
        <source>Error writing metadata to the database</source>
        <translation>將詮釋資料寫入到資料庫時發生錯誤</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateLocalRemove</name>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="79"/>
        <source>Error removing &apos;%1&apos;: %2;</source>
        <translation>移除「%1」時發生錯誤：%2；</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="104"/>
        <source>Could not remove folder &apos;%1&apos;</source>
        <translation>無法移除資料夾「%1」</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="103"/>
        <source>Could not remove %1 because of a local file name clash</source>
        <translation>無法移除檔案 %1，因為本機檔案名稱有衝突</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateLocalRename</name>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="230"/>
        <source>File %1 cannot be renamed to %2 because of a local file name clash</source>
        <translation>檔案 %1 無法重新命名為 %2，因為本機檔案名稱有衝突</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="226"/>
        <source>File %1 can not be renamed to %2 because of a local file name clash</source>
        <translation>檔案 %1 無法重新命名為 %2，因為本機檔案名稱有衝突</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="264"/>
        <source>Error updating metadata: %1</source>
        <translation>更新詮釋資料時發生錯誤：%1</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="267"/>
        <source>The file %1 is currently in use</source>
        <translation>檔案 %1 目前正在使用中</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="257"/>
        <location filename="../src/libsync/propagatorjobs.cpp" line="263"/>
        <source>Error writing metadata to the database</source>
        <translation>將詮釋資料寫入到資料庫時發生錯誤</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="273"/>
        <source>Failed to rename file</source>
        <translation>重新命名檔案失敗</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagatorjobs.cpp" line="279"/>
        <source>Error setting pin state</source>
        <translation>設定釘選狀態時發生錯誤</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateRemoteDelete</name>
    <message>
        <location filename="../src/libsync/propagateremotedelete.cpp" line="110"/>
        <source>Wrong HTTP code returned by server. Expected 204, but received &quot;%1 %2&quot;.</source>
        <translation>伺服器回傳錯誤的 HTTP 代碼。預期為 204，但收到的是「%1 %2」。</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateRemoteDeleteEncryptedRootFolder</name>
    <message>
        <location filename="../src/libsync/propagateremotedeleteencryptedrootfolder.cpp" line="143"/>
        <source>Wrong HTTP code returned by server. Expected 204, but received &quot;%1 %2&quot;.</source>
        <translation>伺服器回傳錯誤的 HTTP 代碼。預期為 204，但收到的是「%1 %2」。</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateRemoteMkdir</name>
    <message>
        <location filename="../src/libsync/propagateremotemkdir.cpp" line="135"/>
        <source>Wrong HTTP code returned by server. Expected 201, but received &quot;%1 %2&quot;.</source>
        <translation>伺服器回傳錯誤的 HTTP 代碼。預期為 201，但收到的是「%1 %2」。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemkdir.cpp" line="263"/>
        <source>Error writing metadata to the database</source>
        <translation>將詮釋資料寫入到資料庫時發生錯誤</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemkdir.cpp" line="259"/>
        <source>Error writing metadata to the database: %1</source>
        <translation>將詮釋資料寫入到資料庫時發生錯誤：%1</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemkdir.cpp" line="262"/>
        <source>The file %1 is currently in use</source>
        <translation>檔案 %1 目前正在使用中</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateRemoteMove</name>
    <message>
        <location filename="../src/libsync/propagateremotemove.cpp" line="171"/>
        <source>Could not rename %1 to %2, error: %3</source>
        <translation>無法將 %1 重新命名為 %2，錯誤：%3</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemove.cpp" line="231"/>
        <source>Wrong HTTP code returned by server. Expected 201, but received &quot;%1 %2&quot;.</source>
        <translation>伺服器回傳錯誤的 HTTP 代碼。預期為 201，但收到的是「%1 %2」。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemove.cpp" line="282"/>
        <source>Error updating metadata: %1</source>
        <translation>更新詮釋資料時發生錯誤：%1</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemove.cpp" line="285"/>
        <source>The file %1 is currently in use</source>
        <translation>檔案 %1 目前正在使用中</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemove.cpp" line="290"/>
        <source>Error setting pin state</source>
        <translation>設定釘選狀態時發生錯誤</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateremotemove.cpp" line="297"/>
        <source>Error writing metadata to the database</source>
        <translation>將詮釋資料寫入到資料庫時發生錯誤</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateUploadFileCommon</name>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="235"/>
        <source>Failed to upload encrypted file.</source>
        <translation>上傳已加密的檔案失敗。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="266"/>
        <source>File %1 cannot be uploaded because another file with the same name, differing only in case, exists</source>
        <translation>無法上傳 %1 檔案，因為另一個僅有大小寫不同的相同名稱檔案已存在</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="277"/>
        <location filename="../src/libsync/propagateupload.cpp" line="695"/>
        <source>Upload of %1 exceeds the quota for the folder</source>
        <translation>上傳 %1 將會超過資料夾的大小限制</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="314"/>
        <location filename="../src/libsync/propagateupload.cpp" line="389"/>
        <location filename="../src/libsync/propagateupload.cpp" line="402"/>
        <source>File %1 has invalid modification time. Do not upload to the server.</source>
        <translation>檔案 %1 的修改時間無效。不要上傳到伺服器。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="314"/>
        <location filename="../src/libsync/propagateupload.cpp" line="389"/>
        <location filename="../src/libsync/propagateupload.cpp" line="402"/>
        <source>File %1 has invalid modified time. Do not upload to the server.</source>
        <translation>檔案 %1 的修改時間無效。不要上傳到伺服器。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="386"/>
        <source>File Removed (start upload) %1</source>
        <translation>檔案已移除（開始上傳）%1</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="412"/>
        <source>Local file changed during syncing. It will be resumed.</source>
        <translation>本機檔案在同步的過程中被修改。其將會被復原。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="423"/>
        <source>Local file changed during sync.</source>
        <translation>本機檔案在同步的過程中被修改。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="433"/>
        <source>Failed to unlock encrypted folder.</source>
        <translation>解鎖已加密的資料夾失敗。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="769"/>
        <source>Error writing metadata to the database</source>
        <translation>將詮釋資料寫入到資料庫時發生錯誤</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="791"/>
        <source>Error updating metadata: %1</source>
        <translation>更新詮釋資料時發生錯誤：%1</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateupload.cpp" line="794"/>
        <source>The file %1 is currently in use</source>
        <translation>檔案 %1 目前正在使用中</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateUploadFileNG</name>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="430"/>
        <source>The local file was removed during sync.</source>
        <translation>本機檔案在同步的過程中被移除。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="445"/>
        <source>Local file changed during sync.</source>
        <translation>本機檔案在同步的過程中被修改。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="484"/>
        <source>Poll URL missing</source>
        <translation>缺少輪詢的超連結</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="493"/>
        <source>Unexpected return code from server (%1)</source>
        <translation>伺服器回傳未知的錯誤碼 (%1)</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="500"/>
        <source>Missing File ID from server</source>
        <translation>伺服器遺失檔案 ID</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadng.cpp" line="514"/>
        <source>Missing ETag from server</source>
        <translation>伺服器遺失 ETag</translation>
    </message>
</context>
<context>
    <name>OCC::PropagateUploadFileV1</name>
    <message>
        <location filename="../src/libsync/propagateuploadv1.cpp" line="228"/>
        <source>Poll URL missing</source>
        <translation>缺少輪詢的超連結</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadv1.cpp" line="252"/>
        <source>The local file was removed during sync.</source>
        <translation>本機檔案在同步的過程中被移除。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadv1.cpp" line="267"/>
        <source>Local file changed during sync.</source>
        <translation>本機檔案在同步的過程中被修改。</translation>
    </message>
    <message>
        <location filename="../src/libsync/propagateuploadv1.cpp" line="281"/>
        <source>The server did not acknowledge the last chunk. (No e-tag was present)</source>
        <translation>伺服器不承認檔案的最後一個分割檔。（e-tag不存在）</translation>
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
        <location filename="../src/gui/proxyauthdialog.ui" line="26"/>
        <source>Username:</source>
        <translation>使用者名稱：</translation>
    </message>
    <message>
        <location filename="../src/gui/proxyauthdialog.ui" line="36"/>
        <source>Proxy:</source>
        <translation>代理伺服器：</translation>
    </message>
    <message>
        <location filename="../src/gui/proxyauthdialog.ui" line="43"/>
        <source>The proxy server needs a username and password.</source>
        <translation>代理伺服器需要使用者名稱以及密碼。</translation>
    </message>
    <message>
        <location filename="../src/gui/proxyauthdialog.ui" line="50"/>
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
</context>
<context>
    <name>OCC::SelectiveSyncDialog</name>
    <message>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="509"/>
        <source>Choose What to Sync</source>
        <translation>選擇要同步的項目</translation>
    </message>
</context>
<context>
    <name>OCC::SelectiveSyncWidget</name>
    <message>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="73"/>
        <source>Loading …</source>
        <translation>正在載入……</translation>
    </message>
    <message>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="79"/>
        <source>Deselect remote folders you do not wish to synchronize.</source>
        <translation>取消選擇您不想要同步的遠端資料夾。</translation>
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
        <location filename="../src/gui/selectivesyncdialog.cpp" line="237"/>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="314"/>
        <source>No subfolders currently on the server.</source>
        <translation>目前沒有子資料夾在伺服器上。</translation>
    </message>
    <message>
        <location filename="../src/gui/selectivesyncdialog.cpp" line="316"/>
        <source>An error occurred while loading the list of sub folders.</source>
        <translation>列出子資料夾時出錯。</translation>
    </message>
</context>
<context>
    <name>OCC::ServerNotificationHandler</name>
    <message>
        <location filename="../src/gui/tray/notificationhandler.cpp" line="121"/>
        <source>Reply</source>
        <translation>回覆</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/notificationhandler.cpp" line="159"/>
        <source>Dismiss</source>
        <translation>我已了解</translation>
    </message>
</context>
<context>
    <name>OCC::SettingsDialog</name>
    <message>
        <location filename="../src/gui/settingsdialog.ui" line="14"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="105"/>
        <source>%1 Settings</source>
        <extracomment>This name refers to the application name e.g Nextcloud</extracomment>
        <translation>%1 設定</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="123"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="132"/>
        <source>Network</source>
        <translation>網路</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="219"/>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../src/gui/settingsdialog.cpp" line="240"/>
        <source>Account</source>
        <translation>帳號</translation>
    </message>
</context>
<context>
    <name>OCC::ShareDialog</name>
    <message>
        <location filename="../src/gui/sharedialog.ui" line="67"/>
        <source>ownCloud Path:</source>
        <translation>ownCloud 路徑：</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.ui" line="69"/>
        <source>share label</source>
        <translation>分享標籤</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.ui" line="125"/>
        <source>Nextcloud Path:</source>
        <translation>Nextcloud 路徑：</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.ui" line="156"/>
        <source>Icon</source>
        <translation>圖示</translation>
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
        <translation><numerusform>被 %1 鎖定 - %2 分鐘後過期</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/sharedialog.cpp" line="106"/>
        <source>Locked by %1 - Expires in %2 minutes</source>
        <comment>remaining time before lock expires</comment>
        <translation><numerusform>被 %1 鎖定 - %2 分鐘後過期</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="126"/>
        <source>Folder: %2</source>
        <translation>資料夾：%2</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="129"/>
        <source>%1 Sharing</source>
        <translation>%1 分享</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="293"/>
        <source>The file can not be shared because it was shared without sharing permission.</source>
        <translation>此檔案無法被分享，因為其以無分享權限的狀況分享。</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="318"/>
        <source>The file cannot be shared because it does not have sharing permission.</source>
        <translation>此檔案沒有分享權限，因此無法被分享。</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="401"/>
        <source>Please enter a password for your link share:</source>
        <translation>請輸入分享連結密碼：</translation>
    </message>
    <message>
        <location filename="../src/gui/sharedialog.cpp" line="402"/>
        <source>Password for share required</source>
        <translation>透過密碼保護分享連結</translation>
    </message>
</context>
<context>
    <name>OCC::ShareLinkWidget</name>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="192"/>
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="59"/>
        <source>Share link</source>
        <translation>分享連結</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="133"/>
        <source>Note:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="167"/>
        <source>Note</source>
        <translation>筆記</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="171"/>
        <source>&amp;Share link</source>
        <translation>分享連結(&amp;S)</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="239"/>
        <source>Expiration date:</source>
        <translation>到期日：</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="244"/>
        <source>Set password</source>
        <translation>設定密碼</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="245"/>
        <source>Expires:</source>
        <translation>到期日：</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.ui" line="315"/>
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="150"/>
        <source>Allow Editing</source>
        <translation>允許編輯</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="192"/>
        <source>Read only</source>
        <translation>唯讀</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="164"/>
        <source>Allow Upload &amp;&amp; Editing</source>
        <translation>允許上傳及編輯</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="169"/>
        <source>File Drop (Upload Only)</source>
        <translation>檔案投放（僅上傳）</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="184"/>
        <source>Password Protect</source>
        <translation>密碼保護</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="187"/>
        <source>Allow editing</source>
        <translation>允許編輯</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="193"/>
        <source>View only</source>
        <translation>僅檢視</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="199"/>
        <source>Allow upload and editing</source>
        <translation>允許上傳及編輯</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="201"/>
        <source>Expiration Date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="204"/>
        <source>File drop (upload only)</source>
        <translation>檔案投放（僅上傳）</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="220"/>
        <source>Unshare</source>
        <translation>取消分享</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="222"/>
        <source>Link name</source>
        <translation>連結名稱</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="254"/>
        <source>Note to recipient</source>
        <translation>給收件者的訊息</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="264"/>
        <source>Password protect</source>
        <translation>密碼防護</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="283"/>
        <source>Set expiration date</source>
        <translation>設定到期日</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="305"/>
        <source>Delete link</source>
        <translation>刪除連結</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="310"/>
        <source>Add another link</source>
        <translation>新增其他連結</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="266"/>
        <source>Delete share link</source>
        <translation>刪除分享連結</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="506"/>
        <source>Confirm Link Share Deletion</source>
        <translation>確認移除連結分享</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="507"/>
        <source>&lt;p&gt;Do you really want to delete the public link share &lt;i&gt;%1&lt;/i&gt;?&lt;/p&gt;&lt;p&gt;Note: This action cannot be undone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;您確定要移除公開連結分享 &lt;i&gt;%1&lt;/i&gt; 嗎？&lt;/p&gt;&lt;p&gt;注意：此動作無法復原。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="513"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="514"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../src/gui/sharelinkwidget.cpp" line="532"/>
        <source>Public link</source>
        <translation>公開連結</translation>
    </message>
</context>
<context>
    <name>OCC::ShareUserGroupWidget</name>
    <message>
        <location filename="../src/gui/shareusergroupwidget.ui" line="74"/>
        <source>Share with users or groups …</source>
        <translation>與使用者或群組分享……</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="123"/>
        <source>Search globally</source>
        <translation>全域搜尋</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="321"/>
        <source>Copy link</source>
        <translation>複製連結</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="337"/>
        <source>No results for &apos;%1&apos;</source>
        <translation>「%1」沒有結果</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="333"/>
        <source>No results for &quot;%1&quot;</source>
        <translation>「%1」沒有結果</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="367"/>
        <source>Password for share required</source>
        <translation>透過密碼保護分享連結</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="368"/>
        <source>Please enter a password for your email share:</source>
        <translation>請輸入您電子郵件分享的密碼：</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="421"/>
        <source>I shared something with you</source>
        <translation>我與您分享了一些東西</translation>
    </message>
</context>
<context>
    <name>OCC::ShareUserLine</name>
    <message>
        <location filename="../src/gui/shareuserline.ui" line="80"/>
        <source>Username</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <location filename="../src/gui/shareuserline.ui" line="89"/>
        <source>can edit</source>
        <translation>可編輯</translation>
    </message>
    <message>
        <location filename="../src/gui/shareuserline.ui" line="115"/>
        <source>Can edit</source>
        <translation>可編輯</translation>
    </message>
    <message>
        <location filename="../src/gui/shareuserline.ui" line="149"/>
        <source>Note:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <location filename="../src/gui/shareuserline.ui" line="205"/>
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <location filename="../src/gui/shareuserline.ui" line="277"/>
        <source>Expires:</source>
        <translation>到期：</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="487"/>
        <source>Can reshare</source>
        <translation>可以二次分享</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="498"/>
        <source>Note to recipient</source>
        <translation>給收件人的說明</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="514"/>
        <source>Set expiration date</source>
        <translation>設定到期日</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="529"/>
        <source>Unshare</source>
        <translation>取消分享</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="538"/>
        <source>Can create</source>
        <translation>可以新增</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="544"/>
        <source>Can change</source>
        <translation>可以更改</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="550"/>
        <source>Can delete</source>
        <translation>可以刪除</translation>
    </message>
    <message>
        <location filename="../src/gui/shareusergroupwidget.cpp" line="559"/>
        <source>Password protect</source>
        <translation>密碼保護</translation>
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
        <translation>分享內容選單</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="950"/>
        <source>Select new location …</source>
        <translation>選取新位置……</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1006"/>
        <source>I shared something with you</source>
        <translation>我與您分享了一些東西</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1019"/>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1051"/>
        <source>Share options</source>
        <translation>分享選項</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi.cpp" line="672"/>
        <source>Share via %1</source>
        <translation>透過 %1 分享</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1020"/>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1197"/>
        <source>Activity</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1022"/>
        <source>Copy private link to clipboard</source>
        <translation>將私人連結複製到剪貼簿</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1023"/>
        <source>Send private link by email …</source>
        <translation>用電子郵件發送私人連結……</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1049"/>
        <source>Resharing this file is not allowed</source>
        <translation>此檔案不允許二次分享</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1049"/>
        <source>Resharing this folder is not allowed</source>
        <translation>此資料夾不允許二次分享</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1063"/>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1065"/>
        <source>Copy public link</source>
        <translation>複製公開連結</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1069"/>
        <source>Copy internal link</source>
        <translation>複製內部連結</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1083"/>
        <source>Lock file</source>
        <translation>鎖定檔案</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1086"/>
        <source>Unlock file</source>
        <translation>解鎖檔案</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1101"/>
        <source>Locked by %1</source>
        <translation>被 %1 鎖定</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1105"/>
        <source>Expires in %1 minutes</source>
        <comment>remaining time before lock expires</comment>
        <translation><numerusform>%1 分鐘後過期</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1105"/>
        <source>Expire in %1 minutes</source>
        <comment>remaining time before lock expire</comment>
        <translation><numerusform>%1 分鐘後過期</numerusform></translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1203"/>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1205"/>
        <source>Open in browser</source>
        <translation>用瀏覽器打開</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1229"/>
        <source>Resolve conflict …</source>
        <translation>解決衝突……</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1233"/>
        <source>Move and rename …</source>
        <translation>移動並重新命名……</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1236"/>
        <source>Move, rename and upload …</source>
        <translation>移動、重新命名並上傳……</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1238"/>
        <source>Delete local changes</source>
        <translation>刪除本機變更</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1244"/>
        <source>Move and upload …</source>
        <translation>移動並上傳……</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi/socketapi.cpp" line="1245"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../src/gui/socketapi.cpp" line="465"/>
        <source>Share with %1</source>
        <comment>parameter is Nextcloud</comment>
        <translation>與 %1 分享</translation>
    </message>
</context>
<context>
    <name>OCC::SslButton</name>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="88"/>
        <source>&lt;h3&gt;Certificate Details&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;證書詳細資訊&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="91"/>
        <source>Common Name (CN):</source>
        <translation>一般名稱 (CN)：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="92"/>
        <source>Subject Alternative Names:</source>
        <translation>主題備用名稱：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="93"/>
        <source>Organization (O):</source>
        <translation>組織 (O)：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="94"/>
        <source>Organizational Unit (OU):</source>
        <translation>組織部門 (OU)：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="95"/>
        <source>State/Province:</source>
        <translation>州／省：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="96"/>
        <source>Country:</source>
        <translation>國家：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="97"/>
        <source>Serial:</source>
        <translation>序號：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="100"/>
        <source>&lt;h3&gt;Issuer&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;簽發者&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="103"/>
        <source>Issuer:</source>
        <translation>簽發者：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="104"/>
        <source>Issued on:</source>
        <translation>簽發於：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="105"/>
        <source>Expires on:</source>
        <translation>過期於：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="108"/>
        <source>&lt;h3&gt;Fingerprints&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;指紋&lt;/h3&gt;</translation>
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
        <translation>&lt;p&gt;&lt;b&gt;注意：&lt;/b&gt; 此憑證為手動核准&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="137"/>
        <source>%1 (self-signed)</source>
        <translation>%1（自我簽章）</translation>
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
        <translation>此連線已經使用 %1 位元 %2 加密。
</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="177"/>
        <source>This connection is NOT secure as it is not encrypted.
</source>
        <translation>這個連線沒有經過加密，是不安全的。
</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="191"/>
        <source>Server version: %1</source>
        <translation>伺服器版本：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="205"/>
        <source>No support for SSL session tickets/identifiers</source>
        <translation>不支援 SSL 工作階段證書／標識符</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="215"/>
        <source>Certificate information:</source>
        <translation>憑證資訊：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslbutton.cpp" line="244"/>
        <source>The connection is not secure</source>
        <translation>不安全的連線</translation>
    </message>
</context>
<context>
    <name>OCC::SslErrorDialog</name>
    <message>
        <location filename="../src/gui/sslerrordialog.ui" line="25"/>
        <source>Trust this certificate anyway</source>
        <translation>信任此憑證</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="66"/>
        <source>Untrusted Certificate</source>
        <translation>不信任的憑證</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="139"/>
        <source>Cannot connect securely to &lt;i&gt;%1&lt;/i&gt;:</source>
        <translation>無法安全地連線到 &lt;i&gt;%1&lt;/i&gt;：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="158"/>
        <source>Additional errors:</source>
        <translation>其他錯誤：</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="184"/>
        <source>with Certificate %1</source>
        <translation>與憑證 %1</translation>
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
        <translation>組織：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="199"/>
        <location filename="../src/gui/sslerrordialog.cpp" line="224"/>
        <source>Unit: %1</source>
        <translation>單位：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="200"/>
        <location filename="../src/gui/sslerrordialog.cpp" line="225"/>
        <source>Country: %1</source>
        <translation>國家：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="207"/>
        <source>Fingerprint (SHA1): &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>指紋 (SHA1)：&lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="212"/>
        <source>Fingerprint (SHA-256): &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>指紋 (SHA-256)：&lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="213"/>
        <source>Fingerprint (SHA-512): &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>指紋 (SHA-512)：&lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="215"/>
        <source>Effective Date: %1</source>
        <translation>有效日期：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="216"/>
        <source>Expiration Date: %1</source>
        <translation>到期日：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/sslerrordialog.cpp" line="220"/>
        <source>Issuer: %1</source>
        <translation>簽發者：%1</translation>
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
        <translation>無法載入或新增日誌檔案。請確保您有寫入同步資料夾的權限。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="129"/>
        <source>Discovery step failed.</source>
        <translation>探索步驟失敗。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="132"/>
        <source>A network connection timeout happened.</source>
        <translation>網路連線逾時。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="135"/>
        <source>A HTTP transmission error happened.</source>
        <translation>HTTP 傳輸錯誤。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="138"/>
        <source>Permission denied.</source>
        <translation>沒有權限。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="141"/>
        <source>File or directory not found:</source>
        <translation>找不到檔案或目錄：</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="144"/>
        <source>Tried to create a folder that already exists.</source>
        <translation>要建立的資料夾已經存在。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="147"/>
        <source>No space on %1 server available.</source>
        <translation>%1 伺服器已無剩餘空間。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="150"/>
        <source>CSync unspecified error.</source>
        <translation>CSync 未知的錯誤。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="153"/>
        <source>Aborted by the user</source>
        <translation>被使用者中止</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="156"/>
        <source>The service is temporarily unavailable</source>
        <translation>這個服務暫時無法使用</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="159"/>
        <source>The mounted folder is temporarily not available on the server</source>
        <translation>掛載的資料夾暫時無法在伺服器上使用</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="162"/>
        <source>Access is forbidden</source>
        <translation>禁止存取</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="165"/>
        <source>An error occurred while opening a folder</source>
        <translation>開啟資料夾時發生錯誤</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="168"/>
        <source>Error while reading folder.</source>
        <translation>讀取資料夾時發生錯誤。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="173"/>
        <source>An internal error number %1 occurred.</source>
        <translation>發生內部錯誤，錯誤代碼 %1。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="192"/>
        <source>%1 (skipped due to earlier error, trying again in %2)</source>
        <translation>%1（因先前錯誤而跳過，%2 後重試）</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="358"/>
        <source>Could not update file: %1</source>
        <translation>無法更新檔案：%1</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="370"/>
        <source>Could not update virtual file metadata: %1</source>
        <translation>無法更新虛擬檔案詮釋資料：%1</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="393"/>
        <source>Unresolved conflict.</source>
        <translation>未解決的衝突。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="474"/>
        <source>Only %1 are available, need at least %2 to start</source>
        <comment>Placeholders are postfixed with file sizes using Utility::octetsToString()</comment>
        <translation>目前僅有 %1 可以使用，至少需要 %2 才能開始</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1028"/>
        <source>Aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1396"/>
        <location filename="../src/libsync/syncengine.cpp" line="1436"/>
        <source>Ignored because of the &quot;choose what to sync&quot; blacklist</source>
        <translation>由於「選擇要同步的內容」黑名單而被忽略</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1455"/>
        <source>Not allowed because you don&apos;t have permission to add subfolders to that folder</source>
        <translation>不允許，因為您無權新增子資料夾到該資料夾</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1470"/>
        <source>Not allowed because you don&apos;t have permission to add parent folder</source>
        <translation>不允許，因為您無權新增上層資料夾</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1477"/>
        <source>Not allowed because you don&apos;t have permission to add files in that folder</source>
        <translation>不允許，因為您無權新增檔案到該資料夾</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1502"/>
        <source>Not allowed to upload this file because it is read-only on the server, restoring</source>
        <translation>不允許上傳此檔案，因為這在伺服器上是唯讀，正在復原</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1518"/>
        <location filename="../src/libsync/syncengine.cpp" line="1537"/>
        <source>Not allowed to remove, restoring</source>
        <translation>不允許刪除，正在復原</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1551"/>
        <source>Local files and share folder removed.</source>
        <translation>本機檔案和共享資料夾已被移除。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1605"/>
        <source>Move not allowed, item restored</source>
        <translation>不允許移動，正在復原項目</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1616"/>
        <source>Move not allowed because %1 is read-only</source>
        <translation>不允許移動，因為 %1 是唯讀的</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1616"/>
        <source>the destination</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1616"/>
        <source>the source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="490"/>
        <source>Symbolic links are not supported in syncing.</source>
        <translation>同步不支援符號連結。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="493"/>
        <source>File is listed on the ignore list.</source>
        <translation>檔案被列在忽略清單。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="497"/>
        <source>File names ending with a period are not supported on this file system.</source>
        <translation>此檔案系統不支援以「.」結尾的檔案名稱。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="507"/>
        <source>File names containing the character &apos;%1&apos; are not supported on this file system.</source>
        <translation>此檔案系統不支援包含「%1」字元的檔案名稱。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="510"/>
        <source>The file name is a reserved name on this file system.</source>
        <translation>此檔案名稱為檔案系統的保留名稱。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="507"/>
        <source>Unable to open or create the local sync database. Make sure you have write access in the sync folder.</source>
        <translation>無法開啟或建立本機同步資料庫。請確保您有寫入同步資料夾的權限。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="515"/>
        <source>Filename contains trailing spaces.</source>
        <translation>檔案名的結尾為空白符。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="518"/>
        <source>Filename is too long.</source>
        <translation>檔案名稱太長了。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="521"/>
        <source>File/Folder is ignored because it&apos;s hidden.</source>
        <translation>因為檔案或資料夾被隱藏，因此被忽略。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="524"/>
        <source>Folder hierarchy is too deep</source>
        <translation>資料夾層數太多</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="527"/>
        <source>The filename cannot be encoded on your file system.</source>
        <translation>您的檔案系統無法對此檔案名進行編碼。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="523"/>
        <source>Using virtual files with suffix, but suffix is not set</source>
        <translation>正在使用有後綴的虛擬檔案，但未設定後綴</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="535"/>
        <source>Unable to read the blacklist from the local database</source>
        <translation>無法從本機資料庫讀取黑名單</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="540"/>
        <source>Conflict: Server version downloaded, local copy renamed and not uploaded.</source>
        <translation>衝突：已下載伺服器的版本，本機版本已更名但並未上傳。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="544"/>
        <source>Stat failed.</source>
        <translation>統計失敗。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="571"/>
        <source>Filename encoding is not valid</source>
        <translation>檔案名稱編碼無效</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="572"/>
        <source>Unable to read from the sync journal.</source>
        <translation>無法讀取同步日誌。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="655"/>
        <source>Cannot open the sync journal</source>
        <translation>無法開啟同步日誌</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="735"/>
        <source>Invalid characters, please rename &quot;%1&quot;</source>
        <translation>無效的字元，請重新命名為「%1」</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1110"/>
        <source>File name contains at least one invalid character</source>
        <translation>檔案名稱包含至少一個無效的字元</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1067"/>
        <source>Synchronization will resume shortly.</source>
        <translation>同步會很快恢復</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1084"/>
        <source>Disk space is low: Downloads that would reduce free space below %1 were skipped.</source>
        <translation>剩餘空間不足：下載後將使剩餘空間降至低於 %1 的檔案一律跳過。</translation>
    </message>
    <message>
        <location filename="../src/libsync/syncengine.cpp" line="1091"/>
        <source>There is insufficient space available on the server for some uploads.</source>
        <translation>伺服器上的剩餘空間不足以容納某些要上傳的檔案。</translation>
    </message>
</context>
<context>
    <name>OCC::SyncStatusSummary</name>
    <message>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="124"/>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="313"/>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="138"/>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="316"/>
        <location filename="../src/gui/tray/syncstatussummary.h" line="89"/>
        <source>All synced!</source>
        <translation>全部都已同步！</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="147"/>
        <source>Some files couldn&apos;t be synced!</source>
        <translation>部份檔案無法同步！</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="148"/>
        <source>See below for errors</source>
        <translation>請參閱以下錯誤</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="155"/>
        <source>Syncing</source>
        <translation>正在同步</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="162"/>
        <source>Sync paused</source>
        <translation>同步已暫停</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="169"/>
        <source>Some files could not be synced!</source>
        <translation>部份檔案無法同步！</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="170"/>
        <source>See below for warnings</source>
        <translation>請參閱以下的警告</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="218"/>
        <source>%1 of %2 · %3 left</source>
        <translation>%2 中的 %1 · 還剩 %3</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="222"/>
        <source>%1 of %2</source>
        <translation>%2 中的 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/syncstatussummary.cpp" line="227"/>
        <source>Syncing file %1 of %2</source>
        <translation>正在同步檔案 %2 中的 %1</translation>
    </message>
</context>
<context>
    <name>OCC::Systray</name>
    <message>
        <location filename="../src/gui/systray.cpp" line="107"/>
        <source>Download</source>
        <translation>下載</translation>
    </message>
    <message>
        <location filename="../src/gui/systray.cpp" line="202"/>
        <source>Add account</source>
        <translation>新增帳號</translation>
    </message>
    <message>
        <location filename="../src/gui/systray.cpp" line="204"/>
        <source>Open main dialog</source>
        <translation>開啟主對話框</translation>
    </message>
    <message>
        <location filename="../src/gui/systray.cpp" line="207"/>
        <location filename="../src/gui/systray.cpp" line="217"/>
        <source>Pause sync</source>
        <translation>暫停同步</translation>
    </message>
    <message>
        <location filename="../src/gui/systray.cpp" line="208"/>
        <location filename="../src/gui/systray.cpp" line="223"/>
        <source>Resume sync</source>
        <translation>繼續同步</translation>
    </message>
    <message>
        <location filename="../src/gui/systray.cpp" line="209"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../src/gui/systray.cpp" line="210"/>
        <source>Help</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../src/gui/systray.cpp" line="211"/>
        <source>Exit %1</source>
        <translation>離開 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/systray.cpp" line="217"/>
        <source>Pause sync for all</source>
        <translation>暫停所有同步</translation>
    </message>
    <message>
        <location filename="../src/gui/systray.cpp" line="223"/>
        <source>Resume sync for all</source>
        <translation>恢復所有同步</translation>
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
        <translation>&lt;p&gt;%1 桌面版客戶端&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="523"/>
        <location filename="../src/libsync/theme.cpp" line="538"/>
        <source>&lt;p&gt;Version %1. For more information please click &lt;a href=&apos;%2&apos;&gt;here&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;版本為 %1。詳細資訊請點擊&lt;a href=&apos;%2&apos;&gt;此處&lt;/a&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="527"/>
        <source>&lt;p&gt;&lt;small&gt;Using virtual files plugin: %1&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;正在使用虛擬檔案外掛程式：%1&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="542"/>
        <source>&lt;p&gt;This release was supplied by %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;此版本由 %1 提供&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OCC::UnifiedSearchResultsListModel</name>
    <message>
        <location filename="../src/gui/tray/unifiedsearchresultslistmodel.cpp" line="386"/>
        <source>Failed to fetch providers.</source>
        <translation>擷取提供者失敗。</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/unifiedsearchresultslistmodel.cpp" line="397"/>
        <source>Failed to fetch search providers for &apos;%1&apos;. Error: %2</source>
        <translation>擷取「%1」的搜尋提供者失敗。錯誤：%2</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/unifiedsearchresultslistmodel.cpp" line="431"/>
        <source>Search has failed for &apos;%2&apos;.</source>
        <translation>搜尋「%2」失敗。</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/unifiedsearchresultslistmodel.cpp" line="460"/>
        <source>Search has failed for &apos;%1&apos;. Error: %2</source>
        <translation>搜尋「%1」失敗。錯誤：%2</translation>
    </message>
</context>
<context>
    <name>OCC::User</name>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="500"/>
        <source>Retry all uploads</source>
        <translation>重試所有上傳</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="525"/>
        <source>Synced %1</source>
        <translation>已同步 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="527"/>
        <source>You renamed %1</source>
        <translation>您重新命名了 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="529"/>
        <source>You deleted %1</source>
        <translation>您刪除了 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="531"/>
        <source>You created %1</source>
        <translation>您建立了 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="533"/>
        <source>You changed %1</source>
        <translation>您變更了 %1</translation>
    </message>
</context>
<context>
    <name>OCC::UserModel</name>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="1042"/>
        <source>Confirm Account Removal</source>
        <translation>請確認移除帳號</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="1043"/>
        <source>&lt;p&gt;Do you really want to remove the connection to the account &lt;i&gt;%1&lt;/i&gt;?&lt;/p&gt;&lt;p&gt;&lt;b&gt;Note:&lt;/b&gt; This will &lt;b&gt;not&lt;/b&gt; delete any files.&lt;/p&gt;</source>
        <translation>&lt;p&gt;您真的想要移除帳號 &lt;i&gt;%1&lt;/i&gt; 的連線嗎？&lt;/p&gt;&lt;p&gt;&lt;b&gt;請注意：&lt;/b&gt;這將&lt;b&gt;不會&lt;/b&gt;刪除任何檔案。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="1048"/>
        <source>Remove connection</source>
        <translation>移除連線</translation>
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
        <translation>無法擷取預定義的狀態。請確定您已連線至伺服器。</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="143"/>
        <source>Could not fetch status. Make sure you are connected to the server.</source>
        <translation>無法擷取狀態。請確定您已連線至伺服器。</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="144"/>
        <source>Could not fetch user status. Make sure you are connected to the server.</source>
        <translation>無法擷取使用者狀態。請確定您已連線至伺服器。</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="147"/>
        <source>Status feature is not supported. You will not be able to set your status.</source>
        <translation>不支援狀態功能。您將無法設定您的狀態。</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="148"/>
        <source>User status feature is not supported. You will not be able to set your user status.</source>
        <translation>不支援使用者狀態功能。您將無法設定您的使用者狀態。</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="151"/>
        <source>Emojis are not supported. Some status functionality may not work.</source>
        <translation>不支援表情符號。某些狀態功能可能無法正常運作。</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="152"/>
        <source>Emojis feature is not supported. Some user status functionality may not work.</source>
        <translation>不支援表情符號功能。部份使用者狀態功能可能無法運作。</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="155"/>
        <source>Could not set status. Make sure you are connected to the server.</source>
        <translation>無法設定狀態。請確定您已連線至伺服器。</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="156"/>
        <source>Could not set user status. Make sure you are connected to the server.</source>
        <translation>無法設定使用者狀態。請確定您已連線至伺服器。</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="159"/>
        <source>Could not clear status message. Make sure you are connected to the server.</source>
        <translation>無法清除狀態訊息。請確定您已連線至伺服器。</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="160"/>
        <source>Could not clear user status message. Make sure you are connected to the server.</source>
        <translation>無法清除使用者狀態訊息。請確保您已連線至伺服器。</translation>
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
        <translation>30分鐘</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="365"/>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="417"/>
        <source>1 hour</source>
        <translation>1小時</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="368"/>
        <source>4 hours</source>
        <translation>4小時</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="371"/>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="446"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="374"/>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="448"/>
        <source>This week</source>
        <translation>本週</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="406"/>
        <source>Less than a minute</source>
        <translation>不到一分鐘</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="410"/>
        <source>1 minute</source>
        <translation>1分鐘</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="412"/>
        <source>%1 minutes</source>
        <translation>%1分鐘</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="419"/>
        <source>%1 hours</source>
        <translation>%1小時</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="424"/>
        <source>1 day</source>
        <translation>1天</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatusselectormodel.cpp" line="426"/>
        <source>%1 days</source>
        <translation>%1天</translation>
    </message>
</context>
<context>
    <name>OCC::Vfs</name>
    <message>
        <location filename="../src/common/vfs.cpp" line="75"/>
        <source>The Virtual filesystem feature requires a NTFS file system, %1 is using %2</source>
        <translation>虛擬檔案系統功能需要 NTFS 檔案系統，%1 正在使用 %2</translation>
    </message>
</context>
<context>
    <name>OCC::VfsSuffix</name>
    <message>
        <location filename="../src/libsync/vfs/suffix/vfs_suffix.cpp" line="72"/>
        <location filename="../src/libsync/vfs/suffix/vfs_suffix.cpp" line="82"/>
        <source>Error updating metadata due to invalid modification time</source>
        <translation>因為修改時間無效，所以更新詮釋資料時發生錯誤</translation>
    </message>
    <message>
        <location filename="../src/libsync/vfs/suffix/vfs_suffix.cpp" line="72"/>
        <location filename="../src/libsync/vfs/suffix/vfs_suffix.cpp" line="82"/>
        <source>Error updating metadata due to invalid modified time</source>
        <translation>因為修改時間無效，所以更新詮釋資料時發生錯誤</translation>
    </message>
</context>
<context>
    <name>OCC::VfsXAttr</name>
    <message>
        <location filename="../src/libsync/vfs/xattr/vfs_xattr.cpp" line="73"/>
        <location filename="../src/libsync/vfs/xattr/vfs_xattr.cpp" line="83"/>
        <source>Error updating metadata due to invalid modification time</source>
        <translation>因為修改時間無效，所以更新詮釋資料時發生錯誤</translation>
    </message>
    <message>
        <location filename="../src/libsync/vfs/xattr/vfs_xattr.cpp" line="73"/>
        <location filename="../src/libsync/vfs/xattr/vfs_xattr.cpp" line="83"/>
        <source>Error updating metadata due to invalid modified time</source>
        <translation>因為修改時間無效，所以更新詮釋資料時發生錯誤</translation>
    </message>
</context>
<context>
    <name>OCC::WebEnginePage</name>
    <message>
        <location filename="../src/gui/wizard/webview.cpp" line="213"/>
        <source>Invalid certificate detected</source>
        <translation>檢測到無效憑證</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/webview.cpp" line="214"/>
        <source>The host &quot;%1&quot; provided an invalid certificate. Continue?</source>
        <translation>主機「%1」所提供的憑證無效。確定繼續？</translation>
    </message>
</context>
<context>
    <name>OCC::WebFlowCredentials</name>
    <message>
        <location filename="../src/gui/creds/webflowcredentials.cpp" line="159"/>
        <source>You have been logged out of %1 as user %2. Please login again</source>
        <translation>您已用使用者 %2 的身份登出 %1。請再次登入</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/webflowcredentials.cpp" line="165"/>
        <source>You have been logged out of %1 as user %2. Please login again.</source>
        <translation>您已用使用者 %2 的身份登出 %1。請再次登入。</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/webflowcredentials.cpp" line="165"/>
        <source>You have been logged out of your account %1 at %2. Please login again.</source>
        <translation>您已在 ％2 登出您的帳號 %1。請再次登入。</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/webflowcredentials.cpp" line="189"/>
        <source>Please login with the user: %1</source>
        <translation>請使用以下使用者登入：%1</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/webflowcredentials.cpp" line="189"/>
        <source>Please login with the account: %1</source>
        <translation>請使用帳號 ％1 登入</translation>
    </message>
</context>
<context>
    <name>OCC::WelcomePage</name>
    <message>
        <location filename="../src/gui/wizard/welcomepage.ui" line="20"/>
        <source>Form</source>
        <translation>表單</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/welcomepage.ui" line="143"/>
        <source>Log in</source>
        <translation>登入</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/welcomepage.ui" line="143"/>
        <location filename="../src/gui/wizard/welcomepage.cpp" line="89"/>
        <source>Log in to your %1</source>
        <translation>登入您的 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/welcomepage.ui" line="156"/>
        <source>Sign up with provider</source>
        <translation>使用第三方登入</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/welcomepage.ui" line="156"/>
        <source>Create account with Provider</source>
        <translation>使用提供者建立帳號</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/welcomepage.cpp" line="68"/>
        <source>Keep your data secure and under your control</source>
        <translation>保障您的資料安全，且由您掌控</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/welcomepage.cpp" line="69"/>
        <source>Secure collaboration &amp; file exchange</source>
        <translation>安全地協作與傳輸檔案</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/welcomepage.cpp" line="70"/>
        <source>Easy-to-use web mail, calendaring &amp; contacts</source>
        <translation>易於使用的網路郵件、日曆與聯絡人</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/welcomepage.cpp" line="71"/>
        <source>Screensharing, online meetings &amp; web conferences</source>
        <translation>螢幕分享、線上對話與網路會議</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/welcomepage.cpp" line="114"/>
        <source>Host your own server</source>
        <translation>架設您自己的伺服器</translation>
    </message>
</context>
<context>
    <name>OCC::ownCloudGui</name>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="225"/>
        <source>Unsupported Server Version</source>
        <translation>不支援的伺服器版本</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="232"/>
        <source>The server on account %1 runs an old and unsupported version %2. Using this client with unsupported server versions is untested and potentially dangerous. Proceed at your own risk.</source>
        <translation>%1 帳號所在的伺服器執行了較舊且不支援的版本 %2。將此客戶端與不支援的伺服器版本一同使用是未經測試且有潛在的危險性。若要繼續，請自負風險。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="226"/>
        <source>The server on account %1 runs an unsupported version %2. Using this client with unsupported server versions is untested and potentially dangerous. Proceed at your own risk.</source>
        <translation>%1 帳號所在的伺服器執行了不支援的版本 %2。將此客戶端與不支援的伺服器版本一同使用是未經測試且有潛在的危險性。若要繼續，請自負風險。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="267"/>
        <source>Disconnected</source>
        <translation>已斷線</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="269"/>
        <source>Disconnected from some accounts</source>
        <translation>與某些帳號斷線</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="277"/>
        <source>Disconnected from %1</source>
        <translation>從 %1 斷線</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="280"/>
        <source>Disconnected from accounts:</source>
        <translation>與帳號斷線：</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="282"/>
        <source>Account %1: %2</source>
        <translation>帳號 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="296"/>
        <source>Please sign in</source>
        <translation>請登入</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="297"/>
        <source>Signed out</source>
        <translation>已登出</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="301"/>
        <source>Account synchronization is disabled</source>
        <translation>已停用帳號同步</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="302"/>
        <location filename="../src/gui/owncloudgui.cpp" line="355"/>
        <source>Synchronization is paused</source>
        <translation>已暫停同步</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="342"/>
        <source>Folder %1: %2</source>
        <translation>資料夾 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="350"/>
        <source>Unresolved conflicts</source>
        <translation>未解決的衝突</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="352"/>
        <source>Up to date</source>
        <translation>最新的</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="357"/>
        <source>Error during synchronization</source>
        <translation>同步時發生錯誤</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="360"/>
        <source>There are no sync folders configured.</source>
        <translation>沒有設定同步資料夾。</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="361"/>
        <source>No sync folders configured</source>
        <translation>未設定同步資料夾</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="366"/>
        <source>Open in browser</source>
        <translation>在瀏覽器中開啟</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="368"/>
        <source>Open %1 in browser</source>
        <translation>在瀏覽器中開啟 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="393"/>
        <source>Managed Folders:</source>
        <translation>受管理的資料夾：</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="396"/>
        <source>Open folder &apos;%1&apos;</source>
        <translation>開啟資料夾「%1」</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="404"/>
        <source>Resume all folders</source>
        <translation>繼續所有資料夾</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="409"/>
        <source>Pause all folders</source>
        <translation>暫停所有資料夾</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="415"/>
        <source>Log in …</source>
        <translation>登入……</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="419"/>
        <source>Log out</source>
        <translation>登出</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="426"/>
        <source>Checking for changes in remote &quot;%1&quot;</source>
        <translation>正在檢查遠端「%1」中的變更</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="429"/>
        <source>Checking for changes in local &quot;%1&quot;</source>
        <translation>正在檢查本機「%1」中的變更</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="445"/>
        <source>Syncing %1 of %2 (%3 left)</source>
        <translation>正在同步 %1，共 %2（剩餘 %3）</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="450"/>
        <source>Syncing %1 of %2</source>
        <translation>正在同步第 %1 項，共 %2 項</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="459"/>
        <source>Syncing %1 (%2 left)</source>
        <translation>正在同步第 %1 項（剩餘 %2 項）</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="462"/>
        <source>Syncing %1</source>
        <translation>正在同步 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="472"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="514"/>
        <source>Recent Changes</source>
        <translation>最近的更動</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="692"/>
        <source>Resume all synchronization</source>
        <translation>繼續所有同步項目</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="694"/>
        <source>Resume synchronization</source>
        <translation>繼續同步</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="702"/>
        <source>Pause all synchronization</source>
        <translation>暫停所有同步項目</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="704"/>
        <source>Pause synchronization</source>
        <translation>暫停同步</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="776"/>
        <source>Unknown status</source>
        <translation>未知狀態</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="778"/>
        <source>Apps</source>
        <translation>應用程式</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="780"/>
        <source>Settings …</source>
        <translation>設定……</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="781"/>
        <source>New account …</source>
        <translation>新帳號……</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="782"/>
        <source>View more activity …</source>
        <translation>檢視更多活動……</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="788"/>
        <source>Help</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="790"/>
        <source>Quit %1</source>
        <translation>離開 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="794"/>
        <source>Crash now</source>
        <comment>Only shows in debug mode to allow testing the crash handler</comment>
        <translation>當機了</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="897"/>
        <source>No items synced recently</source>
        <translation>最近沒有項目被同步</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="418"/>
        <source>Checking for changes in remote &apos;%1&apos;</source>
        <translation>正在檢查遠端「%1」中的變更</translation>
    </message>
    <message>
        <location filename="../src/gui/owncloudgui.cpp" line="421"/>
        <source>Checking for changes in local &apos;%1&apos;</source>
        <translation>正在檢查本機「%1」中的變更</translation>
    </message>
</context>
<context>
    <name>OwncloudAdvancedSetupPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="225"/>
        <source>&amp;Local Folder</source>
        <translation>本機資料夾 (&amp;L)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="90"/>
        <source>S&amp;ync everything from server</source>
        <translation>同步伺服器中的所有內容(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="93"/>
        <source>Username</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="244"/>
        <source>Local Folder</source>
        <translation>本機資料夾</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="121"/>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="125"/>
        <source>Choose different folder</source>
        <translation>選擇其他資料夾</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="148"/>
        <source>Ask for confirmation before synchroni&amp;zing folders larger than</source>
        <translation>在同步大小大於此數值的資料夾前要求確認(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="174"/>
        <source>Ask for confirmation before synchronizing e&amp;xternal storages</source>
        <translation>在同步外部儲存空間前要求確認(&amp;X)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="131"/>
        <source>Server address</source>
        <translation>伺服器地址</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="175"/>
        <source>Sync Logo</source>
        <translation>同步圖示</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="408"/>
        <source>Synchronize everything from server</source>
        <translation>同步伺服器中的所有內容</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="304"/>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="464"/>
        <source>Ask before syncing folders larger than</source>
        <translation>在同步大於多少的資料夾前詢問</translation>
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
        <translation>同步外部儲存空間前詢問</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="576"/>
        <source>Choose what to sync</source>
        <translation>選擇要同步的項目</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="344"/>
        <source>&amp;Keep local data</source>
        <translation>保留本機資料(&amp;K)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="357"/>
        <source>Start a &amp;clean sync (Erases the local folder!)</source>
        <translation>開始乾淨同步（抹除本機資料夾！）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="714"/>
        <source>Keep local data</source>
        <translation>保留本機資料</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="730"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;If this box is checked, existing content in the local folder will be erased to start a clean sync from the server.&lt;/p&gt;&lt;p&gt;Do not check this if the local content should be uploaded to the servers folder.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;若勾選了此勾選框，則本機資料夾中的既有內容將會被抹除以從伺服器處乾淨同步。&lt;/p&gt;&lt;p&gt;如果本機的內容應該要被上傳到伺服器資料夾，則請不要勾選此選項。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudadvancedsetuppage.ui" line="733"/>
        <source>Erase local folder and start a clean sync</source>
        <translation>抹除本機資料夾並開始乾淨的同步</translation>
    </message>
</context>
<context>
    <name>OwncloudHttpCredsPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudhttpcredspage.ui" line="73"/>
        <source>&amp;Username</source>
        <translation>使用者名稱(&amp;U)</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudhttpcredspage.ui" line="83"/>
        <source>&amp;Password</source>
        <translation>密碼(&amp;P)</translation>
    </message>
</context>
<context>
    <name>OwncloudOAuthCredsPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudoauthcredspage.ui" line="36"/>
        <source>Please switch to your browser to proceed.</source>
        <translation>請切換到瀏覽器以繼續。</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudoauthcredspage.ui" line="46"/>
        <source>An error occurred while connecting. Please try again.</source>
        <translation>連線時發生錯誤。請重試。</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudoauthcredspage.ui" line="56"/>
        <source>Re-open Browser</source>
        <translation>重新開啟瀏覽器</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudoauthcredspage.ui" line="69"/>
        <source>Copy link</source>
        <translation>複製連結</translation>
    </message>
</context>
<context>
    <name>OwncloudSetupPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="32"/>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="353"/>
        <source>TextLabel</source>
        <translation>文字標籤</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="73"/>
        <source>Logo</source>
        <translation>圖示</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="183"/>
        <source>Server address</source>
        <translation>伺服器位置</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="194"/>
        <source>Server Address</source>
        <translation>伺服器地址</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="245"/>
        <source>This is the link to your %1 web interface when you open it in the browser.&lt;br/&gt;It looks like https://cloud.example.com or https://example.com/cloud</source>
        <translation>這是您在瀏覽器中開啟您的 %1 網頁介面時的連結。&lt;br/&gt;看起來像 https://cloud.example.com 或 https://example.com/cloud</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="259"/>
        <source>This is the link to your %1 web interface when you open it in the browser.</source>
        <translation>這是您在瀏覽器中開啟時的 %1 網頁介面連結。</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="343"/>
        <source>Register with a provider</source>
        <translation>使用第三方帳號註冊</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="359"/>
        <source>Sign up with a provider</source>
        <translation>使用第三方帳號註冊</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="365"/>
        <source>Log in</source>
        <translation>登入</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudsetupnocredspage.ui" line="381"/>
        <source>Log in to your %1</source>
        <translation>登入到您的 %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/gui/foldercreationdialog.cpp" line="41"/>
        <source>New folder</source>
        <translation>新資料夾</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="575"/>
        <source>You renamed %1</source>
        <translation>您已重新命名 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="577"/>
        <source>You deleted %1</source>
        <translation>您已刪除 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="579"/>
        <source>You created %1</source>
        <translation>您已建立 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="581"/>
        <source>You changed %1</source>
        <translation>您已變更 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/usermodel.cpp" line="604"/>
        <source>Synced %1</source>
        <translation>已同步 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="482"/>
        <source>%n day ago</source>
        <translation><numerusform>%n天前</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="484"/>
        <source>%n days ago</source>
        <translation><numerusform>%n天前</numerusform></translation>
    </message>
    <message>
        <location filename="../src/common/utility.cpp" line="488"/>
        <source>in the future</source>
        <translation>未來</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="494"/>
        <source>%n hour ago</source>
        <translation><numerusform>%n小時前</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="496"/>
        <source>%n hours ago</source>
        <translation><numerusform>%n小時前</numerusform></translation>
    </message>
    <message>
        <location filename="../src/common/utility.cpp" line="503"/>
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location filename="../src/common/utility.cpp" line="505"/>
        <source>Less than a minute ago</source>
        <translation>不到一分鐘前</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="509"/>
        <source>%n minute ago</source>
        <translation><numerusform>%n分鐘前</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="511"/>
        <source>%n minutes ago</source>
        <translation><numerusform>%n分鐘前</numerusform></translation>
    </message>
    <message>
        <location filename="../src/common/utility.cpp" line="515"/>
        <source>Some time ago</source>
        <translation>前一段時間</translation>
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
        <translation>離開</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatus.cpp" line="55"/>
        <source>Do not disturb</source>
        <translation>請勿打擾</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatus.cpp" line="58"/>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatus.cpp" line="60"/>
        <source>Online</source>
        <translation>線上</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/activitylistmodel.cpp" line="805"/>
        <source>Mark as read</source>
        <translation>標記為已讀</translation>
    </message>
</context>
<context>
    <name>SyncJournalDb</name>
    <message>
        <location filename="../src/common/syncjournaldb.cpp" line="895"/>
        <source>Failed to connect database.</source>
        <translation>連結資料庫失敗。</translation>
    </message>
</context>
<context>
    <name>TalkReplyTextField</name>
    <message>
        <location filename="../src/gui/tray/TalkReplyTextField.qml" line="30"/>
        <source>Reply to …</source>
        <translation>回覆至……</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/TalkReplyTextField.qml" line="67"/>
        <source>Send reply to chat message</source>
        <translation>傳送回覆至聊天訊息</translation>
    </message>
</context>
<context>
    <name>UnifiedSearchInputContainer</name>
    <message>
        <location filename="../src/gui/tray/UnifiedSearchInputContainer.qml" line="27"/>
        <source>Search files, messages, events …</source>
        <translation>搜尋檔案、訊息、事件……</translation>
    </message>
</context>
<context>
    <name>UnifiedSearchResultFetchMoreTrigger</name>
    <message>
        <location filename="../src/gui/tray/UnifiedSearchResultFetchMoreTrigger.qml" line="24"/>
        <source>Load more results</source>
        <translation>載入更多結果</translation>
    </message>
</context>
<context>
    <name>UnifiedSearchResultItemSkeleton</name>
    <message>
        <location filename="../src/gui/tray/UnifiedSearchResultItemSkeleton.qml" line="25"/>
        <source>Search result skeleton.</source>
        <translation>搜尋結果骨架。</translation>
    </message>
</context>
<context>
    <name>UnifiedSearchResultListItem</name>
    <message>
        <location filename="../src/gui/tray/UnifiedSearchResultListItem.qml" line="30"/>
        <source>Load more results</source>
        <translation>載入更多結果</translation>
    </message>
</context>
<context>
    <name>UserLine</name>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="15"/>
        <source>Account entry</source>
        <translation>帳號輸入</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="37"/>
        <source>Switch to account</source>
        <translation>切換到帳號</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="89"/>
        <source>Current account status is online</source>
        <translation>目前帳號狀態為在線上</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="89"/>
        <source>Current account status is do not disturb</source>
        <translation>目前帳號狀態為請勿打擾</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="89"/>
        <source>Current user status is online</source>
        <translation>目前的使用者狀態為在線上</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="89"/>
        <source>Current user status is do not disturb</source>
        <translation>目前的使用者狀態為請勿打擾</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="94"/>
        <source>Account connected</source>
        <translation>帳號已連結</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="94"/>
        <source>Account not connected</source>
        <translation>未連線帳號</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="151"/>
        <source>Account actions</source>
        <translation>帳號動作</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="173"/>
        <source>Remove Account</source>
        <translation>移除帳號</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="182"/>
        <source>Set status</source>
        <translation>設定狀態</translation>
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
        <translation>登入</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/UserLine.qml" line="237"/>
        <source>Remove account</source>
        <translation>移除帳號</translation>
    </message>
</context>
<context>
    <name>UserStatusSelector</name>
    <message>
        <location filename="../src/gui/UserStatusSelector.qml" line="34"/>
        <source>Online status</source>
        <translation>線上狀態</translation>
    </message>
    <message>
        <location filename="../src/gui/UserStatusSelector.qml" line="51"/>
        <source>Online</source>
        <translation>線上</translation>
    </message>
    <message>
        <location filename="../src/gui/UserStatusSelector.qml" line="61"/>
        <source>Away</source>
        <translation>離開</translation>
    </message>
    <message>
        <location filename="../src/gui/UserStatusSelector.qml" line="72"/>
        <source>Do not disturb</source>
        <translation>請勿打擾</translation>
    </message>
    <message>
        <location filename="../src/gui/UserStatusSelector.qml" line="90"/>
        <source>Mute all notifications</source>
        <translation>靜音所有通知</translation>
    </message>
    <message>
        <location filename="../src/gui/UserStatusSelector.qml" line="82"/>
        <source>Invisible</source>
        <translation>隱藏</translation>
    </message>
    <message>
        <location filename="../src/gui/UserStatusSelector.qml" line="105"/>
        <source>Appear offline</source>
        <translation>顯示為離線</translation>
    </message>
    <message>
        <location filename="../src/gui/UserStatusSelector.qml" line="95"/>
        <source>Status message</source>
        <translation>狀態訊息</translation>
    </message>
    <message>
        <location filename="../src/gui/UserStatusSelector.qml" line="133"/>
        <source>What is your status?</source>
        <translation>您目前的狀態是什麼呢？</translation>
    </message>
    <message>
        <location filename="../src/gui/UserStatusSelector.qml" line="161"/>
        <source>Clear status message after</source>
        <translation>在這個時間後清除狀態訊息</translation>
    </message>
    <message>
        <location filename="../src/gui/UserStatusSelector.qml" line="178"/>
        <source>Clear status message</source>
        <translation>清除狀態訊息</translation>
    </message>
    <message>
        <location filename="../src/gui/UserStatusSelector.qml" line="184"/>
        <source>Set status message</source>
        <translation>設定狀態訊息</translation>
    </message>
</context>
<context>
    <name>UserStatusSelectorDialog</name>
    <message>
        <location filename="../src/gui/UserStatusSelectorDialog.qml" line="9"/>
        <source>Set account status</source>
        <translation>設定帳號狀態</translation>
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
        <translation><numerusform>%n年</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="336"/>
        <source>%n month(s)</source>
        <translation><numerusform>%n個月</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="337"/>
        <source>%n day(s)</source>
        <translation><numerusform>%n天</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="338"/>
        <source>%n hour(s)</source>
        <translation><numerusform>%n小時</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="339"/>
        <source>%n minute(s)</source>
        <translation><numerusform>%n分鐘</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/common/utility.cpp" line="340"/>
        <source>%n second(s)</source>
        <translation><numerusform>%n秒</numerusform></translation>
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
        <translation>檢查碼標頭異常。</translation>
    </message>
    <message>
        <location filename="../src/common/checksums.cpp" line="364"/>
        <source>The checksum header contained an unknown checksum type &apos;%1&apos;</source>
        <translation>檢查碼標頭包含了未知的檢查碼類型「%1」</translation>
    </message>
    <message>
        <location filename="../src/common/checksums.cpp" line="252"/>
        <source>The downloaded file does not match the checksum, it will be resumed.</source>
        <translation>已下載的檔案與檢查碼不相符，其將會被還原。</translation>
    </message>
    <message>
        <location filename="../src/common/checksums.cpp" line="368"/>
        <source>The downloaded file does not match the checksum, it will be resumed. &apos;%1&apos; != &apos;%2&apos;</source>
        <translation>已下載的檔案與檢查碼不相符，其將會被還原。「%1」!=「%2」</translation>
    </message>
    <message>
        <location filename="../src/common/checksums.cpp" line="380"/>
        <source>The checksum header contained an unknown checksum type &quot;%1&quot;</source>
        <translation>檢查碼標頭包含了未知的檢查碼類型「%1」</translation>
    </message>
    <message>
        <location filename="../src/common/checksums.cpp" line="385"/>
        <source>The downloaded file does not match the checksum, it will be resumed. &quot;%1&quot; != &quot;%2&quot;</source>
        <translation>已下載的檔案與檢查碼不相符，其將會被還原。「%1」!=「%2」</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="126"/>
        <source>Nextcloud desktop main dialog</source>
        <translation>Nextcloud 桌面版主要對話框</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="153"/>
        <source>Current account</source>
        <translation>目前帳號</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="159"/>
        <location filename="../src/gui/tray/Window.qml" line="299"/>
        <source>Resume sync for all</source>
        <translation>恢復所有同步</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="159"/>
        <location filename="../src/gui/tray/Window.qml" line="299"/>
        <source>Pause sync for all</source>
        <translation>暫停所有同步</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="219"/>
        <source>Set user status</source>
        <translation>設定使用者狀態</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="257"/>
        <source>Add account</source>
        <translation>新增帳號</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="270"/>
        <source>Add new account</source>
        <translation>新增帳號</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="305"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="328"/>
        <source>Exit</source>
        <translation>離開</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="373"/>
        <source>Current user avatar</source>
        <translation>目前使用者的大頭照</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="412"/>
        <source>Current user status is online</source>
        <translation>目前的使用者狀態為在線上</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="412"/>
        <source>Current user status is do not disturb</source>
        <translation>目前的使用者狀態為請勿打擾</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="390"/>
        <source>Current account avatar</source>
        <translation>目前的帳號大頭照</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="429"/>
        <source>Current account status is online</source>
        <translation>目前的帳號狀態為在線上</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="429"/>
        <source>Current account status is do not disturb</source>
        <translation>目前的帳號狀態為請勿打擾</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="478"/>
        <source>Account switcher and settings menu</source>
        <translation>帳號切換器與設定選單</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="497"/>
        <source>Open local folder of current account</source>
        <translation>開啟目前帳號的本機資料夾</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="520"/>
        <source>Connected</source>
        <translation>已連線</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="520"/>
        <source>Disconnected</source>
        <translation>已斷線</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="556"/>
        <source>Open Nextcloud Talk in browser</source>
        <translation>在瀏覽器中開啟 Nextcloud Talk</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="549"/>
        <source>Apps menu</source>
        <translation>應用程式選單</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="578"/>
        <source>Activity list</source>
        <translation>活動列表</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="563"/>
        <source>Open %1 locally</source>
        <translation>在本機開啟 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="812"/>
        <source>Open share dialog</source>
        <translation>開啟分享對話框</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="576"/>
        <source>More apps</source>
        <translation>更多應用程式</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="631"/>
        <source>Open %1 in browser</source>
        <translation>在瀏覽器中開啟 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="720"/>
        <location filename="../src/gui/tray/Window.qml" line="723"/>
        <source>Show more actions</source>
        <translation>顯示更多動作</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="743"/>
        <source>Unified search results list</source>
        <translation>統一搜尋結果清單</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="816"/>
        <source>Share %1</source>
        <translation>分享 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/tray/Window.qml" line="806"/>
        <source>%1 - File activity</source>
        <translation>%1 - 檔案事件</translation>
    </message>
</context>
<context>
    <name>main.cpp</name>
    <message>
        <location filename="../src/gui/main.cpp" line="51"/>
        <source>System Tray not available</source>
        <translation>系統匣不可用</translation>
    </message>
    <message>
        <location filename="../src/gui/main.cpp" line="45"/>
        <source>%1 requires on a working system tray. If you are running XFCE, please follow &lt;a href=&quot;http://docs.xfce.org/xfce/xfce4-panel/systray&quot;&gt;these instructions&lt;/a&gt;. Otherwise, please install a system tray application such as &apos;trayer&apos; and try again.</source>
        <translation>%1 需要可運作的系統匣。如果您正在執行 XFCE，請遵循&lt;a href=&quot;http://docs.xfce.org/xfce/xfce4-panel/systray&quot;&gt;這些介紹&lt;/a&gt;。否則請安裝如「trayer」等系統匣應用程式並再試一次。</translation>
    </message>
    <message>
        <location filename="../src/gui/main.cpp" line="52"/>
        <source>%1 requires on a working system tray. If you are running XFCE, please follow &lt;a href=&quot;http://docs.xfce.org/xfce/xfce4-panel/systray&quot;&gt;these instructions&lt;/a&gt;. Otherwise, please install a system tray application such as &quot;trayer&quot; and try again.</source>
        <translation>%1 需要可運作的系統匣。如果您正在執行 XFCE，請遵循&lt;a href=&quot;http://docs.xfce.org/xfce/xfce4-panel/systray&quot;&gt;這些介紹&lt;/a&gt;。否則請安裝如「trayer」等系統匣應用程式並再試一次。</translation>
    </message>
</context>
<context>
    <name>nextcloudTheme::about()</name>
    <message>
        <location filename="../src/libsync/theme.cpp" line="499"/>
        <source>&lt;p&gt;&lt;small&gt;Built from Git revision &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; on %3, %4 using Qt %5, %6&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;從 Git 修訂版本 &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; 在 %3 上建置，%4 使用 Qt %5，%6&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="33"/>
        <source>Virtual file created</source>
        <translation>已建立虛擬檔案</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="35"/>
        <source>Replaced by virtual file</source>
        <translation>使用虛擬檔案取代</translation>
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
        <translation>已下載伺服器上的版本，並將本機已更改的檔案複製至衝突檔案</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="45"/>
        <source>Deleted</source>
        <translation>已刪除</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="48"/>
        <source>Moved to %1</source>
        <translation>移動至 %1</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="50"/>
        <source>Ignored</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="52"/>
        <source>Filesystem access error</source>
        <translation>檔案系統存取錯誤</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="54"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="56"/>
        <source>Updated local metadata</source>
        <translation>已更新本機詮釋資料</translation>
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
        <translation>正在下載</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="74"/>
        <source>uploading</source>
        <translation>正在上傳</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="76"/>
        <source>deleting</source>
        <translation>正在刪除</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="79"/>
        <source>moving</source>
        <translation>正在移動</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="81"/>
        <source>ignoring</source>
        <translation>正在忽略</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="84"/>
        <source>error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <location filename="../src/libsync/progressdispatcher.cpp" line="86"/>
        <source>updating local metadata</source>
        <translation>正在更新本機詮釋資料</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <location filename="../src/libsync/theme.cpp" line="84"/>
        <source>Status undefined</source>
        <translation>未定義的狀態</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="87"/>
        <source>Waiting to start sync</source>
        <translation>等待開始同步</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="90"/>
        <source>Sync is running</source>
        <translation>正在執行同步</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="93"/>
        <source>Sync Success</source>
        <translation>同步完成</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="96"/>
        <source>Sync Success, some files were ignored.</source>
        <translation>同步成功，部份檔案被忽略</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="99"/>
        <source>Sync Error</source>
        <translation>同步錯誤</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="102"/>
        <source>Setup Error</source>
        <translation>安裝錯誤</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="105"/>
        <source>Preparing to sync</source>
        <translation>正在準備同步</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="108"/>
        <source>Aborting …</source>
        <translation>正在中止……</translation>
    </message>
    <message>
        <location filename="../src/libsync/theme.cpp" line="111"/>
        <source>Sync is paused</source>
        <translation>同步已暫停</translation>
    </message>
</context>
<context>
    <name>utility</name>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="46"/>
        <source>Could not open browser</source>
        <translation>無法開啟瀏覽器</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="47"/>
        <source>There was an error when launching the browser to go to URL %1. Maybe no default browser is configured?</source>
        <translation>開啟瀏覽器並前往 %1 網址時發生錯誤。可能未設定預設瀏覽器？</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="70"/>
        <source>Could not open email client</source>
        <translation>無法開啟郵件客戶端</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="71"/>
        <source>There was an error when launching the email client to create a new message. Maybe no default email client is configured?</source>
        <translation>開啟郵件客戶端並撰寫新郵件時發生錯誤。可能未設定預設郵件客戶端？</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="86"/>
        <source>Always available locally</source>
        <translation>總是在本機可用</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="88"/>
        <source>Currently available locally</source>
        <translation>目前在本機可用</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="90"/>
        <source>Some available online only</source>
        <translation>部份僅線上可用</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="93"/>
        <source>Available online only</source>
        <translation>僅線上可用</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="100"/>
        <source>Make always available locally</source>
        <translation>讓本機始終可用</translation>
    </message>
    <message>
        <location filename="../src/gui/guiutility.cpp" line="105"/>
        <source>Free up local space</source>
        <translation>釋放本機空間</translation>
    </message>
</context>
<context>
    <name>OCC::ActivityItemDelegate</name>
    <message>
        <location filename="../src/gui/activityitemdelegate.cpp" line="229"/>
        <source>More information</source>
        <translation>更多資訊</translation>
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
        <translation>開啟瀏覽器</translation>
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
        <translation>重試所有的上傳</translation>
    </message>
    <message>
        <location filename="../src/gui/activitywidget.cpp" line="346"/>
        <source>&lt;br/&gt;Account %1 does not have activities enabled.</source>
        <translation>&lt;br/&gt;帳號 %1 尚未啟用紀錄活動功能。</translation>
    </message>
</context>
<context>
    <name>OCC::DiscoveryMainThread</name>
    <message>
        <location filename="../src/libsync/discoveryphase.cpp" line="637"/>
        <source>Aborted by the user</source>
        <translation>被使用者中止</translation>
    </message>
</context>
<context>
    <name>OCC::Flow2AuthCredsPage</name>
    <message>
        <location filename="../src/gui/wizard/flow2authcredspage.cpp" line="36"/>
        <source>Connect to %1</source>
        <translation>連線至 %1</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/flow2authcredspage.cpp" line="37"/>
        <source>Login in your browser (Login Flow v2)</source>
        <translation>請在瀏覽器上登入 (Login Flow v2)</translation>
    </message>
</context>
<context>
    <name>OCC::OwncloudWizardResultPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudwizardresultpage.cpp" line="33"/>
        <source>Everything set up!</source>
        <translation>一切都準備就緒！</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizardresultpage.cpp" line="37"/>
        <source>Open Local Folder</source>
        <translation>開啟本機資料夾</translation>
    </message>
    <message>
        <location filename="../src/gui/wizard/owncloudwizardresultpage.cpp" line="46"/>
        <source>Open %1 in Browser</source>
        <translation>在瀏覽器中開啟 %1</translation>
    </message>
</context>
<context>
    <name>OCC::ShibbolethCredentials</name>
    <message>
        <location filename="../src/gui/creds/shibbolethcredentials.cpp" line="254"/>
        <source>Login Error</source>
        <translation>登入錯誤</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/shibbolethcredentials.cpp" line="254"/>
        <source>You must sign in as user %1</source>
        <translation>您必須以 %1 使用者登入</translation>
    </message>
</context>
<context>
    <name>OCC::ShibbolethWebView</name>
    <message>
        <location filename="../src/gui/creds/shibboleth/shibbolethwebview.cpp" line="83"/>
        <source>%1 - Authenticate</source>
        <translation>%1 - 驗證</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/shibboleth/shibbolethwebview.cpp" line="93"/>
        <source>SSL Cipher Debug View</source>
        <translation>SSL 密碼除錯介面</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/shibboleth/shibbolethwebview.cpp" line="101"/>
        <source>Reauthentication required</source>
        <translation>要求重新驗證</translation>
    </message>
    <message>
        <location filename="../src/gui/creds/shibboleth/shibbolethwebview.cpp" line="101"/>
        <source>Your session has expired. You need to re-login to continue to use the client.</source>
        <translation>您的工作階段已經過期了，您必須重新登入才能繼續使用客戶端。</translation>
    </message>
</context>
<context>
    <name>OCC::SyncLogDialog</name>
    <message>
        <location filename="../src/gui/synclogdialog.ui" line="14"/>
        <source>Synchronisation Log</source>
        <translation>同步紀錄</translation>
    </message>
</context>
<context>
    <name>OCC::WebFlowCredentialsDialog</name>
    <message>
        <location filename="../src/gui/creds/webflowcredentialsdialog.cpp" line="34"/>
        <source>Log in</source>
        <translation>登入</translation>
    </message>
</context>
<context>
    <name>OwncloudWizardResultPage</name>
    <message>
        <location filename="../src/gui/wizard/owncloudwizardresultpage.ui" line="163"/>
        <source>Your entire account is synced to the local folder </source>
        <translation>您整個帳號已同步到本機資料夾</translation>
    </message>
</context>
<context>
    <name>ActivityActionButton</name>
    <message>
        <location filename="../src/gui/tray/ActivityActionButton.qml" line="42"/>
        <source>Activity action button</source>
        <translation>活動動作按鈕</translation>
    </message>
</context>
<context>
    <name>OCC::UserStatus</name>
    <message>
        <location filename="../src/gui/userstatus.cpp" line="55"/>
        <source>Away</source>
        <translation>外出</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatus.cpp" line="57"/>
        <source>Do not disturb</source>
        <translation>請勿打擾</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatus.cpp" line="60"/>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <location filename="../src/gui/userstatus.cpp" line="62"/>
        <source>Online</source>
        <translation>線上</translation>
    </message>
</context>
<context>
    <name>OCC::VfsCfApi</name>
    <message>
        <location filename="../src/libsync/vfs/cfapi/vfs_cfapi.cpp" line="333"/>
        <source>Download of end-to-end encrypted file failed</source>
        <translation>下載端到端加密的檔案失敗</translation>
    </message>
    <message>
        <location filename="../src/libsync/vfs/cfapi/vfs_cfapi.cpp" line="334"/>
        <source>It seems that you are trying to download a virtual file that is end-to-end encrypted. Implicitly downloading such files is not supported at the moment. To workaround this issue, go to the settings and mark the encrypted folder with &quot;Make always available locally&quot;.</source>
        <translation>您似乎正在嘗試下載透過端到端加密的虛擬檔案。目前並不支援下載此類檔案。變通方法則是到設定中並將加密的資料夾標記為「一律可在本機使用」。</translation>
    </message>
</context>
</TS>