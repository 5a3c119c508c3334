<?php

return [

    'import'                    => 'Import',
    'title'                     => 'Import :type',
    'limitations'               => 'Allowed file types: :extensions<br>Allowed max rows: :row_limit',
    'sample_file'               => 'You can <a target="_blank" href=":download_link"><strong>download</strong></a> the sample file and fill it with your data.',
    'sample_file_and_document'  => 'You can <a target="_blank" href=":download_link" class="text-blue-500 underline font-bold">download</a> the sample file and review the <a target="_blank" href=":document_link"class="text-blue-500 underline font-bold">documents</a> for detailed information',
    'drop_file'                 => '<span style="color: #006EA6;">Upload a file</span> or drag and drop',
    'file_type_and_limitations' => ':extensions up to :row_limit rows',

];
