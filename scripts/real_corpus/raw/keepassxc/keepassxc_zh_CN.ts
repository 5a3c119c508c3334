<?xml version="1.0" ?><!DOCTYPE TS><TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About KeePassXC</source>
        <translation>关于 KeePassXC</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Report bugs at: &lt;a href=&quot;https://github.com/keepassxreboot/keepassxc/issues&quot; style=&quot;text-decoration: underline;&quot;&gt;https://github.com&lt;/a&gt;</source>
        <translation>在此报告错误：&lt;a href=&quot;https://github.com/keepassxreboot/keepassxc/issues&quot; style=&quot;text-decoration: underline;&quot;&gt;https://github.com&lt;/a&gt;</translation>
    </message>
    <message>
        <source>KeePassXC is distributed under the terms of the GNU General Public License (GPL) version 2 or (at your option) version 3.</source>
        <translation>KeePassXC 使用第 2 版 GNU 通用公共授权协议（GPL）分发，（您也可以根据需要）选用第 3 版。</translation>
    </message>
    <message>
        <source>Project Maintainers:</source>
        <translation>项目维护者：</translation>
    </message>
    <message>
        <source>Special thanks from the KeePassXC team go to debfx for creating the original KeePassX.</source>
        <translation>KeePassXC 团队特别感谢 debfx 开发了最初版 KeePassX。</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>贡献者</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;https://github.com/keepassxreboot/keepassxc/graphs/contributors&quot;&gt;See Contributions on GitHub&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;https://github.com/keepassxreboot/keepassxc/graphs/contributors&quot;&gt;在 GitHub 上查阅贡献信息&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Debug Info</source>
        <translation>调试信息</translation>
    </message>
    <message>
        <source>Include the following information whenever you report a bug:</source>
        <translation>报告任何错误时，请包含以下信息：</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>AccessControlDialog</name>
    <message>
        <source>KeePassXC -  Access Request</source>
        <translation>KeePassXC -  访问请求</translation>
    </message>
    <message>
        <source>Non-existing/inaccessible executable path. Please double-check the client is legit.</source>
        <translation>可执行文件路径不存在或无法访问。请检查客户端是否有效。</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;%1 &lt;/span&gt;is requesting access to the following entries:&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot; font-weight:600;&quot;&gt;%1&lt;/span&gt; 请求访问以下条目：&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Executable</source>
        <translation>可执行文件</translation>
    </message>
    <message>
        <source>Command Line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Your decision will be remembered for the duration while both the requesting client AND KeePassXC are running.</source>
        <translation>在请求客户端与 KeePassXC 同时运行期间，您的选择会被记住。</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>记住</translation>
    </message>
    <message>
        <source>Allow Selected</source>
        <translation>允许选定</translation>
    </message>
    <message>
        <source>Deny All &amp;&amp; Future</source>
        <translation>禁止此后所有</translation>
    </message>
    <message>
        <source>Allow All &amp;&amp; &amp;Future</source>
        <translation>允许此后所有(&amp;F)</translation>
    </message>
</context>
<context>
    <name>AccessControlDialog::DenyButton</name>
    <message>
        <source>Deny for this program</source>
        <translation>禁止此程序</translation>
    </message>
</context>
<context>
    <name>AgentSettingsWidget</name>
    <message>
        <source>Enable SSH Agent integration</source>
        <translation>启用 SSH 代理集成</translation>
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
        <translation>同时使用两种代理</translation>
    </message>
    <message>
        <source>SSH_AUTH_SOCK override</source>
        <translation>SSH_AUTH_SOCK 覆写</translation>
    </message>
    <message>
        <source>SSH_AUTH_SOCK value</source>
        <translation>SSH_AUTH_SOCK 值</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message>
        <source>SSH_SK_PROVIDER value</source>
        <translation>SSH_SK_PROVIDER 值</translation>
    </message>
    <message>
        <source>SSH_SK_PROVIDER override</source>
        <translation>SSH_SK_PROVIDER 覆写</translation>
    </message>
    <message>
        <source>No SSH Agent socket available. Either make sure SSH_AUTH_SOCK environment variable exists or set an override.</source>
        <translation>没有可用的 SSH 代理套接字。确保环境变量 SSH_AUTH_SOCK 存在或已设置覆写。</translation>
    </message>
    <message>
        <source>SSH Agent connection is working!</source>
        <translation>SSH 代理连接工作正常！</translation>
    </message>
</context>
<context>
    <name>ApplicationSettingsWidget</name>
    <message>
        <source>Application Settings</source>
        <translation>应用程序设置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>This setting cannot be enabled when minimize on unlock is enabled.</source>
        <translation>如果启用解锁时最小化，则无法启用此设置。</translation>
    </message>
    <message>
        <source>Access error for config file %1</source>
        <translation>访问配置文件 %1 错误</translation>
    </message>
    <message>
        <source>Icon only</source>
        <translation>仅图标</translation>
    </message>
    <message>
        <source>Text only</source>
        <translation>仅文本</translation>
    </message>
    <message>
        <source>Text beside icon</source>
        <translation>文本在图标旁</translation>
    </message>
    <message>
        <source>Text under icon</source>
        <translation>文本在图标下</translation>
    </message>
    <message>
        <source>Follow style</source>
        <translation>系统风格</translation>
    </message>
    <message>
        <source>Monochrome</source>
        <translation>单色</translation>
    </message>
    <message>
        <source>Monochrome (light)</source>
        <translation>单色（明亮）</translation>
    </message>
    <message>
        <source>Monochrome (dark)</source>
        <translation>单色（暗黑）</translation>
    </message>
    <message>
        <source>Colorful</source>
        <translation>彩色</translation>
    </message>
    <message>
        <source>You must restart the application to set the new language. Would you like to restart now?</source>
        <translation>您必须重新启动应用才能应用新语言。要现在重新启动吗？</translation>
    </message>
    <message>
        <source>Reset Settings?</source>
        <translation>重置选项？</translation>
    </message>
    <message>
        <source>Are you sure you want to reset all general and security settings to default?</source>
        <translation>您确定要将所有常规和安全设置重置为默认值吗？</translation>
    </message>
    <message>
        <source>Select backup storage directory</source>
        <translation>选择备份存储文件夹</translation>
    </message>
</context>
<context>
    <name>ApplicationSettingsWidgetGeneral</name>
    <message>
        <source>Basic Settings</source>
        <translation>基础设置</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Start only a single instance of KeePassXC</source>
        <translation>只启动一个 KeePassXC 实例</translation>
    </message>
    <message>
        <source>Automatically launch KeePassXC at system startup</source>
        <translation>系统启动时自动启动 KeePassXC</translation>
    </message>
    <message>
        <source>Minimize window at application startup</source>
        <translation>在应用程序启动时最小化窗口</translation>
    </message>
    <message>
        <source>Minimize window after unlocking database</source>
        <translation>解锁数据库后最小化窗口</translation>
    </message>
    <message>
        <source>Remember previously used databases</source>
        <translation>记住以前使用的数据库</translation>
    </message>
    <message>
        <source> recent files</source>
        <translation>最近的文件</translation>
    </message>
    <message>
        <source>Load previously open databases on startup</source>
        <translation>启动时加载以前打开的数据库</translation>
    </message>
    <message>
        <source>Remember database key files and security dongles</source>
        <translation>记住数据库密钥文件和安全加密狗</translation>
    </message>
    <message>
        <source>Check for updates at application startup once per week</source>
        <translation>每周在应用程序启动时检查更新</translation>
    </message>
    <message>
        <source>Include beta releases when checking for updates</source>
        <translation>检查更新时包含 Beta 版本</translation>
    </message>
    <message>
        <source>On database unlock, show entries that </source>
        <translation>解锁数据库时，显示符合条件的条目</translation>
    </message>
    <message>
        <source>have expired</source>
        <comment>On database unlock, show entries that...</comment>
        <translation>已过期</translation>
    </message>
    <message>
        <source> days</source>
        <comment>On database unlock, show entries that will expire within %1 days</comment>
        <translation> 天内过期</translation>
    </message>
    <message>
        <source>will expire within </source>
        <comment>On database unlock, show entries that...</comment>
        <translation>将在 </translation>
    </message>
    <message>
        <source>File Management</source>
        <translation>文件管理</translation>
    </message>
    <message>
        <source>Automatically save after every change</source>
        <translation>修改后自动保存</translation>
    </message>
    <message>
        <source>Automatically save when locking database</source>
        <translation>锁定数据库时自动保存</translation>
    </message>
    <message>
        <source>Automatically save non-data changes when locking database</source>
        <translation>锁定数据库时，自动保存非数据更改</translation>
    </message>
    <message>
        <source>Automatically reload the database when modified externally</source>
        <translation>有外部修改时自动重新加载数据库</translation>
    </message>
    <message>
        <source>Backup database file before saving</source>
        <translation>保存前备份数据库文件</translation>
    </message>
    <message>
        <source>Backup destination</source>
        <translation>备份目的地</translation>
    </message>
    <message>
        <source>Specifies the database backup file location. Occurrences of &quot;{DB_FILENAME}&quot; are replaced with the filename of the saved database without extension. {TIME:&lt;format&gt;} is replaced with the backup time, see https://doc.qt.io/qt-5/qdatetime.html#toString. &lt;format&gt; defaults to format string &quot;dd_MM_yyyy_hh-mm-ss&quot;.</source>
        <translation>指定数据库备份文件位置，其中 &quot;{DB_FILENAME}&quot; 会被替换为保存的数据库文件名，不包含扩展名。{TIME:&lt;format&gt;} 会被替换为备份时间，详见  https://doc.qt.io/qt-5/qdatetime.html#toString 。&lt;format&gt; 默认为格式字符串 &quot;dd_MM_yyyy_hh-mm-ss&quot;。</translation>
    </message>
    <message>
        <source>{DB_FILENAME}.old.kdbx</source>
        <translation>{DB_FILENAME}.old.kdbx</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>选择...</translation>
    </message>
    <message>
        <source>Use alternative saving method (may solve problems with Dropbox, Google Drive, GVFS, etc.)</source>
        <translation>使用替代保存方式（可能会解决 Dropbox、Google Drive、GVFS 等问题）</translation>
    </message>
    <message>
        <source>Temporary file moved into place</source>
        <translation>写入临时文件再覆盖移动</translation>
    </message>
    <message>
        <source>Directly write to database file (dangerous)</source>
        <translation>直接写入数据库文件（危险）</translation>
    </message>
    <message>
        <source>Entry Management</source>
        <translation>条目管理</translation>
    </message>
    <message>
        <source>Use group icon on entry creation</source>
        <translation>新增条目时使用群组图标</translation>
    </message>
    <message>
        <source>Minimize when opening a URL</source>
        <translation>打开 URL 时最小化</translation>
    </message>
    <message>
        <source>Hide window when copying to clipboard</source>
        <translation>复制到剪贴板时隐藏窗口</translation>
    </message>
    <message>
        <source>Minimize</source>
        <translation>最小化</translation>
    </message>
    <message>
        <source>Drop to background</source>
        <translation>放到其他窗口底部</translation>
    </message>
    <message>
        <source>Favicon download timeout:</source>
        <translation>网站图标下载超时：</translation>
    </message>
    <message>
        <source>Website icon download timeout in seconds</source>
        <translation>网站图标下载超时秒数</translation>
    </message>
    <message>
        <source> sec</source>
        <comment>Seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>User Interface</source>
        <translation>用户界面</translation>
    </message>
    <message>
        <source>Toolbar button style</source>
        <translation>工具栏按钮样式</translation>
    </message>
    <message>
        <source>Movable toolbar</source>
        <translation>可移动工具栏</translation>
    </message>
    <message>
        <source>Language selection</source>
        <translation>语言选择</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>(restart program to activate)</source>
        <translation>（重新启动程序以生效）</translation>
    </message>
    <message>
        <source>Toolbar button style:</source>
        <translation>工具栏按钮样式：</translation>
    </message>
    <message>
        <source>Show passwords in color</source>
        <translation>密码以彩色显示</translation>
    </message>
    <message>
        <source>Use monospaced font for notes</source>
        <translation>备注使用等宽字体</translation>
    </message>
    <message>
        <source>Minimize instead of app exit</source>
        <translation>最小化而不是退出应用程序</translation>
    </message>
    <message>
        <source>Show a system tray icon</source>
        <translation>显示任务栏图标</translation>
    </message>
    <message>
        <source>Tray icon type</source>
        <translation>任务栏图标类型</translation>
    </message>
    <message>
        <source>Tray icon type:</source>
        <translation>任务栏图标类型：</translation>
    </message>
    <message>
        <source>Hide window to system tray when minimized</source>
        <translation>将窗口最小化至任务栏</translation>
    </message>
    <message>
        <source>Reset settings to default…</source>
        <translation>将设置重置为默认值...</translation>
    </message>
    <message>
        <source>Auto-Type</source>
        <translation>自动输入</translation>
    </message>
    <message>
        <source>Use entry title to match windows for global Auto-Type</source>
        <translation>全局自动输入时使用条目标题匹配窗口</translation>
    </message>
    <message>
        <source>Use entry URL to match windows for global Auto-Type</source>
        <translation>全局自动输入时使用条目 URL 匹配窗口</translation>
    </message>
    <message>
        <source>Always ask before performing Auto-Type</source>
        <translation>总在执行自动输入前询问</translation>
    </message>
    <message>
        <source>Hide expired entries from Auto-Type</source>
        <translation>自动输入时隐藏已过期条目</translation>
    </message>
    <message>
        <source>Re-lock previously locked database after performing Auto-Type</source>
        <translation>执行自动输入后重新锁定之前锁定的数据库</translation>
    </message>
    <message>
        <source>Auto-Type start delay:</source>
        <translation>自动输入起始延迟：</translation>
    </message>
    <message>
        <source>Global Auto-Type shortcut:</source>
        <translation>全局自动输入快捷键：</translation>
    </message>
    <message>
        <source>Auto-type start delay milliseconds</source>
        <translation>自动输入起始延迟毫秒数</translation>
    </message>
    <message>
        <source> ms</source>
        <comment>Milliseconds</comment>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Auto-Type typing delay:</source>
        <translation>自动输入延迟：</translation>
    </message>
    <message>
        <source>Global auto-type shortcut</source>
        <translation>全局自动输入快捷键</translation>
    </message>
    <message>
        <source>Auto-type character typing delay milliseconds</source>
        <translation>自动输入字符键入延迟毫秒数</translation>
    </message>
    <message>
        <source>Remember last typed entry for:</source>
        <translation>记住上次输入的条目：</translation>
    </message>
</context>
<context>
    <name>ApplicationSettingsWidgetSecurity</name>
    <message>
        <source>Timeouts</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Database lock timeout seconds</source>
        <translation>数据库超时锁定秒数</translation>
    </message>
    <message>
        <source> sec</source>
        <comment>Seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Clear clipboard after</source>
        <translation>在多久后清空剪贴板</translation>
    </message>
    <message>
        <source>Clear search query after</source>
        <translation>在多久后清空搜索框</translation>
    </message>
    <message>
        <source> min</source>
        <comment>Minutes</comment>
        <translation> 分</translation>
    </message>
    <message>
        <source>Clipboard clear seconds</source>
        <translation>剪贴板清空秒数</translation>
    </message>
    <message>
        <source>Lock databases after inactivity of</source>
        <translation>在闲置多久后锁定数据库</translation>
    </message>
    <message>
        <source>Convenience</source>
        <translation>便利性</translation>
    </message>
    <message>
        <source>Enable database quick unlock (Touch ID / Windows Hello)</source>
        <translation>启用数据库快速解锁（Touch ID / Windows Hello）</translation>
    </message>
    <message>
        <source>Lock databases when session is locked or lid is closed</source>
        <translation>系统锁定或合上盖子时锁定数据库</translation>
    </message>
    <message>
        <source>Lock databases after minimizing the window</source>
        <translation>在最小化窗口后锁定数据库</translation>
    </message>
    <message>
        <source>Require password repeat when it is visible</source>
        <translation>当密码可见时，需要重复密码</translation>
    </message>
    <message>
        <source>Hide passwords when editing them</source>
        <translation>编辑密码时隐藏密码</translation>
    </message>
    <message>
        <source>Use placeholder for empty password fields</source>
        <translation>对空密码字段使用占位符</translation>
    </message>
    <message>
        <source>Hide passwords in the entry preview panel</source>
        <translation>在条目预览面板中隐藏密码</translation>
    </message>
    <message>
        <source>Hide entry notes by default</source>
        <translation>默认情况下隐藏条目备注</translation>
    </message>
    <message>
        <source>Move entries to recycle bin without confirmation</source>
        <translation>删除到回收站无需确认</translation>
    </message>
    <message>
        <source>Enable double click to copy the username/password entry columns</source>
        <translation>启用双击复制条目的用户名/密码列</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>Use DuckDuckGo service to download website icons</source>
        <translation>使用 DuckDuckGo 来下载网站图标</translation>
    </message>
    <message>
        <source>Hide TOTP in the entry preview panel</source>
        <translation>在条目预览面板隐藏 TOTP</translation>
    </message>
</context>
<context>
    <name>AutoType</name>
    <message>
        <source>The requested Auto-Type sequence cannot be used due to an error:</source>
        <translation>由于发生错误，请求的自动输入序列无法使用：</translation>
    </message>
    <message>
        <source>Auto-Type Error</source>
        <translation>自动输入错误</translation>
    </message>
    <message>
        <source>Permission Required</source>
        <translation>需要权限</translation>
    </message>
    <message>
        <source>KeePassXC requires the Accessibility permission in order to perform entry level Auto-Type. If you already granted permission, you may have to restart KeePassXC.</source>
        <translation>KeePassXC 需要辅助功能权限以实现条目自动输入。如果您已经授予此权限，您可能需要重新启动 KeePassXC。</translation>
    </message>
    <message>
        <source>KeePassXC requires the Accessibility and Screen Recorder permission in order to perform global Auto-Type. Screen Recording is necessary to use the window title to find entries. If you already granted permission, you may have to restart KeePassXC.</source>
        <translation>KeePassXC 需要辅助功能和录制屏幕权限以实现全局自动输入。使用窗口标题匹配条目需要录制屏幕权限。如果您已经授予此权限，您可能需要重新启动 KeePassXC。</translation>
    </message>
    <message>
        <source>Invalid entry provided</source>
        <translation>提供的条目无效</translation>
    </message>
    <message>
        <source>Bracket imbalance detected, found extra { or }</source>
        <translation>检测到括号不匹配，有单独的 { 或 }</translation>
    </message>
    <message>
        <source>Too many repetitions detected, max is %1: %2</source>
        <translation>检测到太多重复，最大值为 %1：%2</translation>
    </message>
    <message>
        <source>Very slow key press detected, max is %1: %2</source>
        <translation>检测到过慢按键，最大值为 %1：%2</translation>
    </message>
    <message>
        <source>Very long delay detected, max is %1: %2</source>
        <translation>检测到过长延迟，最大值为 %1：%2</translation>
    </message>
    <message>
        <source>Entry does not have attribute for PICKCHARS: %1</source>
        <translation>条目不包含用于 PICKCHARS 的属性：%1</translation>
    </message>
    <message>
        <source>Invalid conversion type: %1</source>
        <translation>无效的转换类型：%1</translation>
    </message>
    <message>
        <source>Invalid conversion syntax: %1</source>
        <translation>无效的转换语法：%1</translation>
    </message>
    <message>
        <source>Invalid regular expression syntax %1
%2</source>
        <translation>无效的正则表达式语法 %1
%2</translation>
    </message>
    <message>
        <source>Invalid placeholder: %1</source>
        <translation>无效的占位符：%1</translation>
    </message>
</context>
<context>
    <name>AutoTypeAssociationsModel</name>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>输入序列</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message>
        <source>Default sequence</source>
        <translation>默认序列</translation>
    </message>
</context>
<context>
    <name>AutoTypeMatchModel</name>
    <message>
        <source>Group</source>
        <translation>群组</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>输入序列</translation>
    </message>
</context>
<context>
    <name>AutoTypePlatformX11</name>
    <message>
        <source>Trying to send invalid keysym.</source>
        <translation>正在尝试发送无效的键码。</translation>
    </message>
    <message>
        <source>Sequence aborted: Caps Lock is on</source>
        <translation>序列中止：已打开大写锁定</translation>
    </message>
    <message>
        <source>Sequence aborted: Modifier keys held by user</source>
        <translation>序列中止：用户按下了修饰键</translation>
    </message>
    <message>
        <source>Unable to get valid keycode for key: </source>
        <translation>无法为按键获得有效的键码：</translation>
    </message>
</context>
<context>
    <name>AutoTypeSelectDialog</name>
    <message>
        <source>Auto-Type - KeePassXC</source>
        <translation>自动输入 - KeePassXC</translation>
    </message>
    <message>
        <source>Double click a row to perform Auto-Type or find an entry using the search:</source>
        <translation>双击一行以执行自动输入或者搜索条目：</translation>
    </message>
    <message>
        <source>&lt;p&gt;You can use advanced search queries to find any entry in your open databases. The following shortcuts are useful:&lt;br/&gt;
Ctrl+F - Toggle database search&lt;br/&gt;
Ctrl+1 - Type username&lt;br/&gt;
Ctrl+2 - Type password&lt;br/&gt;
Ctrl+3 - Type TOTP&lt;br/&gt;
Ctrl+4 - Use Virtual Keyboard (Windows Only)&lt;/p&gt;</source>
        <translation>&lt;p&gt;您可以使用高级搜索，在已解锁的数据库中查找条目。以下是一些实用快捷键：&lt;br/&gt;
Ctrl+F - 开关数据库搜索&lt;br/&gt;
Ctrl+1 - 输入用户名&lt;br/&gt;
Ctrl+2 - 输入密码&lt;br/&gt;
Ctrl+3 - 输入 TOTP&lt;br/&gt;
Ctrl+4 - 使用虚拟键盘（仅限 Windows）&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search all open databases</source>
        <translation>搜索所有已解锁数据库</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>搜索...</translation>
    </message>
    <message>
        <source>Type Sequence</source>
        <translation>输入序列</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Type {USERNAME}</source>
        <translation>输入 {USERNAME}</translation>
    </message>
    <message>
        <source>Type {PASSWORD}</source>
        <translation>输入 {PASSWORD}</translation>
    </message>
    <message>
        <source>Type {TOTP}</source>
        <translation>输入 {TOTP}</translation>
    </message>
    <message>
        <source>Copy Username</source>
        <translation>复制用户名</translation>
    </message>
    <message>
        <source>Copy Password</source>
        <translation>复制密码</translation>
    </message>
    <message>
        <source>Copy TOTP</source>
        <translation>复制 TOTP</translation>
    </message>
    <message>
        <source>Use Virtual Keyboard</source>
        <translation>使用虚拟键盘</translation>
    </message>
</context>
<context>
    <name>BrowserAccessControlDialog</name>
    <message>
        <source>KeePassXC - Browser Access Request</source>
        <translation>KeePassXC - 浏览器访问请求</translation>
    </message>
    <message>
        <source>%1 is requesting access to the following entries:</source>
        <translation>%1 请求访问以下条目：</translation>
    </message>
    <message>
        <source>Remember access to checked entries</source>
        <translation>记住对已选择条目的许可</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>记住</translation>
    </message>
    <message>
        <source>Allow access to entries</source>
        <translation>允许访问条目</translation>
    </message>
    <message>
        <source>Allow Selected</source>
        <translation>允许选定</translation>
    </message>
    <message>
        <source>Deny All</source>
        <translation>拒绝全部</translation>
    </message>
    <message>
        <source>Disable for this site</source>
        <translation>对此站点禁用</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>BrowserEntrySaveDialog</name>
    <message>
        <source>Ok</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>You have multiple databases open.
Please select the correct database for saving credentials.</source>
        <translation>您打开了多个数据库。
请选择正确的数据库以保存凭据。</translation>
    </message>
    <message>
        <source>KeePassXC - Select Database</source>
        <translation>KeePassXC - 选择数据库</translation>
    </message>
</context>
<context>
    <name>BrowserPasskeysConfirmationDialog</name>
    <message>
        <source>KeePassXC: Passkey credentials</source>
        <translation>KeePassXC: Passkey 凭据</translation>
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
        <translation>认证</translation>
    </message>
    <message>
        <source>Register new</source>
        <translation>新注册</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>注册</translation>
    </message>
    <message numerus="yes">
        <source>Timeout in &lt;b&gt;%n&lt;/b&gt; seconds...</source>
        <translation><numerusform>在 &lt;b&gt;%n&lt;/b&gt; 秒后超时…</numerusform></translation>
    </message>
    <message>
        <source>Do you want to register Passkey for:</source>
        <translation>您是否要注册 Passkey 到：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Existing Passkey found.
Do you want to register a new Passkey for:</source>
        <translation>找到已存在的 Passkey。
您是否要注册新 Passkey 到：</translation>
    </message>
    <message>
        <source>Select the existing Passkey and press Update to replace it.</source>
        <translation>选择已存在的 Passkey 并按下更新来替换。</translation>
    </message>
    <message>
        <source>Authenticate Passkey credentials for:</source>
        <translation>认证 Passkey 凭据：</translation>
    </message>
</context>
<context>
    <name>BrowserService</name>
    <message>
        <source>KeePassXC: Create a new group</source>
        <translation>KeePassXC：创建新群组</translation>
    </message>
    <message>
        <source>A request for creating a new group &quot;%1&quot; has been received.
Do you want to create this group?
</source>
        <translation>已收到创建新群组“%1”的请求。
确认要创建群组吗？
</translation>
    </message>
    <message>
        <source>KeePassXC: New key association request</source>
        <translation>KeePassXC：新的密钥关联请求</translation>
    </message>
    <message>
        <source>You have received an association request for the following database:
%1

Give the connection a unique name or ID, for example:
chrome-laptop.</source>
        <translation>您收到下列数据库的关联请求：
%1

请为此连接提供唯一的名称或 ID，例如：
Chrome 笔记本电脑</translation>
    </message>
    <message>
        <source>Save and allow access</source>
        <translation>保存并允许访问</translation>
    </message>
    <message>
        <source>KeePassXC: Overwrite existing key?</source>
        <translation>KeePassXC：覆盖现有的密钥吗？</translation>
    </message>
    <message>
        <source>A shared encryption key with the name &quot;%1&quot; already exists.
Do you want to overwrite it?</source>
        <translation>一个名为“%1”的共享加密密钥已存在。
确认要覆盖它吗？</translation>
    </message>
    <message>
        <source>KeePassXC: Update Entry</source>
        <translation>KeePassXC：更新条目</translation>
    </message>
    <message>
        <source>Do you want to update the information in %1 - %2?</source>
        <translation>您想更新 %1 - %2 中的信息吗？</translation>
    </message>
    <message>
        <source>KeePassXC: Delete entry</source>
        <translation>KeePassXC：删除条目</translation>
    </message>
    <message>
        <source>A request for deleting entry &quot;%1&quot; has been received.
Do you want to delete the entry?
</source>
        <translation>已收到删除条目“%1”的请求。
确认要删除该条目吗？
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
        <translation>对话框</translation>
    </message>
    <message>
        <source>This is required for accessing your databases with KeePassXC-Browser</source>
        <translation>要使用 KeePassXC-Browser 访问您的数据库，这是必须的。</translation>
    </message>
    <message>
        <source>Enable browser integration</source>
        <translation>启用浏览器集成</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Browsers installed as snaps are currently not supported.</source>
        <translation>以 Snap 软件包形式安装的浏览器目前不受支持。</translation>
    </message>
    <message>
        <source>Enable integration for these browsers:</source>
        <translation>为这些浏览器开启集成：</translation>
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
        <translation>Tor 浏览器</translation>
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
        <translation>请求凭据时显示通知</translation>
    </message>
    <message>
        <source>Request to unlock the database if it is locked</source>
        <translation>如果数据库已锁定，则请求解锁</translation>
    </message>
    <message>
        <source>Only entries with the same scheme (http://, https://, …) are returned.</source>
        <translation>只返回方案（http://、https:// 等） 相同的条目。</translation>
    </message>
    <message>
        <source>Match URL scheme (e.g., https://example.com)</source>
        <translation>匹配 URL 方案（例如：https://example.com）</translation>
    </message>
    <message>
        <source>Only returns the best matches for a specific URL instead of all entries for the whole domain.</source>
        <translation>对于特定的 URL，仅返回最佳匹配，而不是符合域名的所有条目。</translation>
    </message>
    <message>
        <source>Return only best-matching credentials</source>
        <translation>仅返回最佳匹配的凭据</translation>
    </message>
    <message>
        <source>Returns expired credentials. String [expired] is added to the title.</source>
        <translation>允许返回过期的凭据。其标题会注明 [已过期]。</translation>
    </message>
    <message>
        <source>Allow returning expired credentials</source>
        <translation>允许返回过期的凭据</translation>
    </message>
    <message>
        <source>All databases connected to the extension will return matching credentials.</source>
        <translation>所有连接到扩展的数据库都返回匹配的凭据。</translation>
    </message>
    <message>
        <source>Search in all opened databases for matching credentials</source>
        <extracomment>Credentials mean login data requested via browser extension</extracomment>
        <translation>在所有打开的数据库中搜索匹配的凭据</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Never ask before accessing credentials</source>
        <extracomment>Credentials mean login data requested via browser extension</extracomment>
        <translation>在访问凭据之前永不询问</translation>
    </message>
    <message>
        <source>Never ask before updating credentials</source>
        <extracomment>Credentials mean login data requested via browser extension</extracomment>
        <translation>在更新凭据之前永不询问</translation>
    </message>
    <message>
        <source>Do not ask permission for HTTP Basic Auth</source>
        <extracomment>An extra HTTP Basic Auth setting</extracomment>
        <translation>不请求 HTTP Basic 认证的权限</translation>
    </message>
    <message>
        <source>Automatically creating or updating string fields is not supported.</source>
        <translation>不支持自动创建或更新字符串字段。</translation>
    </message>
    <message>
        <source>Return advanced string fields which start with &quot;KPH: &quot;</source>
        <translation>返回以“KPH: ”开始的高级字符串字段</translation>
    </message>
    <message>
        <source>Don&apos;t display the popup suggesting migration of legacy KeePassHTTP settings.</source>
        <translation>不要显示旧版 KeePassHTTP 设置迁移建议窗口。</translation>
    </message>
    <message>
        <source>Do not prompt for KeePassHTTP settings migration.</source>
        <translation>不要提示迁移 KeePassHTTP 设置。</translation>
    </message>
    <message>
        <source>Updates KeePassXC or keepassxc-proxy binary path automatically to native messaging scripts on startup.</source>
        <translation>启动时自动将 KeePassXC 或 keepassxc-proxy 可执行文件路径更新到 Native Messaging 脚本。</translation>
    </message>
    <message>
        <source>Update native messaging manifest files at startup</source>
        <translation>在启动时更新 Native Messaging 清单文件</translation>
    </message>
    <message>
        <source>Use a custom proxy location if you installed a proxy manually.</source>
        <translation>手动安装代理时，设置自定义代理的路径。</translation>
    </message>
    <message>
        <source>Use a custom proxy location:</source>
        <comment>Meant is the proxy for KeePassXC-Browser</comment>
        <translation>使用自定义代理位置：</translation>
    </message>
    <message>
        <source>Custom proxy location field</source>
        <translation>自定义代理位置字段</translation>
    </message>
    <message>
        <source>Browser for custom proxy file</source>
        <translation>浏览自定义代理文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <extracomment>Button for opening file dialog</extracomment>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>Use a custom browser configuration location:</source>
        <translation>使用自定义浏览器配置位置：</translation>
    </message>
    <message>
        <source>Browser type:</source>
        <translation>浏览器类型：</translation>
    </message>
    <message>
        <source>Toolbar button style</source>
        <translation>工具栏按钮样式</translation>
    </message>
    <message>
        <source>Config Location:</source>
        <translation>配置位置：</translation>
    </message>
    <message>
        <source>Custom browser location field</source>
        <translation>自定义浏览器位置字段</translation>
    </message>
    <message>
        <source>Browse for custom browser path</source>
        <translation>浏览自定义浏览器路径</translation>
    </message>
    <message>
        <source>Custom extension ID:</source>
        <translation>自定义扩展 ID：</translation>
    </message>
    <message>
        <source>Custom extension ID</source>
        <translation>自定义扩展 ID</translation>
    </message>
    <message>
        <source>Due to Snap sandboxing, you must run a script to enable browser integration.&lt;br /&gt;You can obtain this script from %1</source>
        <translation>由于 Snap 沙盒限制，您必须运行一个脚本才能启用浏览器集成。&lt;br /&gt;您可以从 %1 获取此脚本</translation>
    </message>
    <message>
        <source>KeePassXC-Browser is needed for the browser integration to work. &lt;br /&gt;Download it for %1 and %2 and %3. %4</source>
        <translation>要启用浏览器集成，您必须安装 KeePassXC-Browser。&lt;br /&gt;下载适用于 %1、%2 和 %3 的版本。%4</translation>
    </message>
    <message>
        <source>Please see special instructions for browser extension use below</source>
        <translation>请参阅下面的浏览器扩展使用特殊说明</translation>
    </message>
    <message>
        <source>Executable Files</source>
        <translation>可执行文件</translation>
    </message>
    <message>
        <source>All Files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>Select custom proxy location</source>
        <translation>选择自定义代理位置</translation>
    </message>
    <message>
        <source>Select native messaging host folder location</source>
        <translation>选择 Native Messaging 主机文件夹位置</translation>
    </message>
    <message>
        <source>Allow keepassxc-proxy to list all entries with their title, URL and UUID in connected databases.</source>
        <translation>允许 keepassxc-proxy 列出已连接的数据库中的所有条目，包括标题、URL 和 UUID。</translation>
    </message>
    <message>
        <source>Allow limited access to all entries in connected databases (ignores site access restrictions)</source>
        <translation>允许对已连接的数据库中所有条目的受限访问（忽略站点访问限制）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; Only adjust these settings if necessary.</source>
        <translation>&lt;b&gt;警告：&lt;/b&gt;仅在必要时调整这些设置。 </translation>
    </message>
    <message>
        <source>The custom proxy location does not exist.</source>
        <translation>自定义代理位置不存在。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Error:&lt;/b&gt; The custom proxy location does not exist. Correct this in the advanced settings tab.</source>
        <translation>&lt;b&gt;错误：&lt;/b&gt;自定义代理位置不存在。请前往高级设置页面修正。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Error:&lt;/b&gt; The installed proxy executable is missing from the expected location: %1&lt;br/&gt;Please set a custom proxy location in the advanced settings or reinstall the application.</source>
        <translation>&lt;b&gt;错误：&lt;/b&gt;已安装到此位置的代理程序可执行文件丢失：%1&lt;br/&gt;请在高级设置中修改自定义代理位置或重新安装应用。</translation>
    </message>
</context>
<context>
    <name>CloneDialog</name>
    <message>
        <source>Clone Entry Options</source>
        <translation>克隆条目选项</translation>
    </message>
    <message>
        <source>Append &apos; - Clone&apos; to title</source>
        <translation>在标题后追加“ - 副本”</translation>
    </message>
    <message>
        <source>Replace username and password with references</source>
        <translation>替换用户名和密码为引用</translation>
    </message>
    <message>
        <source>Copy history</source>
        <translation>复制历史</translation>
    </message>
</context>
<context>
    <name>CsvImportWidget</name>
    <message>
        <source>Import CSV fields</source>
        <translation>导入 CSV 字段</translation>
    </message>
    <message>
        <source>filename</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>size, rows, columns</source>
        <translation>大小、行、列</translation>
    </message>
    <message>
        <source>Column Association</source>
        <translation>列关联</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>群组</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation>TOTP</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>图标</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>编解码器</translation>
    </message>
    <message>
        <source>Text is qualified by</source>
        <translation>文本限定符</translation>
    </message>
    <message>
        <source>Text qualification</source>
        <translation>文本限定</translation>
    </message>
    <message>
        <source>Fields are separated by</source>
        <translation>字段分隔符</translation>
    </message>
    <message>
        <source>Field separation</source>
        <translation>字段分隔</translation>
    </message>
    <message>
        <source>Comments start with</source>
        <translation>注释前缀</translation>
    </message>
    <message>
        <source>Header lines skipped</source>
        <translation>跳过表头行数</translation>
    </message>
    <message>
        <source>Number of header lines to discard</source>
        <translation>应该被忽略的表头行数</translation>
    </message>
    <message>
        <source>First line has field names</source>
        <translation>第一行作为字段名称</translation>
    </message>
    <message>
        <source>Consider &apos;\&apos; an escape character</source>
        <translation>将“\”视为转义字符</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>CSV import preview</source>
        <translation>CSV 导入预览</translation>
    </message>
    <message>
        <source>Not Present</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>列 %1</translation>
    </message>
    <message>
        <source>Imported from CSV file</source>
        <translation>从 CSV 文件中导入</translation>
    </message>
    <message>
        <source>Original data: </source>
        <translation>原始数据：</translation>
    </message>
    <message>
        <source>Error(s) detected in CSV file!</source>
        <translation>在 CSV 文件中检测到错误！</translation>
    </message>
    <message numerus="yes">
        <source>[%n more message(s) skipped]</source>
        <translation><numerusform>[%n 条信息被跳过]</numerusform></translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>CSV import: writer has errors:
%1</source>
        <translation>CSV 导入：写入错误：
%1</translation>
    </message>
</context>
<context>
    <name>CsvParserModel</name>
    <message>
        <source>%1, %2, %3</source>
        <comment>file info: bytes, rows, columns</comment>
        <translation>%1，%2，%3</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation><numerusform>%n 字节</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation><numerusform>%n 行</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation><numerusform>%n 列</numerusform></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Passwords</source>
        <comment>Root group name</comment>
        <translation>密码</translation>
    </message>
    <message>
        <source>File %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Unable to open file %1.</source>
        <translation>无法打开文件 %1。</translation>
    </message>
    <message>
        <source>Error while reading the database: %1</source>
        <translation>读取数据库时出错：%1</translation>
    </message>
    <message>
        <source>Could not save, database does not point to a valid file.</source>
        <translation>无法保存，数据库没有指向一个有效文件。</translation>
    </message>
    <message>
        <source>Database save is already in progress.</source>
        <translation>数据库已经在进行保存。</translation>
    </message>
    <message>
        <source>Could not save, database has not been initialized!</source>
        <translation>无法保存，数据库尚未初始化！</translation>
    </message>
    <message>
        <source>Database file has unmerged changes.</source>
        <translation>数据库存在未合并的改动。</translation>
    </message>
    <message>
        <source>%1
Backup database located at %2</source>
        <translation>%1
数据库的备份路径是 %2</translation>
    </message>
    <message>
        <source>Key not transformed. This is a bug, please report it to the developers.</source>
        <translation>密钥未转换。这是一个错误，请报告给开发者。</translation>
    </message>
    <message>
        <source>Recycle Bin</source>
        <translation>回收站</translation>
    </message>
</context>
<context>
    <name>DatabaseOpenDialog</name>
    <message>
        <source>Unlock Database - KeePassXC</source>
        <translation>解锁数据库 - KeePassXC</translation>
    </message>
</context>
<context>
    <name>DatabaseOpenWidget</name>
    <message>
        <source>Unlock KeePassXC Database</source>
        <translation>解锁 KeePassXC 数据库</translation>
    </message>
    <message>
        <source>Enter Password:</source>
        <translation>输入密码：</translation>
    </message>
    <message>
        <source>Password field</source>
        <translation>密码字段</translation>
    </message>
    <message>
        <source>Enter Additional Credentials (if any):</source>
        <translation>输入附加凭据（如果有）：</translation>
    </message>
    <message>
        <source>Key File:</source>
        <translation>密钥文件：</translation>
    </message>
    <message>
        <source>&lt;p&gt;In addition to a password, you can use a secret file to enhance the security of your database. This file can be generated in your database&apos;s security settings.&lt;/p&gt;&lt;p&gt;This is &lt;strong&gt;not&lt;/strong&gt; your *.kdbx database file!&lt;br&gt;If you do not have a key file, leave this field empty.&lt;/p&gt;&lt;p&gt;Click for more information…&lt;/p&gt;</source>
        <translation>&lt;p&gt;除了密码之外，您还可以使用机密文件来增强数据库的安全性。此文件可以在数据库的安全设置中生成。&lt;/p&gt;&lt;p&gt;这&lt;strong&gt;不是&lt;/strong&gt;您的 *.kdbx 数据库文件！&lt;br&gt;如果没有密钥文件，请将此字段留空。&lt;/p&gt;&lt;p&gt;点击获取更多信息…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Key file help</source>
        <translation>密钥文件帮助</translation>
    </message>
    <message>
        <source>Hardware key slot selection</source>
        <translation>选择硬件密钥的插槽</translation>
    </message>
    <message>
        <source>Hardware Key:</source>
        <translation>硬件密钥：</translation>
    </message>
    <message>
        <source>&lt;p&gt;You can use a hardware security key such as a &lt;strong&gt;YubiKey&lt;/strong&gt; or &lt;strong&gt;OnlyKey&lt;/strong&gt; with slots configured for HMAC-SHA1.&lt;/p&gt;
&lt;p&gt;Click for more information…&lt;/p&gt;</source>
        <translation>&lt;p&gt;您可以使用像 &lt;strong&gt;YubiKey&lt;/strong&gt; 或 &lt;strong&gt;OnlyKey&lt;/strong&gt; 这种带有 HMAC-SHA1 配置插槽的硬件安全密钥。&lt;/p&gt;
&lt;p&gt;点击获取更多信息…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Hardware key help</source>
        <translation>硬件密钥帮助</translation>
    </message>
    <message>
        <source>Key file to unlock the database</source>
        <translation>用于解锁数据库的密钥文件</translation>
    </message>
    <message>
        <source>Browse for key file</source>
        <translation>浏览密钥文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>Refresh hardware tokens</source>
        <translation>刷新硬件令牌</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Unlock Database</source>
        <translation>解锁数据库</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Please present or touch your YubiKey to continue…</source>
        <translation>请感应或触摸您的 YubiKey 以继续…</translation>
    </message>
    <message>
        <source>Database Version Mismatch</source>
        <translation>数据库版本不匹配</translation>
    </message>
    <message>
        <source>The database you are trying to open was most likely
created by a newer version of KeePassXC.

You can try to open it anyway, but it may be incomplete
and saving any changes may incur data loss.

We recommend you update your KeePassXC installation.</source>
        <translation>您尝试打开的数据库很可能由新版本
KeepassXC 创建。

您仍可以尝试打开，但显示可能不完整
并且保存任何更改可能导致数据丢失。

我们建议您更新 KeepassXC 到新版本。</translation>
    </message>
    <message>
        <source>Open database anyway</source>
        <translation>仍要打开数据库</translation>
    </message>
    <message>
        <source>Database unlock canceled.</source>
        <translation>数据库解锁已取消。</translation>
    </message>
    <message>
        <source>Unlock failed and no password given</source>
        <translation>解锁失败，未收到密码</translation>
    </message>
    <message>
        <source>Unlocking the database failed and you did not enter a password.
Do you want to retry with an &quot;empty&quot; password instead?

To prevent this error from appearing, you must go to &quot;Database Settings / Security&quot; and reset your password.</source>
        <translation>解锁数据库失败，您没有输入密码。
您要用空密码再尝试解锁一次吗？

为了避免这样的错误，您必须前往“数据库设置/安全”页面重置您的密码。</translation>
    </message>
    <message>
        <source>Retry with empty password</source>
        <translation>使用空密码重试</translation>
    </message>
    <message>
        <source>Failed to open key file: %1</source>
        <translation>无法打开密钥文件：%1</translation>
    </message>
    <message>
        <source>Old key file format</source>
        <translation>旧版密钥文件格式</translation>
    </message>
    <message>
        <source>You are using an old key file format which KeePassXC may&lt;br&gt;stop supporting in the future.&lt;br&gt;&lt;br&gt;Please consider generating a new key file by going to:&lt;br&gt;&lt;strong&gt;Database &amp;gt; Database Security &amp;gt; Change Key File.&lt;/strong&gt;&lt;br&gt;</source>
        <translation>您使用的是旧版密钥文件格式，KeePassXC 可能会在将来停止对它的支持。&lt;br&gt;&lt;br&gt;请考虑重新生成一个新密钥文件，前往：&lt;br&gt;&lt;strong&gt;数据库 &amp;gt; 数据库安全 &amp;gt; 更改密钥文件&lt;/strong&gt;。&lt;br&gt;</translation>
    </message>
    <message>
        <source>Don&apos;t show this warning again</source>
        <translation>不再显示此警告</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>Key files</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>Select key file</source>
        <translation>选择密钥文件</translation>
    </message>
    <message>
        <source>Cannot use database file as key file</source>
        <translation>无法使用数据库文件作为密钥</translation>
    </message>
    <message>
        <source>You cannot use your database file as a key file.
If you do not have a key file, please leave the field empty.</source>
        <translation>您不能用您的数据库作为密钥文件。
如果您没有密钥文件，请留空这个字段。</translation>
    </message>
    <message>
        <source>Detecting hardware keys…</source>
        <translation>正在检测硬件密钥...</translation>
    </message>
    <message>
        <source>No hardware keys detected</source>
        <translation>未检测到硬件密钥</translation>
    </message>
    <message>
        <source>Select hardware key…</source>
        <translation>选择硬件密钥...</translation>
    </message>
    <message>
        <source>authenticate to access the database</source>
        <translation>验证身份以访问数据库</translation>
    </message>
    <message>
        <source>Failed to authenticate with Quick Unlock: %1</source>
        <translation>快速解锁验证失败：%1</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingWidgetMetaData</name>
    <message>
        <source>Passwords</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsDialog</name>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Database Credentials</source>
        <translation>数据库凭据</translation>
    </message>
    <message>
        <source>Encryption Settings</source>
        <translation>加密设置</translation>
    </message>
    <message>
        <source>Browser Integration</source>
        <translation>浏览器集成</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>维护</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetBrowser</name>
    <message>
        <source>KeePassXC-Browser settings</source>
        <translation>KeePassXC-Browser 设置</translation>
    </message>
    <message>
        <source>Disconnect all browsers</source>
        <translation>断开与所有浏览器的关联</translation>
    </message>
    <message>
        <source>Forget all site-specific settings on entries</source>
        <translation>取消条目上所有站点特定设置</translation>
    </message>
    <message>
        <source>Refresh database root group ID</source>
        <translation>刷新数据库根群组 ID</translation>
    </message>
    <message>
        <source>Stored keys</source>
        <translation>存储的密钥</translation>
    </message>
    <message>
        <source>Stored browser keys</source>
        <translation>存储的浏览器密钥</translation>
    </message>
    <message>
        <source>Remove selected key</source>
        <translation>移除所选密钥</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected key?</source>
        <translation>删除所选密钥？</translation>
    </message>
    <message>
        <source>Do you really want to delete the selected key?
This may prevent connection to the browser plugin.</source>
        <translation>您确定要删除所选的密钥吗？
这可能会影响与浏览器插件的连接。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Enable Browser Integration to access these settings.</source>
        <translation>启用浏览器集成以访问这些设置。</translation>
    </message>
    <message>
        <source>Do you really want to disconnect all browsers?
This may prevent connection to the browser plugin.</source>
        <translation>您确定要断开与所有浏览器的关联吗？
这可能会影响与浏览器插件的连接。</translation>
    </message>
    <message>
        <source>KeePassXC: No keys found</source>
        <translation>KeePassXC：未找到密钥</translation>
    </message>
    <message>
        <source>No shared encryption keys found in KeePassXC settings.</source>
        <translation>未在 KeePassXC 设置中找到共享加密密钥。</translation>
    </message>
    <message>
        <source>KeePassXC: Removed keys from database</source>
        <translation>KeePassXC：已从数据库中删除密钥</translation>
    </message>
    <message numerus="yes">
        <source>Successfully removed %n encryption key(s) from KeePassXC settings.</source>
        <translation><numerusform>已成功从 KeePassXC 设置中删除了 %n 个加密密钥。</numerusform></translation>
    </message>
    <message>
        <source>Do you really want forget all site-specific settings on every entry?
Permissions to access entries will be revoked.</source>
        <translation>您确定要取消每个条目上的所有站点特定设置吗？
访问条目的权限将被撤销。</translation>
    </message>
    <message>
        <source>Removing stored permissions…</source>
        <translation>正在删除存储的权限...</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>KeePassXC: Removed permissions</source>
        <translation>KeePassXC：已删除权限</translation>
    </message>
    <message numerus="yes">
        <source>Successfully removed permissions from %n entry(s).</source>
        <translation><numerusform>已成功从 %n 个条目中删除权限。</numerusform></translation>
    </message>
    <message>
        <source>KeePassXC: No entry with permissions found!</source>
        <translation>KeePassXC：未找到有权限的条目！</translation>
    </message>
    <message>
        <source>The active database does not contain an entry with permissions.</source>
        <translation>当前数据库中不包含具有权限的条目。</translation>
    </message>
    <message>
        <source>Refresh database ID</source>
        <translation>刷新数据库 ID</translation>
    </message>
    <message>
        <source>Do you really want refresh the database ID?
This is only necessary if your database is a copy of another and the browser extension cannot connect.</source>
        <translation>是否要刷新数据库 ID？
只有当您的数据库是另一个数据库的副本并且浏览器扩展无法连接时，才有必要这样做。</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetDatabaseKey</name>
    <message>
        <source>Add additional protection…</source>
        <translation>添加额外保护…</translation>
    </message>
    <message>
        <source>No password set</source>
        <translation>没有设置密码</translation>
    </message>
    <message>
        <source>WARNING! You have not set a password. Using a database without a password is strongly discouraged!

Are you sure you want to continue without a password?</source>
        <translation>警告！您尚未设置密码。强烈建议不要使用无密码的数据库！

您确定要在没有密码的情况下继续吗？</translation>
    </message>
    <message>
        <source>Continue without password</source>
        <translation>不使用密码继续</translation>
    </message>
    <message>
        <source>No encryption key added</source>
        <translation>没有添加加密密钥</translation>
    </message>
    <message>
        <source>You must add at least one encryption key to secure your database!</source>
        <translation>您必须添加至少一个加密密钥，才能保护您的数据库！</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Failed to change database credentials</source>
        <translation>更改数据库凭据失败</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetEncryption</name>
    <message>
        <source>Decryption Time:</source>
        <translation>解密时间：</translation>
    </message>
    <message>
        <source>Decryption time in seconds</source>
        <translation>解密时间秒数</translation>
    </message>
    <message>
        <source>Higher values offer more protection, but opening the database will take longer.</source>
        <translation>较高的值可提供更多保护，但打开数据库需要更长时间。</translation>
    </message>
    <message>
        <source>Database format:</source>
        <translation>数据库格式：</translation>
    </message>
    <message>
        <source>Database format</source>
        <translation>数据库格式</translation>
    </message>
    <message>
        <source>Format cannot be changed: Your database uses KDBX 4 features</source>
        <translation>无法更改格式：您的数据库使用了 KDBX 4 的功能</translation>
    </message>
    <message>
        <source>Unless you need to open your database with other programs, always use the latest format.</source>
        <translation>除非您需要使用其他程序打开数据库，否则应该始终使用最新格式。  </translation>
    </message>
    <message>
        <source>Encryption Algorithm:</source>
        <translation>加密算法：</translation>
    </message>
    <message>
        <source>Encryption algorithm</source>
        <translation>加密算法</translation>
    </message>
    <message>
        <source>AES:  256 Bit   (default)</source>
        <translation>AES：256 位 （默认）</translation>
    </message>
    <message>
        <source>Twofish:  256 Bit</source>
        <translation>Twofish：256 位</translation>
    </message>
    <message>
        <source>Key Derivation Function:</source>
        <translation>密钥派生函数：</translation>
    </message>
    <message>
        <source>Key derivation function</source>
        <translation>密钥派生函数</translation>
    </message>
    <message>
        <source>Transform rounds:</source>
        <translation>转换次数：</translation>
    </message>
    <message>
        <source>Transform rounds</source>
        <translation>转换次数</translation>
    </message>
    <message>
        <source>Memory Usage:</source>
        <translation>内存占用：</translation>
    </message>
    <message>
        <source>Memory usage</source>
        <translation>内存占用</translation>
    </message>
    <message>
        <source>Parallelism:</source>
        <translation>并行计算：</translation>
    </message>
    <message>
        <source>Parallelism</source>
        <translation>并行计算</translation>
    </message>
    <message>
        <source>KDBX 4 (recommended)</source>
        <translation>KDBX 4（推荐）</translation>
    </message>
    <message>
        <source>KDBX 3</source>
        <translation>KDBX 3</translation>
    </message>
    <message>
        <source>Number of rounds too high</source>
        <comment>Key transformation rounds</comment>
        <translation>次数过高</translation>
    </message>
    <message>
        <source>You are using a very high number of key transform rounds with Argon2.

If you keep this number, your database may take hours, days, or even longer to open.</source>
        <translation>您正在使用的密钥转换次数对于 Argon2 算法过高。

如果执意使用此次数，您的数据库可能需要数小时、数天甚至更长时间才能打开！</translation>
    </message>
    <message>
        <source>Understood, keep number</source>
        <translation>了解，仍使用此数量</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Number of rounds too low</source>
        <comment>Key transformation rounds</comment>
        <translation>次数过低</translation>
    </message>
    <message>
        <source>You are using a very low number of key transform rounds with AES-KDF.

If you keep this number, your database will not be protected from brute force attacks.</source>
        <translation>您正在使用的密钥转换次数对于 AES-KDF 算法过低。

如果执意使用此次数，您的数据库将无法防御暴力破解。</translation>
    </message>
    <message>
        <source>KDF unchanged</source>
        <translation>KDF 无变化</translation>
    </message>
    <message>
        <source>Failed to transform key with new KDF parameters; KDF unchanged.</source>
        <translation>无法使用新的 KDF 参数转换密钥；KDF 无变化。</translation>
    </message>
    <message numerus="yes">
        <source> MiB</source>
        <comment>Abbreviation for Mebibytes (KDF settings)</comment>
        <translation><numerusform> MiB</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> thread(s)</source>
        <comment>Threads for parallel execution (KDF settings)</comment>
        <translation><numerusform>线程</numerusform></translation>
    </message>
    <message>
        <source>Encryption Settings:</source>
        <translation>加密设置：</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>基本</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetFdoSecrets</name>
    <message>
        <source>Exposed Entries</source>
        <translation>公开条目</translation>
    </message>
    <message>
        <source>Don&apos;t expose this database</source>
        <translation>不公开此数据库</translation>
    </message>
    <message>
        <source>Expose entries under this group:</source>
        <translation>公开此群组下的条目：</translation>
    </message>
    <message>
        <source>Enable Secret Service to access these settings.</source>
        <translation>启用保密服务以访问这些设置。</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetGeneral</name>
    <message>
        <source>Database Metadata</source>
        <translation>数据库元数据</translation>
    </message>
    <message>
        <source>Database name:</source>
        <translation>数据库名称：</translation>
    </message>
    <message>
        <source>Database name field</source>
        <translation>数据库名称字段</translation>
    </message>
    <message>
        <source>Database description:</source>
        <translation>数据库描述：</translation>
    </message>
    <message>
        <source>Database description field</source>
        <translation>数据库描述字段</translation>
    </message>
    <message>
        <source>Default username:</source>
        <translation>默认用户名：</translation>
    </message>
    <message>
        <source>Default username field</source>
        <translation>默认用户名字段</translation>
    </message>
    <message>
        <source>History Settings</source>
        <translation>历史设置</translation>
    </message>
    <message>
        <source>Maximum number of history items per entry</source>
        <translation>每个条目最多历史记录数</translation>
    </message>
    <message>
        <source>Maximum size of history per entry</source>
        <translation>每个项目最大历史记录大小</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Use recycle bin</source>
        <translation>启用回收站</translation>
    </message>
    <message>
        <source>Additional Database Settings</source>
        <translation>其他数据库设置</translation>
    </message>
    <message>
        <source>Enable compression (recommended)</source>
        <translation>启用压缩（推荐）</translation>
    </message>
    <message>
        <source>Delete Recycle Bin</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <source>Do you want to delete the current recycle bin and all its contents?
This action is not reversible.</source>
        <translation>确定清空回收站？
这个动作无法逆转。</translation>
    </message>
    <message>
        <source> (old)</source>
        <translation>（旧的）</translation>
    </message>
    <message>
        <source>When saving this setting or editing an entry
the oldest history items of an entry will be
removed such that only the specified amount
of entries remain at most.</source>
        <translation>在保存此设置或编辑条目时
条目中最早的历史记录将会
被删除，保证只有指定的数
量被保留。</translation>
    </message>
    <message>
        <source>Limit the amount of history items per entry to:</source>
        <translation>限制每个条目的历史记录数量为：</translation>
    </message>
    <message>
        <source>When saving this setting or editing an entry
the oldest history items of an entry will be
removed such that the remaining history items
add up to the specified amount at most.</source>
        <translation>在保存此设置或编辑条目时
条目中最早的历史记录将会
被删除，保证最多只剩余指
定的数量。</translation>
    </message>
    <message>
        <source>Limit the total size of history items per entry to:</source>
        <translation>限制每个条目的历史记录总大小为：</translation>
    </message>
    <message>
        <source>Move entries to a recycle bin group
instead of deleting them from the database.
Entries deleted from the recycle bin are
removed from the database.</source>
        <translation>将条目移动到回收站群组
而非直接从数据库中删除。
从回收站中删除的条目将
会从数据库中删除。</translation>
    </message>
    <message>
        <source>Autosave delay since last change</source>
        <translation>修改后自动保存延迟</translation>
    </message>
    <message>
        <source>Autosave delay</source>
        <translation>自动保存延迟</translation>
    </message>
    <message>
        <source>Autosave delay since last change in minutes</source>
        <translation>修改后自动保存延迟分钟</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Autosave delay since last change checkbox</source>
        <translation>修改后自动保存延迟复选框</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetKeeShare</name>
    <message>
        <source>Sharing</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Breadcrumb</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Last Signer</source>
        <translation>最后签名者</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source> &gt; </source>
        <comment>Breadcrumb separator</comment>
        <translation>&gt;</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetMaintenance</name>
    <message>
        <source>Manage Custom Icons</source>
        <translation>管理自定义图标</translation>
    </message>
    <message>
        <source>Delete selected icon(s)</source>
        <translation>删除所选图标</translation>
    </message>
    <message>
        <source>Delete all custom icons not in use by any entry or group</source>
        <translation>删除未被任何条目或群组使用的自定义图标</translation>
    </message>
    <message>
        <source>Purge unused icons</source>
        <translation>清除未使用图标</translation>
    </message>
    <message>
        <source>Confirm Deletion</source>
        <translation>确认删除</translation>
    </message>
    <message>
        <source>At least one of the selected icons is currently in use by at least one entry or group. The icons of all affected entries and groups will be replaced by the default icon. Are you sure you want to delete icons that are currently in use?</source>
        <translation>已选图标中，至少有一个正在被条目或群组使用。使用此图标的条目和群组将会被替换为默认图标。您确定要删除正在使用的图标吗？</translation>
    </message>
    <message>
        <source>Custom Icons Are In Use</source>
        <translation>正在使用的自定义图标</translation>
    </message>
    <message>
        <source>All custom icons are in use by at least one entry or group.</source>
        <translation>所有自定义图标都至少被一个条目或群组使用。</translation>
    </message>
    <message>
        <source>Purged Unused Icons</source>
        <translation>清除未使用图标</translation>
    </message>
    <message numerus="yes">
        <source>Purged %n icon(s) from the database.</source>
        <translation><numerusform>已在数据库中清除 %n 个图标。</numerusform></translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidgetMetaDataSimple</name>
    <message>
        <source>Database Name:</source>
        <translation>数据库名称：</translation>
    </message>
    <message>
        <source>Database name field</source>
        <translation>数据库名称字段</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Database description field</source>
        <translation>数据库描述字段</translation>
    </message>
</context>
<context>
    <name>DatabaseTabWidget</name>
    <message>
        <source>Database creation error</source>
        <translation>数据库创建错误</translation>
    </message>
    <message>
        <source>The created database has no key or KDF, refusing to save it.
This is definitely a bug, please report it to the developers.</source>
        <translation>已创建的数据库没有密钥或 KDF，拒绝保存。
这一定是一个错误，请报告给开发者。</translation>
    </message>
    <message>
        <source>KeePass 2 Database</source>
        <translation>KeePass 2 数据库</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Failed to open %1. It either does not exist or is not accessible.</source>
        <translation>打开 %1 失败，它可能不存在或无法访问。</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <source>Select CSV file</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <source>Merge database</source>
        <translation>合并数据库</translation>
    </message>
    <message>
        <source>KeePass 1 database</source>
        <translation>KeePass 1 数据库</translation>
    </message>
    <message>
        <source>Open KeePass 1 database</source>
        <translation>打开 KeePass 1 数据库</translation>
    </message>
    <message>
        <source>Open OPVault</source>
        <translation>打开 OPVault</translation>
    </message>
    <message>
        <source>Export database to CSV file</source>
        <translation>导出数据库到 CSV 文件</translation>
    </message>
    <message>
        <source>Writing the CSV file failed.</source>
        <translation>写入 CSV 文件失败。</translation>
    </message>
    <message>
        <source>Writing the HTML file failed.</source>
        <translation>写入 HTML 文件失败</translation>
    </message>
    <message>
        <source>Export database to XML file</source>
        <translation>导出数据库到 XML 文件</translation>
    </message>
    <message>
        <source>XML file</source>
        <translation>XML 文件</translation>
    </message>
    <message>
        <source>Writing the XML file failed</source>
        <translation>写入 XML 文件失败</translation>
    </message>
    <message>
        <source>Export Confirmation</source>
        <translation>导出确认</translation>
    </message>
    <message>
        <source>You are about to export your database to an unencrypted file. This will leave your passwords and sensitive information vulnerable! Are you sure you want to continue?</source>
        <translation>您即将导出数据库到未加密文件，这将会直接暴露您的密码或敏感信息！确定要继续吗？</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>%1 [New Database]</source>
        <comment>Database tab name modifier</comment>
        <translation>%1 [新建数据库]</translation>
    </message>
    <message>
        <source>%1 [Locked]</source>
        <comment>Database tab name modifier</comment>
        <translation>%1 [锁定]</translation>
    </message>
</context>
<context>
    <name>DatabaseWidget</name>
    <message>
        <source>Searches and Tags</source>
        <translation>搜索与标签</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Shared group…</source>
        <translation>共享群组…</translation>
    </message>
    <message>
        <source>Confirm Auto-Type</source>
        <translation>确认自动输入</translation>
    </message>
    <message>
        <source>Perform Auto-Type into the previously active window?</source>
        <translation>在上一个激活的窗口中执行自动输入吗？</translation>
    </message>
    <message>
        <source>Execute command?</source>
        <translation>执行命令？</translation>
    </message>
    <message>
        <source>Do you really want to execute the following command?&lt;br&gt;&lt;br&gt;%1&lt;br&gt;</source>
        <translation>您确定要执行以下命令？&lt;br&gt;&lt;br&gt;%1&lt;br&gt;</translation>
    </message>
    <message>
        <source>Remember my choice</source>
        <translation>记住我的选择</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>删除群组</translation>
    </message>
    <message>
        <source>Do you really want to delete the group &quot;%1&quot; for good?</source>
        <translation>您确定要永久删除“%1”群组吗？</translation>
    </message>
    <message>
        <source>Move group to recycle bin?</source>
        <translation>要将群组移动到回收站吗？</translation>
    </message>
    <message>
        <source>Do you really want to move the group &quot;%1&quot; to the recycle bin?</source>
        <translation>您确定要将组“%1”移动到回收站吗？</translation>
    </message>
    <message>
        <source>Expired entries</source>
        <translation>已过期条目</translation>
    </message>
    <message numerus="yes">
        <source>Entries expiring within %1 day(s)</source>
        <translation><numerusform>将在 %1 天内过期的条目</numerusform></translation>
    </message>
    <message>
        <source>No current database.</source>
        <translation>未打开任何数据库。</translation>
    </message>
    <message>
        <source>No source database, nothing to do.</source>
        <translation>没有源数据库，无可用操作。</translation>
    </message>
    <message>
        <source>Successfully merged the database files.</source>
        <translation>已成功合并数据库文件。</translation>
    </message>
    <message>
        <source>Database was not modified by merge operation.</source>
        <translation>合并操作未修改数据库。</translation>
    </message>
    <message>
        <source>Search Results (%1)</source>
        <translation>搜索结果（%1）</translation>
    </message>
    <message>
        <source>No Results</source>
        <translation>无结果</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Enter a unique name or overwrite an existing search from the list:</source>
        <translation>输入唯一名称或者覆盖列表中已存在的搜索：</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>保存搜索</translation>
    </message>
    <message>
        <source>Lock Database?</source>
        <translation>锁定数据库？</translation>
    </message>
    <message>
        <source>You are editing an entry. Discard changes and lock anyway?</source>
        <translation>您正在编辑一个条目。确定要放弃更改并锁定吗？</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was modified.
Save changes?</source>
        <translation>“%1”已被修改。
保存更改吗？</translation>
    </message>
    <message>
        <source>Database was modified.
Save changes?</source>
        <translation>数据库已被修改。
保存更改吗？</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>保存更改吗？</translation>
    </message>
    <message>
        <source>File has changed</source>
        <translation>文件已变更</translation>
    </message>
    <message>
        <source>The database file has changed. Do you want to load the changes?</source>
        <translation>数据库文件已发生变化。是否重新载入？</translation>
    </message>
    <message>
        <source>Merge Request</source>
        <translation>合并请求</translation>
    </message>
    <message>
        <source>The database file has changed and you have unsaved changes.
Do you want to merge your changes?</source>
        <translation>数据库文件已发生变化，并且您有未保存的更改。
您想合并您的修改吗？</translation>
    </message>
    <message>
        <source>Could not open the new database file while attempting to autoreload.
Error: %1</source>
        <translation>尝试自动重载时无法打开新的数据库文件。
错误：%1</translation>
    </message>
    <message>
        <source>Disable safe saves?</source>
        <translation>禁用安全保存？</translation>
    </message>
    <message>
        <source>KeePassXC has failed to save the database multiple times. This is likely caused by file sync services holding a lock on the save file.
Disable safe saves and try again?</source>
        <translation>KeePassXC 未能多次保存数据库。这可能是因为文件同步服务锁定了要保存的文件。
禁用安全保存并重试？</translation>
    </message>
    <message>
        <source>Writing the database failed: %1</source>
        <translation>写入数据库失败：%1</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Save database as</source>
        <translation>另存为数据库</translation>
    </message>
    <message>
        <source>KeePass 2 Database</source>
        <translation>KeePass 2 数据库</translation>
    </message>
    <message>
        <source>Save database backup</source>
        <translation>保存数据库备份</translation>
    </message>
    <message>
        <source>Empty recycle bin?</source>
        <translation>清空回收站？</translation>
    </message>
    <message>
        <source>Are you sure you want to permanently delete everything from your recycle bin?</source>
        <translation>您确定要永久删除回收站中的所有内容？</translation>
    </message>
    <message>
        <source>Could not find database file: %1</source>
        <translation>找不到数据库文件：%1</translation>
    </message>
</context>
<context>
    <name>EditEntryWidget</name>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>图标</translation>
    </message>
    <message>
        <source>Auto-Type</source>
        <translation>自动输入</translation>
    </message>
    <message>
        <source>Browser Integration</source>
        <translation>浏览器集成</translation>
    </message>
    <message>
        <source>&lt;empty URL&gt;</source>
        <translation>&lt;空 URL&gt;</translation>
    </message>
    <message>
        <source>Confirm Removal</source>
        <translation>确认删除</translation>
    </message>
    <message>
        <source>Are you sure you want to remove this URL?</source>
        <translation>您确定要删除这个 URL？</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>SSH Agent</source>
        <translation>SSH 代理</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>(encrypted)</source>
        <translation>（已加密）</translation>
    </message>
    <message>
        <source>Select private key</source>
        <translation>选择私钥文件</translation>
    </message>
    <message>
        <source>Entry history</source>
        <translation>条目历史</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>添加条目</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>编辑条目</translation>
    </message>
    <message>
        <source>Some Browser Integration settings are overridden by group settings.</source>
        <translation>一些浏览器集成设置已被群组设置覆盖。</translation>
    </message>
    <message>
        <source>Invalid Entry</source>
        <translation>无效条目</translation>
    </message>
    <message>
        <source>An external merge operation has invalidated this entry.
Unfortunately, any changes made have been lost.</source>
        <translation>一次外部合并操作损坏了此条目。
很遗憾，所有修改都已丢失。</translation>
    </message>
    <message>
        <source>Auto-Type Validation Error</source>
        <translation>自动输入验证错误</translation>
    </message>
    <message>
        <source>An error occurred while validating the custom Auto-Type sequence:
%1
Would you like to correct it?</source>
        <translation>验证自定义自动输入序列时出错：
%1
您要修正吗？</translation>
    </message>
    <message>
        <source>An error occurred while validating the Auto-Type sequence for &quot;%1&quot;:
%2
Would you like to correct it?</source>
        <translation>验证“%1”自动输入序列时出错：
%2
您要修正吗？</translation>
    </message>
    <message>
        <source>Entry updated successfully.</source>
        <translation>条目已成功更新。</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Would you like to save changes to this entry?</source>
        <translation>您要保存对此条目的更改吗？</translation>
    </message>
    <message>
        <source>New attribute</source>
        <translation>新属性</translation>
    </message>
    <message>
        <source>New attribute %1</source>
        <translation>新属性 %1</translation>
    </message>
    <message>
        <source>Are you sure you want to remove this attribute?</source>
        <translation>您确定要删除这个属性吗？</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>[PROTECTED] Press Reveal to view or edit</source>
        <translation>[已保护] 点击“显示”以查看或编辑</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation><numerusform>%n 小时</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation><numerusform>%n 周</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation><numerusform>%n 月</numerusform></translation>
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
        <translation>附加属性</translation>
    </message>
    <message>
        <source>Attribute selection</source>
        <translation>属性选择</translation>
    </message>
    <message>
        <source>Attribute value</source>
        <translation>属性值</translation>
    </message>
    <message>
        <source>Add a new attribute</source>
        <translation>添加新属性</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove selected attribute</source>
        <translation>删除所选属性</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Edit attribute name</source>
        <translation>编辑属性名称</translation>
    </message>
    <message>
        <source>Edit Name</source>
        <translation>编辑名称</translation>
    </message>
    <message>
        <source>Toggle attribute protection</source>
        <translation>属性保护开关</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>保护</translation>
    </message>
    <message>
        <source>Show a protected attribute</source>
        <translation>显示被保护的属性</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>If checked, the entry will not appear in reports like Health Check and HIBP even if it doesn&apos;t match the quality requirements.</source>
        <translation>勾选后，此条目将不会出现在健康检查和 HIBP 等报告中，即使它不符合质量要求。</translation>
    </message>
    <message>
        <source>Exclude from database reports</source>
        <translation>从数据库报告中排除</translation>
    </message>
    <message>
        <source>Foreground Color:</source>
        <translation>前景色：</translation>
    </message>
    <message>
        <source>Foreground color selection</source>
        <translation>前景色选择</translation>
    </message>
    <message>
        <source>Background Color:</source>
        <translation>背景色：</translation>
    </message>
    <message>
        <source>Background color selection</source>
        <translation>背景色选择</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetAutoType</name>
    <message>
        <source>Enable Auto-Type for this entry</source>
        <translation>为此条目启用自动输入</translation>
    </message>
    <message>
        <source>Inherit default Auto-Type sequence from the group</source>
        <translation>从父群组继承默认的自动输入序列</translation>
    </message>
    <message>
        <source>Use custom Auto-Type sequence:</source>
        <translation>使用自定义自动输入序列：</translation>
    </message>
    <message>
        <source>Custom Auto-Type sequence</source>
        <translation>自定义自动输入序列</translation>
    </message>
    <message>
        <source>Open Auto-Type help webpage</source>
        <translation>打开自动输入的帮助页面</translation>
    </message>
    <message>
        <source>Window Associations</source>
        <translation>窗口关联</translation>
    </message>
    <message>
        <source>Existing window associations</source>
        <translation>已有的窗口关联</translation>
    </message>
    <message>
        <source>Add new window association</source>
        <translation>添加一个新的窗口关联</translation>
    </message>
    <message>
        <source>+</source>
        <comment>Add item</comment>
        <translation>+</translation>
    </message>
    <message>
        <source>Remove selected window association</source>
        <translation>删除所选窗口关联</translation>
    </message>
    <message>
        <source>-</source>
        <comment>Remove item</comment>
        <translation>-</translation>
    </message>
    <message>
        <source>Window title:</source>
        <translation>窗口标题：</translation>
    </message>
    <message>
        <source>You can use an asterisk (*) to match everything</source>
        <translation>您可以使用通配符星号（*）来匹配任何内容</translation>
    </message>
    <message>
        <source>Set the window association title</source>
        <translation>设定窗口关联标题</translation>
    </message>
    <message>
        <source>You can use an asterisk to match everything</source>
        <translation>您可以使用星号来匹配任何内容</translation>
    </message>
    <message>
        <source>Use a specific sequence for this association:</source>
        <translation>为此关联使用特定序列：</translation>
    </message>
    <message>
        <source>Custom Auto-Type sequence for this window</source>
        <translation>自定义此窗口的自动输入序列</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetBrowser</name>
    <message>
        <source>These settings affect to the entry&apos;s behaviour with the browser extension.</source>
        <translation>这些设置会影响启用浏览器扩展时此条目的行为。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Hide this entry from the browser extension</source>
        <translation>在浏览器扩展中隐藏此条目</translation>
    </message>
    <message>
        <source>Skip Auto-Submit for this entry</source>
        <translation>跳过此条目的自动提交</translation>
    </message>
    <message>
        <source>Only send this setting to the browser for HTTP Auth dialogs. If enabled, normal login forms will not show this entry for selection.</source>
        <translation>仅将此设置发送到浏览器的 HTTP 认证对话框。启用后，普通登录表单不会再显示此条目供选择。</translation>
    </message>
    <message>
        <source>Use this entry only with HTTP Basic Auth</source>
        <translation>此条目仅用于 HTTP Basic 认证</translation>
    </message>
    <message>
        <source>Do not send this setting to the browser for HTTP Auth dialogs. If enabled, HTTP Auth dialogs will not show this entry for selection.</source>
        <translation>不要将此设置发送到浏览器的 HTTP 认证对话框。启用后，HTTP 认证对话框不会再显示此条目供选择。</translation>
    </message>
    <message>
        <source>Do not use this entry with HTTP Basic Auth</source>
        <translation>此条目不用于 HTTP Basic 认证</translation>
    </message>
    <message>
        <source>Additional URL&apos;s</source>
        <translation>附加 URL</translation>
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
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetHistory</name>
    <message>
        <source>Entry history selection</source>
        <translation>选择条目历史记录</translation>
    </message>
    <message>
        <source>Show entry at selected history state</source>
        <translation>在选定的历史状态下显示条目</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Restore entry to selected history state</source>
        <translation>还原到所选历史记录</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Delete selected history state</source>
        <translation>删除所选历史记录</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete all history</source>
        <translation>删除所有历史记录</translation>
    </message>
    <message>
        <source>Delete all</source>
        <translation>全部删除</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetMain</name>
    <message>
        <source>Edit Entry</source>
        <translation>编辑条目</translation>
    </message>
    <message>
        <source>Notes field</source>
        <translation>备注字段</translation>
    </message>
    <message>
        <source>Username field</source>
        <translation>用户名字段</translation>
    </message>
    <message>
        <source>Expiration field</source>
        <translation>过期时间字段</translation>
    </message>
    <message>
        <source>Expiration Presets</source>
        <translation>过期时间预设</translation>
    </message>
    <message>
        <source>Expiration presets</source>
        <translation>过期时间预设</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Url field</source>
        <translation>URL 字段</translation>
    </message>
    <message>
        <source>Download favicon for URL</source>
        <translation>从 URL 下载网站图标</translation>
    </message>
    <message>
        <source>Title field</source>
        <translation>标题字段</translation>
    </message>
    <message>
        <source>Password field</source>
        <translation>密码字段</translation>
    </message>
    <message>
        <source>Toggle expiration</source>
        <translation>启用或禁用过期</translation>
    </message>
    <message>
        <source>Tags list</source>
        <translation>标签列表</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>UR&amp;L:</source>
        <translation>UR&amp;L：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Toggle notes visibility</source>
        <translation>显示或隐藏备注</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>标签(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>过期时间(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>EditEntryWidgetSSHAgent</name>
    <message>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>Remove key from agent when database is closed/locked</source>
        <translation>数据库关闭或锁定时，从代理中删除密钥</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>Add key to agent when database is opened/unlocked</source>
        <translation>在打开或解锁数据库时，向代理添加密钥</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>解密</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>公钥</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>External key file</source>
        <translation>外部密钥文件</translation>
    </message>
    <message>
        <source>Add to agent</source>
        <translation>添加到代理</translation>
    </message>
    <message>
        <source>Remove from agent</source>
        <translation>从代理中删除</translation>
    </message>
    <message>
        <source>External file</source>
        <translation>外部文件</translation>
    </message>
    <message>
        <source>Browser for key file</source>
        <translation>浏览密钥文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <extracomment>Button for opening file dialog</extracomment>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Select attachment file</source>
        <translation>选择附件文件</translation>
    </message>
    <message>
        <source>Require user confirmation when this key is used</source>
        <translation>使用此密钥时请求用户确认</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Remove key from agent after</source>
        <translation>多久后从代理中删除密钥</translation>
    </message>
    <message>
        <source>Remove key from agent after specified seconds</source>
        <translation>从代理中删除密钥的等待秒数</translation>
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
        <translation>群组</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>图标</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>添加群组</translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation>编辑群组</translation>
    </message>
    <message>
        <source>Group has unsaved changes</source>
        <translation>群组有未保存的更改</translation>
    </message>
    <message>
        <source>Browser Integration</source>
        <translation>浏览器集成</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>禁用</translation>
    </message>
    <message>
        <source>Inherit from parent group (%1)</source>
        <translation>继承自父群组（%1）</translation>
    </message>
</context>
<context>
    <name>EditGroupWidgetBrowser</name>
    <message>
        <source>These settings affect to the group&apos;s behaviour with the browser extension.</source>
        <translation>这些设置会影响启用浏览器扩展时此群组的行为。</translation>
    </message>
    <message>
        <source>Hide entries from browser extension:</source>
        <translation>在浏览器扩展中隐藏条目：</translation>
    </message>
    <message>
        <source>Hide entries from browser extension toggle for this and sub groups</source>
        <translation>切换是否在浏览器扩展中隐藏当前群组与子群组的条目</translation>
    </message>
    <message>
        <source>Skip Auto-Submit for entries:</source>
        <translation>跳过条目的自动提交：</translation>
    </message>
    <message>
        <source>Skip Auto-Submit toggle for this and sub groups</source>
        <translation>切换是否跳过当前群组与子群组的自动提交</translation>
    </message>
    <message>
        <source>Use entries only with HTTP Basic Auth:</source>
        <translation>仅用于 HTTP Basic 认证的条目：</translation>
    </message>
    <message>
        <source>Only HTTP Auth toggle for this and sub groups</source>
        <translation>切换当前群组与子群组是否仅用于 HTTP 认证</translation>
    </message>
    <message>
        <source>Do not use entries with HTTP Basic Auth:</source>
        <translation>不用于 HTTP Basic 认证的条目：</translation>
    </message>
    <message>
        <source>Do not use HTTP Auth toggle for this and sub groups</source>
        <translation>切换当前群组与子群组是否不用于 HTTP 认证</translation>
    </message>
    <message>
        <source>Omit WWW subdomain from matching:</source>
        <translation>匹配时省略 WWW 子域名：</translation>
    </message>
    <message>
        <source>Omit WWW subdomain from matching toggle for this and sub groups</source>
        <translation>切换当前群组与子群组是否在匹配时省略 WWW 子域名</translation>
    </message>
</context>
<context>
    <name>EditGroupWidgetKeeShare</name>
    <message>
        <source>Sharing mode field</source>
        <translation>共享模式字段</translation>
    </message>
    <message>
        <source>Password field</source>
        <translation>密码字段</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>路径：</translation>
    </message>
    <message>
        <source>Path to share file field</source>
        <translation>共享文件路径字段</translation>
    </message>
    <message>
        <source>Browse for share file</source>
        <translation>浏览共享文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>Clear fields</source>
        <translation>清空字段</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>非活跃</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Synchronize</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Your KeePassXC version does not support sharing this container type.
Supported extensions are: %1.</source>
        <translation>您的 KeePassXC 版本不支持共享此容器类型。
支持的扩展包括：%1。</translation>
    </message>
    <message>
        <source>%1 is already being exported by this database.</source>
        <translation>%1 已经从此数据库中导出</translation>
    </message>
    <message>
        <source>%1 is already being imported by this database.</source>
        <translation>%1 已经被此数据库导入</translation>
    </message>
    <message>
        <source>%1 is being imported and exported by different groups in this database.</source>
        <translation>%1 已由此数据库中其他群组导入和导出。</translation>
    </message>
    <message>
        <source>KeeShare is currently disabled. You can enable import/export in the application settings.</source>
        <comment>KeeShare is a proper noun</comment>
        <translation>KeeShare 未启用，您可以在应用设置中启用导入/导出。</translation>
    </message>
    <message>
        <source>Database export is currently disabled by application settings.</source>
        <translation>应用设置目前已禁用数据库导出。</translation>
    </message>
    <message>
        <source>Database import is currently disabled by application settings.</source>
        <translation>应用设置目前已禁用数据库导入。</translation>
    </message>
    <message>
        <source>KeeShare container</source>
        <translation>KeeShare 容器</translation>
    </message>
    <message>
        <source>KeeShare signed container</source>
        <translation>KeeShare 已签名容器</translation>
    </message>
    <message>
        <source>Select import source</source>
        <translation>选择导入来源</translation>
    </message>
    <message>
        <source>Select export target</source>
        <translation>选择导出目标</translation>
    </message>
    <message>
        <source>Select import/export file</source>
        <translation>选择导入/导出文件</translation>
    </message>
</context>
<context>
    <name>EditGroupWidgetMain</name>
    <message>
        <source>Edit Group</source>
        <translation>编辑群组</translation>
    </message>
    <message>
        <source>Toggle expiration</source>
        <translation>启用或禁用过期</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>过期时间：</translation>
    </message>
    <message>
        <source>Name field</source>
        <translation>名称字段</translation>
    </message>
    <message>
        <source>Expiration field</source>
        <translation>过期时间字段</translation>
    </message>
    <message>
        <source>Use default Auto-Type sequence of parent group</source>
        <translation>使用父群组的默认自动输入序列</translation>
    </message>
    <message>
        <source>Auto-Type:</source>
        <translation>自动输入：</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>搜索：</translation>
    </message>
    <message>
        <source>Auto-Type toggle for this and sub groups</source>
        <translation>切换当前和所有子群组的自动输入</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Default auto-type sequence field</source>
        <translation>默认自动输入序列字段</translation>
    </message>
    <message>
        <source>Notes field</source>
        <translation>备注字段</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Set default Auto-Type sequence</source>
        <translation>设置默认的自动输入序列</translation>
    </message>
    <message>
        <source>Search toggle for this and sub groups</source>
        <translation>切换当前和所有子群组的搜索</translation>
    </message>
</context>
<context>
    <name>EditWidgetIcons</name>
    <message>
        <source>Use default icon</source>
        <translation>使用默认图标</translation>
    </message>
    <message>
        <source>Use custom icon</source>
        <translation>使用自定义图标</translation>
    </message>
    <message>
        <source>Choose icon…</source>
        <translation>选择图标…</translation>
    </message>
    <message>
        <source>Set the URL to use to search for a favicon</source>
        <translation>设置用于搜索图标的 URL</translation>
    </message>
    <message>
        <source>Favicon URL</source>
        <translation>图标 URL</translation>
    </message>
    <message>
        <source>Download favicon for URL</source>
        <translation>从 URL 下载网站图标</translation>
    </message>
    <message>
        <source>Download favicon</source>
        <translation>下载网站图标</translation>
    </message>
    <message>
        <source>Apply selected icon to subgroups and entries</source>
        <translation>将所选图标应用于子群组和条目</translation>
    </message>
    <message>
        <source>Apply icon to…</source>
        <translation>将图标应用于…</translation>
    </message>
    <message>
        <source>Apply to this group only</source>
        <translation>仅应用于此群组</translation>
    </message>
    <message>
        <source>Also apply to child groups</source>
        <translation>也应用于子群组</translation>
    </message>
    <message>
        <source>Also apply to child entries</source>
        <translation>也应用于子条目</translation>
    </message>
    <message>
        <source>Also apply to all children</source>
        <translation>也应用于所有子群组和条目</translation>
    </message>
    <message>
        <source>Unable to fetch favicon.</source>
        <translation>无法获取网站图标。</translation>
    </message>
    <message>
        <source>You can enable the DuckDuckGo website icon service under Tools -&gt; Settings -&gt; Security</source>
        <translation>您可以在“工具 -&gt; 设置 -&gt; 安全”中选择 DuckDuckGo 作为网站图标来源</translation>
    </message>
    <message>
        <source>Existing icon selected.</source>
        <translation>已选择存在的图标。</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>Select Image(s)</source>
        <translation>选择图片</translation>
    </message>
    <message numerus="yes">
        <source>Successfully loaded %1 of %n icon(s)</source>
        <translation><numerusform>已成功加载 %1 / %n 个图标</numerusform></translation>
    </message>
    <message>
        <source>No icons were loaded</source>
        <translation>未加载任何图标</translation>
    </message>
    <message numerus="yes">
        <source>%n icon(s) already exist in the database</source>
        <translation><numerusform>%n 个图标已存在于数据库中</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The following icon(s) failed:</source>
        <translation><numerusform>以下图标失败：</numerusform></translation>
    </message>
</context>
<context>
    <name>EditWidgetProperties</name>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Datetime created</source>
        <translation>创建日期和时间</translation>
    </message>
    <message>
        <source>Modified:</source>
        <translation>修改时间：</translation>
    </message>
    <message>
        <source>Datetime modified</source>
        <translation>修改日期和时间</translation>
    </message>
    <message>
        <source>Accessed:</source>
        <translation>访问时间：</translation>
    </message>
    <message>
        <source>Datetime accessed</source>
        <translation>访问日期和时间</translation>
    </message>
    <message>
        <source>Uuid:</source>
        <translation>UUID：</translation>
    </message>
    <message>
        <source>Unique ID</source>
        <translation>唯一 ID</translation>
    </message>
    <message>
        <source>Plugin Data</source>
        <translation>插件数据</translation>
    </message>
    <message>
        <source>Plugin data</source>
        <translation>插件数据</translation>
    </message>
    <message>
        <source>Remove selected plugin data</source>
        <translation>删除所选插件数据</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete plugin data?</source>
        <translation>是否删除插件数据？</translation>
    </message>
    <message>
        <source>Do you really want to delete the selected plugin data?
This may cause the affected plugins to malfunction.</source>
        <translation>您真的想删除所选插件数据吗？
这可能会导致受影响的插件出现问题。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
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
        <translation>%1 - 副本</translation>
    </message>
</context>
<context>
    <name>EntryAttachments</name>
    <message>
        <source>Cannot open file &quot;%1&quot;</source>
        <translation>无法打开文件“%1”</translation>
    </message>
</context>
<context>
    <name>EntryAttachmentsModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
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
        <translation>表单</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Add new attachment</source>
        <translation>添加新附件</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove selected attachment</source>
        <translation>删除所选附件</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Rename selected attachment</source>
        <translation>重命名所选附件</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Open selected attachment</source>
        <translation>打开所选附件</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save selected attachment to disk</source>
        <translation>将所选附件保存到磁盘</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Select files</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Confirm remove</source>
        <translation>确认删除</translation>
    </message>
    <message numerus="yes">
        <source>Are you sure you want to remove %n attachment(s)?</source>
        <translation><numerusform>您确定要删除 %n 个附件吗？</numerusform></translation>
    </message>
    <message>
        <source>Save attachments</source>
        <translation>保存附件</translation>
    </message>
    <message>
        <source>Unable to create directory:
%1</source>
        <translation>无法创建目录：
%1</translation>
    </message>
    <message>
        <source>Are you sure you want to overwrite the existing file &quot;%1&quot; with the attachment?</source>
        <translation>您确定要用附件覆盖现有文件“%1”吗？</translation>
    </message>
    <message>
        <source>Confirm overwrite</source>
        <translation>确认覆盖</translation>
    </message>
    <message>
        <source>Unable to save attachments:
%1</source>
        <translation>无法保存附件：
%1</translation>
    </message>
    <message>
        <source>Unable to open attachment:
%1</source>
        <translation>无法打开附件：
%1</translation>
    </message>
    <message>
        <source>Unable to open attachments:
%1</source>
        <translation>无法打开附件：%1</translation>
    </message>
    <message numerus="yes">
        <source>Unable to open file(s):
%1</source>
        <translation><numerusform>无法打开文件：
%1</numerusform></translation>
    </message>
    <message>
        <source>Confirm Overwrite Attachment</source>
        <translation>确认覆盖附件</translation>
    </message>
    <message>
        <source>Attachment &quot;%1&quot; already exists. 
Would you like to overwrite the existing attachment?</source>
        <translation>附件“%1”已存在。
您要覆盖已存在的附件吗？</translation>
    </message>
    <message>
        <source>Confirm Attachment</source>
        <translation>确认附件</translation>
    </message>
    <message>
        <source>%1 is a big file (%2 MB).
Your database may get very large and reduce performance.

Are you sure to add this file?</source>
        <translation>%1 是一个大文件（%2 MB）。
您的数据库可能会变得非常大，并降低性能。

您确定要添加此文件吗？</translation>
    </message>
    <message>
        <source>Attachment modified</source>
        <translation>附件已修改</translation>
    </message>
    <message>
        <source>The attachment '%1' was modified.
Do you want to save the changes to your database?</source>
        <translation>附件“%1”已修改。
是否要将更改保存到数据库？</translation>
    </message>
    <message>
        <source>Saving attachment failed</source>
        <translation>保存附件失败</translation>
    </message>
    <message>
        <source>Saving updated attachment failed.
Error: %1</source>
        <translation>保存更新的附件失败。
错误：%1</translation>
    </message>
</context>
<context>
    <name>EntryAttributesModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>EntryHistoryModel</name>
    <message>
        <source>Current (%1)</source>
        <translation>当前（%1）</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>存在时间</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Custom Attributes</source>
        <translation>自定义属性</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>图标</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation>TOTP</translation>
    </message>
    <message>
        <source>Custom Data</source>
        <translation>自定义数据</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Auto-Type</source>
        <translation>自动输入</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <source>Ref: </source>
        <comment>Reference abbreviation</comment>
        <translation>引用：</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>群组</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>访问时间</translation>
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
        <translation>群组名称</translation>
    </message>
    <message>
        <source>Entry title</source>
        <translation>条目标题</translation>
    </message>
    <message>
        <source>Password Strength</source>
        <translation>密码强度</translation>
    </message>
    <message>
        <source>Entry notes</source>
        <translation>条目备注</translation>
    </message>
    <message>
        <source>Entry expires at</source>
        <translation>条目过期于</translation>
    </message>
    <message>
        <source>Creation date</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Last modification date</source>
        <translation>上次修改日期</translation>
    </message>
    <message>
        <source>Last access date</source>
        <translation>上次访问日期</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Entry size</source>
        <translation>条目大小</translation>
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
        <translation>背景色</translation>
    </message>
</context>
<context>
    <name>EntryPreviewWidget</name>
    <message>
        <source>Display current TOTP value</source>
        <translation>显示当前 TOTP 密码</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Tags list</source>
        <translation>标签列表</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Autotype</source>
        <translation>自动输入</translation>
    </message>
    <message>
        <source>Default Sequence</source>
        <translation>默认序列</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Double click to copy value</source>
        <translation>双击复制值</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>禁用</translation>
    </message>
    <message>
        <source>Double click to copy to clipboard</source>
        <translation>双击复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>EntryURLModel</name>
    <message>
        <source>Invalid URL</source>
        <translation>无效 URL</translation>
    </message>
    <message>
        <source>Duplicate URL</source>
        <translation>重复 URL</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <source>Fit to window</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Fit to contents</source>
        <translation>适应内容</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>重置为默认值</translation>
    </message>
    <message numerus="yes">
        <source>+ %1 entry(s)...</source>
        <translation><numerusform>+ %1 项条目…</numerusform></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export options</source>
        <translation>导出选项</translation>
    </message>
    <message>
        <source>Sort entries by...</source>
        <translation>条目排序方法为...</translation>
    </message>
    <message>
        <source>You are about to export your database to an unencrypted file.
This will leave your passwords and sensitive information vulnerable!
</source>
        <translation>您即将导出数据库到未加密文件。
这可能会泄露您的密码和敏感信息！
</translation>
    </message>
    <message>
        <source>database order</source>
        <translation>数据库排序</translation>
    </message>
    <message>
        <source>name (ascending)</source>
        <translation>名称（升序）</translation>
    </message>
    <message>
        <source>name (descending)</source>
        <translation>名称（降序）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Export database to HTML file</source>
        <translation>导出数据库到 HTML 文件</translation>
    </message>
    <message>
        <source>HTML file</source>
        <translation>HTML 文件</translation>
    </message>
</context>
<context>
    <name>FdoSecrets::DBusMgr</name>
    <message>
        <source>Failed to deliver message</source>
        <translation>发送消息失败</translation>
    </message>
    <message>
        <source>Failed to send reply on DBus</source>
        <translation>通过 DBus 发送响应失败</translation>
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
        <translation>&lt;i&gt;PID：%1，可执行文件：%2&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Another secret service is running (%1).&lt;br/&gt;Please stop/remove it before re-enabling the Secret Service Integration.</source>
        <translation>另一个保密服务正在运行（%1）。&lt;br/&gt;在重新启用保密服务集成之前，请停止或删除它。</translation>
    </message>
    <message>
        <source>Failed to register DBus service at %1.&lt;br/&gt;</source>
        <translation>在 %1 注册 DBus 服务失败。&lt;br/&gt;</translation>
    </message>
    <message>
        <source>Failed to register service on DBus at path &apos;%1&apos;</source>
        <translation>在“%1”路径向 DBus 注册服务失败。</translation>
    </message>
    <message>
        <source>Failed to register database on DBus under the name &apos;%1&apos;</source>
        <translation>在“%1”名称下向 DBus 注册数据库失败。</translation>
    </message>
    <message>
        <source>Failed to register session on DBus at path &apos;%1&apos;</source>
        <translation>在“%1”路径向 DBus 注册会话失败。</translation>
    </message>
    <message>
        <source>Failed to register item on DBus at path &apos;%1&apos;</source>
        <translation>在“%1”路径向 DBus 注册项目失败。</translation>
    </message>
    <message>
        <source>Failed to register prompt object on DBus at path &apos;%1&apos;</source>
        <translation>在“%1”路径向 DBus 注册提示对象失败。</translation>
    </message>
</context>
<context>
    <name>FdoSecrets::Item</name>
    <message>
        <source>Entry &quot;%1&quot; from database &quot;%2&quot; was used by %3</source>
        <translation>数据库“%2”的条目“%1”正被 %3 使用</translation>
    </message>
</context>
<context>
    <name>FdoSecrets::Service</name>
    <message numerus="yes">
        <source>%n Entry(s) was used by %1</source>
        <comment>%1 is the name of an application</comment>
        <translation><numerusform>%n 个条目被 %1 使用</numerusform></translation>
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
        <translation>可执行文件路径不存在或无法访问。请检查客户端是否有效。</translation>
    </message>
</context>
<context>
    <name>FdoSecrets::SettingsDatabaseModel</name>
    <message>
        <source>Unlock to show</source>
        <translation>解锁以显示</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>FdoSecrets::UnlockPrompt</name>
    <message>
        <source>%1 (PID: %2)</source>
        <translation>%1（PID：%2）</translation>
    </message>
</context>
<context>
    <name>FdoSecretsPlugin</name>
    <message>
        <source>&lt;b&gt;Fdo Secret Service:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Fdo 保密服务：&lt;/b&gt;%1</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>[empty]</source>
        <comment>group has no children</comment>
        <translation>[空]</translation>
    </message>
    <message>
        <source>%1 - Clone</source>
        <translation>%1 - 副本</translation>
    </message>
</context>
<context>
    <name>HibpDownloader</name>
    <message>
        <source>Online password validation failed</source>
        <translation>在线密码验证失败</translation>
    </message>
</context>
<context>
    <name>IconDownloaderDialog</name>
    <message>
        <source>Download Favicons</source>
        <translation>下载网站图标</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Having trouble downloading icons?
You can enable the DuckDuckGo website icon service in the security section of the application settings.</source>
        <translation>下载图标遇到问题？
您可以在应用设置的安全页面启用 DuckDuckGo 图标服务。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Please wait, processing entry list…</source>
        <translation>请稍等，正在处理条目列表…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>正在下载…</translation>
    </message>
    <message>
        <source>Ok</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Already Exists</source>
        <translation>已经存在</translation>
    </message>
    <message>
        <source>Download Failed</source>
        <translation>下载失败</translation>
    </message>
    <message>
        <source>Downloading favicons (%1/%2)…</source>
        <translation>正在下载网站图标（%1/%2）…</translation>
    </message>
</context>
<context>
    <name>KMessageWidget</name>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>Kdbx3Reader</name>
    <message>
        <source>Missing database headers</source>
        <translation>缺少数据库标头</translation>
    </message>
    <message>
        <source>Unable to calculate database key</source>
        <translation>无法计算数据库密钥</translation>
    </message>
    <message>
        <source>Unable to issue challenge-response: %1</source>
        <translation>无法发出质询响应：%1</translation>
    </message>
    <message>
        <source>Invalid credentials were provided, please try again.
If this reoccurs, then your database file may be corrupt.</source>
        <translation>输入的凭据无效，请重试。
如果此现象重复发生，可能您的数据库文件已损坏。</translation>
    </message>
    <message>
        <source>Header doesn&apos;t match hash</source>
        <translation>标头与哈希不匹配</translation>
    </message>
    <message>
        <source>Invalid header id size</source>
        <translation>无效的标头 ID 大小</translation>
    </message>
    <message>
        <source>Invalid header field length: field %1</source>
        <translation>无效的标头字段长度：字段 %1</translation>
    </message>
    <message>
        <source>Invalid header data length: field %1, %2 expected, %3 found</source>
        <translation>无效的标头数据长度：字段 %1，预期为 %2，实际为 %3</translation>
    </message>
</context>
<context>
    <name>Kdbx3Writer</name>
    <message>
        <source>Invalid symmetric cipher IV size.</source>
        <comment>IV = Initialization Vector for symmetric cipher</comment>
        <translation>无效的对称密码初始向量大小。</translation>
    </message>
    <message>
        <source>Unable to issue challenge-response: %1</source>
        <translation>无法发出质询响应：%1</translation>
    </message>
    <message>
        <source>Unable to calculate database key</source>
        <translation>无法计算数据库密钥</translation>
    </message>
</context>
<context>
    <name>Kdbx4Reader</name>
    <message>
        <source>missing database headers</source>
        <translation>缺少数据库标头</translation>
    </message>
    <message>
        <source>Unable to calculate database key: %1</source>
        <translation>无法计算数据库密钥：%1</translation>
    </message>
    <message>
        <source>Invalid header checksum size</source>
        <translation>无效的标头校验和大小</translation>
    </message>
    <message>
        <source>Header SHA256 mismatch</source>
        <translation>标头 SHA256 不匹配</translation>
    </message>
    <message>
        <source>Invalid credentials were provided, please try again.
If this reoccurs, then your database file may be corrupt.</source>
        <translation>输入的凭据无效，请重试。
如果此现象重复发生，可能您的数据库文件已损坏。</translation>
    </message>
    <message>
        <source>(HMAC mismatch)</source>
        <translation>（HMAC 不匹配）</translation>
    </message>
    <message>
        <source>Unknown cipher</source>
        <translation>未知加密方法</translation>
    </message>
    <message>
        <source>Invalid header id size</source>
        <translation>无效的标头 ID 大小</translation>
    </message>
    <message>
        <source>Invalid header field length: field %1</source>
        <translation>无效的标头字段长度：字段 %1</translation>
    </message>
    <message>
        <source>Invalid header data length: field %1, %2 expected, %3 found</source>
        <translation>无效的标头数据长度：字段 %1，预期为 %2，实际为 %3</translation>
    </message>
    <message>
        <source>Failed to open buffer for KDF parameters in header</source>
        <translation>为标头中 KDF 参数开启缓冲区失败</translation>
    </message>
    <message>
        <source>Unsupported key derivation function (KDF) or invalid parameters</source>
        <translation>不支持的密钥派生函数（KDF）或无效参数</translation>
    </message>
    <message>
        <source>Legacy header fields found in KDBX4 file.</source>
        <translation>在 KDBX4 文件中找到旧版标头字段。</translation>
    </message>
    <message>
        <source>Invalid inner header id size</source>
        <translation>无效的内部标头 ID 大小</translation>
    </message>
    <message>
        <source>Invalid inner header field length: field %1</source>
        <translation>无效的内部标头字段长度：字段 %1</translation>
    </message>
    <message>
        <source>Invalid inner header data length: field %1, %2 expected, %3 found</source>
        <translation>无效的内部标头数据长度：字段 %1，预期为 %2，实际为 %3</translation>
    </message>
    <message>
        <source>Invalid inner header binary size</source>
        <translation>无效的内部标头二进制大小</translation>
    </message>
    <message>
        <source>Unsupported KeePass variant map version.</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>不支持的 KeePass 变量映射版本。</translation>
    </message>
    <message>
        <source>Invalid variant map entry name length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>无效的变量映射条目名称长度</translation>
    </message>
    <message>
        <source>Invalid variant map entry name data</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>无效的变量映射条目名称数据</translation>
    </message>
    <message>
        <source>Invalid variant map entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>无效的变量映射条目值长度</translation>
    </message>
    <message>
        <source>Invalid variant map entry value data</source>
        <extracomment>Translation comment: variant map = data structure for storing meta data</extracomment>
        <translation>无效的变量映射条目值数据</translation>
    </message>
    <message>
        <source>Invalid variant map Bool entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>无效的变量映射 Bool 条目值长度</translation>
    </message>
    <message>
        <source>Invalid variant map Int32 entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>无效的变量映射 Int32 条目值长度</translation>
    </message>
    <message>
        <source>Invalid variant map UInt32 entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>无效的变量映射 UInt32 条目值长度</translation>
    </message>
    <message>
        <source>Invalid variant map Int64 entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>无效的变量映射 Int64 条目值长度</translation>
    </message>
    <message>
        <source>Invalid variant map UInt64 entry value length</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>无效的变量映射 UInt64 条目值长度</translation>
    </message>
    <message>
        <source>Invalid variant map entry type</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>无效的变量映射条目类型</translation>
    </message>
    <message>
        <source>Invalid variant map field type size</source>
        <extracomment>Translation: variant map = data structure for storing meta data</extracomment>
        <translation>无效的变量映射字段类型大小</translation>
    </message>
</context>
<context>
    <name>Kdbx4Writer</name>
    <message>
        <source>Invalid symmetric cipher algorithm.</source>
        <translation>无效的对称加密算法。</translation>
    </message>
    <message>
        <source>Invalid symmetric cipher IV size.</source>
        <comment>IV = Initialization Vector for symmetric cipher</comment>
        <translation>无效的对称加密初始向量大小。</translation>
    </message>
    <message>
        <source>Unable to calculate database key: %1</source>
        <translation>无法计算数据库密钥：%1</translation>
    </message>
    <message>
        <source>Failed to serialize KDF parameters variant map</source>
        <extracomment>Translation comment: variant map = data structure for storing meta data</extracomment>
        <translation>序列化 KDF 参数变量映射失败</translation>
    </message>
</context>
<context>
    <name>KdbxReader</name>
    <message>
        <source>Invalid cipher uuid length: %1 (length=%2)</source>
        <translation>无效的密码 UUID 长度：%1（长度=%2）</translation>
    </message>
    <message>
        <source>Unable to parse UUID: %1</source>
        <translation>无法解析 UUID：%1</translation>
    </message>
    <message>
        <source>Unsupported cipher</source>
        <translation>不支持的加密</translation>
    </message>
    <message>
        <source>Invalid compression flags length</source>
        <translation>无效的压缩标志长度</translation>
    </message>
    <message>
        <source>Unsupported compression algorithm</source>
        <translation>不支持的压缩算法</translation>
    </message>
    <message>
        <source>Invalid master seed size</source>
        <translation>无效的主种子大小</translation>
    </message>
    <message>
        <source>Invalid transform seed size</source>
        <translation>无效的转换种子大小</translation>
    </message>
    <message>
        <source>Invalid transform rounds size</source>
        <translation>无效的转换次数</translation>
    </message>
    <message>
        <source>Invalid start bytes size</source>
        <translation>无效的起始字节大小</translation>
    </message>
    <message>
        <source>Invalid random stream id size</source>
        <translation>无效的随机流 ID 大小</translation>
    </message>
    <message>
        <source>Invalid inner random stream cipher</source>
        <translation>无效的内部随机流密码</translation>
    </message>
    <message>
        <source>Failed to read database file.</source>
        <translation>读取数据库文件失败。</translation>
    </message>
    <message>
        <source>The selected file is an old KeePass 1 database (.kdb).

You can import it by clicking on Database &gt; 'Import KeePass 1 database…'.
This is a one-way migration. You won&apos;t be able to open the imported database with the old KeePassX 0.4 version.</source>
        <translation>当前选择的文件是旧版本 KeePass 1 数据库（.kdb）。
您可以点击“数据库 &gt; 导入 KeePass 1 数据库…”来导入。
这是不可逆的迁移，导入后的数据库将无法由旧版本的 KeePassX 0.4 打开。</translation>
    </message>
    <message>
        <source>Not a KeePass database.</source>
        <translation>不是一个 KeePass 数据库。</translation>
    </message>
    <message>
        <source>Unsupported KeePass 2 database version.</source>
        <translation>不支持的 KeePass 2 数据库版本。</translation>
    </message>
</context>
<context>
    <name>KdbxXmlReader</name>
    <message>
        <source>XML parsing failure: %1</source>
        <translation>XML 解析失败：%1</translation>
    </message>
    <message>
        <source>No root group</source>
        <translation>没有根群组</translation>
    </message>
    <message>
        <source>XML error:
%1
Line %2, column %3</source>
        <translation>XML 错误：
%1
第 %2 行，第 %3 列</translation>
    </message>
    <message>
        <source>Missing icon uuid or data</source>
        <translation>缺少图标 UUID 或数据</translation>
    </message>
    <message>
        <source>Missing custom data key or value</source>
        <translation>缺少自定义数据键或值</translation>
    </message>
    <message>
        <source>Multiple group elements</source>
        <translation>多个群组元素</translation>
    </message>
    <message>
        <source>Null group uuid</source>
        <translation>空的群组 UUID</translation>
    </message>
    <message>
        <source>Invalid group icon number</source>
        <translation>无效的群组图标编号</translation>
    </message>
    <message>
        <source>Invalid EnableAutoType value</source>
        <translation>无效的 EnableAutoType 值</translation>
    </message>
    <message>
        <source>Invalid EnableSearching value</source>
        <translation>无效的 EnableSearching 值</translation>
    </message>
    <message>
        <source>No group uuid found</source>
        <translation>未找到群组 UUID</translation>
    </message>
    <message>
        <source>Null DeleteObject uuid</source>
        <translation>空的 DeleteObject UUID</translation>
    </message>
    <message>
        <source>Missing DeletedObject uuid or time</source>
        <translation>缺少 DeletedObject UUID 或时间</translation>
    </message>
    <message>
        <source>Null entry uuid</source>
        <translation>空的条目 UUID</translation>
    </message>
    <message>
        <source>Invalid entry icon number</source>
        <translation>无效的条目图标编号</translation>
    </message>
    <message>
        <source>History element in history entry</source>
        <translation>历史元素在历史条目中</translation>
    </message>
    <message>
        <source>No entry uuid found</source>
        <translation>未找到条目 UUID</translation>
    </message>
    <message>
        <source>History element with different uuid</source>
        <translation>历史元素具有不同的 UUID</translation>
    </message>
    <message>
        <source>Duplicate custom attribute found</source>
        <translation>自定义属性重复</translation>
    </message>
    <message>
        <source>Entry string key or value missing</source>
        <translation>缺少条目字符串键或值</translation>
    </message>
    <message>
        <source>Entry binary key or value missing</source>
        <translation>缺少条目二进制键或值</translation>
    </message>
    <message>
        <source>Auto-type association window or sequence missing</source>
        <translation>缺少自动输入关联窗口或序列</translation>
    </message>
    <message>
        <source>Invalid bool value</source>
        <translation>无效的布尔值</translation>
    </message>
    <message>
        <source>Invalid date time value</source>
        <translation>无效的日期时间值</translation>
    </message>
    <message>
        <source>Invalid color value</source>
        <translation>无效的颜色值</translation>
    </message>
    <message>
        <source>Invalid color rgb part</source>
        <translation>无效的颜色 RGB</translation>
    </message>
    <message>
        <source>Invalid number value</source>
        <translation>无效的数字值</translation>
    </message>
    <message>
        <source>Invalid uuid value</source>
        <translation>无效的 UUID 值</translation>
    </message>
    <message>
        <source>Unable to decompress binary</source>
        <extracomment>Translator meant is a binary data inside an entry</extracomment>
        <translation>无法解压二进制数据</translation>
    </message>
</context>
<context>
    <name>KeeAgentSettings</name>
    <message>
        <source>Invalid KeeAgent settings file structure.</source>
        <translation>无效的 KeeAgent 设置文件结构。</translation>
    </message>
    <message>
        <source>Private key is an attachment but no attachments provided.</source>
        <translation>私钥应是附件，但未提供。</translation>
    </message>
    <message>
        <source>Private key is empty</source>
        <translation>私钥为空</translation>
    </message>
    <message>
        <source>File too large to be a private key</source>
        <translation>文件太大，无法作为私钥</translation>
    </message>
    <message>
        <source>Failed to open private key</source>
        <translation>打开私钥失败</translation>
    </message>
</context>
<context>
    <name>KeePass1OpenWidget</name>
    <message>
        <source>Import KeePass1 Database</source>
        <translation>导入 KeePass1 数据库</translation>
    </message>
    <message>
        <source>Unable to open the database.</source>
        <translation>无法打开数据库。</translation>
    </message>
</context>
<context>
    <name>KeePass1Reader</name>
    <message>
        <source>Unable to read keyfile.</source>
        <translation>无法读取密钥文件。</translation>
    </message>
    <message>
        <source>Not a KeePass database.</source>
        <translation>不是 KeePass 数据库。</translation>
    </message>
    <message>
        <source>Unsupported encryption algorithm.</source>
        <translation>不支持的加密算法。</translation>
    </message>
    <message>
        <source>Unsupported KeePass database version.</source>
        <translation>不支持的 KeePass 数据库版本。</translation>
    </message>
    <message>
        <source>Unable to read encryption IV</source>
        <comment>IV = Initialization Vector for symmetric cipher</comment>
        <translation>无法读取加密初始向量</translation>
    </message>
    <message>
        <source>Invalid number of groups</source>
        <translation>无效的群组数量</translation>
    </message>
    <message>
        <source>Invalid number of entries</source>
        <translation>无效的条目数量</translation>
    </message>
    <message>
        <source>Invalid content hash size</source>
        <translation>无效的内容哈希大小</translation>
    </message>
    <message>
        <source>Invalid transform seed size</source>
        <translation>无效的转换种子大小</translation>
    </message>
    <message>
        <source>Invalid number of transform rounds</source>
        <translation>无效的转换次数</translation>
    </message>
    <message>
        <source>Unable to construct group tree</source>
        <translation>无法构建群组树</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>根群组</translation>
    </message>
    <message>
        <source>Unable to calculate database key</source>
        <translation>无法计算数据库密钥</translation>
    </message>
    <message>
        <source>unable to seek to content position</source>
        <translation>无法寻址内容位置</translation>
    </message>
    <message>
        <source>Invalid credentials were provided, please try again.
If this reoccurs, then your database file may be corrupt.</source>
        <translation>输入的凭据无效，请重试。
如果此现象重复发生，可能您的数据库文件已损坏。</translation>
    </message>
    <message>
        <source>Key transformation failed</source>
        <translation>密钥转换失败</translation>
    </message>
    <message>
        <source>Invalid group field type number</source>
        <translation>无效的群组字段类型编号</translation>
    </message>
    <message>
        <source>Invalid group field size</source>
        <translation>无效的群组字段大小</translation>
    </message>
    <message>
        <source>Read group field data doesn&apos;t match size</source>
        <translation>读取群组字段数据与大小不匹配</translation>
    </message>
    <message>
        <source>Incorrect group id field size</source>
        <translation>群组 ID 字段大小不正确</translation>
    </message>
    <message>
        <source>Incorrect group creation time field size</source>
        <translation>群组创建时间字段大小不正确</translation>
    </message>
    <message>
        <source>Incorrect group modification time field size</source>
        <translation>群组修改时间字段大小不正确</translation>
    </message>
    <message>
        <source>Incorrect group access time field size</source>
        <translation>群组访问时间字段大小不正确</translation>
    </message>
    <message>
        <source>Incorrect group expiry time field size</source>
        <translation>群组过期时间字段大小不正确</translation>
    </message>
    <message>
        <source>Incorrect group icon field size</source>
        <translation>群组图标字段大小不正确</translation>
    </message>
    <message>
        <source>Incorrect group level field size</source>
        <translation>群组级别字段大小不正确</translation>
    </message>
    <message>
        <source>Invalid group field type</source>
        <translation>无效的群组字段类型</translation>
    </message>
    <message>
        <source>Missing group id or level</source>
        <translation>缺少群组 ID 或级别</translation>
    </message>
    <message>
        <source>Missing entry field type number</source>
        <translation>缺少条目字段类型编号</translation>
    </message>
    <message>
        <source>Invalid entry field size</source>
        <translation>无效的条目字段大小</translation>
    </message>
    <message>
        <source>Read entry field data doesn&apos;t match size</source>
        <translation>读取条目字段数据与大小不匹配</translation>
    </message>
    <message>
        <source>Invalid entry UUID field size</source>
        <translation>无效的条目 UUID 字段大小</translation>
    </message>
    <message>
        <source>Invalid entry group id field size</source>
        <translation>无效的条目群组 ID 字段大小</translation>
    </message>
    <message>
        <source>Invalid entry icon field size</source>
        <translation>无效的条目图标字段大小</translation>
    </message>
    <message>
        <source>Invalid entry creation time field size</source>
        <translation>无效的条目创建时间字段大小</translation>
    </message>
    <message>
        <source>Invalid entry modification time field size</source>
        <translation>无效的条目修改时间字段大小</translation>
    </message>
    <message>
        <source>Invalid entry expiry time field size</source>
        <translation>无效的条目过期时间字段大小</translation>
    </message>
    <message>
        <source>Invalid entry field type</source>
        <translation>无效的条目字段类型</translation>
    </message>
</context>
<context>
    <name>KeeShare</name>
    <message>
        <source>Invalid sharing reference</source>
        <translation>无效的共享引用</translation>
    </message>
    <message>
        <source>Inactive share %1</source>
        <translation>非活跃的共享 %1</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>已导入自 %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出至 %1</translation>
    </message>
    <message>
        <source>Synchronized with %1</source>
        <translation>已与 %1 同步</translation>
    </message>
    <message>
        <source>Import is disabled in settings</source>
        <translation>导入已在设置中禁用</translation>
    </message>
    <message>
        <source>Export is disabled in settings</source>
        <translation>导出已在设置中禁用</translation>
    </message>
    <message>
        <source>Inactive share</source>
        <translation>非活跃的共享</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>已导入自</translation>
    </message>
    <message>
        <source>Exported to</source>
        <translation>已导出至</translation>
    </message>
    <message>
        <source>Synchronized with</source>
        <translation>已同步到</translation>
    </message>
</context>
<context>
    <name>KeyComponentWidget</name>
    <message>
        <source>Key Component</source>
        <translation>密钥组件</translation>
    </message>
    <message>
        <source>Key Component Description</source>
        <translation>密钥组件描述</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Key Component set, click to change or remove</source>
        <translation>密钥组件已设置，点击以更改或删除</translation>
    </message>
</context>
<context>
    <name>KeyFileEditWidget</name>
    <message>
        <source>Generate a new key file</source>
        <translation>生成一个新的密钥文件</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Generate a new key file or choose an existing one to protect your database.</source>
        <translation>生成新密钥文件或选择已有文件来保护您的数据库。</translation>
    </message>
    <message>
        <source>Note: Do NOT use a file that may change as that will prevent you from unlocking your database.</source>
        <translation>注意：不要使用内容会发生变化的文件，这会导致您无法解锁数据库。</translation>
    </message>
    <message>
        <source>Browse for key file</source>
        <translation>浏览密钥文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>Old key file format</source>
        <translation>旧版密钥文件格式</translation>
    </message>
    <message>
        <source>You selected a key file in an old format which KeePassXC&lt;br&gt;may stop supporting in the future.&lt;br&gt;&lt;br&gt;Please consider generating a new key file instead.</source>
        <translation>您使用的是旧版密钥文件格式，KeePassXC 可能会在将来停止对它的支持。&lt;br&gt;&lt;br&gt;请考虑重新生成一个新密钥文件。</translation>
    </message>
    <message>
        <source>Error loading the key file '%1'
Message: %2</source>
        <translation>加载密钥文件“%1”时出错
消息：%2</translation>
    </message>
    <message>
        <source>Key File</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>Add Key File</source>
        <translation>添加密钥文件</translation>
    </message>
    <message>
        <source>Change Key File</source>
        <translation>更改密钥文件</translation>
    </message>
    <message>
        <source>Remove Key File</source>
        <translation>删除密钥文件</translation>
    </message>
    <message>
        <source>Key File set, click to change or remove</source>
        <translation>密钥文件已设置，点击以更改或删除</translation>
    </message>
    <message>
        <source>&lt;p&gt;You can add a key file containing random bytes for additional security.&lt;/p&gt;&lt;p&gt;You must keep it secret and never lose it or you will be locked out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;您可以添加包含随机字节的密钥文件以获得额外的安全性。&lt;/p&gt;&lt;p&gt;您必须将其保密，请勿丢失，否则您将无法再打开数据库。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Key files</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>Create Key File…</source>
        <translation>创建密钥文件…</translation>
    </message>
    <message>
        <source>Error creating key file</source>
        <translation>创建密钥文件时出错</translation>
    </message>
    <message>
        <source>Unable to create key file: %1</source>
        <translation>无法创建密钥文件：%1</translation>
    </message>
    <message>
        <source>Select a key file</source>
        <translation>选择密钥文件</translation>
    </message>
    <message>
        <source>Invalid Key File</source>
        <translation>无效的密钥文件</translation>
    </message>
    <message>
        <source>You cannot use the current database as its own keyfile. Please choose a different file or generate a new key file.</source>
        <translation>您不能用当前数据库作为它本身的密钥文件。请选择不同的文件或生成一个新的密钥文件。</translation>
    </message>
    <message>
        <source>Suspicious Key File</source>
        <translation>有问题的密钥文件</translation>
    </message>
    <message>
        <source>The chosen key file looks like a password database file. A key file must be a static file that never changes or you will lose access to your database forever.
Are you sure you want to continue with this file?</source>
        <translation>您选择的密钥文件似乎是个密码数据库文件。密钥文件必须是永远不会被更改的文件，否则您会永久失去对数据库的访问。
您确定要用这个文件继续吗？</translation>
    </message>
</context>
<context>
    <name>MacUtils</name>
    <message>
        <source>Invalid key code</source>
        <translation>无效按键码</translation>
    </message>
    <message>
        <source>Global shortcut already registered to %1</source>
        <translation>全局快捷键已注册至 %1</translation>
    </message>
    <message>
        <source>Could not register global shortcut</source>
        <translation>无法注册全局快捷键</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Database</source>
        <translation>数据库(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Recent Databases</source>
        <translation>最近的数据库(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Entries</source>
        <translation>条目(&amp;E)</translation>
    </message>
    <message>
        <source>Copy Att&amp;ribute</source>
        <translation>复制属性(&amp;R)</translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation>TOTP</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>群组(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Check for Updates</source>
        <translation>检查更新(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Save Database</source>
        <translation>保存数据库(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close Database</source>
        <translation>关闭数据库(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)...</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>创建一个新数据库</translation>
    </message>
    <message>
        <source>&amp;Merge From Database…</source>
        <translation>从数据库合并(&amp;M)...</translation>
    </message>
    <message>
        <source>Merge from another KDBX database</source>
        <translation>从另一个 KDBX 数据库合并</translation>
    </message>
    <message>
        <source>&amp;New Entry…</source>
        <translation>新建条目(&amp;N)...</translation>
    </message>
    <message>
        <source>Add a new entry</source>
        <translation>添加新条目</translation>
    </message>
    <message>
        <source>&amp;Edit Entry…</source>
        <translation>编辑条目(&amp;E)...</translation>
    </message>
    <message>
        <source>View or edit entry</source>
        <translation>查看或编辑条目</translation>
    </message>
    <message>
        <source>&amp;Delete Entry…</source>
        <translation>删除条目(&amp;D)...</translation>
    </message>
    <message>
        <source>&amp;New Group…</source>
        <translation>新建群组(&amp;N)...</translation>
    </message>
    <message>
        <source>Add a new group</source>
        <translation>添加一个新群组</translation>
    </message>
    <message>
        <source>&amp;Edit Group…</source>
        <translation>编辑群组(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Delete Group…</source>
        <translation>删除群组(&amp;D)…</translation>
    </message>
    <message>
        <source>Download All &amp;Favicons…</source>
        <translation>下载所有网站图标(&amp;F)...</translation>
    </message>
    <message>
        <source>Sort &amp;A-Z</source>
        <translation>顺序排列(&amp;A)</translation>
    </message>
    <message>
        <source>Sort &amp;Z-A</source>
        <translation>逆序排列(&amp;Z)</translation>
    </message>
    <message>
        <source>Sa&amp;ve Database As…</source>
        <translation>另存为数据库(&amp;V)...</translation>
    </message>
    <message>
        <source>Database &amp;Security…</source>
        <translation>数据库安全(&amp;S)...</translation>
    </message>
    <message>
        <source>Database &amp;Reports…</source>
        <translation>数据库报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Statistics, health check, etc.</source>
        <translation>统计、健康检查等</translation>
    </message>
    <message>
        <source>&amp;Database Settings…</source>
        <translation>数据库设置(&amp;D)...</translation>
    </message>
    <message>
        <source>Database settings</source>
        <translation>数据库设置</translation>
    </message>
    <message>
        <source>&amp;Clone Entry…</source>
        <translation>克隆条目(&amp;C)...</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>上移(&amp;P)</translation>
    </message>
    <message>
        <source>Move entry one step up</source>
        <translation>向上移动条目</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Move entry one step down</source>
        <translation>向下移动条目</translation>
    </message>
    <message>
        <source>Copy &amp;Username</source>
        <translation>复制用户名(&amp;U)</translation>
    </message>
    <message>
        <source>Copy username to clipboard</source>
        <translation>复制用户名到剪贴板</translation>
    </message>
    <message>
        <source>Copy &amp;Password</source>
        <translation>复制密码(&amp;P)</translation>
    </message>
    <message>
        <source>Copy password to clipboard</source>
        <translation>复制密码到剪贴板</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Password Generator</source>
        <translation>密码生成器(&amp;P)</translation>
    </message>
    <message>
        <source>Perform &amp;Auto-Type</source>
        <translation>执行自动输入(&amp;A)</translation>
    </message>
    <message>
        <source>Download &amp;Favicon</source>
        <translation>下载网站图标(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;URL</source>
        <translation>打开 &amp;URL</translation>
    </message>
    <message>
        <source>&amp;Lock Database</source>
        <translation>锁定数据库(&amp;L)</translation>
    </message>
    <message>
        <source>Lock &amp;All Databases</source>
        <translation>锁定所有数据库(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>Copy title to clipboard</source>
        <translation>复制标题到剪贴板</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>复制 &amp;URL</translation>
    </message>
    <message>
        <source>Copy URL to clipboard</source>
        <translation>复制 URL 到剪贴板</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Copy notes to clipboard</source>
        <translation>复制备注到剪贴板</translation>
    </message>
    <message>
        <source>&amp;CSV File…</source>
        <translation>&amp;CSV 文件...</translation>
    </message>
    <message>
        <source>&amp;HTML File…</source>
        <translation>&amp;HTML 文件...</translation>
    </message>
    <message>
        <source>KeePass 1 Database…</source>
        <translation>KeePass 1 数据库...</translation>
    </message>
    <message>
        <source>Import a KeePass 1 database</source>
        <translation>导入 KeePass 1 数据库</translation>
    </message>
    <message>
        <source>1Password Vault…</source>
        <translation>1Password 保险库...</translation>
    </message>
    <message>
        <source>Import a 1Password Vault</source>
        <translation>导入 1Password 保险库</translation>
    </message>
    <message>
        <source>CSV File…</source>
        <translation>CSV 文件...</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>导入 CSV 文件</translation>
    </message>
    <message>
        <source>Show TOTP</source>
        <translation>显示 TOTP 密码</translation>
    </message>
    <message>
        <source>Show QR Code</source>
        <translation>显示二维码</translation>
    </message>
    <message>
        <source>Set up TOTP…</source>
        <translation>设置 TOTP...</translation>
    </message>
    <message>
        <source>Copy &amp;TOTP</source>
        <translation>复制 &amp;TOTP</translation>
    </message>
    <message>
        <source>Copy Password and TOTP</source>
        <translation>复制密码和 TOTP</translation>
    </message>
    <message>
        <source>E&amp;mpty recycle bin</source>
        <translation>清空回收站(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Donate</source>
        <translation>捐赠(&amp;D)</translation>
    </message>
    <message>
        <source>Report a &amp;Bug</source>
        <translation>报告错误(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>入门指南(&amp;G)</translation>
    </message>
    <message>
        <source>Open Getting Started Guide</source>
        <translation>打开入门指南</translation>
    </message>
    <message>
        <source>&amp;Online Help</source>
        <translation>在线帮助(&amp;O)</translation>
    </message>
    <message>
        <source>Go to online documentation</source>
        <translation>前往在线文档</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户手册(&amp;U)</translation>
    </message>
    <message>
        <source>Open User Guide</source>
        <translation>打开用户指南</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Save Database Backup…</source>
        <translation>保存数据库备份…</translation>
    </message>
    <message>
        <source>Add key to SSH Agent</source>
        <translation>向 SSH 代理添加密钥</translation>
    </message>
    <message>
        <source>Remove key from SSH Agent</source>
        <translation>从 SSH 代理中删除密钥</translation>
    </message>
    <message>
        <source>Compact Mode</source>
        <translation>紧凑模式</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>亮色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>暗色</translation>
    </message>
    <message>
        <source>Classic (Platform-native)</source>
        <translation>经典（平台原生）</translation>
    </message>
    <message>
        <source>Show Toolbar</source>
        <translation>显示工具栏</translation>
    </message>
    <message>
        <source>Show Preview Panel</source>
        <translation>显示预览面板</translation>
    </message>
    <message>
        <source>Always on Top</source>
        <translation>总在最前</translation>
    </message>
    <message>
        <source>Hide Usernames</source>
        <translation>隐藏用户名</translation>
    </message>
    <message>
        <source>Hide Passwords</source>
        <translation>隐藏密码</translation>
    </message>
    <message>
        <source>Clone Group...</source>
        <translation>克隆群组...</translation>
    </message>
    <message>
        <source>&amp;XML File…</source>
        <translation>&amp;XML 文件…</translation>
    </message>
    <message>
        <source>XML File…</source>
        <translation>XML 文件…</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>清空历史</translation>
    </message>
    <message>
        <source>Access error for config file %1</source>
        <translation>访问配置文件出错 %1</translation>
    </message>
    <message>
        <source>Don&apos;t show again for this version</source>
        <translation>不再显示此版本</translation>
    </message>
    <message>
        <source>WARNING: You are using an unstable build of KeePassXC.
There is a high risk of corruption, maintain a backup of your databases.
This version is not meant for production use.</source>
        <translation>警告：您正在使用的是非稳定版的 KeePassXC。
文件损坏的风险较高，请妥善备份您的数据库。
此版本不适用于生产用途。</translation>
    </message>
    <message>
        <source>NOTE: You are using a pre-release version of KeePassXC.
Expect some bugs and minor issues, this version is meant for testing purposes.</source>
        <translation>注意：您使用的是 KeePassXC 的预发布版本。
可能会有一些错误和小问题，此版本仅供测试目的使用。</translation>
    </message>
    <message>
        <source>WARNING: Your Qt version may cause KeePassXC to crash with an On-Screen Keyboard.
We recommend you use the AppImage available on our downloads page.</source>
        <translation>警告：您的 Qt 版本可能会导致 KeePassXC 在使用屏幕键盘时崩溃。我们建议您使用我们的下载页面上提供的 AppImage。</translation>
    </message>
    <message>
        <source>No Tags</source>
        <translation>无标签</translation>
    </message>
    <message numerus="yes">
        <source>Restore Entry(s)</source>
        <translation><numerusform>恢复条目</numerusform></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Check for updates on startup?</source>
        <translation>是否在启动时检查更新？</translation>
    </message>
    <message>
        <source>Would you like KeePassXC to check for updates on startup?</source>
        <translation>您是否希望 KeePassXC 在启动时检查更新？</translation>
    </message>
    <message>
        <source>You can always check for updates manually from the application menu.</source>
        <translation>您始终可以在应用程序菜单中手动检查更新。</translation>
    </message>
    <message>
        <source>Toggle window</source>
        <translation>切换窗口</translation>
    </message>
    <message>
        <source>Quit KeePassXC</source>
        <translation>退出 KeePassXC</translation>
    </message>
    <message numerus="yes">
        <source>%1 Entry(s)</source>
        <translation><numerusform>%1 项条目</numerusform></translation>
    </message>
    <message>
        <source>Please present or touch your YubiKey to continue…</source>
        <translation>请感应或触摸您的 YubiKey 以继续…</translation>
    </message>
    <message>
        <source>Restart Application?</source>
        <translation>是否重新启动应用？</translation>
    </message>
    <message>
        <source>You must restart the application to apply this setting. Would you like to restart now?</source>
        <translation>您必须重新启动应用才能应用此设置。要现在重新启动吗？</translation>
    </message>
    <message>
        <source>Allow Screen Capture</source>
        <translation>允许屏幕截图</translation>
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
        <translation>导入 Passkey</translation>
    </message>
</context>
<context>
    <name>ManageDatabase</name>
    <message>
        <source>Database settings</source>
        <translation>数据库设置</translation>
    </message>
    <message>
        <source>Edit database settings</source>
        <translation>编辑数据库设置</translation>
    </message>
    <message>
        <source>Unlock database</source>
        <translation>解锁数据库</translation>
    </message>
    <message>
        <source>Unlock database to show more information</source>
        <translation>解锁数据库以显示更多信息</translation>
    </message>
    <message>
        <source>Lock database</source>
        <translation>锁定数据库</translation>
    </message>
</context>
<context>
    <name>ManageSession</name>
    <message>
        <source>Disconnect</source>
        <translation>断开连接</translation>
    </message>
    <message>
        <source>Disconnect this application</source>
        <translation>断开此应用的连接</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Reset any remembered decisions for this application</source>
        <translation>重置此应用所有记住的选择</translation>
    </message>
</context>
<context>
    <name>Merger</name>
    <message>
        <source>Creating missing %1 [%2]</source>
        <translation>创建缺少的 %1 [%2]</translation>
    </message>
    <message>
        <source>Relocating %1 [%2]</source>
        <translation>重新定位 %1 [%2]</translation>
    </message>
    <message>
        <source>Overwriting %1 [%2]</source>
        <translation>覆盖 %1 [%2]</translation>
    </message>
    <message>
        <source>older entry merged from database &quot;%1&quot;</source>
        <translation>从数据库“%1”合并的旧条目</translation>
    </message>
    <message>
        <source>Adding backup for older target %1 [%2]</source>
        <translation>为旧目标 %1 [%2] 添加备份</translation>
    </message>
    <message>
        <source>Adding backup for older source %1 [%2]</source>
        <translation>为旧来源 %1 [%2] 添加备份</translation>
    </message>
    <message>
        <source>Reapplying older target entry on top of newer source %1 [%2]</source>
        <translation>在新来源 %1 [%2] 上重新应用旧目标的条目</translation>
    </message>
    <message>
        <source>Reapplying older source entry on top of newer target %1 [%2]</source>
        <translation>在新目标 %1 [%2] 上重新应用旧来源的条目</translation>
    </message>
    <message>
        <source>Synchronizing from newer source %1 [%2]</source>
        <translation>从新来源 %1 [%2] 同步</translation>
    </message>
    <message>
        <source>Synchronizing from older source %1 [%2]</source>
        <translation>从旧来源 %1 [%2] 同步</translation>
    </message>
    <message>
        <source>Deleting child %1 [%2]</source>
        <translation>删除子项 %1 [%2]</translation>
    </message>
    <message>
        <source>Deleting orphan %1 [%2]</source>
        <translation>删除孤立项 %1 [%2]</translation>
    </message>
    <message>
        <source>Changed deleted objects</source>
        <translation>更改已删除的对象</translation>
    </message>
    <message>
        <source>Adding missing icon %1</source>
        <translation>添加缺少的图标 %1</translation>
    </message>
    <message>
        <source>Removed custom data %1 [%2]</source>
        <translation>删除自定义数据 %1 [%2]</translation>
    </message>
    <message>
        <source>Adding custom data %1 [%2]</source>
        <translation>添加自定义数据 %1 [%2]</translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizard</name>
    <message>
        <source>Create a new KeePassXC database…</source>
        <translation>创建一个新的 KeePassXC 数据库…</translation>
    </message>
    <message>
        <source>Root</source>
        <comment>Root group</comment>
        <translation>根群组</translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizardPage</name>
    <message>
        <source>WizardPage</source>
        <translation>向导页</translation>
    </message>
    <message>
        <source>Encryption Settings</source>
        <translation>加密设置</translation>
    </message>
    <message>
        <source>Here you can adjust the database encryption settings. Don&apos;t worry, you can change them later in the database settings.</source>
        <translation>您可以在此处调整数据库加密设置。不用担心，您随时可以在数据库设置中更改它们。</translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizardPageDatabaseKey</name>
    <message>
        <source>Database Credentials</source>
        <translation>数据库凭据</translation>
    </message>
    <message>
        <source>A set of credentials known only to you that protects your database.</source>
        <translation>一组只有您知道的凭据，用于保护您的数据库。</translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizardPageEncryption</name>
    <message>
        <source>Encryption Settings</source>
        <translation>加密设置</translation>
    </message>
    <message>
        <source>Here you can adjust the database encryption settings. Don&apos;t worry, you can change them later in the database settings.</source>
        <translation>您可以在此处调整数据库加密设置。 不用担心，您随时可以在数据库设置中更改它们。</translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizardPageMetaData</name>
    <message>
        <source>General Database Information</source>
        <translation>数据库基本信息</translation>
    </message>
    <message>
        <source>Please fill in the display name and an optional description for your new database:</source>
        <translation>请填写新数据库的名称和可选的说明：</translation>
    </message>
</context>
<context>
    <name>NixUtils</name>
    <message>
        <source>Password Manager</source>
        <translation>密码管理器</translation>
    </message>
    <message>
        <source>Global shortcut already registered to %1</source>
        <translation>全局快捷键已注册至 %1</translation>
    </message>
    <message>
        <source>Could not register global shortcut</source>
        <translation>无法注册全局快捷键</translation>
    </message>
</context>
<context>
    <name>OpData01</name>
    <message>
        <source>Invalid OpData01, does not contain header</source>
        <translation>无效的 OpData01，不包含数据标头</translation>
    </message>
    <message>
        <source>Unable to read all IV bytes, wanted 16 but got %1</source>
        <translation>无法读取全部初始向量字节，预期 16 字节但仅读取到 %1 字节</translation>
    </message>
    <message>
        <source>Unable to init cipher for opdata01: %1</source>
        <translation>无法为 OpData01 初始化加密：%1</translation>
    </message>
    <message>
        <source>Unable to read all HMAC signature bytes</source>
        <translation>无法读取所有 HMAC 签名字节</translation>
    </message>
    <message>
        <source>Malformed OpData01 due to a failed HMAC</source>
        <translation>由于 HMAC 失败，OpData01 读取异常</translation>
    </message>
    <message>
        <source>Unable to process clearText in place</source>
        <translation>无法就地处理明文</translation>
    </message>
    <message>
        <source>Expected %1 bytes of clear-text, found %2</source>
        <translation>预期长度 %1 字节的明文数据，仅得到 %2 字节</translation>
    </message>
</context>
<context>
    <name>OpVaultOpenWidget</name>
    <message>
        <source>Read Database did not produce an instance
%1</source>
        <translation>读取数据库未生成实例
%1</translation>
    </message>
</context>
<context>
    <name>OpVaultReader</name>
    <message>
        <source>Directory .opvault must exist</source>
        <translation>目录 .opvault 必须存在</translation>
    </message>
    <message>
        <source>Directory .opvault must be readable</source>
        <translation>目录 .opvault 必须可读</translation>
    </message>
    <message>
        <source>Directory .opvault/default must exist</source>
        <translation>目录 .opvault/default 必须存在</translation>
    </message>
    <message>
        <source>Directory .opvault/default must be readable</source>
        <translation>目录 .opvault/default 必须可读</translation>
    </message>
    <message>
        <source>Unable to decode masterKey: %1</source>
        <translation>无法解码主密钥：%1</translation>
    </message>
    <message>
        <source>Unable to derive master key: %1</source>
        <translation>无法派生主密钥：%1</translation>
    </message>
</context>
<context>
    <name>OpenSSHKey</name>
    <message>
        <source>Invalid key file, expecting an OpenSSH key</source>
        <translation>无效的密钥文件，需要 OpenSSH 密钥</translation>
    </message>
    <message>
        <source>PEM boundary mismatch</source>
        <translation>PEM 边界不匹配</translation>
    </message>
    <message>
        <source>Base64 decoding failed</source>
        <translation>Base64 解码失败</translation>
    </message>
    <message>
        <source>Key file way too small.</source>
        <translation>密钥文件太小。</translation>
    </message>
    <message>
        <source>Key file magic header id invalid</source>
        <translation>密钥文件魔术标头 ID 无效</translation>
    </message>
    <message>
        <source>Found zero keys</source>
        <translation>未找到密钥</translation>
    </message>
    <message>
        <source>Failed to read public key.</source>
        <translation>读取公钥失败。</translation>
    </message>
    <message>
        <source>Corrupted key file, reading private key failed</source>
        <translation>损坏的密钥文件，读取私钥失败</translation>
    </message>
    <message>
        <source>Unsupported key type: %1</source>
        <translation>不支持的密钥类型：%1</translation>
    </message>
    <message>
        <source>No private key payload to decrypt</source>
        <translation>没有私钥 Payload 可解密</translation>
    </message>
    <message>
        <source>Unknown cipher: %1</source>
        <translation>未知加密：%1</translation>
    </message>
    <message>
        <source>AES-256/GCM is currently not supported</source>
        <translation>AES-256/GCM 目前不支持</translation>
    </message>
    <message>
        <source>Passphrase is required to decrypt this key</source>
        <translation>需要口令解密此密钥</translation>
    </message>
    <message>
        <source>Key derivation failed: %1</source>
        <translation>密钥派生失败：%1</translation>
    </message>
    <message>
        <source>Cipher IV is too short for MD5 kdf</source>
        <translation>密码初始向量对于 MD5 KDF 过短</translation>
    </message>
    <message>
        <source>Unknown KDF: %1</source>
        <translation>未知 KDF：%1</translation>
    </message>
    <message>
        <source>Failed to initialize cipher: %1</source>
        <translation>初始化加密失败：%1</translation>
    </message>
    <message>
        <source>Decryption failed: %1</source>
        <translation>解密失败：%1</translation>
    </message>
    <message>
        <source>Decryption failed, wrong passphrase?</source>
        <translation>解密失败，可能口令错误？</translation>
    </message>
    <message>
        <source>Unexpected EOF while reading key</source>
        <translation>读取密钥时遇到意外的 EOF</translation>
    </message>
    <message>
        <source>Unsupported key part</source>
        <translation>不支持的密钥部分</translation>
    </message>
    <message>
        <source>Unexpected EOF while reading public key</source>
        <translation>读取公钥时遇到意外的 EOF</translation>
    </message>
    <message>
        <source>Unknown key type: %1</source>
        <translation>未知密钥类型：%1</translation>
    </message>
    <message>
        <source>Unexpected EOF while reading private key</source>
        <translation>读取私钥时遇到意外的 EOF</translation>
    </message>
    <message>
        <source>Can&apos;t write public key as it is empty</source>
        <translation>无法写入一个空的公钥</translation>
    </message>
    <message>
        <source>Unexpected EOF when writing public key</source>
        <translation>写入公钥时遇到意外的 EOF</translation>
    </message>
    <message>
        <source>Can&apos;t write private key as it is empty</source>
        <translation>无法写入一个空的私钥</translation>
    </message>
    <message>
        <source>Unexpected EOF when writing private key</source>
        <translation>写入私钥时遇到意外的 EOF</translation>
    </message>
</context>
<context>
    <name>OpenSSHKeyGenDialog</name>
    <message>
        <source>SSH Key Generator</source>
        <translation>SSH Key 生成器</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>比特</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>注释</translation>
    </message>
</context>
<context>
    <name>PasskeyExportDialog</name>
    <message>
        <source>KeePassXC - Passkey Export</source>
        <translation>KeePassXC: Passkey 导出</translation>
    </message>
    <message>
        <source>Export the following Passkey entries.</source>
        <translation>导出以下 Passkey 条目。</translation>
    </message>
    <message>
        <source>Filenames will be generated with title and .passkey file extension.</source>
        <translation>文件名将会以标题和 .passkey 扩展名生成。</translation>
    </message>
    <message>
        <source>Export entries</source>
        <translation>导出条目</translation>
    </message>
    <message>
        <source>Export Selected</source>
        <translation>导出选定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>导出到文件夹</translation>
    </message>
</context>
<context>
    <name>PasskeyExporter</name>
    <message>
        <source>KeePassXC: Passkey Export</source>
        <translation>KeePassXC：Passkey 导出</translation>
    </message>
    <message>
        <source>File &quot;%1.passkey&quot; already exists.
Do you want to overwrite it?
</source>
        <translation>文件“%1.passkey”已经存在。
您是否要覆盖它？
</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Cannot open file &quot;%1&quot; for writing.</source>
        <translation>无法打开文件“%1”以写入。</translation>
    </message>
    <message>
        <source>Cannot write to file</source>
        <translation>无法写入文件</translation>
    </message>
</context>
<context>
    <name>PasskeyImportDialog</name>
    <message>
        <source>KeePassXC - Passkey Import</source>
        <translation>KeePassXC - Passkey 导入</translation>
    </message>
    <message>
        <source>Do you want to import the Passkey?</source>
        <translation>您是否要导入此 Passkey？</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL：%1</translation>
    </message>
    <message>
        <source>Username: %1</source>
        <translation>用户名：%1</translation>
    </message>
    <message>
        <source>Use default group (Imported Passkeys)</source>
        <translation>使用默认群组（导入的 Passkey）</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>群组</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Select Database</source>
        <translation>选择数据库</translation>
    </message>
    <message>
        <source>Import Passkey</source>
        <translation>导入 Passkey</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>群组：</translation>
    </message>
</context>
<context>
    <name>PasskeyImporter</name>
    <message>
        <source>Passkey file</source>
        <translation>Passkey 文件</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>Open Passkey file</source>
        <translation>打开 Passkey 文件</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Cannot open file &quot;%1&quot; for reading.</source>
        <translation>无法打开文件“%1”以读取。</translation>
    </message>
    <message>
        <source>Cannot import Passkey</source>
        <translation>无法导入 Passkey</translation>
    </message>
    <message>
        <source>Cannot import Passkey file &quot;%1&quot;. Data is missing.</source>
        <translation>无法导入 Passkey 文件“%1”。数据缺失。</translation>
    </message>
    <message>
        <source>Cannot import Passkey file &quot;%1&quot;. Private key is missing or malformed.</source>
        <translation>无法导入 Passkey 文件“%1”。私钥缺失或损坏。</translation>
    </message>
</context>
<context>
    <name>PasswordEditWidget</name>
    <message>
        <source>Enter password:</source>
        <translation>输入密码：</translation>
    </message>
    <message>
        <source>Password field</source>
        <translation>密码字段</translation>
    </message>
    <message>
        <source>Confirm password:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <source>Repeat password field</source>
        <translation>重复密码字段</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Add Password</source>
        <translation>添加密码</translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation>更改密码</translation>
    </message>
    <message>
        <source>Remove Password</source>
        <translation>删除密码</translation>
    </message>
    <message>
        <source>Password set, click to change or remove</source>
        <translation>密码已设置，点击以更改或删除</translation>
    </message>
    <message>
        <source>&lt;p&gt;A password is the primary method for securing your database.&lt;/p&gt;&lt;p&gt;Good passwords are long and unique. KeePassXC can generate one for you.&lt;/p&gt;</source>
        <translation>&lt;p&gt;密码是保护数据库的主要方法。&lt;/p&gt;&lt;p&gt;良好的密码足够长且唯一。KeePassXC 可以为您生成一个密码。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Passwords do not match.</source>
        <translation>密码不匹配。</translation>
    </message>
</context>
<context>
    <name>PasswordGeneratorWidget</name>
    <message>
        <source>Generate Password</source>
        <translation>生成密码</translation>
    </message>
    <message>
        <source>strength</source>
        <comment>Password strength</comment>
        <translation>强度</translation>
    </message>
    <message>
        <source>entropy</source>
        <translation>熵</translation>
    </message>
    <message>
        <source>Generated password</source>
        <translation>生成的密码</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Regenerate password</source>
        <translation>重新生成密码</translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation>复制密码</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>长度(&amp;L)：</translation>
    </message>
    <message>
        <source>Password length</source>
        <translation>密码长度</translation>
    </message>
    <message>
        <source>Switch to advanced mode</source>
        <translation>切换到高级模式</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Character Types</source>
        <translation>字符类型</translation>
    </message>
    <message>
        <source>Special characters</source>
        <translation>特殊字符</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>引号</translation>
    </message>
    <message>
        <source>Punctuation</source>
        <translation>标点</translation>
    </message>
    <message>
        <source>Dashes and Slashes</source>
        <translation>短线和斜线</translation>
    </message>
    <message>
        <source>Upper-case letters</source>
        <translation>大写字母</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Lower-case letters</source>
        <translation>小写字母</translation>
    </message>
    <message>
        <source>Math Symbols</source>
        <translation>数学符号</translation>
    </message>
    <message>
        <source>Extended ASCII</source>
        <translation>扩展 ASCII</translation>
    </message>
    <message>
        <source>Braces</source>
        <translation>括号</translation>
    </message>
    <message>
        <source>Do not include:</source>
        <translation>不包含：</translation>
    </message>
    <message>
        <source>Additional characters to use for the generated password</source>
        <translation>用于生成的密码的其他字符</translation>
    </message>
    <message>
        <source>Additional characters</source>
        <translation>其他字符</translation>
    </message>
    <message>
        <source>Add non-hex letters to &quot;do not include&quot; list</source>
        <translation>将非十六进制字母添加到“不包含”列表中</translation>
    </message>
    <message>
        <source>Hex Passwords</source>
        <translation>十六进制密码</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Character set to exclude from generated password</source>
        <translation>从生成的密码中排除此字符集</translation>
    </message>
    <message>
        <source>Excluded characters</source>
        <translation>排除的字符</translation>
    </message>
    <message>
        <source>Also choose from:</source>
        <translation>也在此选择：</translation>
    </message>
    <message>
        <source>Excluded characters: &quot;0&quot;, &quot;1&quot;, &quot;l&quot;, &quot;I&quot;, &quot;O&quot;, &quot;|&quot;, &quot;﹒&quot;</source>
        <translation>排除字符：“0”、“1”、“l”、“I”、“O”、“|”、“﹒”</translation>
    </message>
    <message>
        <source>Exclude look-alike characters</source>
        <translation>排除相似的字符</translation>
    </message>
    <message>
        <source>Pick characters from every group</source>
        <translation>包含每一种字符</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Word Separator:</source>
        <translation>单词分隔符：</translation>
    </message>
    <message>
        <source>Wordlist:</source>
        <translation>词表：</translation>
    </message>
    <message>
        <source>Word Count:</source>
        <translation>词数：</translation>
    </message>
    <message>
        <source>Character Count:</source>
        <translation>字符数：</translation>
    </message>
    <message>
        <source>Word Case:</source>
        <translation>字符大小写：</translation>
    </message>
    <message>
        <source>Delete selected wordlist</source>
        <translation>删除所选词表</translation>
    </message>
    <message>
        <source>Add custom wordlist</source>
        <translation>添加自定义词表</translation>
    </message>
    <message>
        <source>character</source>
        <translation>字符</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Apply Password</source>
        <translation>应用密码</translation>
    </message>
    <message>
        <source>Regenerate password (%1)</source>
        <translation>重新生成密码(%1)</translation>
    </message>
    <message>
        <source>lower case</source>
        <translation>全小写</translation>
    </message>
    <message>
        <source>UPPER CASE</source>
        <translation>全大写</translation>
    </message>
    <message>
        <source>Title Case</source>
        <translation>首字母大写</translation>
    </message>
    <message>
        <source>(SYSTEM)</source>
        <translation>(系统)</translation>
    </message>
    <message>
        <source>Entropy: %1 bit</source>
        <translation>熵：%1 比特</translation>
    </message>
    <message>
        <source>Password Quality: %1</source>
        <translation>密码强度：%1</translation>
    </message>
    <message>
        <source>Poor</source>
        <comment>Password quality</comment>
        <translation>差劲</translation>
    </message>
    <message>
        <source>Weak</source>
        <comment>Password quality</comment>
        <translation>较弱</translation>
    </message>
    <message>
        <source>Good</source>
        <comment>Password quality</comment>
        <translation>良好</translation>
    </message>
    <message>
        <source>Excellent</source>
        <comment>Password quality</comment>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Confirm Delete Wordlist</source>
        <translation>确认删除词表</translation>
    </message>
    <message>
        <source>Do you really want to delete the wordlist &quot;%1&quot;?</source>
        <translation>您确定要删除词表“%1”吗？</translation>
    </message>
    <message>
        <source>Failed to delete wordlist</source>
        <translation>删除词表失败</translation>
    </message>
    <message>
        <source>Wordlists</source>
        <translation>词表</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>Select Custom Wordlist</source>
        <translation>选择自定义词表</translation>
    </message>
    <message>
        <source>Overwrite Wordlist?</source>
        <translation>覆盖词表吗？</translation>
    </message>
    <message>
        <source>Wordlist &quot;%1&quot; already exists as a custom wordlist.
Do you want to overwrite it?</source>
        <translation>自定义词表“%1”已存在。
您要覆盖它吗？</translation>
    </message>
    <message>
        <source>Failed to add wordlist</source>
        <translation>添加词表失败</translation>
    </message>
    <message>
        <source>Logograms</source>
        <translation>标志符号</translation>
    </message>
    <message>
        <source>Special Characters</source>
        <translation>特殊字符</translation>
    </message>
</context>
<context>
    <name>PasswordWidget</name>
    <message>
        <source>Passwords do not match</source>
        <translation>密码不匹配</translation>
    </message>
    <message>
        <source>Passwords match so far</source>
        <translation>密码目前匹配</translation>
    </message>
    <message>
        <source>Toggle Password (%1)</source>
        <translation>切换密码显示(%1)</translation>
    </message>
    <message>
        <source>Generate Password (%1)</source>
        <translation>生成密码(%1)</translation>
    </message>
    <message>
        <source>Warning: Caps Lock enabled!</source>
        <translation>警告：已启用大写锁定！</translation>
    </message>
    <message>
        <source>Quality: %1</source>
        <translation>质量：%1</translation>
    </message>
    <message>
        <source>Poor</source>
        <comment>Password quality</comment>
        <translation>差劲</translation>
    </message>
    <message>
        <source>Weak</source>
        <comment>Password quality</comment>
        <translation>较弱</translation>
    </message>
    <message>
        <source>Good</source>
        <comment>Password quality</comment>
        <translation>良好</translation>
    </message>
    <message>
        <source>Excellent</source>
        <comment>Password quality</comment>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Toggle password visibilty using Control + H. Open the password generator using Control + G.</source>
        <translation>使用 Control + H 显示或隐藏密码。使用 Control + G 打开密码生成器。</translation>
    </message>
</context>
<context>
    <name>PickcharsDialog</name>
    <message>
        <source>KeePassXC - Pick Characters</source>
        <translation>KeePassXC - 选择字符</translation>
    </message>
    <message>
        <source>Select characters to type, navigate with arrow keys, Ctrl + S submits.</source>
        <translation>选择字符以输入，方向键导航，Ctrl + S 提交。</translation>
    </message>
    <message>
        <source>Press &amp;Tab between characters</source>
        <translation>在字符之间按 &amp;Tab 键</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>禁用</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Database not opened</source>
        <translation>数据库未打开</translation>
    </message>
    <message>
        <source>Database hash not available</source>
        <translation>数据库哈希值不可用</translation>
    </message>
    <message>
        <source>Client public key not received</source>
        <translation>未收到客户端公钥</translation>
    </message>
    <message>
        <source>Cannot decrypt message</source>
        <translation>无法解密消息</translation>
    </message>
    <message>
        <source>Action cancelled or denied</source>
        <translation>操作被取消或被拒绝</translation>
    </message>
    <message>
        <source>Message encryption failed.</source>
        <translation>消息加密失败。</translation>
    </message>
    <message>
        <source>KeePassXC association failed, try again</source>
        <translation>KeePassXC 关联失败，请重试</translation>
    </message>
    <message>
        <source>Encryption key is not recognized</source>
        <translation>无法识别加密密钥</translation>
    </message>
    <message>
        <source>Incorrect action</source>
        <translation>操作错误</translation>
    </message>
    <message>
        <source>Empty message received</source>
        <translation>收到空消息</translation>
    </message>
    <message>
        <source>No URL provided</source>
        <translation>没有提供 URL</translation>
    </message>
    <message>
        <source>No logins found</source>
        <translation>未找到登录信息</translation>
    </message>
    <message>
        <source>No groups found</source>
        <translation>未找到群组</translation>
    </message>
    <message>
        <source>Cannot create new group</source>
        <translation>无法创建新群组</translation>
    </message>
    <message>
        <source>No valid UUID provided</source>
        <translation>未提供有效的 UUID</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Browser Integration</source>
        <translation>浏览器集成</translation>
    </message>
    <message>
        <source>Browser Plugin Failure</source>
        <translation>浏览器插件失败</translation>
    </message>
    <message>
        <source>Could not save the native messaging script file for %1.</source>
        <translation>无法为 %1 保存 Native Messaging 脚本文件。</translation>
    </message>
    <message>
        <source>Username for the entry.</source>
        <translation>条目的用户名。</translation>
    </message>
    <message>
        <source>username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>URL for the entry.</source>
        <translation>条目的 URL。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Notes for the entry.</source>
        <translation>此条目的备注。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Prompt for the entry&apos;s password.</source>
        <translation>输入条目密码的提示符。</translation>
    </message>
    <message>
        <source>Generate a password for the entry.</source>
        <translation>为此条目生成一个密码。</translation>
    </message>
    <message>
        <source>Add a new entry to a database.</source>
        <translation>向数据库添加新条目。</translation>
    </message>
    <message>
        <source>Path of the entry to add.</source>
        <translation>要添加条目的路径。</translation>
    </message>
    <message>
        <source>Cannot generate a password and prompt at the same time.</source>
        <translation>无法同时生成密码和提示。</translation>
    </message>
    <message>
        <source>Could not create entry with path %1.</source>
        <translation>无法创建路径为 %1 的条目。</translation>
    </message>
    <message>
        <source>Enter password for new entry: </source>
        <translation>输入新条目的密码：</translation>
    </message>
    <message>
        <source>Writing the database failed %1.</source>
        <translation>写入数据库失败 %1。</translation>
    </message>
    <message>
        <source>Successfully added entry %1.</source>
        <translation>已成功添加条目 %1。</translation>
    </message>
    <message>
        <source>Adds a new group to a database.</source>
        <translation>向数据库添加新群组。</translation>
    </message>
    <message>
        <source>Path of the group to add.</source>
        <translation>要添加的群组路径。</translation>
    </message>
    <message>
        <source>Group %1 already exists!</source>
        <translation>群组 %1 已经存在！</translation>
    </message>
    <message>
        <source>Group %1 not found.</source>
        <translation>未找到群组 %1。</translation>
    </message>
    <message>
        <source>Successfully added group %1.</source>
        <translation>已成功添加群组 %1。</translation>
    </message>
    <message>
        <source>Check if any passwords have been publicly leaked. FILENAME must be the path of a file listing SHA-1 hashes of leaked passwords in HIBP format, as available from https://haveibeenpwned.com/Passwords.</source>
        <translation>检查是否有密码已公开泄露。文件名必须是 HIBP 格式的、已泄露密码的 SHA-1 摘要清单，可以在 https://haveibeenpwned.com/Passwords 下载到。</translation>
    </message>
    <message>
        <source>FILENAME</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Path to okon-cli to search a formatted HIBP file</source>
        <translation>用于搜索已格式化 HIBP 文件的 okon-cli 路径</translation>
    </message>
    <message>
        <source>okon-cli</source>
        <translation>okon-cli</translation>
    </message>
    <message>
        <source>Analyze passwords for weaknesses and problems.</source>
        <translation>分析密码的弱点和问题。</translation>
    </message>
    <message>
        <source>Cannot find HIBP file: %1</source>
        <translation>未找到 HIBP 文件：%1</translation>
    </message>
    <message>
        <source>Evaluating database entries using okon…</source>
        <translation>正在使用 okon 评估数据库条目…</translation>
    </message>
    <message>
        <source>Failed to open HIBP file %1: %2</source>
        <translation>无法打开 HIBP 文件 %1：%2</translation>
    </message>
    <message>
        <source>Evaluating database entries against HIBP file, this will take a while…</source>
        <translation>正通过 HIBP 文件评估数据库条目，这需要一些时间…</translation>
    </message>
    <message numerus="yes">
        <source>Password for &apos;%1&apos; has been leaked %2 time(s)!</source>
        <translation><numerusform>“%1”的密码已泄露了 %2 次！</numerusform></translation>
    </message>
    <message>
        <source>Password for &apos;%1&apos; has been leaked!</source>
        <translation>“%1”的密码已泄露！</translation>
    </message>
    <message>
        <source>Export an attachment of an entry.</source>
        <translation>导出条目的附件。</translation>
    </message>
    <message>
        <source>Path of the entry with the target attachment.</source>
        <translation>目标附件所属条目的路径。</translation>
    </message>
    <message>
        <source>Name of the attachment to be exported.</source>
        <translation>要导出的附件名称。</translation>
    </message>
    <message>
        <source>Path to which the attachment should be exported.</source>
        <translation>应该导出的附件路径。</translation>
    </message>
    <message>
        <source>Could not find entry with path %1.</source>
        <translation>找不到路径为 %1 的条目。</translation>
    </message>
    <message>
        <source>Could not find attachment with name %1.</source>
        <translation>无法找到名为 %1 的附件。</translation>
    </message>
    <message>
        <source>No export target given. Please use &apos;--stdout&apos; or specify an &apos;export-file&apos;.</source>
        <translation>没有提供导出到目标。请使用 &apos;--stdout&apos; 或指定 &apos;export-file&apos;。</translation>
    </message>
    <message>
        <source>Could not open output file %1.</source>
        <translation>无法打开输出文件 %1。</translation>
    </message>
    <message>
        <source>Successfully exported attachment %1 of entry %2 to %3.</source>
        <translation>成功将条目 %2 的附件 %1 导出到 %3。</translation>
    </message>
    <message>
        <source>Overwrite existing attachments.</source>
        <translation>覆盖已存在附件。</translation>
    </message>
    <message>
        <source>Imports an attachment to an entry.</source>
        <translation>导入附件到条目。</translation>
    </message>
    <message>
        <source>Path of the entry.</source>
        <translation>条目的路径。</translation>
    </message>
    <message>
        <source>Name of the attachment to be added.</source>
        <translation>要添加的附件名称。</translation>
    </message>
    <message>
        <source>Path of the attachment to be imported.</source>
        <translation>要导入的附件路径。</translation>
    </message>
    <message>
        <source>Attachment %1 already exists for entry %2.</source>
        <translation>条目 %2 已存在附件 %1。</translation>
    </message>
    <message>
        <source>Could not open attachment file %1.</source>
        <translation>无法打开附件文件 %1。</translation>
    </message>
    <message>
        <source>Successfully imported attachment %1 as %2 to entry %3.</source>
        <translation>成功将 %1 导入为条目 %3 的附件 %2。</translation>
    </message>
    <message>
        <source>Remove an attachment of an entry.</source>
        <translation>删除条目的附件。</translation>
    </message>
    <message>
        <source>Name of the attachment to be removed.</source>
        <translation>要删除的附件名称。</translation>
    </message>
    <message>
        <source>Successfully removed attachment %1 from entry %2.</source>
        <translation>成功删除条目 %2 的附件 %1。</translation>
    </message>
    <message>
        <source>Copy the given attribute to the clipboard. Defaults to &quot;password&quot; if not specified.</source>
        <comment>Don't translate &quot;password&quot;, it refers to the attribute.</comment>
        <translation>将指定属性复制到剪贴板。如果未指定，则默认为“密码”。</translation>
    </message>
    <message>
        <source>Copy the current TOTP to the clipboard (equivalent to &quot;-a totp&quot;).</source>
        <translation>将当前 TOTP 复制到剪贴板（相当于“-a totp”）。</translation>
    </message>
    <message>
        <source>Must match only one entry, otherwise a list of possible matches is shown.</source>
        <translation>必须仅有一个条目匹配，否则会显示所有可能匹配的列表。</translation>
    </message>
    <message>
        <source>Copy an entry&apos;s attribute to the clipboard.</source>
        <translation>将条目的属性复制到剪贴板。</translation>
    </message>
    <message>
        <source>Path of the entry to clip.</source>
        <comment>clip = copy to clipboard</comment>
        <translation>要复制条目的路径。</translation>
    </message>
    <message>
        <source>Timeout before clearing the clipboard (default is %1 seconds, set to 0 for unlimited).</source>
        <translation>清空剪贴板之前的等待时间（默认为 %1 秒，设置为 0 表示不清空）。</translation>
    </message>
    <message>
        <source>Invalid timeout value %1.</source>
        <translation>无效的超时值 %1。</translation>
    </message>
    <message>
        <source>Multiple entries matching:</source>
        <translation>多条目匹配：</translation>
    </message>
    <message>
        <source>Using matching entry: %1</source>
        <translation>已使用的匹配条目：%1</translation>
    </message>
    <message>
        <source>Entry %1 not found.</source>
        <translation>未找到条目 %1。</translation>
    </message>
    <message>
        <source>ERROR: Please specify one of --attribute or --totp, not both.</source>
        <translation>错误：请指定 --attribute 或 --totp 之一，不可同时使用。</translation>
    </message>
    <message>
        <source>Entry with path %1 has no TOTP set up.</source>
        <translation>路径 %1 的条目没有设置 TOTP。</translation>
    </message>
    <message>
        <source>ERROR: attribute %1 is ambiguous, it matches %2.</source>
        <translation>错误：属性 %1 不明确，它匹配 %2。</translation>
    </message>
    <message>
        <source>Attribute &quot;%1&quot; not found.</source>
        <translation>未找到属性“%1”。</translation>
    </message>
    <message>
        <source>Entry&apos;s &quot;%1&quot; attribute copied to the clipboard!</source>
        <translation>已复制条目的“%1”属性到剪贴板！</translation>
    </message>
    <message numerus="yes">
        <source>Clearing the clipboard in %1 second(s)...</source>
        <translation><numerusform>在 %1 秒后清空剪贴板...</numerusform></translation>
    </message>
    <message>
        <source>Clipboard cleared!</source>
        <translation>剪贴板已清空！</translation>
    </message>
    <message>
        <source>Close the currently opened database.</source>
        <translation>关闭当前开启的数据库。</translation>
    </message>
    <message>
        <source>Display this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Silence password prompt and other secondary outputs.</source>
        <translation>隐藏密码提示符和其他辅助输出。</translation>
    </message>
    <message>
        <source>Key file of the database.</source>
        <translation>数据库的密钥文件。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Deactivate password key for the database.</source>
        <translation>停用此数据库的密码密钥。</translation>
    </message>
    <message>
        <source>Yubikey slot and optional serial used to access the database (e.g., 1:7370001).</source>
        <translation>用于访问数据库的 Yubikey 插槽和可选的序号（例如 1:7370001）。</translation>
    </message>
    <message>
        <source>slot[:serial]</source>
        <translation>插槽[:序号]</translation>
    </message>
    <message>
        <source>Missing positional argument(s).</source>
        <translation>缺少位置参数。</translation>
    </message>
    <message>
        <source>Too many arguments provided.</source>
        <translation>提供的参数过多。</translation>
    </message>
    <message>
        <source>Path of the database.</source>
        <translation>数据库路径。</translation>
    </message>
    <message>
        <source>Target decryption time in MS for the database.</source>
        <translation>数据库的目标解密时间，单位为毫秒。</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Set the key file for the database.
This options is deprecated, use --set-key-file instead.</source>
        <translation>设置数据库的密钥文件。
此选项已弃用，请用 --set-key-file 代替。</translation>
    </message>
    <message>
        <source>Set the key file for the database.</source>
        <translation>设置数据库的密钥文件。</translation>
    </message>
    <message>
        <source>Set a password for the database.</source>
        <translation>设置数据库的密码。</translation>
    </message>
    <message>
        <source>Create a new database.</source>
        <translation>创建新数据库。</translation>
    </message>
    <message>
        <source>Invalid decryption time %1.</source>
        <translation>无效解密时间 %1。</translation>
    </message>
    <message>
        <source>Target decryption time must be between %1 and %2.</source>
        <translation>目标解密时间必须在 %1 与 %2 之间。</translation>
    </message>
    <message>
        <source>Failed to set database password.</source>
        <translation>设置数据库密码失败。</translation>
    </message>
    <message>
        <source>Loading the key file failed</source>
        <translation>加载密钥文件失败</translation>
    </message>
    <message>
        <source>No key is set. Aborting database creation.</source>
        <translation>没有设置密钥。正在中止数据库创建。</translation>
    </message>
    <message>
        <source>Benchmarking key derivation function for %1ms delay.</source>
        <translation>以 %1 毫秒延迟对密钥派生函数进行基准测试。</translation>
    </message>
    <message>
        <source>Setting %1 rounds for key derivation function.</source>
        <translation>为密钥派生函数设置 %1 转换次数。</translation>
    </message>
    <message>
        <source>error while setting database key derivation settings.</source>
        <translation>设置数据库密钥派生设置时出现错误。</translation>
    </message>
    <message>
        <source>File %1 already exists.</source>
        <translation>文件 %1 已存在。</translation>
    </message>
    <message>
        <source>Failed to save the database: %1.</source>
        <translation>保存数据库失败：%1。</translation>
    </message>
    <message>
        <source>Successfully created new database.</source>
        <translation>已成功创建新数据库。</translation>
    </message>
    <message>
        <source>Unset the password for the database.</source>
        <translation>删除数据库的密码。</translation>
    </message>
    <message>
        <source>Unset the key file for the database.</source>
        <translation>删除数据库的密钥文件。</translation>
    </message>
    <message>
        <source>Edit a database.</source>
        <translation>编辑一个数据库。</translation>
    </message>
    <message>
        <source>Cannot use %1 and %2 at the same time.</source>
        <translation>无法同时使用 %1 和 %2。</translation>
    </message>
    <message>
        <source>Could not change the database key.</source>
        <translation>无法更改数据库密钥。</translation>
    </message>
    <message>
        <source>Database was not modified.</source>
        <translation>数据库未被修改。</translation>
    </message>
    <message>
        <source>Writing the database failed: %1</source>
        <translation>写入数据库失败：%1</translation>
    </message>
    <message>
        <source>Successfully edited the database.</source>
        <translation>已成功编辑数据库。</translation>
    </message>
    <message>
        <source>Cannot remove password: The database does not have a password.</source>
        <translation>无法删除密码：数据库不含密码。</translation>
    </message>
    <message>
        <source>Cannot remove file key: The database does not have a file key.</source>
        <translation>无法删除文件密钥：数据库不含文件密钥。</translation>
    </message>
    <message>
        <source>Loading the new key file failed: %1</source>
        <translation>加载新密钥文件失败：%1</translation>
    </message>
    <message>
        <source>Found unexpected Key type %1</source>
        <translation>发现意料之外的密钥类型 %1</translation>
    </message>
    <message>
        <source>Cannot remove all the keys from a database.</source>
        <translation>无法从数据库中删除所有密钥 。</translation>
    </message>
    <message>
        <source>Show a database&apos;s information.</source>
        <translation>显示数据库的信息。</translation>
    </message>
    <message>
        <source>UUID: </source>
        <translation>UUID：</translation>
    </message>
    <message>
        <source>Name: </source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Description: </source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Cipher: </source>
        <translation>加密：</translation>
    </message>
    <message>
        <source>KDF: </source>
        <translation>KDF：</translation>
    </message>
    <message>
        <source>Recycle bin is enabled.</source>
        <translation>回收站已启用。</translation>
    </message>
    <message>
        <source>Recycle bin is not enabled.</source>
        <translation>回收站未启用。</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Database created</source>
        <translation>数据库创建时间</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>尚未保存修改</translation>
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
        <translation>群组数</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>条目数</translation>
    </message>
    <message>
        <source>Number of expired entries</source>
        <translation>过期条目数</translation>
    </message>
    <message>
        <source>Unique passwords</source>
        <translation>唯一密码</translation>
    </message>
    <message>
        <source>Non-unique passwords</source>
        <translation>重复密码</translation>
    </message>
    <message>
        <source>Maximum password reuse</source>
        <translation>密码最高重复次数</translation>
    </message>
    <message>
        <source>Number of short passwords</source>
        <translation>短密码总数</translation>
    </message>
    <message>
        <source>Number of weak passwords</source>
        <translation>弱密码总数</translation>
    </message>
    <message>
        <source>Entries excluded from reports</source>
        <translation>报告中已排除条目</translation>
    </message>
    <message>
        <source>Average password length</source>
        <translation>平均密码长度</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 字符</translation>
    </message>
    <message>
        <source>Word count for the diceware passphrase.</source>
        <translation>Diceware 口令的词数。</translation>
    </message>
    <message>
        <source>count</source>
        <comment>CLI parameter</comment>
        <translation>总数</translation>
    </message>
    <message>
        <source>Wordlist for the diceware generator.
[Default: EFF English]</source>
        <translation>Diceware 生成器的词表。
[默认：EFF 英文]</translation>
    </message>
    <message>
        <source>Generate a new random diceware passphrase.</source>
        <translation>新生成一个随机的 Diceware 口令。</translation>
    </message>
    <message>
        <source>Invalid word count %1</source>
        <translation>无效的词数 %1</translation>
    </message>
    <message>
        <source>The word list is too small (&lt; 1000 items)</source>
        <translation>词表太小（少于 1000 项）</translation>
    </message>
    <message>
        <source>Title for the entry.</source>
        <translation>条目的标题。</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Edit an entry.</source>
        <translation>编辑条目。</translation>
    </message>
    <message>
        <source>Path of the entry to edit.</source>
        <translation>要编辑条目的路径。</translation>
    </message>
    <message>
        <source>Not changing any field for entry %1.</source>
        <translation>未更改条目 %1 的任何字段。</translation>
    </message>
    <message>
        <source>Enter new password for entry: </source>
        <translation>输入条目新密码：</translation>
    </message>
    <message>
        <source>Successfully edited entry %1.</source>
        <translation>已成功编辑条目 %1。</translation>
    </message>
    <message>
        <source>Perform advanced analysis on the password.</source>
        <translation>对密码执行高级分析。</translation>
    </message>
    <message>
        <source>Password for which to estimate the entropy.</source>
        <translation>用于估计熵的密码。</translation>
    </message>
    <message>
        <source>Estimate the entropy of a password.</source>
        <translation>估计密码的熵。</translation>
    </message>
    <message>
        <source>Length %1</source>
        <translation>长度 %1</translation>
    </message>
    <message>
        <source>Entropy %1</source>
        <translation>熵 %1</translation>
    </message>
    <message>
        <source>Log10 %1</source>
        <translation>Log10 %1</translation>
    </message>
    <message>
        <source>Multi-word extra bits %1</source>
        <translation>多字额外位 %1</translation>
    </message>
    <message>
        <source>Type: Bruteforce</source>
        <translation>类型：暴力破解</translation>
    </message>
    <message>
        <source>Type: Dictionary</source>
        <translation>类型：字典</translation>
    </message>
    <message>
        <source>Type: Dict+Leet</source>
        <translation>类型：字典 + 名单</translation>
    </message>
    <message>
        <source>Type: User Words</source>
        <translation>类型：用户词</translation>
    </message>
    <message>
        <source>Type: User+Leet</source>
        <translation>类型：用户 + 名单</translation>
    </message>
    <message>
        <source>Type: Repeated</source>
        <translation>类型：重复</translation>
    </message>
    <message>
        <source>Type: Sequence</source>
        <translation>类型：序列</translation>
    </message>
    <message>
        <source>Type: Spatial</source>
        <translation>类型：空间</translation>
    </message>
    <message>
        <source>Type: Date</source>
        <translation>类型：日期</translation>
    </message>
    <message>
        <source>Type: Bruteforce(Rep)</source>
        <translation>类型：暴力破解（重复）</translation>
    </message>
    <message>
        <source>Type: Dictionary(Rep)</source>
        <translation>类型：字典（重复）</translation>
    </message>
    <message>
        <source>Type: Dict+Leet(Rep)</source>
        <translation>类型：字典 + 名单（重复）</translation>
    </message>
    <message>
        <source>Type: User Words(Rep)</source>
        <translation>类型：用户词（重复）</translation>
    </message>
    <message>
        <source>Type: User+Leet(Rep)</source>
        <translation>类型：用户 + 名单（重复）</translation>
    </message>
    <message>
        <source>Type: Repeated(Rep)</source>
        <translation>类型：重复（重复）</translation>
    </message>
    <message>
        <source>Type: Sequence(Rep)</source>
        <translation>类型：序列（重复）</translation>
    </message>
    <message>
        <source>Type: Spatial(Rep)</source>
        <translation>类型：空间（重复）</translation>
    </message>
    <message>
        <source>Type: Date(Rep)</source>
        <translation>类型：日期（重复）</translation>
    </message>
    <message>
        <source>Type: Unknown (%1)</source>
        <translation>类型：未知（%1）</translation>
    </message>
    <message>
        <source>Entropy %1 (%2)</source>
        <translation>熵 %1（%2）</translation>
    </message>
    <message>
        <source>*** Password length (%1) != sum of length of parts (%2) ***</source>
        <translation>*** 密码长度 (%1) != 部分长度之和 (%2) ***</translation>
    </message>
    <message>
        <source>Exit interactive mode.</source>
        <translation>退出交互模式。</translation>
    </message>
    <message>
        <source>Format to use when exporting. Available choices are &apos;xml&apos; or &apos;csv&apos;. Defaults to &apos;xml&apos;.</source>
        <translation>导出时使用的格式。可用的选项是“xml”或“csv”。默认值为“xml”。</translation>
    </message>
    <message>
        <source>Exports the content of a database to standard output in the specified format.</source>
        <translation>将数据库内容按照指定的格式输出至标准输出。</translation>
    </message>
    <message>
        <source>Unable to export database to XML: %1</source>
        <translation>无法导出数据库至 XML：%1</translation>
    </message>
    <message>
        <source>Unsupported format %1</source>
        <translation>不支持的格式 %1</translation>
    </message>
    <message>
        <source>Length of the generated password</source>
        <translation>生成密码的长度</translation>
    </message>
    <message>
        <source>length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Use lowercase characters</source>
        <translation>使用小写字符</translation>
    </message>
    <message>
        <source>Use uppercase characters</source>
        <translation>使用大写字符</translation>
    </message>
    <message>
        <source>Use numbers</source>
        <translation>使用数字</translation>
    </message>
    <message>
        <source>Use special characters</source>
        <translation>使用特殊字符</translation>
    </message>
    <message>
        <source>Use extended ASCII</source>
        <translation>使用扩展 ASCII</translation>
    </message>
    <message>
        <source>Exclude character set</source>
        <translation>排除字符集</translation>
    </message>
    <message>
        <source>chars</source>
        <translation>字符</translation>
    </message>
    <message>
        <source>Use custom character set</source>
        <translation>使用自定义字符集</translation>
    </message>
    <message>
        <source>Exclude similar looking characters</source>
        <translation>排除不易分辨的字符</translation>
    </message>
    <message>
        <source>Include characters from every selected group</source>
        <translation>包含每个选定组中的字符</translation>
    </message>
    <message>
        <source>Generate a new random password.</source>
        <translation>新生成一个随机密码。</translation>
    </message>
    <message>
        <source>Invalid password length %1</source>
        <translation>无效的密码长度 %1</translation>
    </message>
    <message>
        <source>Invalid password generator after applying all options</source>
        <translation>应用所有选项后，密码生成器无效</translation>
    </message>
    <message>
        <source>Display command help.</source>
        <translation>显示命令帮助。</translation>
    </message>
    <message>
        <source>Available commands:</source>
        <translation>可用命令：</translation>
    </message>
    <message>
        <source>Import the contents of an XML database.</source>
        <translation>导入 XML 数据库的内容。</translation>
    </message>
    <message>
        <source>Path of the XML database export.</source>
        <translation>XML 数据库导出的路径。</translation>
    </message>
    <message>
        <source>Path of the new database.</source>
        <translation>新数据库的路径。</translation>
    </message>
    <message>
        <source>Unable to import XML database: %1</source>
        <translation>无法导入 XML 数据库：%1</translation>
    </message>
    <message>
        <source>Successfully imported database.</source>
        <translation>已成功导入数据库。</translation>
    </message>
    <message>
        <source>Unknown command %1</source>
        <translation>未知命令 %1</translation>
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
        <translation>要执行的命令名称。</translation>
    </message>
    <message>
        <source>Displays debugging information.</source>
        <translation>显示调试信息。</translation>
    </message>
    <message>
        <source>Invalid command %1.</source>
        <translation>无效命令 %1。</translation>
    </message>
    <message>
        <source>Recursively list the elements of the group.</source>
        <translation>递归列出群组的元素。</translation>
    </message>
    <message>
        <source>Flattens the output to single lines.</source>
        <translation>将输出展平为单行。</translation>
    </message>
    <message>
        <source>List database entries.</source>
        <translation>列出数据库条目。</translation>
    </message>
    <message>
        <source>Path of the group to list. Default is /</source>
        <translation>要列出的群组路径，默认为 /</translation>
    </message>
    <message>
        <source>Cannot find group %1.</source>
        <translation>找不到群组 %1。</translation>
    </message>
    <message>
        <source>Use the same credentials for both database files.</source>
        <translation>对两个数据库文件使用相同的凭据。</translation>
    </message>
    <message>
        <source>Key file of the database to merge from.</source>
        <translation>作为合并来源数据库的密钥文件。</translation>
    </message>
    <message>
        <source>Deactivate password key for the database to merge from.</source>
        <translation>停用作为合并来源数据库使用的密码密钥。</translation>
    </message>
    <message>
        <source>Only print the changes detected by the merge operation.</source>
        <translation>仅输出合并操作检测到的更改。</translation>
    </message>
    <message>
        <source>Yubikey slot for the second database.</source>
        <translation>第二个数据库要使用的 Yubikey 插槽。</translation>
    </message>
    <message>
        <source>slot</source>
        <translation>插槽</translation>
    </message>
    <message>
        <source>Merge two databases.</source>
        <translation>合并两个数据库。</translation>
    </message>
    <message>
        <source>Path of the database to merge from.</source>
        <translation>作为合并来源的数据库路径。</translation>
    </message>
    <message>
        <source>Error reading merge file:
%1</source>
        <translation>读取合并文件时出错：
%1</translation>
    </message>
    <message>
        <source>Unable to save database to file : %1</source>
        <translation>无法将数据库保存到文件：%1</translation>
    </message>
    <message>
        <source>Successfully merged %1 into %2.</source>
        <translation>成功将 %1 合并入 %2。</translation>
    </message>
    <message>
        <source>Database was not modified by merge operation.</source>
        <translation>合并操作未修改数据库。</translation>
    </message>
    <message>
        <source>Moves an entry to a new group.</source>
        <translation>将条目移至新群组。</translation>
    </message>
    <message>
        <source>Path of the entry to move.</source>
        <translation>要移动的条目路径。</translation>
    </message>
    <message>
        <source>Path of the destination group.</source>
        <translation>目标群组的路径。</translation>
    </message>
    <message>
        <source>Could not find group with path %1.</source>
        <translation>找不到路径为 %1 的群组。</translation>
    </message>
    <message>
        <source>Entry is already in group %1.</source>
        <translation>条目已位于群组 %1。</translation>
    </message>
    <message>
        <source>Successfully moved entry %1 to group %2.</source>
        <translation>已成功将条目 %1 移至群组 %2。</translation>
    </message>
    <message>
        <source>Open a database.</source>
        <translation>打开一个数据库。</translation>
    </message>
    <message>
        <source>Path of the entry to remove.</source>
        <translation>要删除条目的路径。</translation>
    </message>
    <message>
        <source>Unable to save database to file: %1</source>
        <translation>无法将数据库保存到文件：%1</translation>
    </message>
    <message>
        <source>Successfully recycled entry %1.</source>
        <translation>已成功移动条目 %1 到回收站。</translation>
    </message>
    <message>
        <source>Successfully deleted entry %1.</source>
        <translation>已成功删除条目 %1。</translation>
    </message>
    <message>
        <source>Path of the group to remove.</source>
        <translation>要删除的群组路径。</translation>
    </message>
    <message>
        <source>Cannot remove root group from database.</source>
        <translation>不能从数据库移除根群组。</translation>
    </message>
    <message>
        <source>Successfully recycled group %1.</source>
        <translation>已成功移动群组 %1 到回收站。</translation>
    </message>
    <message>
        <source>Successfully deleted group %1.</source>
        <translation>已成功删除群组 %1。</translation>
    </message>
    <message>
        <source>Find entries quickly.</source>
        <translation>快速查找条目。</translation>
    </message>
    <message>
        <source>Search term.</source>
        <translation>搜索词。</translation>
    </message>
    <message>
        <source>Show the entry&apos;s current TOTP.</source>
        <translation>显示条目当前的 TOTP。</translation>
    </message>
    <message>
        <source>Show the protected attributes in clear text.</source>
        <translation>明文显示被保护的属性。</translation>
    </message>
    <message>
        <source>Show all the attributes of the entry.</source>
        <translation>显示条目的所有属性。</translation>
    </message>
    <message>
        <source>Show the attachments of the entry.</source>
        <translation>显示条目的附件。</translation>
    </message>
    <message>
        <source>Names of the attributes to show. This option can be specified more than once, with each attribute shown one-per-line in the given order. If no attributes are specified, a summary of the default attributes is given.</source>
        <translation>要显示的属性名称。可以多次指定此选项，每个属性按给定顺序显示，每行一个。 如果未指定任何属性，则会给出默认属性的摘要。</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Show an entry&apos;s information.</source>
        <translation>显示条目的信息。</translation>
    </message>
    <message>
        <source>Name of the entry to show.</source>
        <translation>要显示的条目名称。</translation>
    </message>
    <message>
        <source>ERROR: unknown attribute %1.</source>
        <translation>错误：未知属性 %1。</translation>
    </message>
    <message>
        <source>No attachments present.</source>
        <translation>不存在附件。</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <source>Failed to open database file %1: not found</source>
        <translation>打开数据库文件 %1 失败：文件未找到</translation>
    </message>
    <message>
        <source>Failed to open database file %1: not a plain file</source>
        <translation>打开数据库文件 %1 失败：不是常规文件</translation>
    </message>
    <message>
        <source>Failed to open database file %1: not readable</source>
        <translation>打开数据库文件 %1 失败：文件不可读</translation>
    </message>
    <message>
        <source>Enter password to unlock %1: </source>
        <translation>输入密码以解锁 %1：</translation>
    </message>
    <message>
        <source>Failed to load key file %1: %2</source>
        <translation>无法加载密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>WARNING: You are using an old key file format which KeePassXC may
stop supporting in the future.

Please consider generating a new key file.</source>
        <translation>警告：您使用的是旧版密钥文件格式，KeePassXC 可能会在将来停止对它的支持。

请考虑重新生成一个新密钥文件。</translation>
    </message>
    <message>
        <source>Invalid YubiKey slot %1</source>
        <translation>无效的 YubiKey 插槽 %1</translation>
    </message>
    <message>
        <source>Invalid YubiKey serial %1</source>
        <translation>无效的 YubiKey 序号 %1</translation>
    </message>
    <message>
        <source>Please present or touch your YubiKey to continue.</source>
        <translation>请感应或触摸您的 YubiKey 以继续。</translation>
    </message>
    <message>
        <source>Enter password to encrypt database (optional): </source>
        <translation>输入用于加密数据库的密码（可选）：</translation>
    </message>
    <message>
        <source>Do you want to create a database with an empty password? [y/N]: </source>
        <translation>是否要创建具有空密码的数据库？[y/N]：</translation>
    </message>
    <message>
        <source>Repeat password: </source>
        <translation>重复密码：</translation>
    </message>
    <message>
        <source>Error: Passwords do not match.</source>
        <translation>错误：密码不匹配。</translation>
    </message>
    <message>
        <source>No program defined for clipboard manipulation</source>
        <translation>没有为剪贴板操作定义程序</translation>
    </message>
    <message>
        <source>All clipping programs failed. Tried %1
</source>
        <translation>所有剪贴板程序都已失败。已尝试 %1</translation>
    </message>
    <message>
        <source>Creating KeyFile %1 failed: %2</source>
        <translation>创建密钥文件 %1 失败：%2</translation>
    </message>
    <message>
        <source>Loading KeyFile %1 failed: %2</source>
        <translation>加载密钥文件 %1 失败：%2</translation>
    </message>
    <message>
        <source>HIBP file, line %1: parse error</source>
        <translation>HIBP 文件，第 %1 行：解析错误</translation>
    </message>
    <message>
        <source>To use okon, you must provide a post-processed file (e.g. file.okon)</source>
        <translation>要使用 okon，您必须提供一份已处理文件（例如 file.okon）</translation>
    </message>
    <message>
        <source>Could not start okon process: %1</source>
        <translation>无法启动 okon 进程：%1</translation>
    </message>
    <message>
        <source>Error: okon process did not finish</source>
        <translation>错误：okon 进程未结束</translation>
    </message>
    <message>
        <source>Failed to load okon processed database: %1</source>
        <translation>加载 okon 处理过的数据库失败：%1</translation>
    </message>
    <message>
        <source>Very weak password</source>
        <translation>差劲密码</translation>
    </message>
    <message>
        <source>Password entropy is %1 bits</source>
        <translation>密码熵为 %1 位</translation>
    </message>
    <message>
        <source>Weak password</source>
        <translation>较弱密码</translation>
    </message>
    <message>
        <source>Used in %1/%2</source>
        <translation>在 %1/%2 中使用</translation>
    </message>
    <message numerus="yes">
        <source>Password is used %1 time(s)</source>
        <translation><numerusform>密码已使用 %1 次</numerusform></translation>
    </message>
    <message>
        <source>Password has expired</source>
        <translation>密码已过期</translation>
    </message>
    <message>
        <source>Password expiry was %1</source>
        <translation>密码过期于 %1</translation>
    </message>
    <message>
        <source>Password expires on %1</source>
        <translation>密码将在 %1 过期</translation>
    </message>
    <message>
        <source>Password is about to expire</source>
        <translation>密码即将过期</translation>
    </message>
    <message numerus="yes">
        <source>Password expires in %1 day(s)</source>
        <translation><numerusform>密码将在 %1 天后过期</numerusform></translation>
    </message>
    <message>
        <source>Password will expire soon</source>
        <translation>密码即将过期</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Build Type: %1</source>
        <translation>构建类型：%1</translation>
    </message>
    <message>
        <source>Revision: %1</source>
        <translation>修订版本：%1</translation>
    </message>
    <message>
        <source>Distribution: %1</source>
        <translation>发行版：%1</translation>
    </message>
    <message>
        <source>Debugging mode is disabled.</source>
        <translation>已禁用调试模式。</translation>
    </message>
    <message>
        <source>Debugging mode is enabled.</source>
        <translation>已启用调试模式。</translation>
    </message>
    <message>
        <source>Operating system: %1
CPU architecture: %2
Kernel: %3 %4</source>
        <translation>操作系统：%1
CPU 架构：%2
内核：%3 %4</translation>
    </message>
    <message>
        <source>Auto-Type</source>
        <translation>自动输入</translation>
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
        <translation>快速解锁</translation>
    </message>
    <message>
        <source>Secret Service Integration</source>
        <translation>保密服务集成</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Enabled extensions:</source>
        <translation>已启用的扩展：</translation>
    </message>
    <message numerus="yes">
        <source>over %1 year(s)</source>
        <translation><numerusform>超过 %1 年</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>about %1 month(s)</source>
        <translation><numerusform>大约 %1 个月</numerusform></translation>
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
        <translation><numerusform>%1 小时</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 minute(s)</source>
        <translation><numerusform>%1 分</numerusform></translation>
    </message>
    <message>
        <source>Botan library must be at least %1, found %2.%3.%4</source>
        <translation>Botan 库的版本至少应为 %1，您的版本为 %2.%3.%4</translation>
    </message>
    <message>
        <source>Cryptographic libraries:</source>
        <translation>密码学公共库：</translation>
    </message>
    <message>
        <source>AES (%1 rounds)</source>
        <translation>AES（%1 次）</translation>
    </message>
    <message>
        <source>Argon2%1 (%2 rounds, %3 KB)</source>
        <translation>Argon2%1（%2 次，%3 KB）</translation>
    </message>
    <message>
        <source>SymmetricCipher::init: Invalid cipher mode.</source>
        <translation>SymmetricCipher::init: 无效加密模式。</translation>
    </message>
    <message>
        <source>SymmetricCipher::init: Invalid IV size of %1 for %2.</source>
        <translation>SymmetricCipher::init: 无效 %2 初始向量大小 %1。</translation>
    </message>
    <message>
        <source>Cipher not initialized prior to use.</source>
        <translation>密码在使用前未初始化。</translation>
    </message>
    <message>
        <source>Cannot process 0 length data.</source>
        <translation>无法处理长度为 0 的数据。</translation>
    </message>
    <message>
        <source>unknown executable (DBus address %1)</source>
        <translation>未知可执行文件（DBus 地址 %1）</translation>
    </message>
    <message>
        <source>%1 (invalid executable path)</source>
        <translation>%1（无效的可执行文件路径）</translation>
    </message>
    <message>
        <source>NULL device</source>
        <translation>空设备</translation>
    </message>
    <message>
        <source>error reading from device</source>
        <translation>从设备读取出错</translation>
    </message>
    <message>
        <source>file empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>malformed string</source>
        <translation>格式异常字符串</translation>
    </message>
    <message>
        <source>missing closing quote</source>
        <translation>缺少闭合引号</translation>
    </message>
    <message>
        <source>%1: (row, col) %2,%3</source>
        <translation>%1：（行，列）%2，%3</translation>
    </message>
    <message>
        <source>AES 256-bit</source>
        <translation>AES 256 位</translation>
    </message>
    <message>
        <source>Twofish 256-bit</source>
        <translation>Twofish 256 位</translation>
    </message>
    <message>
        <source>ChaCha20 256-bit</source>
        <translation>ChaCha20 256 位</translation>
    </message>
    <message>
        <source>Argon2d (KDBX 4 – recommended)</source>
        <translation>Argon2d（KDBX 4 – 推荐）</translation>
    </message>
    <message>
        <source>Argon2id (KDBX 4)</source>
        <translation>Argon2id（KDBX 4）</translation>
    </message>
    <message>
        <source>AES-KDF (KDBX 4)</source>
        <translation>AES-KDF（KDBX 4）</translation>
    </message>
    <message>
        <source>AES-KDF (KDBX 3)</source>
        <translation>AES-KDF（KDBX 3）</translation>
    </message>
    <message>
        <source>Existing single-instance lock file is invalid. Launching new instance.</source>
        <translation>已有的单实例锁文件无效。正在启动新实例。</translation>
    </message>
    <message>
        <source>The lock file could not be created. Single-instance mode disabled.</source>
        <translation>无法创建锁文件。单实例模式已禁用。</translation>
    </message>
    <message numerus="yes">
        <source>Clearing the clipboard in %1 second(s)…</source>
        <translation><numerusform>在 %1 秒后清空剪贴板...</numerusform></translation>
    </message>
    <message>
        <source>Group</source>
        <translation>群组</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>TOTP</source>
        <translation>TOTP</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>图标</translation>
    </message>
    <message>
        <source>Last Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Benchmark %1 delay</source>
        <translation>基准 %1 延迟</translation>
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
        <translation>您确定要永久删除条目“%1”吗？</translation>
    </message>
    <message numerus="yes">
        <source>Do you really want to delete %n entry(s) for good?</source>
        <translation><numerusform>您确定要永久删除 %n 个条目吗？</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete entry(s)?</source>
        <translation><numerusform>删除条目？</numerusform></translation>
    </message>
    <message>
        <source>Do you really want to move entry &quot;%1&quot; to the recycle bin?</source>
        <translation>您确定要将条目“%1”移动到回收站吗？</translation>
    </message>
    <message numerus="yes">
        <source>Do you really want to move %n entry(s) to the recycle bin?</source>
        <translation><numerusform>您确定要将 %n 个条目移动到回收站吗？</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Move entry(s) to recycle bin?</source>
        <translation><numerusform>将条目移动到回收站？</numerusform></translation>
    </message>
    <message>
        <source>Replace references to entry?</source>
        <translation>替换对条目的引用？</translation>
    </message>
    <message numerus="yes">
        <source>Entry &quot;%1&quot; has %2 reference(s). Do you want to overwrite references with values, skip this entry, or delete anyway?</source>
        <translation><numerusform>条目“%1”含有 %2 个引用。 您希望用值覆盖引用、跳过此条目还是直接删除？</numerusform></translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Browser Statistics</source>
        <translation>浏览器统计</translation>
    </message>
    <message>
        <source>Health Check</source>
        <translation>健康检查</translation>
    </message>
    <message>
        <source>HIBP</source>
        <translation>HIBP</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Unsupported key file version: %1</source>
        <translation>不支持的密钥文件版本：%1</translation>
    </message>
    <message>
        <source>Checksum mismatch! Key file may be corrupt.</source>
        <translation>校验和不匹配！密钥文件可能已损坏。</translation>
    </message>
    <message>
        <source>Unexpected key file data! Key file may be corrupt.</source>
        <translation>意外的密钥文件数据！密钥文件可能已损坏。</translation>
    </message>
    <message>
        <source>KeePassXC - cross-platform password manager</source>
        <translation>KeePassXC - 跨平台密码管理器</translation>
    </message>
    <message>
        <source>filenames of the password databases to open (*.kdbx)</source>
        <translation>要打开的密码数据库文件名（*.kdbx）</translation>
    </message>
    <message>
        <source>path to a custom config file</source>
        <translation>自定义配置文件的路径</translation>
    </message>
    <message>
        <source>path to a custom local config file</source>
        <translation>自定义本地配置文件的路径</translation>
    </message>
    <message>
        <source>lock all open databases</source>
        <translation>锁定所有数据库</translation>
    </message>
    <message>
        <source>key file of the database</source>
        <translation>数据库的密钥文件</translation>
    </message>
    <message>
        <source>read password of the database from stdin</source>
        <translation>从标准输入读取数据库的密码</translation>
    </message>
    <message>
        <source>Locked databases.</source>
        <translation>已锁定数据库。</translation>
    </message>
    <message>
        <source>Database failed to lock.</source>
        <translation>锁定数据库失败。</translation>
    </message>
    <message>
        <source>Another instance of KeePassXC is already running.</source>
        <translation>另一个 KeePassXC 实例已在运行。</translation>
    </message>
    <message>
        <source>KeePassXC is not running. No open database to lock</source>
        <translation>KeePassXC 未在运行。没有可锁定的已打开数据库</translation>
    </message>
    <message>
        <source>Fatal error while testing the cryptographic functions.</source>
        <translation>在测试加密函数时发生致命错误。</translation>
    </message>
    <message>
        <source>KeePassXC - Error</source>
        <translation>KeePassXC - 错误</translation>
    </message>
    <message>
        <source>Database password: </source>
        <translation>数据库密码：</translation>
    </message>
    <message>
        <source>Invalid Settings</source>
        <comment>TOTP</comment>
        <translation>无效的设置</translation>
    </message>
    <message>
        <source>Invalid Key</source>
        <comment>TOTP</comment>
        <translation>无效的密钥</translation>
    </message>
    <message>
        <source>Failed to create Windows Hello credential.</source>
        <translation>创建 Windows Hello 凭据失败。</translation>
    </message>
    <message>
        <source>Failed to sign challenge using Windows Hello.</source>
        <translation>使用 Windows Hello 签名挑战失败。</translation>
    </message>
    <message>
        <source>Warning: Failed to block screenshot capture on a top-level window.</source>
        <translation>警告：在顶层窗口阻止屏幕截图失败。</translation>
    </message>
    <message>
        <source>Invalid Cipher</source>
        <translation>无效的加密方法</translation>
    </message>
    <message>
        <source>Invalid KDF</source>
        <translation>无效的 KDF</translation>
    </message>
    <message>
        <source>Access to all entries is denied</source>
        <translation>对所有条目的访问已禁止</translation>
    </message>
    <message>
        <source>allow screenshots and app recording (Windows/macOS)</source>
        <translation>允许屏幕截图与应用录制（Windows/macOS）</translation>
    </message>
    <message>
        <source>AES initialization failed</source>
        <translation>AES 初始化失败</translation>
    </message>
    <message>
        <source>AES encrypt failed</source>
        <translation>AES 加密失败</translation>
    </message>
    <message>
        <source>Failed to store in Linux Keyring</source>
        <translation>存入 Linux Keyring 失败</translation>
    </message>
    <message>
        <source>Could not locate key in keyring</source>
        <translation>无法在 Keyring 中定位密钥</translation>
    </message>
    <message>
        <source>Could not read key in keyring</source>
        <translation>无法在 Keyring 中读取密钥</translation>
    </message>
    <message>
        <source>AES decrypt failed</source>
        <translation>AES 解密失败</translation>
    </message>
    <message>
        <source>No Polkit authentication agent was available</source>
        <translation>无可用的 Polkit 身份验证代理</translation>
    </message>
    <message>
        <source>Polkit authorization failed</source>
        <translation>Polkit 授权失败</translation>
    </message>
    <message>
        <source>No Quick Unlock provider is available</source>
        <translation>无可用的快速解锁提供者</translation>
    </message>
    <message>
        <source>Polkit returned an error: %1</source>
        <translation>Polkit 返回了一个错误：%1</translation>
    </message>
    <message>
        <source>Failed to init KeePassXC crypto.</source>
        <translation>初始化 KeePassXC 加密失败。</translation>
    </message>
    <message>
        <source>Failed to encrypt key data.</source>
        <translation>加密密钥数据失败。</translation>
    </message>
    <message>
        <source>Failed to get Windows Hello credential.</source>
        <translation>获取 Windows Hello 凭据失败。</translation>
    </message>
    <message>
        <source>Failed to decrypt key data.</source>
        <translation>解密密钥数据失败。</translation>
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
        <translation>压缩时内部 zlib 出错：</translation>
    </message>
    <message>
        <source>Error writing to underlying device: </source>
        <translation>写入底层设备出错：</translation>
    </message>
    <message>
        <source>Error opening underlying device: </source>
        <translation>打开底层设备出错：</translation>
    </message>
    <message>
        <source>Error reading data from underlying device: </source>
        <translation>读取底层设备出错：</translation>
    </message>
    <message>
        <source>Internal zlib error when decompressing: </source>
        <translation>解压时内部 zlib 错误：</translation>
    </message>
</context>
<context>
    <name>QtIOCompressor::open</name>
    <message>
        <source>The gzip format not supported in this version of zlib.</source>
        <translation>当前版本的 zlib 不支持 gzip 格式。</translation>
    </message>
    <message>
        <source>Internal zlib error: </source>
        <translation>内部 zlib 错误：</translation>
    </message>
</context>
<context>
    <name>ReportsWidgetBrowserStatistics</name>
    <message>
        <source>Double-click entries to edit.</source>
        <translation>双击条目以编辑。</translation>
    </message>
    <message>
        <source>List of entry URLs</source>
        <translation>条目 URL 列表</translation>
    </message>
    <message>
        <source>Entry has no URLs set</source>
        <translation>条目未设置 URL</translation>
    </message>
    <message>
        <source>Allowed URLs</source>
        <translation>允许的 URL</translation>
    </message>
    <message>
        <source>Entry has no Browser Integration settings</source>
        <translation>条目没有浏览器集成设置</translation>
    </message>
    <message>
        <source>Denied URLs</source>
        <translation>禁止的 URL</translation>
    </message>
    <message>
        <source> (Excluded)</source>
        <translation>（已排除）</translation>
    </message>
    <message>
        <source>This entry is being excluded from reports</source>
        <translation>此条目已经从报告中排除</translation>
    </message>
    <message>
        <source>Please wait, browser statistics is being calculated…</source>
        <translation>请稍候，正在计算浏览器统计…</translation>
    </message>
    <message>
        <source>No entries with a URL, or none has browser extension settings saved.</source>
        <translation>没有条目包含 URL 或者保存了浏览器扩展设置。     </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Edit Entry…</source>
        <translation>编辑条目…</translation>
    </message>
    <message numerus="yes">
        <source>Delete Entry(s)…</source>
        <translation><numerusform>删除条目…</numerusform></translation>
    </message>
    <message>
        <source>Exclude from reports</source>
        <translation>从报告中排除</translation>
    </message>
    <message>
        <source>Only show entries that have a URL</source>
        <translation>仅显示含有 URL 的条目</translation>
    </message>
    <message>
        <source>Only show entries that have been explicitly allowed or denied</source>
        <translation>仅显示明确允许或禁止的条目</translation>
    </message>
    <message>
        <source>Show expired entries</source>
        <translation>显示过期的条目</translation>
    </message>
    <message>
        <source> (Expired)</source>
        <translation>（已过期）</translation>
    </message>
</context>
<context>
    <name>ReportsWidgetHealthcheck</name>
    <message>
        <source>Hover over reason to show additional details. Double-click entries to edit.</source>
        <translation>将鼠标指针悬停在原因上以显示其他详细信息。双击条目以编辑。</translation>
    </message>
    <message>
        <source>Bad</source>
        <comment>Password quality</comment>
        <translation>极差</translation>
    </message>
    <message>
        <source>Bad — password must be changed</source>
        <translation>极差 — 必须更改密码</translation>
    </message>
    <message>
        <source>Poor</source>
        <comment>Password quality</comment>
        <translation>差劲</translation>
    </message>
    <message>
        <source>Poor — password should be changed</source>
        <translation>差劲 — 应该更改密码</translation>
    </message>
    <message>
        <source>Weak</source>
        <comment>Password quality</comment>
        <translation>较弱</translation>
    </message>
    <message>
        <source>Weak — consider changing the password</source>
        <translation>较弱 — 可考虑更改密码</translation>
    </message>
    <message>
        <source> (Excluded)</source>
        <translation>（已排除）</translation>
    </message>
    <message>
        <source>This entry is being excluded from reports</source>
        <translation>此条目已经从报告中排除</translation>
    </message>
    <message>
        <source>Please wait, health data is being calculated…</source>
        <translation>请稍候，正在计算健康数据…</translation>
    </message>
    <message>
        <source>Congratulations, everything is healthy!</source>
        <translation>恭喜，一切健康！</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Edit Entry…</source>
        <translation>编辑条目…</translation>
    </message>
    <message numerus="yes">
        <source>Delete Entry(s)…</source>
        <translation><numerusform>删除条目…</numerusform></translation>
    </message>
    <message>
        <source>Exclude from reports</source>
        <translation>从报告中排除</translation>
    </message>
    <message>
        <source>Show expired entries</source>
        <translation>显示过期的条目</translation>
    </message>
    <message>
        <source>Show entries that have been excluded from reports</source>
        <translation>显示已从报告中排除的条目</translation>
    </message>
    <message>
        <source> (Expired)</source>
        <translation>（已过期）</translation>
    </message>
</context>
<context>
    <name>ReportsWidgetHibp</name>
    <message>
        <source>CAUTION: This report requires sending information to the Have I Been Pwned online service (https://haveibeenpwned.com). If you proceed, your database passwords will be cryptographically hashed and the first five characters of those hashes will be sent securely to this service. Your database remains secure and cannot be reconstituted from this information. However, the number of passwords you send and your IP address will be exposed to this service.</source>
        <translation>注意：此报告需要将信息发送到 Have I Been Pwned 在线服务 (https://haveibeenpwned.com)。如果继续，您数据库内的密码将被哈希加密，这些哈希的前五个字符将安全地发送到此服务。您的数据库仍然安全，其他人无法从此信息中重建数据。但是，您发送的密码数量和 IP 地址将提供给此服务。</translation>
    </message>
    <message>
        <source>Perform Online Analysis</source>
        <translation>执行在线分析</translation>
    </message>
    <message>
        <source>Also show entries that have been excluded from reports</source>
        <translation>也显示已从报告中排除的条目</translation>
    </message>
    <message>
        <source>This build of KeePassXC does not have network functions. Networking is required to check your passwords against Have I Been Pwned databases.</source>
        <translation>此版本 KeePassXC 不包含网络功能。如要通过 Have I Been Pwned 服务检查您的密码，就必须可以访问网络。</translation>
    </message>
    <message>
        <source>Congratulations, no exposed passwords!</source>
        <translation>恭喜，没有已暴露的密码！</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Password exposed…</source>
        <translation>已暴露密码...</translation>
    </message>
    <message>
        <source> (Excluded)</source>
        <translation>（已排除）</translation>
    </message>
    <message>
        <source>This entry is being excluded from reports</source>
        <translation>此条目已经从报告中排除</translation>
    </message>
    <message>
        <source>once</source>
        <comment>Password exposure amount</comment>
        <translation>一次</translation>
    </message>
    <message>
        <source>up to 10 times</source>
        <comment>Password exposure amount</comment>
        <translation>至多达 10 次</translation>
    </message>
    <message>
        <source>up to 100 times</source>
        <comment>Password exposure amount</comment>
        <translation>至多达 100 次</translation>
    </message>
    <message>
        <source>up to 1000 times</source>
        <comment>Password exposure amount</comment>
        <translation>至多达 1000 次</translation>
    </message>
    <message>
        <source>up to 10,000 times</source>
        <comment>Password exposure amount</comment>
        <translation>至多达一万次</translation>
    </message>
    <message>
        <source>up to 100,000 times</source>
        <comment>Password exposure amount</comment>
        <translation>至多达十万次</translation>
    </message>
    <message>
        <source>up to a million times</source>
        <comment>Password exposure amount</comment>
        <translation>至多达一百万次</translation>
    </message>
    <message>
        <source>millions of times</source>
        <comment>Password exposure amount</comment>
        <translation>数百万次</translation>
    </message>
    <message>
        <source>Edit Entry…</source>
        <translation>编辑条目…</translation>
    </message>
    <message numerus="yes">
        <source>Delete Entry(s)…</source>
        <translation><numerusform>删除条目…</numerusform></translation>
    </message>
    <message>
        <source>Exclude from reports</source>
        <translation>从报告中排除</translation>
    </message>
</context>
<context>
    <name>ReportsWidgetPasskeys</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>List of entry URLs</source>
        <translation>条目 URL 列表</translation>
    </message>
    <message>
        <source>Please wait, list of entries with Passkeys is being updated…</source>
        <translation>请稍等，正在更新包含 Passkey 的条目列表…</translation>
    </message>
    <message>
        <source>No entries with Passkeys.</source>
        <translation>无包含 Passkey 的条目。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>URLs</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Edit Entry…</source>
        <translation>编辑条目…</translation>
    </message>
    <message numerus="yes">
        <source>Delete Entry(s)…</source>
        <translation><numerusform>删除条目…</numerusform></translation>
    </message>
    <message>
        <source>Relying Party</source>
        <translation>依赖方</translation>
    </message>
    <message>
        <source>Show expired entries</source>
        <translation>显示过期的条目</translation>
    </message>
    <message>
        <source> (Expired)</source>
        <translation>（已过期）</translation>
    </message>
</context>
<context>
    <name>ReportsWidgetStatistics</name>
    <message>
        <source>Hover over lines with error icons for further information.</source>
        <translation>将鼠标指针悬停在有错误图标的行以显示更多信息。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Please wait, database statistics are being calculated…</source>
        <translation>请稍候，正在计算数据库统计信息…</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>数据库名称</translation>
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
        <translation>数据库已创建</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
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
        <translation>数据库已被修改，但尚未保存到磁盘。</translation>
    </message>
    <message>
        <source>Number of groups</source>
        <translation>群组数</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>条目数</translation>
    </message>
    <message>
        <source>Number of expired entries</source>
        <translation>过期条目数</translation>
    </message>
    <message>
        <source>The database contains entries that have expired.</source>
        <translation>此数据库包含已过期的条目。</translation>
    </message>
    <message>
        <source>Unique passwords</source>
        <translation>唯一密码</translation>
    </message>
    <message>
        <source>Non-unique passwords</source>
        <translation>重复密码</translation>
    </message>
    <message>
        <source>More than 10% of passwords are reused. Use unique passwords when possible.</source>
        <translation>超过 10% 的密码是重复的，请尽量不使用重复的密码。</translation>
    </message>
    <message>
        <source>Maximum password reuse</source>
        <translation>密码最高重复次数</translation>
    </message>
    <message>
        <source>Some passwords are used more than three times. Use unique passwords when possible.</source>
        <translation>一些密码已经重复使用 3 次以上，请尽量不使用重复的密码。</translation>
    </message>
    <message>
        <source>Number of short passwords</source>
        <translation>短密码总数</translation>
    </message>
    <message>
        <source>Recommended minimum password length is at least 8 characters.</source>
        <translation>推荐密码不少于 8 位。</translation>
    </message>
    <message>
        <source>Number of weak passwords</source>
        <translation>弱密码总数</translation>
    </message>
    <message>
        <source>Recommend using long, randomized passwords with a rating of &apos;good&apos; or &apos;excellent&apos;.</source>
        <translation>推荐使用被系统评分为“良好”或“优秀”的、足够长的随机密码。</translation>
    </message>
    <message>
        <source>Entries excluded from reports</source>
        <translation>报告中已排除条目</translation>
    </message>
    <message>
        <source>Excluding entries from reports, e. g. because they are known to have a poor password, isn&apos;t necessarily a problem but you should keep an eye on them.</source>
        <translation>从报告中被排除的条目（例如，因为已知其密码较差）不一定是问题，但您应该留意它们。</translation>
    </message>
    <message>
        <source>Average password length</source>
        <translation>平均密码长度</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 字符</translation>
    </message>
    <message>
        <source>Average password length is less than ten characters. Longer passwords provide more security.</source>
        <translation>密码平均短于 10 位，更长的密码提供更强的安全性。</translation>
    </message>
</context>
<context>
    <name>SSHAgent</name>
    <message>
        <source>Agent connection failed.</source>
        <translation>代理连接失败。</translation>
    </message>
    <message>
        <source>Agent protocol error.</source>
        <translation>代理协议错误。</translation>
    </message>
    <message>
        <source>No agent running, cannot add identity.</source>
        <translation>代理未在运行，无法添加身份。</translation>
    </message>
    <message>
        <source>Key identity ownership conflict. Refusing to add.</source>
        <translation>密钥身份所有权冲突。拒绝添加。</translation>
    </message>
    <message>
        <source>Agent refused this identity. Possible reasons include:</source>
        <translation>代理拒绝了此身份。可能的原因包括：</translation>
    </message>
    <message>
        <source>The key has already been added.</source>
        <translation>此密钥已被添加。</translation>
    </message>
    <message>
        <source>Restricted lifetime is not supported by the agent (check options).</source>
        <translation>代理不支持受限制的生命周期（请检查选项）。</translation>
    </message>
    <message>
        <source>A confirmation request is not supported by the agent (check options).</source>
        <translation>代理不支持确认请求（请检查选项）。</translation>
    </message>
    <message>
        <source>Security keys are not supported by the agent or the security key provider is unavailable.</source>
        <translation>代理不支持安全密钥，或安全密钥提供者不可用。</translation>
    </message>
    <message>
        <source>No agent running, cannot remove identity.</source>
        <translation>代理未在运行，无法删除身份。</translation>
    </message>
    <message>
        <source>No agent running, cannot list identities.</source>
        <translation>代理未在运行，无法列出身份。</translation>
    </message>
</context>
<context>
    <name>SearchHelpWidget</name>
    <message>
        <source>Search Help</source>
        <translation>搜索帮助</translation>
    </message>
    <message>
        <source>Search terms are as follows: [modifiers][field:][&quot;]term[&quot;]</source>
        <translation>搜索词格式为：[修饰符][字段名:][&quot;]关键词[&quot;]</translation>
    </message>
    <message>
        <source>Every search term must match (ie, logical AND)</source>
        <translation>所有搜索词都必须匹配（即逻辑“与”关系）</translation>
    </message>
    <message>
        <source>Modifiers</source>
        <translation>修饰符</translation>
    </message>
    <message>
        <source>exclude term from results</source>
        <translation>从结果中排除关键词</translation>
    </message>
    <message>
        <source>match term exactly</source>
        <translation>精确匹配关键词</translation>
    </message>
    <message>
        <source>use regex in term</source>
        <translation>使用正则表达式</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Term Wildcards</source>
        <translation>关键词通配符</translation>
    </message>
    <message>
        <source>match anything</source>
        <translation>匹配任何内容</translation>
    </message>
    <message>
        <source>match one</source>
        <translation>匹配单个字符</translation>
    </message>
    <message>
        <source>logical OR</source>
        <translation>逻辑“或”</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
</context>
<context>
    <name>SearchWidget</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search Help</source>
        <translation>搜索帮助</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>保存搜索</translation>
    </message>
    <message>
        <source>Search (%1)…</source>
        <comment>Search placeholder text, %1 is the keyboard shortcut</comment>
        <translation>搜索 (%1)…</translation>
    </message>
    <message>
        <source>Case sensitive</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>Limit search to selected group</source>
        <translation>仅搜索选中的群组</translation>
    </message>
</context>
<context>
    <name>SettingsClientModel</name>
    <message>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>DBus Address</source>
        <translation>DBus 地址</translation>
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
        <translation>文件名</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>群组</translation>
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
        <translation>选项</translation>
    </message>
    <message>
        <source>Enable KeepassXC Freedesktop.org Secret Service integration</source>
        <translation>在 KeepassXC 中启用 Freedesktop.org 保密服务集成</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Show notification when passwords are retrieved by clients</source>
        <translation>客户端获得密码时显示通知</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;If enabled, any attempt to read a password must be confirmed. Otherwise, clients can read passwords without confirmation when the database is unlocked.&lt;/p&gt;&lt;p&gt;This option only covers the access to the password of an entry. Clients can always enumerate the items of exposed databases and query their attributes.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;启用后，任何读取密码的尝试都必须被确认。否则，客户端可以直接读取已解锁数据库内的密码而无需确认。&lt;/p&gt;&lt;p&gt;此选项仅仅影响对条目密码的读取。客户端总是可以获取已解锁数据库的列表和属性。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Confirm when passwords are retrieved by clients</source>
        <translation>客户端获得密码需要确认</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot;
           font-family:'-apple-system','BlinkMacSystemFont','Segoe UI','Helvetica','Arial','sans-serif','Apple Color
           Emoji','Segoe UI Emoji'; font-size:14px; color:#24292e; background-color:#ffffff;&quot;&gt;This setting does
           not override disabling recycle bin prompts&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;
          </source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;&lt;span style=&quot;
           font-family:&apos;-apple-system&apos;,&apos;BlinkMacSystemFont&apos;,&apos;Segoe UI&apos;,&apos;Helvetica&apos;,&apos;Arial&apos;,&apos;sans-serif&apos;,&apos;Apple Color
           Emoji&apos;,&apos;Segoe UI Emoji&apos;; font-size:14px; color:#24292e; background-color:#ffffff;&quot;&gt;此设置不会覆盖
           禁用回收站提示&lt;/span&gt;&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;
          </translation>
    </message>
    <message>
        <source>Confirm when clients request entry deletion</source>
        <translation>客户端请求删除条目需要确认</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This improves compatibility with certain applications
           which search for password without unlocking the database first.&lt;/p&gt;&lt;p&gt;But enabling this may also
           crash the client if the database can not be unlocked within a certain timeout. (Usually 25s, but may be a
           different value set in applications.)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;
          </source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;针对在搜索密码前不会解锁数据库的特定应用，
           此选项会增强兼容性。&lt;/p&gt;&lt;p&gt;但启用后，如果数据库不能在一定时间内解锁
           （通常为 25 秒，但应用可能会设置其他的值。），
           应用就可能会崩溃。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;
          </translation>
    </message>
    <message>
        <source>Prompt to unlock database before searching</source>
        <translation>搜索前提示解锁数据库</translation>
    </message>
    <message>
        <source>Exposed database groups:</source>
        <translation>已公开的数据库群组：</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>These applications are currently connected:</source>
        <translation>现在已经连接到以下应用：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; </source>
        <translation>&lt;b&gt;警告：&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save current changes to activate the plugin and enable editing of this section.</source>
        <translation>保存当前更改以激活插件，并启用此部分的编辑。</translation>
    </message>
</context>
<context>
    <name>SettingsWidgetKeeShare</name>
    <message>
        <source>Active</source>
        <translation>激活</translation>
    </message>
    <message>
        <source>Allow KeeShare imports</source>
        <translation>允许 KeeShare 导入</translation>
    </message>
    <message>
        <source>Allow import</source>
        <translation>允许导入</translation>
    </message>
    <message>
        <source>Allow KeeShare exports</source>
        <translation>允许 KeeShare 导出</translation>
    </message>
    <message>
        <source>Allow export</source>
        <translation>允许导出</translation>
    </message>
    <message>
        <source>Only show warnings and errors</source>
        <translation>仅显示警告和错误信息</translation>
    </message>
    <message>
        <source>Own certificate</source>
        <translation>自己的证书</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>签名者：</translation>
    </message>
    <message>
        <source>Generate new certificate</source>
        <translation>生成新证书</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <source>Signer name field</source>
        <translation>签名者名称字段</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
</context>
<context>
    <name>ShareExport</name>
    <message>
        <source>Could not write export container.</source>
        <translation>无法写入导出容器。</translation>
    </message>
</context>
<context>
    <name>ShareImport</name>
    <message>
        <source>Successful import</source>
        <translation>成功导入</translation>
    </message>
</context>
<context>
    <name>ShareObserver</name>
    <message>
        <source>Import from %1 failed (%2)</source>
        <translation>从 %1 导入失败（%2）</translation>
    </message>
    <message>
        <source>Import from %1 successful (%2)</source>
        <translation>从 %1 导入成功（%2）</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>已从 %1 导入</translation>
    </message>
    <message>
        <source>Multiple import source path to %1 in %2</source>
        <translation>%2 中有多个 %1 的导入来源路径</translation>
    </message>
    <message>
        <source>Conflicting export target path %1 in %2</source>
        <translation>%2 中 %1 的导出目标路径有冲突</translation>
    </message>
    <message>
        <source>Export to %1 failed (%2)</source>
        <translation>导出到 %1 失败（%2）</translation>
    </message>
    <message>
        <source>Export to %1 successful (%2)</source>
        <translation>导出到 %1 成功（%2）</translation>
    </message>
    <message>
        <source>Export to %1</source>
        <translation>已导出到 %1</translation>
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
        <translation>所有条目</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Weak Passwords</source>
        <translation>弱密码</translation>
    </message>
</context>
<context>
    <name>TagView</name>
    <message>
        <source>Remove Search</source>
        <translation>删除搜索</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>Confirm Remove Tag</source>
        <translation>确认删除标签</translation>
    </message>
    <message>
        <source>Remove tag &quot;%1&quot; from all entries in this database?</source>
        <translation>要删除数据库中所有条目包含的“%1”标签吗？</translation>
    </message>
</context>
<context>
    <name>TotpDialog</name>
    <message>
        <source>Timed Password</source>
        <translation>一次性密码</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message numerus="yes">
        <source>Expires in &lt;b&gt;%n&lt;/b&gt; second(s)</source>
        <translation><numerusform>在 &lt;b&gt;%n&lt;/b&gt; 秒后过期</numerusform></translation>
    </message>
</context>
<context>
    <name>TotpExportSettingsDialog</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>NOTE: These TOTP settings are custom and may not work with other authenticators.</source>
        <comment>TOTP QR code dialog warning</comment>
        <translation>注意：这些 TOTP 设置是自定义的，可能无法与其他验证器一起使用。</translation>
    </message>
    <message>
        <source>There was an error creating the QR code.</source>
        <translation>创建二维码时出错。</translation>
    </message>
    <message>
        <source>Closing in %1 seconds.</source>
        <translation>在 %1 秒后关闭。</translation>
    </message>
</context>
<context>
    <name>TotpSetupDialog</name>
    <message>
        <source>Setup TOTP</source>
        <translation>设置 TOTP</translation>
    </message>
    <message>
        <source>Secret Key:</source>
        <translation>Secret 密钥：</translation>
    </message>
    <message>
        <source>Secret key must be in Base32 format</source>
        <translation>Secret 密钥必须为 Base32 格式</translation>
    </message>
    <message>
        <source>Secret key field</source>
        <translation>Secret 密钥字段</translation>
    </message>
    <message>
        <source>Default settings (RFC 6238)</source>
        <translation>默认设置（RFC 6238）</translation>
    </message>
    <message>
        <source>Steam® settings</source>
        <translation>Steam® 设置</translation>
    </message>
    <message>
        <source>Custom settings:</source>
        <translation>自定义设置：</translation>
    </message>
    <message>
        <source>Custom Settings</source>
        <translation>自定义设置</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>算法：</translation>
    </message>
    <message>
        <source>Time step:</source>
        <translation>刷新时间：</translation>
    </message>
    <message>
        <source>Time step field</source>
        <translation>刷新时间字段</translation>
    </message>
    <message>
        <source> sec</source>
        <comment>Seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Code size:</source>
        <translation>代码长度：</translation>
    </message>
    <message>
        <source> digits</source>
        <translation> 位</translation>
    </message>
    <message>
        <source>Invalid TOTP Secret</source>
        <translation>无效的 TOTP Secret 密钥</translation>
    </message>
    <message>
        <source>You have entered an invalid secret key. The key must be in Base32 format.
Example: JBSWY3DPEHPK3PXP</source>
        <translation>您输入的 Secret 密钥无效。密钥必须是 Base32 格式。
例如：JBSWY3DPEHPK3PXP</translation>
    </message>
    <message>
        <source>Confirm Remove TOTP Settings</source>
        <translation>确认删除 TOTP 设置</translation>
    </message>
    <message>
        <source>Are you sure you want to delete TOTP settings for this entry?</source>
        <translation>您确定要删除此条目的 TOTP 设置吗？</translation>
    </message>
</context>
<context>
    <name>URLEdit</name>
    <message>
        <source>Invalid URL</source>
        <translation>无效 URL</translation>
    </message>
</context>
<context>
    <name>UpdateCheckDialog</name>
    <message>
        <source>Checking for updates</source>
        <translation>检查更新</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation>正在检查更新...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Software Update</source>
        <translation>软件更新</translation>
    </message>
    <message>
        <source>An error occurred when trying to retrieve update information, please try again later.</source>
        <translation>获取更新信息时出错，请稍后重试。</translation>
    </message>
    <message>
        <source>&lt;strong&gt;A new version is available.&lt;/strong&gt;&lt;br/&gt;KeePassXC %1 can be &lt;a href=&quot;https://keepassxc.org/download/&quot;&gt;downloaded here&lt;/a&gt;.</source>
        <translation>&lt;strong&gt;有新版本可用。&lt;/strong&gt;&lt;br/&gt;您可以&lt;a href=&quot;https://keepassxc.org/download/&quot;&gt;在此下载&lt;/a&gt; KeePassXC %1.</translation>
    </message>
    <message>
        <source>You have the latest version of KeePassXC</source>
        <translation>您的 KeePassXC 已经是最新版本</translation>
    </message>
</context>
<context>
    <name>WelcomeWidget</name>
    <message>
        <source>Start storing your passwords securely in a KeePassXC database</source>
        <translation>开始将您的密码安全地存储在 KeePassXC 数据库中</translation>
    </message>
    <message>
        <source>Create new database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Open existing database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Import from KeePass 1</source>
        <translation>从 KeePass 1 导入</translation>
    </message>
    <message>
        <source>Import from 1Password</source>
        <translation>从 1Password 导入</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>从 CSV 文件导入</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>最近的数据库</translation>
    </message>
    <message>
        <source>Open a recent database</source>
        <translation>打开最近的数据库</translation>
    </message>
    <message>
        <source>Welcome to KeePassXC %1</source>
        <translation>欢迎使用 KeePassXC %1</translation>
    </message>
</context>
<context>
    <name>WinUtils</name>
    <message>
        <source>Invalid key code</source>
        <translation>无效按键码</translation>
    </message>
    <message>
        <source>Global shortcut already registered to %1</source>
        <translation>全局快捷键已注册至 %1</translation>
    </message>
    <message>
        <source>Could not register global shortcut</source>
        <translation>无法注册全局快捷键</translation>
    </message>
</context>
<context>
    <name>YubiKey</name>
    <message>
        <source>%1 No interface, slot %2</source>
        <translation>%1 号接口，插槽 %2</translation>
    </message>
    <message>
        <source>General: </source>
        <translation>常规：</translation>
    </message>
    <message>
        <source>Could not find interface for hardware key with serial number %1. Please connect it to continue.</source>
        <translation>无法找到序列号为 %1 的硬件密钥接口。请连接后继续。</translation>
    </message>
</context>
<context>
    <name>YubiKeyEditWidget</name>
    <message>
        <source>Refresh hardware tokens</source>
        <translation>刷新硬件令牌</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Hardware key slot selection</source>
        <translation>选择硬件密钥的插槽</translation>
    </message>
    <message>
        <source>Could not find any hardware keys!</source>
        <translation>未找到任何硬件密钥！</translation>
    </message>
    <message>
        <source>Selected hardware key slot does not support challenge-response!</source>
        <translation>所选硬件密钥插槽不支持质询响应！</translation>
    </message>
    <message>
        <source>Challenge-Response</source>
        <translation>质询响应</translation>
    </message>
    <message>
        <source>Add Challenge-Response</source>
        <translation>添加质询响应</translation>
    </message>
    <message>
        <source>Change Challenge-Response</source>
        <translation>更改质询响应</translation>
    </message>
    <message>
        <source>Remove Challenge-Response</source>
        <translation>删除质询响应</translation>
    </message>
    <message>
        <source>Challenge-Response set, click to change or remove</source>
        <translation>质询响应已设置，点击以更改或删除</translation>
    </message>
    <message>
        <source>&lt;p&gt;If you own a &lt;a href=&quot;https://www.yubico.com/&quot;&gt;YubiKey&lt;/a&gt; or &lt;a href=&quot;https://onlykey.io&quot;&gt;OnlyKey&lt;/a&gt;, you can use it for additional security.&lt;/p&gt;&lt;p&gt;The key requires one of its slots to be programmed as &lt;a href=&quot;https://www.yubico.com/products/services-software/challenge-response/&quot;&gt;HMAC-SHA1 Challenge-Response&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;如果您拥有 &lt;a href=&quot;https://www.yubico.com/&quot;&gt;YubiKey&lt;/a&gt; 或 &lt;a href=&quot;https://onlykey.io&quot;&gt;OnlyKey&lt;/a&gt;，则可以使用它来提高安全性。&lt;/p&gt;&lt;p&gt;硬件密钥要求将其中一个插槽编程为 &lt;a href=&quot;https://www.yubico.com/products/services-software/challenge-response/&quot;&gt;HMAC-SHA1 质询响应&lt;/a&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Detecting hardware keys…</source>
        <translation>正在检测硬件密钥...</translation>
    </message>
    <message>
        <source>No hardware keys detected</source>
        <translation>未检测到硬件密钥</translation>
    </message>
</context>
<context>
    <name>YubiKeyInterface</name>
    <message>
        <source>%1 Invalid slot specified - %2</source>
        <translation>%1 指定的插槽无效 - %2</translation>
    </message>
</context>
<context>
    <name>YubiKeyInterfacePCSC</name>
    <message>
        <source>(PCSC) %1 [%2] Challenge-Response - Slot %3</source>
        <translation>(PCSC) %1 [%2] 质询响应 - 插槽 %3</translation>
    </message>
    <message>
        <source>The YubiKey PCSC interface has not been initialized.</source>
        <translation>YubiKey PCSC 接口尚未初始化。</translation>
    </message>
    <message>
        <source>Hardware key is currently in use.</source>
        <translation>当前正在使用硬件密钥。</translation>
    </message>
    <message>
        <source>Could not find or access hardware key with serial number %1. Please present it to continue. </source>
        <translation>无法找到或访问序列号为 %1 的硬件密钥。请感应后继续。</translation>
    </message>
    <message>
        <source>Hardware key is locked or timed out. Unlock or re-present it to continue.</source>
        <translation>硬件密钥已锁定或超时。解锁或重新感应以继续。</translation>
    </message>
    <message>
        <source>Hardware key was not found or is not configured.</source>
        <translation>硬件密钥未找到或未配置。</translation>
    </message>
    <message>
        <source>Failed to complete a challenge-response, the PCSC error code was: %1</source>
        <translation>完成质询响应失败，PCSC 错误码为：%1</translation>
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
        <translation>(USB) %1 [%2] 配置插槽 - %3</translation>
    </message>
    <message>
        <source>(USB) %1 [%2] Challenge-Response - Slot %3 - %4</source>
        <translation>(USB) %1 [%2] 质询响应 - 插槽 %3 - %4</translation>
    </message>
    <message>
        <source>Press</source>
        <comment>USB Challenge-Response Key interaction request</comment>
        <translation>按键</translation>
    </message>
    <message>
        <source>Passive</source>
        <comment>USB Challenge-Response Key no interaction required</comment>
        <translation>被动</translation>
    </message>
    <message>
        <source>The YubiKey USB interface has not been initialized.</source>
        <translation>YubiKey USB 接口尚未初始化。</translation>
    </message>
    <message>
        <source>Hardware key is currently in use.</source>
        <translation>当前正在使用硬件密钥。</translation>
    </message>
    <message>
        <source>Could not find hardware key with serial number %1. Please plug it in to continue.</source>
        <translation>找不到序列号为 %1 的硬件密钥。请插入后继续。</translation>
    </message>
    <message>
        <source>Hardware key timed out waiting for user interaction.</source>
        <translation>硬件密钥等待用户操作超时。</translation>
    </message>
    <message>
        <source>A USB error occurred when accessing the hardware key: %1</source>
        <translation>访问硬件密钥时出现 USB 错误：%1</translation>
    </message>
    <message>
        <source>Failed to complete a challenge-response, the specific error was: %1</source>
        <translation>质询响应失败，错误为：%1</translation>
    </message>
</context>
</TS>