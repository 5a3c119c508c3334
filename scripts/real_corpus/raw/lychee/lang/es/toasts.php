<?php
return [
    /*
    |--------------------------------------------------------------------------
    | Toasts
    |--------------------------------------------------------------------------
    */
    'error' => 'Error',
    'success' => 'Éxito',
    'album_updated' => 'Álbum actualizado',
    'update_failed' => 'Error al actualizar el álbum',
];
