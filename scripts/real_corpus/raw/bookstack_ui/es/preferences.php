<?php

/**
 * Text used for user-preference specific views within bookstack.
 */

return [
    'my_account' => 'Mi cuenta',

    'shortcuts' => 'Accesos directos',
    'shortcuts_interface' => 'Preferencias de acceso directo en la interfaz',
    'shortcuts_toggle_desc' => 'Aquí puede activar o desactivar los accesos directos de la interfaz, utilizados para la navegación y las acciones.',
    'shortcuts_customize_desc' => 'Puede personalizar cada uno de los accesos directos a continuación. Simplemente pulse la combinación de teclas deseada después de seleccionar la entrada para un acceso directo.',
    'shortcuts_toggle_label' => 'Accesos directos habilitados',
    'shortcuts_section_navigation' => 'Navegación',
    'shortcuts_section_actions' => 'Acciones comunes',
    'shortcuts_save' => 'Guardar accesos directos',
    'shortcuts_overlay_desc' => 'Nota: Cuando se activan los accesos directos se puede mostrar la ayuda presionando la tecla "?" que resaltará los accesos rápidos disponibles para las acciones actualmente visibles en la pantalla.',
    'shortcuts_update_success' => '¡Las preferencias de accesos directos han sido actualizadas!',
    'shortcuts_overview_desc' => 'Gestione los atajos de teclado que puede utilizar para navegar por la interfaz de usuario del sistema.',

    'notifications' => 'Preferencias de notificaciones',
    'notifications_desc' => 'Controle las notificaciones por correo electrónico que recibe cuando se realiza cierta actividad dentro del sistema.',
    'notifications_opt_own_page_changes' => 'Notificar sobre los cambios en las páginas en las que soy propietario',
    'notifications_opt_own_page_comments' => 'Notificar sobre comentarios en las páginas en las que soy propietario',
    'notifications_opt_comment_replies' => 'Notificar sobre respuestas a mis comentarios',
    'notifications_save' => 'Guardar preferencias',
    'notifications_update_success' => '¡Se han actualizado las preferencias de notificaciones!',
    'notifications_watched' => 'Elementos vistos e ignorados',
    'notifications_watched_desc' => 'A continuación se muestran los elementos que tienen preferencias personalizadas de monitorización. Para actualizar sus preferencias, vea el elemento y las opciones se mostrarán en la barra lateral.',

    'auth' => 'Acceso y seguridad',
    'auth_change_password' => 'Cambiar contraseña',
    'auth_change_password_desc' => 'Cambie la contraseña que utiliza para iniciar sesión en la aplicación. Debe tener al menos 8 caracteres.',
    'auth_change_password_success' => '¡La contraseña ha sido actualizada!',

    'profile' => 'Detalles del perfil',
    'profile_desc' => 'Administre los detalles de su cuenta que le representa a otros usuarios, además de los detalles que se utilizan para la comunicación y la personalización del sistema.',
    'profile_view_public' => 'Ver perfil público',
    'profile_name_desc' => 'Configure el nombre que será visible para otros usuarios del sistema a través de la actividad que realiza, y el contenido que posee.',
    'profile_email_desc' => 'Este correo electrónico se utilizará para las notificaciones y, dependiendo de la autenticación activa del sistema, el acceso del sistema.',
    'profile_email_no_permission' => 'Lamentablemente no tiene permiso para cambiar su dirección de correo electrónico. Si desea cambiar esto, necesitará pedir a un administrador que lo cambie por usted.',
    'profile_avatar_desc' => 'Seleccione una imagen pública que verán los demás en el sistema. Idealmente esta imagen debe ser cuadrada y alrededor de 256px de anchura y altura.',
    'profile_admin_options' => 'Opciones de administrador',
    'profile_admin_options_desc' => 'Opciones adicionales de administrador, como por ejemplo administrar asignaciones de rol, se pueden encontrar para su cuenta de usuario en el área de "Ajustes > Usuarios" de la aplicación.',

    'delete_account' => 'Eliminar cuenta',
    'delete_my_account' => 'Eliminar mi cuenta',
    'delete_my_account_desc' => 'Esto eliminará completamente su cuenta de usuario del sistema. No podrá recuperar esta cuenta o revertir esta acción. El contenido que ha creado, como páginas creadas e imágenes subidas, permanecerá.',
    'delete_my_account_warning' => '¿Está seguro de que desea eliminar su cuenta?',
];
