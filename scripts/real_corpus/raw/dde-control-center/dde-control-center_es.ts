<?xml version="1.0" ?><!DOCTYPE TS><TS version="2.1" language="es">
<context>
    <name>AccountSettings</name>
    <message>
        <source>edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Add new user</source>
        <translation>Añadir nuevo usuario</translation>
    </message>
    <message>
        <source>Set fullname</source>
        <translation>Establecer nombre completo</translation>
    </message>
    <message>
        <source>Login settings</source>
        <translation>Configuración de inicio de sesión</translation>
    </message>
    <message>
        <source>Login without password</source>
        <translation>Iniciar sesión sin contraseña</translation>
    </message>
    <message>
        <source>Delete current account</source>
        <translation>Borrar cuenta actual</translation>
    </message>
    <message>
        <source>Group setting</source>
        <translation>Configuración de grupo</translation>
    </message>
    <message>
        <source>Account groups</source>
        <translation>Grupos de cuentas</translation>
    </message>
    <message>
        <source>done</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Añadir grupo</translation>
    </message>
    <message>
        <source>Auto login</source>
        <translation>Inicio de sesión automático</translation>
    </message>
    <message>
        <source>Account Information</source>
        <translation>Información de la cuenta</translation>
    </message>
    <message>
        <source>Account name, account fullname, account type</source>
        <translation>Nombre de la cuenta, nombre completo de la cuenta, tipo de cuenta</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nombre de la cuenta</translation>
    </message>
    <message>
        <source>Account fullname</source>
        <translation>Nombre completo de la cuenta</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Tipo de cuenta</translation>
    </message>
    <message>
        <source>The full name is too long</source>
        <translation>El nombre completo es muy largo</translation>
    </message>
    <message>
        <source>Group names should be no more than 32 characters</source>
        <translation>Los nombres de los grupos no deben tener más de 32 caracteres</translation>
    </message>
    <message>
        <source>Group names cannot only have numbers</source>
        <translation>Los nombres de grupo no pueden tener solo números</translation>
    </message>
    <message>
        <source>Use letters,numbers,underscores and dashes only, and must start with a letter</source>
        <translation>Use letras, números, guiones bajos y guiones solamente, y debe comenzar con una letra</translation>
    </message>
    <message>
        <source>The group name has been used</source>
        <translation>El nombre del grupo ya esta en uso</translation>
    </message>
    <message>
        <source>quick login, Auto login, login without password</source>
        <translation>Inicio de sesión automático, inicio de sesión sin contraseña</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Cortar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <source>Quick login</source>
        <translation>Inicio de sesión rápido</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Administrador de cuentas</translation>
    </message>
</context>
<context>
    <name>AccountsMain</name>
    <message>
        <source>Other accounts</source>
        <translation>Otras cuentas</translation>
    </message>
</context>
<context>
    <name>AddFaceinfoDialog</name>
    <message>
        <source>Enroll Face</source>
        <translation>Registrar cara</translation>
    </message>
    <message>
        <source>I have read and agree to the</source>
        <translation>He leído y acepto los términos y condiciones</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Aviso legal</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Face enrolled</source>
        <translation>Cara registrada</translation>
    </message>
    <message>
        <source>Failed to enroll your face</source>
        <translation>Fallo al registrar la cara</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Retry Enroll</source>
        <translation>Reintentar registro</translation>
    </message>
    <message>
        <source>Face recognition does not support liveness detection, and the verification method may carry risks.
To ensure successful entry:
1. Keep your facial features clearly visible and do not cover them (hats, sunglasses, masks, etc.).
2. Ensure sufficient lighting and avoid direct sunlight.</source>
        <translation>El reconocimiento facial no detecta la vitalidad de la persona, y este método de verificación puede conllevar riesgos.

Para garantizar el acceso:
1. Mantenga sus rasgos faciales claramente visibles y no los cubra (con sombreros, gafas de sol, mascarillas, etc.).

2. Asegúrese de tener suficiente iluminación y evite la luz solar directa.</translation>
    </message>
    <message>
        <source>&quot;Biometric authentication&quot; is a function for user identity authentication provided by UnionTech Software Technology Co., Ltd. Through &quot;biometric authentication&quot;, the biometric data collected will be compared with that stored in the device, and the user identity will be verified based on the comparison result.

Please be noted that UnionTech Software Technology Co., Ltd. will not collect or access your biometric information, which will be stored on your local device. Please only enable the biometric authentication in your personal device and use your own biometric information for related operations, and promptly disable or delete other people's biometric information on that device, otherwise you will bear the risk arising therefrom.

UnionTech Software Technology Co., Ltd. is committed to research and improve the security, accuracy and stability of biometric authentication. However, due to environmental, equipment, technical and other factors and risk control, there is no guarantee that you will pass the biometric authentication temporarily. Therefore, please do not take biometric authentication as the only way to log in to UOS. If you have any questions or suggestions when using the biometric authentication, you can give feedback through &quot;Service and Support&quot; in the UOS.</source>
        <translation>La autenticación biométrica es una función de verificación de identidad de usuario proporcionada por UnionTech Software Technology Co., Ltd. Mediante la autenticación biométrica, los datos biométricos recopilados se comparan con los almacenados en el dispositivo, y la identidad del usuario se verifica en función del resultado de la comparación.

Tenga en cuenta que UnionTech Software Technology Co., Ltd. no recopilará ni accederá a su información biométrica, la cual se almacenará en su dispositivo. Active la autenticación biométrica únicamente en su dispositivo personal y utilice su propia información biométrica para las operaciones relacionadas. Desactive o elimine de inmediato la información biométrica de otras personas en dicho dispositivo; de lo contrario, usted asumirá los riesgos derivados.

UnionTech Software Technology Co., Ltd. se compromete a investigar y mejorar la seguridad, precisión y estabilidad de la autenticación biométrica. Sin embargo, debido a factores ambientales, de equipo, técnicos y otros, así como al control de riesgos, no se garantiza que la autenticación biométrica sea exitosa de forma permanente. Por lo tanto, no utilice la autenticación biométrica como único método para iniciar sesión en UOS. Si tiene alguna pregunta o sugerencia al utilizar la autenticación biométrica, puede enviar sus comentarios a través de &quot;Servicio y soporte&quot; en el UOS.</translation>
    </message>
</context>
<context>
    <name>AddFingerDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>Enroll Finger</source>
        <translation>Registrar huella</translation>
    </message>
    <message>
        <source>Place the finger to be entered into the fingerprint sensor and move it from bottom to top. After completing the action, please lift your finger.</source>
        <translation>Coloque el dedo que desee en el sensor de huellas dactilares y muévalo de abajo a arriba. Tras completar la acción, levante el dedo.</translation>
    </message>
    <message>
        <source>I have read and agree to the</source>
        <translation>He leído y acepto los términos y condiciones</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Aviso legal</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Retry Enroll</source>
        <translation>Reintentar registro</translation>
    </message>
    <message>
        <source>&quot;Biometric authentication&quot; is a function for user identity authentication provided by UnionTech Software Technology Co., Ltd. Through &quot;biometric authentication&quot;, the biometric data collected will be compared with that stored in the device, and the user identity will be verified based on the comparison result.

Please be noted that UnionTech Software Technology Co., Ltd. will not collect or access your biometric information, which will be stored on your local device. Please only enable the biometric authentication in your personal device and use your own biometric information for related operations, and promptly disable or delete other people's biometric information on that device, otherwise you will bear the risk arising therefrom.

UnionTech Software Technology Co., Ltd. is committed to research and improve the security, accuracy and stability of biometric authentication. However, due to environmental, equipment, technical and other factors and risk control, there is no guarantee that you will pass the biometric authentication temporarily. Therefore, please do not take biometric authentication as the only way to log in to UOS. If you have any questions or suggestions when using the biometric authentication, you can give feedback through &quot;Service and Support&quot; in the UOS.</source>
        <translation>La autenticación biométrica es una función de autenticación de identidad de usuario proporcionada por UnionTech Software Technology Co., Ltd. Mediante la autenticación biométrica, los datos biométricos recopilados se compararán con los almacenados en el dispositivo y la identidad del usuario se verificará con base en el resultado de la comparación.

Tenga en cuenta que UnionTech Software Technology Co., Ltd. no recopilará ni accederá a su información biométrica, que se almacenará en su dispositivo local. Active la autenticación biométrica únicamente en su dispositivo personal y utilice su propia información biométrica para las operaciones relacionadas. Desactive o elimine de inmediato la información biométrica de otras personas en dicho dispositivo; de lo contrario, usted asumirá los riesgos derivados.

UnionTech Software Technology Co., Ltd. se compromete a investigar y mejorar la seguridad, precisión y estabilidad de la autenticación biométrica. Sin embargo, debido a factores ambientales, de equipo, técnicos y de otro tipo, y al control de riesgos, no se garantiza que supere temporalmente la autenticación biométrica. Por lo tanto, no considere la autenticación biométrica como la única forma de iniciar sesión en UOS. Si tiene alguna pregunta o sugerencia al utilizar la autenticación biométrica, puede enviar sus comentarios a través de &quot;Servicio y soporte&quot; en el UOS.</translation>
    </message>
</context>
<context>
    <name>AddIrisDialog</name>
    <message>
        <source>Enroll Iris</source>
        <translation>Registrar iris</translation>
    </message>
    <message>
        <source>I have read and agree to the</source>
        <translation>He leído y acepto los términos y condiciones</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Aviso legal</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Retry Enroll</source>
        <translation>Reintentar registro</translation>
    </message>
    <message>
        <source>Iris enrolled</source>
        <translation>Iris registrado</translation>
    </message>
    <message>
        <source>Failed to enroll your iris</source>
        <translation>No se ha podido regitrar el iris</translation>
    </message>
    <message>
        <source>&quot;Biometric authentication&quot; is a function for user identity authentication provided by UnionTech Software Technology Co., Ltd. Through &quot;biometric authentication&quot;, the biometric data collected will be compared with that stored in the device, and the user identity will be verified based on the comparison result.

Please be noted that UnionTech Software Technology Co., Ltd. will not collect or access your biometric information, which will be stored on your local device. Please only enable the biometric authentication in your personal device and use your own biometric information for related operations, and promptly disable or delete other people's biometric information on that device, otherwise you will bear the risk arising therefrom.

UnionTech Software Technology Co., Ltd. is committed to research and improve the security, accuracy and stability of biometric authentication. However, due to environmental, equipment, technical and other factors and risk control, there is no guarantee that you will pass the biometric authentication temporarily. Therefore, please do not take biometric authentication as the only way to log in to UOS. If you have any questions or suggestions when using the biometric authentication, you can give feedback through &quot;Service and Support&quot; in the UOS.</source>
        <translation>La autenticación biométrica es una función de verificación de identidad de usuario proporcionada por UnionTech Software Technology Co., Ltd. Mediante la autenticación biométrica, los datos biométricos recopilados se comparan con los almacenados en el dispositivo, y la identidad del usuario se verifica en función del resultado de la comparación.

Tenga en cuenta que UnionTech Software Technology Co., Ltd. no recopilará ni accederá a su información biométrica, la cual se almacenará en su dispositivo. Active la autenticación biométrica únicamente en su dispositivo personal y utilice su propia información biométrica para las operaciones relacionadas. Desactive o elimine de inmediato la información biométrica de otras personas en dicho dispositivo; de lo contrario, usted asumirá los riesgos derivados.

UnionTech Software Technology Co., Ltd. se compromete a investigar y mejorar la seguridad, precisión y estabilidad de la autenticación biométrica. Sin embargo, debido a factores ambientales, de equipo, técnicos y otros, así como al control de riesgos, no se garantiza que la autenticación biométrica sea exitosa de forma permanente. Por lo tanto, no utilice la autenticación biométrica como único método para iniciar sesión en UOS. Si tiene alguna pregunta o sugerencia al utilizar la autenticación biométrica, puede enviar sus comentarios a través de &quot;Servicio y soporte&quot; en el UOS.</translation>
    </message>
    <message>
        <source>Please keep an eye on the device and ensure that both eyes are within the collection area</source>
        <translation>Por favor, mantenga la vista fija en el dispositivo y asegúrese de que ambos ojos estén dentro del área de recolección.</translation>
    </message>
</context>
<context>
    <name>Authentication</name>
    <message>
        <source>Biometric Authentication</source>
        <translation>Autenticación biométrica</translation>
    </message>
</context>
<context>
    <name>AuthenticationMain</name>
    <message>
        <source>Biometric Authentication</source>
        <translation>Autenticación biométrica</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Cara</translation>
    </message>
    <message>
        <source>Up to 5 facial data can be entered</source>
        <translation>Se pueden ingresar hasta 5 registros faciales</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella dactilar</translation>
    </message>
    <message>
        <source>Identifying user identity through scanning fingerprints</source>
        <translation>Identificar al usuario escaneando la huella dactilar</translation>
    </message>
    <message>
        <source>Iris</source>
        <translation>Iris</translation>
    </message>
    <message>
        <source>Identity recognition through iris scanning</source>
        <translation>Identificar escaneando el iris</translation>
    </message>
    <message>
        <source>Use letters, numbers and underscores only, and no more than 15 characters</source>
        <translation>Use solo letras, números y guión bajo, y no más de 15 caracteres</translation>
    </message>
    <message>
        <source>Use letters, numbers and underscores only</source>
        <translation>Utilice solo letras, números y guion bajo</translation>
    </message>
    <message>
        <source>No more than 15 characters</source>
        <translation>No más de 15 caracteres</translation>
    </message>
    <message>
        <source>This name already exists</source>
        <translation>El nombre ya existe</translation>
    </message>
    <message>
        <source>Add a new %1 ...</source>
        <translation>Añadir %1 ...</translation>
    </message>
    <message>
        <source>The name cannot be empty</source>
        <translation>El nombre no puede estar vacío.</translation>
    </message>
</context>
<context>
    <name>AutoLoginWarningDialog</name>
    <message>
        <source>&quot;Auto Login&quot; can be enabled for only one account, please disable it for the account &quot;%1&quot; first</source>
        <translation>El &quot;Inicio de sesión automático&quot; se puede activar solo para una cuenta, desactívelo primero para la cuenta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Ok</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>AvatarSettingsDialog</name>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Human</source>
        <translation>Humano</translation>
    </message>
    <message>
        <source>Animal</source>
        <translation>Animal</translation>
    </message>
    <message>
        <source>Scenery</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Illustration</source>
        <translation>Ilustración</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Cartoon style</source>
        <translation>Estilo dibujo animado</translation>
    </message>
    <message>
        <source>Dimensional style</source>
        <translation>Estilo dimensional</translation>
    </message>
    <message>
        <source>Flat style</source>
        <translation>Estilo plano</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>BatteryPage</name>
    <message>
        <source>Screen and Suspend</source>
        <translation>Pantalla y suspender</translation>
    </message>
    <message>
        <source>Turn off the monitor after</source>
        <translation>Apagar el monitor después</translation>
    </message>
    <message>
        <source>Lock screen after</source>
        <translation>Bloquear pantalla después</translation>
    </message>
    <message>
        <source>Computer suspends after</source>
        <translation>Suspender el equipo después</translation>
    </message>
    <message>
        <source>When the lid is closed</source>
        <translation>Cuando la tapa está cerrada</translation>
    </message>
    <message>
        <source>When the power button is pressed</source>
        <translation>Cuando se presiona el botón de encendido</translation>
    </message>
    <message>
        <source>Low Battery</source>
        <translation>Batería baja</translation>
    </message>
    <message>
        <source>Low battery notification</source>
        <translation>Notificación de batería baja</translation>
    </message>
    <message>
        <source>Auto suspend</source>
        <translation>Suspensión automática</translation>
    </message>
    <message>
        <source>Auto Hibernate</source>
        <translation>Hibernación automática</translation>
    </message>
    <message>
        <source>Low battery threshold</source>
        <translation>Umbral de batería baja</translation>
    </message>
    <message>
        <source>Battery Management</source>
        <translation>Administración de la bateria</translation>
    </message>
    <message>
        <source>Display remaining using and charging time</source>
        <translation>Mostrar capacidad y tiempo de carga restante</translation>
    </message>
    <message>
        <source>Maximum capacity</source>
        <translation>Máxima capacidad</translation>
    </message>
    <message>
        <source>Low battery level</source>
        <translation>Nivel de batería bajo</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
</context>
<context>
    <name>BlueTooth</name>
    <message>
        <source>Bluetooth settings, devices</source>
        <translation>Ajustes de Bluetooth, dispositivos</translation>
    </message>
    <message>
        <source>Bluetooth</source>
        <translation>Bluetooth</translation>
    </message>
</context>
<context>
    <name>BlueToothAdaptersModel</name>
    <message>
        <source>Bluetooth is turned off, and the name is displayed as &quot;%1&quot;</source>
        <translation>El Bluetooth está desactivado y el nombre se muestra como &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Bluetooth is turned on, and the name is displayed as &quot;%1&quot;</source>
        <translation>El Bluetooth está desactivado y el nombre se muestra como &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>BlueToothDeviceListView</name>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Send Files</source>
        <translation>Enviar archivos</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Remove Device</source>
        <translation>Remover dispositivo</translation>
    </message>
    <message>
        <source>Select file</source>
        <translation>Seleccionar archivo</translation>
    </message>
</context>
<context>
    <name>BluetoothCtl</name>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Allow other Bluetooth devices to find this device</source>
        <translation>Permitir que otros dispositivos Bluetooth encuentren este equipo</translation>
    </message>
    <message>
        <source>To use the Bluetooth function, please turn off</source>
        <translation>Para usar la función Bluetooth, por favor apague</translation>
    </message>
    <message>
        <source>Airplane Mode</source>
        <translation>Modo avión</translation>
    </message>
    <message>
        <source>Bluetooth name cannot exceed 64 characters</source>
        <translation>El nombre de Bluetooth no puede exceder los 64 caracteres</translation>
    </message>
</context>
<context>
    <name>BluetoothDeviceModel</name>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
</context>
<context>
    <name>BootPage</name>
    <message>
        <source>Startup Settings</source>
        <translation>Configuración de inicio</translation>
    </message>
    <message>
        <source>You can click the menu to change the default startup items, or drag the image to the window to change the background image.</source>
        <translation>Puede hacer clic en el menú para cambiar los elementos de inicio predeterminados, o arrastrar la imagen a la ventana para cambiar la imagen de fondo.</translation>
    </message>
    <message>
        <source>grub start delay</source>
        <translation>Demora de inicio de GRUB</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>After turning on the theme, you can see the theme background when you turn on the computer</source>
        <translation>Después de activar el tema, podrá ver el fondo del tema cuando encienda el equipo</translation>
    </message>
    <message>
        <source>Boot menu verification</source>
        <translation>Verificación del menú de arranque</translation>
    </message>
    <message>
        <source>After opening, entering the menu editing requires a password.</source>
        <translation>Una vez abierto, para entrar en el menú de edición es necesario introducir la contraseña.</translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>Change boot menu verification password</source>
        <translation>Cambiar la contraseña de verificación del menú de arranque</translation>
    </message>
    <message>
        <source>Set the boot menu authentication password</source>
        <translation>Establecer la contraseña de autenticación del menú de arranque</translation>
    </message>
    <message>
        <source>User Name :</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>root</source>
        <translation>raíz</translation>
    </message>
    <message>
        <source>New Password :</source>
        <translation>Nueva contraseña:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requerido</translation>
    </message>
    <message>
        <source>Password cannot be empty</source>
        <translation>La contraseña no puede estar vacía</translation>
    </message>
    <message>
        <source>Passwords do not match</source>
        <translation>Las contraseñas no coinciden</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Repita la contraseña:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sure</source>
        <translation>Seguro</translation>
    </message>
    <message>
        <source>Start animation</source>
        <translation>Animación de inicio</translation>
    </message>
    <message>
        <source>Adjust the size of the logo animation on the system startup interface</source>
        <translation>Ajustar el tamaño de la animación del logotipo en el inicio del sistema</translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>Allow below apps to access your camera:</source>
        <translation>Permitir que las siguientes aplicaciones usen su cámara:</translation>
    </message>
</context>
<context>
    <name>CharaMangerModel</name>
    <message>
        <source>Fingerprint1</source>
        <translation>Huella dactilar 1</translation>
    </message>
    <message>
        <source>Fingerprint2</source>
        <translation>Huella dactilar 2</translation>
    </message>
    <message>
        <source>Fingerprint3</source>
        <translation>Huella dactilar 3</translation>
    </message>
    <message>
        <source>Fingerprint4</source>
        <translation>Huella dactilar 4</translation>
    </message>
    <message>
        <source>Fingerprint5</source>
        <translation>Huella dactilar 5</translation>
    </message>
    <message>
        <source>Fingerprint6</source>
        <translation>Huella dactilar 6</translation>
    </message>
    <message>
        <source>Fingerprint7</source>
        <translation>Huella dactilar 7</translation>
    </message>
    <message>
        <source>Fingerprint8</source>
        <translation>Huella dactilar 8</translation>
    </message>
    <message>
        <source>Fingerprint9</source>
        <translation>Huella dactilar 9</translation>
    </message>
    <message>
        <source>Fingerprint10</source>
        <translation>Huella dactilar 10</translation>
    </message>
    <message>
        <source>Scan failed</source>
        <translation>El escaneo falló</translation>
    </message>
    <message>
        <source>The fingerprint already exists</source>
        <translation>La huella dactilar ya existe</translation>
    </message>
    <message>
        <source>Please scan other fingers</source>
        <translation>Escanee otros dedos</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Error desconocido</translation>
    </message>
    <message>
        <source>Scan suspended</source>
        <translation>Escaneo suspendido</translation>
    </message>
    <message>
        <source>Cannot recognize</source>
        <translation>No puedo reconocer</translation>
    </message>
    <message>
        <source>Moved too fast</source>
        <translation>Lo moviste muy rápido</translation>
    </message>
    <message>
        <source>Finger moved too fast, please do not lift until prompted</source>
        <translation>El dedo se movió demasiado rápido. Por favor, no lo levante hasta que se le indique</translation>
    </message>
    <message>
        <source>Unclear fingerprint</source>
        <translation>La huella dactilar es ilegible</translation>
    </message>
    <message>
        <source>Clean your finger or adjust the finger position, and try again</source>
        <translation>Limpie su dedo o ajuste la posición del mismo, e intente de nuevo</translation>
    </message>
    <message>
        <source>Already scanned</source>
        <translation>Escaneo finalizado</translation>
    </message>
    <message>
        <source>Adjust the finger position to scan your fingerprint fully</source>
        <translation>Ajuste la posición del dedo para escanear su huella dactilar completamente</translation>
    </message>
    <message>
        <source>Finger moved too fast. Please do not lift until prompted</source>
        <translation>Movió el dedo muy rápido. Por favor, no lo levante hasta que se indique</translation>
    </message>
    <message>
        <source>Lift your finger and place it on the sensor again</source>
        <translation>Levante su dedo y colóquelo en el sensor nuevamente</translation>
    </message>
    <message>
        <source>Position your face inside the frame</source>
        <translation>Coloque su cara dentro del marco</translation>
    </message>
    <message>
        <source>Face enrolled</source>
        <translation>Cara registrada</translation>
    </message>
    <message>
        <source>Position a human face please</source>
        <translation>Coloque una cara humana por favor</translation>
    </message>
    <message>
        <source>Keep away from the camera</source>
        <translation>Aléjese de la cámara</translation>
    </message>
    <message>
        <source>Get closer to the camera</source>
        <translation>Acérquese a la cámara</translation>
    </message>
    <message>
        <source>Do not position multiple faces inside the frame</source>
        <translation>No coloque varias caras dentro del marco</translation>
    </message>
    <message>
        <source>Make sure the camera lens is clean</source>
        <translation>Asegúrese de que el objetivo de la cámara está limpio</translation>
    </message>
    <message>
        <source>Do not enroll in dark, bright or backlit environments</source>
        <translation>No se registre en ambientes oscuros, brillantes o a contraluz</translation>
    </message>
    <message>
        <source>Keep your face uncovered</source>
        <translation>Mantenga su cara descubierta</translation>
    </message>
    <message>
        <source>Scan timed out</source>
        <translation>Tiempo de escaneo agotado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Camera occupied!</source>
        <translation>¡Cámara ocupada!</translation>
    </message>
</context>
<context>
    <name>ColorAndIcons</name>
    <message>
        <source>Accent Color</source>
        <translation>Color del resaltado</translation>
    </message>
    <message>
        <source>Icon Settings</source>
        <translation>Ajustes de iconos</translation>
    </message>
    <message>
        <source>Icon Theme</source>
        <translation>Tema de iconos</translation>
    </message>
    <message>
        <source>Customize your theme icon</source>
        <translation>Personalizar el tema de iconos</translation>
    </message>
    <message>
        <source>Cursor Theme</source>
        <translation>Tema de cursor</translation>
    </message>
    <message>
        <source>Customize your theme cursor</source>
        <translation>Personalizar el tema del cursor</translation>
    </message>
</context>
<context>
    <name>ComfirmDeleteDialog</name>
    <message>
        <source>Are you sure you want to delete this account?</source>
        <translation>¿Está seguro de que desea borrar esta cuenta?</translation>
    </message>
    <message>
        <source>Delete account directory</source>
        <translation>Borrar carpeta de la cuenta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>ComfirmSafePage</name>
    <message>
        <source>Go to settings</source>
        <translation>Ir a la configuración</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Common</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Repeat delay</source>
        <translation>Intervalo de repetición</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Corto</translation>
    </message>
    <message>
        <source>Long</source>
        <translation>Largo</translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation>Tasa de repetición</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Lento</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Rápido</translation>
    </message>
    <message>
        <source>Numeric Keypad</source>
        <translation>Teclado numérico</translation>
    </message>
    <message>
        <source>test here</source>
        <translation>Pruebe aquí</translation>
    </message>
    <message>
        <source>Caps lock prompt</source>
        <translation>Indicador de bloqueo de mayúsculas</translation>
    </message>
    <message>
        <source>Double Click Speed</source>
        <translation>Velocidad de doble clic</translation>
    </message>
    <message>
        <source>Double Click Test</source>
        <translation>Doble clic para probar</translation>
    </message>
    <message>
        <source>Left Hand Mode</source>
        <translation>Modo mano izquierda</translation>
    </message>
    <message>
        <source>Enable Keyboard</source>
        <translation>Activar teclado</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Scrolling Speed</source>
        <translation>Velocidad de desplazamiento</translation>
    </message>
</context>
<context>
    <name>CommonInfoMain</name>
    <message>
        <source>Boot Menu</source>
        <translation>Menú de arranque</translation>
    </message>
    <message>
        <source>Manage your boot menu</source>
        <translation>Configurar el menú de arranque</translation>
    </message>
    <message>
        <source>Developer root permission management</source>
        <translation>Configuración de permisos root para desarrolladores</translation>
    </message>
    <message>
        <source>Developer Options</source>
        <translation>Opciones para desarrolladores</translation>
    </message>
    <message>
        <source>Developer debugging options</source>
        <translation>Opciones de depuración para desarrolladores</translation>
    </message>
</context>
<context>
    <name>CommonInfoWork</name>
    <message>
        <source>Large size</source>
        <translation>Tamaño grande</translation>
    </message>
    <message>
        <source>Small size</source>
        <translation>Tamaño pequeño</translation>
    </message>
    <message>
        <source>Failed to get root access</source>
        <translation>Error al obtener acceso root</translation>
    </message>
    <message>
        <source>Please sign in to your Union ID first</source>
        <translation>Primero inicie sesión en su ID de Unión</translation>
    </message>
    <message>
        <source>Cannot read your PC information</source>
        <translation>No se puede leer la información del equipo</translation>
    </message>
    <message>
        <source>No network connection</source>
        <translation>Sin conexión a red</translation>
    </message>
    <message>
        <source>Certificate loading failed, unable to get root access</source>
        <translation>La carga del certificado falló, no es posible obtener acceso root</translation>
    </message>
    <message>
        <source>Signature verification failed, unable to get root access</source>
        <translation>La verificación de la firma falló, no es posible obtener acceso root</translation>
    </message>
    <message>
        <source>Agree and Join User Experience Program</source>
        <translation>Aceptar y unirse al programa de experiencia de usuario</translation>
    </message>
    <message>
        <source>The Disclaimer of Developer Mode</source>
        <translation>Descargo de responsabilidad del modo desarrollador</translation>
    </message>
    <message>
        <source>Agree and Request Root Access</source>
        <translation>Aceptar y solicitar el acceso root</translation>
    </message>
    <message>
        <source>Start setting the new boot animation, please wait for a minute</source>
        <translation>Configurando la nueva animación de inicio, espere un minuto</translation>
    </message>
    <message>
        <source>Setting new boot animation finished</source>
        <translation>Configuración de la nueva animación de inicio finalizada</translation>
    </message>
    <message>
        <source>The settings will be applied after rebooting the system</source>
        <translation>La configuración se aplicará después de reiniciar el sistema.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Restart device to finish applying Solid System Read-Only Protection settings</source>
        <translation>Reinicie el dispositivo para aplicar la configuración de protección de solo lectura del sistema.</translation>
    </message>
</context>
<context>
    <name>ConfirmManager</name>
    <message>
        <source>Password must contain numbers and letters</source>
        <translation>La contraseña debe contener números y letras</translation>
    </message>
    <message>
        <source>Password must be between 8 and 64 characters</source>
        <translation>La contraseña debe tener entre 8 y 64 caracteres</translation>
    </message>
</context>
<context>
    <name>CreateAccountDialog</name>
    <message>
        <source>Create a new account</source>
        <translation>Crear cuenta nueva</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Tipo de cuenta</translation>
    </message>
    <message>
        <source>UserName</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requerido</translation>
    </message>
    <message>
        <source>FullName</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Crear cuenta</translation>
    </message>
    <message>
        <source>Username cannot exceed 32 characters</source>
        <translation>El nombre de usuario no puede exceder los 32 caracteres</translation>
    </message>
    <message>
        <source>Username can only contain letters, numbers, - and _</source>
        <translation>El nombre de usuario solo puede contener letras, números, - y _</translation>
    </message>
    <message>
        <source>Full name cannot exceed 32 characters</source>
        <translation>El nombre completo no puede exceder los 32 caracteres</translation>
    </message>
    <message>
        <source>Full name cannot contain colons</source>
        <translation>El nombre completo no puede contener dos puntos</translation>
    </message>
</context>
<context>
    <name>CustomAvatarCropper</name>
    <message>
        <source>small</source>
        <translation>Pequeño</translation>
    </message>
    <message>
        <source>big</source>
        <translation>grande</translation>
    </message>
</context>
<context>
    <name>CustomAvatarEmpatyArea</name>
    <message>
        <source>You haven&apos;t uploaded an avatar yet. Click or drag and drop to upload an image.</source>
        <translation>Aún no ha subido un avatar, puede hacer clic o arrastrar para cargar una imagen.</translation>
    </message>
    <message>
        <source>The uploaded file type is incorrect, please upload it again</source>
        <translation>El tipo de archivo subido es incorrecto, súbalo de nuevo</translation>
    </message>
</context>
<context>
    <name>DCC_NAMESPACE::SystemInfoModel</name>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
</context>
<context>
    <name>DCC_NAMESPACE::SystemInfoWork</name>
    <message>
        <source>https://www.deepin.org/en/agreement/privacy/</source>
        <translation>https://www.deepin.org/en/agreement/privacy/</translation>
    </message>
    <message>
        <source>https://www.uniontech.com/agreement/privacy-en</source>
        <translation>https://www.uniontech.com/agreement/privacy-en</translation>
    </message>
    <message>
        <source>https://www.uniontech.com/agreement/experience-en</source>
        <translation>https://www.uniontech.com/agreement/experience-en</translation>
    </message>
    <message>
        <source>&lt;p&gt;We are deeply aware of the importance of your personal information to you. So we have the Privacy Policy that covers how we collect, use, share, transfer, publicly disclose, and store your information.&lt;/p&gt;&lt;p&gt;You can &lt;a href=&quot;%1&quot;&gt;click here&lt;/a&gt; to view our latest privacy policy and/or view it online by visiting &lt;a href=&quot;%1&quot;&gt; %1&lt;/a&gt;. Please read carefully and fully understand our practices on customer privacy. If you have any questions, please contact us at: %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Somos plenamente conscientes de la importancia que tiene su información personal para usted. Por ello, contamos con una Política de Privacidad que describe cómo recopilamos, usamos, compartimos, transferimos, divulgamos públicamente y almacenamos su información.&lt;/p&gt; &lt;p&gt;Puede hacer &lt;a href=&quot;%1&quot;&gt;clic aquí &lt;/a&gt;para ver nuestra política de privacidad más reciente o consultarla en línea visitando&lt;a href=&quot;%1&quot;&gt; %1&lt;/a&gt;. Lea atentamente y comprenda completamente nuestras prácticas en materia de privacidad del cliente. Si tiene alguna pregunta, póngase en contacto con nosotros en: %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;span style=&quot;color:%2;&quot;&gt;Joining User Experience Program means that you grant and authorize us to collect and use the information of your device, system and applications. If you refuse our collection and use of the aforementioned information, do not join User Experience Program. For details, please refer to Deepin Privacy Policy (&lt;/span&gt;&lt;a href=&quot;%1&quot; style=&quot;text-decoration: none;&quot;&gt;%1&lt;/a&gt;&lt;span style=&quot;color:%2;&quot;&gt;).&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;span style=&quot;color:%2;&quot;&gt;Al unirte al Programa de Experiencia de Usuario, nos autoriza a recopilar y utilizar la información de su dispositivo, sistema y aplicaciones. Si rechaza la recopilación y el uso de dicha información, no se una al Programa de Experiencia de Usuario. Para más detalles, consulte la Política de Privacidad de Deepin. (&lt;/span&gt;&lt;a href=&quot;%1&quot; style=&quot;text-decoration: none;&quot;&gt;%1&lt;/a&gt;&lt;span style=&quot;color:%2;&quot;&gt;).&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;span style=&quot;color:%2;&quot;&gt;Joining User Experience Program means that you grant and authorize us to collect and use the information of your device, system and applications. If you refuse our collection and use of the aforementioned information, please do not join it. For the details of User Experience Program, please visit &lt;/span&gt;&lt;a href=&quot;%1&quot; style=&quot;text-decoration: none;&quot;&gt;%1&lt;/a&gt;&lt;span style=&quot;color:%2;&quot;&gt;.&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;span style=&quot;color:%2;&quot;&gt;Al unirte al Programa de Experiencia de Usuario, nos otorga y autoriza a recopilar y utilizar la información de su dispositivo, sistema y aplicaciones. Si rechaza la recopilación y el uso de dicha información, no se una. Para obtener más detalles sobre el Programa de Experiencia de Usuario, visita&lt;/span&gt;&lt;a href=&quot;%1&quot; style=&quot;text-decoration: none;&quot;&gt;%1&lt;/a&gt;&lt;span style=&quot;color:%2;&quot;&gt;.&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DateTimeSettingDialog</name>
    <message>
        <source>Date and time setting</source>
        <translation>Configuración de fecha y hora</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
</context>
<context>
    <name>Datetime</name>
    <message>
        <source>Time and date</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Time and date, time zone settings</source>
        <translation>Ajustes de fecha, hora y zona horaria</translation>
    </message>
</context>
<context>
    <name>DatetimeMain</name>
    <message>
        <source>Language and region</source>
        <translation>Idioma y región</translation>
    </message>
    <message>
        <source>System language, regional formats</source>
        <translation>Idioma del sistema, formato regional</translation>
    </message>
</context>
<context>
    <name>DatetimeModel</name>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>%1 hours earlier than local</source>
        <translation>%1 horas antes que la local</translation>
    </message>
    <message>
        <source>%1 hours later than local</source>
        <translation>%1 hora más tarde que la local</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>First day of week</source>
        <translation>Primer día de la semana</translation>
    </message>
    <message>
        <source>Short date</source>
        <translation>Fecha corta</translation>
    </message>
    <message>
        <source>Long date</source>
        <translation>Fecha larga </translation>
    </message>
    <message>
        <source>Short time</source>
        <translation>Hora corta</translation>
    </message>
    <message>
        <source>Long time</source>
        <translation>Hora larga </translation>
    </message>
    <message>
        <source>Currency symbol</source>
        <translation>Símbolo de moneda</translation>
    </message>
    <message>
        <source>Positive currency</source>
        <translation>Formato de moneda positivo</translation>
    </message>
    <message>
        <source>Negative currency</source>
        <translation>Formato de moneda negativo</translation>
    </message>
    <message>
        <source>Decimal symbol</source>
        <translation>Símbolo decimal</translation>
    </message>
    <message>
        <source>Digit grouping symbol</source>
        <translation>Símbolo de agrupación de dígitos</translation>
    </message>
    <message>
        <source>Digit grouping</source>
        <translation>Agrupación de dígitos</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Tamaño de la página</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
</context>
<context>
    <name>DatetimeWorker</name>
    <message>
        <source>Authentication is required to change NTP server</source>
        <translation>Se requiere autenticación para cambiar el servidor NTP</translation>
    </message>
    <message>
        <source>Authentication is required to set the system timezone</source>
        <translation>Se requiere autenticación para configurar la zona horaria del sistema.</translation>
    </message>
</context>
<context>
    <name>DccColorDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>DccWindow</name>
    <message>
        <source>Control Center provides the options for system settings.</source>
        <translation>Centro de control proporciona las opciones para la configuración del sistema.</translation>
    </message>
</context>
<context>
    <name>DeepinIDAccountSecurity</name>
    <message>
        <source>Bind WeChat</source>
        <translation>Vincular WeChat</translation>
    </message>
    <message>
        <source>By binding WeChat, you can securely and quickly log in to your %1 ID and local accounts.</source>
        <translation>Al vincular WeChat, puede iniciar sesión de forma segura y rápida en su ID %1 y en sus cuentas locales.</translation>
    </message>
    <message>
        <source>Unlinked</source>
        <translation>Desvinculado</translation>
    </message>
    <message>
        <source>Unbinding</source>
        <translation>Desvinculando</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>Are you sure you want to unbind WeChat?</source>
        <translation>¿Está seguro de que quiere desvincular WeChat?</translation>
    </message>
    <message>
        <source>After unbinding WeChat, you will not be able to use WeChat to scan the QR code to log in to %1 ID or local account.</source>
        <translation>Después de desvincular WeChat, no podrá utilizar WeChat para escanear el código QR para iniciar sesión en UOS ID o cuenta local.</translation>
    </message>
    <message>
        <source>Let me think it over</source>
        <translation>Dejame pensarlo.</translation>
    </message>
    <message>
        <source>Local Account Binding</source>
        <translation>Vinculación de cuenta local</translation>
    </message>
    <message>
        <source>After binding your local account, you can use the following functions:</source>
        <translation>Después de vincular su cuenta local, puede utilizar las siguientes funciones:</translation>
    </message>
    <message>
        <source>WeChat Scan Code Login System</source>
        <translation>Sistema de inicio de sesión con código de escaneo WeChat</translation>
    </message>
    <message>
        <source>Use WeChat, which is bound to your %1 ID, to scan code to log in to your local account.</source>
        <translation>Utilice WeChat, que está vinculado a su ID %1, para escanear el código para iniciar sesión en su cuenta local.</translation>
    </message>
    <message>
        <source>Reset password via %1 ID</source>
        <translation>Restablecer contraseña a través de %1 ID</translation>
    </message>
    <message>
        <source>Reset your local password via %1 ID in case you forget it.</source>
        <translation>Restablezca su contraseña local a través de %1 ID en caso de que la olvide.</translation>
    </message>
    <message>
        <source>To use the above features, please go to Control Center - Accounts and turn on the corresponding options.</source>
        <translation>Para utilizar las funciones anteriores, vaya al Centro de control - Cuentas y active las opciones correspondientes.</translation>
    </message>
</context>
<context>
    <name>DeepinIDInterface</name>
    <message>
        <source>deepin</source>
        <translation>Deepin</translation>
    </message>
    <message>
        <source>UOS</source>
        <translation>UOS</translation>
    </message>
</context>
<context>
    <name>DeepinIDLogin</name>
    <message>
        <source>Cloud Sync</source>
        <translation>Sincronización en la nube</translation>
    </message>
    <message>
        <source>Manage your %1 ID and sync your personal data across devices.
Sign in to %1 ID to get personalized features and services of Browser, App Store, and more.</source>
        <translation>Administre su Deepin ID y sincronice sus datos personales entre dispositivos.
Inicie sesión en Deepin ID para obtener funciones y servicios personalizados del navegador, tienda de aplicaciones, soporte y más.</translation>
    </message>
    <message>
        <source>Sign In to %1 ID</source>
        <translation>Iniciar sesión en %1 ID</translation>
    </message>
</context>
<context>
    <name>DeepinIDSyncService</name>
    <message>
        <source>Auto Sync</source>
        <translation>Sincronización automática</translation>
    </message>
    <message>
        <source>Securely store system settings and personal data in the cloud, and keep them in sync across devices</source>
        <translation>Almacene de forma segura la configuración del sistema y los datos personales en la nube, y manténgalos sincronizados en todos los dispositivos.</translation>
    </message>
    <message>
        <source>System Settings</source>
        <translation>Ajustes del sistema</translation>
    </message>
    <message>
        <source>Last sync time: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <source>Clear cloud data</source>
        <translation>Borrar datos de la nube</translation>
    </message>
    <message>
        <source>Are you sure you want to clear your system settings and personal data saved in the cloud?</source>
        <translation>¿Está seguro de que desea borrar la configuración del sistema y los datos personales guardados en la nube?</translation>
    </message>
    <message>
        <source>Once the data is cleared, it cannot be recovered!</source>
        <translation>Una vez que se borran los datos, ¡no se pueden recuperar!</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
</context>
<context>
    <name>DeepinIDUserInfo</name>
    <message>
        <source>Synchronization Service</source>
        <translation>Servicios de sincronización</translation>
    </message>
    <message>
        <source>Account and Security</source>
        <translation>Cuenta y seguridad</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Go to web settings</source>
        <translation>Ir a la configuración web</translation>
    </message>
    <message>
        <source>The nickname must be 1~32 characters long</source>
        <translation>El apodo debe tener entre 1~32 caracteres</translation>
    </message>
</context>
<context>
    <name>DeepinWorker</name>
    <message>
        <source>encrypt password failed</source>
        <translation>Error al cifrar la contraseña</translation>
    </message>
    <message>
        <source>Wrong password, %1 chances left</source>
        <translation>Contraseña incorrecta, quedan %1 posibilidades</translation>
    </message>
    <message>
        <source>The login error has reached the limit today. You can reset the password and try again.</source>
        <translation>Alcanzó el límite de fallos de inicio de sesión de hoy. Puede restablecer la contraseña e interntarlo de nuevo.</translation>
    </message>
    <message>
        <source>Operation Successful</source>
        <translation>Operación exitosa</translation>
    </message>
    <message>
        <source>The nickname can be modified only once a day</source>
        <translation>El apodo se puede modificar solo una vez al día.</translation>
    </message>
</context>
<context>
    <name>Deepinid</name>
    <message>
        <source>deepin ID</source>
        <translation>Deepin ID</translation>
    </message>
    <message>
        <source>UOS ID</source>
        <translation>UOS ID</translation>
    </message>
    <message>
        <source>Cloud services</source>
        <translation>Servicios en la nube</translation>
    </message>
</context>
<context>
    <name>DeepinidModel</name>
    <message>
        <source>Mainland China</source>
        <translation>China continental</translation>
    </message>
    <message>
        <source>Other regions</source>
        <translation>Otras regiones</translation>
    </message>
    <message>
        <source>The feature is not available at present, please activate your system first</source>
        <translation>La función no está disponible, primero active su sistema</translation>
    </message>
    <message>
        <source>Subject to your local laws and regulations, it is currently unavailable in your region.</source>
        <translation>Sujeto a leyes y regulaciones locales, actualmente no está disponible en su región.</translation>
    </message>
</context>
<context>
    <name>Defaultapp</name>
    <message>
        <source>Default App</source>
        <translation>Aplicación predeterminada</translation>
    </message>
    <message>
        <source>Set the default application for opening various types of files</source>
        <translation>Establecer la aplicación predeterminada para abrir varios tipos de archivos</translation>
    </message>
</context>
<context>
    <name>DefaultappMain</name>
    <message>
        <source>Webpage</source>
        <translation>Página web</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Música</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal </translation>
    </message>
</context>
<context>
    <name>DetailItem</name>
    <message>
        <source>Please choose the default program to open &apos;%1&apos;</source>
        <translation>Seleccione la aplicación predeterminada para abrir &apos;%1&apos;</translation>
    </message>
    <message>
        <source>add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Open Desktop file</source>
        <translation>Abrir un archivo del escritorio</translation>
    </message>
    <message>
        <source>Apps (*.desktop)</source>
        <translation>Aplicaciones (*.desktop)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>DevelopModePage</name>
    <message>
        <source>Root Access</source>
        <translation>Acceso de superusuario</translation>
    </message>
    <message>
        <source>Request Root Access</source>
        <translation>Solicitar acceso de superusuario</translation>
    </message>
    <message>
        <source>After entering the developer mode, you can obtain root permissions, but it may also damage the system integrity, so please use it with caution.</source>
        <translation>Después de ingresar al modo de desarrollador, puede obtener permisos de root, pero también puede dañar la integridad del sistema, así que úselo con precaución.</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Permitido</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Login UOS ID</source>
        <translation>Iniciar sesión con UOS ID</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Fuera de línea</translation>
    </message>
    <message>
        <source>Import Certificate</source>
        <translation>Importar certificado</translation>
    </message>
    <message>
        <source>Select file</source>
        <translation>Seleccionar archivo</translation>
    </message>
    <message>
        <source>Your UOS ID has been logged in, click to enter developer mode</source>
        <translation>Su ID de UOS ha iniciado sesión, haga clic para ingresar al modo de desarrollador</translation>
    </message>
    <message>
        <source>Please sign in to your UOS ID first and continue</source>
        <translation>Inicie sesión primero con su ID de UOS y continúe</translation>
    </message>
    <message>
        <source>1.Export PC Info</source>
        <translation>1.Exportar información del equipo</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>3.Import Certificate</source>
        <translation>3.Importar certificado</translation>
    </message>
    <message>
        <source>Development and debugging options</source>
        <translation>Opciones de depuración para desarrolladores</translation>
    </message>
    <message>
        <source>System logging level</source>
        <translation>Nivel de registro del sistema</translation>
    </message>
    <message>
        <source>Changing the options results in more detailed logging that may degrade system performance and/or take up more storage space.</source>
        <translation>Cambiar las opciones da como resultado un registro más detallado que puede degradar el rendimiento del sistema y/o ocupar más espacio de almacenamiento.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Apagado</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Depurar</translation>
    </message>
    <message>
        <source>Changing the option may take up to a minute to process, after receiving a successful setting prompt, please reboot the device to take effect.</source>
        <translation>El cambio de opción puede tardar hasta un minuto en procesarse. Después de recibir un mensaje de configuración exitosa, reinicie el dispositivo para que surta efecto.</translation>
    </message>
    <message>
        <source>To install and run unsigned apps, please go to &lt;a style=&apos;text-decoration: none;&apos; href=&apos;Security Center&apos;&gt; Security Center &lt;/a&gt; to change the settings.</source>
        <translation>Para instalar y ejecutar aplicaciones sin firmar, vaya al &lt;a style=&apos;text-decoration: none;&apos; href=&apos;Security Center&apos;&gt; Centro de seguridad &lt;/a&gt; para cambiar la configuración.</translation>
    </message>
    <message>
        <source>To install and run unsigned apps, please go to Security Center to change the settings.</source>
        <translation>Para instalar y ejecutar aplicaciones sin firmar, vaya al Centro de seguridad para cambiar la configuración.</translation>
    </message>
    <message>
        <source>You have entered developer mode</source>
        <translation>Ha entrado en el modo desarrollador.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>2.please go to %1 to Download offline certificate.</source>
        <translation>2. Por favor, diríjase a %1 para descargar el certificado sin conexión.</translation>
    </message>
    <message>
        <source>The feature is not available at present, please activate your system first.</source>
        <translation>Esta función no está disponible; actívela primero en el sistema.</translation>
    </message>
    <message>
        <source>Solid System Read-Only Protection</source>
        <translation>Protección de solo lectura del sistema</translation>
    </message>
    <message>
        <source>Disabling protection unlocks system directories，This action carries a high risk of system damage.</source>
        <translation>Deshabilitar la protección desbloquea los directorios del sistema. Esta acción conlleva un alto riesgo de daños al sistema.</translation>
    </message>
    <message>
        <source>Enable protection to lock system directories and ensure optimal stability.</source>
        <translation>Habilite la protección de bloqueo de los directorios del sistema para garantizar una estabilidad óptima.</translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <source>Bluetooth and Devices</source>
        <translation>Dispositivos y Bluetooth</translation>
    </message>
</context>
<context>
    <name>DisclaimerControl</name>
    <message>
        <source>Disclaimer</source>
        <translation>Aviso legal</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>Display</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Brightness,resolution,scaling</source>
        <translation>Brillo, resolución, escalado</translation>
    </message>
</context>
<context>
    <name>DisplayMain</name>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>125%</source>
        <translation>125%</translation>
    </message>
    <message>
        <source>150%</source>
        <translation>150%</translation>
    </message>
    <message>
        <source>175%</source>
        <translation>175%</translation>
    </message>
    <message>
        <source>200%</source>
        <translation>200%</translation>
    </message>
    <message>
        <source>225%</source>
        <translation>225%</translation>
    </message>
    <message>
        <source>250%</source>
        <translation>250%</translation>
    </message>
    <message>
        <source>275%</source>
        <translation>275%</translation>
    </message>
    <message>
        <source>300%</source>
        <translation>300%</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicada</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Extendida</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Por defecto</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Estirar</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Only on %1</source>
        <translation>Solo mostrada en %1</translation>
    </message>
    <message>
        <source>Multiple Displays Settings</source>
        <translation>Ajustes de pantalla múltiple</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identificar</translation>
    </message>
    <message>
        <source>Screen rearrangement will take effect in %1s after changes</source>
        <translation>La reorganización de la pantalla tendrá efecto en %1s después de los cambios</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Main Screen</source>
        <translation>Pantalla principal</translation>
    </message>
    <message>
        <source>Display And Layout</source>
        <translation>Visualización y diseño</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Brillo</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Resize Desktop</source>
        <translation>Cambiar el tamaño del escritorio</translation>
    </message>
    <message>
        <source>Refresh Rate</source>
        <translation>Tasa de refresco</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotación</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>90°</source>
        <translation>90°</translation>
    </message>
    <message>
        <source>180°</source>
        <translation>180°</translation>
    </message>
    <message>
        <source>270°</source>
        <translation>270°</translation>
    </message>
    <message>
        <source>The monitor only supports 100% display scaling</source>
        <translation>Este monitor solo soporta escalado del 100%</translation>
    </message>
    <message>
        <source>Eye Comfort</source>
        <translation>Descanso visual</translation>
    </message>
    <message>
        <source>Enable eye comfort</source>
        <translation>Activar descanso visual</translation>
    </message>
    <message>
        <source>Adjust screen display to warmer colors, reducing screen blue light</source>
        <translation>Configura la pantalla para mostrar colores más cálidos, reduciendo la luz azúl</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>Sunset to Sunrise</source>
        <translation>Del atardecer al amanecer</translation>
    </message>
    <message>
        <source>Custom Time</source>
        <translation>Horario personalizado</translation>
    </message>
    <message>
        <source>from</source>
        <translation>De</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Color Temperature</source>
        <translation>Temperatura del color</translation>
    </message>
    <message>
        <source>%1x%2 (Recommended)</source>
        <translation>%1x%2 (Recomendado)</translation>
    </message>
    <message>
        <source>%1x%2</source>
        <translation>%1x%2</translation>
    </message>
    <message>
        <source>%1Hz (Recommended)</source>
        <translation>%1Hz (Recomendado)</translation>
    </message>
    <message>
        <source>%1Hz</source>
        <translation>%1Hz</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <source>Auto Brightness</source>
        <translation>Brillo automático</translation>
    </message>
    <message>
        <source>Concat Screen</source>
        <translation>Unir pantallas</translation>
    </message>
    <message>
        <source>Drag the display layout first to form a rectangle. If a rectangular layout is not possible, set all displays to the same resolution first.</source>
        <translation>Arrastre para formar una disposición de pantallas rectángular. Si no es posible una disposición rectangular, configure todas las pantallas a la misma resolución.</translation>
    </message>
</context>
<context>
    <name>Dock</name>
    <message>
        <source>Desktop and taskbar</source>
        <translation>Escritorio y barra de tareas</translation>
    </message>
    <message>
        <source>Desktop organization, taskbar mode, plugin area settings</source>
        <translation>Organización del escritorio, modo de barra de tareas, ajustes del área de complementos</translation>
    </message>
</context>
<context>
    <name>DockMain</name>
    <message>
        <source>Dock</source>
        <translation>Muelle</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Classic Mode</source>
        <translation>Modo clásico</translation>
    </message>
    <message>
        <source>Centered Mode</source>
        <translation>Modo centrado</translation>
    </message>
    <message>
        <source>Dock size</source>
        <translation>Altura del muelle</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Pequeño</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Position on the screen</source>
        <translation>Posición en pantalla</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Arriba</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Abajo</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Keep shown</source>
        <translation>Mantener visible</translation>
    </message>
    <message>
        <source>Keep hidden</source>
        <translation>Mantener oculto</translation>
    </message>
    <message>
        <source>Smart hide</source>
        <translation>Ocultado inteligente</translation>
    </message>
    <message>
        <source>Multiple Displays</source>
        <translation>Múltiples pantallas</translation>
    </message>
    <message>
        <source>Set the position of the taskbar on the screen</source>
        <translation>Establecer posición de la barra de tareas en la pantalla</translation>
    </message>
    <message>
        <source>Only on main</source>
        <translation>Solo en principal</translation>
    </message>
    <message>
        <source>On screen where the cursor is</source>
        <translation>En la pantalla donde está el cursor</translation>
    </message>
    <message>
        <source>Plugin Area</source>
        <translation>Área de complementos</translation>
    </message>
    <message>
        <source>Select which icons appear in the Dock</source>
        <translation>Seleccione los iconos que aparecerán en el muelle</translation>
    </message>
    <message>
        <source>Lock the Dock</source>
        <translation>Bloquear el muelle</translation>
    </message>
    <message>
        <source>Combine application icons</source>
        <translation>Agrupar iconos de las aplicaciones</translation>
    </message>
</context>
<context>
    <name>FileAndFolder</name>
    <message>
        <source>Allow below apps to access these files and folders:</source>
        <translation>Permitir que las siguientes aplicaciones accedan a estos archivos y carpetas:</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Vídeos</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Música</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Carpeta</translation>
    </message>
</context>
<context>
    <name>FontSizePage</name>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Standard Font</source>
        <translation>Fuente estándar</translation>
    </message>
    <message>
        <source>Monospaced Font</source>
        <translation>Fuente monoespaciada</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Power Plans</source>
        <translation>Perfiles de energía</translation>
    </message>
    <message>
        <source>Power Saving Settings</source>
        <translation>Configuración de ahorro de energía</translation>
    </message>
    <message>
        <source>Auto power saving on low battery</source>
        <translation>Ahorro de energía automático cuando la batería está baja</translation>
    </message>
    <message>
        <source>Low battery threshold</source>
        <translation>Umbral de batería baja</translation>
    </message>
    <message>
        <source>Auto power saving on battery</source>
        <translation>Ahorro automático de energía en la batería</translation>
    </message>
    <message>
        <source>Wakeup Settings</source>
        <translation>Ajustes de reactivación</translation>
    </message>
    <message>
        <source>Password is required to wake up the computer</source>
        <translation>Se requiere contraseña para reactivar el equipo</translation>
    </message>
    <message>
        <source>Password is required to wake up the monitor</source>
        <translation>Se requiere contraseña para activar el monitor</translation>
    </message>
    <message>
        <source>Shutdown Settings</source>
        <translation>Configuración de apagado</translation>
    </message>
    <message>
        <source>Scheduled Shutdown</source>
        <translation>Apagado programado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Una vez</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Días laborables</translation>
    </message>
    <message>
        <source>Custom Time</source>
        <translation>Horario personalizado</translation>
    </message>
    <message>
        <source>Decrease screen brightness on power saver</source>
        <translation>Disminuir el brillo de la pantalla en el modo de ahorro de energía</translation>
    </message>
</context>
<context>
    <name>GestureModel</name>
    <message>
        <source>Three-finger up</source>
        <translation>Tres dedos hacia arriba</translation>
    </message>
    <message>
        <source>Three-finger down</source>
        <translation>Tres dedos hacia abajo</translation>
    </message>
    <message>
        <source>Three-finger left</source>
        <translation>Tres dedos a la izquierda</translation>
    </message>
    <message>
        <source>Three-finger right</source>
        <translation>Tres dedos a la derecha</translation>
    </message>
    <message>
        <source>Three-finger tap</source>
        <translation>Toque con tres dedos</translation>
    </message>
    <message>
        <source>Four-finger up</source>
        <translation>Cuatro dedos hacia arriba</translation>
    </message>
    <message>
        <source>Four-finger down</source>
        <translation>Cuatro dedos hacia abajo</translation>
    </message>
    <message>
        <source>Four-finger left</source>
        <translation>Cuatro dedos a la izquierda</translation>
    </message>
    <message>
        <source>Four-finger right</source>
        <translation>Cuatro dedos a la derecha</translation>
    </message>
    <message>
        <source>Four-finger tap</source>
        <translation>Toque con cuatro dedos</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>,</source>
        <translation>,</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
</context>
<context>
    <name>InterfaceEffectListview</name>
    <message>
        <source>Optimal Performance</source>
        <translation>Optimizar rendimiento</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Equilibrado</translation>
    </message>
    <message>
        <source>Best Visuals</source>
        <translation>Optimizar efectos visuales</translation>
    </message>
    <message>
        <source>Disable all interface and window effects for efficient system performance.</source>
        <translation>Desactiva todos los efectos de ventana para mejorar rendimiento del sistema.</translation>
    </message>
    <message>
        <source>Limit some window effects for excellent visuals while maintaining smooth system performance.</source>
        <translation>Limita algunos efectos de ventana manteniendo buenos efectos visuales y una experiencia fluida del sistema.</translation>
    </message>
    <message>
        <source>Enable all interface and window effects for the best visual experience.</source>
        <translation>Activa todos los efectos de ventana para tener la mejor experiencia visual.</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>Keyboard</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <source>General Settings, input method, shortcuts</source>
        <translation>Ajustes generales, método de entrada, atajos</translation>
    </message>
</context>
<context>
    <name>KeyboardMain</name>
    <message>
        <source>Common</source>
        <translation>General</translation>
    </message>
</context>
<context>
    <name>KeyboardWorker</name>
    <message>
        <source>The shortcut service is unavailable. Please try again.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Failed to save the shortcut. Please try again.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>LangAndFormat</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>done</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Other languages</source>
        <translation>Otros idiomas</translation>
    </message>
    <message>
        <source>add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Operating system and applications may provide you with local content based on your country and region</source>
        <translation>El sistema operativo y las aplicaciones pueden brindarle contenido local según su país y región.</translation>
    </message>
    <message>
        <source>Operating system and applications may set date and time formats based on regional formats</source>
        <translation>El sistema operativo y las aplicaciones pueden establecer formatos de fecha y hora según formatos regionales.</translation>
    </message>
    <message>
        <source>Regional format</source>
        <translation>Formato regional</translation>
    </message>
</context>
<context>
    <name>LangsChooserDialog</name>
    <message>
        <source>Add language</source>
        <translation>Añadir idioma</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>LoginMethod</name>
    <message>
        <source>Login method</source>
        <translation>Método de inicio de sesión</translation>
    </message>
    <message>
        <source>Password, wechat, biometric authentication, security key</source>
        <translation>Contraseña, WeChat, autenticación biométrica, clave de seguridad</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Modify password</source>
        <translation>Modificar contraseña</translation>
    </message>
    <message>
        <source>Validity days</source>
        <translation>Días vigentes</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
</context>
<context>
    <name>LogoModule</name>
    <message>
        <source>Copyright© 2011-%1 Deepin Community</source>
        <translation>Copyright© 2011-%1 Comunidad Deepin</translation>
    </message>
    <message>
        <source>Copyright© 2019-%1 UnionTech Software Technology Co., LTD</source>
        <translation>Copyright© 2019-%1 UnionTech Software Technology Co., LTD</translation>
    </message>
</context>
<context>
    <name>MicrophonePage</name>
    <message>
        <source>Automatic Noise Suppression</source>
        <translation>Supresión automática de ruido</translation>
    </message>
    <message>
        <source>Input Volume</source>
        <translation>Volumen de entrada</translation>
    </message>
    <message>
        <source>Input Level</source>
        <translation>Nivel de entrada</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>No input device for sound found</source>
        <translation>No se encontró ningún dispositivo de entrada de sonido</translation>
    </message>
    <message>
        <source>Input Device</source>
        <translation>Dispositivo de entrada</translation>
    </message>
</context>
<context>
    <name>Mouse</name>
    <message>
        <source>Mouse and Touchpad</source>
        <translation>Ratón y Panel táctil</translation>
    </message>
    <message>
        <source>Common、Mouse、Touchpad</source>
        <translation>Ajustes generales, ratón, panel táctil</translation>
    </message>
</context>
<context>
    <name>MouseDBusProxy</name>
    <message>
        <source>Maximize window</source>
        <translation>Maximizar ventana </translation>
    </message>
    <message>
        <source>Restore window</source>
        <translation>Restaurar ventana</translation>
    </message>
    <message>
        <source>Show desktop</source>
        <translation>Mostrar escritorio</translation>
    </message>
    <message>
        <source>Lock screen</source>
        <translation>Bloquear pantalla</translation>
    </message>
    <message>
        <source>Multitasking view</source>
        <translation>Vista multitarea</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Switch to previous workspace</source>
        <translation>Cambiar al espacio de trabajo anterior</translation>
    </message>
    <message>
        <source>Switch to next workspace</source>
        <translation>Volver al espacio de trabajo siguiente</translation>
    </message>
    <message>
        <source>Hide multitasking view</source>
        <translation>Ocultar la vista multitarea</translation>
    </message>
    <message>
        <source>Toggle multitasking view</source>
        <translation>Alternar vista multitarea</translation>
    </message>
</context>
<context>
    <name>MouseMain</name>
    <message>
        <source>Common</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>Ratón</translation>
    </message>
    <message>
        <source>Touchpad</source>
        <translation>Panel táctil</translation>
    </message>
</context>
<context>
    <name>MousePage</name>
    <message>
        <source>Mouse</source>
        <translation>Ratón</translation>
    </message>
    <message>
        <source>Pointer Speed</source>
        <translation>Velocidad del puntero</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Lento</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Rápido</translation>
    </message>
    <message>
        <source>Pointer Size</source>
        <translation>Tamaño del puntero</translation>
    </message>
    <message>
        <source>Mouse Acceleration</source>
        <translation>Acceleración del ratón</translation>
    </message>
    <message>
        <source>Disable touchpad when a mouse is connected</source>
        <translation>Desactivar el panel táctil cuando el ratón está conectado</translation>
    </message>
    <message>
        <source>Natural Scrolling</source>
        <translation>Desplazamiento natural</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Pequeño</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mediano</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Some apps require logout or system restart to take effect</source>
        <translation>Algunas aplicaciones requieren cerrar sesión o reiniciar el sistema para que surja efecto.</translation>
    </message>
</context>
<context>
    <name>MyDevice</name>
    <message>
        <source>My Devices</source>
        <translation>Mis dispositivos</translation>
    </message>
</context>
<context>
    <name>NativeInfoPage</name>
    <message>
        <source>UOS</source>
        <translation>UOS</translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation>Nombre del equipo</translation>
    </message>
    <message>
        <source>It cannot start or end with dashes</source>
        <translation>No puede empezar ni terminar con guiones</translation>
    </message>
    <message>
        <source>OS Name</source>
        <translation>Nombre del SO</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edición</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>bit</source>
        <translation>bit</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorización</translation>
    </message>
    <message>
        <source>System installation time</source>
        <translation>Fecha de instalación del sistema</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Graphics Platform</source>
        <translation>Gráfica</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Procesador</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>1~63 characters please</source>
        <translation>De 1 a 63 caracteres, por favor</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>DND mode, app notifications</source>
        <translation>Modo no molestar, notificaciones de aplicaciones</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notificaciones</translation>
    </message>
</context>
<context>
    <name>NotificationMain</name>
    <message>
        <source>Do Not Disturb Settings</source>
        <translation>Ajustes de no molestar</translation>
    </message>
    <message>
        <source>App notifications will not be shown on desktop and the sounds will be silenced, but you can view all messages in the notification center.</source>
        <translation>Las notificaciones de las aplicaciones no se mostrarán en el escritorio y los sonidos estarán silenciados, pero podrás ver todos los mensajes en el centro de notificaciones.</translation>
    </message>
    <message>
        <source>Enable Do Not Disturb</source>
        <translation>Activar no molestar</translation>
    </message>
    <message>
        <source>When the screen is locked</source>
        <translation>Cuando la pantalla está bloqueada</translation>
    </message>
    <message>
        <source>Number of notifications shown on the desktop</source>
        <translation>Número de notificaciones mostradas en el escritorio</translation>
    </message>
    <message>
        <source>App Notifications</source>
        <translation>Notificaciones de las aplicaciones</translation>
    </message>
    <message>
        <source>Allow Notifications</source>
        <translation>Permitir notificaciones</translation>
    </message>
    <message>
        <source>Display notification on desktop or show unread messages in the notification center</source>
        <translation>Las notificaciones se mostrarán en el escritorio o en mensajes sin leer en el centro de notificaciones</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <source>Lock Screen</source>
        <translation>Bloquear pantalla</translation>
    </message>
    <message>
        <source>Notification Center</source>
        <translation>Centro de notificaciones</translation>
    </message>
    <message>
        <source>Show message preview</source>
        <translation>Mostrar vista previa del mensaje</translation>
    </message>
    <message>
        <source>Play a sound</source>
        <translation>Reproducir un sonido</translation>
    </message>
</context>
<context>
    <name>OtherDevice</name>
    <message>
        <source>Other Devices</source>
        <translation>Otros dispositivos</translation>
    </message>
    <message>
        <source>Show Bluetooth devices without names</source>
        <translation>Mostrar dispositivos Bluetooth sin nombre</translation>
    </message>
</context>
<context>
    <name>PasswordLayout</name>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requerido</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Repeat Password</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>Password hint</source>
        <translation>Pista de contraseña</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Password cannot be empty</source>
        <translation>La contraseña no puede estar vacía</translation>
    </message>
    <message>
        <source>Passwords do not match</source>
        <translation>Las contraseñas no coinciden</translation>
    </message>
    <message>
        <source>The hint is visible to all users. Do not include the password here.</source>
        <translation>La pista es visible para todos. No incluya la contraseña.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>New password should differ from the current one</source>
        <translation>La nueva contraseña debe ser diferente a la actual</translation>
    </message>
    <message>
        <source>The password cannot be the same as the username.</source>
        <translation>La contraseña no puede ser igual al nombre de usuario.</translation>
    </message>
</context>
<context>
    <name>PasswordModifyDialog</name>
    <message>
        <source>Modify password</source>
        <translation>Modificar contraseña</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>Password length should be at least 8 characters, and the password should contain a combination of at least 3 of the following: uppercase letters, lowercase letters, numbers, and symbols. This type of password is more secure.</source>
        <translation>La contraseña debe tener al menos 8 caracteres y contener al menos 3 de los siguientes elementos: mayúsculas, minúsculas, números y símbolos. Este tipo de contraseña es más segura.</translation>
    </message>
    <message>
        <source>Resetting the password will clear the data stored in the keyring.</source>
        <translation>Restablecer la contraseña borrará los datos almacenados en el llavero.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Personalization</name>
    <message>
        <source>Personalization</source>
        <translation>Personalización</translation>
    </message>
</context>
<context>
    <name>PersonalizationInterface</name>
    <message>
        <source>Picker service is not available</source>
        <translation>El servicio de selección no está disponible.</translation>
    </message>
    <message>
        <source>Invalid color format: %1</source>
        <translation>Formato de color no válido: %1</translation>
    </message>
</context>
<context>
    <name>PersonalizationMain</name>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Window effect</source>
        <translation>Efectos de ventana</translation>
    </message>
    <message>
        <source>Personalize your wallpaper and screensaver</source>
        <translation>Personalice el fondo de pantalla y salvapantallas</translation>
    </message>
    <message>
        <source>Screensaver</source>
        <translation>Salvapantallas</translation>
    </message>
    <message>
        <source>Colors and icons</source>
        <translation>Colores e iconos</translation>
    </message>
    <message>
        <source>Adjust accent color and theme icons</source>
        <translation>Ajustar el color de acento y los iconos del tema</translation>
    </message>
    <message>
        <source>Font and font size</source>
        <translation>Fuente y tamaño de fuente</translation>
    </message>
    <message>
        <source>Change system font and size</source>
        <translation>Cambie la fuente y el tamaño de fuente del sistema</translation>
    </message>
    <message>
        <source>Wallpaper</source>
        <translation>Fondo de pantalla</translation>
    </message>
    <message>
        <source>Select light, dark or automatic theme appearance</source>
        <translation>Seleccione tema claro, oscuro o automático</translation>
    </message>
    <message>
        <source>Interface and effects, rounded corners</source>
        <translation>Ajuste efectos y esquinas de ventana</translation>
    </message>
</context>
<context>
    <name>PersonalizationWorker</name>
    <message>
        <source>Custom</source>
        <translation>Personalizar</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
</context>
<context>
    <name>PluginArea</name>
    <message>
        <source>Plugin Area</source>
        <translation>Área de complementos</translation>
    </message>
    <message>
        <source>Select which icons appear in the Dock</source>
        <translation>Seleccione los iconos que aparecerán en el muelle</translation>
    </message>
</context>
<context>
    <name>Power</name>
    <message>
        <source>Power saving settings, screen and suspend</source>
        <translation>Ajustes de energía, pantalla y suspención</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Energía</translation>
    </message>
</context>
<context>
    <name>PowerMain</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Power plans, power saving settings, wakeup settings, shutdown settings</source>
        <translation>Planes de energía y ajustes de energía, encendido y apagado</translation>
    </message>
    <message>
        <source>Plugged In</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Screen and suspend</source>
        <translation>Pantalla y suspención</translation>
    </message>
    <message>
        <source>On Battery</source>
        <translation>Con batería</translation>
    </message>
    <message>
        <source>screen and suspend, low battery, battery management</source>
        <translation>Pantalla, suspensión, batería baja y ajustes de la batería</translation>
    </message>
</context>
<context>
    <name>PowerOperatorModel</name>
    <message>
        <source>Shut down</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspender</translation>
    </message>
    <message>
        <source>Hibernate</source>
        <translation>Hibernar</translation>
    </message>
    <message>
        <source>Turn off the monitor</source>
        <translation>Apagar el monitor</translation>
    </message>
    <message>
        <source>Show the shutdown Interface</source>
        <translation>Mostrar interfaz de apagado</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>No hacer nada</translation>
    </message>
</context>
<context>
    <name>PowerPage</name>
    <message>
        <source>Screen and Suspend</source>
        <translation>Pantalla y suspender</translation>
    </message>
    <message>
        <source>Turn off the monitor after</source>
        <translation>Apagar el monitor después</translation>
    </message>
    <message>
        <source>Lock screen after</source>
        <translation>Bloquear pantalla después</translation>
    </message>
    <message>
        <source>Computer suspends after</source>
        <translation>Suspender el equipo después</translation>
    </message>
    <message>
        <source>When the lid is closed</source>
        <translation>Cuando la tapa está cerrada</translation>
    </message>
    <message>
        <source>When the power button is pressed</source>
        <translation>Cuando se presiona el botón de encendido</translation>
    </message>
</context>
<context>
    <name>PowerPlansListview</name>
    <message>
        <source>High Performance</source>
        <translation>Alto rendimiento</translation>
    </message>
    <message>
        <source>Balance Performance</source>
        <translation>Rendimiento equilibrado</translation>
    </message>
    <message>
        <source>Aggressively adjust CPU operating frequency based on CPU load condition</source>
        <translation>Ajuste agresivo de la frecuencia de funcionamiento de la CPU según la condición de carga de la CPU</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Equilibrado</translation>
    </message>
    <message>
        <source>Power Saver</source>
        <translation>Ahorro de energía</translation>
    </message>
    <message>
        <source>Prioritize performance, which will significantly increase power consumption and heat generation</source>
        <translation>Priorizar el rendimiento, lo que aumentará significativamente el consumo de energía y la generación de calor.</translation>
    </message>
    <message>
        <source>Balancing performance and battery life, automatically adjusted according to usage</source>
        <translation>Equilibrio entre rendimiento y duración de la batería, ajustado automáticamente según el uso</translation>
    </message>
    <message>
        <source>Prioritize battery life, which the system will sacrifice some performance to reduce power consumption</source>
        <translation>Priorizar la duración de la batería, con lo cual el sistema sacrificará algo de rendimiento para reducir el consumo de energía.</translation>
    </message>
</context>
<context>
    <name>PowerWorker</name>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Privacy and Security</source>
        <translation>Privacidad y seguridad</translation>
    </message>
    <message>
        <source>Camera, folder permissions</source>
        <translation>Cámara, permisos de carpetas</translation>
    </message>
</context>
<context>
    <name>PrivacyMain</name>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Choose whether the application has access to the camera</source>
        <translation>Selecione cuáles aplicaciones pueden acceder a la cámara</translation>
    </message>
    <message>
        <source>Files and Folders</source>
        <translation>Archivos y carpetas</translation>
    </message>
    <message>
        <source>Choose whether the application has access to files and folders</source>
        <translation>Selecione cuáles aplicaciones pueden acceder a sus archivos y carpetas</translation>
    </message>
</context>
<context>
    <name>PrivacyPolicyPage</name>
    <message>
        <source>Privacy Policy</source>
        <translation>Política de privacidad</translation>
    </message>
    <message>
        <source>Copy Link Address</source>
        <translation>Copiar dirección del enlace</translation>
    </message>
</context>
<context>
    <name>PwqualityManager</name>
    <message>
        <source>Password cannot be empty</source>
        <translation>La contraseña no puede estar vacía</translation>
    </message>
    <message>
        <source>Password must have at least %1 characters</source>
        <translation>La contraseña debe tener al menos %1 caracteres</translation>
    </message>
    <message>
        <source>Password must be no more than %1 characters</source>
        <translation>La contraseña no debe tener más de %1 caracteres</translation>
    </message>
    <message>
        <source>Password can only contain English letters (case-sensitive), numbers or special symbols (~`!@#$%^&amp;*()-_+=|\{}[]:&quot;&apos;&lt;&gt;,.?/)</source>
        <translation>La contraseña debe contener letras latinas (sensible a mayúsculas), números o símbolos (~`!@#$%^&amp;*()-_+=|\{}[]:&quot;&apos;&lt;&gt;,.?/)</translation>
    </message>
    <message>
        <source>No more than %1 palindrome characters please</source>
        <translation>No más de %1 caracteres palíndromos</translation>
    </message>
    <message>
        <source>No more than %1 monotonic characters please</source>
        <translation>No más de %1 caracteres monótonos por favor</translation>
    </message>
    <message>
        <source>No more than %1 repeating characters please</source>
        <translation>No más de %1 caracteres repetidos, por favor</translation>
    </message>
    <message>
        <source>Password must contain uppercase letters, lowercase letters, numbers and symbols (~`!@#$%^&amp;*()-_+=|\{}[]:&quot;&apos;&lt;&gt;,.?/)</source>
        <translation>La contraseña debe contener letras mayúsculas, minúsculas, números y símbolos (~`!@#$%^&amp;*()-_+=|\{}[]:&quot;&apos;&lt;&gt;,.?/)</translation>
    </message>
    <message>
        <source>Password must not contain more than 4 palindrome characters</source>
        <translation>La contraseña no debe contener más de 4 caracteres palíndromos</translation>
    </message>
    <message>
        <source>Do not use common words and combinations as password</source>
        <translation>No use palabras o combinaciones comunes como contraseña</translation>
    </message>
    <message>
        <source>Create a strong password please</source>
        <translation>Por favor, cree una contraseña fuerte</translation>
    </message>
    <message>
        <source>It does not meet password rules</source>
        <translation>No cumple con las reglas de contraseñas</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Control Center</source>
        <translation>Centro de control</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>To be activated</source>
        <translation>Activación pendiente</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>In trial period</source>
        <translation>En período de prueba</translation>
    </message>
    <message>
        <source>Trial expired</source>
        <translation>Período de prueba finalizado</translation>
    </message>
    <message>
        <source>dde-control-center</source>
        <translation>centro-de-control-dde</translation>
    </message>
    <message>
        <source>Touch Screen Settings</source>
        <translation>Ajustes de pantalla táctil</translation>
    </message>
    <message>
        <source>The settings of touch screen changed</source>
        <translation>La configuración de la pantalla táctil cambió</translation>
    </message>
    <message>
        <source>This system wallpaper is locked. Please contact your admin.</source>
        <translation>Este fondo de pantalla del sistema está bloqueado. Póngase en contacto con su administrador.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>Language and region name, e.g. Chinese (China)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>RegionFormatDialog</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Default formats</source>
        <translation>Formato predeterminado</translation>
    </message>
    <message>
        <source>First day of week</source>
        <translation>Primer día de la semana</translation>
    </message>
    <message>
        <source>Short date</source>
        <translation>Fecha corta</translation>
    </message>
    <message>
        <source>Long date</source>
        <translation>Fecha larga </translation>
    </message>
    <message>
        <source>Short time</source>
        <translation>Hora corta</translation>
    </message>
    <message>
        <source>Long time</source>
        <translation>Hora larga </translation>
    </message>
    <message>
        <source>Currency symbol</source>
        <translation>Símbolo de moneda</translation>
    </message>
    <message>
        <source>Digit</source>
        <translation>Dígito</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño de la página</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Regional format</source>
        <translation>Formato regional</translation>
    </message>
</context>
<context>
    <name>RegionsChooserWindow</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Set a Password</source>
        <translation>Establecer una contraseña</translation>
    </message>
    <message>
        <source>8-64 characters</source>
        <translation>8-64 caracteres</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Repetir contraseña</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Passwords don&apos;t match</source>
        <translation>Las contraseñas no coinciden</translation>
    </message>
</context>
<context>
    <name>ScheduledShutdownDialog</name>
    <message>
        <source>Customize repetition time</source>
        <translation>Tiempo de repetición personalizado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>ScreenSaverPage</name>
    <message>
        <source>Screensaver</source>
        <translation>Salvapantallas</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Personalized screensaver</source>
        <translation>Salvapantallas personalizado</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>idle time</source>
        <translation>Tiempo de inactividad</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>5 minute</source>
        <translation>5 minutos</translation>
    </message>
    <message>
        <source>10 minute</source>
        <translation>10 minutos</translation>
    </message>
    <message>
        <source>15 minute</source>
        <translation>15 minutos</translation>
    </message>
    <message>
        <source>30 minute</source>
        <translation>30 minutos</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Password required for recovery</source>
        <translation>Se requiere contraseña al reactivar</translation>
    </message>
    <message>
        <source>Picture slideshow screensaver</source>
        <translation>Salvapantallas de presentación de imágenes</translation>
    </message>
    <message>
        <source>System screensaver</source>
        <translation>Salvapantallas del sistema</translation>
    </message>
</context>
<context>
    <name>SearchableListViewPopup</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>No search results</source>
        <translation>Sin resultados</translation>
    </message>
</context>
<context>
    <name>ShortcutSettingDialog</name>
    <message>
        <source>Add custom shortcut</source>
        <translation>Añadir atajo personalizado</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requerido</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Comando:</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>The shortcut name is already in use. Choose a different name.</source>
        <translation>El nombre del acceso directo ya está en uso. Elija un nombre diferente.</translation>
    </message>
    <message>
        <source>The name cannot exceed 128 characters.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Change custom shortcut</source>
        <translation>Modificar el acceso directo personalizado</translation>
    </message>
    <message>
        <source>please enter a shortcut key</source>
        <translation>Introduzca una tecla de acceso directo.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>click Save to make this shortcut key effective</source>
        <translation>Haga clic en Guardar para que esta tecla de acceso directo sea efectiva.</translation>
    </message>
    <message>
        <source>click Add to make this shortcut key effective</source>
        <translation>Haga clic en Añadir para que esta tecla de acceso directo sea efectiva.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Failed to start shortcut capture. Please try again.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Shortcut input timed out. Try again.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Invalid keyboard shortcut. Set a new one.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>click Replace to make this shortcut key effective</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Failed to save the shortcut. Please try again.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Shortcuts</source>
        <translation>Atajos</translation>
    </message>
    <message>
        <source>System shortcut, custom shortcut</source>
        <translation>Atajos del sistema, atajo personalizado</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Buscar atajos</translation>
    </message>
    <message>
        <source>done</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>Clic</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>or</source>
        <translation>o</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Restore default</source>
        <translation>Restaurar valores predeterminados</translation>
    </message>
    <message>
        <source>Add custom shortcut</source>
        <translation>Añadir atajo personalizado</translation>
    </message>
    <message>
        <source>please enter a new shortcut key</source>
        <translation>Introduzca una tecla de acceso directo.</translation>
    </message>
    <message>
        <source>Failed to start shortcut capture. Please try again.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Shortcut input timed out. Try again.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Invalid keyboard shortcut. Set a new one.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Failed to save the shortcut. Please try again.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <source>Sound</source>
        <translation>Sonido</translation>
    </message>
    <message>
        <source>Output, input, sound effects, devices</source>
        <translation>Entradas y salidas de audio, efectos de sonido y dispositivos de audio</translation>
    </message>
</context>
<context>
    <name>SoundDevicemanagesPage</name>
    <message>
        <source>Output Devices</source>
        <translation>Dispositivos de salida</translation>
    </message>
    <message>
        <source>Select whether to enable the devices</source>
        <translation>Seleccione para activar los dispositivos</translation>
    </message>
    <message>
        <source>Input Devices</source>
        <translation>Dispositivos de entrada</translation>
    </message>
</context>
<context>
    <name>SoundEffectsPage</name>
    <message>
        <source>Sound Effects</source>
        <translation>Efectos de sonido</translation>
    </message>
</context>
<context>
    <name>SoundMain</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Sound Effects</source>
        <translation>Efectos de sonido</translation>
    </message>
    <message>
        <source>Enable/disable sound effects</source>
        <translation>Activar/desactivar efectos de sonido</translation>
    </message>
    <message>
        <source>Enable/disable audio devices</source>
        <translation>Activar/desactivar dispositivos de audio</translation>
    </message>
    <message>
        <source>Devices Management</source>
        <translation>Gestión de dispositivos</translation>
    </message>
</context>
<context>
    <name>SoundModel</name>
    <message>
        <source>Boot up</source>
        <translation>Arrancar</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Wake up</source>
        <translation>Despertar</translation>
    </message>
    <message>
        <source>Volume +/-</source>
        <translation>Volumen +/-</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Low battery</source>
        <translation>Batería baja</translation>
    </message>
    <message>
        <source>Send icon in Launcher to Desktop</source>
        <translation>Enviar icono del lanzador al escritorio</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Vaciar papelera</translation>
    </message>
    <message>
        <source>Plug in</source>
        <translation>Enchufar</translation>
    </message>
    <message>
        <source>Plug out</source>
        <translation>Desenchufar</translation>
    </message>
    <message>
        <source>Removable device connected</source>
        <translation>Dispositivo extraíble conectado</translation>
    </message>
    <message>
        <source>Removable device removed</source>
        <translation>Dispositivo extraíble retirado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>SpeakerPage</name>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Output Volume</source>
        <translation>Volumen de salida</translation>
    </message>
    <message>
        <source>Volume Boost</source>
        <translation>Amplificar el volumen</translation>
    </message>
    <message>
        <source>If the volume is louder than 100%, it may distort audio and be harmful to output devices</source>
        <translation>Si el volumen es más fuerte que el 100%, puede distorsionar el audio y ser dañino para los dispositivos de salida</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>No output device for sound found</source>
        <translation>No se encontró ningún dispositivo de salida de sonido</translation>
    </message>
    <message>
        <source>Left Right Balance</source>
        <translation>Balance izquierda/derecha</translation>
    </message>
    <message>
        <source>Merge left and right channels into a single channel</source>
        <translation>Fusionar los canales izquierdo y derecho en un solo canal</translation>
    </message>
    <message>
        <source>Whether the audio will be automatically paused when the current audio device is unplugged</source>
        <translation>El audio se pausará automáticamente cuando se desconecte el dispositivo de audio actual</translation>
    </message>
    <message>
        <source>Mono Audio</source>
        <translation>Audio mono</translation>
    </message>
    <message>
        <source>Auto Pause</source>
        <translation>Pausa automática</translation>
    </message>
    <message>
        <source>Output Device</source>
        <translation>Dispositivo de salida</translation>
    </message>
</context>
<context>
    <name>SyncInfoListModel</name>
    <message>
        <source>Sound</source>
        <translation>Sonido</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>Ratón</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Screensaver</source>
        <translation>Salvapantallas</translation>
    </message>
</context>
<context>
    <name>System</name>
    <message>
        <source>Common settings</source>
        <translation>Ajustes generales</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
</context>
<context>
    <name>SystemInfo</name>
    <message>
        <source>Auxiliary Information</source>
        <translation>Información adicional</translation>
    </message>
</context>
<context>
    <name>SystemInfoMain</name>
    <message>
        <source>About This PC</source>
        <translation>Acerca del equipo</translation>
    </message>
    <message>
        <source>System version, device information</source>
        <translation>Versión del sistema e información del hardware</translation>
    </message>
    <message>
        <source>View the notice of open source software</source>
        <translation>Declaración del software de código abierto</translation>
    </message>
    <message>
        <source>User Experience Program</source>
        <translation>Experiencia de usuario</translation>
    </message>
    <message>
        <source>Join the user experience program to help improve the product</source>
        <translation>Unase al programa de experiencia de usuario para ayudar a mejorar este producto</translation>
    </message>
    <message>
        <source>End User License Agreement</source>
        <translation>Acuerdo de licencia de usuario final</translation>
    </message>
    <message>
        <source>View the end  user license agreement</source>
        <translation>Muestra el acuerdo de licencia de usuario final</translation>
    </message>
    <message>
        <source>Privacy Policy</source>
        <translation>Política de privacidad</translation>
    </message>
    <message>
        <source>View information about privacy policy</source>
        <translation>Muestra información sobre la política de seguridad</translation>
    </message>
    <message>
        <source>Open Source Software Notice</source>
        <translation>Declaración de software de código abierto</translation>
    </message>
</context>
<context>
    <name>ThemeSelectView</name>
    <message>
        <source>More Wallpapers</source>
        <translation>Más fondos de pantalla</translation>
    </message>
</context>
<context>
    <name>TimeAndDate</name>
    <message>
        <source>Auto sync time</source>
        <translation>Sincronizar hora automáticamente</translation>
    </message>
    <message>
        <source>Ntp server</source>
        <translation>Servidor Ntp</translation>
    </message>
    <message>
        <source>System date and time</source>
        <translation>Fecha y hora del sistema</translation>
    </message>
    <message>
        <source>Customize</source>
        <translation>Personalizar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requerido</translation>
    </message>
    <message>
        <source>The ntp server address cannot be empty</source>
        <translation>La dirección del servidor ntp no puede estar vacía</translation>
    </message>
    <message>
        <source>Use 24-hour format</source>
        <translation>Usar formato de 24 horas</translation>
    </message>
    <message>
        <source>system time zone</source>
        <translation>Zona horaria del sistema</translation>
    </message>
    <message>
        <source>Timezone list</source>
        <translation>Lista de zonas horarias</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>TimeRange</name>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
</context>
<context>
    <name>TimeoutDialog</name>
    <message>
        <source>Save the display settings?</source>
        <translation>¿Guardar los ajustes de pantalla?</translation>
    </message>
    <message>
        <source>Settings will be reverted in %1s.</source>
        <translation>Los ajustes se revertirán en %1s.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>TimezoneDialog</name>
    <message>
        <source>Add time zone</source>
        <translation>Añadir zona horaria</translation>
    </message>
    <message>
        <source>Determine the time zone based on the current location</source>
        <translation>Determinar la zona horaria en función de la ubicación actual</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <source>Nearest City:</source>
        <translation>Ciudad más cercana:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>TouchScreen</name>
    <message>
        <source>TouchScreen</source>
        <translation>Pantalla táctil</translation>
    </message>
    <message>
        <source>Set up here when connecting the touch screen</source>
        <translation>Configure aquí al conectar la pantalla táctil</translation>
    </message>
</context>
<context>
    <name>Touchpad</name>
    <message>
        <source>Basic Settings</source>
        <translation>Configuración básica</translation>
    </message>
    <message>
        <source>Touchpad</source>
        <translation>Panel táctil</translation>
    </message>
    <message>
        <source>Pointer Speed</source>
        <translation>Velocidad del puntero</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Lento</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Rápido</translation>
    </message>
    <message>
        <source>Disable touchpad during input</source>
        <translation>Desactivar el panel táctil mientras escribe</translation>
    </message>
    <message>
        <source>Tap to Click</source>
        <translation>Toque para hacer clic</translation>
    </message>
    <message>
        <source>Natural Scrolling</source>
        <translation>Desplazamiento natural</translation>
    </message>
    <message>
        <source>Three-finger gestures</source>
        <translation>Gestos de tres dedos</translation>
    </message>
    <message>
        <source>Four-finger gestures</source>
        <translation>Gestos de cuatro dedos</translation>
    </message>
    <message>
        <source>Gestures</source>
        <translation>Gestos</translation>
    </message>
</context>
<context>
    <name>Touchscreen</name>
    <message>
        <source>Touchscreen</source>
        <translation>Pantalla táctil</translation>
    </message>
    <message>
        <source>Configuring Touchscreen</source>
        <translation>Ajustes de pantalla táctil</translation>
    </message>
</context>
<context>
    <name>TouchscreenMain</name>
    <message>
        <source>Common</source>
        <translation>General</translation>
    </message>
</context>
<context>
    <name>UeProgramLicenseDialog</name>
    <message>
        <source>Agree and Join User Experience Program</source>
        <translation>Aceptar y unirse al programa de experiencia de usuario</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
</context>
<context>
    <name>UserExperienceProgramPage</name>
    <message>
        <source>Join User Experience Program</source>
        <translation>Unirme al programa de experiencia de usuario</translation>
    </message>
    <message>
        <source>Copy Link Address</source>
        <translation>Copiar dirección del enlace</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Security Verification</source>
        <translation>Verificación de seguridad</translation>
    </message>
    <message>
        <source>The action is sensitive, please enter the login password first</source>
        <translation>La acción es confidencial, ingrese primero la contraseña de inicio de sesión</translation>
    </message>
    <message>
        <source>8-64 characters</source>
        <translation>8-64 caracteres</translation>
    </message>
    <message>
        <source>Forgot Password?</source>
        <translation>¿Olvidó la contraseña?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
</context>
<context>
    <name>Wacom</name>
    <message>
        <source>wacom</source>
        <translation>Wacom</translation>
    </message>
    <message>
        <source>Configuring wacom</source>
        <translation>Ajustes de Wacom</translation>
    </message>
</context>
<context>
    <name>WacomMain</name>
    <message>
        <source>wacom</source>
        <translation>Wacom</translation>
    </message>
    <message>
        <source>Pen Mode</source>
        <translation>Modo lápiz</translation>
    </message>
    <message>
        <source>Mouse Mode</source>
        <translation>Modo ratón</translation>
    </message>
    <message>
        <source>Pressure Sensitivity</source>
        <translation>Sensibilidad de la presión</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Heavy</source>
        <translation>Intensa</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
</context>
<context>
    <name>WallpaperPage</name>
    <message>
        <source>wallpaper</source>
        <translation>fondo de pantalla</translation>
    </message>
    <message>
        <source>My pictures</source>
        <translation>Mis imágenes</translation>
    </message>
    <message>
        <source>System Wallpaper</source>
        <translation>Fondo de pantalla</translation>
    </message>
    <message>
        <source>Solid color wallpaper</source>
        <translation>Fondo de pantalla de color sólido</translation>
    </message>
    <message>
        <source>Customizable wallpapers</source>
        <translation>Fondos de pantalla personalizados</translation>
    </message>
    <message>
        <source>fill style</source>
        <translation>Estilo de relleno</translation>
    </message>
    <message>
        <source>Automatic wallpaper change</source>
        <translation>Cambiar fondos automáticamente</translation>
    </message>
    <message>
        <source>never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>30 second</source>
        <translation>30 segundos</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>5 minute</source>
        <translation>5 minutos</translation>
    </message>
    <message>
        <source>10 minute</source>
        <translation>10 minutos</translation>
    </message>
    <message>
        <source>15 minute</source>
        <translation>15 minutos</translation>
    </message>
    <message>
        <source>30 minute</source>
        <translation>30 minutos</translation>
    </message>
    <message>
        <source>login</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>wake up</source>
        <translation>Despertar</translation>
    </message>
    <message>
        <source>Live Wallpaper</source>
        <translation>Fondo de pantalla animado</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>System Wallpapers</source>
        <translation>Fondos de pantalla del sistema</translation>
    </message>
</context>
<context>
    <name>WallpaperSelectView</name>
    <message>
        <source>unfold</source>
        <translation>Contraer</translation>
    </message>
    <message>
        <source>Set lock screen</source>
        <translation>Establecer pantalla de bloqueo</translation>
    </message>
    <message>
        <source>Set desktop</source>
        <translation>Establecer escritorio</translation>
    </message>
    <message>
        <source>show all - %1 items</source>
        <translation>Mostrar todo - %1 elementos</translation>
    </message>
    <message>
        <source>Add Picture</source>
        <translation>Añadir imagen</translation>
    </message>
</context>
<context>
    <name>WindowEffectPage</name>
    <message>
        <source>Interface and Effects</source>
        <translation>Interfaz y efectos</translation>
    </message>
    <message>
        <source>Window Settings</source>
        <translation>Ajustes de ventana</translation>
    </message>
    <message>
        <source>Window rounded corners</source>
        <translation>Esquinas redondeadas</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Pequeño</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Enable transparent effects when moving windows</source>
        <translation>Activar efecto de transparencia al mover la ventana</translation>
    </message>
    <message>
        <source>Window Minimize Effect</source>
        <translation>Efecto al minimizar ventana</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>Magic Lamp</source>
        <translation>Lámpara mágica</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacidad</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Scroll Bars</source>
        <translation>Barras de desplazamiento</translation>
    </message>
    <message>
        <source>Show on scrolling</source>
        <translation>Mostrar al desplazar</translation>
    </message>
    <message>
        <source>Keep shown</source>
        <translation>Mantener visible</translation>
    </message>
    <message>
        <source>Compact Display</source>
        <translation>Vista compacta</translation>
    </message>
    <message>
        <source>If enabled, more content is displayed in the window.</source>
        <translation>Si está activado, se mostrará más contenido en la ventana.</translation>
    </message>
    <message>
        <source>Title Bar Height</source>
        <translation>Altura de la barra de título</translation>
    </message>
    <message>
        <source>Only suitable for application window title bars drawn by the window manager.</source>
        <translation>Aplica solo a barras de título de ventanas con tema nativo del sistema.</translation>
    </message>
    <message>
        <source>Extremely small</source>
        <translation>Extremadamente pequeño</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>describe size of window rounded corners</comment>
        <translation>Mediano</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>describe height of window title bar</comment>
        <translation>Mediano</translation>
    </message>
</context>
<context>
    <name>dcc::Locale::dialectNames</name>
    <message>
        <source>Traditional Chinese (Chinese Hong Kong)</source>
        <translation>Chino tradicional (Hong Kong)</translation>
    </message>
    <message>
        <source>Traditional Chinese (Chinese Taiwan)</source>
        <translation>Chino tradicional (Taiwan)</translation>
    </message>
    <message>
        <source>Min Nan Chinese</source>
        <translation>Min Nan Chino</translation>
    </message>
</context>
<context>
    <name>dcc::Locale::regionNames</name>
    <message>
        <source>Taiwan China</source>
        <translation>Taiwan</translation>
    </message>
</context>
<context>
    <name>dccV25::AccountsController</name>
    <message>
        <source>Username must be between 3 and 32 characters</source>
        <translation>El nombre de usuario debe tener entre 3 y 32 caracteres</translation>
    </message>
    <message>
        <source>The first character must be a letter or number</source>
        <translation>El primer carácter debe ser una letra o número</translation>
    </message>
    <message>
        <source>Your username should not only have numbers</source>
        <translation>El nombre de usuario no puede tener solo números</translation>
    </message>
    <message>
        <source>The username has been used by other user accounts</source>
        <translation>El nombre de usuario ha sido utilizado por otra cuenta de usuario</translation>
    </message>
    <message>
        <source>The full name is too long</source>
        <translation>El nombre completo es muy largo</translation>
    </message>
    <message>
        <source>The full name has been used by other user accounts</source>
        <translation>El nombre completo ha sido utilizado por otra cuenta de usuario</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Contraseña incorrecta </translation>
    </message>
    <message>
        <source>Standard User</source>
        <translation>Usuario estándar</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Customized</source>
        <translation>Personalizado</translation>
    </message>
</context>
<context>
    <name>dccV25::AccountsWorker</name>
    <message>
        <source>Your host was removed from the domain server successfully</source>
        <translation>Su host se removió del servidor de dominio exitosamente.</translation>
    </message>
    <message>
        <source>Your host joins the domain server successfully</source>
        <translation>Su host se unió al servidor de dominio exitosamente</translation>
    </message>
    <message>
        <source>Your host failed to leave the domain server</source>
        <translation>Su host no se pudo remover del servidor de dominio</translation>
    </message>
    <message>
        <source>Your host failed to join the domain server</source>
        <translation>Su host no pudo unirse al servidor de dominio</translation>
    </message>
    <message>
        <source>AD domain settings</source>
        <translation>Ajustes de dominio AD</translation>
    </message>
    <message>
        <source>Password not match</source>
        <translation>La contraseña no coincide</translation>
    </message>
</context>
<context>
    <name>dccV25::AvatarTypesModel</name>
    <message>
        <source>Dimensional</source>
        <translation>Dimensional</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Plano</translation>
    </message>
</context>
<context>
    <name>dccV25::FaceAuthController</name>
    <message>
        <source>Faceprint</source>
        <translation>Huella facial</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Cara</translation>
    </message>
    <message>
        <source>Use your face to unlock the device and make settings later</source>
        <translation>Usar su cara para desbloquear el dispositivo y hacer ajustes más tarde</translation>
    </message>
</context>
<context>
    <name>dccV25::FingerprintAuthController</name>
    <message>
        <source>Fingerprint</source>
        <translation>Huella dactilar</translation>
    </message>
    <message>
        <source>Place your finger</source>
        <translation>Coloque su dedo</translation>
    </message>
    <message>
        <source>Place your finger firmly on the sensor until you&apos;re asked to lift it</source>
        <translation>Coloque su dedo firmemente en el sensor hasta que le pida que lo levante</translation>
    </message>
    <message>
        <source>Lift your finger</source>
        <translation>Suelte su dedo</translation>
    </message>
    <message>
        <source>Lift your finger and place it on the sensor again</source>
        <translation>Levante su dedo y colóquelo en el sensor nuevamente</translation>
    </message>
    <message>
        <source>Lift your finger and do that again</source>
        <translation>Levante su dedo y hágalo nuevamente</translation>
    </message>
    <message>
        <source>Scan Suspended</source>
        <translation>Escaneo suspendido</translation>
    </message>
    <message>
        <source>Scan the edges of your fingerprint</source>
        <translation>Escaneé su huella dactilar</translation>
    </message>
    <message>
        <source>Place the edges of your fingerprint on the sensor</source>
        <translation>Coloque su huella dactilar en el sensor</translation>
    </message>
    <message>
        <source>Adjust the position to scan the edges of your fingerprint</source>
        <translation>Ajuste la posición para escanear su huella dactilar</translation>
    </message>
    <message>
        <source>Fingerprint added</source>
        <translation>Huella dactilar añadida</translation>
    </message>
</context>
<context>
    <name>dccV25::IrisAuthController</name>
    <message>
        <source>Iris</source>
        <translation>Iris</translation>
    </message>
    <message>
        <source>Use your iris to unlock the device and make settings later</source>
        <translation>Use su iris para desbloquear el dispositivo y realizar ajustes posteriormente.</translation>
    </message>
</context>
<context>
    <name>dccV25::KeyboardController</name>
    <message>
        <source>This shortcut conflicts with [%1]</source>
        <translation>Este atajo entra en conflicto con [%1]</translation>
    </message>
    <message>
        <source>The shortcut no longer exists.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The shortcut conflict is no longer current.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Please confirm the shortcut conflict again.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>dccV25::KeyboardWorker</name>
    <message>
        <source>The shortcut conflict is no longer current.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Failed to save the shortcut. Please try again.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>dccV25::PwqualityManager</name>
    <message>
        <source>Password cannot be empty</source>
        <translation>La contraseña no puede estar vacía</translation>
    </message>
    <message>
        <source>Password must have at least %1 characters</source>
        <translation>La contraseña debe tener al menos %1 caracteres</translation>
    </message>
    <message>
        <source>Password must be no more than %1 characters</source>
        <translation>La contraseña no debe tener más de %1 caracteres</translation>
    </message>
    <message>
        <source>Password can only contain English letters (case-sensitive), numbers or special symbols (~`!@#$%^&amp;*()-_+=|\{}[]:&quot;&apos;&lt;&gt;,.?/)</source>
        <translation>La contraseña debe contener letras latinas (sensible a mayúsculas), números o símbolos (~`!@#$%^&amp;*()-_+=|\{}[]:&quot;&apos;&lt;&gt;,.?/)</translation>
    </message>
    <message>
        <source>No more than %1 palindrome characters please</source>
        <translation>No más de %1 caracteres palíndromos</translation>
    </message>
    <message>
        <source>No more than %1 monotonic characters please</source>
        <translation>No más de %1 caracteres monótonos</translation>
    </message>
    <message>
        <source>No more than %1 repeating characters please</source>
        <translation>No más de %1 caracteres repetidos</translation>
    </message>
    <message>
        <source>Password must contain uppercase letters, lowercase letters, numbers and symbols (~`!@#$%^&amp;*()-_+=|\{}[]:&quot;&apos;&lt;&gt;,.?/)</source>
        <translation>La contraseña debe contener letras mayúsculas, minúsculas, números y símbolos (~`!@#$%^&amp;*()-_+=|\{}[]:&quot;&apos;&lt;&gt;,.?/)</translation>
    </message>
    <message>
        <source>Password must not contain more than 4 palindrome characters</source>
        <translation>La contraseña no debe contener más de 4 caracteres palíndromos</translation>
    </message>
    <message>
        <source>Do not use common words and combinations as password</source>
        <translation>No use palabras o combinaciones comunes como contraseña</translation>
    </message>
    <message>
        <source>Create a strong password please</source>
        <translation>Por favor, cree una contraseña fuerte</translation>
    </message>
    <message>
        <source>It does not meet password rules</source>
        <translation>No cumple con las reglas de contraseñas</translation>
    </message>
    <message>
        <source>At least include %1 types among lowercase letters, uppercase letters, numbers, and symbols, and the password cannot be the same as the username.</source>
        <translation>Al menos incluya caracteres como %1 entre letras minúsculas, mayúsculas, números y símbolos, y la contraseña no puede ser igual al nombre de usuario.</translation>
    </message>
</context>
<context>
    <name>dccV25::ShortcutModel</name>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>AssistiveTools</source>
        <translation>Herramientas de asistencia</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizar</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplicación</translation>
    </message>
</context>
</TS>