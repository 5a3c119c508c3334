<?xml version="1.0" ?><!DOCTYPE TS><TS version="2.1" language="zh_TW">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About KeePassXC</source>
        <translation>關於 KeePassXC</translation>
    </message>
    <message>
        <source>About</source>
        <translation>關於</translation>
    </message>
    <message>
        <source>Report bugs at: &lt;a href=&quot;https://github.com/keepassxreboot/keepassxc/issues&quot; style=&quot;text-decoration: underline;&quot;&gt;https://github.com&lt;/a&gt;</source>
        <translation>回報錯誤請至: &lt;a href=&quot;https://github.com/keepassxreboot/keepassxc/issues&quot; style=&quot;text-decoration: underline;&quot;&gt;https://github.com&lt;/a&gt;</translation>
    </message>
    <message>
        <source>KeePassXC is distributed under the terms of the GNU General Public License (GPL) version 2 or (at your option) version 3.</source>
        <translation>KeePassXC 遵循 GNU 通用公共授權條款 (GPL) 第 2 版或（依您意願以）第 3 版發佈。</translation>
    </message>
    <message>
        <source>Project Maintainers:</source>
        <translation>專案維護者：</translation>
    </message>
    <message>
        <source>Special thanks from the KeePassXC team go to debfx for creating the original KeePassX.</source>
        <translation>KeePassXC 團隊特別感謝 debfx 開創了原本的 KeePassX 專案。</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>貢獻者</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;https://github.com/keepassxreboot/keepassxc/graphs/contributors&quot;&gt;See Contributions on GitHub&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;https://github.com/keepassxreboot/keepassxc/graphs/contributors&quot;&gt;上 GitHub 查看貢獻者名單&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Debug Info</source>
        <translation>除錯資訊</translation>
    </message>
    <message>
        <source>Include the following information whenever you report a bug:</source>
        <translation>回報錯誤時需包含以下資訊：</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>複製到剪貼簿</translation>
    </message>
</context>
<context>
    <name>AccessControlDialog</name>
    <message>
        <source>KeePassXC -  Access Request</source>
        <translation>KeePassXC - 存取要求</translation>
    </message>
    <message>
        <source>Non-existing/inaccessible executable path. Please double-check the client is legit.</source>
        <translation>可執行檔路徑不存在或無法存取。請仔細檢查客戶端是否正確有效。</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;%1 &lt;/span&gt;is requesting access to the following entries:&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;%1 &lt;/span&gt;要求存取以下項目：&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Executable</source>
        <translation>可執行檔案</translation>
    </message>
    <message>
        <source>Command Line</source>
        <translation>指令列</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>Your decision will be remembered for the duration while both the requesting client AND KeePassXC are running.</source>
        <translation>在請求客戶端與 KeePassXC 同時執行期間，您的選擇會被記住。</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>記住</translation>
    </message>
    <message>
        <source>Allow Selected</source>
        <translation>允許所選</translation>
    </message>
    <message>
        <source>Deny All &amp;&amp; Future</source>
        <translation>禁止之後所有</translation>
    </message>
    <message>
        <source>Allow All &amp;&amp; &amp;Future</source>
        <translation>允許之後所有 (&amp;F)</translation>
    </message>
</context>
<context>
    <name>AccessControlDialog::DenyButton</name>
    <message>
        <source>Deny for this program</source>
        <translation>拒絕此程式</translation>
    </message>
</context>
<context>
    <name>AgentSettingsWidget</name>
    <message>
        <source>Enable SSH Agent integration</source>
        <translation>啟用 SSH 代理整合</translation>
    </message>
    <message>
        <source>Use Pageant</source>
        <translation>使用 Pageant</translation>
    </message>
    <message>
        <source>Use OpenSSH</source>
        <translation>使用 OpenSSH</translation>
    </message>
    <message>
        <source>Use both agents</source>
        <translation>同時使用兩種代理</translation>
    </message>
    <message>
        <source>SSH_AUTH_SOCK override</source>
        <translation>SSH_AUTH_SOCK 覆蓋值</translation>
    </message>
    <message>
        <source>SSH_AUTH_SOCK value</source>
        <translation>SSH_AUTH_SOCK 值</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>SSH_SK_PROVIDER value</source>
        <translation>SSH_SK_PROVIDER 值</translation>
    </message>
    <message>
        <source>SSH_SK_PROVIDER override</source>
        <translation>SSH_SK_PROVIDER 覆蓋值</translation>
    </message>
    <message>
        <source>No SSH Agent socket available. Either make sure SSH_AUTH_SOCK environment variable exists or set an override.</source>
        <translation>找不到可供 SSH 代理使用的 socket 接口。檢查 SSH_AUTH_SOCK 環境變數是否存在，或是設定一個覆蓋值。</translation>
    </message>
    <message>
        <source>SSH Agent connection is working!</source>
        <translation>SSH 代理連線正在運作！</translation>
    </message>
</context>
<context>
    <name>ApplicationSettingsWidget</name>
    <message>
        <source>Application Settings</source>
        <translation>應用程式設定</translation>
    </message>
    <message>
        <source>General</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>This setting cannot be enabled when minimize on unlock is enabled.</source>
        <translation>如果啟用解鎖時最小化，則無法啟用此設置。</translation>
    </message>
    <message>
        <source>Access error for config file %1</source>
        <translation>設定檔 %1 存取錯誤</translation>
    </message>
    <message>
        <source>Icon only</source>
        <translation>只有圖示</translation>
    </message>
    <message>
        <source>Text only</source>
        <translation>只有文字</translation>
    </message>
    <message>
        <source>Text beside icon</source>
        <translation>文字於圖示旁邊</translation>
    </message>
    <message>
        <source>Text under icon</source>
        <translation>文字於圖示底下</translation>
    </message>
    <message>
        <source>Follow style</source>
        <translation>跟隨樣式</translation>
    </message>
    <message>
        <source>Monochrome</source>
        <translation>單色</translation>
    </message>
    <message>
        <source>Monochrome (light)</source>
        <translation>單色（亮）</translation>
    </message>
    <message>
        <source>Monochrome (dark)</source>
        <translation>單色（暗）</translation>
    </message>
    <message>
        <source>Colorful</source>
        <translation>彩色</translation>
    </message>
    <message>
        <source>You must restart the application to set the new language. Would you like to restart now?</source>
        <translation>必須重啟應用程式以使用新語言。您是否要現在重新啟動？</translation>
    </message>
    <message>
        <source>Reset Settings?</source>
        <translation>重置設定？</translation>
    </message>
    <message>
        <source>Are you sure you want to reset all general and security settings to default?</source>
        <translation>您確定要重置所有通用和安全設定回預設值？</translation>
    </message>
    <message>
        <source>Select backup storage directory</source>
        <translation>選擇備份存放目錄</translation>
    </message>
</context>
<context>
    <name>ApplicationSettingsWidgetGeneral</name>
    <message>
        <source>Basic Settings</source>
        <translation>基本設定</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>啟動</translation>
    </message>
    <message>
        <source>Start only a single instance of KeePassXC</source>
        <translation>只啟動單一 KeePassXC 程序</translation>
    </message>
    <message>
        <source>Automatically launch KeePassXC at system startup</source>
        <translation>系統開機時自動啟動 KeePassXC</translation>
    </message>
    <message>
        <source>Minimize window at application startup</source>
        <translation>程式啟動時將視窗最小化</translation>
    </message>
    <message>
        <source>Minimize window after unlocking database</source>
        <translation>解鎖資料庫後將視窗最小化</translation>
    </message>
    <message>
        <source>Remember previously used databases</source>
        <translation>記住之前使用過的資料庫</translation>
    </message>
    <message>
        <source> recent files</source>
        <translation> 個最近檔案</translation>
    </message>
    <message>
        <source>Load previously open databases on startup</source>
        <translation>啟動時載入之前開啟的資料庫</translation>
    </message>
    <message>
        <source>Remember database key files and security dongles</source>
        <translation>記住資料庫的金鑰檔與硬體金鑰</translation>
    </message>
    <message>
        <source>Check for updates at application startup once per week</source>
        <translation>每週一次於程式啟動時檢查更新</translation>
    </message>
    <message>
        <source>Include beta releases when checking for updates</source>
        <translation>檢查更新時包括 beta 版本</translation>
    </message>
    <message>
        <source>On database unlock, show entries that </source>
        <translation>解鎖資料庫時，顯示符合條件的項目</translation>
    </message>
    <message>
        <source>have expired</source>
        <comment>On database unlock, show entries that...</comment>
        <translation>已過期</translation>
    </message>
    <message>
        <source> days</source>
        <comment>On database unlock, show entries that will expire within %1 days</comment>
        <translation> 天</translation>
    </message>
    <message>
        <source>will expire within </source>
        <comment>On database unlock, show entries that...</comment>
        <translation>將過期於 </translation>
    </message>
    <message>
        <source>File Management</source>
        <translation>檔案管理</translation>
    </message>
    <message>
        <source>Automatically save after every change</source>
        <translation>每次修改後自動儲存</translation>
    </message>
    <message>
        <source>Automatically save when locking database</source>
        <translation>鎖定資料庫時自動儲存</translation>
    </message>
    <message>
        <source>Automatically save non-data changes when locking database</source>
        <translation>鎖定資料庫時，自動儲存與資料無關的變更</translation>
    </message>
    <message>
        <source>Automatically reload the database when modified externally</source>
        <translation>有外部修改時自動重新載入資料庫</translation>
    </message>
    <message>
        <source>Backup database file before saving</source>
        <translation>儲存資料庫檔案前先備份</translation>
    </message>
    <message>
        <source>Backup destination</source>
        <translation>備份目的地</translation>
    </message>
    <message>
        <source>Specifies the database backup file location. Occurrences of &quot;{DB_FILENAME}&quot; are replaced with the filename of the saved database without extension. {TIME:&lt;format&gt;} is replaced with the backup time, see https://doc.qt.io/qt-5/qdatetime.html#toString. &lt;format&gt; defaults to format string &quot;dd_MM_yyyy_hh-mm-ss&quot;.</source>
        <translation>指定資料庫備份檔案位置。其中 &quot;{DB_FILENAME}&quot; 會被替換為保存資料庫的檔案名稱，不包含副檔名。{TIME:&lt;format&gt;} 會被替換為備份時間，詳見 https://doc.qt.io/qt-5/qdatetime.html#toString 。&lt;format&gt; 預設為格式字符串 &quot;dd_MM_yyyy_hh-mm-ss&quot;。</translation>
    </message>
    <message>
        <source>{DB_FILENAME}.old.kdbx</source>
        <translation>{DB_FILENAME}.old.kdbx</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>選擇...</translation>
    </message>
    <message>
        <source>Use alternative saving method (may solve problems with Dropbox, Google Drive, GVFS, etc.)</source>
        <translation>使用替代儲存方案（或許能解決諸如 Dropbox、Google Drive、GVFS 的相關問題）</translation>
    </message>
    <message>
        <source>Temporary file moved into place</source>
        <translation>寫入暫存檔後再覆蓋移動</translation>
    </message>
    <message>
        <source>Directly write to database file (dangerous)</source>
        <translation>直接寫入資料庫檔案（危險）</translation>
    </message>
    <message>
        <source>Entry Management</source>
        <translation>項目管理</translation>
    </message>
    <message>
        <source>Use group icon on entry creation</source>
        <translation>建立項目時使用群組圖示</translation>
    </message>
    <message>
        <source>Minimize when opening a URL</source>
        <translation>開啟 URL 時最小化</translation>
    </message>
    <message>
        <source>Hide window when copying to clipboard</source>
        <translation>複製到剪貼簿時隱藏視窗</translation>
    </message>
    <message>
        <source>Minimize</source>
        <translation>最小化</translation>
    </message>
    <message>
        <source>Drop to background</source>
        <translation>移至背景</translation>
    </message>
    <message>
        <source>Favicon download timeout:</source>
        <translation>網站圖標下載超時：</translation>
    </message>
    <message>
        <source>Website icon download timeout in seconds</source>
        <translation>網站圖示的下載超時時間，以秒計算</translation>
    </message>
    <message>
        <source> sec</source>
        <comment>Seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>User Interface</source>
        <translation>使用者介面</translation>
    </message>
    <message>
        <source>Toolbar button style</source>
        <translation>工具列按鈕樣式</translation>
    </message>
    <message>
        <source>Movable toolbar</source>
        <translation>工具列可移動</translation>
    </message>
    <message>
        <source>Language selection</source>
        <translation>語言選擇</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>語言：</translation>
    </message>
    <message>
        <source>(restart program to activate)</source>
        <translation>（程式重啟後生效）</translation>
    </message>
    <message>
        <source>Toolbar button style:</source>
        <translation>工具列按鈕樣式：</translation>
    </message>
    <message>
        <source>Show passwords in color</source>
        <translation>密碼以彩色顯示</translation>
    </message>
    <message>
        <source>Use monospaced font for notes</source>
        <translation>備註使用等寛字體</translation>
    </message>
    <message>
        <source>Minimize instead of app exit</source>
        <translation>以最小化取代關閉程式</translation>
    </message>
    <message>
        <source>Show a system tray icon</source>
        <translation>顯示系統列圖示</translation>
    </message>
    <message>
        <source>Tray icon type</source>
        <translation>系統列圖示類型</translation>
    </message>
    <message>
        <source>Tray icon type:</source>
        <translation>系統列圖示類型：</translation>
    </message>
    <message>
        <source>Hide window to system tray when minimized</source>
        <translation>視窗最小化時隱藏至系統列</translation>
    </message>
    <message>
        <source>Reset settings to default…</source>
        <translation>將設定重置為預設值…</translation>
    </message>
    <message>
        <source>Auto-Type</source>
        <translation>自動輸入</translation>
    </message>
    <message>
        <source>Use entry title to match windows for global Auto-Type</source>
        <translation>全域自動輸入下，使用項目的標題比對視窗</translation>
    </message>
    <message>
        <source>Use entry URL to match windows for global Auto-Type</source>
        <translation>全域自動輸入下，使用項目的 URL 比對視窗</translation>
    </message>
    <message>
        <source>Always ask before performing Auto-Type</source>
        <translation>執行自動輸入前始終詢問</translation>
    </message>
    <message>
        <source>Hide expired entries from Auto-Type</source>
        <translation>從自動輸入隱藏過期的項目</translation>
    </message>
    <message>
        <source>Re-lock previously locked database after performing Auto-Type</source>
        <translation>執行自動輸入後，將之前鎖定的資料庫重新鎖上</translation>
    </message>
    <message>
        <source>Auto-Type start delay:</source>
        <translation>自動輸入的啟動延遲：</translation>
    </message>
    <message>
        <source>Global Auto-Type shortcut:</source>
        <translation>全域自動輸入的快捷鍵：</translation>
    </message>
    <message>
        <source>Auto-type start delay milliseconds</source>
        <translation>自動輸入的啟動延遲，以毫秒計算</translation>
    </message>
    <message>
        <source> ms</source>
        <comment>Milliseconds</comment>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Auto-Type typing delay:</source>
        <translation>自動輸入延遲：</translation>
    </message>
    <message>
        <source>Global auto-type shortcut</source>
        <translation>全域自動輸入的快捷鍵</translation>
    </message>
    <message>
        <source>Auto-type character typing delay milliseconds</source>
        <translation>自動輸入的單一字元輸入延遲，以毫秒計算</translation>
    </message>
    <message>
        <source>Remember last typed entry for:</source>
        <translation>記住上次輸入的項目：</translation>
    </message>
</context>
<context>
    <name>ApplicationSettingsWidgetSecurity</name>
    <message>
        <source>Timeouts</source>
        <translation>超時</translation>
    </message>
    <message>
        <source>Database lock timeout seconds</source>
        <translation>資料庫鎖定超時時間，以秒計算</translation>
    </message>
    <message>
        <source> sec</source>
        <comment>Seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Clear clipboard after</source>
        <translation>多久後清除剪貼簿</translation>
    </message>
    <message>
        <source>Clear search query after</source>
        <translation>多久後清除搜尋字詞</translation>
    </message>
    <message>
        <source> min</source>
        <comment>Minutes</comment>
        <translation> 分</translation>
    </message>
    <message>
        <source>Clipboard clear seconds</source>
        <translation>清除剪貼簿的預訂時間，以秒計算</translation>
    </message>
    <message>
        <source>Lock databases after inactivity of</source>
        <translation>閒置多久後鎖上資料庫</translation>
    </message>
    <message>
        <source>Convenience</source>
        <translation>便利性</translation>
    </message>
    <message>
        <source>Enable database quick unlock (Touch ID / Windows Hello)</source>
        <translation>啟用資料庫快速解鎖 (Touch ID / Windows Hello)</translation>
    </message>
    <message>
        <source>Lock databases when session is locked or lid is closed</source>
        <translation>鎖定工作階段或蓋上螢幕時，將資料庫鎖上</translation>
    </message>
    <message>
        <source>Lock databases after minimizing the window</source>
        <translation>最小化視窗後鎖上資料庫</translation>
    </message>
    <message>
        <source>Require password repeat when it is visible</source>
        <translation>密碼可見時仍要求重複輸入密碼</translation>
    </message>
    <message>
        <source>Hide passwords when editing them</source>
        <translation>編輯密碼時將其隱藏</translation>
    </message>
    <message>
        <source>Use placeholder for empty password fields</source>
        <translation>在空的密碼欄位填入佔位符</translation>
    </message>
    <message>
        <source>Hide passwords in the entry preview panel</source>
        <translation>隱藏項目預覽面板內的密碼</translation>
    </message>
    <message>
        <source>Hide entry notes by default</source>
        <translation>預設隱藏項目備註</translation>
    </message>
    <message>
        <source>Move entries to recycle bin without confirmation</source>
        <translation>無需確認就移動項目到回收桶</translation>
    </message>
    <message>
        <source>Enable double click to copy the username/password entry columns</source>
        <translation>啟用滑鼠雙擊複製「使用者名稱/密碼」項目欄位</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隱私</translation>
    </message>
    <message>
        <source>Use DuckDuckGo service to download website icons</source>
        <translation>使用 DuckDuckGo 服務下載網站圖示</translation>
    </message>
    <message>
        <source>Hide TOTP in the entry preview panel</source>
        <translation>隱藏項目預覽面板上的 TOTP</translation>
    </message>
</context>
<context>
    <name>AutoType</name>
    <message>
        <source>The requested Auto-Type sequence cannot be used due to an error:</source>
        <translation>要求的自動輸入序列無法使用，錯誤原因為：</translation>
    </message>
    <message>
        <source>Auto-Type Error</source>
        <translation>自動輸入錯誤</translation>
    </message>
    <message>
        <source>Permission Required</source>
        <translation>需要權限</translation>
    </message>
    <message>
        <source>KeePassXC requires the Accessibility permission in order to perform entry level Auto-Type. If you already granted permission, you may have to restart KeePassXC.</source>
        <translation>KeePassXC 需要「輔助使用」權限才能執行項目層級的自動輸入。若您已授予權限，可能要重新啟動 KeePassXC。</translation>
    </message>
    <message>
        <source>KeePassXC requires the Accessibility and Screen Recorder permission in order to perform global Auto-Type. Screen Recording is necessary to use the window title to find entries. If you already granted permission, you may have to restart KeePassXC.</source>
        <translation>KeePassXC 需要「輔助使用」和「螢幕錄製」權限以執行全域自動輸入。使用視窗標題尋找項目時需要螢幕錄製功能。若您已授予權限，可能要重新啟動 KeePassXC。</translation>
    </message>
    <message>
        <source>Invalid entry provided</source>
        <translation>無效的提供項目</translation>
    </message>
    <message>
        <source>Bracket imbalance detected, found extra { or }</source>
        <translation>偵測到括號不對稱，出現額外的 { 或 }</translation>
    </message>
    <message>
        <source>Too many repetitions detected, max is %1: %2</source>
        <translation>偵測到過多的重複，最大值為 %1: %2</translation>
    </message>
    <message>
        <source>Very slow key press detected, max is %1: %2</source>
        <translation>偵測到過慢的按鍵訊號，最大值為 %1: %2</translation>
    </message>
    <message>
        <source>Very long delay detected, max is %1: %2</source>
        <translation>偵測到過長的延遲，最大值為 %1: %2</translation>
    </message>
    <message>
        <source>Entry does not have attribute for PICKCHARS: %1</source>
        <translation>項目不包含用於 PICKCHARS 的屬性：%1</translation>
    </message>
    <message>
        <source>Invalid conversion type: %1</source>
        <translation>無效的轉換類型: %1</translation>
    </message>
    <message>
        <source>Invalid conversion syntax: %1</source>
        <translation>無效的轉換語法: %1</translation>
    </message>
    <message>
        <source>Invalid regular expression syntax %1
%2</source>
        <translation>無效的正規表示式語法 %1
%2</translation>
    </message>
    <message>
        <source>Invalid placeholder: %1</source>
        <translation>無效的佔位符: %1</translation>
    </message>
</context>
<context>
    <name>AutoTypeAssociationsModel</name>
    <message>
        <source>Window</source>
        <translation>視窗</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Default sequence</source>
        <translation>預設序列</translation>
    </message>
</context>
<context>
    <name>AutoTypeMatchModel</name>
    <message>
        <source>Group</source>
        <translation>群組</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>序列</translation>
    </message>
</context>
<context>
    <name>AutoTypePlatformX11</name>
    <message>
        <source>Trying to send invalid keysym.</source>
        <translation>嘗試傳送無效的 keysym。</translation>
    </message>
    <message>
        <source>Sequence aborted: Caps Lock is on</source>
        <translation>序列中止：Caps Lock 為開</translation>
    </message>
    <message>
        <source>Sequence aborted: Modifier keys held by user</source>
        <translation>序列中止：Modifier 按鍵被使用者按住</translation>
    </message>
    <message>
        <source>Unable to get valid keycode for key: </source>
        <translation>無法得到有效的 keycode，按鍵為: </translation>
    </message>
</context>
<context>
    <name>AutoTypeSelectDialog</name>
    <message>
        <source>Auto-Type - KeePassXC</source>
        <translation>自動輸入 - KeePassXC</translation>
    </message>
    <message>
        <source>Double click a row to perform Auto-Type or find an entry using the search:</source>
        <translation>雙擊橫列來執行自動輸入，或者用搜尋功能找到項目：</translation>
    </message>
    <message>
        <source>&lt;p&gt;You can use advanced search queries to find any entry in your open databases. The following shortcuts are useful:&lt;br/&gt;
Ctrl+F - Toggle database search&lt;br/&gt;
Ctrl+1 - Type username&lt;br/&gt;
Ctrl+2 - Type password&lt;br/&gt;
Ctrl+3 - Type TOTP&lt;br/&gt;
Ctrl+4 - Use Virtual Keyboard (Windows Only)&lt;/p&gt;</source>
        <translation>&lt;p&gt;您可以使用進階搜索，在開啟的資料庫中尋找項目。以下是一些實用快捷鍵：&lt;br/&gt;
Ctrl+F - 資料庫搜索開關&lt;br/&gt;
Ctrl+1 - 輸入使用者名稱&lt;br/&gt;
Ctrl+2 - 輸入密碼&lt;br/&gt;
Ctrl+3 - 輸入 TOTP&lt;br/&gt;
Ctrl+4 - 使用虛擬鍵盤（僅限 Windows）&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search all open databases</source>
        <translation>搜尋所有開啟的資料庫</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>搜尋…</translation>
    </message>
    <message>
        <source>Type Sequence</source>
        <translation>輸入序列</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Type {USERNAME}</source>
        <translation>輸入 {USERNAME}</translation>
    </message>
    <message>
        <source>Type {PASSWORD}</source>
        <translation>輸入 {PASSWORD}</translation>
    </message>
    <message>
        <source>Type {TOTP}</source>
        <translation>輸入 {TOTP}</translation>
    </message>
    <message>
        <source>Copy Username</source>
        <translation>複製使用者名稱</translation>
    </message>
    <message>
        <source>Copy Password</source>
        <translation>複製密碼</translation>
    </message>
    <message>
        <source>Copy TOTP</source>
        <translation>複製 TOTP</translation>
    </message>
    <message>
        <source>Use Virtual Keyboard</source>
        <translation>使用虛擬鍵盤</translation>
    </message>
</context>
<context>
    <name>BrowserAccessControlDialog</name>
    <message>
        <source>KeePassXC - Browser Access Request</source>
        <translation>KeePassXC 瀏覽器擴充的存取要求</translation>
    </message>
    <message>
        <source>%1 is requesting access to the following entries:</source>
        <translation>%1 要求存取以下項目：</translation>
    </message>
    <message>
        <source>Remember access to checked entries</source>
        <translation>記住對所選項目的存取</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>記住</translation>
    </message>
    <message>
        <source>Allow access to entries</source>
        <translation>允許存取項目</translation>
    </message>
    <message>
        <source>Allow Selected</source>
        <translation>允許所選</translation>
    </message>
    <message>
        <source>Deny All</source>
        <translation>全部拒絕</translation>
    </message>
    <message>
        <source>Disable for this site</source>
        <translation>對此網站停用</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤銷</translation>
    </message>
</context>
<context>
    <name>BrowserEntrySaveDialog</name>
    <message>
        <source>Ok</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>You have multiple databases open.
Please select the correct database for saving credentials.</source>
        <translation>您有數個開啟的資料庫。
請選擇要保存憑證的資料庫。</translation>
    </message>
    <message>
        <source>KeePassXC - Select Database</source>
        <translation>KeePassXC - 選擇資料庫</translation>
    </message>
</context>
<context>
    <name>BrowserPasskeysConfirmationDialog</name>
    <message>
        <source>KeePassXC: Passkey credentials</source>
        <translation>KeePassXC: Passkey 憑證</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Authenticate</source>
        <translation>認證</translation>
    </message>
    <message>
        <source>Register new</source>
        <translation>新註冊</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>註冊</translation>
    </message>
    <message numerus="yes">
        <source>Timeout in &lt;b&gt;%n&lt;/b&gt; seconds...</source>
        <translation><numerusform>在 &lt;b&gt;%n&lt;/b&gt; 秒後過期…</numerusform></translation>
    </message>
    <message>
        <source>Do you want to register Passkey for:</source>
        <translation>是否要註冊 Passkey 至：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Existing Passkey found.
Do you want to register a new Passkey for:</source>
        <translation>找到已存在的 Passkey。
是否要註冊新 Passkey 到：</translation>
    </message>
    <message>
        <source>Select the existing Passkey and press Update to replace it.</source>
        <translation>選擇已存在的 Passkey 並按下「更新」來替換。</translation>
    </message>
    <message>
        <source>Authenticate Passkey credentials for:</source>
        <translation>認證 Passkey 憑證：</translation>
    </message>
</context>
<context>
    <name>BrowserService</name>
    <message>
        <source>KeePassXC: Create a new group</source>
        <translation>KeePassXC: 建立新群組</translation>
    </message>
    <message>
        <source>A request for creating a new group &quot;%1&quot; has been received.
Do you want to create this group?
</source>
        <translation>已收到建立新群組「%1」的要求。
是否要建立此群組？
</translation>
    </message>
    <message>
        <source>KeePassXC: New key association request</source>
        <translation>KeePassXC: 新的金鑰關聯要求</translation>
    </message>
    <message>
        <source>You have received an association request for the following database:
%1

Give the connection a unique name or ID, for example:
chrome-laptop.</source>
        <translation>你已經接收到以下資料庫的關聯請求：
%1

為連線給予一個獨特的名稱或是 ID，例如：
chrome-laptop。</translation>
    </message>
    <message>
        <source>Save and allow access</source>
        <translation>儲存並允許存取</translation>
    </message>
    <message>
        <source>KeePassXC: Overwrite existing key?</source>
        <translation>KeePassXC: 覆蓋現有金鑰？</translation>
    </message>
    <message>
        <source>A shared encryption key with the name &quot;%1&quot; already exists.
Do you want to overwrite it?</source>
        <translation>已存在名稱為「%1」的共用加密金鑰。
是否要覆蓋它？</translation>
    </message>
    <message>
        <source>KeePassXC: Update Entry</source>
        <translation>KeePassXC: 更新項目</translation>
    </message>
    <message>
        <source>Do you want to update the information in %1 - %2?</source>
        <translation>是否要更新 %1 - %2 內的資訊？</translation>
    </message>
    <message>
        <source>KeePassXC: Delete entry</source>
        <translation>KeePassXC: 刪除項目</translation>
    </message>
    <message>
        <source>A request for deleting entry &quot;%1&quot; has been received.
Do you want to delete the entry?
</source>
        <translation>已收到刪除項目「%1」的要求。
是否要刪除此項目？
</translation>
    </message>
    <message>
        <source>%1 (Passkey)</source>
        <translation>%1（Passkey）</translation>
    </message>
</context>
<context>
    <name>BrowserSettingsWidget</name>
    <message>
        <source>Dialog</source>
        <translation>對話方塊</translation>
    </message>
    <message>
        <source>This is required for accessing your databases with KeePassXC-Browser</source>
        <translation>使用 KeePassXC 瀏覽器擴充存取您的資料庫</translation>
    </message>
    <message>
        <source>Enable browser integration</source>
        <translation>啟用瀏覽器整合</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Browsers installed as snaps are currently not supported.</source>
        <translation>目前並不支援以 Snap 套件安裝的瀏覽器。</translation>
    </message>
    <message>
        <source>Enable integration for these browsers:</source>
        <translation>為以下瀏覽器啟用整合功能：</translation>
    </message>
    <message>
        <source>Vivaldi</source>
        <translation>Vivaldi</translation>
    </message>
    <message>
        <source>&amp;Edge</source>
        <translation>&amp;Edge</translation>
    </message>
    <message>
        <source>Firefox</source>
        <translation>Firefox</translation>
    </message>
    <message>
        <source>Tor Browser</source>
        <translation>Tor Browser</translation>
    </message>
    <message>
        <source>Brave</source>
        <translation>Brave</translation>
    </message>
    <message>
        <source>Google Chrome</source>
        <translation>Google Chrome</translation>
    </message>
    <message>
        <source>Chromium</source>
        <translation>Chromium</translation>
    </message>
    <message>
        <source>Show a notification when credentials are requested</source>
        <extracomment>Credentials mean login data requested via browser extension</extracomment>
        <translation>出現憑證要求時顯示通知</translation>
    </message>
    <message>
        <source>Request to unlock the database if it is locked</source>
        <translation>資料庫被鎖定時要求解鎖</translation>
    </message>
    <message>
        <source>Only entries with the same scheme (http://, https://, …) are returned.</source>
        <translation>只回傳具有相同協定 (http://, https://, …) 的項目。</translation>
    </message>
    <message>
        <source>Match URL scheme (e.g., https://example.com)</source>
        <translation>匹配 URL 協定 (e.g., https://example.com)</translation>
    </message>
    <message>
        <source>Only returns the best matches for a specific URL instead of all entries for the whole domain.</source>
        <translation>對給定的 URL 回傳最佳匹配項目，而非所有和網域名匹配的項目。</translation>
    </message>
    <message>
        <source>Return only best-matching credentials</source>
        <translation>只回傳最佳符合的憑證</translation>
    </message>
    <message>
        <source>Returns expired credentials. String [expired] is added to the title.</source>
        <translation>可回傳過期的憑證。標題會加入 [過期] 字串。</translation>
    </message>
    <message>
        <source>Allow returning expired credentials</source>
        <translation>允許回傳過期的憑證</translation>
    </message>
    <message>
        <source>All databases connected to the extension will return matching credentials.</source>
        <translation>所有與擴充連結的資料庫將回傳相符的憑證。</translation>
    </message>
    <message>
        <source>Search in all opened databases for matching credentials</source>
        <extracomment>Credentials mean login data requested via browser extension</extracomment>
        <translation>在所有開啟的資料庫內搜尋相符的憑證</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>進階</translation>
    </message>
    <message>
        <source>Never ask before accessing credentials</source>
        <extracomment>Credentials mean login data requested via browser extension</extracomment>
        <translation>存取憑證前永不詢問</translation>
    </message>
    <message>
        <source>Never ask before updating credentials</source>
        <extracomment>Credentials mean login data requested via browser extension</extracomment>
        <translation>更新憑證前永不詢問</translation>
    </message>
    <message>
        <source>Do not ask permission for HTTP Basic Auth</source>
        <extracomment>An extra HTTP Basic Auth setting</extracomment>
        <translation>不要詢問 HTTP 基本認證的權限</translation>
    </message>
    <message>
        <source>Automatically creating or updating string fields is not supported.</source>
        <translation>並不支援自動建立或更新文字欄位。</translation>
    </message>
    <message>
        <source>Return advanced string fields which start with &quot;KPH: &quot;</source>
        <translation>回傳以 &quot;KPH: &quot; 開頭的進階文字欄位</translation>
    </message>
    <message>
        <source>Don&apos;t display the popup suggesting migration of legacy KeePassHTTP settings.</source>
        <translation>不要顯示建議移轉過時 KeePassHTTP 設定的彈出視窗。</translation>
    </message>
    <message>
        <source>Do not prompt for KeePassHTTP settings migration.</source>
        <translation>不要提示 KeePassHTTP 設定移轉。</translation>
    </message>
    <message>
        <source>Updates KeePassXC or keepassxc-proxy binary path automatically to native messaging scripts on startup.</source>
        <translation>啟動時，自動將 KeePassXC 或 keepassxc-proxy 二進位檔路徑更新至本地消息腳本。</translation>
    </message>
    <message>
        <source>Update native messaging manifest files at startup</source>
        <translation>啟動時，更新本地消息配置檔</translation>
    </message>
    <message>
        <source>Use a custom proxy location if you installed a proxy manually.</source>
        <translation>若您有自行安裝代理，則使用自定義的代理位置。</translation>
    </message>
    <message>
        <source>Use a custom proxy location:</source>
        <comment>Meant is the proxy for KeePassXC-Browser</comment>
        <translation>使用自定義的代理位置：</translation>
    </message>
    <message>
        <source>Custom proxy location field</source>
        <translation>自定義代理位置欄位</translation>
    </message>
    <message>
        <source>Browser for custom proxy file</source>
        <translation>瀏覽自定義的代理檔案</translation>
    </message>
    <message>
        <source>Browse…</source>
        <extracomment>Button for opening file dialog</extracomment>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Use a custom browser configuration location:</source>
        <translation>使用自定義的瀏覽器設定檔位置：</translation>
    </message>
    <message>
        <source>Browser type:</source>
        <translation>瀏覽器類型：</translation>
    </message>
    <message>
        <source>Toolbar button style</source>
        <translation>工具列按鈕樣式</translation>
    </message>
    <message>
        <source>Config Location:</source>
        <translation>設定檔位置：</translation>
    </message>
    <message>
        <source>Custom browser location field</source>
        <translation>自定義瀏覽器位置欄位</translation>
    </message>
    <message>
        <source>Browse for custom browser path</source>
        <translation>瀏覽自定義的瀏覽器路徑</translation>
    </message>
    <message>
        <source>Custom extension ID:</source>
        <translation>自定義擴充 ID：</translation>
    </message>
    <message>
        <source>Custom extension ID</source>
        <translation>自定義擴充 ID</translation>
    </message>
    <message>
        <source>Due to Snap sandboxing, you must run a script to enable browser integration.&lt;br /&gt;You can obtain this script from %1</source>
        <translation>由於 Snap 的沙盒機制，您必須執行一個腳本來啟用瀏覽器整合。&lt;br /&gt;您可以從 %1 取得這個腳本</translation>
    </message>
    <message>
        <source>KeePassXC-Browser is needed for the browser integration to work. &lt;br /&gt;Download it for %1 and %2 and %3. %4</source>
        <translation>需要 KeePassXC 瀏覽器擴充才能使用整合功能。&lt;br /&gt;可供 %1 和 %2 和 %3 下載。%4</translation>
    </message>
    <message>
        <source>Please see special instructions for browser extension use below</source>
        <translation>請參閱以下的具體指示，學習如何使用瀏覽器擴展</translation>
    </message>
    <message>
        <source>Executable Files</source>
        <translation>可執行檔案</translation>
    </message>
    <message>
        <source>All Files</source>
        <translation>所有檔案</translation>
    </message>
    <message>
        <source>Select custom proxy location</source>
        <translation>選擇自定義的代理位置</translation>
    </message>
    <message>
        <source>Select native messaging host folder location</source>
        <translation>選擇本地消息主機的資料夾位置</translation>
    </message>
    <message>
        <source>Allow keepassxc-proxy to list all entries with their title, URL and UUID in connected databases.</source>
        <translation>允許 keepassxc-proxy 列出連結資料庫下的所有項目，包含標題、URL 與 UUID</translation>
    </message>
    <message>
        <source>Allow limited access to all entries in connected databases (ignores site access restrictions)</source>
        <translation>允許對連結資料庫下所有項目的受限制存取（忽略網站存取限制）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; Only adjust these settings if necessary.</source>
        <translation>&lt;b&gt;警告：&lt;/b&gt;只有在必要時才調整這些設定。</translation>
    </message>
    <message>
        <source>The custom proxy location does not exist.</source>
        <translation>自定義的代理位置不存在。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Error:&lt;/b&gt; The custom proxy location does not exist. Correct this in the advanced settings tab.</source>
        <translation>&lt;b&gt;錯誤：&lt;/b&gt;自定義的代理位置不存在。請至進階設定分頁修正它。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Error:&lt;/b&gt; The installed proxy executable is missing from the expected location: %1&lt;br/&gt;Please set a custom proxy location in the advanced settings or reinstall the application.</source>
        <translation>&lt;b&gt;錯誤：&lt;/b&gt;代理的執行檔遺失，之前曾安裝於此位置：%1&lt;br/&gt;請至進階設定調整自定義代理位置，或者重新安裝應用程序。</translation>
    </message>
</context>
<context>
    <name>CloneDialog</name>
    <message>
        <source>Clone Entry Options</source>
        <translation>複製項目選項</translation>
    </message>
    <message>
        <source>Append &apos; - Clone&apos; to title</source>
        <translation>在標題後追加「 - 複製」字樣</translation>
    </message>
    <message>
        <source>Replace username and password with references</source>
        <translation>以引用資料取代使用者名稱與密碼</translation>
    </message>
    <message>
        <source>Copy history</source>
        <translation>複製歷史記錄</translation>
    </message>
</context>
<context>
    <name>CsvImportWidget</name>
    <message>
        <source>Import CSV fields</source>
        <translation>匯入 CSV 欄位</translation>
    </message>
    <message>
        <source>filename</source>
        <translation>檔案名稱</translation>
    </message>
    <message>
        <source>size, rows, columns</source>
        <translation>大小、列、欄位</translation>
    </message>
    <message>
        <source>Column Association</source>
        <translation>欄位關聯</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>群組</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation>TOTP</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立於</translation>
    </message>
    <message>
        <source>Last Modified</source>
        <translation>最後編輯</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>圖示</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>編碼方法</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>編/解碼</translation>
    </message>
    <message>
        <source>Text is qualified by</source>
        <translation>文字包裹符為</translation>
    </message>
    <message>
        <source>Text qualification</source>
        <translation>文字包裹</translation>
    </message>
    <message>
        <source>Fields are separated by</source>
        <translation>欄位分隔符為</translation>
    </message>
    <message>
        <source>Field separation</source>
        <translation>欄位分隔</translation>
    </message>
    <message>
        <source>Comments start with</source>
        <translation>註解起始符為</translation>
    </message>
    <message>
        <source>Header lines skipped</source>
        <translation>跳過開頭列數</translation>
    </message>
    <message>
        <source>Number of header lines to discard</source>
        <translation>從開頭起算要拋棄的列數</translation>
    </message>
    <message>
        <source>First line has field names</source>
        <translation>首列為欄位名稱</translation>
    </message>
    <message>
        <source>Consider &apos;\&apos; an escape character</source>
        <translation>將 &apos;\&apos; 當作跳脫符號</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>CSV import preview</source>
        <translation>CSV 匯入預覽</translation>
    </message>
    <message>
        <source>Not Present</source>
        <translation>不顯示</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>欄位 %1</translation>
    </message>
    <message>
        <source>Imported from CSV file</source>
        <translation>已從 CSV 檔匯入</translation>
    </message>
    <message>
        <source>Original data: </source>
        <translation>原始資料： </translation>
    </message>
    <message>
        <source>Error(s) detected in CSV file!</source>
        <translation>在 CSV 檔中偵測到錯誤！</translation>
    </message>
    <message numerus="yes">
        <source>[%n more message(s) skipped]</source>
        <translation><numerusform>[跳過額外 %n 項訊息]</numerusform></translation>
    </message>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>CSV import: writer has errors:
%1</source>
        <translation>CSV 匯入：寫入器出錯：
%1</translation>
    </message>
</context>
<context>
    <name>CsvParserModel</name>
    <message>
        <source>%1, %2, %3</source>
        <comment>file info: bytes, rows, columns</comment>
        <translation>%1、%2、%3</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation><numerusform>%n 位元組</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation><numerusform>%n 列</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation><numerusform>%n 個欄位</numerusform></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Passwords</source>
        <comment>Root group name</comment>
        <translation>密碼</translation>
    </message>
    <message>
        <source>File %1 does not exist.</source>
        <translation>檔案 %1 不存在。</translation>
    </message>
    <message>
        <source>Unable to open file %1.</source>
        <translation>無法開啟檔案 %1。</translation>
    </message>
    <message>
        <source>Error while reading the database: %1</source>
        <translation>讀取資料庫時出錯：%1</translation>
    </message>
    <message>
        <source>Could not save, database does not point to a valid file.</source>
        <translation>無法儲存，資料庫未指向任何有效檔案。</translation>
    </message>
    <message>
        <source>Database save is already in progress.</source>
        <translation>資料庫儲存已在進行當中。</translation>
    </message>
    <message>
        <source>Could not save, database has not been initialized!</source>
        <translation>無法儲存，資料庫尚未初始化！</translation>
    </message>
    <message>
        <source>Database file has unmerged changes.</source>
        <translation>資料庫檔案有未合併的變更。</translation>
    </message>
    <message>
        <source>%1
Backup database located at %2</source>
        <translation>%1
備份資料庫位於 %2</translation>
    </message>
    <message>
        <source>Key not transformed. This is a bug, please report it to the developers.</source>
        <translation>金鑰未被轉換。請向開發者回報此項錯誤。</translation>
    </message>
    <message>
        <source>Recycle Bin</source>
        <translation>回收桶</translation>
    </message>
</context>
<context>
    <name>DatabaseOpenDialog</name>
    <message>
        <source>Unlock Database - KeePassXC</source>
        <translation>解鎖資料庫 - KeePassXC</translation>
    </message>
</context>
<context>
    <name>DatabaseOpenWidget</name>
    <message>
        <source>Unlock KeePassXC Database</source>
        <translation>解鎖 KeePassXC 資料庫</translation>
    </message>
    <message>
        <source>Enter Password:</source>
        <translation>輸入密碼：</translation>
    </message>
    <message>
        <source>Password field</source>
        <translation>密碼欄位</translation>
    </message>
    <message>
        <source>Enter Additional Credentials (if any):</source>
        <translation>輸入額外的驗證資訊（如有需要）：</translation>
    </message>
    <message>
        <source>Key File:</source>
        <translation>金鑰檔：</translation>
    </message>
    <message>
        <source>&lt;p&gt;In addition to a password, you can use a secret file to enhance the security of your database. This file can be generated in your database&apos;s security settings.&lt;/p&gt;&lt;p&gt;This is &lt;strong&gt;not&lt;/strong&gt; your *.kdbx database file!&lt;br&gt;If you do not have a key file, leave this field empty.&lt;/p&gt;&lt;p&gt;Click for more information…&lt;/p&gt;</source>
        <translation>&lt;p&gt;除了密碼，您還可以使用一份袐密檔案來加強資料庫的安全性。使用資料庫的安全設定可以產生該檔案。&lt;/p&gt;&lt;p&gt;這個&lt;strong&gt;並不是&lt;/strong&gt;您的 *.kdbx 資料庫檔案！&lt;br&gt;若您沒有金鑰檔案，則留空欄位。&lt;/p&gt;&lt;p&gt;點擊獲得更多資訊…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Key file help</source>
        <translation>金鑰檔案幫助</translation>
    </message>
    <message>
        <source>Hardware key slot selection</source>
        <translation>硬體金鑰槽位選擇</translation>
    </message>
    <message>
        <source>Hardware Key:</source>
        <translation>硬體金鑰：</translation>
    </message>
    <message>
        <source>&lt;p&gt;You can use a hardware security key such as a &lt;strong&gt;YubiKey&lt;/strong&gt; or &lt;strong&gt;OnlyKey&lt;/strong&gt; with slots configured for HMAC-SHA1.&lt;/p&gt;
&lt;p&gt;Click for more information…&lt;/p&gt;</source>
        <translation>&lt;p&gt;您可以使用諸如 &lt;strong&gt;YubiKey&lt;/strong&gt; 或 &lt;strong&gt;OnlyKey&lt;/strong&gt; 等實體安全金鑰，只要它們擁有可設置 HMAC-SHA1 的槽位。&lt;/p&gt;
&lt;p&gt;點擊獲得更多資訊…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Hardware key help</source>
        <translation>硬體金鑰幫助</translation>
    </message>
    <message>
        <source>Key file to unlock the database</source>
        <translation>解鎖資料庫的金鑰檔案</translation>
    </message>
    <message>
        <source>Browse for key file</source>
        <translation>瀏覽金鑰檔案</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Refresh hardware tokens</source>
        <translation>更新硬體令牌</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unlock Database</source>
        <translation>解鎖資料庫</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <source>Please present or touch your YubiKey to continue…</source>
        <translation>請感應或接觸您的 YubiKey 以繼續…</translation>
    </message>
    <message>
        <source>Database Version Mismatch</source>
        <translation>資料庫版本不一致</translation>
    </message>
    <message>
        <source>The database you are trying to open was most likely
created by a newer version of KeePassXC.

You can try to open it anyway, but it may be incomplete
and saving any changes may incur data loss.

We recommend you update your KeePassXC installation.</source>
        <translation>將要開啓的資料庫可能建立自
版本超前的 KeePassXC。

您可以嘗試直接開啓，但可能導致檔案缺損，
擅自變更或儲存將有資料損失的風險。

我們建議在此之前先更新 KeePassXC。</translation>
    </message>
    <message>
        <source>Open database anyway</source>
        <translation>直接開啓資料庫</translation>
    </message>
    <message>
        <source>Database unlock canceled.</source>
        <translation>資料庫已取消解鎖。</translation>
    </message>
    <message>
        <source>Unlock failed and no password given</source>
        <translation>解鎖失敗且未提供密碼</translation>
    </message>
    <message>
        <source>Unlocking the database failed and you did not enter a password.
Do you want to retry with an &quot;empty&quot; password instead?

To prevent this error from appearing, you must go to &quot;Database Settings / Security&quot; and reset your password.</source>
        <translation>解鎖資料庫失敗，且您未輸入任何密碼。
是否要改用「空白」密碼重新嘗試？

為了避免出現此錯誤，您必須前往「資料庫設定 / 安全」並重新設定您的密碼。</translation>
    </message>
    <message>
        <source>Retry with empty password</source>
        <translation>以空白密碼重試</translation>
    </message>
    <message>
        <source>Failed to open key file: %1</source>
        <translation>開啟金鑰檔案失敗：%1</translation>
    </message>
    <message>
        <source>Old key file format</source>
        <translation>舊的金鑰檔案格式</translation>
    </message>
    <message>
        <source>You are using an old key file format which KeePassXC may&lt;br&gt;stop supporting in the future.&lt;br&gt;&lt;br&gt;Please consider generating a new key file by going to:&lt;br&gt;&lt;strong&gt;Database &amp;gt; Database Security &amp;gt; Change Key File.&lt;/strong&gt;&lt;br&gt;</source>
        <translation>您使用的金鑰檔案格式版本過舊，KeePassXC 可能&lt;br&gt;在未來停止支援。&lt;br&gt;&lt;br&gt;請考慮透過以下方式產生一組新的金鑰檔案：&lt;br&gt;&lt;strong&gt;資料庫 &amp;gt; 資料庫安全 &amp;gt; 更改金鑰檔案。&lt;/strong&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Don&apos;t show this warning again</source>
        <translation>不再顯示此警告</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有檔案</translation>
    </message>
    <message>
        <source>Key files</source>
        <translation>金鑰檔案</translation>
    </message>
    <message>
        <source>Select key file</source>
        <translation>選擇金鑰檔案</translation>
    </message>
    <message>
        <source>Cannot use database file as key file</source>
        <translation>無法使用資料庫檔案作為金鑰檔案</translation>
    </message>
    <message>
        <source>You cannot use your database file as a key file.
If you do not have a key file, please leave the field empty.</source>
        <translation>您不能使用資料庫作為自己的金鑰檔案。
若您沒有金鑰檔案，請將欄位留空。</translation>
    </message>
    <message>
        <source>Detecting hardware keys…</source>
        <translation>正在偵測硬體金鑰…</translation>
    </message>
    <message>
        <source>No hardware keys detected</source>
        <translation>未偵測到硬體金鑰</translation>
    </message>
    <message>
        <source>Select hardware key…</source>
        <translation>選擇硬體金鑰…</translation>
    </message>
    <message>
        <source>authenticate to access the database</source>
        <translation>驗證以存取資料庫</translation>
    </message>
    <message>
        <source>Failed to authenticate with Quick Unlock: %1</source>
        <translation>快速解鎖驗證失敗：%1</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingWidgetMetaData</name>
    <message>
        <source>Passwords</source>
        <translation>密碼</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsDialog</name>
    <message>
        <source>General</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Database Credentials</source>
        <translation>資料庫憑證</translation>
    </message>
    <message>
        <source>Encryption Settings</source>
        <translation>加密設定</translation>
    </message>
    <message>
        <source>Browser Integration</source>
        <translation>瀏覽器整合</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>維護</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetBrowser</name>
    <message>
        <source>KeePassXC-Browser settings</source>
        <translation>KeePassXC 瀏覽器擴充設定</translation>
    </message>
    <message>
        <source>Disconnect all browsers</source>
        <translation>中斷與所有瀏覽器的連結</translation>
    </message>
    <message>
        <source>Forget all site-specific settings on entries</source>
        <translation>遺忘項目的網站個別設定</translation>
    </message>
    <message>
        <source>Refresh database root group ID</source>
        <translation>更新資料庫的根群組 ID</translation>
    </message>
    <message>
        <source>Stored keys</source>
        <translation>已保存金鑰</translation>
    </message>
    <message>
        <source>Stored browser keys</source>
        <translation>已保存的瀏覽器金鑰</translation>
    </message>
    <message>
        <source>Remove selected key</source>
        <translation>移除所選金鑰</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Delete the selected key?</source>
        <translation>刪除所選金鑰？</translation>
    </message>
    <message>
        <source>Do you really want to delete the selected key?
This may prevent connection to the browser plugin.</source>
        <translation>真的要刪除選擇的金鑰？
這可能導致與瀏覽器插件的連結受阻。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>鍵</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立於</translation>
    </message>
    <message>
        <source>Enable Browser Integration to access these settings.</source>
        <translation>啟用瀏覽器整合來存取這些設定。</translation>
    </message>
    <message>
        <source>Do you really want to disconnect all browsers?
This may prevent connection to the browser plugin.</source>
        <translation>真的要中斷與所有瀏覽器的連結？
這可能導致與瀏覽器插件的連結受阻。</translation>
    </message>
    <message>
        <source>KeePassXC: No keys found</source>
        <translation>KeePassXC: 找不到金鑰</translation>
    </message>
    <message>
        <source>No shared encryption keys found in KeePassXC settings.</source>
        <translation>在 KeePassXC 設定中找不到共享加密金鑰。</translation>
    </message>
    <message>
        <source>KeePassXC: Removed keys from database</source>
        <translation>KeePassXC: 從資料庫移除金鑰</translation>
    </message>
    <message numerus="yes">
        <source>Successfully removed %n encryption key(s) from KeePassXC settings.</source>
        <translation><numerusform>成功從 KeePassXC 設定中移除 %n 組加密金鑰。</numerusform></translation>
    </message>
    <message>
        <source>Do you really want forget all site-specific settings on every entry?
Permissions to access entries will be revoked.</source>
        <translation>真的要遺忘每個項目的所有網站個別設定？
存取項目的權限將會被撤銷。</translation>
    </message>
    <message>
        <source>Removing stored permissions…</source>
        <translation>正在移除保存的權限…</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>KeePassXC: Removed permissions</source>
        <translation>KeePassXC: 已移除權限</translation>
    </message>
    <message numerus="yes">
        <source>Successfully removed permissions from %n entry(s).</source>
        <translation><numerusform>成功從 %n 個項目移除權限。</numerusform></translation>
    </message>
    <message>
        <source>KeePassXC: No entry with permissions found!</source>
        <translation>KeePassXC: 找不到擁有權限的項目！</translation>
    </message>
    <message>
        <source>The active database does not contain an entry with permissions.</source>
        <translation>目前作用的資料庫中沒有任何項目擁有權限。</translation>
    </message>
    <message>
        <source>Refresh database ID</source>
        <translation>更新資料庫 ID</translation>
    </message>
    <message>
        <source>Do you really want refresh the database ID?
This is only necessary if your database is a copy of another and the browser extension cannot connect.</source>
        <translation>真的要更新資料庫的 ID？
只有當資料庫屬於另一份複本，且瀏覽器擴充無法連結時，才有必要進行。</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetDatabaseKey</name>
    <message>
        <source>Add additional protection…</source>
        <translation>加入額外保護…</translation>
    </message>
    <message>
        <source>No password set</source>
        <translation>未設定密碼</translation>
    </message>
    <message>
        <source>WARNING! You have not set a password. Using a database without a password is strongly discouraged!

Are you sure you want to continue without a password?</source>
        <translation>警告！您尚未設定一組密碼。強烈不建議使用不帶密碼的資料庫！

您確定要在沒有密碼的情形下繼續？</translation>
    </message>
    <message>
        <source>Continue without password</source>
        <translation>不使用密碼並繼續</translation>
    </message>
    <message>
        <source>No encryption key added</source>
        <translation>未加入加密金鑰</translation>
    </message>
    <message>
        <source>You must add at least one encryption key to secure your database!</source>
        <translation>您必須加入至少一組加密金鑰來保護您的資料庫！</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>未知錯誤</translation>
    </message>
    <message>
        <source>Failed to change database credentials</source>
        <translation>更改資料庫憑證失敗</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetEncryption</name>
    <message>
        <source>Decryption Time:</source>
        <translation>解密時間：</translation>
    </message>
    <message>
        <source>Decryption time in seconds</source>
        <translation>解密時間，以秒計算</translation>
    </message>
    <message>
        <source>Higher values offer more protection, but opening the database will take longer.</source>
        <translation>較高的值提供較多保護，但需要更長的時間開啟資料庫。</translation>
    </message>
    <message>
        <source>Database format:</source>
        <translation>資料庫格式：</translation>
    </message>
    <message>
        <source>Database format</source>
        <translation>資料庫格式</translation>
    </message>
    <message>
        <source>Format cannot be changed: Your database uses KDBX 4 features</source>
        <translation>格式無法變更: 您的資料庫使用 KDBX 4 功能</translation>
    </message>
    <message>
        <source>Unless you need to open your database with other programs, always use the latest format.</source>
        <translation>除非您有需要以其他程式開啓資料庫，否則建議使用最新的格式。</translation>
    </message>
    <message>
        <source>Encryption Algorithm:</source>
        <translation>加密演算法：</translation>
    </message>
    <message>
        <source>Encryption algorithm</source>
        <translation>加密演算法</translation>
    </message>
    <message>
        <source>AES:  256 Bit   (default)</source>
        <translation>AES:  256 Bit（預設）</translation>
    </message>
    <message>
        <source>Twofish:  256 Bit</source>
        <translation>Twofish:  256 Bit</translation>
    </message>
    <message>
        <source>Key Derivation Function:</source>
        <translation>金鑰推導函式：</translation>
    </message>
    <message>
        <source>Key derivation function</source>
        <translation>金鑰推導函式</translation>
    </message>
    <message>
        <source>Transform rounds:</source>
        <translation>轉換回合數：</translation>
    </message>
    <message>
        <source>Transform rounds</source>
        <translation>轉換回合數</translation>
    </message>
    <message>
        <source>Memory Usage:</source>
        <translation>記憶體用量：</translation>
    </message>
    <message>
        <source>Memory usage</source>
        <translation>記憶體用量</translation>
    </message>
    <message>
        <source>Parallelism:</source>
        <translation>平行運算：</translation>
    </message>
    <message>
        <source>Parallelism</source>
        <translation>平行運算</translation>
    </message>
    <message>
        <source>KDBX 4 (recommended)</source>
        <translation>KDBX 4 (建議)</translation>
    </message>
    <message>
        <source>KDBX 3</source>
        <translation>KDBX 3</translation>
    </message>
    <message>
        <source>Number of rounds too high</source>
        <comment>Key transformation rounds</comment>
        <translation>回合數太高</translation>
    </message>
    <message>
        <source>You are using a very high number of key transform rounds with Argon2.

If you keep this number, your database may take hours, days, or even longer to open.</source>
        <translation>您為 Argon2 使用了非常高的金鑰轉換回合數。

如果執意使用此數量，您的資料庫將花費數小時、數天、甚至更久才能打開。</translation>
    </message>
    <message>
        <source>Understood, keep number</source>
        <translation>了解，仍使用此數量</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Number of rounds too low</source>
        <comment>Key transformation rounds</comment>
        <translation>回合數太低</translation>
    </message>
    <message>
        <source>You are using a very low number of key transform rounds with AES-KDF.

If you keep this number, your database will not be protected from brute force attacks.</source>
        <translation>您為 AES-KDF 使用了非常低的金鑰轉換回合數。

如果執意使用此數量，您的資料庫將無法防禦暴力攻擊。</translation>
    </message>
    <message>
        <source>KDF unchanged</source>
        <translation>KDF 不變</translation>
    </message>
    <message>
        <source>Failed to transform key with new KDF parameters; KDF unchanged.</source>
        <translation>無法用新的 KDF 參數轉換金鑰；KDF 保持不變。</translation>
    </message>
    <message numerus="yes">
        <source> MiB</source>
        <comment>Abbreviation for Mebibytes (KDF settings)</comment>
        <translation><numerusform> MiB</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> thread(s)</source>
        <comment>Threads for parallel execution (KDF settings)</comment>
        <translation><numerusform> 執行緒</numerusform></translation>
    </message>
    <message>
        <source>Encryption Settings:</source>
        <translation>加密設定：</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>基本</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>進階</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetFdoSecrets</name>
    <message>
        <source>Exposed Entries</source>
        <translation>已開放項目</translation>
    </message>
    <message>
        <source>Don&apos;t expose this database</source>
        <translation>不要開放此資料庫</translation>
    </message>
    <message>
        <source>Expose entries under this group:</source>
        <translation>開放此群組下的項目：</translation>
    </message>
    <message>
        <source>Enable Secret Service to access these settings.</source>
        <translation>啟用保密服務來存取這些設定。</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetGeneral</name>
    <message>
        <source>Database Metadata</source>
        <translation>資料庫詮釋資料</translation>
    </message>
    <message>
        <source>Database name:</source>
        <translation>資料庫名稱：</translation>
    </message>
    <message>
        <source>Database name field</source>
        <translation>資料庫名稱欄位</translation>
    </message>
    <message>
        <source>Database description:</source>
        <translation>資料庫描述：</translation>
    </message>
    <message>
        <source>Database description field</source>
        <translation>資料庫描述欄位</translation>
    </message>
    <message>
        <source>Default username:</source>
        <translation>預設使用者名稱：</translation>
    </message>
    <message>
        <source>Default username field</source>
        <translation>預設使用者名稱欄位</translation>
    </message>
    <message>
        <source>History Settings</source>
        <translation>歷史設定</translation>
    </message>
    <message>
        <source>Maximum number of history items per entry</source>
        <translation>每個項目的最大歷史記錄數</translation>
    </message>
    <message>
        <source>Maximum size of history per entry</source>
        <translation>每個項目的最大歷史記錄大小</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Use recycle bin</source>
        <translation>使用回收桶</translation>
    </message>
    <message>
        <source>Additional Database Settings</source>
        <translation>其他資料庫設定</translation>
    </message>
    <message>
        <source>Enable compression (recommended)</source>
        <translation>啟用壓縮（推薦）</translation>
    </message>
    <message>
        <source>Delete Recycle Bin</source>
        <translation>刪除回收桶</translation>
    </message>
    <message>
        <source>Do you want to delete the current recycle bin and all its contents?
This action is not reversible.</source>
        <translation>是否要刪除目前的回收桶以及裡面所有內容？
此操作無法復原。</translation>
    </message>
    <message>
        <source> (old)</source>
        <translation> （舊）</translation>
    </message>
    <message>
        <source>When saving this setting or editing an entry
the oldest history items of an entry will be
removed such that only the specified amount
of entries remain at most.</source>
        <translation>儲存此設定，或編輯一個項目時，
將從時間最舊的歷史項開始移除，
直到該項目可保留的歷史項
不超過指定的數量為止。</translation>
    </message>
    <message>
        <source>Limit the amount of history items per entry to:</source>
        <translation>將每個項目的歷史數限制在：</translation>
    </message>
    <message>
        <source>When saving this setting or editing an entry
the oldest history items of an entry will be
removed such that the remaining history items
add up to the specified amount at most.</source>
        <translation>儲存此設定，或編輯一個項目時，
將從時間最舊的歷史項開始移除，
直到該項目所有歷史項的使用空間
不超過指定的大小為止。</translation>
    </message>
    <message>
        <source>Limit the total size of history items per entry to:</source>
        <translation>將每個項目的歷史總大小限制在：</translation>
    </message>
    <message>
        <source>Move entries to a recycle bin group
instead of deleting them from the database.
Entries deleted from the recycle bin are
removed from the database.</source>
        <translation>將項目移動至「回收桶」群組
而不是直接從資料庫中刪除它們。
在「回收桶」刪除的項目將
直接移除自資料庫。</translation>
    </message>
    <message>
        <source>Autosave delay since last change</source>
        <translation>修改後自動儲存延遲</translation>
    </message>
    <message>
        <source>Autosave delay</source>
        <translation>自動儲存延遲</translation>
    </message>
    <message>
        <source>Autosave delay since last change in minutes</source>
        <translation>修改後自動儲存延遲，以分鐘計</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Autosave delay since last change checkbox</source>
        <translation>自動儲存延遲勾選框</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetKeeShare</name>
    <message>
        <source>Sharing</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>Breadcrumb</source>
        <translation>導覽路徑</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路徑</translation>
    </message>
    <message>
        <source>Last Signer</source>
        <translation>最後一次簽署</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>證書</translation>
    </message>
    <message>
        <source> &gt; </source>
        <comment>Breadcrumb separator</comment>
        <translation> &gt; </translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetMaintenance</name>
    <message>
        <source>Manage Custom Icons</source>
        <translation>管理自定義圖示</translation>
    </message>
    <message>
        <source>Delete selected icon(s)</source>
        <translation>刪除所選圖示</translation>
    </message>
    <message>
        <source>Delete all custom icons not in use by any entry or group</source>
        <translation>刪除所有未被任何項目/群組使用的自定義圖示</translation>
    </message>
    <message>
        <source>Purge unused icons</source>
        <translation>清除未使用的圖示</translation>
    </message>
    <message>
        <source>Confirm Deletion</source>
        <translation>確認刪除</translation>
    </message>
    <message>
        <source>At least one of the selected icons is currently in use by at least one entry or group. The icons of all affected entries and groups will be replaced by the default icon. Are you sure you want to delete icons that are currently in use?</source>
        <translation>至少一項所選圖示正在被項目/群組使用中。所有受影響的項目/群組的圖示將以預設圖示取代。確定要刪除目前正在使用的圖示？</translation>
    </message>
    <message>
        <source>Custom Icons Are In Use</source>
        <translation>正在使用自定義圖示</translation>
    </message>
    <message>
        <source>All custom icons are in use by at least one entry or group.</source>
        <translation>所有自定義圖示正在被一個以上的項目/群組使用。</translation>
    </message>
    <message>
        <source>Purged Unused Icons</source>
        <translation>清除未使用的圖示</translation>
    </message>
    <message numerus="yes">
        <source>Purged %n icon(s) from the database.</source>
        <translation><numerusform>從資料庫清除 %n 個圖示。</numerusform></translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetMetaDataSimple</name>
    <message>
        <source>Database Name:</source>
        <translation>資料庫名稱：</translation>
    </message>
    <message>
        <source>Database name field</source>
        <translation>資料庫名稱欄位</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Database description field</source>
        <translation>資料庫描述欄位</translation>
    </message>
</context>
<context>
    <name>DatabaseTabWidget</name>
    <message>
        <source>Database creation error</source>
        <translation>資料庫建立錯誤</translation>
    </message>
    <message>
        <source>The created database has no key or KDF, refusing to save it.
This is definitely a bug, please report it to the developers.</source>
        <translation>建立的資料庫沒有金鑰或 KDF，拒絕儲存。
請向開發者回報這個明顯的錯誤。</translation>
    </message>
    <message>
        <source>KeePass 2 Database</source>
        <translation>KeePass 2 資料庫</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有檔案</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>開啟資料庫</translation>
    </message>
    <message>
        <source>Failed to open %1. It either does not exist or is not accessible.</source>
        <translation>開啟 %1 失敗。此項目不存在或無法存取。</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV 檔</translation>
    </message>
    <message>
        <source>Select CSV file</source>
        <translation>選擇 CSV 檔</translation>
    </message>
    <message>
        <source>Merge database</source>
        <translation>合併資料庫</translation>
    </message>
    <message>
        <source>KeePass 1 database</source>
        <translation>KeePass 1 資料庫</translation>
    </message>
    <message>
        <source>Open KeePass 1 database</source>
        <translation>開啟 KeePass 1 資料庫</translation>
    </message>
    <message>
        <source>Open OPVault</source>
        <translation>開啟 OPVault</translation>
    </message>
    <message>
        <source>Export database to CSV file</source>
        <translation>匯出資料庫至 CSV 檔</translation>
    </message>
    <message>
        <source>Writing the CSV file failed.</source>
        <translation>寫入 CSV 檔失敗。</translation>
    </message>
    <message>
        <source>Writing the HTML file failed.</source>
        <translation>寫入 HTML 檔失敗。</translation>
    </message>
    <message>
        <source>Export database to XML file</source>
        <translation>匯出資料庫至 XML 檔</translation>
    </message>
    <message>
        <source>XML file</source>
        <translation>XML 檔</translation>
    </message>
    <message>
        <source>Writing the XML file failed</source>
        <translation>寫入 XML 檔失敗</translation>
    </message>
    <message>
        <source>Export Confirmation</source>
        <translation>匯出確認</translation>
    </message>
    <message>
        <source>You are about to export your database to an unencrypted file. This will leave your passwords and sensitive information vulnerable! Are you sure you want to continue?</source>
        <translation>您正要匯出資料庫至未加密的檔案。您的密碼及敏感資料將不受任何保護！您確定要繼續進行？</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新資料庫</translation>
    </message>
    <message>
        <source>%1 [New Database]</source>
        <comment>Database tab name modifier</comment>
        <translation>%1 [新資料庫]</translation>
    </message>
    <message>
        <source>%1 [Locked]</source>
        <comment>Database tab name modifier</comment>
        <translation>%1 [已鎖定]</translation>
    </message>
</context>
<context>
    <name>DatabaseWidget</name>
    <message>
        <source>Searches and Tags</source>
        <translation>搜索與標籤</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>搜尋中…</translation>
    </message>
    <message>
        <source>Shared group…</source>
        <translation>共享群組…</translation>
    </message>
    <message>
        <source>Confirm Auto-Type</source>
        <translation>確認自動輸入</translation>
    </message>
    <message>
        <source>Perform Auto-Type into the previously active window?</source>
        <translation>在先前活躍的視窗執行自動輸入？</translation>
    </message>
    <message>
        <source>Execute command?</source>
        <translation>執行命令？</translation>
    </message>
    <message>
        <source>Do you really want to execute the following command?&lt;br&gt;&lt;br&gt;%1&lt;br&gt;</source>
        <translation>真的要執行以下命令？&lt;br&gt;&lt;br&gt;%1&lt;br&gt;</translation>
    </message>
    <message>
        <source>Remember my choice</source>
        <translation>記住我的選擇</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>刪除群組</translation>
    </message>
    <message>
        <source>Do you really want to delete the group &quot;%1&quot; for good?</source>
        <translation>真的要永遠刪除群組「%1」？</translation>
    </message>
    <message>
        <source>Move group to recycle bin?</source>
        <translation>移動群組到回收桶？</translation>
    </message>
    <message>
        <source>Do you really want to move the group &quot;%1&quot; to the recycle bin?</source>
        <translation>真的要將群組「%1」移到回收桶？</translation>
    </message>
    <message>
        <source>Expired entries</source>
        <translation>過期項目</translation>
    </message>
    <message numerus="yes">
        <source>Entries expiring within %1 day(s)</source>
        <translation><numerusform>將在 %1 天內過期的項目</numerusform></translation>
    </message>
    <message>
        <source>No current database.</source>
        <translation>無目前資料庫。</translation>
    </message>
    <message>
        <source>No source database, nothing to do.</source>
        <translation>無來源資料庫，什麼都不做。</translation>
    </message>
    <message>
        <source>Successfully merged the database files.</source>
        <translation>成功合併資料庫檔案。</translation>
    </message>
    <message>
        <source>Database was not modified by merge operation.</source>
        <translation>資料庫未被合併操作修改。</translation>
    </message>
    <message>
        <source>Search Results (%1)</source>
        <translation>搜尋結果 (%1)</translation>
    </message>
    <message>
        <source>No Results</source>
        <translation>無結果</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Enter a unique name or overwrite an existing search from the list:</source>
        <translation>輸入唯一名稱，或是覆寫清單中已存在的搜索：</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>儲存搜索</translation>
    </message>
    <message>
        <source>Lock Database?</source>
        <translation>鎖定資料庫？</translation>
    </message>
    <message>
        <source>You are editing an entry. Discard changes and lock anyway?</source>
        <translation>您正在編輯一個項目。放棄變更並直接鎖定？</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was modified.
Save changes?</source>
        <translation>「%1」已被修改。
儲存變更？</translation>
    </message>
    <message>
        <source>Database was modified.
Save changes?</source>
        <translation>資料庫已被修改。
儲存變更？</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>儲存變更？</translation>
    </message>
    <message>
        <source>File has changed</source>
        <translation>檔案已變更</translation>
    </message>
    <message>
        <source>The database file has changed. Do you want to load the changes?</source>
        <translation>資料庫檔案已被修改。是否要載入變更？</translation>
    </message>
    <message>
        <source>Merge Request</source>
        <translation>合併要求</translation>
    </message>
    <message>
        <source>The database file has changed and you have unsaved changes.
Do you want to merge your changes?</source>
        <translation>資料庫檔案已被修改，且您有尚未儲存的變更。
是否合併您的變更？</translation>
    </message>
    <message>
        <source>Could not open the new database file while attempting to autoreload.
Error: %1</source>
        <translation>嘗試自動重新載入，無法開啓新的資料庫檔案。
錯誤：%1</translation>
    </message>
    <message>
        <source>Disable safe saves?</source>
        <translation>停用安全存檔？</translation>
    </message>
    <message>
        <source>KeePassXC has failed to save the database multiple times. This is likely caused by file sync services holding a lock on the save file.
Disable safe saves and try again?</source>
        <translation>KeePassXC 儲存資料庫已失敗數次。可能是檔案同步服務把儲存檔案鎖住了。
停用安全儲存後再試一次？</translation>
    </message>
    <message>
        <source>Writing the database failed: %1</source>
        <translation>寫入資料庫失敗：%1</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Save database as</source>
        <translation>資料庫另存為</translation>
    </message>
    <message>
        <source>KeePass 2 Database</source>
        <translation>KeePass 2 資料庫</translation>
    </message>
    <message>
        <source>Save database backup</source>
        <translation>儲存資料庫備份</translation>
    </message>
    <message>
        <source>Empty recycle bin?</source>
        <translation>清空回收桶？</translation>
    </message>
    <message>
        <source>Are you sure you want to permanently delete everything from your recycle bin?</source>
        <translation>您確定要永久刪除回收桶內的所有項目？</translation>
    </message>
    <message>
        <source>Could not find database file: %1</source>
        <translation>未找到資料庫檔案：%1</translation>
    </message>
</context>
<context>
    <name>EditEntryWidget</name>
    <message>
        <source>Entry</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>進階</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>圖示</translation>
    </message>
    <message>
        <source>Auto-Type</source>
        <translation>自動輸入</translation>
    </message>
    <message>
        <source>Browser Integration</source>
        <translation>瀏覽器整合</translation>
    </message>
    <message>
        <source>&lt;empty URL&gt;</source>
        <translation>&lt;空白 URL&gt;</translation>
    </message>
    <message>
        <source>Confirm Removal</source>
        <translation>確認移除</translation>
    </message>
    <message>
        <source>Are you sure you want to remove this URL?</source>
        <translation>您確定要移除此 URL？</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>屬性</translation>
    </message>
    <message>
        <source>History</source>
        <translation>歷史記錄</translation>
    </message>
    <message>
        <source>SSH Agent</source>
        <translation>SSH 代理</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>無</translation>
    </message>
    <message>
        <source>(encrypted)</source>
        <translation>（已加密）</translation>
    </message>
    <message>
        <source>Select private key</source>
        <translation>選擇私密金鑰</translation>
    </message>
    <message>
        <source>Entry history</source>
        <translation>項目歷史記錄</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>加入項目</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>編輯項目</translation>
    </message>
    <message>
        <source>Some Browser Integration settings are overridden by group settings.</source>
        <translation>某些瀏覽器整合的設定被群組設定覆蓋。</translation>
    </message>
    <message>
        <source>Invalid Entry</source>
        <translation>無效的項目</translation>
    </message>
    <message>
        <source>An external merge operation has invalidated this entry.
Unfortunately, any changes made have been lost.</source>
        <translation>一項外部合併操作使此項目無效。
不幸的是，所有更改已經損失。</translation>
    </message>
    <message>
        <source>Auto-Type Validation Error</source>
        <translation>自動輸入驗證錯誤</translation>
    </message>
    <message>
        <source>An error occurred while validating the custom Auto-Type sequence:
%1
Would you like to correct it?</source>
        <translation>驗證自定義自動輸入序列時發生錯誤：
%1
要修正它嗎？</translation>
    </message>
    <message>
        <source>An error occurred while validating the Auto-Type sequence for &quot;%1&quot;:
%2
Would you like to correct it?</source>
        <translation>驗證「%1」的自定義自動輸入序列時發生錯誤：
%2
要修正它嗎？</translation>
    </message>
    <message>
        <source>Entry updated successfully.</source>
        <translation>項目已成功更新。</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未儲存的變更</translation>
    </message>
    <message>
        <source>Would you like to save changes to this entry?</source>
        <translation>您是否要儲存此項目的變更？</translation>
    </message>
    <message>
        <source>New attribute</source>
        <translation>新屬性</translation>
    </message>
    <message>
        <source>New attribute %1</source>
        <translation>新屬性 %1</translation>
    </message>
    <message>
        <source>Are you sure you want to remove this attribute?</source>
        <translation>您確定要移除此屬性？</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>揭示</translation>
    </message>
    <message>
        <source>[PROTECTED] Press Reveal to view or edit</source>
        <translation>[受保護內容] 按「揭示」以檢視或編輯</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隱藏</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation><numerusform>%n 小時</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation><numerusform>%n 個禮拜</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation><numerusform>%n 個月</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation><numerusform>%n 年</numerusform></translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetAdvanced</name>
    <message>
        <source>Additional attributes</source>
        <translation>其他屬性</translation>
    </message>
    <message>
        <source>Attribute selection</source>
        <translation>屬性選擇</translation>
    </message>
    <message>
        <source>Attribute value</source>
        <translation>屬性值</translation>
    </message>
    <message>
        <source>Add a new attribute</source>
        <translation>加入新屬性</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Remove selected attribute</source>
        <translation>移除所選屬性</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Edit attribute name</source>
        <translation>編輯屬性名稱</translation>
    </message>
    <message>
        <source>Edit Name</source>
        <translation>編輯名稱</translation>
    </message>
    <message>
        <source>Toggle attribute protection</source>
        <translation>切換屬性保護</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>保護</translation>
    </message>
    <message>
        <source>Show a protected attribute</source>
        <translation>顯示被保護的屬性</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>揭示</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>If checked, the entry will not appear in reports like Health Check and HIBP even if it doesn&apos;t match the quality requirements.</source>
        <translation>勾選後，項目將不會出現在「健康檢查」或 HIBP 等報告，即使它不符合品質要求。</translation>
    </message>
    <message>
        <source>Exclude from database reports</source>
        <translation>從資料庫報告排除</translation>
    </message>
    <message>
        <source>Foreground Color:</source>
        <translation>前景顏色：</translation>
    </message>
    <message>
        <source>Foreground color selection</source>
        <translation>前景顏色選擇</translation>
    </message>
    <message>
        <source>Background Color:</source>
        <translation>背景顏色：</translation>
    </message>
    <message>
        <source>Background color selection</source>
        <translation>背景顏色選擇</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetAutoType</name>
    <message>
        <source>Enable Auto-Type for this entry</source>
        <translation>啟用此項目的自動輸入</translation>
    </message>
    <message>
        <source>Inherit default Auto-Type sequence from the group</source>
        <translation>從父群組繼承預設的自動輸入序列</translation>
    </message>
    <message>
        <source>Use custom Auto-Type sequence:</source>
        <translation>使用自定義的自動輸入序列：</translation>
    </message>
    <message>
        <source>Custom Auto-Type sequence</source>
        <translation>自定義自動輸入序列</translation>
    </message>
    <message>
        <source>Open Auto-Type help webpage</source>
        <translation>開啟自動輸入的幫助網頁</translation>
    </message>
    <message>
        <source>Window Associations</source>
        <translation>視窗關聯</translation>
    </message>
    <message>
        <source>Existing window associations</source>
        <translation>即存的視窗關聯</translation>
    </message>
    <message>
        <source>Add new window association</source>
        <translation>加入新的視窗關聯</translation>
    </message>
    <message>
        <source>+</source>
        <comment>Add item</comment>
        <translation>+</translation>
    </message>
    <message>
        <source>Remove selected window association</source>
        <translation>移除所選的視窗關聯</translation>
    </message>
    <message>
        <source>-</source>
        <comment>Remove item</comment>
        <translation>-</translation>
    </message>
    <message>
        <source>Window title:</source>
        <translation>視窗標題：</translation>
    </message>
    <message>
        <source>You can use an asterisk (*) to match everything</source>
        <translation>您可以使用星號 (*) 匹配任意字詞</translation>
    </message>
    <message>
        <source>Set the window association title</source>
        <translation>設定視窗關聯標題</translation>
    </message>
    <message>
        <source>You can use an asterisk to match everything</source>
        <translation>您可以使用星號匹配任意字詞</translation>
    </message>
    <message>
        <source>Use a specific sequence for this association:</source>
        <translation>使用特定序列進行此關聯：</translation>
    </message>
    <message>
        <source>Custom Auto-Type sequence for this window</source>
        <translation>自定義此視窗的自動輸入序列</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetBrowser</name>
    <message>
        <source>These settings affect to the entry&apos;s behaviour with the browser extension.</source>
        <translation>這些設定影響了項目在瀏覽器擴充下的行為。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Hide this entry from the browser extension</source>
        <translation>在瀏覽器擴充隱藏此項目</translation>
    </message>
    <message>
        <source>Skip Auto-Submit for this entry</source>
        <translation>為此項目跳過自動送出</translation>
    </message>
    <message>
        <source>Only send this setting to the browser for HTTP Auth dialogs. If enabled, normal login forms will not show this entry for selection.</source>
        <translation>只有出現 HTTP 基本認證對話框才會傳送此設定至瀏覽器。啟用之後，將不會在一般的登入表格顯示此項目的選項。</translation>
    </message>
    <message>
        <source>Use this entry only with HTTP Basic Auth</source>
        <translation>對此項目只使用 HTTP 基本認證</translation>
    </message>
    <message>
        <source>Do not send this setting to the browser for HTTP Auth dialogs. If enabled, HTTP Auth dialogs will not show this entry for selection.</source>
        <translation>對 HTTP 基本認證對話框，不要傳送此設定至瀏覽器。啟用之後，HTTP 基本認證對話框將不會在選項中顯示此項目。</translation>
    </message>
    <message>
        <source>Do not use this entry with HTTP Basic Auth</source>
        <translation>HTTP 基本認證不要使用此項目</translation>
    </message>
    <message>
        <source>Additional URL&apos;s</source>
        <translation>其他 URL</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetHistory</name>
    <message>
        <source>Entry history selection</source>
        <translation>項目歷史選擇</translation>
    </message>
    <message>
        <source>Show entry at selected history state</source>
        <translation>顯示所選歷史狀態下的項目</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Restore entry to selected history state</source>
        <translation>恢復項目至所選歷史狀態</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Delete selected history state</source>
        <translation>刪除所選歷史狀態</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Delete all history</source>
        <translation>刪除所有歷史</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>刪除全部</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetMain</name>
    <message>
        <source>Edit Entry</source>
        <translation>編輯項目</translation>
    </message>
    <message>
        <source>Notes field</source>
        <translation>備註欄位</translation>
    </message>
    <message>
        <source>Username field</source>
        <translation>使用者名稱欄位</translation>
    </message>
    <message>
        <source>Expiration field</source>
        <translation>過期欄位</translation>
    </message>
    <message>
        <source>Expiration Presets</source>
        <translation>過期預先定義</translation>
    </message>
    <message>
        <source>Expiration presets</source>
        <translation>過期預先定義</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>預先定義</translation>
    </message>
    <message>
        <source>Url field</source>
        <translation>URL 欄位</translation>
    </message>
    <message>
        <source>Download favicon for URL</source>
        <translation>下載 URL 的網站圖標</translation>
    </message>
    <message>
        <source>Title field</source>
        <translation>標題欄位</translation>
    </message>
    <message>
        <source>Password field</source>
        <translation>密碼欄位</translation>
    </message>
    <message>
        <source>Toggle expiration</source>
        <translation>啟用或停用過期</translation>
    </message>
    <message>
        <source>Tags list</source>
        <translation>標籤清單</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>使用者名稱(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>標題(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>UR&amp;L:</source>
        <translation>UR&amp;L:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>備註(&amp;N)：</translation>
    </message>
    <message>
        <source>Toggle notes visibility</source>
        <translation>顯示或隱藏備註</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>標籤(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>過期時間(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetSSHAgent</name>
    <message>
        <source>Form</source>
        <translation>表單</translation>
    </message>
    <message>
        <source>Remove key from agent when database is closed/locked</source>
        <translation>關閉/鎖定資料庫時，從代理刪除金鑰</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>註解</translation>
    </message>
    <message>
        <source>Add key to agent when database is opened/unlocked</source>
        <translation>當打開/解鎖資料庫時，向代理加入金鑰</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>解密</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指紋</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>複製到剪貼簿</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>公開金鑰</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>私密金鑰</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>External key file</source>
        <translation>外部金鑰檔案</translation>
    </message>
    <message>
        <source>Add to agent</source>
        <translation>加入到代理</translation>
    </message>
    <message>
        <source>Remove from agent</source>
        <translation>從代理刪除</translation>
    </message>
    <message>
        <source>External file</source>
        <translation>外部檔案</translation>
    </message>
    <message>
        <source>Browser for key file</source>
        <translation>瀏覽金鑰檔案</translation>
    </message>
    <message>
        <source>Browse…</source>
        <extracomment>Button for opening file dialog</extracomment>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>產生</translation>
    </message>
    <message>
        <source>Select attachment file</source>
        <translation>選擇附件檔案</translation>
    </message>
    <message>
        <source>Require user confirmation when this key is used</source>
        <translation>使用此金鑰時需要使用者確認</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Remove key from agent after</source>
        <translation>多久後從代理刪除金鑰</translation>
    </message>
    <message>
        <source>Remove key from agent after specified seconds</source>
        <translation>於指定秒數後從代理移除金鑰</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> 秒</translation>
    </message>
</context>
<context>
    <name>EditGroupWidget</name>
    <message>
        <source>Group</source>
        <translation>群組</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>圖示</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>屬性</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>加入群組</translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation>編輯群組</translation>
    </message>
    <message>
        <source>Group has unsaved changes</source>
        <translation>群組有尚未儲存的更改</translation>
    </message>
    <message>
        <source>Browser Integration</source>
        <translation>瀏覽器整合</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Inherit from parent group (%1)</source>
        <translation>繼承自上層群組 (%1)</translation>
    </message>
</context>
<context>
    <name>EditGroupWidgetBrowser</name>
    <message>
        <source>These settings affect to the group&apos;s behaviour with the browser extension.</source>
        <translation>這些設定影響了群組在瀏覽器擴充下的行為。</translation>
    </message>
    <message>
        <source>Hide entries from browser extension:</source>
        <translation>在瀏覽器擴充中隱藏項目：</translation>
    </message>
    <message>
        <source>Hide entries from browser extension toggle for this and sub groups</source>
        <translation>切換是否在瀏覽器擴展中隱藏目前群組與其子群組的項目</translation>
    </message>
    <message>
        <source>Skip Auto-Submit for entries:</source>
        <translation>跳過項目的自動送出：</translation>
    </message>
    <message>
        <source>Skip Auto-Submit toggle for this and sub groups</source>
        <translation>切換是否跳過目前群組與其子群組的自動送出</translation>
    </message>
    <message>
        <source>Use entries only with HTTP Basic Auth:</source>
        <translation>僅使用 HTTP 基本認證的項目：</translation>
    </message>
    <message>
        <source>Only HTTP Auth toggle for this and sub groups</source>
        <translation>切換目前群組與其子群組是否只使用 HTTP 認證</translation>
    </message>
    <message>
        <source>Do not use entries with HTTP Basic Auth:</source>
        <translation>不用於 HTTP 基本認證的項目：</translation>
    </message>
    <message>
        <source>Do not use HTTP Auth toggle for this and sub groups</source>
        <translation>切換目前群組與其子群組是否不使用 HTTP 認證</translation>
    </message>
    <message>
        <source>Omit WWW subdomain from matching:</source>
        <translation>匹配時省略 WWW 子域名：</translation>
    </message>
    <message>
        <source>Omit WWW subdomain from matching toggle for this and sub groups</source>
        <translation>切換目前群組與其子群組是否在匹配時省略 WWW 子域名</translation>
    </message>
</context>
<context>
    <name>EditGroupWidgetKeeShare</name>
    <message>
        <source>Sharing mode field</source>
        <translation>分享模式欄位</translation>
    </message>
    <message>
        <source>Password field</source>
        <translation>密碼欄位</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>類型：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>路徑：</translation>
    </message>
    <message>
        <source>Path to share file field</source>
        <translation>分享檔案路徑欄位</translation>
    </message>
    <message>
        <source>Browse for share file</source>
        <translation>瀏覽分享檔案</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Clear fields</source>
        <translation>清除欄位</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>無效</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Synchronize</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Your KeePassXC version does not support sharing this container type.
Supported extensions are: %1.</source>
        <translation>您的 KeePassXC 版本不支援此容器類型。
受支援的擴充為：%1。</translation>
    </message>
    <message>
        <source>%1 is already being exported by this database.</source>
        <translation>%1 已被此資料庫匯出。</translation>
    </message>
    <message>
        <source>%1 is already being imported by this database.</source>
        <translation>%1 已被此資料庫匯入。</translation>
    </message>
    <message>
        <source>%1 is being imported and exported by different groups in this database.</source>
        <translation>%1 在此資料庫內被不同的群組匯入並匯出。</translation>
    </message>
    <message>
        <source>KeeShare is currently disabled. You can enable import/export in the application settings.</source>
        <comment>KeeShare is a proper noun</comment>
        <translation>KeeShare 目前已被停用。您可以到應用程式設定啟用匯入/匯出功能。</translation>
    </message>
    <message>
        <source>Database export is currently disabled by application settings.</source>
        <translation>資料庫匯出目前被應用程式設定停用。</translation>
    </message>
    <message>
        <source>Database import is currently disabled by application settings.</source>
        <translation>資料庫匯入目前被應用程式設定停用。</translation>
    </message>
    <message>
        <source>KeeShare container</source>
        <translation>KeeShare 容器</translation>
    </message>
    <message>
        <source>KeeShare signed container</source>
        <translation>KeeShare 簽署容器</translation>
    </message>
    <message>
        <source>Select import source</source>
        <translation>選擇匯入來源</translation>
    </message>
    <message>
        <source>Select export target</source>
        <translation>選擇匯出目標</translation>
    </message>
    <message>
        <source>Select import/export file</source>
        <translation>選擇匯入/匯出檔案</translation>
    </message>
</context>
<context>
    <name>EditGroupWidgetMain</name>
    <message>
        <source>Edit Group</source>
        <translation>編輯群組</translation>
    </message>
    <message>
        <source>Toggle expiration</source>
        <translation>啟用或停用過期</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>過期：</translation>
    </message>
    <message>
        <source>Name field</source>
        <translation>名稱欄位</translation>
    </message>
    <message>
        <source>Expiration field</source>
        <translation>過期欄位</translation>
    </message>
    <message>
        <source>Use default Auto-Type sequence of parent group</source>
        <translation>使用父群組預設的自動輸入序列</translation>
    </message>
    <message>
        <source>Auto-Type:</source>
        <translation>自動輸入：</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>搜尋：</translation>
    </message>
    <message>
        <source>Auto-Type toggle for this and sub groups</source>
        <translation>切換此群組及其子群組的自動輸入</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <source>Default auto-type sequence field</source>
        <translation>預設自動輸入序列欄位</translation>
    </message>
    <message>
        <source>Notes field</source>
        <translation>備註欄位</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>Set default Auto-Type sequence</source>
        <translation>設定預設自動輸入序列</translation>
    </message>
    <message>
        <source>Search toggle for this and sub groups</source>
        <translation>切換此群組及其子群組的搜尋</translation>
    </message>
</context>
<context>
    <name>EditWidgetIcons</name>
    <message>
        <source>Use default icon</source>
        <translation>使用預設的圖示</translation>
    </message>
    <message>
        <source>Use custom icon</source>
        <translation>使用自定義圖示</translation>
    </message>
    <message>
        <source>Choose icon…</source>
        <translation>選擇圖示…</translation>
    </message>
    <message>
        <source>Set the URL to use to search for a favicon</source>
        <translation>設定用於搜索網站圖標的 URL</translation>
    </message>
    <message>
        <source>Favicon URL</source>
        <translation>網站圖標 URL</translation>
    </message>
    <message>
        <source>Download favicon for URL</source>
        <translation>下載 URL 的網站圖標</translation>
    </message>
    <message>
        <source>Download favicon</source>
        <translation>下載網站圖標</translation>
    </message>
    <message>
        <source>Apply selected icon to subgroups and entries</source>
        <translation>套用所選圖示至子群組與項目</translation>
    </message>
    <message>
        <source>Apply icon to…</source>
        <translation>套用圖示至…</translation>
    </message>
    <message>
        <source>Apply to this group only</source>
        <translation>只套用至此群組</translation>
    </message>
    <message>
        <source>Also apply to child groups</source>
        <translation>也套用至子群組</translation>
    </message>
    <message>
        <source>Also apply to child entries</source>
        <translation>也套用至子項目</translation>
    </message>
    <message>
        <source>Also apply to all children</source>
        <translation>也套用至所有子群組與項目</translation>
    </message>
    <message>
        <source>Unable to fetch favicon.</source>
        <translation>無法擷取網站圖標。</translation>
    </message>
    <message>
        <source>You can enable the DuckDuckGo website icon service under Tools -&gt; Settings -&gt; Security</source>
        <translation>您可以到「工具」-&gt;「設定」-&gt;「安全」啟用 DuckDuckGo 的網站圖示服務</translation>
    </message>
    <message>
        <source>Existing icon selected.</source>
        <translation>選擇了已存在的圖示。</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有檔案</translation>
    </message>
    <message>
        <source>Select Image(s)</source>
        <translation>選擇圖示</translation>
    </message>
    <message numerus="yes">
        <source>Successfully loaded %1 of %n icon(s)</source>
        <translation><numerusform>成功載入 %1 / %n 個圖示</numerusform></translation>
    </message>
    <message>
        <source>No icons were loaded</source>
        <translation>未載入任何圖示</translation>
    </message>
    <message numerus="yes">
        <source>%n icon(s) already exist in the database</source>
        <translation><numerusform>%n 個圖示已存在於資料庫</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The following icon(s) failed:</source>
        <translation><numerusform>以下圖示失敗：</numerusform></translation>
    </message>
</context>
<context>
    <name>EditWidgetProperties</name>
    <message>
        <source>Created:</source>
        <translation>建立於：</translation>
    </message>
    <message>
        <source>Datetime created</source>
        <translation>建立日期與時間</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>修改於：</translation>
    </message>
    <message>
        <source>Datetime modified</source>
        <translation>修改日期與時間</translation>
    </message>
    <message>
        <source>Accessed:</source>
        <translation>存取於：</translation>
    </message>
    <message>
        <source>Datetime accessed</source>
        <translation>存取日期與時間</translation>
    </message>
    <message>
        <source>Uuid:</source>
        <translation>Uuid:</translation>
    </message>
    <message>
        <source>Unique ID</source>
        <translation>獨立 ID</translation>
    </message>
    <message>
        <source>Plugin Data</source>
        <translation>插件資料</translation>
    </message>
    <message>
        <source>Plugin data</source>
        <translation>插件資料</translation>
    </message>
    <message>
        <source>Remove selected plugin data</source>
        <translation>移除所選的插件資料</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Delete plugin data?</source>
        <translation>刪除插件資料？</translation>
    </message>
    <message>
        <source>Do you really want to delete the selected plugin data?
This may cause the affected plugins to malfunction.</source>
        <translation>真的要刪除選擇的插件資料？
這可能導致受影響的插件出現問題。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>鍵</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>%1 - Clone</source>
        <translation>%1 - 複製</translation>
    </message>
</context>
<context>
    <name>EntryAttachments</name>
    <message>
        <source>Cannot open file &quot;%1&quot;</source>
        <translation>無法開啟檔案「%1」</translation>
    </message>
</context>
<context>
    <name>EntryAttachmentsModel</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>EntryAttachmentsWidget</name>
    <message>
        <source>Form</source>
        <translation>表單</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Add new attachment</source>
        <translation>加入新附件</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Remove selected attachment</source>
        <translation>移除所選附件</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Rename selected attachment</source>
        <translation>重新命名所選附件</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重新命名</translation>
    </message>
    <message>
        <source>Open selected attachment</source>
        <translation>開啟所選附件</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Save selected attachment to disk</source>
        <translation>儲存所選附件至磁碟</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Select files</source>
        <translation>選擇檔案</translation>
    </message>
    <message>
        <source>Confirm remove</source>
        <translation>確認移除</translation>
    </message>
    <message numerus="yes">
        <source>Are you sure you want to remove %n attachment(s)?</source>
        <translation><numerusform>您確定要移除 %n 個附件？</numerusform></translation>
    </message>
    <message>
        <source>Save attachments</source>
        <translation>儲存附件</translation>
    </message>
    <message>
        <source>Unable to create directory:
%1</source>
        <translation>無法建立資料夾：
%1</translation>
    </message>
    <message>
        <source>Are you sure you want to overwrite the existing file &quot;%1&quot; with the attachment?</source>
        <translation>您確定要用附件覆蓋現有的檔案「%1」？</translation>
    </message>
    <message>
        <source>Confirm overwrite</source>
        <translation>確認覆蓋</translation>
    </message>
    <message>
        <source>Unable to save attachments:
%1</source>
        <translation>無法儲存附件：
%1</translation>
    </message>
    <message>
        <source>Unable to open attachment:
%1</source>
        <translation>無法開啟附件：
%1</translation>
    </message>
    <message>
        <source>Unable to open attachments:
%1</source>
        <translation>無法開啟附件：
%1</translation>
    </message>
    <message numerus="yes">
        <source>Unable to open file(s):
%1</source>
        <translation><numerusform>無法開啟檔案：
%1</numerusform></translation>
    </message>
    <message>
        <source>Confirm Overwrite Attachment</source>
        <translation>確認覆蓋附件</translation>
    </message>
    <message>
        <source>Attachment &quot;%1&quot; already exists. 
Would you like to overwrite the existing attachment?</source>
        <translation>附件「%1」已存在。
是否要覆改既存的附件？</translation>
    </message>
    <message>
        <source>Confirm Attachment</source>
        <translation>確認附件</translation>
    </message>
    <message>
        <source>%1 is a big file (%2 MB).
Your database may get very large and reduce performance.

Are you sure to add this file?</source>
        <translation>%1 檔案過大 (%2 MB)。
可能導致您的資料庫過大並降低效能。
您確定要加入這個檔案？</translation>
    </message>
    <message>
        <source>Attachment modified</source>
        <translation>附件已更改</translation>
    </message>
    <message>
        <source>The attachment '%1' was modified.
Do you want to save the changes to your database?</source>
        <translation>附件「%1」已被更改。
是否要將變更儲存至您的資料庫？</translation>
    </message>
    <message>
        <source>Saving attachment failed</source>
        <translation>儲存附件失敗</translation>
    </message>
    <message>
        <source>Saving updated attachment failed.
Error: %1</source>
        <translation>儲存更新的附件失敗。
錯誤：%1</translation>
    </message>
</context>
<context>
    <name>EntryAttributesModel</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
</context>
<context>
    <name>EntryHistoryModel</name>
    <message>
        <source>Current (%1)</source>
        <translation>目前 (%1)</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>最後修改於</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>存在時間</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差異</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Custom Attributes</source>
        <translation>自定義屬性</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>圖示</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>顏色</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>過期</translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation>TOTP</translation>
    </message>
    <message>
        <source>Custom Data</source>
        <translation>自定義資料</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Auto-Type</source>
        <translation>自動輸入</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <source>Ref: </source>
        <comment>Reference abbreviation</comment>
        <translation>引用： </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>從不</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>群組</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>過期</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>建立於</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改於</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>存取於</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>群組名稱</translation>
    </message>
    <message>
        <source>Entry title</source>
        <translation>項目標題</translation>
    </message>
    <message>
        <source>Password Strength</source>
        <translation>密碼強度</translation>
    </message>
    <message>
        <source>Entry notes</source>
        <translation>項目備註</translation>
    </message>
    <message>
        <source>Entry expires at</source>
        <translation>項目過期於</translation>
    </message>
    <message>
        <source>Creation date</source>
        <translation>建立日期</translation>
    </message>
    <message>
        <source>Last modification date</source>
        <translation>最近修改日期</translation>
    </message>
    <message>
        <source>Last access date</source>
        <translation>最近存取日期</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>附加檔案</translation>
    </message>
    <message>
        <source>Entry size</source>
        <translation>項目大小</translation>
    </message>
    <message>
        <source>Has attachments</source>
        <translation>有附件</translation>
    </message>
    <message>
        <source>Has TOTP</source>
        <translation>有 TOTP</translation>
    </message>
    <message>
        <source>Background Color</source>
        <translation>背景顏色</translation>
    </message>
</context>
<context>
    <name>EntryPreviewWidget</name>
    <message>
        <source>Display current TOTP value</source>
        <translation>顯示目前 TOTP 值</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>General</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>過期</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Tags list</source>
        <translation>標籤清單</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>進階</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>屬性</translation>
    </message>
    <message>
        <source>Autotype</source>
        <translation>自動輸入</translation>
    </message>
    <message>
        <source>Default Sequence</source>
        <translation>預設序列</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>視窗</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>從不</translation>
    </message>
    <message>
        <source>Double click to copy value</source>
        <translation>雙擊可複製值</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Double click to copy to clipboard</source>
        <translation>雙擊以複製到剪貼板</translation>
    </message>
</context>
<context>
    <name>EntryURLModel</name>
    <message>
        <source>Invalid URL</source>
        <translation>無效的 URL</translation>
    </message>
    <message>
        <source>Duplicate URL</source>
        <translation>重複 URL</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <source>Fit to window</source>
        <translation>符合視窗</translation>
    </message>
    <message>
        <source>Fit to contents</source>
        <translation>符合內容</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>重置為預設值</translation>
    </message>
    <message numerus="yes">
        <source>+ %1 entry(s)...</source>
        <translation><numerusform>+ %1 項目...</numerusform></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export options</source>
        <translation>匯出選項</translation>
    </message>
    <message>
        <source>Sort entries by...</source>
        <translation>排序項目...</translation>
    </message>
    <message>
        <source>You are about to export your database to an unencrypted file.
This will leave your passwords and sensitive information vulnerable!
</source>
        <translation>您正要匯出資料庫至未加密的檔案。
您的密碼及敏感資料將不受任何保護！
</translation>
    </message>
    <message>
        <source>database order</source>
        <translation>資料庫排序</translation>
    </message>
    <message>
        <source>name (ascending)</source>
        <translation>名稱 (升序)</translation>
    </message>
    <message>
        <source>name (descending)</source>
        <translation>名稱 (降序)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Export database to HTML file</source>
        <translation>匯出資料庫至 HTML 檔</translation>
    </message>
    <message>
        <source>HTML file</source>
        <translation>HTML 檔</translation>
    </message>
</context>
<context>
    <name>FdoSecrets::DBusMgr</name>
    <message>
        <source>Failed to deliver message</source>
        <translation>傳送訊息失敗</translation>
    </message>
    <message>
        <source>Failed to send reply on DBus</source>
        <translation>在 DBus 傳送回覆失敗</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>Unknown PID</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>Unknown executable path</comment>
        <translation>未知</translation>
    </message>
    <message>
        <source>&lt;i&gt;PID: %1, Executable: %2&lt;/i&gt;</source>
        <comment>&lt;i&gt;PID: 1234, Executable: /path/to/exe&lt;/i&gt;</comment>
        <translation>&lt;i&gt;PID: %1，執行檔: %2&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Another secret service is running (%1).&lt;br/&gt;Please stop/remove it before re-enabling the Secret Service Integration.</source>
        <translation>另一個保密服務正在執行 (%1)。&lt;br/&gt;請先停止/移除它才能重新啟用保密服務整合。</translation>
    </message>
    <message>
        <source>Failed to register DBus service at %1.&lt;br/&gt;</source>
        <translation>於 %1 註冊 DBus 服務失敗。&lt;br/&gt;</translation>
    </message>
    <message>
        <source>Failed to register service on DBus at path &apos;%1&apos;</source>
        <translation>在 DBus 註冊服務於路徑 &apos;%1&apos; 失敗</translation>
    </message>
    <message>
        <source>Failed to register database on DBus under the name &apos;%1&apos;</source>
        <translation>於 DBus 註冊資料庫失敗，名稱為「%1」</translation>
    </message>
    <message>
        <source>Failed to register session on DBus at path &apos;%1&apos;</source>
        <translation>於 DBus 註冊工作階段失敗，路徑為「%1」</translation>
    </message>
    <message>
        <source>Failed to register item on DBus at path &apos;%1&apos;</source>
        <translation>於 DBus 註冊項目失敗，路徑為「%1」</translation>
    </message>
    <message>
        <source>Failed to register prompt object on DBus at path &apos;%1&apos;</source>
        <translation>在 DBus 註冊提示物件於路徑 &apos;%1&apos; 失敗</translation>
    </message>
</context>
<context>
    <name>FdoSecrets::Item</name>
    <message>
        <source>Entry &quot;%1&quot; from database &quot;%2&quot; was used by %3</source>
        <translation>來自資料庫「%2」的項目「%1」被 %3 使用</translation>
    </message>
</context>
<context>
    <name>FdoSecrets::Service</name>
    <message numerus="yes">
        <source>%n Entry(s) was used by %1</source>
        <comment>%1 is the name of an application</comment>
        <translation><numerusform>%n 個項目被 %1 使用</numerusform></translation>
    </message>
</context>
<context>
    <name>FdoSecrets::SettingsClientModel</name>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Non-existing/inaccessible executable path. Please double-check the client is legit.</source>
        <translation>可執行檔路徑不存在或無法存取。請仔細檢查客戶端是否正確有效。</translation>
    </message>
</context>
<context>
    <name>FdoSecrets::SettingsDatabaseModel</name>
    <message>
        <source>Unlock to show</source>
        <translation>解鎖以顯示</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
</context>
<context>
    <name>FdoSecrets::UnlockPrompt</name>
    <message>
        <source>%1 (PID: %2)</source>
        <translation>%1 (PID: %2)</translation>
    </message>
</context>
<context>
    <name>FdoSecretsPlugin</name>
    <message>
        <source>&lt;b&gt;Fdo Secret Service:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Fdo 保密服務：&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>[empty]</source>
        <comment>group has no children</comment>
        <translation>[空白]</translation>
    </message>
    <message>
        <source>%1 - Clone</source>
        <translation>%1 - 複製</translation>
    </message>
</context>
<context>
    <name>HibpDownloader</name>
    <message>
        <source>Online password validation failed</source>
        <translation>線上密碼驗證失敗</translation>
    </message>
</context>
<context>
    <name>IconDownloaderDialog</name>
    <message>
        <source>Download Favicons</source>
        <translation>下載網站圖標</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Having trouble downloading icons?
You can enable the DuckDuckGo website icon service in the security section of the application settings.</source>
        <translation>下載圖示時碰到問題了？
您可以到應用程式設定的安全一欄啟用 DuckDuckGo 的網站圖示服務。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Please wait, processing entry list…</source>
        <translation>請稍候，正在處理項目清單…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>正在下載…</translation>
    </message>
    <message>
        <source>Ok</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Already Exists</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>Download Failed</source>
        <translation>下載失敗</translation>
    </message>
    <message>
        <source>Downloading favicons (%1/%2)…</source>
        <translation>正在下載網站圖標 (%1/%2)…</translation>
    </message>
</context>
<context>
    <name>KMessageWidget</name>
    <message>
        <source>&amp;Close</source>
        <translation>關閉 (&amp;C)</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>關閉訊息</translation>
    </message>
</context>
<context>
    <name>Kdbx3Reader</name>
    <message>
        <source>Missing database headers</source>
        <translation>缺少資料庫標頭</translation>
    </message>
    <message>
        <source>Unable to calculate database key</source>
        <translation>無法計算資料庫金鑰</translation>
    </message>
    <message>
        <source>Unable to issue challenge-response: %1</source>
        <translation>無法發佈挑戰應答：%1</translation>
    </message>
    <message>
        <source>Invalid credentials were provided, please try again.
If this reoccurs, then your database file may be corrupt.</source>
        <translation>所提供的憑證無效，請再嘗試一遍。
若此情形一再發生，代表您的資料庫檔案可能已損毀。</translation>
    </message>
    <message>
        <source>Header doesn&apos;t match hash</source>
        <translation>標頭與雜湊值不匹配</translation>
    </message>
    <message>
        <source>Invalid header id size</source>
        <translation>無效的標頭 ID 大小</translation>
    </message>
    <message>
        <source>Invalid header field length: field %1</source>
        <translation>無效的標頭欄位長度：欄位 %1</translation>
    </message>
    <message>
        <source>Invalid header data length: field %1, %2 expected, %3 found</source>
        <translation>無效的標頭資料長度：欄位 %1，預期為 %2，實際為 %3</translation>
    </message>
</context>
<context>
    <name>Kdbx3Writer</name>
    <message>
        <source>Invalid symmetric cipher IV size.</source>
        <comment>IV = Initialization Vector for symmetric cipher</comment>
        <translation>無效的對稱加密初始向量大小。</translation>
    </message>
    <message>
        <source>Unable to issue challenge-response: %1</source>
        <translation>無法發佈挑戰應答：%1</translation>
    </message>
    <message>
        <source>Unable to calculate database key</source>
        <translation>無法計算資料庫金鑰</translation>
    </message>
</context>
<context>
    <name>Kdbx4Reader</name>
    <message>
        <source>missing database headers</source>
        <translation>缺少資料庫標頭</translation>
    </message>
    <message>
        <source>Unable to calculate database key: %1</source>
        <translation>無法計算資料庫金鑰：%1</translation>
    </message>
    <message>
        <source>Invalid header checksum size</source>
        <translation>無效的標頭校驗大小</translation>
    </message>
    <message>
        <source>Header SHA256 mismatch</source>
        <translation>SHA256 標頭不相符</translation>
    </message>
    <message>
        <source>Invalid credentials were provided, please try again.
If this reoccurs, then your database file may be corrupt.</source>
        <translation>所提供的憑證無效，請再嘗試一遍。
若此情形一再發生，代表您的資料庫檔案可能已損毀。</translation>
    </message>
    <message>
        <source>(HMAC mismatch)</source>
        <translation>（HMAC 不符）</translation>
    </message>
    <message>
        <source>Unknown cipher</source>
        <translation>未知的加密法</translation>
    </message>
    <message>
        <source>Invalid header id size</source>
        <translation>無效的標頭 ID 大小</translation>
    </message>
    <message>
        <source>Invalid header field length: field %1</source>
        <translation>無效的標頭欄位長度：標頭 %1</translation>
    </message>
    <message>
        <source>Invalid header data length: field %1, %2 expected, %3 found</source>
        <translation>無效的標頭資料長度：欄位 %1，預期為 %2，實際為 %3</translation>
    </message>
    <message>
        <source>Failed to open buffer for KDF parameters in header</source>
        <translation>無法打開標頭中 KDF 參數的緩衝區</translation>
    </message>
    <message>
        <source>Unsupported key derivation function (KDF) or invalid parameters</source>
        <translation>不支援的金鑰衍生函數 (KDF) 或參數無效</translation>
    </message>
    <message>
        <source>Legacy header fields found in KDBX4 file.</source>
        <translation>在 KDBX4 檔案中找到的舊版標頭欄位。</translation>
    </message>
    <message>
        <source>Invalid inner header id size</source>
        <translation>無效的內部標頭 ID 大小</translation>
    </message>
    <message>
        <source>Invalid inner header field length: field %1</source>
        <translation>無效的內部標頭欄位長度：欄位 %1</translation>
    </message>
    <message>
        <source>Invalid inner header data length: field %1, %2 expected, %3 found</source>
        <translation>無效的內部標頭資料長度：欄位 %1，預期為 %2，實際為 %3</translation>
    </message>
    <message>
        <source>Invalid inner header binary size</source>
        <translation>無效的內部標頭二進位大小</translation>
    </message>
    <message>
        <source>Unsupported KeePass variant map version.</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>不支援的 KeePass 變體映射版本。</translation>
    </message>
    <message>
        <source>Invalid variant map entry name length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>無效的變體映射項目名稱長度</translation>
    </message>
    <message>
        <source>Invalid variant map entry name data</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>無效的變體映射項目名稱資料</translation>
    </message>
    <message>
        <source>Invalid variant map entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>無效的變體映射項目值長度</translation>
    </message>
    <message>
        <source>Invalid variant map entry value data</source>
        <extracomment>Translation comment: variant map = data structure for storing meta data</extracomment>
        <translation>無效的變體映射項目值資料</translation>
    </message>
    <message>
        <source>Invalid variant map Bool entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>無效的變體映射 Bool 項目值長度</translation>
    </message>
    <message>
        <source>Invalid variant map Int32 entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>無效的變體映射 Int32 項目值長度</translation>
    </message>
    <message>
        <source>Invalid variant map UInt32 entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>無效的變體映射 UInt32 項目值長度</translation>
    </message>
    <message>
        <source>Invalid variant map Int64 entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>無效的變體映射 Int64 項目值長度</translation>
    </message>
    <message>
        <source>Invalid variant map UInt64 entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>無效的變體映射 UInt64 項目值長度</translation>
    </message>
    <message>
        <source>Invalid variant map entry type</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>無效的變體映射項目類型</translation>
    </message>
    <message>
        <source>Invalid variant map field type size</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>無效的變體映射欄位類型大小</translation>
    </message>
</context>
<context>
    <name>Kdbx4Writer</name>
    <message>
        <source>Invalid symmetric cipher algorithm.</source>
        <translation>無效的對稱加密演算法。</translation>
    </message>
    <message>
        <source>Invalid symmetric cipher IV size.</source>
        <comment>IV = Initialization Vector for symmetric cipher</comment>
        <translation>無效的對稱加密初始向量大小。</translation>
    </message>
    <message>
        <source>Unable to calculate database key: %1</source>
        <translation>無法計算資料庫金鑰：%1</translation>
    </message>
    <message>
        <source>Failed to serialize KDF parameters variant map</source>
        <extracomment>Translation comment: variant map = data structure for storing meta data</extracomment>
        <translation>無法序列化 KDF 參數變體映射</translation>
    </message>
</context>
<context>
    <name>KdbxReader</name>
    <message>
        <source>Invalid cipher uuid length: %1 (length=%2)</source>
        <translation>無效的加密法 UUID 長度: %1 (length=%2)</translation>
    </message>
    <message>
        <source>Unable to parse UUID: %1</source>
        <translation>無法剖析 UUID: %1</translation>
    </message>
    <message>
        <source>Unsupported cipher</source>
        <translation>不支援的加密法</translation>
    </message>
    <message>
        <source>Invalid compression flags length</source>
        <translation>不正確壓縮旗幟長度</translation>
    </message>
    <message>
        <source>Unsupported compression algorithm</source>
        <translation>不支援的壓縮演算法</translation>
    </message>
    <message>
        <source>Invalid master seed size</source>
        <translation>無效的主種子大小</translation>
    </message>
    <message>
        <source>Invalid transform seed size</source>
        <translation>無效的轉換種子大小</translation>
    </message>
    <message>
        <source>Invalid transform rounds size</source>
        <translation>無效的轉換回合數</translation>
    </message>
    <message>
        <source>Invalid start bytes size</source>
        <translation>無效的起始位元組大小</translation>
    </message>
    <message>
        <source>Invalid random stream id size</source>
        <translation>無效的隨機資料流 ID 大小</translation>
    </message>
    <message>
        <source>Invalid inner random stream cipher</source>
        <translation>無效的內部隨機串流加密法</translation>
    </message>
    <message>
        <source>Failed to read database file.</source>
        <translation>讀取資料庫檔案失敗。</translation>
    </message>
    <message>
        <source>The selected file is an old KeePass 1 database (.kdb).

You can import it by clicking on Database &gt; 'Import KeePass 1 database…'.
This is a one-way migration. You won&apos;t be able to open the imported database with the old KeePassX 0.4 version.</source>
        <translation>選擇的檔案是舊的 KeePass 1 資料庫 (.kdb)。

您可以點選 資料庫 &gt; 「匯入 KeePass 1 資料庫…」。
這是單向遷移。您將無法用舊的 KeePassX 0.4 的版本開啟被匯入的資料庫。</translation>
    </message>
    <message>
        <source>Not a KeePass database.</source>
        <translation>並非 KeePass 資料庫。</translation>
    </message>
    <message>
        <source>Unsupported KeePass 2 database version.</source>
        <translation>不支援的 KeePass 2 資料庫版本。</translation>
    </message>
</context>
<context>
    <name>KdbxXmlReader</name>
    <message>
        <source>XML parsing failure: %1</source>
        <translation>XML 分析失敗：%1</translation>
    </message>
    <message>
        <source>No root group</source>
        <translation>沒有根群組</translation>
    </message>
    <message>
        <source>XML error:
%1
Line %2, column %3</source>
        <translation>XML 錯誤：
%1
列 %2, 欄位 %3</translation>
    </message>
    <message>
        <source>Missing icon uuid or data</source>
        <translation>缺少圖示的 uuid 或資料</translation>
    </message>
    <message>
        <source>Missing custom data key or value</source>
        <translation>缺少自定義的資料鍵或值</translation>
    </message>
    <message>
        <source>Multiple group elements</source>
        <translation>多重群組元素</translation>
    </message>
    <message>
        <source>Null group uuid</source>
        <translation>空的群組 uuid</translation>
    </message>
    <message>
        <source>Invalid group icon number</source>
        <translation>無效的群組圖示標號</translation>
    </message>
    <message>
        <source>Invalid EnableAutoType value</source>
        <translation>無效的 EnableAutoType 值</translation>
    </message>
    <message>
        <source>Invalid EnableSearching value</source>
        <translation>無效的 EnableSearching 值</translation>
    </message>
    <message>
        <source>No group uuid found</source>
        <translation>找不到群組 uuid</translation>
    </message>
    <message>
        <source>Null DeleteObject uuid</source>
        <translation>空的 DeleteObject uuid</translation>
    </message>
    <message>
        <source>Missing DeletedObject uuid or time</source>
        <translation>缺少 DeletedObject uuid 或時間</translation>
    </message>
    <message>
        <source>Null entry uuid</source>
        <translation>空的項目 uuid</translation>
    </message>
    <message>
        <source>Invalid entry icon number</source>
        <translation>無效的項目圖示編號</translation>
    </message>
    <message>
        <source>History element in history entry</source>
        <translation>歷史記錄項目中的歷史元素</translation>
    </message>
    <message>
        <source>No entry uuid found</source>
        <translation>找不到項目 uuid</translation>
    </message>
    <message>
        <source>History element with different uuid</source>
        <translation>具有不同 uuid 的歷史元素</translation>
    </message>
    <message>
        <source>Duplicate custom attribute found</source>
        <translation>找到重複的自定義屬性</translation>
    </message>
    <message>
        <source>Entry string key or value missing</source>
        <translation>缺少項目字串或值</translation>
    </message>
    <message>
        <source>Entry binary key or value missing</source>
        <translation>缺少項目二進位金鑰或值</translation>
    </message>
    <message>
        <source>Auto-type association window or sequence missing</source>
        <translation>缺少自動輸入關聯視窗或序列</translation>
    </message>
    <message>
        <source>Invalid bool value</source>
        <translation>無效的布林值</translation>
    </message>
    <message>
        <source>Invalid date time value</source>
        <translation>無效的日期時間值</translation>
    </message>
    <message>
        <source>Invalid color value</source>
        <translation>無效的顏色值</translation>
    </message>
    <message>
        <source>Invalid color rgb part</source>
        <translation>無效的 rgb 顏色部分</translation>
    </message>
    <message>
        <source>Invalid number value</source>
        <translation>無效的數值</translation>
    </message>
    <message>
        <source>Invalid uuid value</source>
        <translation>無效的 uuid 值</translation>
    </message>
    <message>
        <source>Unable to decompress binary</source>
        <extracomment>Translator meant is a binary data inside an entry</extracomment>
        <translation>無法解壓縮二進位資料</translation>
    </message>
</context>
<context>
    <name>KeeAgentSettings</name>
    <message>
        <source>Invalid KeeAgent settings file structure.</source>
        <translation>無效的 KeeAgent 設定檔架構。</translation>
    </message>
    <message>
        <source>Private key is an attachment but no attachments provided.</source>
        <translation>私密金鑰為附件，但附件未提供。</translation>
    </message>
    <message>
        <source>Private key is empty</source>
        <translation>私密金鑰為空</translation>
    </message>
    <message>
        <source>File too large to be a private key</source>
        <translation>檔案太大，無法作為私密金鑰</translation>
    </message>
    <message>
        <source>Failed to open private key</source>
        <translation>無法打開私密金鑰</translation>
    </message>
</context>
<context>
    <name>KeePass1OpenWidget</name>
    <message>
        <source>Import KeePass1 Database</source>
        <translation>匯入 KeePass1 資料庫</translation>
    </message>
    <message>
        <source>Unable to open the database.</source>
        <translation>無法開啟資料庫。</translation>
    </message>
</context>
<context>
    <name>KeePass1Reader</name>
    <message>
        <source>Unable to read keyfile.</source>
        <translation>無法讀取金鑰檔案。</translation>
    </message>
    <message>
        <source>Not a KeePass database.</source>
        <translation>並非 KeePass 資料庫。</translation>
    </message>
    <message>
        <source>Unsupported encryption algorithm.</source>
        <translation>不支援的加密演算法。</translation>
    </message>
    <message>
        <source>Unsupported KeePass database version.</source>
        <translation>不支援的 KeePass 資料庫版本。</translation>
    </message>
    <message>
        <source>Unable to read encryption IV</source>
        <comment>IV = Initialization Vector for symmetric cipher</comment>
        <translation>無法讀取加密 IV</translation>
    </message>
    <message>
        <source>Invalid number of groups</source>
        <translation>無效的群組數</translation>
    </message>
    <message>
        <source>Invalid number of entries</source>
        <translation>無效的項目數</translation>
    </message>
    <message>
        <source>Invalid content hash size</source>
        <translation>無效的內容雜湊大小</translation>
    </message>
    <message>
        <source>Invalid transform seed size</source>
        <translation>無效的轉換種子大小</translation>
    </message>
    <message>
        <source>Invalid number of transform rounds</source>
        <translation>無效的轉換回合數</translation>
    </message>
    <message>
        <source>Unable to construct group tree</source>
        <translation>無法構成群組樹</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>根群組</translation>
    </message>
    <message>
        <source>Unable to calculate database key</source>
        <translation>無法計算資料庫金鑰</translation>
    </message>
    <message>
        <source>unable to seek to content position</source>
        <translation>無法定位內容</translation>
    </message>
    <message>
        <source>Invalid credentials were provided, please try again.
If this reoccurs, then your database file may be corrupt.</source>
        <translation>所提供的憑證無效，請再嘗試一遍。
若此情形一再發生，代表您的資料庫檔案可能已損毀。</translation>
    </message>
    <message>
        <source>Key transformation failed</source>
        <translation>金鑰轉換失敗</translation>
    </message>
    <message>
        <source>Invalid group field type number</source>
        <translation>無效的群組欄位類型編號</translation>
    </message>
    <message>
        <source>Invalid group field size</source>
        <translation>無效的群組欄位大小</translation>
    </message>
    <message>
        <source>Read group field data doesn&apos;t match size</source>
        <translation>讀取群組欄位資料大小不相符</translation>
    </message>
    <message>
        <source>Incorrect group id field size</source>
        <translation>無效的群組 id 欄位大小</translation>
    </message>
    <message>
        <source>Incorrect group creation time field size</source>
        <translation>無效的群組建立時間欄位大小</translation>
    </message>
    <message>
        <source>Incorrect group modification time field size</source>
        <translation>無效的群組修改時間欄位大小</translation>
    </message>
    <message>
        <source>Incorrect group access time field size</source>
        <translation>無效的群組存取時間欄位大小</translation>
    </message>
    <message>
        <source>Incorrect group expiry time field size</source>
        <translation>無效的群組過期時間欄位大小</translation>
    </message>
    <message>
        <source>Incorrect group icon field size</source>
        <translation>無效的群組圖示欄位大小</translation>
    </message>
    <message>
        <source>Incorrect group level field size</source>
        <translation>無效的群組級別欄位大小</translation>
    </message>
    <message>
        <source>Invalid group field type</source>
        <translation>無效的群組欄位類型</translation>
    </message>
    <message>
        <source>Missing group id or level</source>
        <translation>缺少群組 id 或級別</translation>
    </message>
    <message>
        <source>Missing entry field type number</source>
        <translation>缺少項目欄位類型編號</translation>
    </message>
    <message>
        <source>Invalid entry field size</source>
        <translation>無效的項目欄位大小</translation>
    </message>
    <message>
        <source>Read entry field data doesn&apos;t match size</source>
        <translation>讀取的項目欄位資料與大小不相符</translation>
    </message>
    <message>
        <source>Invalid entry UUID field size</source>
        <translation>無效的項目 UUID 欄位大小</translation>
    </message>
    <message>
        <source>Invalid entry group id field size</source>
        <translation>無效的項目群組 id 欄位大小</translation>
    </message>
    <message>
        <source>Invalid entry icon field size</source>
        <translation>無效的項目圖示欄位大小</translation>
    </message>
    <message>
        <source>Invalid entry creation time field size</source>
        <translation>無效的項目建立時間欄位大小</translation>
    </message>
    <message>
        <source>Invalid entry modification time field size</source>
        <translation>無效的項目修改時間欄位大小</translation>
    </message>
    <message>
        <source>Invalid entry expiry time field size</source>
        <translation>無效的項目過期時間欄位大小</translation>
    </message>
    <message>
        <source>Invalid entry field type</source>
        <translation>無效的項目欄位類型</translation>
    </message>
</context>
<context>
    <name>KeeShare</name>
    <message>
        <source>Invalid sharing reference</source>
        <translation>無效的分享引用</translation>
    </message>
    <message>
        <source>Inactive share %1</source>
        <translation>未激活的分享 %1</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>從 %1 匯入</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>匯出至 %1</translation>
    </message>
    <message>
        <source>Synchronized with %1</source>
        <translation>與 %1 同步</translation>
    </message>
    <message>
        <source>Import is disabled in settings</source>
        <translation>匯入於設定停用</translation>
    </message>
    <message>
        <source>Export is disabled in settings</source>
        <translation>匯出於設定停用</translation>
    </message>
    <message>
        <source>Inactive share</source>
        <translation>未激活的分享</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>匯入從</translation>
    </message>
    <message>
        <source>Exported to</source>
        <translation>匯出至</translation>
    </message>
    <message>
        <source>Synchronized with</source>
        <translation>同步於</translation>
    </message>
</context>
<context>
    <name>KeyComponentWidget</name>
    <message>
        <source>Key Component</source>
        <translation>金鑰組件</translation>
    </message>
    <message>
        <source>Key Component Description</source>
        <translation>金鑰組件描述</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Key Component set, click to change or remove</source>
        <translation>金鑰組件集，點擊以變更或移除</translation>
    </message>
</context>
<context>
    <name>KeyFileEditWidget</name>
    <message>
        <source>Generate a new key file</source>
        <translation>產生新金鑰檔案</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>產生</translation>
    </message>
    <message>
        <source>Generate a new key file or choose an existing one to protect your database.</source>
        <translation>產生新金鑰檔或選擇既有金鑰以保護您的資料庫。</translation>
    </message>
    <message>
        <source>Note: Do NOT use a file that may change as that will prevent you from unlocking your database.</source>
        <translation>注意：請勿使用可變動的檔案，否則將導致資料庫無法解鎖。</translation>
    </message>
    <message>
        <source>Browse for key file</source>
        <translation>瀏覽金鑰檔案</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Old key file format</source>
        <translation>舊的金鑰檔案格式</translation>
    </message>
    <message>
        <source>You selected a key file in an old format which KeePassXC&lt;br&gt;may stop supporting in the future.&lt;br&gt;&lt;br&gt;Please consider generating a new key file instead.</source>
        <translation>您選擇的金鑰檔案格式版本過舊，KeePassXC&lt;br&gt;將來有可能停止支援。&lt;br&gt;&lt;br&gt;請考慮產生一組新的金鑰檔案。</translation>
    </message>
    <message>
        <source>Error loading the key file '%1'
Message: %2</source>
        <translation>載入金鑰檔案 &apos;%1&apos; 時出錯
訊息：%2</translation>
    </message>
    <message>
        <source>Key File</source>
        <translation>金鑰檔案</translation>
    </message>
    <message>
        <source>Add Key File</source>
        <translation>加入金鑰檔案</translation>
    </message>
    <message>
        <source>Change Key File</source>
        <translation>更改金鑰檔案</translation>
    </message>
    <message>
        <source>Remove Key File</source>
        <translation>移除金鑰檔案</translation>
    </message>
    <message>
        <source>Key File set, click to change or remove</source>
        <translation>金鑰檔案已設定，點擊更改或移除</translation>
    </message>
    <message>
        <source>&lt;p&gt;You can add a key file containing random bytes for additional security.&lt;/p&gt;&lt;p&gt;You must keep it secret and never lose it or you will be locked out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;您可以加入一份包含隨機字元的金鑰檔案以提升安全性。&lt;/p&gt;&lt;p&gt;您必須將其保密，切莫丟失，否則您將會被鎖在外頭。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Key files</source>
        <translation>金鑰檔案</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有檔案</translation>
    </message>
    <message>
        <source>Create Key File…</source>
        <translation>建立金鑰檔案…</translation>
    </message>
    <message>
        <source>Error creating key file</source>
        <translation>建立金鑰檔案時出錯</translation>
    </message>
    <message>
        <source>Unable to create key file: %1</source>
        <translation>無法建立金鑰檔案：%1</translation>
    </message>
    <message>
        <source>Select a key file</source>
        <translation>選擇金鑰檔案</translation>
    </message>
    <message>
        <source>Invalid Key File</source>
        <translation>無效的金鑰檔案</translation>
    </message>
    <message>
        <source>You cannot use the current database as its own keyfile. Please choose a different file or generate a new key file.</source>
        <translation>您不能使用目前的資料庫作為自己的金鑰檔案。請選擇一個不同檔案，或者產生一份新的金鑰檔案。</translation>
    </message>
    <message>
        <source>Suspicious Key File</source>
        <translation>可疑的金鑰檔案</translation>
    </message>
    <message>
        <source>The chosen key file looks like a password database file. A key file must be a static file that never changes or you will lose access to your database forever.
Are you sure you want to continue with this file?</source>
        <translation>所選擇的金鑰檔案像是一份密碼資料庫檔案。金鑰檔案必須是一個永不變更的靜態檔案，否則您將永遠失去資料庫的存取權。
您確定要以此檔案繼續？</translation>
    </message>
</context>
<context>
    <name>MacUtils</name>
    <message>
        <source>Invalid key code</source>
        <translation>無效的金鑰編碼</translation>
    </message>
    <message>
        <source>Global shortcut already registered to %1</source>
        <translation>全域快捷鍵已經註冊至 %1</translation>
    </message>
    <message>
        <source>Could not register global shortcut</source>
        <translation>無法註冊全域快捷鍵</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Database</source>
        <translation>資料庫 (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Recent Databases</source>
        <translation>最近的資料庫 (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入 (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>匯出 (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>幫助 (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Entries</source>
        <translation>項目 (&amp;E)</translation>
    </message>
    <message>
        <source>Copy Att&amp;ribute</source>
        <translation>複製屬性 (&amp;R)</translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation>TOTP</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>群組 (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具 (&amp;T)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>離開 (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>關於 (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Check for Updates</source>
        <translation>檢查更新 (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>開啟資料庫 (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save Database</source>
        <translation>儲存資料庫 (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close Database</source>
        <translation>關閉資料庫 (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新建資料庫 (&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>建立新資料庫</translation>
    </message>
    <message>
        <source>&amp;Merge From Database…</source>
        <translation>從資料庫合併 (&amp;M)…</translation>
    </message>
    <message>
        <source>Merge from another KDBX database</source>
        <translation>與其他 KDBX 資料庫合併</translation>
    </message>
    <message>
        <source>&amp;New Entry…</source>
        <translation>新建項目 (&amp;N)…</translation>
    </message>
    <message>
        <source>Add a new entry</source>
        <translation>加入新項目</translation>
    </message>
    <message>
        <source>&amp;Edit Entry…</source>
        <translation>編輯項目 (&amp;E)…</translation>
    </message>
    <message>
        <source>View or edit entry</source>
        <translation>檢視或編輯項目</translation>
    </message>
    <message>
        <source>&amp;Delete Entry…</source>
        <translation>刪除項目 (&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;New Group…</source>
        <translation>新建群組 (&amp;N)…</translation>
    </message>
    <message>
        <source>Add a new group</source>
        <translation>加入新群組</translation>
    </message>
    <message>
        <source>&amp;Edit Group…</source>
        <translation>編輯群組 (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Group…</source>
        <translation>刪除群組 (&amp;D)…</translation>
    </message>
    <message>
        <source>Download All &amp;Favicons…</source>
        <translation>下載所有網站圖標 (&amp;F)…</translation>
    </message>
    <message>
        <source>Sort &amp;A-Z</source>
        <translation>排序從 &amp;A 到 Z</translation>
    </message>
    <message>
        <source>Sort &amp;Z-A</source>
        <translation>排序從 &amp;Z 到 A</translation>
    </message>
    <message>
        <source>Sa&amp;ve Database As…</source>
        <translation>儲存資料庫為 (&amp;V)…</translation>
    </message>
    <message>
        <source>Database &amp;Security…</source>
        <translation>資料庫安全 (&amp;S)…</translation>
    </message>
    <message>
        <source>Database &amp;Reports…</source>
        <translation>資料庫報告 (&amp;R)…</translation>
    </message>
    <message>
        <source>Statistics, health check, etc.</source>
        <translation>資料統計與健康檢查等</translation>
    </message>
    <message>
        <source>&amp;Database Settings…</source>
        <translation>資料庫設定 (&amp;D)…</translation>
    </message>
    <message>
        <source>Database settings</source>
        <translation>資料庫設定</translation>
    </message>
    <message>
        <source>&amp;Clone Entry…</source>
        <translation>複製項目 (&amp;C)…</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>上移 (&amp;P)</translation>
    </message>
    <message>
        <source>Move entry one step up</source>
        <translation>將項目向上移動一步</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移 (&amp;W)</translation>
    </message>
    <message>
        <source>Move entry one step down</source>
        <translation>將項目向下移動一步</translation>
    </message>
    <message>
        <source>Copy &amp;Username</source>
        <translation>複製使用者名稱 (&amp;U)</translation>
    </message>
    <message>
        <source>Copy username to clipboard</source>
        <translation>將使用者名稱複製到剪貼簿</translation>
    </message>
    <message>
        <source>Copy &amp;Password</source>
        <translation>複製密碼 (&amp;P)</translation>
    </message>
    <message>
        <source>Copy password to clipboard</source>
        <translation>將密碼複製到剪貼簿</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定 (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Password Generator</source>
        <translation>密碼產生器 (&amp;P)</translation>
    </message>
    <message>
        <source>Perform &amp;Auto-Type</source>
        <translation>進行自動輸入 (&amp;A)</translation>
    </message>
    <message>
        <source>Download &amp;Favicon</source>
        <translation>下載網站圖標 (&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;URL</source>
        <translation>開啟 &amp;URL</translation>
    </message>
    <message>
        <source>&amp;Lock Database</source>
        <translation>鎖定資料庫 (&amp;L)</translation>
    </message>
    <message>
        <source>Lock &amp;All Databases</source>
        <translation>鎖定所有資料庫 (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>標題 (&amp;T)</translation>
    </message>
    <message>
        <source>Copy title to clipboard</source>
        <translation>將標題複製到剪貼簿</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>複製 &amp;URL</translation>
    </message>
    <message>
        <source>Copy URL to clipboard</source>
        <translation>將 URL 複製到剪貼簿</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>備註 (&amp;N)</translation>
    </message>
    <message>
        <source>Copy notes to clipboard</source>
        <translation>將備註複製到剪貼簿</translation>
    </message>
    <message>
        <source>&amp;CSV File…</source>
        <translation>&amp;CSV 檔…</translation>
    </message>
    <message>
        <source>&amp;HTML File…</source>
        <translation>&amp;HTML 檔…</translation>
    </message>
    <message>
        <source>KeePass 1 Database…</source>
        <translation>KeePass 1 資料庫…</translation>
    </message>
    <message>
        <source>Import a KeePass 1 database</source>
        <translation>匯入 KeePass 1 資料庫</translation>
    </message>
    <message>
        <source>1Password Vault…</source>
        <translation>1Password 保險庫…</translation>
    </message>
    <message>
        <source>Import a 1Password Vault</source>
        <translation>匯入 1Password 保險庫</translation>
    </message>
    <message>
        <source>CSV File…</source>
        <translation>CSV 檔…</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>匯入 CSV 檔案</translation>
    </message>
    <message>
        <source>Show TOTP</source>
        <translation>顯示 TOTP</translation>
    </message>
    <message>
        <source>Show QR Code</source>
        <translation>顯示 QR 碼</translation>
    </message>
    <message>
        <source>Set up TOTP…</source>
        <translation>設定 TOTP…</translation>
    </message>
    <message>
        <source>Copy &amp;TOTP</source>
        <translation>複製 &amp;TOTP</translation>
    </message>
    <message>
        <source>Copy Password and TOTP</source>
        <translation>複製密碼與 TOTP</translation>
    </message>
    <message>
        <source>E&amp;mpty recycle bin</source>
        <translation>清空回收桶 (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Donate</source>
        <translation>捐贈 (&amp;D)</translation>
    </message>
    <message>
        <source>Report a &amp;Bug</source>
        <translation>回報問題 (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>開始使用 (&amp;G)</translation>
    </message>
    <message>
        <source>Open Getting Started Guide</source>
        <translation>開啟「開始使用」指南</translation>
    </message>
    <message>
        <source>&amp;Online Help</source>
        <translation>線上幫助 (&amp;O)</translation>
    </message>
    <message>
        <source>Go to online documentation</source>
        <translation>前往線上文件</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>使用者指南 (&amp;U)</translation>
    </message>
    <message>
        <source>Open User Guide</source>
        <translation>開啟使用者指南</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>鍵盤快捷鍵 (&amp;K)</translation>
    </message>
    <message>
        <source>Save Database Backup…</source>
        <translation>儲存資料庫備份…</translation>
    </message>
    <message>
        <source>Add key to SSH Agent</source>
        <translation>加入金鑰至 SSH 代理</translation>
    </message>
    <message>
        <source>Remove key from SSH Agent</source>
        <translation>從 SSH 代理移除金鑰</translation>
    </message>
    <message>
        <source>Compact Mode</source>
        <translation>緊緻模式</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Classic (Platform-native)</source>
        <translation>經典（平台原生）</translation>
    </message>
    <message>
        <source>Show Toolbar</source>
        <translation>顯示工具列</translation>
    </message>
    <message>
        <source>Show Preview Panel</source>
        <translation>顯示預覽面板</translation>
    </message>
    <message>
        <source>Always on Top</source>
        <translation>視窗置頂顯示</translation>
    </message>
    <message>
        <source>Hide Usernames</source>
        <translation>隱藏使用者名稱</translation>
    </message>
    <message>
        <source>Hide Passwords</source>
        <translation>隱藏密碼</translation>
    </message>
    <message>
        <source>Clone Group...</source>
        <translation>複製群組...</translation>
    </message>
    <message>
        <source>&amp;XML File…</source>
        <translation>&amp;XML 檔…</translation>
    </message>
    <message>
        <source>XML File…</source>
        <translation>XML 檔…</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>清除歷史記錄</translation>
    </message>
    <message>
        <source>Access error for config file %1</source>
        <translation>設定檔存取錯誤：%1</translation>
    </message>
    <message>
        <source>Don&apos;t show again for this version</source>
        <translation>對此版本不再顯示</translation>
    </message>
    <message>
        <source>WARNING: You are using an unstable build of KeePassXC.
There is a high risk of corruption, maintain a backup of your databases.
This version is not meant for production use.</source>
        <translation>警告：您正在使用非穩定版本的 KeePassXC。
具有高風險的破壞可能，請備份您的資料庫。
這個版本並不適合生產用途。</translation>
    </message>
    <message>
        <source>NOTE: You are using a pre-release version of KeePassXC.
Expect some bugs and minor issues, this version is meant for testing purposes.</source>
        <translation>注意：您正在使用 KeePassXC 的預先發行版本。
此版本發行為測試用途，可能會出現一些程式錯誤和小問題。</translation>
    </message>
    <message>
        <source>WARNING: Your Qt version may cause KeePassXC to crash with an On-Screen Keyboard.
We recommend you use the AppImage available on our downloads page.</source>
        <translation>警告：您的 Qt 版本可能會導致 KeePassXC 與螢幕鍵盤崩潰。
建議您使用我們下載頁面上提供的 AppImage。</translation>
    </message>
    <message>
        <source>No Tags</source>
        <translation>無標籤</translation>
    </message>
    <message numerus="yes">
        <source>Restore Entry(s)</source>
        <translation><numerusform>還原項目</numerusform></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Check for updates on startup?</source>
        <translation>是否在啟動時檢查更新？</translation>
    </message>
    <message>
        <source>Would you like KeePassXC to check for updates on startup?</source>
        <translation>你是否要在 KeePassXC 啟動時檢查更新？</translation>
    </message>
    <message>
        <source>You can always check for updates manually from the application menu.</source>
        <translation>你可以隨時在應用程式選單中手動檢查更新。</translation>
    </message>
    <message>
        <source>Toggle window</source>
        <translation>切換視窗</translation>
    </message>
    <message>
        <source>Quit KeePassXC</source>
        <translation>退出 KeePassXC</translation>
    </message>
    <message numerus="yes">
        <source>%1 Entry(s)</source>
        <translation><numerusform>%1 個項目</numerusform></translation>
    </message>
    <message>
        <source>Please present or touch your YubiKey to continue…</source>
        <translation>請感應或接觸您的 YubiKey 以繼續…</translation>
    </message>
    <message>
        <source>Restart Application?</source>
        <translation>重啟應用程式？</translation>
    </message>
    <message>
        <source>You must restart the application to apply this setting. Would you like to restart now?</source>
        <translation>必須重啟應用程式來套用此設定。您是否要現在重新啟動？</translation>
    </message>
    <message>
        <source>Allow Screen Capture</source>
        <translation>允許螢幕截圖</translation>
    </message>
    <message>
        <source>Passkeys…</source>
        <translation>Passkey…</translation>
    </message>
    <message>
        <source>Passkeys</source>
        <translation>Passkey</translation>
    </message>
    <message>
        <source>Import Passkey</source>
        <translation>匯入 Passkey</translation>
    </message>
</context>
<context>
    <name>ManageDatabase</name>
    <message>
        <source>Database settings</source>
        <translation>資料庫設定</translation>
    </message>
    <message>
        <source>Edit database settings</source>
        <translation>編輯資料庫設定</translation>
    </message>
    <message>
        <source>Unlock database</source>
        <translation>解鎖資料庫</translation>
    </message>
    <message>
        <source>Unlock database to show more information</source>
        <translation>解鎖資料庫來顯示更多資訊</translation>
    </message>
    <message>
        <source>Lock database</source>
        <translation>鎖定資料庫</translation>
    </message>
</context>
<context>
    <name>ManageSession</name>
    <message>
        <source>Disconnect</source>
        <translation>中斷連結</translation>
    </message>
    <message>
        <source>Disconnect this application</source>
        <translation>中斷此程式的連結</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Reset any remembered decisions for this application</source>
        <translation>重置此應用所有記住的選擇</translation>
    </message>
</context>
<context>
    <name>Merger</name>
    <message>
        <source>Creating missing %1 [%2]</source>
        <translation>建立缺少的 %1 [%2]</translation>
    </message>
    <message>
        <source>Relocating %1 [%2]</source>
        <translation>重新定位 %1 [%2]</translation>
    </message>
    <message>
        <source>Overwriting %1 [%2]</source>
        <translation>覆寫 %1 [%2]</translation>
    </message>
    <message>
        <source>older entry merged from database &quot;%1&quot;</source>
        <translation>較舊的項目從資料庫「%1」合併</translation>
    </message>
    <message>
        <source>Adding backup for older target %1 [%2]</source>
        <translation>為較舊的目標 %1 [%2] 添加備份</translation>
    </message>
    <message>
        <source>Adding backup for older source %1 [%2]</source>
        <translation>為較舊的來源 %1 [%2] 添加備份</translation>
    </message>
    <message>
        <source>Reapplying older target entry on top of newer source %1 [%2]</source>
        <translation>在較新的來源 %1 [%2] 之上重新應用較舊的目標項目</translation>
    </message>
    <message>
        <source>Reapplying older source entry on top of newer target %1 [%2]</source>
        <translation>在較新的目標 %1 [%2] 之上重新應用較舊的來源項目</translation>
    </message>
    <message>
        <source>Synchronizing from newer source %1 [%2]</source>
        <translation>從較新的來源 %1 [%2] 同步</translation>
    </message>
    <message>
        <source>Synchronizing from older source %1 [%2]</source>
        <translation>從較舊的來源 %1 [%2] 同步</translation>
    </message>
    <message>
        <source>Deleting child %1 [%2]</source>
        <translation>刪除子項 %1 [%2]</translation>
    </message>
    <message>
        <source>Deleting orphan %1 [%2]</source>
        <translation>刪除孤立項 %1 [%2]</translation>
    </message>
    <message>
        <source>Changed deleted objects</source>
        <translation>更改已刪除的對象</translation>
    </message>
    <message>
        <source>Adding missing icon %1</source>
        <translation>加入缺失的圖示 %1</translation>
    </message>
    <message>
        <source>Removed custom data %1 [%2]</source>
        <translation>移除自定義資料 %1 [%2]</translation>
    </message>
    <message>
        <source>Adding custom data %1 [%2]</source>
        <translation>加入自定義資料 %1 [%2]</translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizard</name>
    <message>
        <source>Create a new KeePassXC database…</source>
        <translation>建立新的 KeePassXC 資料庫…</translation>
    </message>
    <message>
        <source>Root</source>
        <comment>Root group</comment>
        <translation>根群組</translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizardPage</name>
    <message>
        <source>WizardPage</source>
        <translation>嚮導頁</translation>
    </message>
    <message>
        <source>Encryption Settings</source>
        <translation>加密設定</translation>
    </message>
    <message>
        <source>Here you can adjust the database encryption settings. Don&apos;t worry, you can change them later in the database settings.</source>
        <translation>您可以在此調整資料庫的加密設定。別擔心，之後也可以到資料庫設定更改它們。</translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizardPageDatabaseKey</name>
    <message>
        <source>Database Credentials</source>
        <translation>資料庫憑證</translation>
    </message>
    <message>
        <source>A set of credentials known only to you that protects your database.</source>
        <translation>只有您知道的憑證組合才能保護您的資料庫。</translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizardPageEncryption</name>
    <message>
        <source>Encryption Settings</source>
        <translation>加密設定</translation>
    </message>
    <message>
        <source>Here you can adjust the database encryption settings. Don&apos;t worry, you can change them later in the database settings.</source>
        <translation>您可以在此調整資料庫的加密設定。別擔心，之後也可以到資料庫設定更改它們。</translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizardPageMetaData</name>
    <message>
        <source>General Database Information</source>
        <translation>通用資料庫資訊</translation>
    </message>
    <message>
        <source>Please fill in the display name and an optional description for your new database:</source>
        <translation>請為您的新資料庫填寫一個顯示名稱，及一個選擇性的說明：</translation>
    </message>
</context>
<context>
    <name>NixUtils</name>
    <message>
        <source>Password Manager</source>
        <translation>密碼管理員</translation>
    </message>
    <message>
        <source>Global shortcut already registered to %1</source>
        <translation>全域快捷鍵已經註冊至 %1</translation>
    </message>
    <message>
        <source>Could not register global shortcut</source>
        <translation>無法註冊全域快捷鍵</translation>
    </message>
</context>
<context>
    <name>OpData01</name>
    <message>
        <source>Invalid OpData01, does not contain header</source>
        <translation>無效的 OpData01，未包含標頭</translation>
    </message>
    <message>
        <source>Unable to read all IV bytes, wanted 16 but got %1</source>
        <translation>無法讀取初始向量 (IV) 的所有位元組，預期為 16 但得到了 %1</translation>
    </message>
    <message>
        <source>Unable to init cipher for opdata01: %1</source>
        <translation>無法初始化 opdata01 的加密：%1</translation>
    </message>
    <message>
        <source>Unable to read all HMAC signature bytes</source>
        <translation>無法讀取所有 HMAC 簽名位元組</translation>
    </message>
    <message>
        <source>Malformed OpData01 due to a failed HMAC</source>
        <translation>異常的 OpData01，因為 HMAC 運行失敗</translation>
    </message>
    <message>
        <source>Unable to process clearText in place</source>
        <translation>無法在場處理純文本</translation>
    </message>
    <message>
        <source>Expected %1 bytes of clear-text, found %2</source>
        <translation>預期 %1 位元組的純文本，實際為 %2</translation>
    </message>
</context>
<context>
    <name>OpVaultOpenWidget</name>
    <message>
        <source>Read Database did not produce an instance
%1</source>
        <translation>讀取資料庫並未產生實體
%1</translation>
    </message>
</context>
<context>
    <name>OpVaultReader</name>
    <message>
        <source>Directory .opvault must exist</source>
        <translation>目錄 .opvault 必須存在</translation>
    </message>
    <message>
        <source>Directory .opvault must be readable</source>
        <translation>目錄 .opvault 必須為可讀取</translation>
    </message>
    <message>
        <source>Directory .opvault/default must exist</source>
        <translation>目錄 .opvault/default 必須存在</translation>
    </message>
    <message>
        <source>Directory .opvault/default must be readable</source>
        <translation>目錄 .opvault/default 必須為可讀取</translation>
    </message>
    <message>
        <source>Unable to decode masterKey: %1</source>
        <translation>無法解碼主密鑰：%1</translation>
    </message>
    <message>
        <source>Unable to derive master key: %1</source>
        <translation>無法推導主密鑰：%1</translation>
    </message>
</context>
<context>
    <name>OpenSSHKey</name>
    <message>
        <source>Invalid key file, expecting an OpenSSH key</source>
        <translation>無效的金鑰檔案，預期應是 OpenSSH 金鑰</translation>
    </message>
    <message>
        <source>PEM boundary mismatch</source>
        <translation>PEM 邊界數量不對稱</translation>
    </message>
    <message>
        <source>Base64 decoding failed</source>
        <translation>Base64 解碼失敗</translation>
    </message>
    <message>
        <source>Key file way too small.</source>
        <translation>金鑰檔太小。</translation>
    </message>
    <message>
        <source>Key file magic header id invalid</source>
        <translation>金鑰檔魔術標頭 ID 無效</translation>
    </message>
    <message>
        <source>Found zero keys</source>
        <translation>找到零個金鑰</translation>
    </message>
    <message>
        <source>Failed to read public key.</source>
        <translation>無法讀取公開金鑰。</translation>
    </message>
    <message>
        <source>Corrupted key file, reading private key failed</source>
        <translation>金鑰檔損壞，讀取私密金鑰失敗</translation>
    </message>
    <message>
        <source>Unsupported key type: %1</source>
        <translation>不支援的金鑰類型：%1</translation>
    </message>
    <message>
        <source>No private key payload to decrypt</source>
        <translation>私密金鑰中沒有載體可解密</translation>
    </message>
    <message>
        <source>Unknown cipher: %1</source>
        <translation>未知的密語：%1</translation>
    </message>
    <message>
        <source>AES-256/GCM is currently not supported</source>
        <translation>AES-256/GCM 目前不受支援</translation>
    </message>
    <message>
        <source>Passphrase is required to decrypt this key</source>
        <translation>需要密碼短語以解密此金鑰</translation>
    </message>
    <message>
        <source>Key derivation failed: %1</source>
        <translation>金鑰推導失敗：%1</translation>
    </message>
    <message>
        <source>Cipher IV is too short for MD5 kdf</source>
        <translation>加密初始向量 (IV) 對 MD5 kdf 來說太短了</translation>
    </message>
    <message>
        <source>Unknown KDF: %1</source>
        <translation>未知的 KDF：%1</translation>
    </message>
    <message>
        <source>Failed to initialize cipher: %1</source>
        <translation>無法初始化加密：%1</translation>
    </message>
    <message>
        <source>Decryption failed: %1</source>
        <translation>解密失敗：%1</translation>
    </message>
    <message>
        <source>Decryption failed, wrong passphrase?</source>
        <translation>解密失敗，密碼短語錯誤？</translation>
    </message>
    <message>
        <source>Unexpected EOF while reading key</source>
        <translation>讀取金鑰時出現意外的檔案結尾 (EOF)</translation>
    </message>
    <message>
        <source>Unsupported key part</source>
        <translation>不支援的金鑰部位</translation>
    </message>
    <message>
        <source>Unexpected EOF while reading public key</source>
        <translation>讀取公開金鑰時出現意外的檔案結尾</translation>
    </message>
    <message>
        <source>Unknown key type: %1</source>
        <translation>未知的金鑰類型：%1</translation>
    </message>
    <message>
        <source>Unexpected EOF while reading private key</source>
        <translation>讀取私密金鑰時出現意外的檔案結尾</translation>
    </message>
    <message>
        <source>Can&apos;t write public key as it is empty</source>
        <translation>無法寫入公開金鑰，因為它是空的</translation>
    </message>
    <message>
        <source>Unexpected EOF when writing public key</source>
        <translation>寫入公開金鑰時出現意外的檔案結尾</translation>
    </message>
    <message>
        <source>Can&apos;t write private key as it is empty</source>
        <translation>無法寫入私密金鑰，因為它是空的</translation>
    </message>
    <message>
        <source>Unexpected EOF when writing private key</source>
        <translation>寫入私密金鑰時出現意外的檔案結尾</translation>
    </message>
</context>
<context>
    <name>OpenSSHKeyGenDialog</name>
    <message>
        <source>SSH Key Generator</source>
        <translation>SSH 金鑰產生器</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>位元</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>註解</translation>
    </message>
</context>
<context>
    <name>PasskeyExportDialog</name>
    <message>
        <source>KeePassXC - Passkey Export</source>
        <translation>KeePassXC - Passkey 匯出</translation>
    </message>
    <message>
        <source>Export the following Passkey entries.</source>
        <translation>匯出以下 Passkey 項目。</translation>
    </message>
    <message>
        <source>Filenames will be generated with title and .passkey file extension.</source>
        <translation>檔案名稱將以標題與 .passkey 副檔名生成。</translation>
    </message>
    <message>
        <source>Export entries</source>
        <translation>匯出項目</translation>
    </message>
    <message>
        <source>Export Selected</source>
        <translation>匯出所選</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>匯出至資料夾</translation>
    </message>
</context>
<context>
    <name>PasskeyExporter</name>
    <message>
        <source>KeePassXC: Passkey Export</source>
        <translation>KeePassXC: Passkey 匯出</translation>
    </message>
    <message>
        <source>File &quot;%1.passkey&quot; already exists.
Do you want to overwrite it?
</source>
        <translation>檔案「%1.passkey」已經存在。
是否要覆寫它？
</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>無法開啟檔案</translation>
    </message>
    <message>
        <source>Cannot open file &quot;%1&quot; for writing.</source>
        <translation>無法開啟檔案「%1」以寫入。</translation>
    </message>
    <message>
        <source>Cannot write to file</source>
        <translation>無法寫入檔案</translation>
    </message>
</context>
<context>
    <name>PasskeyImportDialog</name>
    <message>
        <source>KeePassXC - Passkey Import</source>
        <translation>KeePassXC - Passkey 匯入</translation>
    </message>
    <message>
        <source>Do you want to import the Passkey?</source>
        <translation>是否要匯入此 Passkey？</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL：%1</translation>
    </message>
    <message>
        <source>Username: %1</source>
        <translation>使用者名稱：%1</translation>
    </message>
    <message>
        <source>Use default group (Imported Passkeys)</source>
        <translation>使用預設群組（匯入的 Passkey）</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>群組</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>Select Database</source>
        <translation>選擇資料庫</translation>
    </message>
    <message>
        <source>Import Passkey</source>
        <translation>匯入 Passkey</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>資料庫：%1</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>群組：</translation>
    </message>
</context>
<context>
    <name>PasskeyImporter</name>
    <message>
        <source>Passkey file</source>
        <translation>Passkey 檔案</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有檔案</translation>
    </message>
    <message>
        <source>Open Passkey file</source>
        <translation>開啟 Passkey 檔案</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>無法開啟檔案</translation>
    </message>
    <message>
        <source>Cannot open file &quot;%1&quot; for reading.</source>
        <translation>無法開啟檔案「%1」以讀取。</translation>
    </message>
    <message>
        <source>Cannot import Passkey</source>
        <translation>無法匯入 Passkey</translation>
    </message>
    <message>
        <source>Cannot import Passkey file &quot;%1&quot;. Data is missing.</source>
        <translation>無法匯入 Passkey 檔案「%1」。資料缺失。</translation>
    </message>
    <message>
        <source>Cannot import Passkey file &quot;%1&quot;. Private key is missing or malformed.</source>
        <translation>無法匯入 Passkey 檔案「%1」。私鑰缺失或格式錯誤。</translation>
    </message>
</context>
<context>
    <name>PasswordEditWidget</name>
    <message>
        <source>Enter password:</source>
        <translation>輸入密碼：</translation>
    </message>
    <message>
        <source>Password field</source>
        <translation>密碼欄位</translation>
    </message>
    <message>
        <source>Confirm password:</source>
        <translation>確認密碼：</translation>
    </message>
    <message>
        <source>Repeat password field</source>
        <translation>重複密碼欄位</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Add Password</source>
        <translation>加入密碼</translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation>更改密碼</translation>
    </message>
    <message>
        <source>Remove Password</source>
        <translation>移除密碼</translation>
    </message>
    <message>
        <source>Password set, click to change or remove</source>
        <translation>密碼已設定，點擊更改或移除</translation>
    </message>
    <message>
        <source>&lt;p&gt;A password is the primary method for securing your database.&lt;/p&gt;&lt;p&gt;Good passwords are long and unique. KeePassXC can generate one for you.&lt;/p&gt;</source>
        <translation>&lt;p&gt;密碼是保全您的資料庫的主要方式。&lt;/p&gt;&lt;p&gt;好的密碼要夠長且獨特。KeePassXC 可以幫您產生一組。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Passwords do not match.</source>
        <translation>密碼不相符。</translation>
    </message>
</context>
<context>
    <name>PasswordGeneratorWidget</name>
    <message>
        <source>Generate Password</source>
        <translation>產生密碼</translation>
    </message>
    <message>
        <source>strength</source>
        <comment>Password strength</comment>
        <translation>強度</translation>
    </message>
    <message>
        <source>entropy</source>
        <translation>熵值</translation>
    </message>
    <message>
        <source>Generated password</source>
        <translation>已產生密碼</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Regenerate password</source>
        <translation>重新產生密碼</translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation>複製密碼</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>長度 (&amp;L)：</translation>
    </message>
    <message>
        <source>Password length</source>
        <translation>密碼長度</translation>
    </message>
    <message>
        <source>Switch to advanced mode</source>
        <translation>切換至進階模式</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>進階</translation>
    </message>
    <message>
        <source>Character Types</source>
        <translation>字元類型</translation>
    </message>
    <message>
        <source>Special characters</source>
        <translation>特殊字母</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>引號</translation>
    </message>
    <message>
        <source>Punctuation</source>
        <translation>標點</translation>
    </message>
    <message>
        <source>Dashes and Slashes</source>
        <translation>破折號與斜線號</translation>
    </message>
    <message>
        <source>Upper-case letters</source>
        <translation>大寫字母</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>Lower-case letters</source>
        <translation>小寫字母</translation>
    </message>
    <message>
        <source>Math Symbols</source>
        <translation>數學符號</translation>
    </message>
    <message>
        <source>Extended ASCII</source>
        <translation>擴展 ASCII 碼</translation>
    </message>
    <message>
        <source>Braces</source>
        <translation>括號</translation>
    </message>
    <message>
        <source>Do not include:</source>
        <translation>不要包括：</translation>
    </message>
    <message>
        <source>Additional characters to use for the generated password</source>
        <translation>用於生成密碼的其他字元</translation>
    </message>
    <message>
        <source>Additional characters</source>
        <translation>其他字元</translation>
    </message>
    <message>
        <source>Add non-hex letters to &quot;do not include&quot; list</source>
        <translation>將非十六進制字母加入「不要包括」清單</translation>
    </message>
    <message>
        <source>Hex Passwords</source>
        <translation>十六進制密碼</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六進制</translation>
    </message>
    <message>
        <source>Character set to exclude from generated password</source>
        <translation>產生密碼時排除的字元集合</translation>
    </message>
    <message>
        <source>Excluded characters</source>
        <translation>排除字元</translation>
    </message>
    <message>
        <source>Also choose from:</source>
        <translation>也從此選擇:</translation>
    </message>
    <message>
        <source>Excluded characters: &quot;0&quot;, &quot;1&quot;, &quot;l&quot;, &quot;I&quot;, &quot;O&quot;, &quot;|&quot;, &quot;﹒&quot;</source>
        <translation>排除以下字元：&quot;0&quot;, &quot;1&quot;, &quot;l&quot;, &quot;I&quot;, &quot;O&quot;, &quot;|&quot;, &quot;﹒&quot;</translation>
    </message>
    <message>
        <source>Exclude look-alike characters</source>
        <translation>去除相似的字元</translation>
    </message>
    <message>
        <source>Pick characters from every group</source>
        <translation>從每一組中選擇字元</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密碼短語</translation>
    </message>
    <message>
        <source>Word Separator:</source>
        <translation>單詞分隔符號：</translation>
    </message>
    <message>
        <source>Wordlist:</source>
        <translation>詞彙表：</translation>
    </message>
    <message>
        <source>Word Count:</source>
        <translation>詞彙數：</translation>
    </message>
    <message>
        <source>Character Count:</source>
        <translation>字元數：</translation>
    </message>
    <message>
        <source>Word Case:</source>
        <translation>字母大小寫：</translation>
    </message>
    <message>
        <source>Delete selected wordlist</source>
        <translation>刪除所選詞彙表</translation>
    </message>
    <message>
        <source>Add custom wordlist</source>
        <translation>加入自定義詞彙表</translation>
    </message>
    <message>
        <source>character</source>
        <translation>字元</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Apply Password</source>
        <translation>套用密碼</translation>
    </message>
    <message>
        <source>Regenerate password (%1)</source>
        <translation>重新生成密碼 (%1)</translation>
    </message>
    <message>
        <source>lower case</source>
        <translation>全部小寫</translation>
    </message>
    <message>
        <source>UPPER CASE</source>
        <translation>全部大寫</translation>
    </message>
    <message>
        <source>Title Case</source>
        <translation>首字母大寫</translation>
    </message>
    <message>
        <source>(SYSTEM)</source>
        <translation>(系統)</translation>
    </message>
    <message>
        <source>Entropy: %1 bit</source>
        <translation>資訊熵：%1 位元</translation>
    </message>
    <message>
        <source>Password Quality: %1</source>
        <translation>密碼品質：%1</translation>
    </message>
    <message>
        <source>Poor</source>
        <comment>Password quality</comment>
        <translation>極弱</translation>
    </message>
    <message>
        <source>Weak</source>
        <comment>Password quality</comment>
        <translation>較弱</translation>
    </message>
    <message>
        <source>Good</source>
        <comment>Password quality</comment>
        <translation>較好</translation>
    </message>
    <message>
        <source>Excellent</source>
        <comment>Password quality</comment>
        <translation>極好</translation>
    </message>
    <message>
        <source>Confirm Delete Wordlist</source>
        <translation>確認刪除詞彙表</translation>
    </message>
    <message>
        <source>Do you really want to delete the wordlist &quot;%1&quot;?</source>
        <translation>真的要刪除詞彙表「%1」？</translation>
    </message>
    <message>
        <source>Failed to delete wordlist</source>
        <translation>刪除詞彙表失敗</translation>
    </message>
    <message>
        <source>Wordlists</source>
        <translation>詞彙表</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有檔案</translation>
    </message>
    <message>
        <source>Select Custom Wordlist</source>
        <translation>選擇自定義詞彙表</translation>
    </message>
    <message>
        <source>Overwrite Wordlist?</source>
        <translation>覆寫詞彙表?</translation>
    </message>
    <message>
        <source>Wordlist &quot;%1&quot; already exists as a custom wordlist.
Do you want to overwrite it?</source>
        <translation>自定義的詞彙表「%1」已經存在。
是否要覆寫它？</translation>
    </message>
    <message>
        <source>Failed to add wordlist</source>
        <translation>加入詞彙表失敗</translation>
    </message>
    <message>
        <source>Logograms</source>
        <translation>語標符號</translation>
    </message>
    <message>
        <source>Special Characters</source>
        <translation>特殊字元</translation>
    </message>
</context>
<context>
    <name>PasswordWidget</name>
    <message>
        <source>Passwords do not match</source>
        <translation>不符合的密碼</translation>
    </message>
    <message>
        <source>Passwords match so far</source>
        <translation>目前符合的密碼</translation>
    </message>
    <message>
        <source>Toggle Password (%1)</source>
        <translation>切換密碼顯示 (%1)</translation>
    </message>
    <message>
        <source>Generate Password (%1)</source>
        <translation>生成密碼 (%1)</translation>
    </message>
    <message>
        <source>Warning: Caps Lock enabled!</source>
        <translation>警告：Caps Lock 已啟用！</translation>
    </message>
    <message>
        <source>Quality: %1</source>
        <translation>密碼品質：%1</translation>
    </message>
    <message>
        <source>Poor</source>
        <comment>Password quality</comment>
        <translation>極弱</translation>
    </message>
    <message>
        <source>Weak</source>
        <comment>Password quality</comment>
        <translation>較弱</translation>
    </message>
    <message>
        <source>Good</source>
        <comment>Password quality</comment>
        <translation>較好</translation>
    </message>
    <message>
        <source>Excellent</source>
        <comment>Password quality</comment>
        <translation>極好</translation>
    </message>
    <message>
        <source>Toggle password visibilty using Control + H. Open the password generator using Control + G.</source>
        <translation>使用 Control + H 顯示或隱藏密碼。使用 Control + G 打開密碼產生器。</translation>
    </message>
</context>
<context>
    <name>PickcharsDialog</name>
    <message>
        <source>KeePassXC - Pick Characters</source>
        <translation>KeePassXC - 挑選字元</translation>
    </message>
    <message>
        <source>Select characters to type, navigate with arrow keys, Ctrl + S submits.</source>
        <translation>選擇要輸入的字元，使用方向鍵瀏覽，Ctrl + S 提交。</translation>
    </message>
    <message>
        <source>Press &amp;Tab between characters</source>
        <translation>字元間按 &amp;Tab</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Overwrite</source>
        <translation>覆寫</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳過</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合併</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>繼續</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Database not opened</source>
        <translation>資料庫未開啟</translation>
    </message>
    <message>
        <source>Database hash not available</source>
        <translation>資料庫雜湊不可用</translation>
    </message>
    <message>
        <source>Client public key not received</source>
        <translation>未收到用戶端公開金鑰</translation>
    </message>
    <message>
        <source>Cannot decrypt message</source>
        <translation>無法解密訊息</translation>
    </message>
    <message>
        <source>Action cancelled or denied</source>
        <translation>操作被取消或被拒絕</translation>
    </message>
    <message>
        <source>Message encryption failed.</source>
        <translation>訊息加密失敗。</translation>
    </message>
    <message>
        <source>KeePassXC association failed, try again</source>
        <translation>KeePassXC 關聯失敗，請重試</translation>
    </message>
    <message>
        <source>Encryption key is not recognized</source>
        <translation>加密金鑰未被識別</translation>
    </message>
    <message>
        <source>Incorrect action</source>
        <translation>錯誤的操作</translation>
    </message>
    <message>
        <source>Empty message received</source>
        <translation>收到空消息</translation>
    </message>
    <message>
        <source>No URL provided</source>
        <translation>未提供 URL</translation>
    </message>
    <message>
        <source>No logins found</source>
        <translation>找不到登入資訊</translation>
    </message>
    <message>
        <source>No groups found</source>
        <translation>未找到群組</translation>
    </message>
    <message>
        <source>Cannot create new group</source>
        <translation>無法建立新群組</translation>
    </message>
    <message>
        <source>No valid UUID provided</source>
        <translation>未提供有效的 UUID</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>未知的錯誤</translation>
    </message>
    <message>
        <source>Browser Integration</source>
        <translation>瀏覽器整合</translation>
    </message>
    <message>
        <source>Browser Plugin Failure</source>
        <translation>瀏覽器插件失敗</translation>
    </message>
    <message>
        <source>Could not save the native messaging script file for %1.</source>
        <translation>無法為 %1 保存本地消息指令檔案。</translation>
    </message>
    <message>
        <source>Username for the entry.</source>
        <translation>此項目的使用者名稱。</translation>
    </message>
    <message>
        <source>username</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>URL for the entry.</source>
        <translation>此項目的 URL。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Notes for the entry.</source>
        <translation>項目的備註。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Prompt for the entry&apos;s password.</source>
        <translation>提示此項目的密碼。</translation>
    </message>
    <message>
        <source>Generate a password for the entry.</source>
        <translation>產生此項目的密碼。</translation>
    </message>
    <message>
        <source>Add a new entry to a database.</source>
        <translation>加入項目到資料庫。</translation>
    </message>
    <message>
        <source>Path of the entry to add.</source>
        <translation>要加入的項目路徑。</translation>
    </message>
    <message>
        <source>Cannot generate a password and prompt at the same time.</source>
        <translation>無法同時產生並顯示密碼。</translation>
    </message>
    <message>
        <source>Could not create entry with path %1.</source>
        <translation>無法建立路徑為 %1 的項目。</translation>
    </message>
    <message>
        <source>Enter password for new entry: </source>
        <translation>為新項目輸入密碼：</translation>
    </message>
    <message>
        <source>Writing the database failed %1.</source>
        <translation>寫入資料庫失敗 %1。</translation>
    </message>
    <message>
        <source>Successfully added entry %1.</source>
        <translation>成功加入項目 %1。</translation>
    </message>
    <message>
        <source>Adds a new group to a database.</source>
        <translation>加入新群組到資料庫。</translation>
    </message>
    <message>
        <source>Path of the group to add.</source>
        <translation>要加入的群組路徑。</translation>
    </message>
    <message>
        <source>Group %1 already exists!</source>
        <translation>群組 %1 已經存在！</translation>
    </message>
    <message>
        <source>Group %1 not found.</source>
        <translation>群組 %1 未找到。</translation>
    </message>
    <message>
        <source>Successfully added group %1.</source>
        <translation>成功加入群組 %1。</translation>
    </message>
    <message>
        <source>Check if any passwords have been publicly leaked. FILENAME must be the path of a file listing SHA-1 hashes of leaked passwords in HIBP format, as available from https://haveibeenpwned.com/Passwords.</source>
        <translation>檢查是否有任何密碼被公開泄露。FILENAME 需為一路徑指向檔案，內部以 HIBP 格式列出被泄露密碼的 SHA-1 雜湊。檔案可從 https://haveibeenpwned.com/Passwords 獲得。</translation>
    </message>
    <message>
        <source>FILENAME</source>
        <translation>FILENAME</translation>
    </message>
    <message>
        <source>Path to okon-cli to search a formatted HIBP file</source>
        <translation>用於搜尋格式化的 HIBP 檔案的 okon-cli 路徑</translation>
    </message>
    <message>
        <source>okon-cli</source>
        <translation>okon-cli</translation>
    </message>
    <message>
        <source>Analyze passwords for weaknesses and problems.</source>
        <translation>分析密碼的弱點與問題。</translation>
    </message>
    <message>
        <source>Cannot find HIBP file: %1</source>
        <translation>未找到 HIBP 檔案：%1</translation>
    </message>
    <message>
        <source>Evaluating database entries using okon…</source>
        <translation>使用 okon 評估資料庫項目…</translation>
    </message>
    <message>
        <source>Failed to open HIBP file %1: %2</source>
        <translation>開啟 HIBP 檔案 %1 失敗：%2</translation>
    </message>
    <message>
        <source>Evaluating database entries against HIBP file, this will take a while…</source>
        <translation>根據 HIBP 檔案評估資料庫的項目，這將花上一段時間…</translation>
    </message>
    <message numerus="yes">
        <source>Password for &apos;%1&apos; has been leaked %2 time(s)!</source>
        <translation><numerusform>「%1」的密碼已被泄露 %2 次！</numerusform></translation>
    </message>
    <message>
        <source>Password for &apos;%1&apos; has been leaked!</source>
        <translation>「%1」的密碼已被泄露！</translation>
    </message>
    <message>
        <source>Export an attachment of an entry.</source>
        <translation>匯出項目的附件。</translation>
    </message>
    <message>
        <source>Path of the entry with the target attachment.</source>
        <translation>擁有目標附件的項目路徑。</translation>
    </message>
    <message>
        <source>Name of the attachment to be exported.</source>
        <translation>要匯出的附件名稱。</translation>
    </message>
    <message>
        <source>Path to which the attachment should be exported.</source>
        <translation>附件將要匯出的路徑。</translation>
    </message>
    <message>
        <source>Could not find entry with path %1.</source>
        <translation>未找到路徑為 %1 的項目。</translation>
    </message>
    <message>
        <source>Could not find attachment with name %1.</source>
        <translation>找不到名稱為 %1 的附件。</translation>
    </message>
    <message>
        <source>No export target given. Please use &apos;--stdout&apos; or specify an &apos;export-file&apos;.</source>
        <translation>未給予匯出目標。請使用 &apos;--stdout&apos; 或指定一項 &apos;export-file&apos;。</translation>
    </message>
    <message>
        <source>Could not open output file %1.</source>
        <translation>無法開啓輸出檔 %1。</translation>
    </message>
    <message>
        <source>Successfully exported attachment %1 of entry %2 to %3.</source>
        <translation>成功匯出附件 %1 (來自項目 %2) 至 %3。</translation>
    </message>
    <message>
        <source>Overwrite existing attachments.</source>
        <translation>覆寫已存在的附件。</translation>
    </message>
    <message>
        <source>Imports an attachment to an entry.</source>
        <translation>將附件匯入至項目。</translation>
    </message>
    <message>
        <source>Path of the entry.</source>
        <translation>項目的路徑。</translation>
    </message>
    <message>
        <source>Name of the attachment to be added.</source>
        <translation>將要加入的附件名稱。</translation>
    </message>
    <message>
        <source>Path of the attachment to be imported.</source>
        <translation>要匯入的附件路徑。</translation>
    </message>
    <message>
        <source>Attachment %1 already exists for entry %2.</source>
        <translation>附件 %1 已存在於項目 %2。</translation>
    </message>
    <message>
        <source>Could not open attachment file %1.</source>
        <translation>無法開啓附件檔 %1。</translation>
    </message>
    <message>
        <source>Successfully imported attachment %1 as %2 to entry %3.</source>
        <translation>成功匯入附件 %1 至項目 %3 的 %2。</translation>
    </message>
    <message>
        <source>Remove an attachment of an entry.</source>
        <translation>從項目移除附件。</translation>
    </message>
    <message>
        <source>Name of the attachment to be removed.</source>
        <translation>將要移除的附件名稱。</translation>
    </message>
    <message>
        <source>Successfully removed attachment %1 from entry %2.</source>
        <translation>成功從項目 %2 移除附件 %1。</translation>
    </message>
    <message>
        <source>Copy the given attribute to the clipboard. Defaults to &quot;password&quot; if not specified.</source>
        <comment>Don't translate &quot;password&quot;, it refers to the attribute.</comment>
        <translation>複製給定屬性至剪貼簿。若未指定則預設為 &quot;password&quot;。</translation>
    </message>
    <message>
        <source>Copy the current TOTP to the clipboard (equivalent to &quot;-a totp&quot;).</source>
        <translation>複製目前的 TOTP 至剪貼簿（等同於 &quot;-a totp&quot;）。</translation>
    </message>
    <message>
        <source>Must match only one entry, otherwise a list of possible matches is shown.</source>
        <translation>必須匹配單一項目，否則將以清單顯示所有可能匹配。</translation>
    </message>
    <message>
        <source>Copy an entry&apos;s attribute to the clipboard.</source>
        <translation>複製項目屬性至剪貼簿。</translation>
    </message>
    <message>
        <source>Path of the entry to clip.</source>
        <comment>clip = copy to clipboard</comment>
        <translation>欲剪輯的項目路徑。</translation>
    </message>
    <message>
        <source>Timeout before clearing the clipboard (default is %1 seconds, set to 0 for unlimited).</source>
        <translation>清除剪貼簿的逾時（預設 %1 秒，若不限制填 0）。</translation>
    </message>
    <message>
        <source>Invalid timeout value %1.</source>
        <translation>無效的超時值 %1。</translation>
    </message>
    <message>
        <source>Multiple entries matching:</source>
        <translation>多個匹配項目：</translation>
    </message>
    <message>
        <source>Using matching entry: %1</source>
        <translation>使用匹配項目：%1</translation>
    </message>
    <message>
        <source>Entry %1 not found.</source>
        <translation>項目 %1 未找到。</translation>
    </message>
    <message>
        <source>ERROR: Please specify one of --attribute or --totp, not both.</source>
        <translation>錯誤：請擇一指定 --attribute 或 --totp，不可同時使用。</translation>
    </message>
    <message>
        <source>Entry with path %1 has no TOTP set up.</source>
        <translation>路徑為 %1 的項目未設定 TOTP。</translation>
    </message>
    <message>
        <source>ERROR: attribute %1 is ambiguous, it matches %2.</source>
        <translation>錯誤：屬性 %1 有歧義，符合 %2。</translation>
    </message>
    <message>
        <source>Attribute &quot;%1&quot; not found.</source>
        <translation>找不到屬性「%1」。</translation>
    </message>
    <message>
        <source>Entry&apos;s &quot;%1&quot; attribute copied to the clipboard!</source>
        <translation>項目的「%1」屬性已複製到剪貼簿！</translation>
    </message>
    <message numerus="yes">
        <source>Clearing the clipboard in %1 second(s)...</source>
        <translation><numerusform>將於 %1 秒後清空剪貼簿...</numerusform></translation>
    </message>
    <message>
        <source>Clipboard cleared!</source>
        <translation>剪貼簿已清空！</translation>
    </message>
    <message>
        <source>Close the currently opened database.</source>
        <translation>關閉目前開啟的資料庫。</translation>
    </message>
    <message>
        <source>Display this help.</source>
        <translation>顯示此幫助。</translation>
    </message>
    <message>
        <source>Silence password prompt and other secondary outputs.</source>
        <translation>關閉密碼提示與其他輔助輸出。</translation>
    </message>
    <message>
        <source>Key file of the database.</source>
        <translation>資料庫的金鑰檔案。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路徑</translation>
    </message>
    <message>
        <source>Deactivate password key for the database.</source>
        <translation>停用資料庫的密碼金鑰。</translation>
    </message>
    <message>
        <source>Yubikey slot and optional serial used to access the database (e.g., 1:7370001).</source>
        <translation>Yubikey 槽位以及選用序號，用來存取資料庫（例如 1:7370001）。</translation>
    </message>
    <message>
        <source>slot[:serial]</source>
        <translation>槽位[:序號]</translation>
    </message>
    <message>
        <source>Missing positional argument(s).</source>
        <translation>缺少位置參數。</translation>
    </message>
    <message>
        <source>Too many arguments provided.</source>
        <translation>提供的參數過多。</translation>
    </message>
    <message>
        <source>Path of the database.</source>
        <translation>資料庫的路徑。</translation>
    </message>
    <message>
        <source>Target decryption time in MS for the database.</source>
        <translation>資料庫的目標解密時間，以「毫秒」計算。</translation>
    </message>
    <message>
        <source>time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Set the key file for the database.
This options is deprecated, use --set-key-file instead.</source>
        <translation>設定資料庫的金鑰檔案。
此選項已經棄用，請用 --set-key-file 代替。</translation>
    </message>
    <message>
        <source>Set the key file for the database.</source>
        <translation>設定資料庫的金鑰檔。</translation>
    </message>
    <message>
        <source>Set a password for the database.</source>
        <translation>設定資料庫的密碼。</translation>
    </message>
    <message>
        <source>Create a new database.</source>
        <translation>建立新群組。</translation>
    </message>
    <message>
        <source>Invalid decryption time %1.</source>
        <translation>無效的解密時間 %1。</translation>
    </message>
    <message>
        <source>Target decryption time must be between %1 and %2.</source>
        <translation>目標解密時間必須落在 %1 與 %2 之間。</translation>
    </message>
    <message>
        <source>Failed to set database password.</source>
        <translation>設定資料庫密碼失敗。</translation>
    </message>
    <message>
        <source>Loading the key file failed</source>
        <translation>載入金鑰檔案失敗</translation>
    </message>
    <message>
        <source>No key is set. Aborting database creation.</source>
        <translation>未設置金鑰。中止資料庫建立。</translation>
    </message>
    <message>
        <source>Benchmarking key derivation function for %1ms delay.</source>
        <translation>效能測試：金鑰推導函式於 %1 毫秒的延遲。</translation>
    </message>
    <message>
        <source>Setting %1 rounds for key derivation function.</source>
        <translation>為金鑰推導函式設定 %1 個回合。</translation>
    </message>
    <message>
        <source>error while setting database key derivation settings.</source>
        <translation>進行金鑰推導函式設定時出錯。</translation>
    </message>
    <message>
        <source>File %1 already exists.</source>
        <translation>檔案 %1 已存在。</translation>
    </message>
    <message>
        <source>Failed to save the database: %1.</source>
        <translation>儲存資料庫失敗：%1</translation>
    </message>
    <message>
        <source>Successfully created new database.</source>
        <translation>成功建立新資料庫。</translation>
    </message>
    <message>
        <source>Unset the password for the database.</source>
        <translation>刪除資料庫的密碼。</translation>
    </message>
    <message>
        <source>Unset the key file for the database.</source>
        <translation>刪除資料庫的金鑰檔案。</translation>
    </message>
    <message>
        <source>Edit a database.</source>
        <translation>編輯資料庫。</translation>
    </message>
    <message>
        <source>Cannot use %1 and %2 at the same time.</source>
        <translation>無法同時使用 %1 和 %2。</translation>
    </message>
    <message>
        <source>Could not change the database key.</source>
        <translation>無法更改資料庫金鑰。</translation>
    </message>
    <message>
        <source>Database was not modified.</source>
        <translation>資料庫未被修改。</translation>
    </message>
    <message>
        <source>Writing the database failed: %1</source>
        <translation>寫入資料庫失敗：%1</translation>
    </message>
    <message>
        <source>Successfully edited the database.</source>
        <translation>已成功編輯資料庫。</translation>
    </message>
    <message>
        <source>Cannot remove password: The database does not have a password.</source>
        <translation>無法刪除密碼：資料庫不含密碼。</translation>
    </message>
    <message>
        <source>Cannot remove file key: The database does not have a file key.</source>
        <translation>無法刪除檔案金鑰：資料庫不含檔案金鑰。</translation>
    </message>
    <message>
        <source>Loading the new key file failed: %1</source>
        <translation>載入新金鑰檔案失敗：%1</translation>
    </message>
    <message>
        <source>Found unexpected Key type %1</source>
        <translation>發現未預期的金鑰類型 %1</translation>
    </message>
    <message>
        <source>Cannot remove all the keys from a database.</source>
        <translation>無法從資料庫移除所有金鑰。</translation>
    </message>
    <message>
        <source>Show a database&apos;s information.</source>
        <translation>顯示資料庫資訊。</translation>
    </message>
    <message>
        <source>UUID: </source>
        <translation>UUID：</translation>
    </message>
    <message>
        <source>Name: </source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>Description: </source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Cipher: </source>
        <translation>加密法：</translation>
    </message>
    <message>
        <source>KDF: </source>
        <translation>KDF：</translation>
    </message>
    <message>
        <source>Recycle bin is enabled.</source>
        <translation>回收桶已啟用。</translation>
    </message>
    <message>
        <source>Recycle bin is not enabled.</source>
        <translation>回收桶尚未啟用。</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Database created</source>
        <translation>資料庫已建立</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>最近儲存於</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未儲存變更</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Number of groups</source>
        <translation>群組數</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>項目數</translation>
    </message>
    <message>
        <source>Number of expired entries</source>
        <translation>過期項目數</translation>
    </message>
    <message>
        <source>Unique passwords</source>
        <translation>獨特的密碼</translation>
    </message>
    <message>
        <source>Non-unique passwords</source>
        <translation>非獨特的密碼</translation>
    </message>
    <message>
        <source>Maximum password reuse</source>
        <translation>最大密碼重複使用次數</translation>
    </message>
    <message>
        <source>Number of short passwords</source>
        <translation>過短密碼數</translation>
    </message>
    <message>
        <source>Number of weak passwords</source>
        <translation>弱密碼數</translation>
    </message>
    <message>
        <source>Entries excluded from reports</source>
        <translation>從報告排除的項目</translation>
    </message>
    <message>
        <source>Average password length</source>
        <translation>平均密碼長度</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 字元</translation>
    </message>
    <message>
        <source>Word count for the diceware passphrase.</source>
        <translation>Diceware 密碼短語字數統計</translation>
    </message>
    <message>
        <source>count</source>
        <comment>CLI parameter</comment>
        <translation>計數</translation>
    </message>
    <message>
        <source>Wordlist for the diceware generator.
[Default: EFF English]</source>
        <translation>Diceware 產生器使用的字詞表。
[預設：EFF English]</translation>
    </message>
    <message>
        <source>Generate a new random diceware passphrase.</source>
        <translation>產生一組全新隨機的 Diceware 密碼短語。</translation>
    </message>
    <message>
        <source>Invalid word count %1</source>
        <translation>無效的字數統計 %1</translation>
    </message>
    <message>
        <source>The word list is too small (&lt; 1000 items)</source>
        <translation>字詞清單過小（&lt; 1000 個項目）</translation>
    </message>
    <message>
        <source>Title for the entry.</source>
        <translation>項目標題。</translation>
    </message>
    <message>
        <source>title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Edit an entry.</source>
        <translation>編輯項目。</translation>
    </message>
    <message>
        <source>Path of the entry to edit.</source>
        <translation>欲編輯的項目路徑。</translation>
    </message>
    <message>
        <source>Not changing any field for entry %1.</source>
        <translation>未更改項目 %1 的任何欄位。</translation>
    </message>
    <message>
        <source>Enter new password for entry: </source>
        <translation>為項目輸入新密碼：</translation>
    </message>
    <message>
        <source>Successfully edited entry %1.</source>
        <translation>成功編輯項目 %1。</translation>
    </message>
    <message>
        <source>Perform advanced analysis on the password.</source>
        <translation>對密碼執行高級分析。</translation>
    </message>
    <message>
        <source>Password for which to estimate the entropy.</source>
        <translation>用於估計 entropy 的密碼。</translation>
    </message>
    <message>
        <source>Estimate the entropy of a password.</source>
        <translation>估計密碼的 entropy。</translation>
    </message>
    <message>
        <source>Length %1</source>
        <translation>長度 %1</translation>
    </message>
    <message>
        <source>Entropy %1</source>
        <translation>熵值 %1</translation>
    </message>
    <message>
        <source>Log10 %1</source>
        <translation>Log10 %1</translation>
    </message>
    <message>
        <source>Multi-word extra bits %1</source>
        <translation>多字詞額外字元 %1</translation>
    </message>
    <message>
        <source>Type: Bruteforce</source>
        <translation>類型：暴力</translation>
    </message>
    <message>
        <source>Type: Dictionary</source>
        <translation>類型：字典</translation>
    </message>
    <message>
        <source>Type: Dict+Leet</source>
        <translation>類型：字典+名單</translation>
    </message>
    <message>
        <source>Type: User Words</source>
        <translation>類型：使用者字詞</translation>
    </message>
    <message>
        <source>Type: User+Leet</source>
        <translation>類型：使用者+名單</translation>
    </message>
    <message>
        <source>Type: Repeated</source>
        <translation>類型：重複</translation>
    </message>
    <message>
        <source>Type: Sequence</source>
        <translation>類型：序列</translation>
    </message>
    <message>
        <source>Type: Spatial</source>
        <translation>類型：空間</translation>
    </message>
    <message>
        <source>Type: Date</source>
        <translation>類型：日期</translation>
    </message>
    <message>
        <source>Type: Bruteforce(Rep)</source>
        <translation>類型：暴力破解(重複)</translation>
    </message>
    <message>
        <source>Type: Dictionary(Rep)</source>
        <translation>類型：字典(重複)</translation>
    </message>
    <message>
        <source>Type: Dict+Leet(Rep)</source>
        <translation>(重複)</translation>
    </message>
    <message>
        <source>Type: User Words(Rep)</source>
        <translation>類型：使用者字詞(重複)</translation>
    </message>
    <message>
        <source>Type: User+Leet(Rep)</source>
        <translation>類型：使用者+名單(重複)</translation>
    </message>
    <message>
        <source>Type: Repeated(Rep)</source>
        <translation>類型：重複(重複)</translation>
    </message>
    <message>
        <source>Type: Sequence(Rep)</source>
        <translation>類型：序列(重複)</translation>
    </message>
    <message>
        <source>Type: Spatial(Rep)</source>
        <translation>類型：空間(重複)</translation>
    </message>
    <message>
        <source>Type: Date(Rep)</source>
        <translation>類型：日期(重複)</translation>
    </message>
    <message>
        <source>Type: Unknown (%1)</source>
        <translation>類型：未知 (%1)</translation>
    </message>
    <message>
        <source>Entropy %1 (%2)</source>
        <translation>熵值 %1 (%2)</translation>
    </message>
    <message>
        <source>*** Password length (%1) != sum of length of parts (%2) ***</source>
        <translation>*** 密碼長度 (%1) != 部位長度總和 (%2) ***</translation>
    </message>
    <message>
        <source>Exit interactive mode.</source>
        <translation>離開互動模式。</translation>
    </message>
    <message>
        <source>Format to use when exporting. Available choices are &apos;xml&apos; or &apos;csv&apos;. Defaults to &apos;xml&apos;.</source>
        <translation>匯出所用的格式。可用選項為 &apos;xml&apos; 或 &apos;csv&apos;。預設為 &apos;xml&apos;。</translation>
    </message>
    <message>
        <source>Exports the content of a database to standard output in the specified format.</source>
        <translation>以指定格式匯出資料庫內容至標準輸出。</translation>
    </message>
    <message>
        <source>Unable to export database to XML: %1</source>
        <translation>無法匯出資料庫至 XML：%1</translation>
    </message>
    <message>
        <source>Unsupported format %1</source>
        <translation>不支援的格式 %1</translation>
    </message>
    <message>
        <source>Length of the generated password</source>
        <translation>產生密碼長度</translation>
    </message>
    <message>
        <source>length</source>
        <translation>長度</translation>
    </message>
    <message>
        <source>Use lowercase characters</source>
        <translation>使用小寫字母</translation>
    </message>
    <message>
        <source>Use uppercase characters</source>
        <translation>使用大寫字母</translation>
    </message>
    <message>
        <source>Use numbers</source>
        <translation>使用數字</translation>
    </message>
    <message>
        <source>Use special characters</source>
        <translation>使用特殊字元</translation>
    </message>
    <message>
        <source>Use extended ASCII</source>
        <translation> 使用延伸 ASCII 碼</translation>
    </message>
    <message>
        <source>Exclude character set</source>
        <translation>排除的字元集合</translation>
    </message>
    <message>
        <source>chars</source>
        <translation>字元</translation>
    </message>
    <message>
        <source>Use custom character set</source>
        <translation>使用自定義的字元集合</translation>
    </message>
    <message>
        <source>Exclude similar looking characters</source>
        <translation>排除相似字元</translation>
    </message>
    <message>
        <source>Include characters from every selected group</source>
        <translation>包含每個選定組中的字元</translation>
    </message>
    <message>
        <source>Generate a new random password.</source>
        <translation>產生新的隨機密碼。</translation>
    </message>
    <message>
        <source>Invalid password length %1</source>
        <translation>無效的密碼長度 %1</translation>
    </message>
    <message>
        <source>Invalid password generator after applying all options</source>
        <translation>套用所有選項的密碼產生器為無效</translation>
    </message>
    <message>
        <source>Display command help.</source>
        <translation>顯示指令幫助。</translation>
    </message>
    <message>
        <source>Available commands:</source>
        <translation>可用指令：</translation>
    </message>
    <message>
        <source>Import the contents of an XML database.</source>
        <translation>匯入 XML 資料庫的內容。</translation>
    </message>
    <message>
        <source>Path of the XML database export.</source>
        <translation>XML 資料庫匯出的路徑。</translation>
    </message>
    <message>
        <source>Path of the new database.</source>
        <translation>新資料庫的路徑。</translation>
    </message>
    <message>
        <source>Unable to import XML database: %1</source>
        <translation>無法匯入 XML 資料庫: %1</translation>
    </message>
    <message>
        <source>Successfully imported database.</source>
        <translation>成功匯入資料庫。</translation>
    </message>
    <message>
        <source>Unknown command %1</source>
        <translation>未知的指令 %1</translation>
    </message>
    <message>
        <source>

Available commands:
</source>
        <translation>

可用命令：
</translation>
    </message>
    <message>
        <source>Name of the command to execute.</source>
        <translation>要執行的命令的名稱。</translation>
    </message>
    <message>
        <source>Displays debugging information.</source>
        <translation>顯示除錯資訊。</translation>
    </message>
    <message>
        <source>Invalid command %1.</source>
        <translation>無效的指令 %1。</translation>
    </message>
    <message>
        <source>Recursively list the elements of the group.</source>
        <translation>遞迴列出組內元素。</translation>
    </message>
    <message>
        <source>Flattens the output to single lines.</source>
        <translation>將輸出壓縮至單一行。</translation>
    </message>
    <message>
        <source>List database entries.</source>
        <translation>列出資料庫項目。</translation>
    </message>
    <message>
        <source>Path of the group to list. Default is /</source>
        <translation>要列出的群組路徑。預設是 /</translation>
    </message>
    <message>
        <source>Cannot find group %1.</source>
        <translation>未找到群組 %1。</translation>
    </message>
    <message>
        <source>Use the same credentials for both database files.</source>
        <translation>對兩個資料庫檔案使用相同的認證。</translation>
    </message>
    <message>
        <source>Key file of the database to merge from.</source>
        <translation>用於合併資料庫的金鑰檔案。</translation>
    </message>
    <message>
        <source>Deactivate password key for the database to merge from.</source>
        <translation>停用合併資料庫的密碼金鑰。</translation>
    </message>
    <message>
        <source>Only print the changes detected by the merge operation.</source>
        <translation>只印出合併操作偵測到的變更。</translation>
    </message>
    <message>
        <source>Yubikey slot for the second database.</source>
        <translation>第二資料庫的 Yubikey 槽位。</translation>
    </message>
    <message>
        <source>slot</source>
        <translation>槽位</translation>
    </message>
    <message>
        <source>Merge two databases.</source>
        <translation>合併兩個資料庫。</translation>
    </message>
    <message>
        <source>Path of the database to merge from.</source>
        <translation>合併時的來源資料庫路徑。</translation>
    </message>
    <message>
        <source>Error reading merge file:
%1</source>
        <translation>讀取合併檔案錯誤：
%1</translation>
    </message>
    <message>
        <source>Unable to save database to file : %1</source>
        <translation>無法儲存資料庫至檔案：%1</translation>
    </message>
    <message>
        <source>Successfully merged %1 into %2.</source>
        <translation>成功合併 %1 至 %2。</translation>
    </message>
    <message>
        <source>Database was not modified by merge operation.</source>
        <translation>資料庫未被合併操作修改。</translation>
    </message>
    <message>
        <source>Moves an entry to a new group.</source>
        <translation>移動項目至新群組。</translation>
    </message>
    <message>
        <source>Path of the entry to move.</source>
        <translation>欲移動的項目路徑。</translation>
    </message>
    <message>
        <source>Path of the destination group.</source>
        <translation>目標群組的路徑。</translation>
    </message>
    <message>
        <source>Could not find group with path %1.</source>
        <translation>找不到路徑為 %1 的群組。</translation>
    </message>
    <message>
        <source>Entry is already in group %1.</source>
        <translation>項目已存在於群組 %1。</translation>
    </message>
    <message>
        <source>Successfully moved entry %1 to group %2.</source>
        <translation>成功移動項目 %1 至群組 %2。</translation>
    </message>
    <message>
        <source>Open a database.</source>
        <translation>開啟資料庫。</translation>
    </message>
    <message>
        <source>Path of the entry to remove.</source>
        <translation>欲移除的項目路徑。</translation>
    </message>
    <message>
        <source>Unable to save database to file: %1</source>
        <translation>無法儲存資料庫至檔案：%1</translation>
    </message>
    <message>
        <source>Successfully recycled entry %1.</source>
        <translation>成功回收項目 %1。</translation>
    </message>
    <message>
        <source>Successfully deleted entry %1.</source>
        <translation>成功刪除項目 %1。</translation>
    </message>
    <message>
        <source>Path of the group to remove.</source>
        <translation>欲移除的群組路徑。</translation>
    </message>
    <message>
        <source>Cannot remove root group from database.</source>
        <translation>無法從資料庫移除根群組。</translation>
    </message>
    <message>
        <source>Successfully recycled group %1.</source>
        <translation>成功回收群組 %1。</translation>
    </message>
    <message>
        <source>Successfully deleted group %1.</source>
        <translation>成功刪除群組 %1。</translation>
    </message>
    <message>
        <source>Find entries quickly.</source>
        <translation>快速尋找項目。</translation>
    </message>
    <message>
        <source>Search term.</source>
        <translation>搜尋條件。</translation>
    </message>
    <message>
        <source>Show the entry&apos;s current TOTP.</source>
        <translation>顯示項目目前的 TOTP。</translation>
    </message>
    <message>
        <source>Show the protected attributes in clear text.</source>
        <translation>以明文顯示被保護的屬性。</translation>
    </message>
    <message>
        <source>Show all the attributes of the entry.</source>
        <translation>顯示項目的所有屬性。</translation>
    </message>
    <message>
        <source>Show the attachments of the entry.</source>
        <translation>顯示項目的附件。</translation>
    </message>
    <message>
        <source>Names of the attributes to show. This option can be specified more than once, with each attribute shown one-per-line in the given order. If no attributes are specified, a summary of the default attributes is given.</source>
        <translation>欲顯示的屬性名稱。此選項可以多次指定，每個屬性會照順序逐行顯示。如果未指定任何屬性，則會給出預設屬性的摘要。</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>屬性</translation>
    </message>
    <message>
        <source>Show an entry&apos;s information.</source>
        <translation>顯示項目資訊。</translation>
    </message>
    <message>
        <source>Name of the entry to show.</source>
        <translation>要顯示的項目名稱。</translation>
    </message>
    <message>
        <source>ERROR: unknown attribute %1.</source>
        <translation>錯誤：未知的屬性 %1。</translation>
    </message>
    <message>
        <source>No attachments present.</source>
        <translation>沒有任何附件。</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>附件:</translation>
    </message>
    <message>
        <source>Failed to open database file %1: not found</source>
        <translation>開啟資料庫檔案 %1 失敗：查無此檔</translation>
    </message>
    <message>
        <source>Failed to open database file %1: not a plain file</source>
        <translation>開啟資料庫檔案 %1 失敗：並非檔案</translation>
    </message>
    <message>
        <source>Failed to open database file %1: not readable</source>
        <translation>開啟資料庫檔案 %1 失敗：無法讀取</translation>
    </message>
    <message>
        <source>Enter password to unlock %1: </source>
        <translation>輸入密碼以解鎖 %1： </translation>
    </message>
    <message>
        <source>Failed to load key file %1: %2</source>
        <translation>載入金鑰檔案 %1 失敗：%2</translation>
    </message>
    <message>
        <source>WARNING: You are using an old key file format which KeePassXC may
stop supporting in the future.

Please consider generating a new key file.</source>
        <translation>警告：您使用的金鑰檔案格式為舊版本，將來有可能
不再被 KeePassXC 支援。

請考慮產生一組新的金鑰檔案。</translation>
    </message>
    <message>
        <source>Invalid YubiKey slot %1</source>
        <translation>無效的 YubiKey 槽位 %1</translation>
    </message>
    <message>
        <source>Invalid YubiKey serial %1</source>
        <translation>無效的 YubiKey 序號 %1</translation>
    </message>
    <message>
        <source>Please present or touch your YubiKey to continue.</source>
        <translation>請感應或接觸您的 YubiKey 以繼續。</translation>
    </message>
    <message>
        <source>Enter password to encrypt database (optional): </source>
        <translation>輸入密碼以加密資料庫（選用）： </translation>
    </message>
    <message>
        <source>Do you want to create a database with an empty password? [y/N]: </source>
        <translation>是否要建立使用空密碼的資料庫? [y/N]: </translation>
    </message>
    <message>
        <source>Repeat password: </source>
        <translation>重複密碼：</translation>
    </message>
    <message>
        <source>Error: Passwords do not match.</source>
        <translation>錯誤：密碼不符合。</translation>
    </message>
    <message>
        <source>No program defined for clipboard manipulation</source>
        <translation>沒有為剪貼簿操作定義程式</translation>
    </message>
    <message>
        <source>All clipping programs failed. Tried %1
</source>
        <translation>所有複製程式皆失敗。嘗試 %1
</translation>
    </message>
    <message>
        <source>Creating KeyFile %1 failed: %2</source>
        <translation>建立金鑰檔案 %1 失敗：%2</translation>
    </message>
    <message>
        <source>Loading KeyFile %1 failed: %2</source>
        <translation>載入金鑰檔案 %1 失敗：%2</translation>
    </message>
    <message>
        <source>HIBP file, line %1: parse error</source>
        <translation>HIBP 檔案，欄 %1：剖析錯誤</translation>
    </message>
    <message>
        <source>To use okon, you must provide a post-processed file (e.g. file.okon)</source>
        <translation>要使用 okon，必須提供經過後處理的檔案 (e.g. file.okon)</translation>
    </message>
    <message>
        <source>Could not start okon process: %1</source>
        <translation>無法啓動 okon 程序：%1</translation>
    </message>
    <message>
        <source>Error: okon process did not finish</source>
        <translation>錯誤：okon 程序尚未結束</translation>
    </message>
    <message>
        <source>Failed to load okon processed database: %1</source>
        <translation>載入 okon 處理的資料庫失敗：%1</translation>
    </message>
    <message>
        <source>Very weak password</source>
        <translation>極弱密碼</translation>
    </message>
    <message>
        <source>Password entropy is %1 bits</source>
        <translation>密碼熵值為 %1 位元</translation>
    </message>
    <message>
        <source>Weak password</source>
        <translation>弱密碼</translation>
    </message>
    <message>
        <source>Used in %1/%2</source>
        <translation>使用於 %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>Password is used %1 time(s)</source>
        <translation><numerusform>密碼被使用 %1 次</numerusform></translation>
    </message>
    <message>
        <source>Password has expired</source>
        <translation>密碼已過期</translation>
    </message>
    <message>
        <source>Password expiry was %1</source>
        <translation>密碼過期於 %1</translation>
    </message>
    <message>
        <source>Password expires on %1</source>
        <translation>密碼於 %1 過期</translation>
    </message>
    <message>
        <source>Password is about to expire</source>
        <translation>密碼即將過期</translation>
    </message>
    <message numerus="yes">
        <source>Password expires in %1 day(s)</source>
        <translation><numerusform>密碼將於 %1 天後過期</numerusform></translation>
    </message>
    <message>
        <source>Password will expire soon</source>
        <translation>密碼不久後將過期</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Build Type: %1</source>
        <translation>建置類型：%1</translation>
    </message>
    <message>
        <source>Revision: %1</source>
        <translation>修訂版號：%1</translation>
    </message>
    <message>
        <source>Distribution: %1</source>
        <translation>發行版本：%1</translation>
    </message>
    <message>
        <source>Debugging mode is disabled.</source>
        <translation>除錯資訊已停用。</translation>
    </message>
    <message>
        <source>Debugging mode is enabled.</source>
        <translation>除錯資訊已啟用。</translation>
    </message>
    <message>
        <source>Operating system: %1
CPU architecture: %2
Kernel: %3 %4</source>
        <translation>作業系統：%1
中央處理器架構：%2
核心：%3 %4</translation>
    </message>
    <message>
        <source>Auto-Type</source>
        <translation>自動輸入</translation>
    </message>
    <message>
        <source>SSH Agent</source>
        <translation>SSH 代理</translation>
    </message>
    <message>
        <source>KeeShare</source>
        <translation>KeeShare</translation>
    </message>
    <message>
        <source>YubiKey</source>
        <translation>YubiKey</translation>
    </message>
    <message>
        <source>Quick Unlock</source>
        <translation>快速解鎖</translation>
    </message>
    <message>
        <source>Secret Service Integration</source>
        <translation>保密服務整合</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Enabled extensions:</source>
        <translation>已啟用的擴充元件：</translation>
    </message>
    <message numerus="yes">
        <source>over %1 year(s)</source>
        <translation><numerusform>超過 %1 年</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>about %1 month(s)</source>
        <translation><numerusform>大約 %1 個月</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 week(s)</source>
        <translation><numerusform>%1 周</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 day(s)</source>
        <translation><numerusform>%1 天</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 hour(s)</source>
        <translation><numerusform>%1 小時</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 minute(s)</source>
        <translation><numerusform>%1 分</numerusform></translation>
    </message>
    <message>
        <source>Botan library must be at least %1, found %2.%3.%4</source>
        <translation>Botan 函式庫必須至少為 %1，找到 %2.%3.%4</translation>
    </message>
    <message>
        <source>Cryptographic libraries:</source>
        <translation>加密函式庫：</translation>
    </message>
    <message>
        <source>AES (%1 rounds)</source>
        <translation>AES (%1 個回合)</translation>
    </message>
    <message>
        <source>Argon2%1 (%2 rounds, %3 KB)</source>
        <translation>Argon2%1 (%2 個回合, %3 KB)</translation>
    </message>
    <message>
        <source>SymmetricCipher::init: Invalid cipher mode.</source>
        <translation>SymmetricCipher::init: 無效的加密模式。</translation>
    </message>
    <message>
        <source>SymmetricCipher::init: Invalid IV size of %1 for %2.</source>
        <translation>SymmetricCipher::init: %1 的初始矩陣 (IV) 大小無效（針對 %2）。</translation>
    </message>
    <message>
        <source>Cipher not initialized prior to use.</source>
        <translation>加密使用前未初始化。</translation>
    </message>
    <message>
        <source>Cannot process 0 length data.</source>
        <translation>無法處理長度為 0 的資料。</translation>
    </message>
    <message>
        <source>unknown executable (DBus address %1)</source>
        <translation>未知的可執行檔 (DBUS 位址 %1)</translation>
    </message>
    <message>
        <source>%1 (invalid executable path)</source>
        <translation>%1 (無效的可執行檔路徑)</translation>
    </message>
    <message>
        <source>NULL device</source>
        <translation>NULL 裝置</translation>
    </message>
    <message>
        <source>error reading from device</source>
        <translation>從裝置讀取時出錯</translation>
    </message>
    <message>
        <source>file empty</source>
        <translation>檔案為空</translation>
    </message>
    <message>
        <source>malformed string</source>
        <translation>格式不正確的字串</translation>
    </message>
    <message>
        <source>missing closing quote</source>
        <translation>缺少右引號</translation>
    </message>
    <message>
        <source>%1: (row, col) %2,%3</source>
        <translation>%1: (列, 行) %2,%3</translation>
    </message>
    <message>
        <source>AES 256-bit</source>
        <translation>AES 256-bit</translation>
    </message>
    <message>
        <source>Twofish 256-bit</source>
        <translation>Twofish 256-bit</translation>
    </message>
    <message>
        <source>ChaCha20 256-bit</source>
        <translation>ChaCha20 256-bit</translation>
    </message>
    <message>
        <source>Argon2d (KDBX 4 – recommended)</source>
        <translation>Argon2d (KDBX 4 – 推薦)</translation>
    </message>
    <message>
        <source>Argon2id (KDBX 4)</source>
        <translation>Argon2id (KDBX 4)</translation>
    </message>
    <message>
        <source>AES-KDF (KDBX 4)</source>
        <translation>AES-KDF (KDBX 4)</translation>
    </message>
    <message>
        <source>AES-KDF (KDBX 3)</source>
        <translation>AES-KDF (KDBX 3)</translation>
    </message>
    <message>
        <source>Existing single-instance lock file is invalid. Launching new instance.</source>
        <translation>現有的單實例鎖定檔無效。正在啟動新實例。</translation>
    </message>
    <message>
        <source>The lock file could not be created. Single-instance mode disabled.</source>
        <translation>無法建立鎖定文件。已停用單一實例模式。</translation>
    </message>
    <message numerus="yes">
        <source>Clearing the clipboard in %1 second(s)…</source>
        <translation><numerusform>將於 %1 秒後清空剪貼簿…</numerusform></translation>
    </message>
    <message>
        <source>Group</source>
        <translation>群組</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation>TOTP</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>圖示</translation>
    </message>
    <message>
        <source>Last Modified</source>
        <translation>最後編輯</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已建立</translation>
    </message>
    <message>
        <source>Benchmark %1 delay</source>
        <translation>效能測試 %1 延遲</translation>
    </message>
    <message numerus="yes">
        <source>%1 ms</source>
        <comment>milliseconds</comment>
        <translation><numerusform>%1 毫秒</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation><numerusform>%1 秒</numerusform></translation>
    </message>
    <message>
        <source>Do you really want to delete the entry &quot;%1&quot; for good?</source>
        <translation>真的要永遠刪除項目「%1」？</translation>
    </message>
    <message numerus="yes">
        <source>Do you really want to delete %n entry(s) for good?</source>
        <translation><numerusform>真的要永遠刪除 %n 個項目？</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete entry(s)?</source>
        <translation><numerusform>刪除項目？</numerusform></translation>
    </message>
    <message>
        <source>Do you really want to move entry &quot;%1&quot; to the recycle bin?</source>
        <translation>真的要將項目「%1」移到回收桶？</translation>
    </message>
    <message numerus="yes">
        <source>Do you really want to move %n entry(s) to the recycle bin?</source>
        <translation><numerusform>真的要將 %n 個項目移到回收桶？</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Move entry(s) to recycle bin?</source>
        <translation><numerusform>移動項目到回收桶？</numerusform></translation>
    </message>
    <message>
        <source>Replace references to entry?</source>
        <translation>替換對項目的引用？</translation>
    </message>
    <message numerus="yes">
        <source>Entry &quot;%1&quot; has %2 reference(s). Do you want to overwrite references with values, skip this entry, or delete anyway?</source>
        <translation><numerusform>項目「%1」有 %2 個引用。是否要用值覆蓋引用、跳過此項目或直接刪除？</numerusform></translation>
    </message>
    <message>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Browser Statistics</source>
        <translation>瀏覽器統計</translation>
    </message>
    <message>
        <source>Health Check</source>
        <translation>健康檢查</translation>
    </message>
    <message>
        <source>HIBP</source>
        <translation>HIBP</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <source>Unsupported key file version: %1</source>
        <translation>不支援的金鑰檔案版本: %1</translation>
    </message>
    <message>
        <source>Checksum mismatch! Key file may be corrupt.</source>
        <translation>核對和不匹配！金鑰檔案可能已損壞。</translation>
    </message>
    <message>
        <source>Unexpected key file data! Key file may be corrupt.</source>
        <translation>出現未預期的金鑰檔案資料！金鑰檔案可能已損壞。</translation>
    </message>
    <message>
        <source>KeePassXC - cross-platform password manager</source>
        <translation>KeePassXC - 跨平台的密碼管理工具</translation>
    </message>
    <message>
        <source>filenames of the password databases to open (*.kdbx)</source>
        <translation>欲開啟的密碼資料庫檔名 (*.kdbx)</translation>
    </message>
    <message>
        <source>path to a custom config file</source>
        <translation>自定義設定檔的路徑</translation>
    </message>
    <message>
        <source>path to a custom local config file</source>
        <translation>本地的自定義設定檔的路徑</translation>
    </message>
    <message>
        <source>lock all open databases</source>
        <translation>鎖定所有開啟的資料庫</translation>
    </message>
    <message>
        <source>key file of the database</source>
        <translation>資料庫的金鑰檔案</translation>
    </message>
    <message>
        <source>read password of the database from stdin</source>
        <translation>從 stdin 讀取資料庫密碼</translation>
    </message>
    <message>
        <source>Locked databases.</source>
        <translation>已鎖定的資料庫。</translation>
    </message>
    <message>
        <source>Database failed to lock.</source>
        <translation>資料庫鎖定失敗。</translation>
    </message>
    <message>
        <source>Another instance of KeePassXC is already running.</source>
        <translation>其他 KeePassXC 程式正在運行中。</translation>
    </message>
    <message>
        <source>KeePassXC is not running. No open database to lock</source>
        <translation>KeePassXC 並未執行。沒有已開啟的資料庫要鎖定</translation>
    </message>
    <message>
        <source>Fatal error while testing the cryptographic functions.</source>
        <translation>測試加密函數時發生重大錯誤。</translation>
    </message>
    <message>
        <source>KeePassXC - Error</source>
        <translation>KeePassXC - 錯誤</translation>
    </message>
    <message>
        <source>Database password: </source>
        <translation>資料庫密碼：</translation>
    </message>
    <message>
        <source>Invalid Settings</source>
        <comment>TOTP</comment>
        <translation>無效的設定</translation>
    </message>
    <message>
        <source>Invalid Key</source>
        <comment>TOTP</comment>
        <translation>無效的金鑰</translation>
    </message>
    <message>
        <source>Failed to create Windows Hello credential.</source>
        <translation>建立 Windows Hello 憑證失敗。</translation>
    </message>
    <message>
        <source>Failed to sign challenge using Windows Hello.</source>
        <translation>使用 Windows Hello 簽署挑戰失敗。</translation>
    </message>
    <message>
        <source>Warning: Failed to block screenshot capture on a top-level window.</source>
        <translation>警告：於頂層視窗阻擋螢幕截取失敗。</translation>
    </message>
    <message>
        <source>Invalid Cipher</source>
        <translation>無效的加密法</translation>
    </message>
    <message>
        <source>Invalid KDF</source>
        <translation>無效的 KDF</translation>
    </message>
    <message>
        <source>Access to all entries is denied</source>
        <translation>存取所有項目被拒絕</translation>
    </message>
    <message>
        <source>allow screenshots and app recording (Windows/macOS)</source>
        <translation>允許螢幕截圖與錄製 (Windows/macOS)</translation>
    </message>
    <message>
        <source>AES initialization failed</source>
        <translation>AES 初始化失敗</translation>
    </message>
    <message>
        <source>AES encrypt failed</source>
        <translation>AES 加密失敗</translation>
    </message>
    <message>
        <source>Failed to store in Linux Keyring</source>
        <translation>儲存至 Linux 鑰匙圈失敗</translation>
    </message>
    <message>
        <source>Could not locate key in keyring</source>
        <translation>無法定位鑰匙圈內的金鑰</translation>
    </message>
    <message>
        <source>Could not read key in keyring</source>
        <translation>無法讀取鑰匙圈內的金鑰</translation>
    </message>
    <message>
        <source>AES decrypt failed</source>
        <translation>AES 解密失敗</translation>
    </message>
    <message>
        <source>No Polkit authentication agent was available</source>
        <translation>沒有可用的 Polkit 認證代理</translation>
    </message>
    <message>
        <source>Polkit authorization failed</source>
        <translation>Polkit 認證失敗</translation>
    </message>
    <message>
        <source>No Quick Unlock provider is available</source>
        <translation>沒有可用的快速解鎖提供者</translation>
    </message>
    <message>
        <source>Polkit returned an error: %1</source>
        <translation>Polkit 回傳錯誤：%1</translation>
    </message>
    <message>
        <source>Failed to init KeePassXC crypto.</source>
        <translation>初始化 KeePassXC 加密失敗。</translation>
    </message>
    <message>
        <source>Failed to encrypt key data.</source>
        <translation>加密金鑰資料失敗。</translation>
    </message>
    <message>
        <source>Failed to get Windows Hello credential.</source>
        <translation>獲取 Windows Hello 憑證失敗。</translation>
    </message>
    <message>
        <source>Failed to decrypt key data.</source>
        <translation>解密金鑰資料失敗。</translation>
    </message>
    <message>
        <source>Passkeys</source>
        <translation>Passkey</translation>
    </message>
</context>
<context>
    <name>QtIOCompressor</name>
    <message>
        <source>Internal zlib error when compressing: </source>
        <translation>壓縮時出現內部 zlib 錯誤: </translation>
    </message>
    <message>
        <source>Error writing to underlying device: </source>
        <translation>寫入底層裝置時出錯: </translation>
    </message>
    <message>
        <source>Error opening underlying device: </source>
        <translation>開啟底層裝置時出錯: </translation>
    </message>
    <message>
        <source>Error reading data from underlying device: </source>
        <translation>從底層裝置讀取資料時出錯: </translation>
    </message>
    <message>
        <source>Internal zlib error when decompressing: </source>
        <translation>解壓縮時出現內部 zlib 錯誤: </translation>
    </message>
</context>
<context>
    <name>QtIOCompressor::open</name>
    <message>
        <source>The gzip format not supported in this version of zlib.</source>
        <translation>此版本的 zlib 不支援 gzip 格式。</translation>
    </message>
    <message>
        <source>Internal zlib error: </source>
        <translation>內部 zlib 錯誤: </translation>
    </message>
</context>
<context>
    <name>ReportsWidgetBrowserStatistics</name>
    <message>
        <source>Double-click entries to edit.</source>
        <translation>雙擊項目以編輯。</translation>
    </message>
    <message>
        <source>List of entry URLs</source>
        <translation>項目 URL 清單</translation>
    </message>
    <message>
        <source>Entry has no URLs set</source>
        <translation>項目未設置 URL</translation>
    </message>
    <message>
        <source>Allowed URLs</source>
        <translation>允許的 URL</translation>
    </message>
    <message>
        <source>Entry has no Browser Integration settings</source>
        <translation>項目沒有瀏覽器整合設置</translation>
    </message>
    <message>
        <source>Denied URLs</source>
        <translation>禁止的 URL</translation>
    </message>
    <message>
        <source> (Excluded)</source>
        <translation> （已排除）</translation>
    </message>
    <message>
        <source>This entry is being excluded from reports</source>
        <translation>此項目已從報告排除</translation>
    </message>
    <message>
        <source>Please wait, browser statistics is being calculated…</source>
        <translation>請稍候，正在計算瀏覽器統計數據…</translation>
    </message>
    <message>
        <source>No entries with a URL, or none has browser extension settings saved.</source>
        <translation>沒有項目包含 URL 或者保存了瀏覽器擴充設置。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路徑</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Edit Entry…</source>
        <translation>編輯項目…</translation>
    </message>
    <message numerus="yes">
        <source>Delete Entry(s)…</source>
        <translation><numerusform>刪除項目…</numerusform></translation>
    </message>
    <message>
        <source>Exclude from reports</source>
        <translation>從報告排除</translation>
    </message>
    <message>
        <source>Only show entries that have a URL</source>
        <translation>只顯示含有 URL 的項目</translation>
    </message>
    <message>
        <source>Only show entries that have been explicitly allowed or denied</source>
        <translation>只顯示明確允許或拒絕的項目</translation>
    </message>
    <message>
        <source>Show expired entries</source>
        <translation>顯示過期項目</translation>
    </message>
    <message>
        <source> (Expired)</source>
        <translation>（過期）</translation>
    </message>
</context>
<context>
    <name>ReportsWidgetHealthcheck</name>
    <message>
        <source>Hover over reason to show additional details. Double-click entries to edit.</source>
        <translation>將游標懸浮於原因以顯示額外詳情。雙擊項目可編輯。</translation>
    </message>
    <message>
        <source>Bad</source>
        <comment>Password quality</comment>
        <translation>糟糕</translation>
    </message>
    <message>
        <source>Bad — password must be changed</source>
        <translation>糟糕 — 密碼必須更改</translation>
    </message>
    <message>
        <source>Poor</source>
        <comment>Password quality</comment>
        <translation>極弱</translation>
    </message>
    <message>
        <source>Poor — password should be changed</source>
        <translation>極弱 — 密碼應該更改</translation>
    </message>
    <message>
        <source>Weak</source>
        <comment>Password quality</comment>
        <translation>較弱</translation>
    </message>
    <message>
        <source>Weak — consider changing the password</source>
        <translation>較弱 — 可考慮更改密碼</translation>
    </message>
    <message>
        <source> (Excluded)</source>
        <translation> （已排除）</translation>
    </message>
    <message>
        <source>This entry is being excluded from reports</source>
        <translation>此項目已從報告排除</translation>
    </message>
    <message>
        <source>Please wait, health data is being calculated…</source>
        <translation>請稍候，正在計算健康資料…</translation>
    </message>
    <message>
        <source>Congratulations, everything is healthy!</source>
        <translation>恭喜，所有項目皆正常！</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路徑</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分數</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Edit Entry…</source>
        <translation>編輯項目…</translation>
    </message>
    <message numerus="yes">
        <source>Delete Entry(s)…</source>
        <translation><numerusform>刪除項目…</numerusform></translation>
    </message>
    <message>
        <source>Exclude from reports</source>
        <translation>從報告排除</translation>
    </message>
    <message>
        <source>Show expired entries</source>
        <translation>顯示過期項目</translation>
    </message>
    <message>
        <source>Show entries that have been excluded from reports</source>
        <translation>顯示已從報告中排除的項目</translation>
    </message>
    <message>
        <source> (Expired)</source>
        <translation>（過期）</translation>
    </message>
</context>
<context>
    <name>ReportsWidgetHibp</name>
    <message>
        <source>CAUTION: This report requires sending information to the Have I Been Pwned online service (https://haveibeenpwned.com). If you proceed, your database passwords will be cryptographically hashed and the first five characters of those hashes will be sent securely to this service. Your database remains secure and cannot be reconstituted from this information. However, the number of passwords you send and your IP address will be exposed to this service.</source>
        <translation>注意：此報告需要傳送資訊至 Have I Been Pwned 線上服務 (https://haveibeenpwned.com)。若您選擇繼續，將計算您資料庫內密碼的加密雜湊值，並以安全連線傳送雜湊值前五個字元至此服務。從傳送資料沒辦法推算您的密碼，您的資料庫將安全無虞。但是，您傳送的密碼總數以及 IP 位址將會暴露給此服務。</translation>
    </message>
    <message>
        <source>Perform Online Analysis</source>
        <translation>執行線上分析</translation>
    </message>
    <message>
        <source>Also show entries that have been excluded from reports</source>
        <translation>也顯示已從報告排除的項目</translation>
    </message>
    <message>
        <source>This build of KeePassXC does not have network functions. Networking is required to check your passwords against Have I Been Pwned databases.</source>
        <translation>此 KeePassXC 建置版本未包含網路功能。需要網路功能才能向 Have I Been Pwned 資料庫檢查您的密碼。</translation>
    </message>
    <message>
        <source>Congratulations, no exposed passwords!</source>
        <translation>恭喜，沒有任何泄露的密碼！</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路徑</translation>
    </message>
    <message>
        <source>Password exposed…</source>
        <translation>已泄露的密碼…</translation>
    </message>
    <message>
        <source> (Excluded)</source>
        <translation> （已排除）</translation>
    </message>
    <message>
        <source>This entry is being excluded from reports</source>
        <translation>此項目已從報告排除</translation>
    </message>
    <message>
        <source>once</source>
        <comment>Password exposure amount</comment>
        <translation>一次</translation>
    </message>
    <message>
        <source>up to 10 times</source>
        <comment>Password exposure amount</comment>
        <translation>多達 10 次</translation>
    </message>
    <message>
        <source>up to 100 times</source>
        <comment>Password exposure amount</comment>
        <translation>多達 100 次</translation>
    </message>
    <message>
        <source>up to 1000 times</source>
        <comment>Password exposure amount</comment>
        <translation>多達 1000 次</translation>
    </message>
    <message>
        <source>up to 10,000 times</source>
        <comment>Password exposure amount</comment>
        <translation>多達 10,000 次</translation>
    </message>
    <message>
        <source>up to 100,000 times</source>
        <comment>Password exposure amount</comment>
        <translation>多達 100,000 次</translation>
    </message>
    <message>
        <source>up to a million times</source>
        <comment>Password exposure amount</comment>
        <translation>多達一百萬次</translation>
    </message>
    <message>
        <source>millions of times</source>
        <comment>Password exposure amount</comment>
        <translation>數百萬次</translation>
    </message>
    <message>
        <source>Edit Entry…</source>
        <translation>編輯項目…</translation>
    </message>
    <message numerus="yes">
        <source>Delete Entry(s)…</source>
        <translation><numerusform>刪除項目…</numerusform></translation>
    </message>
    <message>
        <source>Exclude from reports</source>
        <translation>從報告排除</translation>
    </message>
</context>
<context>
    <name>ReportsWidgetPasskeys</name>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>List of entry URLs</source>
        <translation>項目 URL 清單</translation>
    </message>
    <message>
        <source>Please wait, list of entries with Passkeys is being updated…</source>
        <translation>請稍後，正在更新包含 Passkey 的項目清單…</translation>
    </message>
    <message>
        <source>No entries with Passkeys.</source>
        <translation>無包含 Passkey 的項目。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路徑</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Edit Entry…</source>
        <translation>編輯項目…</translation>
    </message>
    <message numerus="yes">
        <source>Delete Entry(s)…</source>
        <translation><numerusform>刪除項目…</numerusform></translation>
    </message>
    <message>
        <source>Relying Party</source>
        <translation>依賴方</translation>
    </message>
    <message>
        <source>Show expired entries</source>
        <translation>顯示過期項目</translation>
    </message>
    <message>
        <source> (Expired)</source>
        <translation>（過期）</translation>
    </message>
</context>
<context>
    <name>ReportsWidgetStatistics</name>
    <message>
        <source>Hover over lines with error icons for further information.</source>
        <translation>將游標懸浮於錯誤圖示出現的欄位，可獲得更多資訊。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Please wait, database statistics are being calculated…</source>
        <translation>請稍候，正在計算資料庫統計數據…</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>資料庫名稱</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Database created</source>
        <translation>資料庫已建立</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>最近儲存於</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未儲存變更</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>The database was modified, but the changes have not yet been saved to disk.</source>
        <translation>資料庫已被更改，但變更尚未被儲存至磁碟。</translation>
    </message>
    <message>
        <source>Number of groups</source>
        <translation>群組數</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>項目數</translation>
    </message>
    <message>
        <source>Number of expired entries</source>
        <translation>過期項目數</translation>
    </message>
    <message>
        <source>The database contains entries that have expired.</source>
        <translation>資料庫包含已過期的項目。</translation>
    </message>
    <message>
        <source>Unique passwords</source>
        <translation>獨特的密碼</translation>
    </message>
    <message>
        <source>Non-unique passwords</source>
        <translation>非獨特的密碼</translation>
    </message>
    <message>
        <source>More than 10% of passwords are reused. Use unique passwords when possible.</source>
        <translation>超過 10% 的密碼被重複使用。請盡可能使用獨一無二的密碼。</translation>
    </message>
    <message>
        <source>Maximum password reuse</source>
        <translation>最大密碼重複使用次數</translation>
    </message>
    <message>
        <source>Some passwords are used more than three times. Use unique passwords when possible.</source>
        <translation>某些密碼被使用超過三次以上。請盡可能使用獨一無二的密碼。</translation>
    </message>
    <message>
        <source>Number of short passwords</source>
        <translation>過短密碼數</translation>
    </message>
    <message>
        <source>Recommended minimum password length is at least 8 characters.</source>
        <translation>建議最短密碼長度為至少 8 個字元。</translation>
    </message>
    <message>
        <source>Number of weak passwords</source>
        <translation>弱密碼數</translation>
    </message>
    <message>
        <source>Recommend using long, randomized passwords with a rating of &apos;good&apos; or &apos;excellent&apos;.</source>
        <translation>建議使用足夠長度、亂度，且評價為「較好」或「極好」的密碼。</translation>
    </message>
    <message>
        <source>Entries excluded from reports</source>
        <translation>從報告排除的項目</translation>
    </message>
    <message>
        <source>Excluding entries from reports, e. g. because they are known to have a poor password, isn&apos;t necessarily a problem but you should keep an eye on them.</source>
        <translation>從報告排除項目（比如說，密碼較弱也沒關係）不一定會造成問題，但是，您仍應該不時留意這些項目。</translation>
    </message>
    <message>
        <source>Average password length</source>
        <translation>平均密碼長度</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 字元</translation>
    </message>
    <message>
        <source>Average password length is less than ten characters. Longer passwords provide more security.</source>
        <translation>平均密碼長度小於 10 個字元。密碼越長，能提供的保護越多。</translation>
    </message>
</context>
<context>
    <name>SSHAgent</name>
    <message>
        <source>Agent connection failed.</source>
        <translation>代理連線失敗。</translation>
    </message>
    <message>
        <source>Agent protocol error.</source>
        <translation>代理協議錯誤。</translation>
    </message>
    <message>
        <source>No agent running, cannot add identity.</source>
        <translation>代理尚未執行，無法加入身份。</translation>
    </message>
    <message>
        <source>Key identity ownership conflict. Refusing to add.</source>
        <translation>金鑰身份擁有權發生衝突。拒絕加入。</translation>
    </message>
    <message>
        <source>Agent refused this identity. Possible reasons include:</source>
        <translation>代理拒絕此身份。可能的原因包括：</translation>
    </message>
    <message>
        <source>The key has already been added.</source>
        <translation>金鑰已經加入。</translation>
    </message>
    <message>
        <source>Restricted lifetime is not supported by the agent (check options).</source>
        <translation>代理並未支援受限制的生命周期（請檢查選項）。</translation>
    </message>
    <message>
        <source>A confirmation request is not supported by the agent (check options).</source>
        <translation>代理並未支援確認請求（請檢查選項）。</translation>
    </message>
    <message>
        <source>Security keys are not supported by the agent or the security key provider is unavailable.</source>
        <translation>代理未支援安全金鑰，或是沒有可用的安全金鑰提供者。</translation>
    </message>
    <message>
        <source>No agent running, cannot remove identity.</source>
        <translation>代理尚未執行，無法移除身份。</translation>
    </message>
    <message>
        <source>No agent running, cannot list identities.</source>
        <translation>代理尚未執行，無法列舉身份。</translation>
    </message>
</context>
<context>
    <name>SearchHelpWidget</name>
    <message>
        <source>Search Help</source>
        <translation>搜尋幫助</translation>
    </message>
    <message>
        <source>Search terms are as follows: [modifiers][field:][&quot;]term[&quot;]</source>
        <translation>搜尋條件如下所示：[修飾子][欄位:][&quot;]條件[&quot;]</translation>
    </message>
    <message>
        <source>Every search term must match (ie, logical AND)</source>
        <translation>必須符合所有搜尋條件（即邏輯 AND）</translation>
    </message>
    <message>
        <source>Modifiers</source>
        <translation>修飾子</translation>
    </message>
    <message>
        <source>exclude term from results</source>
        <translation>從結果排除條件</translation>
    </message>
    <message>
        <source>match term exactly</source>
        <translation>完全匹配條件</translation>
    </message>
    <message>
        <source>use regex in term</source>
        <translation>條件使用 regex 正規表示式</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Term Wildcards</source>
        <translation>條件通配符</translation>
    </message>
    <message>
        <source>match anything</source>
        <translation>任意匹配</translation>
    </message>
    <message>
        <source>match one</source>
        <translation>匹配一組</translation>
    </message>
    <message>
        <source>logical OR</source>
        <translation>邏輯 OR</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>範例</translation>
    </message>
</context>
<context>
    <name>SearchWidget</name>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Search Help</source>
        <translation>搜尋幫助</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>儲存搜索</translation>
    </message>
    <message>
        <source>Search (%1)…</source>
        <comment>Search placeholder text, %1 is the keyboard shortcut</comment>
        <translation>搜尋 (%1)…</translation>
    </message>
    <message>
        <source>Case sensitive</source>
        <translation>區分大小寫</translation>
    </message>
    <message>
        <source>Limit search to selected group</source>
        <translation>限制只搜尋選定的群組</translation>
    </message>
</context>
<context>
    <name>SettingsClientModel</name>
    <message>
        <source>Application</source>
        <translation>應用程式</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>DBus Address</source>
        <translation>DBus 位址</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>管理</translation>
    </message>
</context>
<context>
    <name>SettingsDatabaseModel</name>
    <message>
        <source>File Name</source>
        <translation>檔案名稱</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>群組</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>管理</translation>
    </message>
</context>
<context>
    <name>SettingsWidgetFdoSecrets</name>
    <message>
        <source>Options</source>
        <translation>選項</translation>
    </message>
    <message>
        <source>Enable KeepassXC Freedesktop.org Secret Service integration</source>
        <translation>啟用 KeepassXC 與 Freedesktop.org 保密服務的整合</translation>
    </message>
    <message>
        <source>General</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>Show notification when passwords are retrieved by clients</source>
        <translation>客戶端收到密碼時顯示通知</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;If enabled, any attempt to read a password must be confirmed. Otherwise, clients can read passwords without confirmation when the database is unlocked.&lt;/p&gt;&lt;p&gt;This option only covers the access to the password of an entry. Clients can always enumerate the items of exposed databases and query their attributes.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;啓用後，任何讀取密碼的嘗試都需要經過確認。若否，客戶端在資料庫解鎖後可直接讀取密碼，無需確認。&lt;/p&gt;&lt;p&gt;此選項只對項目的密碼有效。客戶端仍可直接操作已開放的資料庫：列舉項目、查詢項目屬性。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Confirm when passwords are retrieved by clients</source>
        <translation>客戶端收到密碼時確認</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot;
           font-family:'-apple-system','BlinkMacSystemFont','Segoe UI','Helvetica','Arial','sans-serif','Apple Color
           Emoji','Segoe UI Emoji'; font-size:14px; color:#24292e; background-color:#ffffff;&quot;&gt;This setting does
           not override disabling recycle bin prompts&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;
          </source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot;
           font-family:&apos;-apple-system&apos;,&apos;BlinkMacSystemFont&apos;,&apos;Segoe UI&apos;,&apos;Helvetica&apos;,&apos;Arial&apos;,&apos;sans-serif&apos;,&apos;Apple Color
           Emoji&apos;,&apos;Segoe UI Emoji&apos;; font-size:14px; color:#24292e; background-color:#ffffff;&quot;&gt;此設定不會
           覆蓋取消回收桶提示&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;
          </translation>
    </message>
    <message>
        <source>Confirm when clients request entry deletion</source>
        <translation>客戶端要求刪除項目時確認</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This improves compatibility with certain applications
           which search for password without unlocking the database first.&lt;/p&gt;&lt;p&gt;But enabling this may also
           crash the client if the database can not be unlocked within a certain timeout. (Usually 25s, but may be a
           different value set in applications.)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;
          </source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;針對在搜尋密碼前不先解鎖資料庫的特定應用，
           此選項將提高其相容性。&lt;/p&gt;&lt;p&gt;但啟用後，
           若資料庫無法在一定時間內解鎖（通常為 25 秒，但此值
           可能因應用程式的設定而有異），有可能導致客戶端崩潰。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;
          </translation>
    </message>
    <message>
        <source>Prompt to unlock database before searching</source>
        <translation>搜尋前提示解鎖資料庫</translation>
    </message>
    <message>
        <source>Exposed database groups:</source>
        <translation>開放的資料庫群組：</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>認證</translation>
    </message>
    <message>
        <source>These applications are currently connected:</source>
        <translation>目前已連結的應用程式：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; </source>
        <translation>&lt;b&gt;警告：&lt;/b&gt; </translation>
    </message>
    <message>
        <source>Save current changes to activate the plugin and enable editing of this section.</source>
        <translation>儲存目前變更，以啟用插件並編輯此區域。</translation>
    </message>
</context>
<context>
    <name>SettingsWidgetKeeShare</name>
    <message>
        <source>Active</source>
        <translation>作用項</translation>
    </message>
    <message>
        <source>Allow KeeShare imports</source>
        <translation>允許 KeeShare 匯入</translation>
    </message>
    <message>
        <source>Allow import</source>
        <translation>允許匯入</translation>
    </message>
    <message>
        <source>Allow KeeShare exports</source>
        <translation>允許 KeeShare 匯出</translation>
    </message>
    <message>
        <source>Allow export</source>
        <translation>允許匯出</translation>
    </message>
    <message>
        <source>Only show warnings and errors</source>
        <translation>只顯示警告與錯誤</translation>
    </message>
    <message>
        <source>Own certificate</source>
        <translation>自帶證書</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>簽署者：</translation>
    </message>
    <message>
        <source>Generate new certificate</source>
        <translation>產生新證書</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>產生</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>指紋：</translation>
    </message>
    <message>
        <source>Signer name field</source>
        <translation>簽署者名稱欄位</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指紋</translation>
    </message>
</context>
<context>
    <name>ShareExport</name>
    <message>
        <source>Could not write export container.</source>
        <translation>無法寫入匯出容器。</translation>
    </message>
</context>
<context>
    <name>ShareImport</name>
    <message>
        <source>Successful import</source>
        <translation>成功匯入</translation>
    </message>
</context>
<context>
    <name>ShareObserver</name>
    <message>
        <source>Import from %1 failed (%2)</source>
        <translation>從 %1 匯入失敗 (%2)</translation>
    </message>
    <message>
        <source>Import from %1 successful (%2)</source>
        <translation>從 %1 匯入成功 (%2)</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>從 %1 匯入</translation>
    </message>
    <message>
        <source>Multiple import source path to %1 in %2</source>
        <translation>多個匯入來源路徑至 %1，位於 %2</translation>
    </message>
    <message>
        <source>Conflicting export target path %1 in %2</source>
        <translation>衝突的匯出目標路徑 %1，位於 %2</translation>
    </message>
    <message>
        <source>Export to %1 failed (%2)</source>
        <translation>匯出至 %1 失敗 (%2)</translation>
    </message>
    <message>
        <source>Export to %1 successful (%2)</source>
        <translation>匯出至 %1 成功 (%2)</translation>
    </message>
    <message>
        <source>Export to %1</source>
        <translation>匯出至 %1</translation>
    </message>
</context>
<context>
    <name>TagModel</name>
    <message>
        <source>Clear Search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>All Entries</source>
        <translation>所有項目</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <source>Weak Passwords</source>
        <translation>弱密碼</translation>
    </message>
</context>
<context>
    <name>TagView</name>
    <message>
        <source>Remove Search</source>
        <translation>移除搜索</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>移除標籤</translation>
    </message>
    <message>
        <source>Confirm Remove Tag</source>
        <translation>確認移除標籤</translation>
    </message>
    <message>
        <source>Remove tag &quot;%1&quot; from all entries in this database?</source>
        <translation>要移除資料庫中所有項目包含的「%1」標籤嗎？</translation>
    </message>
</context>
<context>
    <name>TotpDialog</name>
    <message>
        <source>Timed Password</source>
        <translation>定時型密碼</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message numerus="yes">
        <source>Expires in &lt;b&gt;%n&lt;/b&gt; second(s)</source>
        <translation><numerusform>&lt;b&gt;%n&lt;/b&gt; 秒後過期</numerusform></translation>
    </message>
</context>
<context>
    <name>TotpExportSettingsDialog</name>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>NOTE: These TOTP settings are custom and may not work with other authenticators.</source>
        <comment>TOTP QR code dialog warning</comment>
        <translation>注意：這些 TOTP 設定為自定義項目，可能無法與其他驗証器一起使用。</translation>
    </message>
    <message>
        <source>There was an error creating the QR code.</source>
        <translation>建立 QR 碼時出現錯誤。</translation>
    </message>
    <message>
        <source>Closing in %1 seconds.</source>
        <translation>將於 %1 秒後關閉。</translation>
    </message>
</context>
<context>
    <name>TotpSetupDialog</name>
    <message>
        <source>Setup TOTP</source>
        <translation>設置 TOTP</translation>
    </message>
    <message>
        <source>Secret Key:</source>
        <translation>私密金鑰：</translation>
    </message>
    <message>
        <source>Secret key must be in Base32 format</source>
        <translation>私密金鑰必須為 Base32 格式</translation>
    </message>
    <message>
        <source>Secret key field</source>
        <translation>私密金鑰欄位</translation>
    </message>
    <message>
        <source>Default settings (RFC 6238)</source>
        <translation>預設設定 (RFC 6238)</translation>
    </message>
    <message>
        <source>Steam® settings</source>
        <translation>Steam® 設定</translation>
    </message>
    <message>
        <source>Custom settings:</source>
        <translation>自定義設定：</translation>
    </message>
    <message>
        <source>Custom Settings</source>
        <translation>自定義設定</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>演算法：</translation>
    </message>
    <message>
        <source>Time step:</source>
        <translation>時間間隔：</translation>
    </message>
    <message>
        <source>Time step field</source>
        <translation>時間間隔欄位</translation>
    </message>
    <message>
        <source> sec</source>
        <comment>Seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Code size:</source>
        <translation>代碼長度：</translation>
    </message>
    <message>
        <source> digits</source>
        <translation> 位數</translation>
    </message>
    <message>
        <source>Invalid TOTP Secret</source>
        <translation>無效的 TOTP 私鑰</translation>
    </message>
    <message>
        <source>You have entered an invalid secret key. The key must be in Base32 format.
Example: JBSWY3DPEHPK3PXP</source>
        <translation>您輸入的私密金鑰無效。金鑰必須為 Base32 格式。
範例：JBSWY3DPEHPK3PXP</translation>
    </message>
    <message>
        <source>Confirm Remove TOTP Settings</source>
        <translation>確認移除 TOTP 設定</translation>
    </message>
    <message>
        <source>Are you sure you want to delete TOTP settings for this entry?</source>
        <translation>您確定要刪除此項目的 TOTP 設定？</translation>
    </message>
</context>
<context>
    <name>URLEdit</name>
    <message>
        <source>Invalid URL</source>
        <translation>無效的 URL</translation>
    </message>
</context>
<context>
    <name>UpdateCheckDialog</name>
    <message>
        <source>Checking for updates</source>
        <translation>正在檢查更新</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation>正在檢查更新…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Software Update</source>
        <translation>軟體更新</translation>
    </message>
    <message>
        <source>An error occurred when trying to retrieve update information, please try again later.</source>
        <translation>嘗試獲取更新資訊時發生錯誤，請稍後再試。</translation>
    </message>
    <message>
        <source>&lt;strong&gt;A new version is available.&lt;/strong&gt;&lt;br/&gt;KeePassXC %1 can be &lt;a href=&quot;https://keepassxc.org/download/&quot;&gt;downloaded here&lt;/a&gt;.</source>
        <translation>&lt;strong&gt;有新版本可用。&lt;/strong&gt;&lt;br/&gt;KeePassXC %1 可以&lt;a href=&quot;https://keepassxc.org/download/&quot;&gt;在此下載&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>You have the latest version of KeePassXC</source>
        <translation>您有最新版本的 KeePassXC</translation>
    </message>
</context>
<context>
    <name>WelcomeWidget</name>
    <message>
        <source>Start storing your passwords securely in a KeePassXC database</source>
        <translation>從現在開始，將您的密碼安全地保存到 KeePassXC 資料庫</translation>
    </message>
    <message>
        <source>Create new database</source>
        <translation>建立新資料庫</translation>
    </message>
    <message>
        <source>Open existing database</source>
        <translation>開啟現有資料庫</translation>
    </message>
    <message>
        <source>Import from KeePass 1</source>
        <translation>從 KeePass 1 匯入</translation>
    </message>
    <message>
        <source>Import from 1Password</source>
        <translation>從 1Password 匯入</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>從 CSV 匯入</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>近期的資料庫</translation>
    </message>
    <message>
        <source>Open a recent database</source>
        <translation>開啟一個近期的資料庫</translation>
    </message>
    <message>
        <source>Welcome to KeePassXC %1</source>
        <translation>歡迎來到 KeePassXC %1</translation>
    </message>
</context>
<context>
    <name>WinUtils</name>
    <message>
        <source>Invalid key code</source>
        <translation>無效的金鑰編碼</translation>
    </message>
    <message>
        <source>Global shortcut already registered to %1</source>
        <translation>全域快捷鍵已經註冊至 %1</translation>
    </message>
    <message>
        <source>Could not register global shortcut</source>
        <translation>無法註冊全域快捷鍵</translation>
    </message>
</context>
<context>
    <name>YubiKey</name>
    <message>
        <source>%1 No interface, slot %2</source>
        <translation>%1 無介面，插槽 %2</translation>
    </message>
    <message>
        <source>General: </source>
        <translation>一般：</translation>
    </message>
    <message>
        <source>Could not find interface for hardware key with serial number %1. Please connect it to continue.</source>
        <translation>找不到與流水號為 %1 的硬體金鑰對應的介面。請將它連接後繼續。</translation>
    </message>
</context>
<context>
    <name>YubiKeyEditWidget</name>
    <message>
        <source>Refresh hardware tokens</source>
        <translation>更新硬體令牌</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Hardware key slot selection</source>
        <translation>硬體金鑰槽位選擇</translation>
    </message>
    <message>
        <source>Could not find any hardware keys!</source>
        <translation>找不到任何硬體金鑰！</translation>
    </message>
    <message>
        <source>Selected hardware key slot does not support challenge-response!</source>
        <translation>所選的硬體金鑰槽位不支援挑戰應答！</translation>
    </message>
    <message>
        <source>Challenge-Response</source>
        <translation>挑戰應答</translation>
    </message>
    <message>
        <source>Add Challenge-Response</source>
        <translation>加入挑戰應答</translation>
    </message>
    <message>
        <source>Change Challenge-Response</source>
        <translation>更改挑戰應答</translation>
    </message>
    <message>
        <source>Remove Challenge-Response</source>
        <translation>移除挑戰應答</translation>
    </message>
    <message>
        <source>Challenge-Response set, click to change or remove</source>
        <translation>挑戰應答已設定，點擊更改或移除</translation>
    </message>
    <message>
        <source>&lt;p&gt;If you own a &lt;a href=&quot;https://www.yubico.com/&quot;&gt;YubiKey&lt;/a&gt; or &lt;a href=&quot;https://onlykey.io&quot;&gt;OnlyKey&lt;/a&gt;, you can use it for additional security.&lt;/p&gt;&lt;p&gt;The key requires one of its slots to be programmed as &lt;a href=&quot;https://www.yubico.com/products/services-software/challenge-response/&quot;&gt;HMAC-SHA1 Challenge-Response&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;若您擁有 &lt;a href=&quot;https://www.yubico.com/&quot;&gt;YubiKey&lt;/a&gt; 或 &lt;a href=&quot;https://onlykey.io&quot;&gt;OnlyKey&lt;/a&gt;，可以用它獲得額外保護。&lt;/p&gt;&lt;p&gt;需要將鑰匙其中一個槽位設置為 &lt;a href=&quot;https://www.yubico.com/products/services-software/challenge-response/&quot;&gt;HMAC-SHA1 挑戰應答&lt;/a&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Detecting hardware keys…</source>
        <translation>偵測硬體金鑰…</translation>
    </message>
    <message>
        <source>No hardware keys detected</source>
        <translation>未偵測到硬體金鑰</translation>
    </message>
</context>
<context>
    <name>YubiKeyInterface</name>
    <message>
        <source>%1 Invalid slot specified - %2</source>
        <translation>%1 無效的指定槽位 - %2</translation>
    </message>
</context>
<context>
    <name>YubiKeyInterfacePCSC</name>
    <message>
        <source>(PCSC) %1 [%2] Challenge-Response - Slot %3</source>
        <translation>(PCSC) %1 [%2] 挑戰應答 - 插槽 %3</translation>
    </message>
    <message>
        <source>The YubiKey PCSC interface has not been initialized.</source>
        <translation>YubiKey PCSC 介面尚未初始化。</translation>
    </message>
    <message>
        <source>Hardware key is currently in use.</source>
        <translation>硬體金鑰目前正在使用當中。</translation>
    </message>
    <message>
        <source>Could not find or access hardware key with serial number %1. Please present it to continue. </source>
        <translation>找不到或無法存取流水號為 %1 的硬體金鑰。請將它呈現後繼續。 </translation>
    </message>
    <message>
        <source>Hardware key is locked or timed out. Unlock or re-present it to continue.</source>
        <translation>硬體金鑰已被鎖定或逾時。將它解鎖或重新呈現後繼續。</translation>
    </message>
    <message>
        <source>Hardware key was not found or is not configured.</source>
        <translation>硬體金鑰找不到或尚未設置。</translation>
    </message>
    <message>
        <source>Failed to complete a challenge-response, the PCSC error code was: %1</source>
        <translation>無法完成挑戰應答，PCSC 錯誤代碼為：%1</translation>
    </message>
</context>
<context>
    <name>YubiKeyInterfaceUSB</name>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>(USB) %1 [%2] Configured Slot - %3</source>
        <translation>(USB) %1 [%2] 設定插槽 - %3</translation>
    </message>
    <message>
        <source>(USB) %1 [%2] Challenge-Response - Slot %3 - %4</source>
        <translation>(USB) %1 [%2] 挑戰應答 - 插槽 %3 - %4</translation>
    </message>
    <message>
        <source>Press</source>
        <comment>USB Challenge-Response Key interaction request</comment>
        <translation>按下</translation>
    </message>
    <message>
        <source>Passive</source>
        <comment>USB Challenge-Response Key no interaction required</comment>
        <translation>被動</translation>
    </message>
    <message>
        <source>The YubiKey USB interface has not been initialized.</source>
        <translation>YubiKey USB 介面尚未初始化。</translation>
    </message>
    <message>
        <source>Hardware key is currently in use.</source>
        <translation>硬體金鑰目前正在使用當中。</translation>
    </message>
    <message>
        <source>Could not find hardware key with serial number %1. Please plug it in to continue.</source>
        <translation>找不到流水號為 %1 的硬體金鑰。請將它插入後繼續。</translation>
    </message>
    <message>
        <source>Hardware key timed out waiting for user interaction.</source>
        <translation>硬體金鑰等待使用者互動超時。</translation>
    </message>
    <message>
        <source>A USB error occurred when accessing the hardware key: %1</source>
        <translation>存取硬體金鑰時發生 USB 錯誤：%1</translation>
    </message>
    <message>
        <source>Failed to complete a challenge-response, the specific error was: %1</source>
        <translation>無法完成挑戰應答，具體錯誤為：%1</translation>
    </message>
</context>
</TS>