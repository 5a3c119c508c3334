<?php

return [

    'api_key'               => 'Clave API',
    'my_apps'               => 'Mis aplicaciones',
    'checkout'              => 'Pedido',
    'documentation'         => 'Documentación',

    'home'                  => 'Inicio',
    'tiles'                 => 'Lista',
    'item'                  => 'Detalles de la aplicación',
    'pre_sale'              => 'Preventa',
    'no_apps'               => 'Comprueba las aplicaciones más profesionales para tu negocio y obtenlas al mejor precio.',
    'learn_more'            => 'Más información',
    'see_apps'              => 'Ver Apps',
    'no_apps_marketing'     => 'Haz que tu negocio se vea profesional',
    'premium_banner'        => 'CAMBIA A PREMIUM HOY',
    'see_all'               => 'Ver todos',
    'see_all_type'          => 'Ver todo :type',
    'saving'                => '¡Ahorraste :saved-price al año!',
    'top_paid'              => 'Top de pago',
    'new'                   => 'Nuevo',
    'top_free'              => 'Top gratis',
    'free'                  => 'GRATIS',
    'monthly'               => 'Mensualmente',
    'yearly'                => 'Anualmente',
    'yearly_pricing'        => 'Facturación anual',
    'monthly_price'         => 'a partir de :price',
    'per_month'             => 'al mes',
    'billed_yearly'         => 'Facturado anual',
    'billed_monthly'        => 'Facturado mensual',
    'save_year'             => 'Ahorras <strong>:price</strong> al año!',
    'if_paid_year'          => 'O <strong>:price/mes</strong> si se paga anualmente',
    'information_monthly'   => 'Esta opción es válida sólo para <strong>Cloud Service</strong>',
    'install'               => 'Instalar',
    'buy_now'               => 'Comprar ahora',
    'get_api_key'           => '<a href=":url" target="_blank">Haga clic aquí</a> para obtener su clave API.',
    'no_apps'               => 'No hay aplicaciones en esta categoría, aún.',
    'become_developer'      => '¿Eres un desarrollador? <a href="https://akaunting.com/developers" target="_blank">Aquí</a> puedes aprender cómo crear una aplicación y empezar a vender hoy!',
    'recommended_apps'      => 'Aplicaciones recomendadas',
    'can_not_install'       => 'Las suscripciones mensuales solo están disponibles en el servicio de la nube. <a href="https://akaunting.com/upgrade-to-yearly" target="_blank">Más información.</a>',
    'apps_managing'         => 'Comprueba las aplicaciones más populares y empieza a administrar tus finanzas hoy en día.',
    'ready'                 => 'Listo',
    'popular_this_week'     => 'Popular esta semana',
    'install_cloud'         => 'Usar en el servicio de la nube',
    'get_cloud'             => 'Obtener servicio en la nube',
    'get_premium_cloud'     => 'Obtener Nube Premium',
    'switch_to_cloud'       => 'Cambiar a la nube',
    'hosted_on_akaunting'   => 'Alojado en akaunting.com',
    'only_works_cloud'      => 'Esta aplicación está disponible solamente en <strong>Nube<strong>',
    'only_premium_plan'     => 'Esta aplicación está disponible solamente en <strong>Nube Premium</strong>',

    'about'                 => 'Acerca de',

    'added'                 => 'Agregado',
    'updated'               => 'Actualizado',
    'compatibility'         => 'Compatibilidad',
    'documentation'         => 'Documentación',
    'view'                  => 'Ver',
    'back'                  => 'Atrás',

    'use_app'               => 'Empieza a usar la aplicación ahora',

    'see_more'              => 'Ver más',

    'installed'             => ':module instalado',
    'uninstalled'           => ':module desinstalado',
    'updated_2'             => ':module actualizado',
    'enabled'               => ':module habilitado',
    'disabled'              => ':module deshabilitado',
    'per_month'             => 'por mes',
    'pre_sale_uninstall'    => 'No se pierda el precio con descuento para la preventa!',
    'pre_sale_install'      => 'Tendrás la aplicación al final de la preventa.',

    'tab' => [
        'features'          => 'Características',
        'screenshots'       => 'Capturas de pantalla',
        'installation'      => 'Instalación',
        'faq'               => 'P+F',
        'changelog'         => 'Historial de cambios',
        'reviews'           => 'Revisiones',
    ],

    'installation' => [
        'header'            => 'Instalación de Aplicación',
        'download'          => 'Descargando :module',
        'unzip'             => 'Extrayendo archivos de :module',
        'file_copy'         => 'Copiando archivos de :module',
        'finish'            => 'Finalizando la instalación de :module',
        'redirect'          => ':module instalado, redirigiendo a la página de Actualizaciones',
        'install'           => 'Instalando :module',
    ],

    'errors' => [
        'purchase'          => '¡Deberías comprar/renovar :module!',
        'download'          => 'No se puede descargar :module',
        'zip'               => 'No se puede crear el archivo zip :module',
        'unzip'             => 'No se puede descomprimir :module',
        'file_copy'         => 'No se pueden copiar los archivos de :module',
        'finish'            => 'No se puede finalizar la instalación de :module',
    ],

    'badge' => [
        'installed'         => 'Instalado',
        'pre_sale'          => 'Preventa',
    ],

    'button' => [
        'uninstall'         => 'Desinstalar',
        'disable'           => 'Deshabilitar',
        'enable'            => 'Habilitar',
    ],

    'my' => [
        'purchased'         => 'Comprado',
        'installed'         => 'Instalado',
    ],

    'reviews' => [
        'button' => [
            'add'           => 'Añadir revisión'
        ],

        'na'                => 'No hay revisiones.'
    ],

];
