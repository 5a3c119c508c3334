<?php

return [

    'title' => 'En Mantenimiento',

    'message' => 'Lo sentimos, estamos en mantenimiento. Por favor, inténtalo de nuevo más tarde!',

    'read_only' => 'El modo de solo lectura está activo. Puede ver pero no hacer cambios.',

];
