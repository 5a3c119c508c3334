<?php
return array (
  '<strong>Modify</strong> image' => '<strong>Modificar</strong> imagen',
);
