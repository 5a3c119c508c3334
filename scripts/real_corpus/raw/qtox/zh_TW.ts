<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en_US">
<context>
    <name>AVForm</name>
    <message>
        <source>Audio/Video</source>
        <translation>音訊/視訊</translation>
    </message>
    <message>
        <source>Default resolution</source>
        <translation>預設解析度</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Select region</source>
        <translation>選擇區域</translation>
    </message>
    <message>
        <source>Screen %1</source>
        <translation>螢幕 %1</translation>
    </message>
    <message>
        <source>Audio Settings</source>
        <translation>音訊設定</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>增益</translation>
    </message>
    <message>
        <source>Playback device</source>
        <translation>播放裝置</translation>
    </message>
    <message>
        <source>Capture device</source>
        <translation>擷取裝置</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Video Settings</source>
        <translation>視訊設定</translation>
    </message>
    <message>
        <source>Video device</source>
        <translation>視訊裝置</translation>
    </message>
    <message>
        <source>Set resolution of your camera.
The higher values, the better video quality your friends may get.
Note though that with better video quality there is needed better internet connection.
Sometimes your connection may not be good enough to handle higher video quality,
which may lead to problems with video calls.</source>
        <translation>設定相機畫質。
畫質設定越高，影像品質越佳。
請注意，越高畫質的影像會要求更快的網路連線。
若有時候您的網路連線不足以應付高畫質的影像，
將會影響視訊品質。</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解析度</translation>
    </message>
    <message>
        <source>Rescan devices</source>
        <translation>重新掃描裝置</translation>
    </message>
    <message>
        <source>Test Sound</source>
        <translation>測試音效</translation>
    </message>
    <message>
        <source>Audio quality</source>
        <translation>音質</translation>
    </message>
    <message>
        <source>High (64 kbps)</source>
        <translation>高 (64 kbps)</translation>
    </message>
    <message>
        <source>Medium (32 kbps)</source>
        <translation>中 (32 kbps)</translation>
    </message>
    <message>
        <source>Low (16 kbps)</source>
        <translation>低 (16 kbps)</translation>
    </message>
    <message>
        <source>Very low (8 kbps)</source>
        <translation>極低 (8 kbps)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use slider to set the volume of your speakers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmitted audio quality. Lower this setting if your bandwidth is not high enough or if you want to reduce bandwidth usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set resolution of your camera.
The higher values, the better video quality your friends may get.
Note that with better video quality, you use more bandwidth.
Sometimes your connection may not be good enough to handle higher video quality,
which may lead to problems with video calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a test sound while changing the output volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use slider to set the gain of your input device ranging from %1dB to %2dB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use slider to set the activation volume for your input device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutForm</name>
    <message>
        <source>About</source>
        <translation>關於</translation>
    </message>
    <message>
        <source>Original author: %1</source>
        <translation>原始作者：%1</translation>
    </message>
    <message>
        <source>You are using qTox version %1.</source>
        <translation type="unfinished">你正在使用 qTox 的 %1 版本。</translation>
    </message>
    <message>
        <source>Commit hash: %1</source>
        <translation>認可雜湊：%1</translation>
    </message>
    <message>
        <source>toxcore version: %1</source>
        <translation>toxcore 版本：%1</translation>
    </message>
    <message>
        <source>Qt version: %1</source>
        <translation>Qt 版本：%1</translation>
    </message>
    <message>
        <source>A list of all known issues may be found at our %1 at Github. If you discover a bug or security vulnerability within qTox, please report it according to the guidelines in our %2 wiki article.</source>
        <comment>`%1` is replaced by translation of `bug tracker`
`%2` is replaced by translation of `Writing Useful Bug Reports`</comment>
        <translation>已知錯誤清單可在我們 Github 的 %1 找到。如果你發現 qTox 中的錯誤或是安全性漏洞，請依照我們維基文章 %2 中的提交方針回報。</translation>
    </message>
    <message>
        <source>Click here to report a bug.</source>
        <translation>點選此處報告 Bug。</translation>
    </message>
    <message>
        <source>See a full list of %1 at Github</source>
        <comment>`%1` is replaced with translation of word `contributors`</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bug-tracker</source>
        <comment>Replaces `%1` in the `A list of all known…`</comment>
        <translation type="unfinished">Bug 追蹤器</translation>
    </message>
    <message>
        <source>Writing Useful Bug Reports</source>
        <comment>Replaces `%2` in the `A list of all known…`</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contributors</source>
        <comment>Replaces `%1` in `See a full list of…`</comment>
        <translation type="unfinished">參與者</translation>
    </message>
</context>
<context>
    <name>AboutFriendForm</name>
    <message>
        <source>Dialog</source>
        <translation type="unfinished">對話方塊</translation>
    </message>
    <message>
        <source>username</source>
        <translation type="unfinished">使用者名稱</translation>
    </message>
    <message>
        <source>status message</source>
        <translation type="unfinished">狀態訊息</translation>
    </message>
    <message>
        <source>Used aliases:</source>
        <translation type="unfinished">使用的別名：</translation>
    </message>
    <message>
        <source>HISTORY OF ALIASES</source>
        <translation type="unfinished">別名歷史</translation>
    </message>
    <message>
        <source>Automatically accept files from contact if set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default directory to save files:</source>
        <translation type="unfinished">預設檔案儲存目錄：</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished">手動</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished">音訊</translation>
    </message>
    <message>
        <source>Audio + Video</source>
        <translation type="unfinished">音訊與視訊</translation>
    </message>
    <message>
        <source>Automatically accept group chat invitations from this contact if set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove history (operation can not be undone!)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">附註</translation>
    </message>
    <message>
        <source>Input field for notes about the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History removed</source>
        <translation type="unfinished">已移除歷史記錄</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;This is the public key of your friend, use it to verify their identity via another channel. You can not send this to other people so they can add this contact.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key (not ToxID):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure to remove %1 chat history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to remove chat history with %1!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-accept files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-accept for this contact is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-accept call:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-accept group invites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can save comments about this contact here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an auto-accept directory</source>
        <extracomment>popup title</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutSettings</name>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>License</source>
        <translation>授權</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Known Issues</source>
        <translation>已知問題</translation>
    </message>
    <message>
        <source>Open update download link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qTox is up to date ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currently running an untested/unstable version of qTox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddFriendForm</name>
    <message>
        <source>Add Friends</source>
        <translation>新增朋友</translation>
    </message>
    <message>
        <source>Invalid Tox ID format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send friend request</source>
        <translation>傳送朋友請求</translation>
    </message>
    <message>
        <source>Add a friend</source>
        <translation>新增朋友</translation>
    </message>
    <message>
        <source>Friend requests</source>
        <translation>朋友請求</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <source>Couldn&apos;t add friend</source>
        <translation>無法新增朋友</translation>
    </message>
    <message>
        <source>Type in Tox ID of your friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend request message</source>
        <translation>朋友請求訊息</translation>
    </message>
    <message>
        <source>Type message to send with the friend request or leave empty to send a default message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can&apos;t add yourself as a friend!</source>
        <extracomment>When trying to add your own Tox ID as friend</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open contact list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t open the contact file</source>
        <extracomment>Error message when trying to open a contact list file to import</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We couldn&apos;t find any contacts to import in this file!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tox ID</source>
        <extracomment>Tox ID of the person you&apos;re sending a friend request to</extracomment>
        <translation type="unfinished">Tox ID</translation>
    </message>
    <message>
        <source>Message</source>
        <extracomment>The message you send in friend requests</extracomment>
        <translation type="unfinished">訊息</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Button to choose a file with a list of contacts to import</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send friend requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 here! Tox me maybe?</source>
        <extracomment>Default message in friend requests if the field is left blank. Write something appropriate!</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a list of contacts, one Tox ID per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ready to import %n contact(s), click send to confirm</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tox ID, 76 hexadecimal characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Tox ID is invalid</source>
        <comment>Tox address error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>76 hexadecimal characters</source>
        <extracomment>Tox ID format description</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvancedForm</name>
    <message>
        <source>Advanced</source>
        <translation>進階</translation>
    </message>
    <message>
        <source>really</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMPORTANT NOTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset settings</source>
        <translation>重設設定</translation>
    </message>
    <message>
        <source>All settings will be reset to default. Are you sure?</source>
        <translation type="unfinished"></translation>
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
        <source>Logs (*.log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unless you %1 know what you are doing, please do %2 change anything here. Changes made here may lead to problems with qTox, and even to loss of your data, e.g. history.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes here are applied only after restarting qTox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdvancedSettings</name>
    <message>
        <source>Save settings to the working directory instead of the usual conf dir</source>
        <extracomment>describes makeToxPortable checkbox</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make Tox portable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to default settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portable</source>
        <translation>可攜式</translation>
    </message>
    <message>
        <source>Enable IPv6 (recommended)</source>
        <extracomment>Text on a checkbox to enable IPv6</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable UDP (recommended)</source>
        <extracomment>Text on checkbox to disable UDP</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <extracomment>Text on proxy addr label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <extracomment>Text on proxy port label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>SOCKS5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>偵錯</translation>
    </message>
    <message>
        <source>Export Debug Log</source>
        <translation>匯出偵錯記錄檔</translation>
    </message>
    <message>
        <source>Copy Debug Log</source>
        <translation>複製偵錯記錄檔</translation>
    </message>
    <message>
        <source>Enable LAN discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabling this allows, e.g., Tox over Tor. It adds load to the Tox network however, so uncheck only when necessary.</source>
        <extracomment>force tcp checkbox tooltip</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppManager</name>
    <message>
        <source>Tox URI to parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts new instance and loads specified profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts new instance and opens the login screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets IPv6 &lt;on&gt;/&lt;off&gt;. Default is ON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on/off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets UDP &lt;on&gt;/&lt;off&gt;. Default is ON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets LAN discovery &lt;on&gt;/&lt;off&gt;. UDP off overrides. Default is ON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets proxy settings. Default is NONE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(SOCKS5/HTTP/NONE):(ADDRESS):(PORT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">錯誤</translation>
    </message>
    <message>
        <source>Failed to load profile automatically.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatForm</name>
    <message>
        <source>Send a file</source>
        <translation>傳送檔案</translation>
    </message>
    <message>
        <source>qTox wasn&apos;t able to open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to open temporary file</source>
        <comment>Temporary file for screenshot</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qTox wasn&apos;t able to save the screenshot</source>
        <translatorcomment>laut Duden ist Screenshot schon deutsch</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call duration: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>You&apos;re trying to send a sequential file, which is not going to work!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filename contained illegal characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illegal characters have been changed to _ 
so you can save the file on Windows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatFormHeader</name>
    <message>
        <source>Can&apos;t start audio call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start audio call</source>
        <translation type="unfinished">開始音訊通話</translation>
    </message>
    <message>
        <source>End audio call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel audio call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept audio call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t start video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start video call</source>
        <translation type="unfinished">開始視訊通話</translation>
    </message>
    <message>
        <source>End video call</source>
        <translation type="unfinished">結束視訊通話</translation>
    </message>
    <message>
        <source>Cancel video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound can be disabled only during a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone can be muted only during a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatTextEdit</name>
    <message>
        <source>Type your message here...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatWidget</name>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished">複製</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CircleWidget</name>
    <message>
        <source>Rename circle</source>
        <comment>Menu for renaming a circle</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove circle</source>
        <comment>Menu for removing a circle</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open all in new window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>/me offers friendship, &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groupchat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid Tox ID</source>
        <comment>Error while sending friend request</comment>
        <translation type="unfinished">無效的 Tox ID</translation>
    </message>
    <message>
        <source>You need to write a message with your request</source>
        <comment>Error while sending friend request</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message is too long!</source>
        <comment>Error while sending friend request</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend is already added</source>
        <comment>Error while sending friend request</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtensionStatus</name>
    <message>
        <source>All extensions supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No extensions supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not all extensions supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multipart Messages: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileTransferWidget</name>
    <message>
        <source>Form</source>
        <translatorcomment>Ausgelassen</translatorcomment>
        <translation>表單</translation>
    </message>
    <message>
        <source>10Mb</source>
        <translatorcomment>Ausgelassen</translatorcomment>
        <translation>10Mb</translation>
    </message>
    <message>
        <source>0kb/s</source>
        <translatorcomment>Ausgelassen</translatorcomment>
        <translation>0kb/s</translation>
    </message>
    <message>
        <source>ETA:10:10</source>
        <translatorcomment>Ausgelassen</translatorcomment>
        <translation>ETA:10:10</translation>
    </message>
    <message>
        <source>Filename</source>
        <translatorcomment>Ausgelassen</translatorcomment>
        <translation>檔案名稱</translation>
    </message>
    <message>
        <source>Waiting to send...</source>
        <comment>file transfer widget</comment>
        <translation>等待傳送…</translation>
    </message>
    <message>
        <source>Accept to receive this file</source>
        <comment>file transfer widget</comment>
        <translation>接受接收此檔案</translation>
    </message>
    <message>
        <source>Location not writable</source>
        <comment>Title of permissions popup</comment>
        <translation>位置不可寫入</translation>
    </message>
    <message>
        <source>You do not have permission to write that location. Choose another, or cancel the save dialog.</source>
        <comment>text of permissions popup</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming...</source>
        <comment>file transfer widget</comment>
        <translation>恢復中…</translation>
    </message>
    <message>
        <source>Cancel transfer</source>
        <translation>取消傳輸</translation>
    </message>
    <message>
        <source>Pause transfer</source>
        <translation>暫停傳輸</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>file transfer widget</comment>
        <translation>已暫停</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>開啟檔案</translation>
    </message>
    <message>
        <source>Open file directory</source>
        <translation>開啟檔案目錄</translation>
    </message>
    <message>
        <source>Resume transfer</source>
        <translation>恢復傳輸</translation>
    </message>
    <message>
        <source>Accept transfer</source>
        <translation>接受傳輸</translation>
    </message>
    <message>
        <source>Save a file</source>
        <comment>Title of the file saving dialog</comment>
        <translation>儲存檔案</translation>
    </message>
    <message>
        <source>Remote paused</source>
        <comment>file transfer widget</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilesForm</name>
    <message>
        <source>Downloads</source>
        <translation>下載</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>上傳</translation>
    </message>
    <message>
        <source>Transferred files</source>
        <comment>&quot;Headline&quot; of the window</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FriendListWidget</name>
    <message>
        <source>Today</source>
        <translation type="unfinished">今日</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished">昨日</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older than 6 months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FriendWidget</name>
    <message>
        <source>Invite to group</source>
        <comment>Menu to invite a friend to a groupchat</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to circle...</source>
        <comment>Menu to move a friend into a different circle</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To new circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from circle &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open chat in new window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove chat from this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To new group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite to group &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set alias...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto accept files from this friend</source>
        <comment>context menu entry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an auto accept directory</source>
        <comment>popup title</comment>
        <translation type="unfinished">選擇自動接受目錄</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>新訊息</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>線上</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>離開</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>Offline</source>
        <translatorcomment>Ausgelassen</translatorcomment>
        <translation>離線</translation>
    </message>
    <message>
        <source>Move to circle &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove friend</source>
        <comment>Menu to remove the friend from the friend list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralForm</name>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Choose an auto accept directory</source>
        <comment>popup title</comment>
        <translation type="unfinished">選擇自動接受目錄</translation>
    </message>
</context>
<context>
    <name>GeneralSettings</name>
    <message>
        <source>General Settings</source>
        <translation>一般設定</translation>
    </message>
    <message>
        <source>The translation may not load until qTox restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>語言：</translation>
    </message>
    <message>
        <source>Show system tray icon</source>
        <translation>顯示系統匣圖示</translation>
    </message>
    <message>
        <source>Enable light tray icon.</source>
        <comment>toolTip for light icon setting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qTox will start minimized in tray.</source>
        <comment>toolTip for Start in tray setting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close to tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimize to tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set where files will be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoaccept files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to 0 to disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your status is changed to Away after set period of inactivity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto away after (0 to disable):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show contacts&apos; status changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start qTox on operating system startup (current profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default directory to save files:</source>
        <translation type="unfinished">預設檔案儲存目錄：</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spell checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max autoaccept file size (0 to disable):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After pressing minimize (_) qTox will minimize to tray,
instead of system taskbar.</source>
        <comment>toolTip for minimize to tray setting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After pressing close (X) qTox will close to tray,
instead of closing entirely.</source>
        <comment>toolTip for close to tray setting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can set this on a per-friend basis by right clicking individual friends.</source>
        <comment>autoaccept cb tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a chat message when a user joins or leaves a group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenericChatForm</name>
    <message>
        <source>Send message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smileys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send file(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chat log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear displayed messages</source>
        <translation>清除顯示的訊息</translation>
    </message>
    <message>
        <source>Quote selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link address</source>
        <translation>複製連結位址</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to current date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load chat history...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure that you want to clear all displayed messages?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupChatForm</name>
    <message numerus="yes">
        <source>%n user(s) in chat</source>
        <comment>Number of users in chat</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unmute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupInviteForm</name>
    <message>
        <source>Groups</source>
        <translation type="unfinished">群組</translation>
    </message>
    <message>
        <source>Create new group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group invites</source>
        <translation type="unfinished">群組邀請</translation>
    </message>
</context>
<context>
    <name>GroupInviteWidget</name>
    <message>
        <source>Invited by %1 on %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupWidget</name>
    <message>
        <source>Set title...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open chat in new window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove chat from this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit group</source>
        <comment>Menu to quit a groupchat</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) in chat</source>
        <comment>Number of users in chat</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">線上</translation>
    </message>
</context>
<context>
    <name>IdentitySettings</name>
    <message>
        <source>Public Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tox ID</source>
        <translation type="unfinished">Tox ID</translation>
    </message>
    <message>
        <source>Your Tox ID (click to copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename profile.</source>
        <comment>tooltip for renaming profile button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the login screen</source>
        <comment>tooltip for logout button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logout</source>
        <comment>import profile button</comment>
        <translation>登出</translation>
    </message>
    <message>
        <source>Remove password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This QR code contains your Tox ID. You may share this with your friends as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <comment>rename profile button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile.</source>
        <comment>delete profile button tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows you to export your Tox profile to a file.
Profile does not contain your history.</source>
        <comment>tooltip for profile exporting button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <comment>export profile button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>delete profile button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove your password and encryption from your profile.</source>
        <comment>Tooltip for the `Remove password` button.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name visible to contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status message input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status message visible to contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Tox ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save QR image as file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy QR image to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove password from profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change profile password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My profile</source>
        <translation type="unfinished">個人檔案</translation>
    </message>
    <message>
        <source>This ID allows other Tox users to add and contact you.
Share it with your friends to begin chatting.</source>
        <comment>Tox ID tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadHistoryDialog</name>
    <message>
        <source>Load history dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load history from:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password strength: %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the profile does not have a password, qTox can skip the login screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t create a new profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must be at least 6 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password protected profiles can&apos;t be automatically loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t load profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no selected profile.

You may want to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t load this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username input field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password input field, you can leave it empty (no password), or type at least 6 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password confirmation field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new profile button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load automatically checkbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load selected profile button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile creation page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading existing profile page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords you&apos;ve entered are different.
Please make sure to enter the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your name</source>
        <translation type="unfinished">你的名字</translation>
    </message>
    <message>
        <source>Your status</source>
        <translation type="unfinished">你的狀態</translation>
    </message>
    <message>
        <source>...</source>
        <translatorcomment>Ausgelassen</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a group chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View completed file transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open profile page when clicked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status message input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set your status message that will be shown to others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">狀態</translation>
    </message>
    <message>
        <source>Set availability status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact search input for known friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorting and visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set friends sorting and visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Add friends page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groupchat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open groupchat management page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File transfers history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open File transfers history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished">設定</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBoxManager</name>
    <message>
        <source>Executable file</source>
        <comment>popup title</comment>
        <translation type="unfinished">可執行檔</translation>
    </message>
    <message>
        <source>You have asked qTox to open an executable file. Executable files can potentially damage your computer. Are you sure want to open this file?</source>
        <comment>popup text</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetCamView</name>
    <message>
        <source>Tox video</source>
        <translation type="unfinished">Tox 視訊</translation>
    </message>
    <message>
        <source>Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle video preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End video call</source>
        <translation type="unfinished">結束視訊通話</translation>
    </message>
    <message>
        <source>Exit full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Nexus</name>
    <message>
        <source>View</source>
        <comment>OS X Menu bar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <comment>OS X Menu bar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimize</source>
        <comment>OS X Menu bar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring All to Front</source>
        <comment>OS X Menu bar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit Fullscreen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter Fullscreen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationEdgeWidget</name>
    <message numerus="yes">
        <source>Unread message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationGenerator</name>
    <message>
        <source>New message</source>
        <translation type="unfinished">新訊息</translation>
    </message>
    <message>
        <source>New group message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming file transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - file transfer</source>
        <extracomment>e.g. Bob - file transfer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group invite received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invites you to join a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend request received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend request received from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <source>CAPS-LOCK ENABLED</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyForm</name>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to permanently delete all chat history?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacySettings</name>
    <message>
        <source>Your friends will be able to see when you are typing.</source>
        <comment>tooltip for typing notifications setting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send typing notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep chat history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NoSpam is part of your Tox ID.
If you are being spammed with friend requests, you should change your NoSpam.
People will be unable to add you with your old ID, but you will keep your current friends.</source>
        <comment>toolTip for nospam</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NoSpam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NoSpam is a part of your ID that can be changed at will.
If you are getting spammed with friend requests, change the NoSpam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate random NoSpam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat history keeping is still in development.
Save format changes are possible, which may result in data loss.</source>
        <comment>toolTip for Keep History setting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BlackList</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter group messages by group members&apos; public keys. Put public keys here, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Failed to derive key from password, the profile won&apos;t use the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toxing on qTox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t change database password, it may be corrupted or use the old password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Choose a profile picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>Rename &quot;%1&quot;</source>
        <comment>renaming a profile</comment>
        <translation>重新命名 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unable to open this file.</source>
        <translation>無法開啟此檔案。</translation>
    </message>
    <message>
        <source>Current profile: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Unable to read this image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplied image is too large.
Please use another image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t rename the profile to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location not writable</source>
        <comment>Title of permissions popup</comment>
        <translation type="unfinished">位置不可寫入</translation>
    </message>
    <message>
        <source>Nothing to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile does not have a password!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure you want to delete this profile?</source>
        <comment>deletion confirmation text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <comment>save qr image</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save QrCode (*.png)</source>
        <comment>save dialog filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files could not be deleted!</source>
        <comment>deletion failed title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <comment>button text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set profile password</source>
        <comment>button text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current profile location: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty path is unavaliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty name is unavaliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tox save file (*.tox)</source>
        <extracomment>save dialog filter</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The following files could not be deleted:</source>
        <extracomment>deletion failed text part 1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please manually remove them.</source>
        <extracomment>deletion failed text part 2</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <comment>filetype filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to write to that location. Choose another, or cancel the save dialog.</source>
        <comment>text of permissions popup</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to save file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file you chose could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty path is unavaliable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t change database password, it may be corrupted or use the old password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tox user names cannot exceed %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <comment>deletion confirmation title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove password</source>
        <comment>deletion confirmation title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure you want to remove your password?</source>
        <extracomment>deletion confirmation text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ID allows other Tox users to add and contact you.
Share it with your friends to begin chatting.

This ID includes the NoSpam code (in blue), and the checksum (in gray).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileImporter</name>
    <message>
        <source>Import profile</source>
        <comment>import dialog title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tox save file (*.tox)</source>
        <comment>import dialog filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignoring non-Tox file</source>
        <comment>popup title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: You have chosen a file that is not a Tox save file; ignoring.</source>
        <comment>popup text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile already exists</source>
        <comment>import confirm title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Do you want to erase it?</source>
        <comment>import confirm text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File doesn&apos;t exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile doesn&apos;t exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.tox was successfully imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <source>Ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">是</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">否</translation>
    </message>
    <message>
        <source>LTR</source>
        <comment>Translate this string to the string &apos;RTL&apos; in right-to-left languages (for example Hebrew and Arabic) to get proper widget layout</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Couldn&apos;t add friend</source>
        <translation type="unfinished">無法新增朋友</translation>
    </message>
    <message>
        <source>You can&apos;t add yourself as a friend!</source>
        <comment>When trying to add your own Tox ID as friend</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid Tox address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Olive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming call...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 here! Tox me maybe?</source>
        <comment>Default message in Tox URI friend requests. Write something appropriate!</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <comment>No camera device set</comment>
        <translation type="unfinished">無</translation>
    </message>
    <message>
        <source>Desktop</source>
        <comment>Desktop as a camera input for screen sharing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">錯誤</translation>
    </message>
    <message>
        <source>qTox couldn&apos;t open your chat logs, they will be disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark olive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark violet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <comment>contact status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>away</source>
        <comment>contact status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy</source>
        <comment>contact status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <comment>contact status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <comment>contact status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reformatting text...</source>
        <comment>Waiting for text to be reformatted</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 message(s) from %2 chats</source>
        <extracomment>e.g. 3 messages from 2 chats</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 message(s) from %2</source>
        <extracomment>e.g. 2 messages from Bob</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negotitating</source>
        <comment>contact status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to send file &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has joined the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has left the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now known as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has set the title to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation type="unfinished">已清除</translation>
    </message>
    <message>
        <source>Call with %1 ended unexpectedly. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call with %1 ended. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <comment>e.g. &quot;Dubslow is now online&quot;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message failed to send</source>
        <translation type="unfinished">訊息傳送失敗</translation>
    </message>
    <message>
        <source>Initializing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished">已暫停</translation>
    </message>
    <message>
        <source>Remote paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">狀態</translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have joined the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have left the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to load chat history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database version (%1) is newer than we currently support (%2). Please upgrade qTox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveChatDialog</name>
    <message>
        <source>Remove friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all chat history with the friend if set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also remove chat history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure you want to remove %1 from your contacts list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">移除</translation>
    </message>
</context>
<context>
    <name>ScreenshotGrabber</name>
    <message>
        <source>Click and drag to select a region. Press %1 to hide/show qTox window, or %2 to cancel.</source>
        <comment>Help text shown when no region has been selected yet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <comment>[Space] key on the keyboard</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape</source>
        <comment>[Escape] key on the keyboard</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press %1 to send a screenshot of the selection, %2 to hide/show qTox window, or %3 to cancel.</source>
        <comment>Help text shown when a region has been selected</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <comment>[Enter] key on the keyboard</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchForm</name>
    <message>
        <source>The text could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchSettingsForm</name>
    <message>
        <source>Form</source>
        <translation type="unfinished">表單</translation>
    </message>
    <message>
        <source>Start search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>00.00.0000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use regular expressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select Date Dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <source>Set your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password strength: %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password doesn&apos;t match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm password input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password input field, minimum 6 characters long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too short.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Circle #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to load personal settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to upgrade settings from version %1 to version %2. Cannot start qTox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed to load global settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToxURIDialog</name>
    <message>
        <source>Add a friend</source>
        <comment>Title of the window to add a friend through Tox URI</comment>
        <translation type="unfinished">新增朋友</translation>
    </message>
    <message>
        <source>Do you want to add %1 as a friend?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend request message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <comment>Send a friend request</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>Don&apos;t send a friend request</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserInterfaceForm</name>
    <message>
        <source>None</source>
        <translation type="unfinished">無</translation>
    </message>
    <message>
        <source>User Interface</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserInterfaceSettings</name>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New text styling preference may not load until qTox restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text Style format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select text styling preference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaintext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show formatting characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t show formatting characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New message</source>
        <translation type="unfinished">新訊息</translation>
    </message>
    <message>
        <source>Open qTox&apos;s window when you receive a new message and no window is open yet.</source>
        <comment>tooltip for Show window setting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place groupchats at top of friend list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your contact list will be shown in compact mode.</source>
        <comment>toolTip for compact layout setting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact contact list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple windows mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open each chat in an individual window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emoticons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use emoticons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emoticon size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme color:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date format:</source>
        <translation>日期格式：</translation>
    </message>
    <message>
        <source>Use identicons instead of empty avatars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a notification when you receive a new message and the window is not selected.</source>
        <comment>tooltip for Notify setting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group chats only notify when mentioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play sound while Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify via desktop notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide message sender and contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use colored nicknames in group chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only notify about new messages in group chats when mentioned.</source>
        <comment>toolTip for Group chats only notify when mentioned</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If checked, group chats will be placed at the top of the friends list, otherwise, they&apos;ll be placed below online friends.</source>
        <comment>toolTip for groupchat positioning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If enabled, every contact without an avatar will have a generated icon based on their Tox ID instead of the default picture. Requires restart to apply.</source>
        <comment>toolTip for show identicons</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smiley pack:</source>
        <extracomment>Text on smiley pack label</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Widget</name>
    <message>
        <source>Online</source>
        <comment>Button to set your status to &apos;Online&apos;</comment>
        <translation type="unfinished">線上</translation>
    </message>
    <message>
        <source>Away</source>
        <comment>Button to set your status to &apos;Away&apos;</comment>
        <translation>離開</translation>
    </message>
    <message>
        <source>Busy</source>
        <comment>Button to set your status to &apos;Busy&apos;</comment>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <source>Logout</source>
        <comment>Tray action menu to logout user</comment>
        <translation>登出</translation>
    </message>
    <message>
        <source>Filter...</source>
        <translation>篩選…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <source>Create new group...</source>
        <translation>建立新群組…</translation>
    </message>
    <message>
        <source>Add new circle...</source>
        <translation>新增新圈子…</translation>
    </message>
    <message>
        <source>By Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation>所有</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>線上</translation>
    </message>
    <message>
        <source>Offline</source>
        <translatorcomment>Ausgelassen</translatorcomment>
        <translation>離線</translation>
    </message>
    <message>
        <source>Friends</source>
        <translation>朋友</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>群組</translation>
    </message>
    <message>
        <source>Search Contacts</source>
        <translation>搜尋聯絡人</translation>
    </message>
    <message>
        <source>Groupchat #%1</source>
        <translation>群組聊天 #%1</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>Tray action menu to show qTox window</comment>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Add friend</source>
        <comment>title of the window</comment>
        <translation>新增朋友</translation>
    </message>
    <message>
        <source>Group invites</source>
        <comment>title of the window</comment>
        <translation>群組邀請</translation>
    </message>
    <message>
        <source>File transfers</source>
        <comment>title of the window</comment>
        <translation>檔案傳輸</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>title of the window</comment>
        <translation>設定</translation>
    </message>
    <message>
        <source>My profile</source>
        <comment>title of the window</comment>
        <translation>個人檔案</translation>
    </message>
    <message>
        <source>Toxcore failed to start, the application will terminate after you close this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toxcore failed to start with your proxy settings. qTox cannot run; please modify your settings and restart.</source>
        <comment>popup text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t send friend request</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new friend request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new group invite(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exit</source>
        <comment>Tray action menu to exit Tox</comment>
        <translation type="unfinished">結束</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logout</source>
        <translation type="unfinished">登出</translation>
    </message>
    <message>
        <source>Add contact...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
