<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiServicesModel</name>
    <message>
        <location filename="../ui/models/apiServicesModel.cpp" line="65"/>
        <source>Classic VPN for comfortable work, downloading large files and watching videos. Works for any sites. Speed up to %1 MBit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/apiServicesModel.cpp" line="69"/>
        <source>VPN to access blocked sites in regions with high levels of Internet censorship. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/apiServicesModel.cpp" line="71"/>
        <source>&lt;p&gt;&lt;a style=&quot;color: #EB5757;&quot;&gt;Not available in your region. If you have VPN enabled, disable it, return to the previous screen, and try again.&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/apiServicesModel.cpp" line="78"/>
        <source>Amnezia Premium - A classic VPN for comfortable work, downloading large files, and watching videos in high resolution. It works for all websites, even in countries with the highest level of internet censorship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/apiServicesModel.cpp" line="81"/>
        <source>Amnezia Free is a free VPN to bypass blocking in countries with high levels of internet censorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/apiServicesModel.cpp" line="94"/>
        <source>%1 MBit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/apiServicesModel.cpp" line="101"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/apiServicesModel.cpp" line="110"/>
        <source>VPN will open only popular sites blocked in your region, such as Instagram, Facebook, Twitter and others. Other sites will be opened from your real IP address, &lt;a href=&quot;%1/free&quot; style=&quot;color: #FBB26A;&quot;&gt;more details on the website.&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/apiServicesModel.cpp" line="118"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/apiServicesModel.cpp" line="120"/>
        <source>%1 $/month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppSplitTunnelingController</name>
    <message>
        <location filename="../ui/controllers/appSplitTunnelingController.cpp" line="23"/>
        <source>Application added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controllers/appSplitTunnelingController.cpp" line="26"/>
        <source>The application has already been added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controllers/appSplitTunnelingController.cpp" line="37"/>
        <source>The selected applications have been added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controllers/appSplitTunnelingController.cpp" line="48"/>
        <source>Application removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectButton</name>
    <message>
        <location filename="../ui/qml/Components/ConnectButton.qml" line="28"/>
        <source>Unable to disconnect during configuration preparation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionController</name>
    <message>
        <location filename="../ui/controllers/connectionController.h" line="80"/>
        <location filename="../ui/controllers/connectionController.cpp" line="100"/>
        <location filename="../ui/controllers/connectionController.cpp" line="115"/>
        <location filename="../ui/controllers/connectionController.cpp" line="121"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../ui/controllers/connectionController.cpp" line="214"/>
        <source>VPN Protocols is not installed.
 Please install VPN container at first</source>
        <translation>请先安装VPN协议</translation>
    </message>
    <message>
        <location filename="../ui/controllers/connectionController.cpp" line="81"/>
        <source>Connecting...</source>
        <translation>连接中</translation>
    </message>
    <message>
        <location filename="../ui/controllers/connectionController.cpp" line="86"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../ui/controllers/connectionController.cpp" line="95"/>
        <source>Reconnecting...</source>
        <translation>重连中</translation>
    </message>
    <message>
        <location filename="../ui/controllers/connectionController.cpp" line="105"/>
        <source>Disconnecting...</source>
        <translation>断开中</translation>
    </message>
    <message>
        <location filename="../ui/controllers/connectionController.cpp" line="110"/>
        <source>Preparing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controllers/connectionController.cpp" line="132"/>
        <source>Settings updated successfully, reconnnection...</source>
        <translation>配置已更新, 重连中...</translation>
    </message>
    <message>
        <location filename="../ui/controllers/connectionController.cpp" line="135"/>
        <source>Settings updated successfully</source>
        <translation>配置更新成功</translation>
    </message>
    <message>
        <location filename="../ui/controllers/connectionController.cpp" line="209"/>
        <source>The selected protocol is not supported on the current platform</source>
        <translation type="unfinished">当前平台不支持所选协议</translation>
    </message>
    <message>
        <location filename="../ui/controllers/connectionController.cpp" line="233"/>
        <source>unable to create configuration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTypeSelectionDrawer</name>
    <message>
        <location filename="../ui/qml/Components/ConnectionTypeSelectionDrawer.qml" line="44"/>
        <source>Add new connection</source>
        <translation>添加新连接</translation>
    </message>
    <message>
        <location filename="../ui/qml/Components/ConnectionTypeSelectionDrawer.qml" line="57"/>
        <source>Configure your server</source>
        <translation>配置您的服务器</translation>
    </message>
    <message>
        <location filename="../ui/qml/Components/ConnectionTypeSelectionDrawer.qml" line="74"/>
        <source>Open config file, key or QR code</source>
        <translation>配置文件，授权码或二维码</translation>
    </message>
</context>
<context>
    <name>ContextMenuType</name>
    <message>
        <location filename="../ui/qml/Controls2/ContextMenuType.qml" line="9"/>
        <source>C&amp;ut</source>
        <translation>剪切</translation>
    </message>
    <message>
        <location filename="../ui/qml/Controls2/ContextMenuType.qml" line="15"/>
        <source>&amp;Copy</source>
        <translation>拷贝</translation>
    </message>
    <message>
        <location filename="../ui/qml/Controls2/ContextMenuType.qml" line="21"/>
        <source>&amp;Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../ui/qml/Controls2/ContextMenuType.qml" line="29"/>
        <source>&amp;SelectAll</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Access error!</source>
        <translation type="vanished">访问错误</translation>
    </message>
</context>
<context>
    <name>HomeContainersListView</name>
    <message>
        <location filename="../ui/qml/Components/HomeContainersListView.qml" line="109"/>
        <source>Unable change protocol while there is an active connection</source>
        <translation>已建立连接时无法更改服务器配置</translation>
    </message>
    <message>
        <source>The selected protocol is not supported on the current platform</source>
        <translation type="vanished">当前平台不支持所选协议</translation>
    </message>
</context>
<context>
    <name>HomeSplitTunnelingDrawer</name>
    <message>
        <location filename="../ui/qml/Components/HomeSplitTunnelingDrawer.qml" line="42"/>
        <source>Split tunneling</source>
        <translation>隧道分离</translation>
    </message>
    <message>
        <location filename="../ui/qml/Components/HomeSplitTunnelingDrawer.qml" line="43"/>
        <source>Allows you to connect to some sites or applications through a VPN connection and bypass others</source>
        <translation>允许您通过 VPN 连接连接到某些站点或应用程序，并绕过其他站点或应用程序</translation>
    </message>
    <message>
        <location filename="../ui/qml/Components/HomeSplitTunnelingDrawer.qml" line="58"/>
        <source>Split tunneling on the server</source>
        <translation>服务器上的分割隧道</translation>
    </message>
    <message>
        <location filename="../ui/qml/Components/HomeSplitTunnelingDrawer.qml" line="59"/>
        <source>Enabled 
Can&apos;t be disabled for current server</source>
        <translation>已启用 
无法禁用当前服务器</translation>
    </message>
    <message>
        <location filename="../ui/qml/Components/HomeSplitTunnelingDrawer.qml" line="79"/>
        <source>Site-based split tunneling</source>
        <translation>基于网站的隧道分离</translation>
    </message>
    <message>
        <location filename="../ui/qml/Components/HomeSplitTunnelingDrawer.qml" line="80"/>
        <location filename="../ui/qml/Components/HomeSplitTunnelingDrawer.qml" line="103"/>
        <source>Enabled</source>
        <translation>开启</translation>
    </message>
    <message>
        <location filename="../ui/qml/Components/HomeSplitTunnelingDrawer.qml" line="80"/>
        <location filename="../ui/qml/Components/HomeSplitTunnelingDrawer.qml" line="103"/>
        <source>Disabled</source>
        <translation>禁用</translation>
    </message>
    <message>
        <location filename="../ui/qml/Components/HomeSplitTunnelingDrawer.qml" line="102"/>
        <source>App-based split tunneling</source>
        <translation>基于应用的隧道分离</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../ui/controllers/importController.cpp" line="87"/>
        <source>Unable to open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controllers/importController.cpp" line="187"/>
        <location filename="../ui/controllers/importController.cpp" line="192"/>
        <source>Invalid configuration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controllers/importController.cpp" line="617"/>
        <source>Scanned %1 of %2.</source>
        <translation>扫描 %1 of %2.</translation>
    </message>
    <message>
        <location filename="../ui/controllers/importController.cpp" line="652"/>
        <source>In the imported configuration, potentially dangerous lines were found:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstallController</name>
    <message>
        <source> installed successfully. </source>
        <translation type="obsolete">安装成功</translation>
    </message>
    <message>
        <source> is already installed on the server. </source>
        <translation type="obsolete"> 已安装在服务器上</translation>
    </message>
    <message>
        <location filename="../ui/controllers/installController.cpp" line="181"/>
        <source>%1 installed successfully. </source>
        <translation>%1 安装成功。</translation>
    </message>
    <message>
        <location filename="../ui/controllers/installController.cpp" line="183"/>
        <source>%1 is already installed on the server. </source>
        <translation>服务器上已经安装 %1。</translation>
    </message>
    <message>
        <location filename="../ui/controllers/installController.cpp" line="203"/>
        <source>
Added containers that were already installed on the server</source>
        <translation>添加已安装在服务器上的容器</translation>
    </message>
    <message>
        <location filename="../ui/controllers/installController.cpp" line="283"/>
        <source>
Already installed containers were found on the server. All installed containers have been added to the application</source>
        <translation>
在服务上发现已经安装协议并添加至应用</translation>
    </message>
    <message>
        <location filename="../ui/controllers/installController.cpp" line="541"/>
        <source>Settings updated successfully</source>
        <translation>配置更新成功</translation>
    </message>
    <message>
        <location filename="../ui/controllers/installController.cpp" line="558"/>
        <source>Server &apos;%1&apos; was rebooted</source>
        <translation>服务器 &apos;%1&apos; 已重新启动</translation>
    </message>
    <message>
        <location filename="../ui/controllers/installController.cpp" line="570"/>
        <source>Server &apos;%1&apos; was removed</source>
        <translation>已移除服务器 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../ui/controllers/installController.cpp" line="581"/>
        <source>All containers from server &apos;%1&apos; have been removed</source>
        <translation>服务器 &apos;%1&apos; 的所有容器已移除</translation>
    </message>
    <message>
        <location filename="../ui/controllers/installController.cpp" line="599"/>
        <source>%1 has been removed from the server &apos;%2&apos;</source>
        <translation>%1 已从服务器 &apos;%2&apos; 上移除</translation>
    </message>
    <message>
        <location filename="../ui/controllers/installController.cpp" line="608"/>
        <source>Api config removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controllers/installController.cpp" line="630"/>
        <source>%1 cached profile cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controllers/installController.cpp" line="845"/>
        <source>%1 installed successfully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controllers/installController.cpp" line="877"/>
        <source>API config reloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/controllers/installController.cpp" line="881"/>
        <source>Successfully changed the country of connection to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1% has been removed from the server &apos;%2&apos;</source>
        <translation type="obsolete">%1 已从服务器 &apos;%2&apos; 上移除</translation>
    </message>
    <message>
        <source>Server &apos;</source>
        <translation type="obsolete">服务器 </translation>
    </message>
    <message>
        <source>&apos; was removed</source>
        <translation type="obsolete"> 已经移除</translation>
    </message>
    <message>
        <source> has been removed from the server &apos;</source>
        <translation type="obsolete"> 协议已从</translation>
    </message>
    <message>
        <location filename="../ui/controllers/installController.cpp" line="769"/>
        <source>Please login as the user</source>
        <translation>请以用户身份登录</translation>
    </message>
    <message>
        <location filename="../ui/controllers/installController.cpp" line="797"/>
        <source>Server added successfully</source>
        <translation>增加服务器成功</translation>
    </message>
</context>
<context>
    <name>InstalledAppsDrawer</name>
    <message>
        <location filename="../ui/qml/Components/InstalledAppsDrawer.qml" line="57"/>
        <source>Choose application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Components/InstalledAppsDrawer.qml" line="139"/>
        <source>application name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Components/InstalledAppsDrawer.qml" line="152"/>
        <source>Add selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyChainClass</name>
    <message>
        <location filename="../3rd/qtkeychain/TestAppExample/keychainclass.cpp" line="22"/>
        <source>Read key failed: %1</source>
        <translation>获取授权码失败: %1</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/TestAppExample/keychainclass.cpp" line="37"/>
        <source>Write key failed: %1</source>
        <translation>写入授权码失败: %1</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/TestAppExample/keychainclass.cpp" line="54"/>
        <source>Delete key failed: %1</source>
        <translation>删除授权码失败: %1</translation>
    </message>
</context>
<context>
    <name>NotificationHandler</name>
    <message>
        <location filename="../ui/notificationhandler.cpp" line="63"/>
        <location filename="../ui/notificationhandler.cpp" line="70"/>
        <source>AmneziaVPN</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/notificationhandler.cpp" line="64"/>
        <source>VPN Connected</source>
        <translation>已连接到VPN</translation>
    </message>
    <message>
        <location filename="../ui/notificationhandler.cpp" line="71"/>
        <source>VPN Disconnected</source>
        <translation>已从VPN断开</translation>
    </message>
    <message>
        <location filename="../ui/notificationhandler.cpp" line="94"/>
        <source>AmneziaVPN notification</source>
        <translation>AmneziaVPN 提示</translation>
    </message>
    <message>
        <location filename="../ui/notificationhandler.cpp" line="95"/>
        <source>Unsecured network detected: </source>
        <translation>发现不安全网络</translation>
    </message>
</context>
<context>
    <name>PageDeinstalling</name>
    <message>
        <location filename="../ui/qml/Pages2/PageDeinstalling.qml" line="63"/>
        <source>Removing services from %1</source>
        <translation>正从 %1 移除服务</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageDeinstalling.qml" line="88"/>
        <source>Usually it takes no more than 5 minutes</source>
        <translation>大约5分钟之内完成</translation>
    </message>
</context>
<context>
    <name>PageDevMenu</name>
    <message>
        <location filename="../ui/qml/Pages2/PageDevMenu.qml" line="74"/>
        <source>Gateway endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageDevMenu.qml" line="101"/>
        <source>Dev gateway environment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageHome</name>
    <message>
        <location filename="../ui/qml/Pages2/PageHome.qml" line="67"/>
        <source>Logging enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageHome.qml" line="111"/>
        <source>Split tunneling enabled</source>
        <translation>用户分隔隧道已启用</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageHome.qml" line="111"/>
        <source>Split tunneling disabled</source>
        <translation>分隔隧道已禁用</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageHome.qml" line="328"/>
        <source>VPN protocol</source>
        <translation>VPN协议</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageHome.qml" line="383"/>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageHome.qml" line="495"/>
        <source>Unable change server while there is an active connection</source>
        <translation>已建立连接时无法更改服务器配置</translation>
    </message>
</context>
<context>
    <name>PageProtocolAwgClientSettings</name>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolAwgClientSettings.qml" line="96"/>
        <source>AmneziaWG settings</source>
        <translation type="unfinished">AmneziaWG 配置</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolAwgClientSettings.qml" line="104"/>
        <source>MTU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolAwgClientSettings.qml" line="184"/>
        <source>Server settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolAwgClientSettings.qml" line="194"/>
        <source>Port</source>
        <translation type="unfinished">端口</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolAwgClientSettings.qml" line="284"/>
        <source>Save</source>
        <translation type="unfinished">保存</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolAwgClientSettings.qml" line="290"/>
        <source>Save settings?</source>
        <translation type="unfinished">保存设置？</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolAwgClientSettings.qml" line="291"/>
        <source>Only the settings for this device will be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolAwgClientSettings.qml" line="292"/>
        <source>Continue</source>
        <translation type="unfinished">继续</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolAwgClientSettings.qml" line="293"/>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolAwgClientSettings.qml" line="297"/>
        <source>Unable change settings while there is an active connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageProtocolAwgSettings</name>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolAwgSettings.qml" line="94"/>
        <source>AmneziaWG settings</source>
        <translation>AmneziaWG 配置</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolAwgSettings.qml" line="104"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Remove AmneziaWG</source>
        <translation type="vanished">移除AmneziaWG</translation>
    </message>
    <message>
        <source>Remove AmneziaWG from server?</source>
        <translation type="vanished">从服务上移除AmneziaWG？</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolAwgSettings.qml" line="357"/>
        <source>All users with whom you shared a connection with will no longer be able to connect to it.</source>
        <translation>与您共享连接的所有用户将无法再连接到该连接。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolAwgSettings.qml" line="333"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolAwgSettings.qml" line="126"/>
        <source>Jc - Junk packet count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolAwgSettings.qml" line="151"/>
        <source>Jmin - Junk packet minimum size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolAwgSettings.qml" line="172"/>
        <source>Jmax - Junk packet maximum size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolAwgSettings.qml" line="193"/>
        <source>S1 - Init packet junk size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolAwgSettings.qml" line="214"/>
        <source>S2 - Response packet junk size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolAwgSettings.qml" line="235"/>
        <source>H1 - Init packet magic header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolAwgSettings.qml" line="256"/>
        <source>H2 - Response packet magic header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolAwgSettings.qml" line="277"/>
        <source>H4 - Transport packet magic header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolAwgSettings.qml" line="299"/>
        <source>H3 - Underload packet magic header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolAwgSettings.qml" line="345"/>
        <source>The values of the H1-H4 fields must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolAwgSettings.qml" line="351"/>
        <source>The value of the field S1 + message initiation size (148) must not equal S2 + message response size (92)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolAwgSettings.qml" line="356"/>
        <source>Save settings?</source>
        <translation>保存设置？</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolAwgSettings.qml" line="358"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolAwgSettings.qml" line="359"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolAwgSettings.qml" line="363"/>
        <source>Unable change settings while there is an active connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageProtocolCloakSettings</name>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolCloakSettings.qml" line="88"/>
        <source>Cloak settings</source>
        <translation>Cloak 配置</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolCloakSettings.qml" line="97"/>
        <source>Disguised as traffic from</source>
        <translation>伪装流量为</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolCloakSettings.qml" line="123"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolCloakSettings.qml" line="142"/>
        <location filename="../ui/qml/Pages2/PageProtocolCloakSettings.qml" line="143"/>
        <source>Cipher</source>
        <translation>加密算法</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolCloakSettings.qml" line="186"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolCloakSettings.qml" line="193"/>
        <source>Unable change settings while there is an active connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageProtocolOpenVpnSettings</name>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolOpenVpnSettings.qml" line="94"/>
        <source>OpenVPN settings</source>
        <translation>OpenVPN 配置</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolOpenVpnSettings.qml" line="103"/>
        <source>VPN address subnet</source>
        <translation>VPN 地址子网</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolOpenVpnSettings.qml" line="120"/>
        <source>Network protocol</source>
        <translation>网络协议</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolOpenVpnSettings.qml" line="155"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolOpenVpnSettings.qml" line="176"/>
        <source>Auto-negotiate encryption</source>
        <translation>自定义加密方式</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolOpenVpnSettings.qml" line="197"/>
        <location filename="../ui/qml/Pages2/PageProtocolOpenVpnSettings.qml" line="198"/>
        <source>Hash</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolOpenVpnSettings.qml" line="212"/>
        <source>SHA512</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolOpenVpnSettings.qml" line="213"/>
        <source>SHA384</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolOpenVpnSettings.qml" line="214"/>
        <source>SHA256</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolOpenVpnSettings.qml" line="215"/>
        <source>SHA3-512</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolOpenVpnSettings.qml" line="216"/>
        <source>SHA3-384</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolOpenVpnSettings.qml" line="217"/>
        <source>SHA3-256</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolOpenVpnSettings.qml" line="218"/>
        <source>whirlpool</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolOpenVpnSettings.qml" line="219"/>
        <source>BLAKE2b512</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolOpenVpnSettings.qml" line="220"/>
        <source>BLAKE2s256</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolOpenVpnSettings.qml" line="221"/>
        <source>SHA1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolOpenVpnSettings.qml" line="249"/>
        <location filename="../ui/qml/Pages2/PageProtocolOpenVpnSettings.qml" line="250"/>
        <source>Cipher</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolOpenVpnSettings.qml" line="263"/>
        <source>AES-256-GCM</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolOpenVpnSettings.qml" line="264"/>
        <source>AES-192-GCM</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolOpenVpnSettings.qml" line="265"/>
        <source>AES-128-GCM</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolOpenVpnSettings.qml" line="266"/>
        <source>AES-256-CBC</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolOpenVpnSettings.qml" line="267"/>
        <source>AES-192-CBC</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolOpenVpnSettings.qml" line="268"/>
        <source>AES-128-CBC</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolOpenVpnSettings.qml" line="269"/>
        <source>ChaCha20-Poly1305</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolOpenVpnSettings.qml" line="270"/>
        <source>ARIA-256-CBC</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolOpenVpnSettings.qml" line="271"/>
        <source>CAMELLIA-256-CBC</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolOpenVpnSettings.qml" line="272"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolOpenVpnSettings.qml" line="320"/>
        <source>TLS auth</source>
        <translation>TLS认证</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolOpenVpnSettings.qml" line="339"/>
        <source>Block DNS requests outside of VPN</source>
        <translation>阻止VPN外的DNS请求</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolOpenVpnSettings.qml" line="364"/>
        <source>Additional client configuration commands</source>
        <translation>附加客户端配置命令</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolOpenVpnSettings.qml" line="383"/>
        <location filename="../ui/qml/Pages2/PageProtocolOpenVpnSettings.qml" line="420"/>
        <source>Commands:</source>
        <translation>命令:</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolOpenVpnSettings.qml" line="403"/>
        <source>Additional server configuration commands</source>
        <translation>附加服务器端配置命令</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolOpenVpnSettings.qml" line="445"/>
        <source>Unable change settings while there is an active connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove OpenVPN</source>
        <translation type="vanished">移除OpenVPN</translation>
    </message>
    <message>
        <source>Remove OpenVPN from server?</source>
        <translation type="vanished">从服务器移除OpenVPN吗?</translation>
    </message>
    <message>
        <source>All users with whom you shared a connection with will no longer be able to connect to it.</source>
        <translation type="vanished">与您共享连接的所有用户将无法再连接到该连接。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolOpenVpnSettings.qml" line="437"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>All users with whom you shared a connection will no longer be able to connect to it</source>
        <translation type="obsolete">与您共享连接的所有用户将无法再连接到此链接</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="vanished">继续</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">取消</translation>
    </message>
</context>
<context>
    <name>PageProtocolRaw</name>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolRaw.qml" line="48"/>
        <source> settings</source>
        <translation> 配置</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolRaw.qml" line="101"/>
        <source>Show connection options</source>
        <translation>显示连接选项</translation>
    </message>
    <message>
        <source>Connection options </source>
        <translation type="obsolete">连接选项 </translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolRaw.qml" line="181"/>
        <source>Connection options %1</source>
        <translation>%1 连接选项</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolRaw.qml" line="226"/>
        <source>Remove </source>
        <translation>移除 </translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolRaw.qml" line="231"/>
        <source>Remove %1 from server?</source>
        <translation>从服务器移除 %1 ?</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolRaw.qml" line="232"/>
        <source>All users with whom you shared a connection with will no longer be able to connect to it.</source>
        <translation>与您共享连接的所有用户将无法再连接到该连接。</translation>
    </message>
    <message>
        <source> from server?</source>
        <translation type="obsolete"> 从服务器</translation>
    </message>
    <message>
        <source>All users with whom you shared a connection will no longer be able to connect to it</source>
        <translation type="obsolete">与您共享连接的所有用户将无法再连接到此链接</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolRaw.qml" line="233"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolRaw.qml" line="234"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PageProtocolShadowSocksSettings</name>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolShadowSocksSettings.qml" line="96"/>
        <source>Shadowsocks settings</source>
        <translation>Shadowsocks 配置</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolShadowSocksSettings.qml" line="107"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolShadowSocksSettings.qml" line="128"/>
        <location filename="../ui/qml/Pages2/PageProtocolShadowSocksSettings.qml" line="129"/>
        <source>Cipher</source>
        <translation>加密算法</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolShadowSocksSettings.qml" line="174"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolShadowSocksSettings.qml" line="181"/>
        <source>Unable change settings while there is an active connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageProtocolWireGuardClientSettings</name>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolWireGuardClientSettings.qml" line="93"/>
        <source>WG settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolWireGuardClientSettings.qml" line="101"/>
        <source>MTU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolWireGuardClientSettings.qml" line="118"/>
        <source>Server settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolWireGuardClientSettings.qml" line="128"/>
        <source>Port</source>
        <translation type="unfinished">端口</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolWireGuardClientSettings.qml" line="151"/>
        <source>Save</source>
        <translation type="unfinished">保存</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolWireGuardClientSettings.qml" line="157"/>
        <source>Save settings?</source>
        <translation type="unfinished">保存设置？</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolWireGuardClientSettings.qml" line="158"/>
        <source>Only the settings for this device will be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolWireGuardClientSettings.qml" line="159"/>
        <source>Continue</source>
        <translation type="unfinished">继续</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolWireGuardClientSettings.qml" line="160"/>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolWireGuardClientSettings.qml" line="164"/>
        <source>Unable change settings while there is an active connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageProtocolWireGuardSettings</name>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolWireGuardSettings.qml" line="97"/>
        <source>WG settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolWireGuardSettings.qml" line="107"/>
        <source>Port</source>
        <translation type="unfinished">端口</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolWireGuardSettings.qml" line="138"/>
        <source>Save settings?</source>
        <translation type="unfinished">保存设置？</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolWireGuardSettings.qml" line="139"/>
        <source>All users with whom you shared a connection with will no longer be able to connect to it.</source>
        <translation type="unfinished">与您共享连接的所有用户将无法再连接到该连接。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolWireGuardSettings.qml" line="145"/>
        <source>Unable change settings while there is an active connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users with whom you shared a connection will no longer be able to connect to it.</source>
        <translation type="obsolete">与您共享连接的所有用户将无法再连接到该连接。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolWireGuardSettings.qml" line="140"/>
        <source>Continue</source>
        <translation type="unfinished">继续</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolWireGuardSettings.qml" line="141"/>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolWireGuardSettings.qml" line="131"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>PageProtocolXraySettings</name>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolXraySettings.qml" line="95"/>
        <source>XRay settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolXraySettings.qml" line="103"/>
        <source>Disguised as traffic from</source>
        <translation type="unfinished">伪装流量为</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolXraySettings.qml" line="129"/>
        <source>Save</source>
        <translation type="unfinished">保存</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageProtocolXraySettings.qml" line="137"/>
        <source>Unable change settings while there is an active connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageServiceDnsSettings</name>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceDnsSettings.qml" line="62"/>
        <source>A DNS service is installed on your server, and it is only accessible via VPN.
</source>
        <translation>您的服务器已安装DNS服务，仅能通过VPN访问。
</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceDnsSettings.qml" line="63"/>
        <source>The DNS address is the same as the address of your server. You can configure DNS in the settings, under the connections tab.</source>
        <translation>其地址与您的服务器地址相同。您可以在 设置 连接 中进行配置。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceDnsSettings.qml" line="72"/>
        <source>Remove </source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceDnsSettings.qml" line="78"/>
        <source>Remove %1 from server?</source>
        <translation>从服务器移除 %1 ?</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceDnsSettings.qml" line="85"/>
        <source>Cannot remove AmneziaDNS from running server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from server?</source>
        <translation type="obsolete"> 从服务器</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceDnsSettings.qml" line="79"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceDnsSettings.qml" line="80"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PageServiceSftpSettings</name>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceSftpSettings.qml" line="25"/>
        <source>Settings updated successfully</source>
        <translation>配置更新成功</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceSftpSettings.qml" line="101"/>
        <source>SFTP settings</source>
        <translation>SFTP 配置</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceSftpSettings.qml" line="112"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceSftpSettings.qml" line="122"/>
        <location filename="../ui/qml/Pages2/PageServiceSftpSettings.qml" line="146"/>
        <location filename="../ui/qml/Pages2/PageServiceSftpSettings.qml" line="170"/>
        <location filename="../ui/qml/Pages2/PageServiceSftpSettings.qml" line="203"/>
        <source>Copied</source>
        <translation>拷贝</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceSftpSettings.qml" line="133"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceSftpSettings.qml" line="157"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceSftpSettings.qml" line="181"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceSftpSettings.qml" line="230"/>
        <source>Mount folder on device</source>
        <translation>挂载文件夹</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceSftpSettings.qml" line="255"/>
        <source>In order to mount remote SFTP folder as local drive, perform following steps: &lt;br&gt;</source>
        <translation>为将远程 SFTP 文件夹挂载到本地，请执行以下步骤: &lt;br&gt;</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceSftpSettings.qml" line="257"/>
        <location filename="../ui/qml/Pages2/PageServiceSftpSettings.qml" line="260"/>
        <source>&lt;br&gt;1. Install the latest version of </source>
        <translation>&lt;br&gt;1. 安装最新版的 </translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceSftpSettings.qml" line="258"/>
        <location filename="../ui/qml/Pages2/PageServiceSftpSettings.qml" line="261"/>
        <source>&lt;br&gt;2. Install the latest version of </source>
        <translation>&lt;br&gt;2. 安装最新版的 </translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceSftpSettings.qml" line="290"/>
        <source>Detailed instructions</source>
        <translation>详细说明</translation>
    </message>
    <message>
        <source>Remove SFTP and all data stored there</source>
        <translation type="vanished">移除SFTP和其本地所有数据</translation>
    </message>
    <message>
        <source>Remove SFTP and all data stored there?</source>
        <translation type="vanished">移除SFTP和其本地所有数据？</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="vanished">继续</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">取消</translation>
    </message>
</context>
<context>
    <name>PageServiceSocksProxySettings</name>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceSocksProxySettings.qml" line="26"/>
        <source>Settings updated successfully</source>
        <translation type="unfinished">配置更新成功</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceSocksProxySettings.qml" line="93"/>
        <location filename="../ui/qml/Pages2/PageServiceSocksProxySettings.qml" line="250"/>
        <source>SOCKS5 settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceSocksProxySettings.qml" line="104"/>
        <source>Host</source>
        <translation type="unfinished">主机</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceSocksProxySettings.qml" line="114"/>
        <location filename="../ui/qml/Pages2/PageServiceSocksProxySettings.qml" line="138"/>
        <location filename="../ui/qml/Pages2/PageServiceSocksProxySettings.qml" line="162"/>
        <location filename="../ui/qml/Pages2/PageServiceSocksProxySettings.qml" line="189"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceSocksProxySettings.qml" line="125"/>
        <location filename="../ui/qml/Pages2/PageServiceSocksProxySettings.qml" line="260"/>
        <source>Port</source>
        <translation type="unfinished">端口</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceSocksProxySettings.qml" line="149"/>
        <source>User name</source>
        <translation type="unfinished">用户名</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceSocksProxySettings.qml" line="173"/>
        <location filename="../ui/qml/Pages2/PageServiceSocksProxySettings.qml" line="306"/>
        <source>Password</source>
        <translation type="unfinished">密码</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceSocksProxySettings.qml" line="282"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceSocksProxySettings.qml" line="336"/>
        <location filename="../ui/qml/Pages2/PageServiceSocksProxySettings.qml" line="374"/>
        <source>Change connection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceSocksProxySettings.qml" line="343"/>
        <source>The port must be in the range of 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceSocksProxySettings.qml" line="347"/>
        <source>Password cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceSocksProxySettings.qml" line="350"/>
        <source>Username cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageServiceTorWebsiteSettings</name>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceTorWebsiteSettings.qml" line="26"/>
        <source>Settings updated successfully</source>
        <translation>配置更新成功</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceTorWebsiteSettings.qml" line="70"/>
        <source>Tor website settings</source>
        <translation>Tor网站配置</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceTorWebsiteSettings.qml" line="78"/>
        <source>Website address</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceTorWebsiteSettings.qml" line="95"/>
        <source>Copied</source>
        <translation>已拷贝</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceTorWebsiteSettings.qml" line="110"/>
        <source>Use &lt;a href=&quot;https://www.torproject.org/download/&quot; style=&quot;color: #FBB26A;&quot;&gt;Tor Browser&lt;/a&gt; to open this URL.</source>
        <translation>用 &lt;a href=&quot;https://www.torproject.org/download/&quot; style=&quot;color: #FBB26A;&quot;&gt;Tor 浏览器&lt;/a&gt; 打开上面网址.</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceTorWebsiteSettings.qml" line="119"/>
        <source>After creating your onion site, it takes a few minutes for the Tor network to make it available for use.</source>
        <translation>创建您的洋葱网站后，需要几分钟时间，才能使其在Tor网络上可用</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageServiceTorWebsiteSettings.qml" line="128"/>
        <source>When configuring WordPress set the this onion address as domain.</source>
        <translation>配置 WordPress 时，将此洋葱地址设置为域。</translation>
    </message>
    <message>
        <source>Remove website</source>
        <translation type="vanished">移除网站</translation>
    </message>
    <message>
        <source>The site with all data will be removed from the tor network.</source>
        <translation type="vanished">网站及其所有数据将从 Tor 网络中删除</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="vanished">继续</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">取消</translation>
    </message>
</context>
<context>
    <name>PageSettings</name>
    <message>
        <location filename="../ui/qml/Pages2/PageSettings.qml" line="41"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettings.qml" line="51"/>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettings.qml" line="68"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettings.qml" line="85"/>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettings.qml" line="102"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettings.qml" line="119"/>
        <source>About AmneziaVPN</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettings.qml" line="137"/>
        <source>Dev console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettings.qml" line="158"/>
        <source>Close application</source>
        <translation>关闭应用</translation>
    </message>
</context>
<context>
    <name>PageSettingsAbout</name>
    <message>
        <source>This is a free and open source application. If you like it, support the developers with a donation.
And if you don&apos;t like the app, all the more support it - the donation will be used to improve the app.</source>
        <translation type="obsolete">这是一个免费且开源的应用软件。如果您喜欢它，请捐助支持我们继续研发。
如果您不喜欢，请捐助支持我们改进它。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsAbout.qml" line="72"/>
        <source>Support Amnezia</source>
        <translation>支持Amnezia</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsAbout.qml" line="87"/>
        <source>Amnezia is a free and open-source application. You can support the developers if you like it.</source>
        <translation>Amnezia 是一款免费的开源应用程序。 如果您喜欢的话可以支持开发者。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsAbout.qml" line="97"/>
        <source>Contacts</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsAbout.qml" line="105"/>
        <source>Telegram group</source>
        <translation>电报群</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsAbout.qml" line="106"/>
        <source>To discuss features</source>
        <translation>用于功能讨论</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsAbout.qml" line="113"/>
        <source>https://t.me/amnezia_vpn_en</source>
        <translation></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="vanished">邮件</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsAbout.qml" line="123"/>
        <source>support@amnezia.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsAbout.qml" line="124"/>
        <source>For reviews and bug reports</source>
        <translation>用于评论和提交软件的缺陷</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsAbout.qml" line="132"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsAbout.qml" line="143"/>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsAbout.qml" line="150"/>
        <source>https://github.com/amnezia-vpn/amnezia-client</source>
        <translation>https://github.com/amnezia-vpn/amnezia-client</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsAbout.qml" line="161"/>
        <source>Website</source>
        <translation>官网</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsAbout.qml" line="181"/>
        <source>Software version: %1</source>
        <translation>软件版本: %1</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsAbout.qml" line="210"/>
        <source>Check for updates</source>
        <translation>检查更新</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsAbout.qml" line="233"/>
        <source>Privacy Policy</source>
        <translation>隐私政策</translation>
    </message>
</context>
<context>
    <name>PageSettingsApiServerInfo</name>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsApiServerInfo.qml" line="45"/>
        <source>For the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsApiServerInfo.qml" line="54"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsApiServerInfo.qml" line="63"/>
        <source>Work period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsApiServerInfo.qml" line="74"/>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsApiServerInfo.qml" line="106"/>
        <source>Support tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsApiServerInfo.qml" line="119"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsApiServerInfo.qml" line="139"/>
        <source>Reload API config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsApiServerInfo.qml" line="144"/>
        <source>Reload API config?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsApiServerInfo.qml" line="145"/>
        <location filename="../ui/qml/Pages2/PageSettingsApiServerInfo.qml" line="185"/>
        <source>Continue</source>
        <translation type="unfinished">继续</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsApiServerInfo.qml" line="146"/>
        <location filename="../ui/qml/Pages2/PageSettingsApiServerInfo.qml" line="186"/>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsApiServerInfo.qml" line="150"/>
        <source>Cannot reload API config during active connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsApiServerInfo.qml" line="179"/>
        <source>Remove from application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsApiServerInfo.qml" line="184"/>
        <source>Remove from application?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsApiServerInfo.qml" line="190"/>
        <source>Cannot remove server during active connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageSettingsAppSplitTunneling</name>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsAppSplitTunneling.qml" line="30"/>
        <source>Cannot change split tunneling settings during active connection</source>
        <translation type="unfinished">无法在活动连接期间更改分割隧道设置</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsAppSplitTunneling.qml" line="51"/>
        <source>Only the apps from the list should have access via VPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsAppSplitTunneling.qml" line="56"/>
        <source>Apps from the list should not have access via VPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsAppSplitTunneling.qml" line="93"/>
        <source>App split tunneling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsAppSplitTunneling.qml" line="129"/>
        <source>Mode</source>
        <translation type="unfinished">规则</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsAppSplitTunneling.qml" line="221"/>
        <source>Remove </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsAppSplitTunneling.qml" line="222"/>
        <source>Continue</source>
        <translation type="unfinished">继续</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsAppSplitTunneling.qml" line="223"/>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsAppSplitTunneling.qml" line="267"/>
        <source>application name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsAppSplitTunneling.qml" line="278"/>
        <source>Open executable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsAppSplitTunneling.qml" line="279"/>
        <source>Executable files (*.*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageSettingsApplication</name>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsApplication.qml" line="61"/>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsApplication.qml" line="71"/>
        <source>Allow application screenshots</source>
        <translation>允许截屏</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsApplication.qml" line="94"/>
        <source>Enable notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsApplication.qml" line="95"/>
        <source>Enable notifications to show the VPN state in the status bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsApplication.qml" line="117"/>
        <source>Auto start</source>
        <translation>自动运行</translation>
    </message>
    <message>
        <source>Launch the application every time </source>
        <translation type="obsolete">总是在系统 </translation>
    </message>
    <message>
        <source> starts</source>
        <translation type="obsolete"> 启动时自动运行运用程序</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsApplication.qml" line="118"/>
        <source>Launch the application every time the device is starts</source>
        <translation>每次设备启动时启动应用程序</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsApplication.qml" line="142"/>
        <source>Auto connect</source>
        <translation>自动连接</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsApplication.qml" line="143"/>
        <source>Connect to VPN on app start</source>
        <translation>应用开启时连接VPN</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsApplication.qml" line="167"/>
        <source>Start minimized</source>
        <translation>最小化</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsApplication.qml" line="168"/>
        <source>Launch application minimized</source>
        <translation>开启应用软件时窗口最小化</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsApplication.qml" line="189"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsApplication.qml" line="207"/>
        <source>Logging</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsApplication.qml" line="208"/>
        <source>Enabled</source>
        <translation>开启</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsApplication.qml" line="208"/>
        <source>Disabled</source>
        <translation>禁用</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsApplication.qml" line="225"/>
        <source>Reset settings and remove all data from the application</source>
        <translation>重置并清理应用的所有数据</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsApplication.qml" line="233"/>
        <source>Reset settings and remove all data from the application?</source>
        <translation>重置并清理应用的所有数据？</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsApplication.qml" line="234"/>
        <source>All settings will be reset to default. All installed AmneziaVPN services will still remain on the server.</source>
        <translation>所有配置恢复为默认值。服务器已安装的AmneziaVPN服务将被保留。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsApplication.qml" line="235"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsApplication.qml" line="236"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsApplication.qml" line="240"/>
        <source>Cannot reset settings during active connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageSettingsBackup</name>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsBackup.qml" line="30"/>
        <source>Settings restored from backup file</source>
        <translation>从备份文件还原配置</translation>
    </message>
    <message>
        <source>It will help you instantly restore connection settings at the next installation</source>
        <translation type="obsolete">帮助您在下次安装时立即恢复连接设置</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsBackup.qml" line="75"/>
        <source>Back up your configuration</source>
        <translation>备份您的配置</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsBackup.qml" line="76"/>
        <source>You can save your settings to a backup file to restore them the next time you install the application.</source>
        <translation>您可以将配置信息备份到文件中，以便在下次安装应用软件时恢复配置</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsBackup.qml" line="83"/>
        <source>The backup will contain your passwords and private keys for all servers added to AmneziaVPN. Keep this information in a secure place.</source>
        <translation>备份将包含您添加到 AmneziaVPN 的所有服务器的密码和私钥。请将这些信息保存在安全的地方。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsBackup.qml" line="94"/>
        <source>Make a backup</source>
        <translation>进行备份</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsBackup.qml" line="101"/>
        <source>Save backup file</source>
        <translation>保存备份</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsBackup.qml" line="102"/>
        <location filename="../ui/qml/Pages2/PageSettingsBackup.qml" line="134"/>
        <source>Backup files (*.backup)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsBackup.qml" line="111"/>
        <source>Backup file saved</source>
        <translation>备份文件已保存</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsBackup.qml" line="130"/>
        <source>Restore from backup</source>
        <translation>从备份还原</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsBackup.qml" line="133"/>
        <source>Open backup file</source>
        <translation>打开备份文件</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsBackup.qml" line="146"/>
        <source>Import settings from a backup file?</source>
        <translation>从备份文件导入设置？</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsBackup.qml" line="147"/>
        <source>All current settings will be reset</source>
        <translation>当前所有设置将重置</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsBackup.qml" line="148"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsBackup.qml" line="149"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsBackup.qml" line="153"/>
        <source>Cannot restore backup settings during active connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageSettingsConnection</name>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsConnection.qml" line="53"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsConnection.qml" line="81"/>
        <source>When AmneziaDNS is not used or installed</source>
        <translation>当未使用或未安装AmneziaDNS时</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsConnection.qml" line="127"/>
        <source>Allows you to use the VPN only for certain Apps</source>
        <translation>只允许在某些应用程序中使用 VPN</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsConnection.qml" line="154"/>
        <source>KillSwitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsConnection.qml" line="155"/>
        <source>Disables your internet if your encrypted VPN connection drops out for any reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsConnection.qml" line="166"/>
        <source>Cannot change killSwitch settings during active connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use AmneziaDNS if installed on the server</source>
        <translation type="obsolete">使用AmneziaDNS，如其已安装在服务器上</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsConnection.qml" line="61"/>
        <source>Use AmneziaDNS</source>
        <translation>使用AmneziaDNS</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsConnection.qml" line="62"/>
        <source>If AmneziaDNS is installed on the server</source>
        <translation>如果已在服务器安装AmneziaDNS</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsConnection.qml" line="80"/>
        <source>DNS servers</source>
        <translation>DNS服务器</translation>
    </message>
    <message>
        <source>If AmneziaDNS is not used or installed</source>
        <translation type="vanished">如果未使用或未安装AmneziaDNS</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsConnection.qml" line="97"/>
        <source>Site-based split tunneling</source>
        <translation>基于网站的隧道分离</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsConnection.qml" line="98"/>
        <source>Allows you to select which sites you want to access through the VPN</source>
        <translation>配置想要通过VPN访问网站</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsConnection.qml" line="126"/>
        <source>App-based split tunneling</source>
        <translation>基于应用的隧道分离</translation>
    </message>
    <message>
        <source>Split site tunneling</source>
        <translation type="obsolete">网站级VPN分流</translation>
    </message>
    <message>
        <source>Allows you to connect to some sites through a secure connection, and to others bypassing it</source>
        <translation type="obsolete">使用VPN访问指定网站，其他的则绕过</translation>
    </message>
    <message>
        <source>Separate application tunneling</source>
        <translation type="obsolete">应用级VPN分流</translation>
    </message>
    <message>
        <source>Allows you to use the VPN only for certain applications</source>
        <translation type="vanished">仅指定应用使用VPN</translation>
    </message>
</context>
<context>
    <name>PageSettingsDns</name>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsDns.qml" line="47"/>
        <source>Default server does not support custom DNS</source>
        <translation>默认服务器不支持自定义 DNS</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsDns.qml" line="65"/>
        <source>DNS servers</source>
        <translation>DNS服务器</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsDns.qml" line="70"/>
        <source>If AmneziaDNS is not used or installed</source>
        <translation>如果未使用或未安装AmneziaDNS</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsDns.qml" line="77"/>
        <source>Primary DNS</source>
        <translation>首选 DNS</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsDns.qml" line="91"/>
        <source>Secondary DNS</source>
        <translation>备用 DNS</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsDns.qml" line="112"/>
        <source>Restore default</source>
        <translation>恢复默认配置</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsDns.qml" line="115"/>
        <source>Restore default DNS settings?</source>
        <translation>是否恢复默认DNS配置？</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsDns.qml" line="116"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsDns.qml" line="117"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsDns.qml" line="124"/>
        <source>Settings have been reset</source>
        <translation>已重置</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsDns.qml" line="147"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsDns.qml" line="156"/>
        <source>Settings saved</source>
        <translation>配置已保存</translation>
    </message>
</context>
<context>
    <name>PageSettingsLogging</name>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsLogging.qml" line="56"/>
        <source>Logging</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsLogging.qml" line="57"/>
        <source>Enabling this function will save application&apos;s logs automatically. By default, logging functionality is disabled. Enable log saving in case of application malfunction.</source>
        <translation>默认情况下，日志功能是禁用的。如果应用程序出现故障，则启用日志保存功能。</translation>
    </message>
    <message>
        <source>Save logs</source>
        <translation type="vanished">记录日志</translation>
    </message>
    <message>
        <source>Open folder with logs</source>
        <translation type="vanished">打开日志文件夹</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsLogging.qml" line="171"/>
        <location filename="../ui/qml/Pages2/PageSettingsLogging.qml" line="255"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsLogging.qml" line="172"/>
        <location filename="../ui/qml/Pages2/PageSettingsLogging.qml" line="256"/>
        <source>Logs files (*.log)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsLogging.qml" line="181"/>
        <location filename="../ui/qml/Pages2/PageSettingsLogging.qml" line="265"/>
        <source>Logs file saved</source>
        <translation>日志文件已保存</translation>
    </message>
    <message>
        <source>Save logs to file</source>
        <translation type="vanished">保存日志到文件</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsLogging.qml" line="68"/>
        <source>Enable logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsLogging.qml" line="93"/>
        <source>Clear logs?</source>
        <translation>清理日志？</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsLogging.qml" line="94"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsLogging.qml" line="95"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsLogging.qml" line="101"/>
        <source>Logs have been cleaned up</source>
        <translation>日志已清理</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsLogging.qml" line="122"/>
        <source>Client logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsLogging.qml" line="132"/>
        <source>AmneziaVPN logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsLogging.qml" line="141"/>
        <location filename="../ui/qml/Pages2/PageSettingsLogging.qml" line="220"/>
        <source>Open logs folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsLogging.qml" line="160"/>
        <location filename="../ui/qml/Pages2/PageSettingsLogging.qml" line="244"/>
        <source>Export logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsLogging.qml" line="196"/>
        <source>Service logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsLogging.qml" line="208"/>
        <source>AmneziaVPN-service logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsLogging.qml" line="86"/>
        <source>Clear logs</source>
        <translation>清理日志</translation>
    </message>
</context>
<context>
    <name>PageSettingsServerData</name>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerData.qml" line="31"/>
        <source>All installed containers have been added to the application</source>
        <translation>所有已安装的容器，已被添加到应用软件</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerData.qml" line="33"/>
        <source>No new installed containers found</source>
        <translation>未发现新安装的容器</translation>
    </message>
    <message>
        <source>Clear Amnezia cache</source>
        <translation type="vanished">清除 Amnezia 缓存</translation>
    </message>
    <message>
        <source>May be needed when changing other settings</source>
        <translation type="vanished">更改其他设置时可能需要缓存</translation>
    </message>
    <message>
        <source>Clear cached profiles?</source>
        <translation type="vanished">清除缓存？</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerData.qml" line="127"/>
        <source>Do you want to reboot the server?</source>
        <translation>您想重新启动服务器吗？</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerData.qml" line="218"/>
        <source>Do you want to clear server from Amnezia software?</source>
        <translation>您要清除服务器上的Amnezia软件吗？</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerData.qml" line="92"/>
        <source></source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerData.qml" line="129"/>
        <location filename="../ui/qml/Pages2/PageSettingsServerData.qml" line="178"/>
        <location filename="../ui/qml/Pages2/PageSettingsServerData.qml" line="220"/>
        <location filename="../ui/qml/Pages2/PageSettingsServerData.qml" line="261"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerData.qml" line="130"/>
        <location filename="../ui/qml/Pages2/PageSettingsServerData.qml" line="179"/>
        <location filename="../ui/qml/Pages2/PageSettingsServerData.qml" line="221"/>
        <location filename="../ui/qml/Pages2/PageSettingsServerData.qml" line="262"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerData.qml" line="100"/>
        <source>Check the server for previously installed Amnezia services</source>
        <translation>检查服务器上，是否存在之前安装的 Amnezia 服务</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerData.qml" line="101"/>
        <source>Add them to the application if they were not displayed</source>
        <translation>如果存在且未显示，则添加到应用软件</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerData.qml" line="121"/>
        <source>Reboot server</source>
        <translation>重新启动服务器</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerData.qml" line="128"/>
        <source>The reboot process may take approximately 30 seconds. Are you sure you wish to proceed?</source>
        <translation> 重新启动过程可能需要大约30秒。您确定要继续吗？</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerData.qml" line="134"/>
        <source>Cannot reboot server during active connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerData.qml" line="162"/>
        <source>Remove server from application</source>
        <translation>移除本地服务器信息</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerData.qml" line="176"/>
        <source>Do you want to remove the server from application?</source>
        <translation>您想要从应用程序中移除服务器吗？</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerData.qml" line="183"/>
        <source>Cannot remove server during active connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerData.qml" line="219"/>
        <source>All users whom you shared a connection with will no longer be able to connect to it.</source>
        <translation>与您共享连接的所有用户将无法再连接到该连接。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerData.qml" line="225"/>
        <source>Cannot clear server from Amnezia software during active connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerData.qml" line="253"/>
        <source>Reset API config</source>
        <translation>重置 API 配置</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerData.qml" line="259"/>
        <source>Do you want to reset API config?</source>
        <translation>您想重置 API 配置吗？</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerData.qml" line="266"/>
        <source>Cannot reset API config during active connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove server?</source>
        <translation type="vanished">移除本地服务器信息?</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerData.qml" line="177"/>
        <source>All installed AmneziaVPN services will still remain on the server.</source>
        <translation>所有已安装的 AmneziaVPN 服务仍将保留在服务器上。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerData.qml" line="210"/>
        <source>Clear server from Amnezia software</source>
        <translation>清理Amnezia中服务器信息</translation>
    </message>
    <message>
        <source>Clear server from Amnezia software?</source>
        <translation type="vanished">清理Amnezia中服务器信息</translation>
    </message>
    <message>
        <source>All containers will be deleted on the server. This means that configuration files, keys and certificates will be deleted.</source>
        <translation type="vanished">服务器上的所有容器都将被删除。配置文件、密钥和证书也将被删除。</translation>
    </message>
</context>
<context>
    <name>PageSettingsServerInfo</name>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerInfo.qml" line="161"/>
        <source>Server name</source>
        <translation>服务器名</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerInfo.qml" line="174"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerInfo.qml" line="220"/>
        <source>Protocols</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerInfo.qml" line="232"/>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerInfo.qml" line="242"/>
        <source>Management</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="vanished">数据</translation>
    </message>
</context>
<context>
    <name>PageSettingsServerProtocol</name>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerProtocol.qml" line="51"/>
        <source> settings</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerProtocol.qml" line="176"/>
        <source>Clear %1 profile?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerProtocol.qml" line="137"/>
        <source></source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerProtocol.qml" line="100"/>
        <source> connection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerProtocol.qml" line="112"/>
        <source>Click the &quot;connect&quot; button to create a connection configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerProtocol.qml" line="132"/>
        <source> server settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerProtocol.qml" line="173"/>
        <source>Clear profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerProtocol.qml" line="177"/>
        <source>The connection configuration will be deleted for this device only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerProtocol.qml" line="183"/>
        <source>Unable to clear %1 profile while there is an active connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerProtocol.qml" line="224"/>
        <source>Remove </source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerProtocol.qml" line="229"/>
        <source>All users with whom you shared a connection will no longer be able to connect to it.</source>
        <translation>与您共享连接的所有用户将无法再连接到该连接。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerProtocol.qml" line="236"/>
        <source>Cannot remove active container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users who you shared a connection with will no longer be able to connect to it.</source>
        <translation type="vanished">使用此共享连接的所有用户，将无法再连接它。</translation>
    </message>
    <message>
        <source> from server?</source>
        <translation type="obsolete"> 从服务器</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerProtocol.qml" line="228"/>
        <source>Remove %1 from server?</source>
        <translation>从服务器移除 %1 ?</translation>
    </message>
    <message>
        <source>All users with whom you shared a connection will no longer be able to connect to it</source>
        <translation type="obsolete">与您共享连接的所有用户将无法再连接到此链接</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerProtocol.qml" line="178"/>
        <location filename="../ui/qml/Pages2/PageSettingsServerProtocol.qml" line="230"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServerProtocol.qml" line="179"/>
        <location filename="../ui/qml/Pages2/PageSettingsServerProtocol.qml" line="231"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PageSettingsServersList</name>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsServersList.qml" line="47"/>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
</context>
<context>
    <name>PageSettingsSplitTunneling</name>
    <message>
        <source>Only the addresses in the list must be opened via VPN</source>
        <translation type="obsolete">仅列表中的地址须通过VPN访问</translation>
    </message>
    <message>
        <source>Addresses from the list should never be opened via VPN</source>
        <translation type="obsolete">勿通过VPN访问列表中的地址</translation>
    </message>
    <message>
        <source>Split site tunneling</source>
        <translation type="obsolete">网站级VPN分流</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsSplitTunneling.qml" line="40"/>
        <source>Default server does not support split tunneling function</source>
        <translation>默认服务器不支持分离隧道功能</translation>
    </message>
    <message>
        <source>Addresses from the list should be accessed via VPN</source>
        <translation type="vanished">仅使用VPN访问</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsSplitTunneling.qml" line="78"/>
        <source>Addresses from the list should not be accessed via VPN</source>
        <translation>不使用VPN访问</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsSplitTunneling.qml" line="112"/>
        <source>Split tunneling</source>
        <translation>隧道分离</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsSplitTunneling.qml" line="150"/>
        <source>Mode</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsSplitTunneling.qml" line="272"/>
        <source>Remove </source>
        <translation>移除 </translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsSplitTunneling.qml" line="273"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsSplitTunneling.qml" line="274"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Site or IP</source>
        <translation type="vanished">网站或IP地址</translation>
    </message>
    <message>
        <source>Import/Export Sites</source>
        <translation type="vanished">导入/导出网站</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsSplitTunneling.qml" line="37"/>
        <source>Cannot change split tunneling settings during active connection</source>
        <translation>无法在活动连接期间更改分割隧道设置</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsSplitTunneling.qml" line="73"/>
        <source>Only the sites listed here will be accessed through the VPN</source>
        <translation>只有这里列出的网站将通过VPN访问</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsSplitTunneling.qml" line="326"/>
        <source>website or IP</source>
        <translation>网站或IP</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsSplitTunneling.qml" line="399"/>
        <source>Import / Export Sites</source>
        <translation>导入/导出网站</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsSplitTunneling.qml" line="406"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsSplitTunneling.qml" line="421"/>
        <source>Save site list</source>
        <translation>保存网址</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsSplitTunneling.qml" line="430"/>
        <source>Save sites</source>
        <translation>保存网址</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsSplitTunneling.qml" line="431"/>
        <location filename="../ui/qml/Pages2/PageSettingsSplitTunneling.qml" line="523"/>
        <location filename="../ui/qml/Pages2/PageSettingsSplitTunneling.qml" line="540"/>
        <source>Sites files (*.json)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsSplitTunneling.qml" line="511"/>
        <source>Import a list of sites</source>
        <translation>导入网址列表</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsSplitTunneling.qml" line="518"/>
        <source>Replace site list</source>
        <translation>替换网址列表</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsSplitTunneling.qml" line="522"/>
        <location filename="../ui/qml/Pages2/PageSettingsSplitTunneling.qml" line="539"/>
        <source>Open sites file</source>
        <translation>打开网址文件</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSettingsSplitTunneling.qml" line="535"/>
        <source>Add imported sites to existing ones</source>
        <translation>将导入的网址添加到现有网址中</translation>
    </message>
</context>
<context>
    <name>PageSetupWizardApiServiceInfo</name>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardApiServiceInfo.qml" line="62"/>
        <source>For the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardApiServiceInfo.qml" line="71"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardApiServiceInfo.qml" line="80"/>
        <source>Work period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardApiServiceInfo.qml" line="91"/>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardApiServiceInfo.qml" line="100"/>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardApiServiceInfo.qml" line="139"/>
        <source>Connect</source>
        <translation type="unfinished">连接</translation>
    </message>
</context>
<context>
    <name>PageSetupWizardApiServicesList</name>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardApiServicesList.qml" line="52"/>
        <source>VPN by Amnezia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardApiServicesList.qml" line="53"/>
        <source>Choose a VPN service that suits your needs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageSetupWizardConfigSource</name>
    <message>
        <source>Server connection</source>
        <translation type="vanished">服务器连接</translation>
    </message>
    <message>
        <source>Do not use connection code from public sources. It may have been created to intercept your data.

It&apos;s okay as long as it&apos;s from someone you trust.</source>
        <translation type="vanished">请勿使用公共来源的连接码。它可能是为了拦截您的数据而创建的。
请确保连接码来源可信。</translation>
    </message>
    <message>
        <source>Do not use connection codes from untrusted sources, as they may be created to intercept your data.</source>
        <translation type="vanished">请勿使用来自不受信任来源的连接代码，因为它们可能是为了拦截您的数据而创建的。</translation>
    </message>
    <message>
        <source>What do you have?</source>
        <translation type="vanished">你用什么方式创建连接？</translation>
    </message>
    <message>
        <source>File with connection settings or backup</source>
        <translation type="vanished">包含连接配置或备份的文件</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardConfigSource.qml" line="57"/>
        <source>Connection</source>
        <translation type="unfinished">连接</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardConfigSource.qml" line="83"/>
        <source>Settings</source>
        <translation type="unfinished">设置</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardConfigSource.qml" line="91"/>
        <source>Enable logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardConfigSource.qml" line="112"/>
        <source>Insert the key, add a configuration file or scan the QR-code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardConfigSource.qml" line="122"/>
        <source>Insert key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardConfigSource.qml" line="123"/>
        <source>Insert</source>
        <translation type="unfinished">插入</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardConfigSource.qml" line="143"/>
        <source>Continue</source>
        <translation type="unfinished">继续</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardConfigSource.qml" line="161"/>
        <source>Other connection options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardConfigSource.qml" line="172"/>
        <source>VPN by Amnezia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardConfigSource.qml" line="173"/>
        <source>Connect to classic paid and free VPN services from Amnezia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardConfigSource.qml" line="196"/>
        <source>Self-hosted VPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardConfigSource.qml" line="197"/>
        <source>Configure Amnezia VPN on your own server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardConfigSource.qml" line="217"/>
        <source>Restore from backup</source>
        <translation type="unfinished">从备份还原</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardConfigSource.qml" line="223"/>
        <source>Open backup file</source>
        <translation type="unfinished">打开备份文件</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardConfigSource.qml" line="224"/>
        <source>Backup files (*.backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardConfigSource.qml" line="241"/>
        <source>File with connection settings</source>
        <translation>包含连接配置的文件</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardConfigSource.qml" line="249"/>
        <source>Open config file</source>
        <translation>打开配置文件</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardConfigSource.qml" line="268"/>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardConfigSource.qml" line="291"/>
        <source>I have nothing</source>
        <translation type="unfinished">我没有</translation>
    </message>
    <message>
        <source>Key as text</source>
        <translation type="vanished">授权码文本</translation>
    </message>
</context>
<context>
    <name>PageSetupWizardCredentials</name>
    <message>
        <source>Server connection</source>
        <translation type="vanished">连接服务器</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardCredentials.qml" line="54"/>
        <source>Configure your server</source>
        <translation>配置服务器</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardCredentials.qml" line="61"/>
        <source>Server IP address [:port]</source>
        <translation>服务器IP [:端口]</translation>
    </message>
    <message>
        <source>Login to connect via SSH</source>
        <translation type="vanished">用户</translation>
    </message>
    <message>
        <source>Password / SSH private key</source>
        <translation type="vanished">密码 或 私钥</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardCredentials.qml" line="116"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardCredentials.qml" line="144"/>
        <source>All data you enter will remain strictly confidential and will not be shared or disclosed to the Amnezia or any third parties</source>
        <translation>您输入的所有数据将严格保密，不会与 Amnezia 或任何第三方共享或披露</translation>
    </message>
    <message>
        <source>All data you enter will remain strictly confidential
and will not be shared or disclosed to the Amnezia or any third parties</source>
        <translation type="vanished">您输入的所有数据将严格保密
不会向 Amnezia 或任何第三方分享或披露</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardCredentials.qml" line="62"/>
        <source>255.255.255.255:22</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardCredentials.qml" line="78"/>
        <source>SSH Username</source>
        <translation>SSH 用户名</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardCredentials.qml" line="94"/>
        <source>Password or SSH private key</source>
        <translation>密码或 SSH 私钥</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardCredentials.qml" line="153"/>
        <source>How to run your VPN server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardCredentials.qml" line="154"/>
        <source>Where to get connection data, step-by-step instructions for buying a VPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardCredentials.qml" line="170"/>
        <source>Ip address cannot be empty</source>
        <translation>IP不能为空</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardCredentials.qml" line="173"/>
        <source>Enter the address in the format 255.255.255.255:88</source>
        <translation>按照这种格式输入 255.255.255.255:88</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardCredentials.qml" line="177"/>
        <source>Login cannot be empty</source>
        <translation>账号不能为空</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardCredentials.qml" line="181"/>
        <source>Password/private key cannot be empty</source>
        <translation>密码或私钥不能为空</translation>
    </message>
</context>
<context>
    <name>PageSetupWizardEasy</name>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardEasy.qml" line="79"/>
        <source>What is the level of internet control in your region?</source>
        <translation>您所在地区的互联网管控力度如何？</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardEasy.qml" line="151"/>
        <source>Choose a VPN protocol</source>
        <translation>选择 VPN 协议</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardEasy.qml" line="208"/>
        <source>Skip setup</source>
        <translation>跳过设置</translation>
    </message>
    <message>
        <source>Set up a VPN yourself</source>
        <translation type="vanished">自己架设VPN</translation>
    </message>
    <message>
        <source>I want to choose a VPN protocol</source>
        <translation type="vanished">我想选择VPN协议</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardEasy.qml" line="165"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Set up later</source>
        <translation type="vanished">稍后设置</translation>
    </message>
</context>
<context>
    <name>PageSetupWizardInstalling</name>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardInstalling.qml" line="22"/>
        <location filename="../ui/qml/Pages2/PageSetupWizardInstalling.qml" line="71"/>
        <source>Usually it takes no more than 5 minutes</source>
        <translation>通常不超过5分钟</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardInstalling.qml" line="59"/>
        <source>The server has already been added to the application</source>
        <translation>服务器已添加到应用软件中</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardInstalling.qml" line="65"/>
        <source>Amnezia has detected that your server is currently </source>
        <translation>Amnezia 检测到您的服务器当前</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardInstalling.qml" line="66"/>
        <source>busy installing other software. Amnezia installation </source>
        <translation>正安装其他软件。Amnezia安装</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardInstalling.qml" line="164"/>
        <source>Cancel installation</source>
        <translation>取消安装</translation>
    </message>
    <message>
        <source>Amnesia has detected that your server is currently </source>
        <translation type="vanished">Amnezia 检测到您的服务器当前</translation>
    </message>
    <message>
        <source>busy installing other software. Amnesia installation </source>
        <translation type="vanished">正安装其他软件。Amnezia安装</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardInstalling.qml" line="67"/>
        <source>will pause until the server finishes installing other software</source>
        <translation>将暂停，直到其他软件安装完成。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardInstalling.qml" line="125"/>
        <source>Installing</source>
        <translation>安装中</translation>
    </message>
</context>
<context>
    <name>PageSetupWizardProtocolSettings</name>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardProtocolSettings.qml" line="85"/>
        <source>Installing %1</source>
        <translation>正在安装 %1</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardProtocolSettings.qml" line="103"/>
        <source>More detailed</source>
        <translation>更多细节</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardProtocolSettings.qml" line="207"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardProtocolSettings.qml" line="224"/>
        <source>Network protocol</source>
        <translation>网络协议</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardProtocolSettings.qml" line="242"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardProtocolSettings.qml" line="260"/>
        <source>Install</source>
        <translation>安装</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardProtocolSettings.qml" line="268"/>
        <source>The port must be in the range of 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageSetupWizardProtocols</name>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardProtocols.qml" line="87"/>
        <source>VPN protocol</source>
        <translation>VPN 协议</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardProtocols.qml" line="88"/>
        <source>Choose the one with the highest priority for you. Later, you can install other protocols and additional services, such as DNS proxy and SFTP.</source>
        <translation>选择你认为优先级最高的一项。稍后，您可以安装其他协议和附加服务，例如 DNS 代理和 SFTP。</translation>
    </message>
</context>
<context>
    <name>PageSetupWizardQrReader</name>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardQrReader.qml" line="38"/>
        <source>Point the camera at the QR code and hold for a couple of seconds. </source>
        <translation>将相机对准二维码并按住几秒钟</translation>
    </message>
</context>
<context>
    <name>PageSetupWizardStart</name>
    <message>
        <source>Settings restored from backup file</source>
        <translation type="vanished">从备份文件还原配置</translation>
    </message>
    <message>
        <source>Free service for creating a personal VPN on your server.</source>
        <translation type="vanished">在您的服务器上架设私人免费VPN服务。</translation>
    </message>
    <message>
        <source> Helps you access blocked content without revealing your privacy, even to VPN providers.</source>
        <translation type="vanished">帮助您访问受限内容，保护您的隐私，即使是VPN提供商也无法获取。</translation>
    </message>
    <message>
        <source>I have the data to connect</source>
        <translation type="vanished">我有连接配置</translation>
    </message>
    <message>
        <source>I have nothing</source>
        <translation type="vanished">我没有</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardStart.qml" line="48"/>
        <source>Let&apos;s get started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageSetupWizardTextKey</name>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardTextKey.qml" line="50"/>
        <source>Connection key</source>
        <translation>连接授权码</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardTextKey.qml" line="51"/>
        <source>A line that starts with vpn://...</source>
        <translation>以 vpn://... 开始的行</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardTextKey.qml" line="62"/>
        <source>Key</source>
        <translation>授权码</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardTextKey.qml" line="64"/>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardTextKey.qml" line="86"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>PageSetupWizardViewConfig</name>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardViewConfig.qml" line="74"/>
        <source>New connection</source>
        <translation>新连接</translation>
    </message>
    <message>
        <source>Do not use connection code from public sources. It could be created to intercept your data.</source>
        <translation type="vanished">请勿使用公共来源的连接码。它可以被创建来拦截您的数据。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardViewConfig.qml" line="109"/>
        <source>Collapse content</source>
        <translation>折叠内容</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardViewConfig.qml" line="109"/>
        <source>Show content</source>
        <translation>显示内容</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardViewConfig.qml" line="123"/>
        <source>Enable WireGuard obfuscation. It may be useful if WireGuard is blocked on your provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardViewConfig.qml" line="144"/>
        <source>Use connection codes only from sources you trust. Codes from public sources may have been created to intercept your data.</source>
        <translation>只使用您信任的来源提供的连接代码。公共来源的代码可能是为了拦截您的数据而创建的。</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageSetupWizardViewConfig.qml" line="196"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>PageShare</name>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="61"/>
        <source>Save OpenVPN config</source>
        <translation>保存OpenVPN配置</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="68"/>
        <source>Save WireGuard config</source>
        <translation>保存WireGuard配置</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="75"/>
        <source>Save AmneziaWG config</source>
        <translation>保存 AmneziaWG 配置</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="82"/>
        <source>Save Shadowsocks config</source>
        <translation>保存 Shadowsocks 配置</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="89"/>
        <source>Save Cloak config</source>
        <translation>保存斗篷配置</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="96"/>
        <source>Save XRay config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="122"/>
        <source>For the AmneziaVPN app</source>
        <translation>AmneziaVPN 应用</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="127"/>
        <source>OpenVPN native format</source>
        <translation>OpenVPN原生格式</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="132"/>
        <source>WireGuard native format</source>
        <translation>WireGuard原生格式</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="137"/>
        <source>AmneziaWG native format</source>
        <translation>AmneziaWG 本地格式</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="142"/>
        <source>Shadowsocks native format</source>
        <translation>Shadowsocks原生格式</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="147"/>
        <source>Cloak native format</source>
        <translation>Cloak原生格式</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="152"/>
        <source>XRay native format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="190"/>
        <source>Share VPN Access</source>
        <translation>共享 VPN 访问</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="239"/>
        <source>Share full access to the server and VPN</source>
        <translation>共享服务器和VPN的完全访问权限</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="240"/>
        <source>Use for your own devices, or share with those you trust to manage the server.</source>
        <translation>用于您自己的设备，或与您信任的人共享以管理服务器.</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="306"/>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="598"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="329"/>
        <source>Share VPN access without the ability to manage the server</source>
        <translation>共享 VPN 访问，无需管理服务器</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="619"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="817"/>
        <source>Creation date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="825"/>
        <source>Latest handshake: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="833"/>
        <source>Data received: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="841"/>
        <source>Data sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creation date: </source>
        <translation type="vanished">创建日期: </translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="862"/>
        <source>Rename</source>
        <translation>重新命名</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="908"/>
        <source>Client name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="921"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="955"/>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="959"/>
        <source>Revoke the config for a user - %1?</source>
        <translation>撤销用户的配置- %1?</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="960"/>
        <source>The user will no longer be able to connect to your server.</source>
        <translation>该用户将无法再连接到您的服务器.</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="961"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="962"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Share access to server management. The user with whom you share full access to the server will be able to add and remove any protocols and services to the server, as well as change settings.</source>
        <translation type="vanished">共享服务器管理访问权限。与您共享服务器全部访问权限的用户将可以添加和删除服务器上的任何协议和服务，以及更改设置。</translation>
    </message>
    <message>
        <source>VPN Access</source>
        <translation type="vanished">访问VPN</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="289"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Full access</source>
        <translation type="vanished">完全访问</translation>
    </message>
    <message>
        <source>VPN access without the ability to manage the server</source>
        <translation type="vanished">访问VPN，但没有权限管理服务。</translation>
    </message>
    <message>
        <source>Access to server management. The user with whom you share full access to the connection will be able to add and remove your protocols and services to the server, as well as change settings.</source>
        <translation type="vanished">除访问VPN外，用户还能添加和删除协议、服务以及更改配置信息</translation>
    </message>
    <message>
        <source>Access to server management. The user with whom you share full access to the connection will be able to add and remove your protocols and services to the servers, as well as change settings.</source>
        <translation type="vanished">除访问VPN外，用户还能添加和删除协议、服务以及更改配置信息</translation>
    </message>
    <message>
        <source>Full access to server</source>
        <translation type="obsolete">获得服务器完整授权</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="obsolete">服务器</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="362"/>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="363"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Accessing </source>
        <translation type="vanished">访问</translation>
    </message>
    <message>
        <source>File with accessing settings to </source>
        <translation type="vanished">访问配置文件的内容为:</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="48"/>
        <source>File with connection settings to </source>
        <translation>连接配置文件的内容为:</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation type="obsolete">协议</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="424"/>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="425"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="47"/>
        <source>Connection to </source>
        <translation>连接到</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="40"/>
        <source>Config revoked</source>
        <translation>配置已撤销</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="340"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="533"/>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="534"/>
        <source>Connection format</source>
        <translation>连接格式</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="252"/>
        <location filename="../ui/qml/Pages2/PageShare.qml" line="575"/>
        <source>Share</source>
        <translation>共享</translation>
    </message>
</context>
<context>
    <name>PageShareFullAccess</name>
    <message>
        <location filename="../ui/qml/Pages2/PageShareFullAccess.qml" line="60"/>
        <source>Full access to the server and VPN</source>
        <translation>对服务器和VPN的完全访问权限</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShareFullAccess.qml" line="68"/>
        <source>We recommend that you use full access to the server only for your own additional devices.
</source>
        <translation>我们建议您仅为自己的附加设备使用服务器的完全访问权限.
</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShareFullAccess.qml" line="69"/>
        <source>If you share full access with other people, they can remove and add protocols and services to the server, which will cause the VPN to work incorrectly for all users. </source>
        <translation>如果您与其他人共享完全访问权限，他们可以从服务器中删除和添加协议和服务，这将导致VPN对所有用户的工作出现问题。 </translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShareFullAccess.qml" line="85"/>
        <location filename="../ui/qml/Pages2/PageShareFullAccess.qml" line="86"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShareFullAccess.qml" line="114"/>
        <source>Accessing </source>
        <translation>访问 </translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShareFullAccess.qml" line="115"/>
        <source>File with accessing settings to </source>
        <translation>访问配置文件的内容为 </translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShareFullAccess.qml" line="137"/>
        <source>Share</source>
        <translation>共享</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShareFullAccess.qml" line="147"/>
        <source>Access error!</source>
        <translation type="unfinished">访问错误</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShareFullAccess.qml" line="153"/>
        <source>Connection to </source>
        <translation>连接到 </translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageShareFullAccess.qml" line="154"/>
        <source>File with connection settings to </source>
        <translation>连接配置文件的内容为 </translation>
    </message>
</context>
<context>
    <name>PageStart</name>
    <message>
        <location filename="../ui/qml/Pages2/PageStart.qml" line="198"/>
        <source>Logging was disabled after 14 days, log files were deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageStart.qml" line="202"/>
        <source>Settings restored from backup file</source>
        <translation type="unfinished">从备份文件还原配置</translation>
    </message>
    <message>
        <location filename="../ui/qml/Pages2/PageStart.qml" line="208"/>
        <source>Logging is enabled. Note that logs will be automaticallydisabled after 14 days, and all log files will be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PopupType</name>
    <message>
        <location filename="../ui/qml/Controls2/PopupType.qml" line="94"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>QKeychain::DeletePasswordJobPrivate</name>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_win.cpp" line="104"/>
        <source>Password entry not found</source>
        <translation>未发现秘密</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_win.cpp" line="108"/>
        <source>Could not decrypt data</source>
        <translation>数据无法加密</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_unix.cpp" line="585"/>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_unix.cpp" line="593"/>
        <source>Unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_unix.cpp" line="614"/>
        <source>Could not open wallet: %1; %2</source>
        <translation>无法打开钱包: %1; %2</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_haiku.cpp" line="177"/>
        <source>Password not found</source>
        <translation>未发现密码</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_android.cpp" line="175"/>
        <source>Could not open keystore</source>
        <translation>无法打开密钥库</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_android.cpp" line="181"/>
        <source>Could not remove private key from keystore</source>
        <translation>无法从密钥库中删除私钥</translation>
    </message>
</context>
<context>
    <name>QKeychain::JobPrivate</name>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_unix.cpp" line="295"/>
        <source>Unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_unix.cpp" line="542"/>
        <source>Access to keychain denied</source>
        <translation>访问钥匙串被拒绝</translation>
    </message>
</context>
<context>
    <name>QKeychain::PlainTextStore</name>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/plaintextstore.cpp" line="65"/>
        <source>Could not store data in settings: access error</source>
        <translation>无法在配置中存储数据：访问错误</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/plaintextstore.cpp" line="67"/>
        <source>Could not store data in settings: format error</source>
        <translation>无法在陪置中存储数据：格式错误</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/plaintextstore.cpp" line="85"/>
        <source>Could not delete data from settings: access error</source>
        <translation>无法在配置中删除数据：访问错误</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/plaintextstore.cpp" line="87"/>
        <source>Could not delete data from settings: format error</source>
        <translation>无法在配置中删除数据：格式错误</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/plaintextstore.cpp" line="104"/>
        <source>Entry not found</source>
        <translation>未找到条目</translation>
    </message>
</context>
<context>
    <name>QKeychain::ReadPasswordJobPrivate</name>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_win.cpp" line="32"/>
        <source>Password entry not found</source>
        <translation>未发现密码</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_win.cpp" line="36"/>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_win.cpp" line="139"/>
        <source>Could not decrypt data</source>
        <translation>数据无法加密</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_unix.cpp" line="205"/>
        <source>D-Bus is not running</source>
        <translation>D-Bus未运行</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_unix.cpp" line="214"/>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_unix.cpp" line="224"/>
        <source>Unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_unix.cpp" line="316"/>
        <source>No keychain service available</source>
        <translation>没有有效的钥匙串服务</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_unix.cpp" line="318"/>
        <source>Could not open wallet: %1; %2</source>
        <translation>无法打开钱包: %1; %2</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_unix.cpp" line="363"/>
        <source>Access to keychain denied</source>
        <translation>访问钥匙串被拒绝</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_unix.cpp" line="384"/>
        <source>Could not determine data type: %1; %2</source>
        <translation>无法确定数据类型: %1； %2</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_unix.cpp" line="393"/>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_android.cpp" line="52"/>
        <source>Entry not found</source>
        <translation>未找到记录</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_unix.cpp" line="402"/>
        <source>Unsupported entry type &apos;Map&apos;</source>
        <translation>不支持的记录类型 &apos;Map&apos;</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_unix.cpp" line="405"/>
        <source>Unknown kwallet entry type &apos;%1&apos;</source>
        <translation>未知钱包类型 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_haiku.cpp" line="96"/>
        <source>Password not found</source>
        <translation>未发现密码</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_android.cpp" line="60"/>
        <source>Could not open keystore</source>
        <translation>无法打开密钥库</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_android.cpp" line="68"/>
        <source>Could not retrieve private key from keystore</source>
        <translation>无法从密钥存储库中检索私钥</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_android.cpp" line="75"/>
        <source>Could not create decryption cipher</source>
        <translation>无法创建解密算法</translation>
    </message>
</context>
<context>
    <name>QKeychain::WritePasswordJobPrivate</name>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_win.cpp" line="78"/>
        <source>Credential size exceeds maximum size of %1</source>
        <translation>证书大小超过上限，最大为: %1</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_win.cpp" line="87"/>
        <source>Credential key exceeds maximum size of %1</source>
        <translation>凭证密钥大小超过上限，最大为: %1</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_win.cpp" line="92"/>
        <source>Writing credentials failed: Win32 error code %1</source>
        <translation>写入凭证失败，Win32错误码: %1</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_win.cpp" line="162"/>
        <source>Encryption failed</source>
        <translation>加密失败</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_unix.cpp" line="445"/>
        <source>D-Bus is not running</source>
        <translation>D-Bus未运行</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_unix.cpp" line="455"/>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_unix.cpp" line="482"/>
        <source>Unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_unix.cpp" line="501"/>
        <source>Could not open wallet: %1; %2</source>
        <translation>无法打开钱包: %1; %2</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_haiku.cpp" line="144"/>
        <source>Password not found</source>
        <translation>未发现密码</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_android.cpp" line="95"/>
        <source>Could not open keystore</source>
        <translation>无法打开密钥库</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_android.cpp" line="126"/>
        <source>Could not create private key generator</source>
        <translation>无法创建私钥生成器</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_android.cpp" line="133"/>
        <source>Could not generate new private key</source>
        <translation>无法生成新的私钥</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_android.cpp" line="141"/>
        <source>Could not retrieve private key from keystore</source>
        <translation>无法从密钥库检索私钥</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_android.cpp" line="149"/>
        <source>Could not create encryption cipher</source>
        <translation>无法创建加密密码</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_android.cpp" line="157"/>
        <source>Could not encrypt data</source>
        <translation>无法加密数据</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../protocols/protocols_defs.cpp" line="80"/>
        <source>SFTP service</source>
        <translation>SFTP 服务</translation>
    </message>
    <message>
        <location filename="../protocols/protocols_defs.cpp" line="81"/>
        <location filename="../containers/containers_defs.cpp" line="104"/>
        <location filename="../containers/containers_defs.cpp" line="248"/>
        <source>SOCKS5 proxy server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="11"/>
        <source>No error</source>
        <translation>没有错误</translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="12"/>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_unix.cpp" line="276"/>
        <source>Unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="13"/>
        <source>Function not implemented</source>
        <translation>功能未实现</translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="14"/>
        <source>Background service is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="17"/>
        <source>Server check failed</source>
        <translation>服务器检测失败</translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="18"/>
        <source>Server port already used. Check for another software</source>
        <translation>检测服务器该端口是否被其他软件被占用</translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="19"/>
        <source>Server error: Docker container missing</source>
        <translation>服务器错误: Docker容器丢失</translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="20"/>
        <source>Server error: Docker failed</source>
        <translation>服务器错误: Docker失败</translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="21"/>
        <source>Installation canceled by user</source>
        <translation>用户取消安装</translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="22"/>
        <source>The user does not have permission to use sudo</source>
        <translation>用户没有root权限</translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="23"/>
        <source>Server error: Packet manager error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="26"/>
        <source>SSH request was denied</source>
        <translation>SSH请求被拒绝</translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="27"/>
        <source>SSH request was interrupted</source>
        <translation>SSH请求中断</translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="28"/>
        <source>SSH internal error</source>
        <translation>SSH内部错误</translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="29"/>
        <source>Invalid private key or invalid passphrase entered</source>
        <translation>输入的私钥或密码无效</translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="30"/>
        <source>The selected private key format is not supported, use openssh ED25519 key types or PEM key types</source>
        <translation>不支持所选私钥格式，请使用 openssh ED25519 密钥类型或 PEM 密钥类型</translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="31"/>
        <source>Timeout connecting to server</source>
        <translation>连接服务器超时</translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="34"/>
        <source>SCP error: Generic failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sftp error: End-of-file encountered</source>
        <translation type="vanished">Sftp错误: End-of-file encountered</translation>
    </message>
    <message>
        <source>Sftp error: File does not exist</source>
        <translation type="vanished">Sftp错误: 文件不存在</translation>
    </message>
    <message>
        <source>Sftp error: Permission denied</source>
        <translation type="vanished">Sftp错误: 权限不足</translation>
    </message>
    <message>
        <source>Sftp error: Generic failure</source>
        <translation type="vanished">Sftp错误: 一般失败</translation>
    </message>
    <message>
        <source>Sftp error: Garbage received from server</source>
        <translation type="vanished">Sftp错误: 从服务器收到垃圾信息</translation>
    </message>
    <message>
        <source>Sftp error: No connection has been set up</source>
        <translation type="vanished">Sftp 错误: 未建立连接</translation>
    </message>
    <message>
        <source>Sftp error: There was a connection, but we lost it</source>
        <translation type="vanished">Sftp 错误: 已有连接丢失</translation>
    </message>
    <message>
        <source>Sftp error: Operation not supported by libssh yet</source>
        <translation type="vanished">Sftp error: libssh不支持该操作</translation>
    </message>
    <message>
        <source>Sftp error: Invalid file handle</source>
        <translation type="vanished">Sftp error: 无效的文件句柄</translation>
    </message>
    <message>
        <source>Sftp error: No such file or directory path exists</source>
        <translation type="vanished">Sftp 错误: 文件夹或文件不存在</translation>
    </message>
    <message>
        <source>Sftp error: An attempt to create an already existing file or directory has been made</source>
        <translation type="vanished">Sftp 错误: 文件或目录已存在</translation>
    </message>
    <message>
        <source>Sftp error: Write-protected filesystem</source>
        <translation type="vanished">Sftp 错误: 文件系统写保护</translation>
    </message>
    <message>
        <source>Sftp error: No media was in remote drive</source>
        <translation type="vanished">Sftp 错误: 远程驱动器中没有媒介</translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="55"/>
        <source>VPN connection error</source>
        <translation>VPN 连接错误</translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="58"/>
        <source>Error when retrieving configuration from API</source>
        <translation>从 API 检索配置时出错</translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="59"/>
        <source>This config has already been added to the application</source>
        <translation>该配置已添加到应用程序中</translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="60"/>
        <source>In the response from the server, an empty config was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="61"/>
        <source>SSL error occurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="62"/>
        <source>Server response timeout on api request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="63"/>
        <source>Missing AGW public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="66"/>
        <source>QFile error: The file could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="67"/>
        <source>QFile error: An error occurred when reading from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="68"/>
        <source>QFile error: The file could not be accessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="69"/>
        <source>QFile error: An unspecified error occurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="70"/>
        <source>QFile error: A fatal error occurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="71"/>
        <source>QFile error: The operation was aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="78"/>
        <source>ErrorCode: %1. </source>
        <translation>错误代码: %1. </translation>
    </message>
    <message>
        <source>Failed to save config to disk</source>
        <translation type="vanished">配置保存到磁盘失败</translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="37"/>
        <source>OpenVPN config missing</source>
        <translation>OpenVPN配置丢失</translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="38"/>
        <source>OpenVPN management server error</source>
        <translation>OpenVPN 管理服务器错误</translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="41"/>
        <source>OpenVPN executable missing</source>
        <translation>OpenVPN 可执行文件丢失</translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="42"/>
        <source>Shadowsocks (ss-local) executable missing</source>
        <translation>Shadowsocks (ss-local) 执行文件丢失</translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="43"/>
        <source>Cloak (ck-client) executable missing</source>
        <translation>Cloak (ck-client) 执行文件丢失</translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="44"/>
        <source>Amnezia helper service error</source>
        <translation>Amnezia 服务连接失败</translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="45"/>
        <source>OpenSSL failed</source>
        <translation>OpenSSL错误</translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="48"/>
        <source>Can&apos;t connect: another VPN connection is active</source>
        <translation>无法连接：另一个VPN连接处于活跃状态</translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="49"/>
        <source>Can&apos;t setup OpenVPN TAP network adapter</source>
        <translation>无法设置 OpenVPN TAP 网络适配器</translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="50"/>
        <source>VPN pool error: no available addresses</source>
        <translation>VPN 池错误：没有可用地址</translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="52"/>
        <source>The config does not contain any containers and credentials for connecting to the server</source>
        <translation>配置不包含任何用于连接服务器的容器和凭据</translation>
    </message>
    <message>
        <source>The config does not contain any containers and credentiaks for connecting to the server</source>
        <translation type="vanished">该配置不包含任何用于连接到服务器的容器和凭据。</translation>
    </message>
    <message>
        <location filename="../core/errorstrings.cpp" line="75"/>
        <source>Internal error</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../containers/containers_defs.cpp" line="98"/>
        <source>IPsec</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../containers/containers_defs.cpp" line="101"/>
        <location filename="../containers/containers_defs.cpp" line="241"/>
        <source>Website in Tor network</source>
        <translation>在 Tor 网络中架设网站</translation>
    </message>
    <message>
        <location filename="../containers/containers_defs.cpp" line="102"/>
        <source>AmneziaDNS</source>
        <translation>AmneziaDNS</translation>
    </message>
    <message>
        <location filename="../containers/containers_defs.cpp" line="103"/>
        <source>SFTP file sharing service</source>
        <translation>SFTP文件共享服务</translation>
    </message>
    <message>
        <location filename="../containers/containers_defs.cpp" line="110"/>
        <source>OpenVPN is the most popular VPN protocol, with flexible configuration options. It uses its own security protocol with SSL/TLS for key exchange.</source>
        <translation>OpenVPN 是最流行的 VPN 协议，具有灵活的配置选项。它使用自己的安全协议与 SSL/TLS 进行密钥交换。</translation>
    </message>
    <message>
        <location filename="../containers/containers_defs.cpp" line="113"/>
        <source>Shadowsocks - masks VPN traffic, making it similar to normal web traffic, but it may be recognized by analysis systems in some highly censored regions.</source>
        <translation>Shadowsocks - 掩盖VPN流量，使其类似于正常的网络流量，但在一些高度审查的地区可能会被分析系统识别.</translation>
    </message>
    <message>
        <location filename="../containers/containers_defs.cpp" line="127"/>
        <source>XRay with REALITY - Suitable for countries with the highest level of internet censorship. Traffic masking as web traffic at the TLS level, and protection against detection by active probing methods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../containers/containers_defs.cpp" line="130"/>
        <source>IKEv2/IPsec -  Modern stable protocol, a bit faster than others, restores connection after signal loss. It has native support on the latest versions of Android and iOS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../containers/containers_defs.cpp" line="219"/>
        <source>The REALITY protocol, a pioneering development by the creators of XRay, is specifically designed to counteract the highest levels of internet censorship through its novel approach to evasion.
It uniquely identifies censors during the TLS handshake phase, seamlessly operating as a proxy for legitimate clients while diverting censors to genuine websites like google.com, thus presenting an authentic TLS certificate and data. 
This advanced capability differentiates REALITY from similar technologies by its ability to disguise web traffic as coming from random, legitimate sites without the need for specific configurations. 
Unlike older protocols such as VMess, VLESS, and the XTLS-Vision transport, REALITY&apos;s innovative &quot;friend or foe&quot; recognition at the TLS handshake enhances security and circumvents detection by sophisticated DPI systems employing active probing techniques. This makes REALITY a robust solution for maintaining internet freedom in environments with stringent censorship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../containers/containers_defs.cpp" line="244"/>
        <source>After installation, Amnezia will create a

 file storage on your server. You will be able to access it using
 FileZilla or other SFTP clients, as well as mount the disk on your device to access
 it directly from your device.

For more detailed information, you can
 find it in the support section under &quot;Create SFTP file storage.&quot; </source>
        <translation>安装后，Amnezia 将创建一个

 服务器上的文件存储。 您将能够使用它来访问它
 FileZilla 或其他 SFTP 客户端，以及将磁盘挂载到您的设备上进行访问
 直接从您的设备.

欲了解更详细的信息，您可以
在支持部分找到它 &quot;创建SFTP文件存储.&quot; </translation>
    </message>
    <message>
        <source>OpenVPN over Cloak - OpenVPN with masquerading as web traffic and protection against active-probing detection. Ideal for bypassing blocking in regions with the highest levels of censorship.</source>
        <translation type="obsolete">OpenVPN over Cloak - OpenVPN与VPN结合，伪装成Web流量，并保护免受主动探测的侦测。非常适合在具有最高审查水平的地区绕过封锁</translation>
    </message>
    <message>
        <location filename="../containers/containers_defs.cpp" line="137"/>
        <source>Create a file vault on your server to securely store and transfer files.</source>
        <translation>在您的服务器上创建一个文件保险库，用于安全存储和传输文件。</translation>
    </message>
    <message>
        <location filename="../containers/containers_defs.cpp" line="171"/>
        <source>This is a combination of the OpenVPN protocol and the Cloak plugin designed specifically for protecting against blocking.

OpenVPN provides a secure VPN connection by encrypting all internet traffic between the client and the server.

Cloak protects OpenVPN from detection and blocking. 

Cloak can modify packet metadata so that it completely masks VPN traffic as normal web traffic, and also protects the VPN from detection by Active Probing. This makes it very resistant to being detected

Immediately after receiving the first data packet, Cloak authenticates the incoming connection. If authentication fails, the plugin masks the server as a fake website and your VPN becomes invisible to analysis systems.

If there is a extreme level of Internet censorship in your region, we advise you to use only OpenVPN over Cloak from the first connection

* Available in the AmneziaVPN across all platforms
* High power consumption on mobile devices
* Flexible settings
* Not recognised by DPI analysis systems
* Works over TCP network protocol, 443 port.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../containers/containers_defs.cpp" line="190"/>
        <source>A relatively new popular VPN protocol with a simplified architecture.
WireGuard provides stable VPN connection and high performance on all devices. It uses hard-coded encryption settings. WireGuard compared to OpenVPN has lower latency and better data transfer throughput.
WireGuard is very susceptible to blocking due to its distinct packet signatures. Unlike some other VPN protocols that employ obfuscation techniques, the consistent signature patterns of WireGuard packets can be more easily identified and thus blocked by advanced Deep Packet Inspection (DPI) systems and other network monitoring tools.

* Available in the AmneziaVPN across all platforms
* Low power consumption
* Minimum number of settings
* Easily recognised by DPI analysis systems, susceptible to blocking
* Works over UDP network protocol.</source>
        <translation>一个相对较新的流行VPN协议，具有简化的架构。
WireGuard提供稳定的VPN连接，并在所有设备上具有高性能。它使用硬编码的加密设置。与OpenVPN相比，WireGuard具有较低的延迟和更好的数据传输吞吐量。
WireGuard非常容易被阻挡，因为其独特的数据包签名。与一些其他VPN协议不同，这些协议使用混淆技术，WireGuard数据包的一致签名模式更容易被高级深度数据包检测（DPI）系统和其他网络监控工具识别和阻挡。

    在AmneziaVPN上适用于所有平台
    低功耗
    最少的设置
    易于被DPI分析系统识别，容易被阻挡
    通过UDP网络协议运行。</translation>
    </message>
    <message>
        <source>Shadowsocks - masks VPN traffic, making it similar to normal web traffic, but is recognised by analysis systems in some highly censored regions.</source>
        <translation type="vanished">Shadowsocks - 混淆 VPN 流量，使其与正常的 Web 流量相似，但在一些审查力度高的地区可以被分析系统识别。</translation>
    </message>
    <message>
        <location filename="../containers/containers_defs.cpp" line="116"/>
        <source>OpenVPN over Cloak - OpenVPN with VPN masquerading as web traffic and protection against active-probing detection. Ideal for bypassing blocking in regions with the highest levels of censorship.</source>
        <translation>OpenVPN over Cloak - OpenVPN与VPN结合，伪装成Web流量，并保护免受主动探测的侦测。非常适合在具有最高审查水平的地区绕过封锁.</translation>
    </message>
    <message>
        <location filename="../containers/containers_defs.cpp" line="120"/>
        <source>WireGuard - New popular VPN protocol with high performance, high speed and low power consumption. Recommended for regions with low levels of censorship.</source>
        <translation>WireGuard - 新型流行的VPN协议，具有高性能、高速度和低功耗。建议用于审查力度较低的地区.</translation>
    </message>
    <message>
        <location filename="../containers/containers_defs.cpp" line="123"/>
        <source>AmneziaWG - Special protocol from Amnezia, based on WireGuard. It&apos;s fast like WireGuard, but very resistant to blockages. Recommended for regions with high levels of censorship.</source>
        <translation>AmneziaWG - Amnezia 的特殊协议，基于 WireGuard。它的速度像 WireGuard 一样快，但非常抗堵塞。推荐用于审查较严的地区。</translation>
    </message>
    <message>
        <source>IKEv2/IPsec -  Modern stable protocol, a bit faster than others, restores connection after signal loss.</source>
        <translation type="vanished">IKEv2/IPsec - 现代稳定协议，相比其他协议较快一些，在信号丢失后恢复连接。</translation>
    </message>
    <message>
        <location filename="../containers/containers_defs.cpp" line="133"/>
        <source>Deploy a WordPress site on the Tor network in two clicks.</source>
        <translation>只需点击两次即可架设 WordPress 网站到 Tor 网络.</translation>
    </message>
    <message>
        <location filename="../containers/containers_defs.cpp" line="135"/>
        <source>Replace the current DNS server with your own. This will increase your privacy level.</source>
        <translation>将当前的 DNS 服务器替换为您自己的。这将提高您的隐私保护级别。</translation>
    </message>
    <message>
        <source>Creates a file vault on your server to securely store and transfer files.</source>
        <translation type="vanished">在您的服务器上创建文件仓库，以便安全地存储和传输文件</translation>
    </message>
    <message>
        <location filename="../containers/containers_defs.cpp" line="146"/>
        <source>OpenVPN stands as one of the most popular and time-tested VPN protocols available.
It employs its unique security protocol, leveraging the strength of SSL/TLS for encryption and key exchange. Furthermore, OpenVPN&apos;s support for a multitude of authentication methods makes it versatile and adaptable, catering to a wide range of devices and operating systems. Due to its open-source nature, OpenVPN benefits from extensive scrutiny by the global community, which continually reinforces its security. With a strong balance of performance, security, and compatibility, OpenVPN remains a top choice for privacy-conscious individuals and businesses alike.

* Available in the AmneziaVPN across all platforms
* Normal power consumption on mobile devices
* Flexible customisation to suit user needs to work with different operating systems and devices
* Recognised by DPI analysis systems and therefore susceptible to blocking
* Can operate over both TCP and UDP network protocols.</source>
        <translation>OpenVPN 是最流行且经过时间考验的 VPN 协议之一。
它采用其独特的安全协议，利用 SSL/TLS 的优势进行加密和密钥交换。此外，OpenVPN 支持多种身份验证方法，使其具有多功能性和适应性，可适应各种设备和操作系统。由于其开源性质，OpenVPN 受益于全球社区的广泛审查，这不断增强了其安全性。凭借性能、安全性和兼容性的强大平衡，OpenVPN 仍然是注重隐私的个人和企业的首选。

* 可在所有平台的 AmneziaVPN 中使用
* 移动设备的正常功耗
* 灵活定制，满足用户使用不同操作系统和设备的需求
* 被DPI分析系统识别，因此容易被阻塞
* 可以通过 TCP 和 UDP 网络协议运行.</translation>
    </message>
    <message>
        <location filename="../containers/containers_defs.cpp" line="162"/>
        <source>Shadowsocks, inspired by the SOCKS5 protocol, safeguards the connection using the AEAD cipher. Although Shadowsocks is designed to be discreet and challenging to identify, it isn&apos;t identical to a standard HTTPS connection.However, certain traffic analysis systems might still detect a Shadowsocks connection. Due to limited support in Amnezia, it&apos;s recommended to use AmneziaWG protocol.

* Available in the AmneziaVPN only on desktop platforms
* Configurable encryption protocol
* Detectable by some DPI systems
* Works over TCP network protocol.</source>
        <translation>Shadowsocks 受到 SOCKS5 协议的启发，使用 AEAD 密码保护连接。尽管 Shadowsocks 设计得谨慎且难以识别，但它与标准 HTTPS 连接并不相同。但是，某些流量分析系统可能仍会检测到 Shadowsocks 连接。由于Amnezia支持有限，建议使用AmneziaWG协议。

* 仅在桌面平台上的 AmneziaVPN 中可用
* 可配置的加密协议
* 可以被某些 DPI 系统检测到
* 通过 TCP 网络协议工作。</translation>
    </message>
    <message>
        <source>This is a combination of the OpenVPN protocol and the Cloak plugin designed specifically for blocking protection.

OpenVPN provides a secure VPN connection by encrypting all Internet traffic between the client and the server.

Cloak protects OpenVPN from detection and blocking. 

Cloak can modify packet metadata so that it completely masks VPN traffic as normal web traffic, and also protects the VPN from detection by Active Probing. This makes it very resistant to being detected

Immediately after receiving the first data packet, Cloak authenticates the incoming connection. If authentication fails, the plugin masks the server as a fake website and your VPN becomes invisible to analysis systems.

If there is a extreme level of Internet censorship in your region, we advise you to use only OpenVPN over Cloak from the first connection

* Available in the AmneziaVPN across all platforms
* High power consumption on mobile devices
* Flexible settings
* Not recognised by DPI analysis systems
* Works over TCP network protocol, 443 port.
</source>
        <translation type="vanished">这是 OpenVPN 协议和专门用于阻止保护的 Cloak 插件的组合。

OpenVPN 通过加密客户端和服务器之间的所有 Internet 流量来提供安全的 VPN 连接。

Cloak 可保护 OpenVPN 免遭检测和阻止。

Cloak 可以修改数据包元数据，以便将 VPN 流量完全屏蔽为正常 Web 流量，并且还可以保护 VPN 免受主动探测的检测。这使得它非常难以被发现

收到第一个数据包后，Cloak 立即对传入连接进行身份验证。如果身份验证失败，该插件会将服务器伪装成虚假网站，并且您的 VPN 对分析系统来说将变得不可见。

如果您所在地区的互联网审查非常严格，我们建议您在第一次连接时仅使用 OpenVPN over Cloak

* 可在所有平台的 AmneziaVPN 中使用
* 移动设备功耗高
* 配置灵活
* 不被 DPI 分析系统识别
* 通过 TCP 网络协议、443 端口工作。</translation>
    </message>
    <message>
        <source>A relatively new popular VPN protocol with a simplified architecture.
Provides stable VPN connection, high performance on all devices. Uses hard-coded encryption settings. WireGuard compared to OpenVPN has lower latency and better data transfer throughput.
WireGuard is very susceptible to blocking due to its distinct packet signatures. Unlike some other VPN protocols that employ obfuscation techniques, the consistent signature patterns of WireGuard packets can be more easily identified and thus blocked by advanced Deep Packet Inspection (DPI) systems and other network monitoring tools.

* Available in the AmneziaVPN across all platforms
* Low power consumption
* Minimum number of settings
* Easily recognised by DPI analysis systems, susceptible to blocking
* Works over UDP network protocol.</source>
        <translation type="vanished">一种相对较新的流行 VPN 协议，具有简化的架构。
在所有设备上提供稳定的 VPN 连接和高性能。使用硬编码的加密设置。 WireGuard 与 OpenVPN 相比具有更低的延迟和更好的数据传输吞吐量。
由于其独特的数据包签名，WireGuard 非常容易受到阻塞。与其他一些采用混淆技术的 VPN 协议不同，WireGuard 数据包的一致签名模式可以更容易地被高级深度数据包检测 (DPI) 系统和其他网络监控工具识别并阻止。

* 可在所有平台的 AmneziaVPN 中使用
* 低功耗
* 配置简单
* 容易被DPI分析系统识别，容易被阻塞
* 通过 UDP 网络协议工作。</translation>
    </message>
    <message>
        <location filename="../containers/containers_defs.cpp" line="203"/>
        <source>A modern iteration of the popular VPN protocol, AmneziaWG builds upon the foundation set by WireGuard, retaining its simplified architecture and high-performance capabilities across devices.
While WireGuard is known for its efficiency, it had issues with being easily detected due to its distinct packet signatures. AmneziaWG solves this problem by using better obfuscation methods, making its traffic blend in with regular internet traffic.
This means that AmneziaWG keeps the fast performance of the original while adding an extra layer of stealth, making it a great choice for those wanting a fast and discreet VPN connection.

* Available in the AmneziaVPN across all platforms
* Low power consumption
* Minimum number of settings
* Not recognised by DPI analysis systems, resistant to blocking
* Works over UDP network protocol.</source>
        <translation>AmneziaWG 是流行 VPN 协议的现代迭代，它建立在 WireGuard 的基础上，保留了其简化的架构和跨设备的高性能功能。
虽然 WireGuard 以其高效而闻名，但由于其独特的数据包签名，它存在容易被检测到的问题。 AmneziaWG 通过使用更好的混淆方法解决了这个问题，使其流量与常规互联网流量融合在一起。
这意味着 AmneziaWG 保留了原始版本的快速性能，同时添加了额外的隐秘层，使其成为那些想要快速且谨慎的 VPN 连接的人的绝佳选择。

* 可在所有平台的 AmneziaVPN 中使用
* 低功耗
* 配置简单
* 不被DPI分析系统识别，抗阻塞
* 通过 UDP 网络协议工作。</translation>
    </message>
    <message>
        <location filename="../containers/containers_defs.cpp" line="230"/>
        <source>IKEv2, paired with the IPSec encryption layer, stands as a modern and stable VPN protocol.
One of its distinguishing features is its ability to swiftly switch between networks and devices, making it particularly adaptive in dynamic network environments. 
While it offers a blend of security, stability, and speed, it&apos;s essential to note that IKEv2 can be easily detected and is susceptible to blocking.

* Available in the AmneziaVPN only on Windows
* Low power consumption, on mobile devices
* Minimal configuration
* Recognised by DPI analysis systems
* Works over UDP network protocol, ports 500 and 4500.</source>
        <translation>IKEv2 与 IPSec 加密层配合使用，是一种现代且稳定的 VPN 协议。
其显着特征之一是能够在网络和设备之间快速切换，使其特别适应动态网络环境。
虽然 IKEv2 兼具安全性、稳定性和速度，但必须注意的是，IKEv2 很容易被检测到，并且容易受到阻止。

* 仅在 Windows 上的 AmneziaVPN 中可用
* 低功耗，在移动设备上
* 最低配置
* 获得DPI分析系统认可
* 通过 UDP 网络协议、端口 500 和 4500 工作。</translation>
    </message>
    <message>
        <source>OpenVPN container</source>
        <translation type="vanished">OpenVPN容器</translation>
    </message>
    <message>
        <source>Container with OpenVPN and ShadowSocks</source>
        <translation type="vanished">含 OpenVPN 和 ShadowSocks 的容器</translation>
    </message>
    <message>
        <source>Container with OpenVPN and ShadowSocks protocols configured with traffic masking by Cloak plugin</source>
        <translation type="vanished">含 OpenVPN 和 ShadowSocks 协议的容器，通过 Cloak 插件配置混淆流量</translation>
    </message>
    <message>
        <source>WireGuard container</source>
        <translation type="vanished">WireGuard 容器</translation>
    </message>
    <message>
        <source>IPsec container</source>
        <translation type="vanished">IPsec 容器</translation>
    </message>
    <message>
        <location filename="../containers/containers_defs.cpp" line="242"/>
        <source>DNS Service</source>
        <translation>DNS 服务</translation>
    </message>
    <message>
        <source>Sftp file sharing service - is secure FTP service</source>
        <translation type="vanished">Sftp 文件共享服务 - 安全的 FTP 服务</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/libsecret.cpp" line="119"/>
        <source>Entry not found</source>
        <translation>未找到记录</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_unix.cpp" line="255"/>
        <source>Access to keychain denied</source>
        <translation>访问钥匙串被拒绝</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_unix.cpp" line="257"/>
        <source>No keyring daemon</source>
        <translation>没有密钥环守护进程</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_unix.cpp" line="259"/>
        <source>Already unlocked</source>
        <translation>已经解锁</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_unix.cpp" line="261"/>
        <source>No such keyring</source>
        <translation>没有这样的密钥环</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_unix.cpp" line="263"/>
        <source>Bad arguments</source>
        <translation>错误参数</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_unix.cpp" line="265"/>
        <source>I/O error</source>
        <translation>I/O错误</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_unix.cpp" line="267"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_unix.cpp" line="269"/>
        <source>Keyring already exists</source>
        <translation>密匙环已经存在</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_unix.cpp" line="271"/>
        <source>No match</source>
        <translation>不匹配</translation>
    </message>
    <message>
        <location filename="../3rd/qtkeychain/qtkeychain/keychain_haiku.cpp" line="72"/>
        <source>error 0x%1: %2</source>
        <translation>错误 0x%1: %2</translation>
    </message>
    <message>
        <location filename="../core/serialization/vmess_new.cpp" line="57"/>
        <source>vmess:// url is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/serialization/vmess_new.cpp" line="82"/>
        <source>Invalid streamSettings protocol: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/serialization/vmess_new.cpp" line="148"/>
        <source>Unknown transport method: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/serialization/vmess.cpp" line="130"/>
        <source>VMess string should start with &apos;vmess://&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/serialization/vmess.cpp" line="137"/>
        <source>VMess string should be a valid base64 string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/serialization/vmess.cpp" line="154"/>
        <source>JSON should not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/serialization/vless.cpp" line="45"/>
        <source>VLESS link should start with vless://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/serialization/vless.cpp" line="53"/>
        <source>link parse failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/serialization/vless.cpp" line="61"/>
        <source>empty host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/serialization/vless.cpp" line="70"/>
        <source>missing port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/serialization/vless.cpp" line="85"/>
        <source>missing uuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/serialization/ssd.cpp" line="54"/>
        <source>Invalid ssd link: json: field %1 must exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/serialization/ssd.cpp" line="61"/>
        <source>Invalid ssd link: json: field %1 must be valid port number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/serialization/ssd.cpp" line="68"/>
        <source>Invalid ssd link: json: field %1 must be of type &apos;string&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/serialization/ssd.cpp" line="75"/>
        <source>Invalid ssd link: json: field %1 must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/serialization/ssd.cpp" line="82"/>
        <source>Skipping invalid ssd server: server must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/serialization/ssd.cpp" line="88"/>
        <source>Skipping invalid ssd server: missing required field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/serialization/ssd.cpp" line="95"/>
        <source>Skipping invalid ssd server: field %1 should be of type &apos;string&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/serialization/ssd.cpp" line="104"/>
        <source>Invalid ssd link: should begin with ssd://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/serialization/ssd.cpp" line="114"/>
        <source>Invalid ssd link: base64 parse failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/serialization/ssd.cpp" line="121"/>
        <source>Invalid ssd link: json parse failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/serialization/ssd.cpp" line="144"/>
        <source>Invalid ssd link: rc4-md5 encryption is not supported by v2ray-core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/serialization/ss.cpp" line="51"/>
        <source>SS URI is too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/serialization/ss.cpp" line="74"/>
        <location filename="../core/serialization/ss.cpp" line="109"/>
        <source>Can&apos;t find the colon separator between method and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/serialization/ss.cpp" line="83"/>
        <source>Can&apos;t find the at separator between password and hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/serialization/ss.cpp" line="92"/>
        <source>Can&apos;t find the colon separator between hostname and port</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectLanguageDrawer</name>
    <message>
        <location filename="../ui/qml/Components/SelectLanguageDrawer.qml" line="71"/>
        <source>Choose language</source>
        <translation>选择语言</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../settings.cpp" line="35"/>
        <source>Server #1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../settings.cpp" line="213"/>
        <location filename="../settings.cpp" line="220"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <location filename="../ui/controllers/settingsController.cpp" line="152"/>
        <source>Backup file is corrupted</source>
        <translation>备份文件已损坏</translation>
    </message>
    <message>
        <location filename="../ui/controllers/settingsController.cpp" line="174"/>
        <source>All settings have been reset to default values</source>
        <translation>所配置恢复为默认值</translation>
    </message>
    <message>
        <source>Cached profiles cleared</source>
        <translation type="vanished">缓存的配置文件已清除</translation>
    </message>
</context>
<context>
    <name>ShareConnectionDrawer</name>
    <message>
        <location filename="../ui/qml/Components/ShareConnectionDrawer.qml" line="28"/>
        <location filename="../ui/qml/Components/ShareConnectionDrawer.qml" line="35"/>
        <source>Save AmneziaVPN config</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <location filename="../ui/qml/Components/ShareConnectionDrawer.qml" line="86"/>
        <source>Share</source>
        <translation>共享</translation>
    </message>
    <message>
        <location filename="../ui/qml/Components/ShareConnectionDrawer.qml" line="122"/>
        <source>Copy</source>
        <translation>拷贝</translation>
    </message>
    <message>
        <location filename="../ui/qml/Components/ShareConnectionDrawer.qml" line="211"/>
        <location filename="../ui/qml/Components/ShareConnectionDrawer.qml" line="221"/>
        <source>Copied</source>
        <translation>已拷贝</translation>
    </message>
    <message>
        <location filename="../ui/qml/Components/ShareConnectionDrawer.qml" line="145"/>
        <source>Copy config string</source>
        <translation>复制配置字符串</translation>
    </message>
    <message>
        <location filename="../ui/qml/Components/ShareConnectionDrawer.qml" line="164"/>
        <source>Show connection settings</source>
        <translation>显示连接配置</translation>
    </message>
    <message>
        <source>Show content</source>
        <translation type="obsolete">展示内容</translation>
    </message>
    <message>
        <location filename="../ui/qml/Components/ShareConnectionDrawer.qml" line="353"/>
        <source>To read the QR code in the Amnezia app, select &quot;Add server&quot; → &quot;I have data to connect&quot; → &quot;QR code, key or settings file&quot;</source>
        <translation>要应用二维码到 Amnezia，请底部工具栏点击“+”→“连接方式”→“二维码、授权码或配置文件”</translation>
    </message>
</context>
<context>
    <name>SitesController</name>
    <message>
        <location filename="../ui/controllers/sitesController.cpp" line="24"/>
        <source>Hostname not look like ip adress or domain name</source>
        <translation>请输入有效的域名或IP地址</translation>
    </message>
    <message>
        <location filename="../ui/controllers/sitesController.cpp" line="67"/>
        <source>New site added: %1</source>
        <translation>已经添加新网站: %1</translation>
    </message>
    <message>
        <location filename="../ui/controllers/sitesController.cpp" line="80"/>
        <source>Site removed: %1</source>
        <translation>已移除网站: %1</translation>
    </message>
    <message>
        <location filename="../ui/controllers/sitesController.cpp" line="88"/>
        <source>Can&apos;t open file: %1</source>
        <translation>无法打开文件: %1</translation>
    </message>
    <message>
        <location filename="../ui/controllers/sitesController.cpp" line="95"/>
        <source>Failed to parse JSON data from file: %1</source>
        <translation>JSON解析失败，文件: %1</translation>
    </message>
    <message>
        <location filename="../ui/controllers/sitesController.cpp" line="100"/>
        <source>The JSON data is not an array in file: %1</source>
        <translation>文件中的JSON数据不是一个数组，文件: %1</translation>
    </message>
    <message>
        <location filename="../ui/controllers/sitesController.cpp" line="131"/>
        <source>Import completed</source>
        <translation>完成导入</translation>
    </message>
    <message>
        <location filename="../ui/controllers/sitesController.cpp" line="150"/>
        <source>Export completed</source>
        <translation>完成导出</translation>
    </message>
</context>
<context>
    <name>SystemTrayNotificationHandler</name>
    <message>
        <location filename="../ui/systemtray_notificationhandler.cpp" line="28"/>
        <location filename="../ui/systemtray_notificationhandler.cpp" line="60"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../ui/systemtray_notificationhandler.cpp" line="32"/>
        <location filename="../ui/systemtray_notificationhandler.cpp" line="61"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../ui/systemtray_notificationhandler.cpp" line="33"/>
        <location filename="../ui/systemtray_notificationhandler.cpp" line="62"/>
        <source>Disconnect</source>
        <translation>断开</translation>
    </message>
    <message>
        <location filename="../ui/systemtray_notificationhandler.cpp" line="37"/>
        <location filename="../ui/systemtray_notificationhandler.cpp" line="63"/>
        <source>Visit Website</source>
        <translation>官网</translation>
    </message>
    <message>
        <location filename="../ui/systemtray_notificationhandler.cpp" line="41"/>
        <location filename="../ui/systemtray_notificationhandler.cpp" line="64"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>TextFieldWithHeaderType</name>
    <message>
        <location filename="../ui/qml/Controls2/TextFieldWithHeaderType.qml" line="123"/>
        <source>The field can&apos;t be empty</source>
        <translation>输入不能为空</translation>
    </message>
</context>
<context>
    <name>VpnConnection</name>
    <message>
        <location filename="../vpnconnection.cpp" line="408"/>
        <source>Mbps</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>VpnProtocol</name>
    <message>
        <location filename="../protocols/vpnprotocol.cpp" line="133"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../protocols/vpnprotocol.cpp" line="134"/>
        <source>Disconnected</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <location filename="../protocols/vpnprotocol.cpp" line="135"/>
        <source>Preparing</source>
        <translation>准备中</translation>
    </message>
    <message>
        <location filename="../protocols/vpnprotocol.cpp" line="136"/>
        <source>Connecting...</source>
        <translation>连接中</translation>
    </message>
    <message>
        <location filename="../protocols/vpnprotocol.cpp" line="137"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../protocols/vpnprotocol.cpp" line="138"/>
        <source>Disconnecting...</source>
        <translation>断开中</translation>
    </message>
    <message>
        <location filename="../protocols/vpnprotocol.cpp" line="139"/>
        <source>Reconnecting...</source>
        <translation>重连中</translation>
    </message>
    <message>
        <location filename="../protocols/vpnprotocol.cpp" line="140"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>amnezia::ContainerProps</name>
    <message>
        <location filename="../containers/containers_defs.cpp" line="345"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../containers/containers_defs.cpp" line="346"/>
        <source>High</source>
        <translation>中或高</translation>
    </message>
    <message>
        <source>Extreme</source>
        <translation type="vanished">极度</translation>
    </message>
    <message>
        <location filename="../containers/containers_defs.cpp" line="355"/>
        <source>I just want to increase the level of my privacy.</source>
        <translation>只是想提高隐私保护级别。</translation>
    </message>
    <message>
        <location filename="../containers/containers_defs.cpp" line="356"/>
        <source>I want to bypass censorship. This option recommended in most cases.</source>
        <translation>想要绕过审查制度。大多数情况下推荐使用此选项。</translation>
    </message>
    <message>
        <source>Most VPN protocols are blocked. Recommended if other options are not working.</source>
        <translation type="vanished">大多数 VPN 协议都被阻止。如果其他选项不起作用，推荐此选项。</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="vanished">中</translation>
    </message>
    <message>
        <source>I just want to increase the level of privacy</source>
        <translation type="vanished">我只是想提高隐私保护级别</translation>
    </message>
    <message>
        <source>Many foreign websites and VPN providers are blocked</source>
        <translation type="vanished">大多国外网站和VPN提供商被屏蔽</translation>
    </message>
    <message>
        <source>Some foreign sites are blocked, but VPN providers are not blocked</source>
        <translation type="vanished">一些国外网站被屏蔽，但VPN提供商未被屏蔽</translation>
    </message>
</context>
<context>
    <name>main2</name>
    <message>
        <location filename="../ui/qml/main2.qml" line="162"/>
        <source>Private key passphrase</source>
        <translation>私钥密码</translation>
    </message>
    <message>
        <location filename="../ui/qml/main2.qml" line="185"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
</TS>
