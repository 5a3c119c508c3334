<?php
return array (
  'Your comment \'{commentText}\' has been deleted by {displayName} for \'{reason}\'' => 'Tu comentario \'{commentText}\' fue borado por {displayName} a causa de \'{reason}\'',
);
