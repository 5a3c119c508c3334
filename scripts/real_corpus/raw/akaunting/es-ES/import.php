<?php

return [

    'import'                => 'Importar',
    'title'                 => 'Importar :type',
    'limitations'           => 'Tipos de archivo permitidos: :extensiones<br>Permitido máximo de filas: :row_limit',
    'sample_file'           => 'Puedes <a target="_blank" href=":download_link"><strong>descargar</strong></a> el archivo de ejemplo y rellenarlo con tus datos.',

];
